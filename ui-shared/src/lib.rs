//! What the assessment page (`src/`) and the team page (`team/`) both need from the browser:
//! the page's language and its switch, file downloads, the version line of their footers, and the
//! shared question bank, loaded by name from the widget's `banks/` folder (issue 12). Two separate wasm
//! binaries, one copy of the code.

pub mod bank_source;
pub mod bank_status;
pub mod document;
pub mod download;
pub mod lang_loader;
pub mod lang_switch;
pub mod version_line;

use assessment_core::Bank;
use std::ops::Deref;
use std::rc::Rc;

/// The validated bank, shared by every component. Compared by pointer: the bank never changes
/// while the app runs, and a deep comparison on every render would be wasted work.
#[derive(Clone, Debug)]
pub struct SharedBank(pub Rc<Bank>);

impl PartialEq for SharedBank {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedBank {
    type Target = Bank;

    fn deref(&self) -> &Bank {
        &self.0
    }
}
