//! Reading our own JSON files back: the errors, and the checks every file format shares
//! (format name and version, bank id and version, typed fields).
//!
//! Files come from outside (a colleague's export, an edited file), so every check names the
//! field or the question at fault, and nothing in them is trusted: scores are recomputed.

use crate::bank::Bank;
use crate::code::CodeError;
use crate::date::Date;
use crate::document::{read_value, typed, write, DocumentError, FieldError};
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
        let fr = lang == Lang::Fr;
        match self {
            ImportError::Json(error) => error.message(lang),
            ImportError::WrongFormat { expected, found } if fr => format!("Ce fichier n’est pas au format « {expected} » (format trouvé : « {found} ») : choisissez un fichier exporté par cet outil."),
            ImportError::WrongFormat { expected, found } => format!("This file is not in the \"{expected}\" format (found \"{found}\"): choose a file exported by this tool."),
            ImportError::FutureVersion(n) if fr => format!("Ce fichier (format version {n}) a été fait par une version plus récente de l’outil : mettez cette page à jour."),
            ImportError::FutureVersion(n) => format!("This file (format version {n}) was made by a newer version of the tool: update this page."),
            ImportError::ForeignBank { id } if fr => format!("Ce fichier contient des réponses à un autre questionnaire (« {id} ») : il ne peut pas être importé ici."),
            ImportError::ForeignBank { id } => format!("This file holds answers to another questionnaire (\"{id}\"): it cannot be imported here."),
            ImportError::BankVersion { file, ours } if fr && *file > u64::from(*ours) => format!("Ce fichier répond à la version {file} des questions, plus récente que celle de cette page (version {ours})\u{202f}: mettez cette page à jour."),
            ImportError::BankVersion { file, ours } if *file > u64::from(*ours) => format!("This file answers version {file} of the questions, newer than this page’s (version {ours}): update this page."),
            ImportError::BankVersion { file, ours } if fr => format!("Ce fichier répond à la version {file} des questions, que cette page (version {ours}) ne sait pas reprendre\u{202f}: il ne peut pas être importé ici."),
            ImportError::BankVersion { file, ours } => format!("This file answers version {file} of the questions, which this page (version {ours}) cannot carry over: it cannot be imported here."),
            ImportError::Missing { field } if fr => format!("Le champ « {field} » manque dans ce fichier : exportez-le de nouveau depuis l’outil."),
            ImportError::Missing { field } => format!("The field \"{field}\" is missing from this file: export it again from the tool."),
            ImportError::BadField { field } if fr => format!("Le champ « {field} » a une valeur invalide : exportez le fichier de nouveau depuis l’outil."),
            ImportError::BadField { field } => format!("The field \"{field}\" has an invalid value: export the file again from the tool."),
            ImportError::UnknownQuestion { question } if fr => format!("question {question} : question inconnue dans ce questionnaire (retirez-la du fichier)."),
            ImportError::UnknownQuestion { question } => format!("question \"{question}\": unknown question in this questionnaire (remove it from the file)."),
            ImportError::UnknownAnswer { question, answer } if fr => format!("question {question} : réponse inconnue « {answer} » (attendu : never, rarely, often, always, unknown ou null)."),
            ImportError::UnknownAnswer { question, answer } => format!("question \"{question}\": unknown answer \"{answer}\" (expected never, rarely, often, always, unknown or null)."),
            ImportError::DuplicateQuestion { question } if fr => format!("question {question} : réponse donnée deux fois (gardez-en une seule)."),
            ImportError::DuplicateQuestion { question } => format!("question \"{question}\": answered twice (keep only one)."),
            ImportError::BadDate { value } if fr => format!("La date « {value} » n’est pas valide : écrivez-la AAAA-MM-JJ, par exemple 2026-11-28."),
            ImportError::BadDate { value } => format!("The date \"{value}\" is not valid: write it YYYY-MM-DD, for example 2026-11-28."),
            ImportError::Code { entry, error } if fr => format!("Entrée {entry} de l’historique : {}", error.message(lang)),
            ImportError::Code { entry, error } => format!("History entry {entry}: {}", error.message(lang)),
            ImportError::TooManyEntries { count, limit } if fr => format!("Ce fichier contient {} entrées d’historique, plus que les {} que cette page garde\u{202f}: il ne peut pas être importé. Choisissez un historique exporté par cet outil.", thousands_fr(*count), thousands_fr(*limit)),
            ImportError::TooManyEntries { count, limit } => format!("This file holds {count} history entries, more than the {limit} this page keeps: it cannot be imported. Choose a history exported by this tool."),
        }
    }
}

/// `1000` as French writes it, `1\u{202f}000`: the limits are named in sentences.
fn thousands_fr(n: usize) -> String {
    match (n / 1000, n % 1000) {
        (0, units) => units.to_string(),
        (thousands, units) => format!("{}\u{202f}{units:03}", thousands_fr(thousands)),
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
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
    Lang::ALL
        .into_iter()
        .find(|lang| lang.code() == code)
        .ok_or_else(|| bad(path))
}

/// For `#[serde(default, deserialize_with = "…")]` on text fields that may be missing or
/// `null`, both read as empty.
pub(crate) fn text_or_null<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    Option::<String>::deserialize(deserializer).map(Option::unwrap_or_default)
}
