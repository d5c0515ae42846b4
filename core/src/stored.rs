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
use crate::document::{read_value, typed, DocumentError, Object};
use crate::history::{entries_from_docs, entry_docs, EntryDoc, HistoryEntry};
use crate::import::{BankRef, ImportError};
use crate::lang::Lang;
use crate::session::Step;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The `schema` of the stored state.
pub const STATE_SCHEMA: &str = "problemes-imaginaires/state";

/// The schema version this code writes and reads.
pub const STATE_SCHEMA_VERSION: u64 = 1;

/// The user-editable fields of the team's pact (all free text), stored as an object with these
/// six keys in this order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize)]
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
    /// Not JSON, or beyond the limits every document shares (size, depth, keys per object,
    /// no duplicate key): see [`crate::document`].
    NotJson(DocumentError),
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
            StoredError::Corrupted(Corruption::NotJson(error)) if fr => format!("Les données enregistrées sur cet appareil sont abîmées ({}) : elles ne peuvent pas être reprises, recommencez l’autodiagnostic.", not_json(error, lang)),
            StoredError::Corrupted(Corruption::NotJson(error)) => format!("The data saved on this device is damaged ({}): it cannot be restored, start the self-assessment again.", not_json(error, lang)),
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

/// "JSON invalide à l’octet 12, ligne 1, colonne 13 : …": the byte first, as before
/// `serde_json`, then the line and column, then what is wrong.
fn not_json(error: &DocumentError, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let what = error.what(lang);
    match (error.position(), fr) {
        (Some(p), true) => format!(
            "JSON invalide à l’octet {}, ligne {}, colonne {} : {what}",
            p.offset, p.line, p.column
        ),
        (Some(p), false) => format!(
            "invalid JSON at byte {}, line {}, column {}: {what}",
            p.offset, p.line, p.column
        ),
        (None, true) => format!("JSON invalide : {what}"),
        (None, false) => format!("invalid JSON: {what}"),
    }
}

fn corrupted(name: &str) -> StoredError {
    StoredError::Corrupted(Corruption::Field(name.to_string()))
}

/// Any import error met while reading the history is corruption of the field it names, or of
/// `history` itself (a refused code, a date that does not exist).
fn from_import(error: ImportError) -> StoredError {
    match error {
        ImportError::Missing { field } | ImportError::BadField { field } => corrupted(&field),
        _ => corrupted("history"),
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

/// The stored state as written: every field, optional ones as `null` or empty.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StoredOut<'a> {
    schema: &'static str,
    schema_version: u64,
    bank: BankRef<'a>,
    lang: &'static str,
    step: String,
    answers: String,
    notes: &'a [String; 2],
    nonce: Option<u32>,
    history: Vec<EntryDoc>,
    review_date: Option<String>,
    role: Option<&'static str>,
    pact: &'a PactFields,
}

/// The stored state as read, once schema, version and bank are checked. Optional fields may be
/// missing or `null`; unknown ones are ignored.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredIn {
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    step: Option<String>,
    #[serde(default)]
    answers: Option<String>,
    #[serde(default)]
    notes: Option<[String; 2]>,
    #[serde(default)]
    nonce: Option<u32>,
    #[serde(default)]
    history: Option<Vec<Object<EntryDoc>>>,
    #[serde(default)]
    review_date: Option<String>,
    #[serde(default)]
    pact: Option<Object<PactIn>>,
    #[serde(default)]
    role: Option<String>,
}

/// The pact as read: each field may be missing or `null` (empty).
#[derive(Deserialize)]
struct PactIn {
    #[serde(default)]
    team: Option<String>,
    #[serde(default)]
    sponsor: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    autonomy: Option<String>,
    #[serde(default)]
    transparency: Option<String>,
    #[serde(default)]
    commitments: Option<String>,
}

impl From<PactIn> for PactFields {
    fn from(pact: PactIn) -> PactFields {
        PactFields {
            team: pact.team.unwrap_or_default(),
            sponsor: pact.sponsor.unwrap_or_default(),
            date: pact.date.unwrap_or_default(),
            autonomy: pact.autonomy.unwrap_or_default(),
            transparency: pact.transparency.unwrap_or_default(),
            commitments: pact.commitments.unwrap_or_default(),
        }
    }
}

/// The stored form of `state` for `bank`: compact JSON.
pub fn encode_stored(bank: &Bank, state: &StoredState) -> String {
    let document = StoredOut {
        schema: STATE_SCHEMA,
        schema_version: STATE_SCHEMA_VERSION,
        bank: BankRef::of(bank),
        lang: state.lang.code(),
        step: step_text(bank, state.step),
        answers: answers_digits(bank, &state.answers),
        notes: &state.notes,
        nonce: state.nonce,
        history: entry_docs(bank, &state.history),
        review_date: state.review_date.map(|date| date.to_string()),
        role: state.role.map(Role::key),
        pact: &state.pact,
    };
    // Serializing strings and integers to a String cannot fail.
    serde_json::to_string(&document).unwrap_or_default()
}

/// Reads what [`encode_stored`] wrote. Never panics, whatever the text.
pub fn decode_stored(bank: &Bank, text: &str) -> Result<StoredState, StoredError> {
    let root =
        read_value(text).map_err(|error| StoredError::Corrupted(Corruption::NotJson(error)))?;
    if root.get("schema").and_then(Value::as_str) != Some(STATE_SCHEMA) {
        return Err(StoredError::Corrupted(Corruption::NotOurs));
    }
    match root.get("schemaVersion").and_then(Value::as_u64) {
        Some(STATE_SCHEMA_VERSION) => {}
        Some(n) if n > STATE_SCHEMA_VERSION => return Err(StoredError::UnknownVersion(n)),
        _ => return Err(corrupted("schemaVersion")),
    }
    let stored_bank = root.get("bank").ok_or_else(|| corrupted("bank"))?;
    let id = stored_bank.get("id").and_then(Value::as_str);
    let version = stored_bank.get("version").and_then(Value::as_u64);
    match (id, version) {
        (Some(id), Some(version)) if id == bank.id && version == u64::from(bank.version) => {}
        (Some(_), Some(_)) => return Err(StoredError::ForeignBank),
        _ => return Err(corrupted("bank")),
    }

    let Object(stored): Object<StoredIn> = typed(root).map_err(|error| corrupted(&error.path))?;
    let lang = stored
        .lang
        .and_then(|code| Lang::ALL.into_iter().find(|lang| lang.code() == code))
        .ok_or_else(|| corrupted("lang"))?;
    let step = stored
        .step
        .and_then(|text| step_from_text(bank, &text))
        .ok_or_else(|| corrupted("step"))?;
    let answers = stored
        .answers
        .and_then(|digits| answers_from_digits(bank, &digits))
        .ok_or_else(|| corrupted("answers"))?;
    let history = match stored.history {
        None => Vec::new(),
        Some(docs) => entries_from_docs(bank, docs, "history").map_err(from_import)?,
    };
    let review_date = stored
        .review_date
        .map(|text| Date::parse(&text).map_err(|_| corrupted("reviewDate")))
        .transpose()?;
    let role = stored
        .role
        .map(|key| Role::from_key(&key).ok_or_else(|| corrupted("role")))
        .transpose()?;
    Ok(StoredState {
        lang,
        step,
        answers,
        notes: stored.notes.unwrap_or_default(),
        nonce: stored.nonce,
        history,
        review_date,
        pact: stored
            .pact
            .map(|Object(pact)| PactFields::from(pact))
            .unwrap_or_default(),
        role,
    })
}
