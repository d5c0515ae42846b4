//! *Problèmes imaginaires*, check page (`verifier/`): an administrator picks or drops a question
//! bank file (TOML or JSON) and sees every error and warning the core finds (the same call as
//! the `bank-check` command line), a preview of every problem, question and fix in each of the
//! bank's languages, a button that tries the bank in the assessment page, and the normalised
//! JSON to download into `banks/`. Nothing leaves the browser.
//!
//! A separate page with its own wasm (it carries the TOML reader), like the team view. The wasm
//! module starts nothing by itself: the page's loader (written by `scripts/postbuild.mjs`) calls
//! [`start_page`].

mod browser;
mod components;
mod i18n;
mod report;
mod state;

use components::app::App;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Shows the check page in the page's `#app` element.
#[wasm_bindgen]
pub fn start_page() {
    let Some(root) = gloo_utils::document().get_element_by_id("app") else {
        return;
    };
    yew::Renderer::<App>::with_root(root).render();
}
