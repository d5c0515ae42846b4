//! Checking a bank file as an administrator would: every error and every warning, for the check
//! page (`dist/verifier/`), the `bank-check` command line and the page that loads a custom bank
//! from `banks/`. All three call [`check_bank_text`], so they can never disagree.
//!
//! The page reads banks as JSON only (`banks/NAME.json`): the TOML reader stays out of the
//! visitors' wasm. The check page and the command line read both and write the normalised JSON.
//!
//! Hostile files are refused with a sentence and in linear time: the size first
//! ([`MAX_BANK_BYTES`], before any parsing), then JSON's nesting and keys (the strict reader of
//! `crate::document`), then the counts and lengths of `limits`.

use crate::bank::limits::MAX_BANK_BYTES;
use crate::bank::validate::{bank_languages, validate_bank_all};
use crate::bank::{Bank, BankError, BankFile, BankWarning, Item, ItemKind, LocalText};

/// The two formats a bank file may be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BankFormat {
    /// `content/bank.toml` and hand-written banks.
    Toml,
    /// `banks/NAME.json`, what the page loads.
    Json,
}

impl BankFormat {
    /// The format a file name says, by its extension; `None` for any other name.
    pub fn from_file_name(name: &str) -> Option<BankFormat> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".toml") {
            Some(BankFormat::Toml)
        } else if lower.ends_with(".json") {
            Some(BankFormat::Json)
        } else {
            None
        }
    }
}

/// What checking one bank file found.
#[derive(Clone, Debug, PartialEq)]
pub struct BankCheck {
    /// The bank, when there is no error.
    pub bank: Option<Bank>,
    /// Every error found; the bank is refused when there is at least one.
    pub errors: Vec<BankError>,
    /// Warnings: the bank works, but something is probably not what its author meant.
    pub warnings: Vec<BankWarning>,
    /// The file as read, for the normalised export; `None` when it could not be read at all.
    pub file: Option<BankFile>,
}

impl BankCheck {
    /// Whether the bank can be used.
    pub fn is_usable(&self) -> bool {
        self.errors.is_empty() && self.bank.is_some()
    }

    fn refused(error: BankError) -> BankCheck {
        BankCheck {
            bank: None,
            errors: vec![error],
            warnings: Vec::new(),
            file: None,
        }
    }
}

/// Reads and checks a bank file's text. JSON is always available; TOML needs the `toml` feature
/// (a TOML file without it is refused with a sentence). Never panics, linear in the text.
pub fn check_bank_text(text: &str, format: BankFormat) -> BankCheck {
    if let Err(error) = check_size(text) {
        return BankCheck::refused(error);
    }
    match read_bank_file(text, format) {
        Ok(file) => check_bank_file(file),
        Err(error) => BankCheck::refused(error),
    }
}

/// Checks a bank file already read.
pub fn check_bank_file(file: BankFile) -> BankCheck {
    let validation = validate_bank_all(&file);
    BankCheck {
        bank: validation.bank,
        errors: validation.errors,
        warnings: validation.warnings,
        file: Some(file),
    }
}

/// Refuses a text over [`MAX_BANK_BYTES`], before any parsing.
pub fn check_size(text: &str) -> Result<(), BankError> {
    if text.len() > MAX_BANK_BYTES {
        Err(BankError::TooLarge { bytes: text.len() })
    } else {
        Ok(())
    }
}

/// Reads a bank from JSON text (`banks/NAME.json`) and validates it: the bank, or the first
/// error (warnings do not stop a bank).
pub fn parse_bank_json(text: &str) -> Result<Bank, BankError> {
    let check = check_bank_text(text, BankFormat::Json);
    match (check.bank, check.errors.into_iter().next()) {
        (_, Some(error)) => Err(error),
        (Some(bank), None) => Ok(bank),
        (None, None) => Err(BankError::NoProblem),
    }
}

/// The file model from text, before validation.
fn read_bank_file(text: &str, format: BankFormat) -> Result<BankFile, BankError> {
    match format {
        BankFormat::Json => read_bank_file_json(text),
        #[cfg(feature = "toml")]
        BankFormat::Toml => crate::bank::read::read_bank_file_toml(text),
        #[cfg(not(feature = "toml"))]
        BankFormat::Toml => Err(BankError::Syntax {
            format: BankFormat::Toml,
            item: None,
            line: None,
            path: None,
            french: Some("cette page ne lit les questionnaires qu’en JSON\u{202f}: convertissez le fichier TOML avec la page de vérification ou bank-check".into()),
            message: "this page reads banks in JSON only: convert the TOML file with the check page or bank-check".into(),
        }),
    }
}

/// JSON through the strict reader of every document (nesting, keys per object, duplicate keys),
/// then into the file model; a field of the wrong type or an unknown key is named by its path
/// and, through a second reading by `serde_json` that only runs on error, its line.
fn read_bank_file_json(text: &str) -> Result<BankFile, BankError> {
    let syntax = |item, line, path, message, french| BankError::Syntax {
        format: BankFormat::Json,
        item,
        line,
        path,
        message,
        french,
    };
    let value = crate::document::read_value(text).map_err(|error| {
        let line = error.position().map(|position| position.line);
        let french = error.describe(crate::lang::Lang::FR);
        syntax(
            None,
            line,
            None,
            error.describe(crate::lang::Lang::EN).into(),
            Some(french.into()),
        )
    })?;
    crate::document::typed::<BankFile>(value).map_err(|error| {
        // Read again, on error only, to name the item the path is in.
        let item_value = crate::document::read_value(text).unwrap_or_default();
        let (line, message) = match serde_json::from_str::<BankFile>(text) {
            Err(error) => (Some(error.line()), without_position(&error.to_string())),
            Ok(_) => (None, "a value has the wrong type".to_string()),
        };
        let path = (!error.path.is_empty()).then(|| error.path.as_str().into());
        syntax(
            item_at_path(&item_value, &error.path),
            line,
            path,
            message.into(),
            None,
        )
    })
}

/// serde_json's message without its " at line L column C" (the error gives the line apart).
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// The item a JSON path such as `problems[1].questions[2].text` is in, with its id when it has
/// one, else its position (questions and fixes are counted across the whole bank).
fn item_at_path(value: &serde_json::Value, path: &str) -> Option<Item> {
    let index = |segment: &str, name: &str| -> Option<usize> {
        segment
            .strip_prefix(name)?
            .strip_prefix('[')?
            .strip_suffix(']')?
            .parse()
            .ok()
    };
    let mut segments = path.split('.');
    let first = segments.next()?;
    let id_of = |item: &serde_json::Value, key: &str| -> Option<String> {
        match &item[key] {
            serde_json::Value::String(id) => Some(id.clone()),
            serde_json::Value::Number(number) => Some(number.to_string()),
            _ => None,
        }
    };
    let by_position = |kind, at: usize, item: &serde_json::Value, key| {
        Item::new(
            kind,
            id_of(item, key)
                .map(|id| id.chars().take(80).collect())
                .unwrap_or_else(|| format!("#{}", at + 1)),
        )
    };
    if let Some(at) = index(first, "migrations") {
        let migration = &value["migrations"][at];
        return Some(by_position(ItemKind::Migration, at, migration, "from"));
    }
    let Some(problem_at) = index(first, "problems") else {
        return Some(Item::new(ItemKind::Bank, ""));
    };
    let problems = value["problems"].as_array()?;
    let problem = problems.get(problem_at)?;
    let before = |key: &str| -> usize {
        problems[..problem_at]
            .iter()
            .map(|problem| problem[key].as_array().map_or(0, Vec::len))
            .sum()
    };
    let second = segments.next().unwrap_or_default();
    for (name, kind) in [("questions", ItemKind::Question), ("fixes", ItemKind::Fix)] {
        if let Some(at) = index(second, name) {
            let item = &problem[name][at];
            return Some(by_position(kind, before(name) + at, item, "id"));
        }
    }
    Some(by_position(ItemKind::Problem, problem_at, problem, "id"))
}

/// The file as normalised JSON: the format of `banks/NAME.json`, pretty-printed with fields in
/// a fixed order, `languages` written out and each text's languages in that order, so that two
/// runs on the same bank, from TOML or from JSON, give the same bytes.
pub fn normalised_json(file: &BankFile) -> String {
    let mut file = file.clone();
    let languages = bank_languages(&file);
    let rank = |code: &str| {
        languages
            .iter()
            .position(|known| known == code)
            .unwrap_or(languages.len())
    };
    let mut texts: Vec<&mut LocalText> = Vec::new();
    for problem in &mut file.problems {
        texts.extend(
            [
                &mut problem.label,
                &mut problem.summary,
                &mut problem.lesson,
                &mut problem.story,
            ]
            .into_iter()
            .flatten(),
        );
        for fix in &mut problem.fixes {
            texts.extend(
                [&mut fix.title, &mut fix.detail, &mut fix.source]
                    .into_iter()
                    .flatten(),
            );
        }
        for question in &mut problem.questions {
            texts.extend(question.text.as_mut());
        }
    }
    for text in texts {
        // Stable: keys that are not a bank language keep their order, last.
        text.texts.sort_by_key(|(code, _)| rank(code));
    }
    file.languages = Some(languages.clone());
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}
