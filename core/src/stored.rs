//! What the widget keeps in the browser's `localStorage`, as versioned JSON
//! (`problemes-imaginaires/state`, schema version 1).
//!
//! Stored text outlives the code that wrote it and can be edited by hand or by an extension, so
//! reading it is as strict as reading a file: the schema version says whether this page can
//! read it at all, the bank id and version say whether the answers still mean the same thing,
//! and any other surprise is reported as corrupted data, naming the field. Optional parts
//! (notes, nonce, history, review date, pact, role) may be missing and then take their empty value,
//! so later additions within version 1 stay readable.
//!
//! Questions change between bank versions while people keep their saved answers, so a state
//! saved with an earlier version the bank has a migration for is carried over on reading rather
//! than refused (`docs/stored-state.md`, "The migration rule"); only a later version, or an
//! earlier one with no migration, is refused. Writing refuses what reading would refuse by size.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::Role;
use crate::date::Date;
use crate::document::{read_value, typed, write, DocumentError, MAX_DOCUMENT_BYTES};
use crate::history::{entries_from_docs, entry_docs, EntryDoc, HistoryEntry};
use crate::i18n::{fill, tables};
use crate::import::{BankRef, ImportError};
use crate::lang::Lang;
use crate::migrate::{oldest, optional_notice, CarriedOver};
use crate::session::Step;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The `schema` of the stored state.
pub const STATE_SCHEMA: &str = "problemes-imaginaires/state";

/// The schema version this code writes and reads.
pub const STATE_SCHEMA_VERSION: u64 = 1;

/// Bytes in a mebibyte, to state the size limit in the unit people see.
const MIB: usize = 1024 * 1024;

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
    /// Answers to another questionnaire (another bank id).
    ForeignBank,
    /// Answers to a later version of the questions than this page's: the page is outdated.
    NewerBank {
        /// The bank version saved.
        stored: u64,
        /// This page's bank version.
        ours: u32,
    },
    /// Answers to an earlier version of the questions that this page has no migration for.
    OlderBank {
        /// The bank version saved.
        stored: u64,
        /// This page's bank version.
        ours: u32,
    },
    /// On saving: the stored text would be larger than the reader accepts
    /// ([`MAX_DOCUMENT_BYTES`]), so it is not written (see [`encode_stored_checked`]).
    TooLarge {
        /// The size it would have, in bytes.
        bytes: usize,
    },
}

impl StoredError {
    /// The error as one sentence in `lang`: what is wrong, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let words = tables::errors(lang);
        match self {
            StoredError::Corrupted(Corruption::NotJson(error)) => {
                fill(words.stored_not_json, &[("detail", &not_json(error, lang))])
            }
            StoredError::Corrupted(Corruption::NotOurs) => words.stored_not_ours.to_string(),
            StoredError::Corrupted(Corruption::Field(name)) => {
                fill(words.stored_field, &[("name", name)])
            }
            StoredError::UnknownVersion(n) => fill(words.stored_unknown_version, &[("n", n)]),
            StoredError::ForeignBank => words.stored_foreign_bank.to_string(),
            StoredError::NewerBank { stored, ours } => fill(
                words.stored_newer_bank,
                &[("stored", stored), ("ours", ours)],
            ),
            StoredError::OlderBank { stored, ours } => fill(
                words.stored_older_bank,
                &[("stored", stored), ("ours", ours)],
            ),
            StoredError::TooLarge { .. } => fill(
                words.stored_too_large,
                &[("mib", &(MAX_DOCUMENT_BYTES / MIB))],
            ),
        }
    }
}

impl fmt::Display for StoredError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EN))
    }
}

impl std::error::Error for StoredError {}

/// "JSON invalide à l’octet 12, ligne 1, colonne 13 : …": the byte first, as before
/// `serde_json`, then the line and column, then what is wrong.
fn not_json(error: &DocumentError, lang: Lang) -> String {
    let what = error.what(lang);
    let words = tables::errors(lang);
    match error.position() {
        Some(p) => fill(
            words.stored_json_at,
            &[
                ("offset", &p.offset),
                ("line", &p.line),
                ("column", &p.column),
                ("what", &what),
            ],
        ),
        None => fill(words.stored_json, &[("what", &what)]),
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
    lang: String,
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
    history: Option<Vec<EntryDoc>>,
    #[serde(default)]
    review_date: Option<String>,
    #[serde(default)]
    pact: Option<PactIn>,
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
        lang: state.lang.code().to_string(),
        step: step_text(bank, state.step),
        answers: answers_digits(bank, &state.answers),
        notes: &state.notes,
        nonce: state.nonce,
        history: entry_docs(bank, &state.history),
        review_date: state.review_date.map(|date| date.to_string()),
        role: state.role.map(Role::key),
        pact: &state.pact,
    };
    write(&document, false)
}

/// [`encode_stored`], refusing to produce a text the reader would refuse: over
/// [`MAX_DOCUMENT_BYTES`] (long notes or pact), it gives [`StoredError::TooLarge`] so the page
/// can say so and keep what is on the device, instead of saving data that the next load would
/// put aside as unreadable.
pub fn encode_stored_checked(bank: &Bank, state: &StoredState) -> Result<String, StoredError> {
    let text = encode_stored(bank, state);
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(StoredError::TooLarge { bytes: text.len() });
    }
    Ok(text)
}

/// A stored state as read, and whether it was carried over from an earlier version of the bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The state, answers and history already carried over to the current version.
    pub state: StoredState,
    /// The earlier bank version it was saved with (or, in its history, the oldest one), `None`
    /// when everything was saved with the current version.
    pub migrated_from: Option<u32>,
    /// Questions of the current version that version did not ask: left unanswered.
    pub new_questions: usize,
    /// Questions of that version no longer asked: their answers were dropped.
    pub removed_questions: usize,
}

impl Restored {
    /// The one-line notice to show when the state was carried over, as
    /// [`crate::Migrated::notice`] words it, e.g. « Vos réponses de la version 1 ont été
    /// reprises ; 2 questions sont nouvelles. »; `None` when nothing was.
    pub fn notice(&self, lang: Lang) -> Option<String> {
        optional_notice(
            self.migrated_from,
            self.new_questions,
            self.removed_questions,
            lang,
        )
    }
}

/// Reads what [`encode_stored`] wrote. Never panics, whatever the text. A state saved with an
/// earlier version of the bank is carried over; [`restore_stored`] also says so.
pub fn decode_stored(bank: &Bank, text: &str) -> Result<StoredState, StoredError> {
    restore_stored(bank, text).map(|restored| restored.state)
}

/// The bank version `bank` can read the stored answers of: its own or an earlier one it has a
/// migration for. `stored` is the `bank` member of the stored document.
fn readable_version(bank: &Bank, stored: &Value) -> Result<u32, StoredError> {
    let id = stored.get("id").and_then(Value::as_str);
    let version = stored.get("version").and_then(Value::as_u64);
    let (Some(id), Some(version)) = (id, version) else {
        return Err(corrupted("bank"));
    };
    if id != bank.id {
        return Err(StoredError::ForeignBank);
    }
    let ours = bank.version;
    match u32::try_from(version) {
        Ok(version) if version == ours => Ok(version),
        Ok(version) if version < ours => match bank.migration_from(version) {
            Some(_) => Ok(version),
            None => Err(StoredError::OlderBank {
                stored: u64::from(version),
                ours,
            }),
        },
        _ => Err(StoredError::NewerBank {
            stored: version,
            ours,
        }),
    }
}

/// Reads what [`encode_stored`] wrote, carrying a state saved with an earlier version of the
/// bank over to this one: answers through the bank's migration, history entries through their
/// codes, and a step on a problem that no longer exists back to the introduction. A later
/// version, or an earlier one with no migration, is refused with a sentence. Never panics.
pub fn restore_stored(bank: &Bank, text: &str) -> Result<Restored, StoredError> {
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
    let version = readable_version(bank, root.get("bank").ok_or_else(|| corrupted("bank"))?)?;
    let migrating = version != bank.version;

    let stored: StoredIn = typed(root).map_err(|error| corrupted(&error.path))?;
    let lang = stored
        .lang
        .and_then(|code| Lang::from_code(&code))
        .ok_or_else(|| corrupted("lang"))?;
    let step = stored
        .step
        .and_then(|text| {
            step_from_text(bank, &text)
                // A problem removed since: the page starts over from the introduction.
                .or_else(|| (migrating && text.starts_with("problem:")).then_some(Step::Intro))
        })
        .ok_or_else(|| corrupted("step"))?;
    let answers = stored
        .answers
        .and_then(|digits| bank.migrate_digits(&bank.id, version, &digits).ok())
        .map(|migrated| migrated.answers)
        .ok_or_else(|| corrupted("answers"))?;
    let (history, oldest_in_history) = match stored.history {
        None => (Vec::new(), None),
        Some(docs) => {
            let read = entries_from_docs(bank, docs, "history").map_err(from_import)?;
            (read.entries, read.oldest_migrated)
        }
    };
    let review_date = stored
        .review_date
        .map(|text| Date::parse(&text).map_err(|_| corrupted("reviewDate")))
        .transpose()?;
    let role = stored
        .role
        .map(|key| Role::from_key(&key).ok_or_else(|| corrupted("role")))
        .transpose()?;
    let carried = CarriedOver::from_version(
        bank,
        oldest(migrating.then_some(version), oldest_in_history),
    );
    Ok(Restored {
        state: StoredState {
            lang,
            step,
            answers,
            notes: stored.notes.unwrap_or_default(),
            nonce: stored.nonce,
            history,
            review_date,
            pact: stored.pact.map(PactFields::from).unwrap_or_default(),
            role,
        },
        migrated_from: carried.from,
        new_questions: carried.new_questions,
        removed_questions: carried.removed_questions,
    })
}
