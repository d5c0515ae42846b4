//! Reading our own JSON files back: the errors, and the checks every file format shares
//! (format name and version, bank id and version, typed fields).
//!
//! Files come from outside (a colleague's export, an edited file), so every check names the
//! field or the question at fault, and nothing in them is trusted: scores are recomputed.

use crate::bank::Bank;
use crate::code::CodeError;
use crate::date::Date;
use crate::document::{read_value, typed, write, DocumentError, FieldError};
use crate::i18n::{fill, grouped, tables};
use crate::lang::Lang;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all, or beyond the limits every document shares (size, depth, keys per
    /// object, no duplicate key): see [`crate::document`].
    Json(DocumentError),
    /// JSON, but not the expected kind of file.
    WrongFormat {
        /// The format expected, e.g. `problemes-imaginaires/result`.
        expected: &'static str,
        /// The `format` found, empty when missing.
        found: String,
    },
    /// A later version of the file format.
    FutureVersion(u64),
    /// Answers to another questionnaire.
    ForeignBank {
        /// The bank id in the file.
        id: String,
    },
    /// Answers to a later version of the questionnaire, or to an earlier one this bank has no
    /// migration for (earlier versions it knows are carried over).
    BankVersion {
        /// The bank version in the file.
        file: u64,
        /// This page's bank version.
        ours: u32,
    },
    /// A required field is missing, e.g. `answers`.
    Missing {
        /// Its path, e.g. `answers` or `entries[2].code`.
        field: String,
    },
    /// A field has the wrong type or value.
    BadField {
        /// Its path, e.g. `nonce` or `answers[3]`.
        field: String,
    },
    /// An answer to a question the bank does not have.
    UnknownQuestion {
        /// The question id in the file.
        question: String,
    },
    /// An answer value that does not exist.
    UnknownAnswer {
        /// The question id.
        question: String,
        /// The value found, as written.
        answer: String,
    },
    /// The same question answered twice.
    DuplicateQuestion {
        /// The question id.
        question: String,
    },
    /// A date that is not a real `YYYY-MM-DD` day.
    BadDate {
        /// The value found.
        value: String,
    },
    /// A history entry whose answer code is refused.
    Code {
        /// 1-based position of the entry.
        entry: usize,
        /// Why the code is refused.
        error: CodeError,
    },
    /// A history file with more entries than [`crate::history::MAX_HISTORY_ENTRIES`].
    TooManyEntries {
        /// The entries in the file.
        count: usize,
        /// The most a history keeps.
        limit: usize,
    },
}

impl ImportError {
    /// The error as one sentence in `lang`: what is wrong, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let words = tables::errors(lang);
        match self {
            ImportError::Json(error) => error.message(lang),
            ImportError::WrongFormat { expected, found } => fill(
                words.import_wrong_format,
                &[("expected", expected), ("found", found)],
            ),
            ImportError::FutureVersion(n) => fill(words.import_future_version, &[("n", n)]),
            ImportError::ForeignBank { id } => fill(words.import_foreign_bank, &[("id", id)]),
            ImportError::BankVersion { file, ours } => {
                let template = if *file > u64::from(*ours) {
                    words.import_newer_bank
                } else {
                    words.import_older_bank
                };
                fill(template, &[("file", file), ("ours", ours)])
            }
            ImportError::Missing { field } => fill(words.import_missing, &[("field", field)]),
            ImportError::BadField { field } => fill(words.import_bad_field, &[("field", field)]),
            ImportError::UnknownQuestion { question } => {
                fill(words.import_unknown_question, &[("question", question)])
            }
            ImportError::UnknownAnswer { question, answer } => fill(
                words.import_unknown_answer,
                &[("question", question), ("answer", answer)],
            ),
            ImportError::DuplicateQuestion { question } => {
                fill(words.import_duplicate_question, &[("question", question)])
            }
            ImportError::BadDate { value } => fill(words.import_bad_date, &[("value", value)]),
            ImportError::Code { entry, error } => fill(
                words.import_history_entry,
                &[("entry", entry), ("message", &error.message(lang))],
            ),
            ImportError::TooManyEntries { count, limit } => fill(
                words.import_too_many_entries,
                &[
                    ("count", &grouped(*count, lang)),
                    ("limit", &grouped(*limit, lang)),
                ],
            ),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EN))
    }
}

impl std::error::Error for ImportError {}

impl From<DocumentError> for ImportError {
    fn from(error: DocumentError) -> Self {
        ImportError::Json(error)
    }
}

impl From<FieldError> for ImportError {
    fn from(error: FieldError) -> Self {
        ImportError::BadField { field: error.path }
    }
}

/// `{"id": …, "version": …}`: the bank a document answers.
#[derive(Serialize)]
pub(crate) struct BankRef<'a> {
    pub(crate) id: &'a str,
    pub(crate) version: u32,
}

impl<'a> BankRef<'a> {
    pub(crate) fn of(bank: &'a Bank) -> BankRef<'a> {
        BankRef {
            id: &bank.id,
            version: bank.version,
        }
    }
}

/// The head of every file: format, version and bank, then the release that wrote it
/// (`appVersion`, from 0.4.0 on). Readers never need `appVersion` (files written before it
/// have none) and never act on it: the format version and the bank say how to read a file.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FileHead<'a> {
    pub(crate) format: &'static str,
    pub(crate) format_version: u64,
    pub(crate) bank: BankRef<'a>,
    pub(crate) app_version: &'static str,
}

impl<'a> FileHead<'a> {
    pub(crate) fn new(bank: &'a Bank, format: &'static str) -> FileHead<'a> {
        FileHead {
            format,
            format_version: FORMAT_VERSION,
            bank: BankRef::of(bank),
            app_version: crate::VERSION,
        }
    }
}

/// The format version every file kind is at.
pub(crate) const FORMAT_VERSION: u64 = 1;

/// A document pretty-printed with two spaces, ending with a newline.
pub(crate) fn pretty<T: Serialize>(document: &T) -> String {
    write(document, true) + "\n"
}

/// Checks `text` (limits, syntax), then `format`, `formatVersion` and the bank against `bank`,
/// before reading the body as `T`: a newer version may have another shape, and must be named
/// as such rather than as a wrong field. Gives the body and the bank version it answers: this
/// bank's own, or an earlier one it can carry over (the caller migrates the answers).
pub(crate) fn read_file<T: DeserializeOwned>(
    bank: &Bank,
    text: &str,
    format: &'static str,
) -> Result<(T, u32), ImportError> {
    let root = read_value(text)?;
    let found = root.get("format").and_then(Value::as_str);
    if found != Some(format) {
        return Err(ImportError::WrongFormat {
            expected: format,
            found: found.unwrap_or_default().to_string(),
        });
    }
    match field(&root, "formatVersion")?.as_u64() {
        Some(FORMAT_VERSION) => {}
        Some(n) if n > FORMAT_VERSION => return Err(ImportError::FutureVersion(n)),
        _ => return Err(bad("formatVersion")),
    }
    let file_bank = field(&root, "bank")?;
    let id = file_bank
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("bank.id"))?;
    if id != bank.id {
        return Err(ImportError::ForeignBank { id: id.to_string() });
    }
    let version = file_bank
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| bad("bank.version"))?;
    let refused = ImportError::BankVersion {
        file: version,
        ours: bank.version,
    };
    let version = u32::try_from(version).map_err(|_| refused.clone())?;
    if version > bank.version || bank.question_count_of(version).is_none() {
        return Err(refused);
    }
    Ok((typed(root)?, version))
}

/// The member `name` of `object`, or [`ImportError::Missing`].
fn field<'a>(object: &'a Value, name: &str) -> Result<&'a Value, ImportError> {
    object.get(name).ok_or_else(|| ImportError::Missing {
        field: name.to_string(),
    })
}

/// [`ImportError::BadField`] for `name`.
pub(crate) fn bad(name: &str) -> ImportError {
    ImportError::BadField {
        field: name.to_string(),
    }
}

/// A required field read with [`crate::document::present`]: [`ImportError::Missing`] when
/// absent, its path being `path`.
pub(crate) fn required<T>(value: Option<T>, path: &str) -> Result<T, ImportError> {
    value.ok_or_else(|| ImportError::Missing {
        field: path.to_string(),
    })
}

/// A `YYYY-MM-DD` day.
pub(crate) fn parse_date(text: &str) -> Result<Date, ImportError> {
    Date::parse(text).map_err(|_| ImportError::BadDate {
        value: text.to_string(),
    })
}

/// A language code, `"fr"` or `"en"`; `path` names the field.
pub(crate) fn parse_lang(code: &str, path: &str) -> Result<Lang, ImportError> {
    Lang::from_code(code).ok_or_else(|| bad(path))
}

/// For `#[serde(default, deserialize_with = "…")]` on text fields that may be missing or
/// `null`, both read as empty.
pub(crate) fn text_or_null<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    Option::<String>::deserialize(deserializer).map(Option::unwrap_or_default)
}
