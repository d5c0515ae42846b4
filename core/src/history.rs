//! Past assessments of the same team, and how two of them compare.
//!
//! The point of the six-month review is to see whether things moved: per problem, the score
//! before and after, the difference in tenths, and which answers changed. A score that exists
//! only on one side is "not comparable" rather than a fake difference from zero. The history
//! file (`problemes-imaginaires/history`, see `docs/export-format.md`) keeps each entry as its
//! answer code, so it stays small and is checked like any code.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::{decode_code, encode_code};
use crate::date::Date;
use crate::document::present;
use crate::i18n::{fill, tables};
use crate::import::{bad, parse_date, pretty, read_file, required, FileHead, ImportError};
use crate::labels::decimal_separator;
use crate::lang::Lang;
use crate::migrate::{oldest, optional_notice, CarriedOver};
use crate::score::{assess, Score};
use serde::{Deserialize, Serialize};

/// The `format` of a history file.
pub const HISTORY_FORMAT: &str = "problemes-imaginaires/history";

/// The most entries a history keeps: one assessment a month for eighty years. A history file
/// with more is refused ([`ImportError::TooManyEntries`]); merging or completing beyond it
/// drops the oldest entries.
pub const MAX_HISTORY_ENTRIES: usize = 1_000;

/// One past assessment.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct HistoryEntry {
    /// The day it was made.
    pub date: Date,
    /// Its nonce.
    pub nonce: u32,
    /// Its answers.
    pub answers: Answers,
}

/// Which way a score moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The score went up: the problem is less present.
    Better,
    /// The score went down.
    Worse,
    /// Same score.
    Same,
    /// One of the two has no score.
    NotComparable,
}

/// A score before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Trend {
    /// The older score.
    pub before: Option<Score>,
    /// The newer score.
    pub after: Option<Score>,
    /// `after − before` in tenths; 0 when not comparable.
    pub delta: i16,
    /// Which way it moved.
    pub direction: Direction,
}

impl Trend {
    /// The trend between two scores.
    pub fn between(before: Option<Score>, after: Option<Score>) -> Trend {
        let (delta, direction) = match (before, after) {
            (Some(before), Some(after)) => {
                let delta = i16::from(after.tenths()) - i16::from(before.tenths());
                let direction = match delta {
                    d if d > 0 => Direction::Better,
                    d if d < 0 => Direction::Worse,
                    _ => Direction::Same,
                };
                (delta, direction)
            }
            _ => (0, Direction::NotComparable),
        };
        Trend {
            before,
            after,
            delta,
            direction,
        }
    }

    /// The trend in words with its signed difference: « en amélioration (+1,2) »,
    /// "worsening (−0.8)", « stable », "not comparable". The minus sign is U+2212.
    pub fn describe(&self, lang: Lang) -> String {
        let magnitude = self.delta.unsigned_abs();
        let number = format!(
            "{}{}{}",
            magnitude / 10,
            decimal_separator(lang),
            magnitude % 10
        );
        let words = tables::labels(lang);
        match self.direction {
            Direction::Better => fill(words.better, &[("number", &number)]),
            Direction::Worse => fill(words.worse, &[("number", &number)]),
            Direction::Same => words.same.to_string(),
            Direction::NotComparable => words.not_comparable.to_string(),
        }
    }
}

/// An answer that differs between two assessments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ChangedAnswer {
    /// Global index of the question.
    pub question: usize,
    /// The older answer.
    pub before: Option<Answer>,
    /// The newer answer.
    pub after: Option<Answer>,
}

/// How one problem moved.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ProblemComparison {
    /// Position of the problem in the bank.
    pub problem: usize,
    /// Its score before and after.
    pub trend: Trend,
    /// Its questions whose answer changed, in bank order.
    pub changed: Vec<ChangedAnswer>,
}

/// How two assessments compare.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Comparison {
    /// The overall score before and after.
    pub overall: Trend,
    /// One comparison per problem, in bank order.
    pub problems: Vec<ProblemComparison>,
}

/// Compares `older` with `newer`, both answers to `bank`.
pub fn compare(bank: &Bank, older: &HistoryEntry, newer: &HistoryEntry) -> Comparison {
    let before = assess(bank, &older.answers);
    let after = assess(bank, &newer.answers);
    let problems = bank
        .problems
        .iter()
        .enumerate()
        .map(|(at, problem)| ProblemComparison {
            problem: at,
            trend: Trend::between(
                before.problems.get(at).and_then(|r| r.score),
                after.problems.get(at).and_then(|r| r.score),
            ),
            changed: problem
                .questions
                .iter()
                .map(|question| ChangedAnswer {
                    question: question.index,
                    before: older.answers.get(question.index),
                    after: newer.answers.get(question.index),
                })
                .filter(|change| change.before != change.after)
                .collect(),
        })
        .collect();
    Comparison {
        overall: Trend::between(before.overall.score, after.overall.score),
        problems,
    }
}

/// One entry as written in history files and in the stored state.
#[derive(Serialize, Deserialize)]
pub(crate) struct EntryDoc {
    #[serde(default, deserialize_with = "present")]
    date: Option<String>,
    #[serde(default, deserialize_with = "present")]
    nonce: Option<u32>,
    #[serde(default, deserialize_with = "present")]
    code: Option<String>,
}

#[derive(Serialize)]
struct HistoryOut<'a> {
    #[serde(flatten)]
    head: FileHead<'a>,
    entries: Vec<EntryDoc>,
}

#[derive(Deserialize)]
struct HistoryIn {
    #[serde(default, deserialize_with = "present")]
    entries: Option<Vec<EntryDoc>>,
}

/// The history file for `entries`, pretty-printed, ending with a newline.
pub fn export_history_json(bank: &Bank, entries: &[HistoryEntry]) -> String {
    pretty(&HistoryOut {
        head: FileHead::new(bank, HISTORY_FORMAT),
        entries: entry_docs(bank, entries),
    })
}

/// Reads a history file written for `bank`. Every entry's code is decoded and checked; a file
/// of an earlier version of the bank is carried over, and [`import_history_json_migrating`]
/// also says so.
pub fn import_history_json(bank: &Bank, text: &str) -> Result<Vec<HistoryEntry>, ImportError> {
    import_history_json_migrating(bank, text).map(|import| import.entries)
}

/// A history file as read, and whether its entries were carried over from an earlier version
/// of the bank (see [`import_history_json_migrating`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryImport {
    /// The entries, answers already carried over to the current version.
    pub entries: Vec<HistoryEntry>,
    /// The oldest earlier bank version the file or one of its codes answered, `None` when
    /// everything answered the current one.
    pub migrated_from: Option<u32>,
    /// Questions of the current version that version did not ask: unanswered in its entries.
    pub new_questions: usize,
    /// Questions of that version no longer asked: their answers were dropped.
    pub removed_questions: usize,
}

impl HistoryImport {
    /// The one-line notice to show when entries were carried over, as
    /// [`crate::Migrated::notice`] words it; `None` when nothing was.
    pub fn notice(&self, lang: Lang) -> Option<String> {
        optional_notice(
            self.migrated_from,
            self.new_questions,
            self.removed_questions,
            lang,
        )
    }
}

/// [`import_history_json`], saying whether the file answered an earlier version of the bank.
/// Each entry's code carries its own version and is carried over by [`decode_code`]; a later
/// version, or an earlier one with no migration, is refused.
pub fn import_history_json_migrating(
    bank: &Bank,
    text: &str,
) -> Result<HistoryImport, ImportError> {
    let (file, version): (HistoryIn, u32) = read_file(bank, text, HISTORY_FORMAT)?;
    let docs = required(file.entries, "entries")?;
    if docs.len() > MAX_HISTORY_ENTRIES {
        return Err(ImportError::TooManyEntries {
            count: docs.len(),
            limit: MAX_HISTORY_ENTRIES,
        });
    }
    let read = entries_from_docs(bank, docs, "entries")?;
    let file_version = (version != bank.version).then_some(version);
    let carried = CarriedOver::from_version(bank, oldest(file_version, read.oldest_migrated));
    Ok(HistoryImport {
        entries: read.entries,
        migrated_from: carried.from,
        new_questions: carried.new_questions,
        removed_questions: carried.removed_questions,
    })
}

/// Each entry keeps its answers as its code (without role), shared with the stored state.
pub(crate) fn entry_docs(bank: &Bank, entries: &[HistoryEntry]) -> Vec<EntryDoc> {
    entries
        .iter()
        .map(|entry| EntryDoc {
            date: Some(entry.date.to_string()),
            nonce: Some(entry.nonce),
            code: Some(encode_code(bank, &entry.answers, entry.nonce, None)),
        })
        .collect()
}

/// History entries as read, with the oldest earlier bank version one of their codes answered.
pub(crate) struct ReadEntries {
    pub(crate) entries: Vec<HistoryEntry>,
    pub(crate) oldest_migrated: Option<u32>,
}

/// Checks what [`entry_docs`] wrote, entry by entry: every field present, a real date, a code
/// for `bank` (or an earlier version of it, carried over) whose nonce is the entry's. `name` is
/// the list's field, for errors.
pub(crate) fn entries_from_docs(
    bank: &Bank,
    docs: Vec<EntryDoc>,
    name: &str,
) -> Result<ReadEntries, ImportError> {
    let mut entries = Vec::with_capacity(docs.len());
    let mut oldest_migrated = None;
    for (at, doc) in docs.into_iter().enumerate() {
        let path = |field: &str| format!("{name}[{at}].{field}");
        let date = parse_date(&required(doc.date, &path("date"))?)?;
        let nonce = required(doc.nonce, &path("nonce"))?;
        let code = required(doc.code, &path("code"))?;
        let decoded = decode_code(bank, &code).map_err(|error| ImportError::Code {
            entry: at + 1,
            error,
        })?;
        if decoded.nonce != nonce {
            return Err(bad(&path("nonce")));
        }
        if decoded.is_migrated(bank) {
            let version = u32::from(decoded.bank_version);
            oldest_migrated = oldest(oldest_migrated, Some(version));
        }
        entries.push(HistoryEntry {
            date,
            nonce,
            answers: decoded.answers,
        });
    }
    Ok(ReadEntries {
        entries,
        oldest_migrated,
    })
}
