//! What the widget keeps in the browser's `localStorage`, as versioned JSON
//! (`problemes-imaginaires/state`, schema version 1).
//!
//! Stored text outlives the code that wrote it and can be edited by hand or by an extension, so
//! reading it is as strict as reading a file: the schema version says whether this page can
//! read it at all, the bank id and version say whether the answers still mean the same thing,
//! and any other surprise is reported as corrupted data, naming the field. Optional parts
//! (notes, nonce, history, review date, pact, role) may be missing and then take their empty value,
//! so later additions within version 1 stay readable.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::Role;
use crate::date::Date;
use crate::history::{entries_from_json, entries_json, HistoryEntry};
use crate::import::{bank_json, ImportError};
use crate::json::{parse_json, Json, JsonError};
use crate::lang::Lang;
use crate::session::Step;
use std::fmt;

/// The `schema` of the stored state.
pub const STATE_SCHEMA: &str = "problemes-imaginaires/state";

/// The schema version this code writes and reads.
pub const STATE_SCHEMA_VERSION: u64 = 1;

/// The user-editable fields of the team's pact (all free text).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PactFields {
    /// The team.
    pub team: String,
    /// The sponsor.
    pub sponsor: String,
    /// The date of the pact, as typed.
    pub date: String,
    /// What autonomy the team gets.
    pub autonomy: String,
    /// What the team makes visible in return.
    pub transparency: String,
    /// Other commitments.
    pub commitments: String,
}

impl PactFields {
    fn slots_mut(&mut self) -> [(&'static str, &mut String); 6] {
        [
            ("team", &mut self.team),
            ("sponsor", &mut self.sponsor),
            ("date", &mut self.date),
            ("autonomy", &mut self.autonomy),
            ("transparency", &mut self.transparency),
            ("commitments", &mut self.commitments),
        ]
    }

    fn keys(&self) -> [(&'static str, &String); 6] {
        [
            ("team", &self.team),
            ("sponsor", &self.sponsor),
            ("date", &self.date),
            ("autonomy", &self.autonomy),
            ("transparency", &self.transparency),
            ("commitments", &self.commitments),
        ]
    }
}

/// Everything the widget saves on the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredState {
    /// The language shown.
    pub lang: Lang,
    /// The screen shown.
    pub step: Step,
    /// The current answers, one slot per question.
    pub answers: Answers,
    /// The two reflective notes.
    pub notes: [String; 2],
    /// The nonce drawn when the assessment was completed, if it was.
    pub nonce: Option<u32>,
    /// Past assessments, oldest first.
    pub history: Vec<HistoryEntry>,
    /// The day of the planned review meeting.
    pub review_date: Option<Date>,
    /// The pact's fields.
    pub pact: PactFields,
    /// The optional coarse role given for team views (absent in data written before it
    /// existed: no role).
    pub role: Option<Role>,
}

/// What is wrong with corrupted stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Corruption {
    /// Not JSON.
    NotJson(JsonError),
    /// JSON, but without our `schema`: not written by this tool.
    NotOurs,
    /// A field is missing or has the wrong type or value.
    Field(String),
}

/// Why stored data cannot be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoredError {
    /// Not JSON, or not the shape this tool writes.
    Corrupted(Corruption),
    /// Written by a newer version of the tool (a later schema version).
    UnknownVersion(u64),
    /// Answers to another questionnaire, or to another version of it.
    ForeignBank,
}

impl StoredError {
    /// The error as one sentence in `lang`: what is wrong, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let fr = lang == Lang::Fr;
        match self {
            StoredError::Corrupted(Corruption::NotJson(error)) if fr => format!("Les données enregistrées sur cet appareil sont abîmées (JSON invalide à l’octet {}) : elles ne peuvent pas être reprises, recommencez l’autodiagnostic.", error.offset),
            StoredError::Corrupted(Corruption::NotJson(error)) => format!("The data saved on this device is damaged (invalid JSON at byte {}): it cannot be restored, start the self-assessment again.", error.offset),
            StoredError::Corrupted(Corruption::NotOurs) if fr => "Les données enregistrées sur cet appareil n’ont pas été écrites par cet outil : elles ne peuvent pas être reprises, recommencez l’autodiagnostic.".into(),
            StoredError::Corrupted(Corruption::NotOurs) => "The data saved on this device was not written by this tool: it cannot be restored, start the self-assessment again.".into(),
            StoredError::Corrupted(Corruption::Field(name)) if fr => format!("Les données enregistrées sur cet appareil sont abîmées (champ « {name} ») : elles ne peuvent pas être reprises, recommencez l’autodiagnostic."),
            StoredError::Corrupted(Corruption::Field(name)) => format!("The data saved on this device is damaged (field \"{name}\"): it cannot be restored, start the self-assessment again."),
            StoredError::UnknownVersion(n) if fr => format!("Les données enregistrées sur cet appareil viennent d’une version plus récente de l’outil (schéma {n}) : mettez cette page à jour pour les reprendre."),
            StoredError::UnknownVersion(n) => format!("The data saved on this device comes from a newer version of the tool (schema {n}): update this page to restore it."),
            StoredError::ForeignBank if fr => "Les réponses enregistrées sur cet appareil portent sur un autre questionnaire ou une autre version des questions : elles ne peuvent pas être reprises ici.".into(),
            StoredError::ForeignBank => "The answers saved on this device are for another questionnaire or another version of the questions: they cannot be restored here.".into(),
        }
    }
}

impl fmt::Display for StoredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoredError {}

/// The member `name` of `object`, a `null` value counting as missing.
fn member<'a>(object: &'a Json, name: &str) -> Option<&'a Json> {
    object.get(name).filter(|value| !value.is_null())
}

fn corrupted(name: &str) -> StoredError {
    StoredError::Corrupted(Corruption::Field(name.to_string()))
}

/// Any import error met while reading stored data is corruption of `name`, or of the field the
/// error names.
fn from_import(name: &str, error: ImportError) -> StoredError {
    match error {
        ImportError::Missing { field } | ImportError::BadField { field } => corrupted(&field),
        _ => corrupted(name),
    }
}

/// One digit per question: 0 unanswered, 1 never, 2 rarely, 3 often, 4 always, 5 don't know.
fn answers_digits(bank: &Bank, answers: &Answers) -> String {
    (0..bank.question_count())
        .map(|at| {
            let value = answers
                .get(at)
                .and_then(|answer| Answer::ALL.iter().position(|a| *a == answer))
                .map_or(0, |position| position + 1);
            char::from(b'0' + value as u8)
        })
        .collect()
}

fn answers_from_digits(bank: &Bank, digits: &str) -> Option<Answers> {
    if digits.len() != bank.question_count() {
        return None;
    }
    let slots = digits
        .bytes()
        .map(|digit| match digit {
            b'0' => Some(None),
            b'1'..=b'5' => Answer::ALL
                .get(usize::from(digit - b'1'))
                .map(|answer| Some(*answer)),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Answers::from_slots(slots))
}

fn step_text(bank: &Bank, step: Step) -> String {
    match step {
        Step::Intro => "intro".into(),
        Step::Results => "results".into(),
        Step::History => "history".into(),
        Step::Pact => "pact".into(),
        Step::Problem(at) => match bank.problems.get(at) {
            Some(problem) => format!("problem:{}", problem.id),
            None => "intro".into(),
        },
    }
}

fn step_from_text(bank: &Bank, text: &str) -> Option<Step> {
    match text {
        "intro" => Some(Step::Intro),
        "results" => Some(Step::Results),
        "history" => Some(Step::History),
        "pact" => Some(Step::Pact),
        _ => {
            let id = text.strip_prefix("problem:")?;
            bank.problems
                .iter()
                .position(|problem| problem.id == id)
                .map(Step::Problem)
        }
    }
}

/// The stored form of `state` for `bank`: compact JSON.
pub fn encode_stored(bank: &Bank, state: &StoredState) -> String {
    let document = Json::object(vec![
        ("schema", Json::text(STATE_SCHEMA)),
        ("schemaVersion", Json::number(STATE_SCHEMA_VERSION)),
        ("bank", bank_json(bank)),
        ("lang", Json::text(state.lang.code())),
        ("step", Json::text(&step_text(bank, state.step))),
        ("answers", Json::text(&answers_digits(bank, &state.answers))),
        (
            "notes",
            Json::Array(state.notes.iter().map(|note| Json::text(note)).collect()),
        ),
        (
            "nonce",
            state
                .nonce
                .map_or(Json::Null, |nonce| Json::number(u64::from(nonce))),
        ),
        ("history", entries_json(bank, &state.history)),
        (
            "reviewDate",
            state
                .review_date
                .map_or(Json::Null, |date| Json::text(&date.to_string())),
        ),
        (
            "role",
            state.role.map_or(Json::Null, |role| Json::text(role.key())),
        ),
        (
            "pact",
            Json::object(
                state
                    .pact
                    .keys()
                    .into_iter()
                    .map(|(key, value)| (key, Json::text(value)))
                    .collect(),
            ),
        ),
    ]);
    document.to_compact()
}

/// Reads what [`encode_stored`] wrote. Never panics, whatever the text.
pub fn decode_stored(bank: &Bank, text: &str) -> Result<StoredState, StoredError> {
    let root =
        parse_json(text).map_err(|error| StoredError::Corrupted(Corruption::NotJson(error)))?;
    if root.get("schema").and_then(Json::as_str) != Some(STATE_SCHEMA) {
        return Err(StoredError::Corrupted(Corruption::NotOurs));
    }
    match root.get("schemaVersion").and_then(Json::as_u64) {
        Some(STATE_SCHEMA_VERSION) => {}
        Some(n) if n > STATE_SCHEMA_VERSION => return Err(StoredError::UnknownVersion(n)),
        _ => return Err(corrupted("schemaVersion")),
    }
    let stored_bank = root.get("bank").ok_or_else(|| corrupted("bank"))?;
    let id = stored_bank.get("id").and_then(Json::as_str);
    let version = stored_bank.get("version").and_then(Json::as_u64);
    match (id, version) {
        (Some(id), Some(version)) if id == bank.id && version == u64::from(bank.version) => {}
        (Some(_), Some(_)) => return Err(StoredError::ForeignBank),
        _ => return Err(corrupted("bank")),
    }

    let text_of = |name: &str| {
        root.get(name)
            .and_then(Json::as_str)
            .ok_or_else(|| corrupted(name))
    };
    let lang = Lang::ALL
        .into_iter()
        .find(|lang| Ok(lang.code()) == text_of("lang"))
        .ok_or_else(|| corrupted("lang"))?;
    let step = step_from_text(bank, text_of("step")?).ok_or_else(|| corrupted("step"))?;
    let answers =
        answers_from_digits(bank, text_of("answers")?).ok_or_else(|| corrupted("answers"))?;
    let notes = match member(&root, "notes").map(Json::as_array) {
        None => Default::default(),
        Some(Some([Json::String(worst), Json::String(action)])) => [worst.clone(), action.clone()],
        Some(_) => return Err(corrupted("notes")),
    };
    let nonce = member(&root, "nonce")
        .map(|value| {
            value
                .as_u64()
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| corrupted("nonce"))
        })
        .transpose()?;
    let history = match member(&root, "history") {
        None => Vec::new(),
        Some(value) => {
            entries_from_json(bank, value, "history").map_err(|e| from_import("history", e))?
        }
    };
    let review_date = member(&root, "reviewDate")
        .map(|value| {
            value
                .as_str()
                .and_then(|text| Date::parse(text).ok())
                .ok_or_else(|| corrupted("reviewDate"))
        })
        .transpose()?;
    let mut pact = PactFields::default();
    if let Some(object) = member(&root, "pact") {
        if object.as_object().is_none() {
            return Err(corrupted("pact"));
        }
        for (key, slot) in pact.slots_mut() {
            if let Some(value) = member(object, key) {
                *slot = value
                    .as_str()
                    .ok_or_else(|| corrupted(&format!("pact.{key}")))?
                    .to_string();
            }
        }
    }
    let role = member(&root, "role")
        .map(|value| {
            value
                .as_str()
                .and_then(Role::from_key)
                .ok_or_else(|| corrupted("role"))
        })
        .transpose()?;
    Ok(StoredState {
        lang,
        step,
        answers,
        notes,
        nonce,
        history,
        review_date,
        pact,
        role,
    })
}
