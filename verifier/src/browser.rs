//! The few browser facts the check page reads or writes, behind plain functions: the page's
//! language, reading a picked file, and handing a bank to the assessment page for a trial.

use crate::state::{admit, VerifierAction};
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

pub use ui_shared::document::{initial_lang, set_document_lang};
pub use ui_shared::download::save_text;

/// Where the assessment page looks for a bank to try (`?trial=1`): the normalised JSON.
pub const TRIAL_BANK_KEY: &str = "problemes-imaginaires:trial-bank";

/// The assessment page with the trial bank, relative to this page (`verifier/` sits next to
/// the page's `index.html`), so that it works from any sub-path.
pub const TRIAL_URL: &str = "../?trial=1";

/// Reads a picked or dropped file, after checking its name and size: `on_action` gets
/// [`VerifierAction::Refused`] at once, or [`VerifierAction::Reading`] then, when the text
/// arrives, [`VerifierAction::Read`] (or a refusal when the browser cannot read it). The
/// promise is awaited in a task: no closure is left behind.
pub fn read_bank_file(file: &web_sys::File, on_action: Callback<VerifierAction>) {
    let name = file.name();
    // A size is never negative or fractional; the cast saturates anyway.
    let size = file.size().max(0.0) as u64;
    let format = match admit(&name, size) {
        Ok(format) => format,
        Err(refusal) => {
            on_action.emit(VerifierAction::Refused(name, refusal));
            return;
        }
    };
    on_action.emit(VerifierAction::Reading(name.clone()));
    let text = JsFuture::from(file.text());
    yew::platform::spawn_local(async move {
        match text.await.ok().and_then(|text| text.as_string()) {
            Some(text) => on_action.emit(VerifierAction::Read { name, format, text }),
            None => on_action.emit(VerifierAction::Refused(
                name,
                crate::state::Refusal::Unreadable,
            )),
        }
    });
}

/// Stores the bank for the assessment page's trial. False when the browser refuses storage
/// (disabled, private mode, full).
pub fn store_trial_bank(json: &str) -> bool {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .is_some_and(|storage| storage.set_item(TRIAL_BANK_KEY, json).is_ok())
}
