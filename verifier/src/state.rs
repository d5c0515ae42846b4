//! The check page's state and every change to it, in one pure reducer ([`VerifierState::reduce`]),
//! like the team view's: components only dispatch [`VerifierAction`]s. Checking a file is the
//! core's [`check_bank_text`], the same call as the command line's.

use crate::report::preview_lang;
use assessment_core::bank::{
    check_bank_text, normalised_json, BankCheck, BankFormat, MAX_BANK_BYTES,
};
use assessment_core::Lang;
use std::rc::Rc;
use yew::Reducible;

/// Larger files are refused before being read: the core's limit for a bank's text (1 MiB; the
/// built-in bank is about 60 KB), which `check_bank_text` applies again to the text.
pub const MAX_FILE_BYTES: u64 = MAX_BANK_BYTES as u64;

/// Why a file was not checked at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its name ends neither in `.toml` nor in `.json`.
    WrongType,
    /// Over [`MAX_FILE_BYTES`]; its size in bytes.
    TooLarge(u64),
    /// The browser could not read it.
    Unreadable,
}

/// Decides, from its name and size alone, whether a picked or dropped file is read, and how.
pub fn admit(name: &str, size: u64) -> Result<BankFormat, Refusal> {
    let format = BankFormat::from_file_name(name).ok_or(Refusal::WrongType)?;
    if size > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge(size));
    }
    Ok(format)
}

/// A checked file.
#[derive(Debug)]
pub struct Checked {
    /// The file's name, as picked.
    pub name: String,
    pub check: BankCheck,
    /// The normalised JSON, when the bank is usable: what "try it" stores and the download saves.
    pub json: Option<String>,
}

/// What the page shows about the last file.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// A file is being read.
    Reading(String),
    /// The file was read and checked.
    Checked(Rc<Checked>),
    /// The file was not read: its name and why.
    Refused(String, Refusal),
}

impl PartialEq for Outcome {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Outcome::Reading(a), Outcome::Reading(b)) => a == b,
            // Compared by pointer: a check never changes once made.
            (Outcome::Checked(a), Outcome::Checked(b)) => Rc::ptr_eq(a, b),
            (Outcome::Refused(a, x), Outcome::Refused(b, y)) => a == b && x == y,
            _ => false,
        }
    }
}

/// A sentence about the last action on a usable bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    TrialFailed,
    DownloadFailed,
}

/// Everything an administrator can do on the check page.
#[derive(Clone, Debug, PartialEq)]
pub enum VerifierAction {
    SetLang(Lang),
    /// The preview's language, by its code (`de`): a bank may have languages the page has not.
    SetPreviewLang(String),
    /// A file was admitted and its reading started.
    Reading(String),
    /// A file's text arrived; it is checked now.
    Read {
        name: String,
        format: BankFormat,
        text: String,
    },
    /// A file was not read.
    Refused(String, Refusal),
    Notice(Notice),
}

/// The check page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifierState {
    /// The page's language.
    pub lang: Lang,
    /// The language the preview shows the bank in, by its code.
    pub preview_lang: String,
    /// The last file, if any.
    pub outcome: Option<Outcome>,
    pub notice: Option<Notice>,
}

impl VerifierState {
    pub fn new(lang: Lang) -> Self {
        VerifierState {
            lang,
            preview_lang: lang.code().to_string(),
            outcome: None,
            notice: None,
        }
    }

    /// The state after `action`.
    pub fn reduce(&self, action: VerifierAction) -> Self {
        let mut next = self.clone();
        match action {
            VerifierAction::SetLang(lang) => next.lang = lang,
            VerifierAction::SetPreviewLang(lang) => next.preview_lang = lang,
            VerifierAction::Reading(name) => {
                next.outcome = Some(Outcome::Reading(name));
                next.notice = None;
            }
            VerifierAction::Read { name, format, text } => {
                let check = check_bank_text(&text, format);
                let json = match (&check.file, check.is_usable()) {
                    (Some(file), true) => Some(normalised_json(file)),
                    _ => None,
                };
                if let Some(bank) = &check.bank {
                    next.preview_lang = preview_lang(bank, self.lang);
                }
                next.outcome = Some(Outcome::Checked(Rc::new(Checked { name, check, json })));
                next.notice = None;
            }
            VerifierAction::Refused(name, refusal) => {
                next.outcome = Some(Outcome::Refused(name, refusal));
                next.notice = None;
            }
            VerifierAction::Notice(notice) => next.notice = Some(notice),
        }
        next
    }
}

impl Reducible for VerifierState {
    type Action = VerifierAction;

    fn reduce(self: Rc<Self>, action: VerifierAction) -> Rc<Self> {
        Rc::new(VerifierState::reduce(&self, action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT_IN: &str = include_str!("../../content/bank.toml");

    fn checked(state: &VerifierState) -> &Checked {
        match &state.outcome {
            Some(Outcome::Checked(checked)) => checked,
            other => panic!("not checked: {other:?}"),
        }
    }

    #[test]
    fn files_are_admitted_by_name_and_size() {
        assert_eq!(admit("ma-banque.toml", 60_000), Ok(BankFormat::Toml));
        assert_eq!(admit("MA-BANQUE.JSON", 1), Ok(BankFormat::Json));
        assert_eq!(admit("banque.txt", 10), Err(Refusal::WrongType));
        assert_eq!(admit("banque.toml.exe", 10), Err(Refusal::WrongType));
        assert_eq!(admit("big.json", MAX_FILE_BYTES), Ok(BankFormat::Json));
        assert_eq!(
            admit("big.json", 10 * 1024 * 1024),
            Err(Refusal::TooLarge(10 * 1024 * 1024))
        );
    }

    #[test]
    fn a_usable_bank_gets_its_normalised_json() {
        let state = VerifierState::new(Lang::EN).reduce(VerifierAction::Read {
            name: "bank.toml".into(),
            format: BankFormat::Toml,
            text: BUILT_IN.into(),
        });
        let checked = checked(&state);
        assert!(checked.check.is_usable());
        let json = checked.json.as_deref().expect("normalised JSON");
        // The JSON reads back as the same bank, and normalising it again changes nothing.
        let again = check_bank_text(json, BankFormat::Json);
        assert_eq!(again.bank, checked.check.bank);
        assert_eq!(
            again.file.as_ref().map(normalised_json).as_deref(),
            Some(json)
        );
        assert_eq!(state.preview_lang, "en");
    }

    #[test]
    fn a_faulty_bank_has_errors_and_no_json() {
        let state = VerifierState::new(Lang::FR).reduce(VerifierAction::Read {
            name: "bank.json".into(),
            format: BankFormat::Json,
            text: "{\"id\": \"x\", \"version\": 1, \"problems\": [], \"oops\": 1}".into(),
        });
        let checked = checked(&state);
        assert!(!checked.check.errors.is_empty());
        assert!(checked.json.is_none());
    }

    #[test]
    fn a_new_file_clears_the_last_notice() {
        let state = VerifierState::new(Lang::FR)
            .reduce(VerifierAction::Notice(Notice::TrialFailed))
            .reduce(VerifierAction::Reading("b.toml".into()));
        assert_eq!(state.notice, None);
        assert_eq!(state.outcome, Some(Outcome::Reading("b.toml".into())));
        let state = state.reduce(VerifierAction::Refused(
            "b.toml".into(),
            Refusal::Unreadable,
        ));
        assert_eq!(
            state.outcome,
            Some(Outcome::Refused("b.toml".into(), Refusal::Unreadable))
        );
    }
}
