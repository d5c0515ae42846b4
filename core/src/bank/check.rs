//! Checking a bank file as an administrator would: every error and every warning, for the check
//! page (`dist/verifier/`), the `bank-check` command line and the page that loads a custom bank
//! from `banks/`. All three call [`check_bank_text`], so they can never disagree.
//!
//! The page reads banks as JSON only (`banks/NAME.json`): the TOML reader stays out of the
//! visitors' wasm. The check page and the command line read both and write the normalised JSON.

use crate::bank::{validate_bank, Bank, BankError, BankFile};

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

/// Something worth an administrator's attention that does not stop the bank from working.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankWarning {
    /// The sentence, naming the item and the field.
    pub message: String,
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
}

/// Reads and checks a bank file's text. JSON is always available; TOML needs the `toml` feature
/// (a TOML file without it is refused with a sentence).
pub fn check_bank_text(text: &str, format: BankFormat) -> BankCheck {
    let file = match read_bank_file(text, format) {
        Ok(file) => file,
        Err(error) => {
            return BankCheck {
                bank: None,
                errors: vec![error],
                warnings: Vec::new(),
                file: None,
            }
        }
    };
    match validate_bank(file.clone()) {
        Ok(bank) => BankCheck {
            bank: Some(bank),
            errors: Vec::new(),
            warnings: Vec::new(),
            file: Some(file),
        },
        Err(error) => BankCheck {
            bank: None,
            errors: vec![error],
            warnings: Vec::new(),
            file: Some(file),
        },
    }
}

/// Reads a bank from JSON text (`banks/NAME.json`) and validates it.
pub fn parse_bank_json(text: &str) -> Result<Bank, BankError> {
    let check = check_bank_text(text, BankFormat::Json);
    match (check.bank, check.errors.into_iter().next()) {
        (Some(bank), None) => Ok(bank),
        (_, Some(error)) => Err(error),
        (None, None) => Err(BankError::NoProblem),
    }
}

/// The file model from text, before validation.
fn read_bank_file(text: &str, format: BankFormat) -> Result<BankFile, BankError> {
    match format {
        BankFormat::Json => serde_json::from_str(text).map_err(|error| BankError::Toml {
            item: None,
            line: error.line(),
            message: error.to_string(),
        }),
        #[cfg(feature = "toml")]
        BankFormat::Toml => crate::bank::read::read_bank_file_toml(text),
        #[cfg(not(feature = "toml"))]
        BankFormat::Toml => Err(BankError::Toml {
            item: None,
            line: 1,
            message: "this page reads banks in JSON only: convert the TOML file with the check page or bank-check".into(),
        }),
    }
}

/// The file as normalised JSON: the format of `banks/NAME.json`, pretty-printed with fields in
/// a fixed order, so that two runs on the same bank give the same bytes.
pub fn normalised_json(file: &BankFile) -> String {
    let mut text = serde_json::to_string_pretty(file).unwrap_or_default();
    text.push('\n');
    text
}
