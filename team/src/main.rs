//! *Problèmes imaginaires*, team view: a facilitator pastes everybody's answer codes (or drops
//! their result files), and the page aggregates them, with no name and in memory only, with `assessment_core::team`.
//! A separate page with its own wasm (`equipe/`), so the assessment page keeps its size.
//!
//! The wasm module starts nothing by itself: the page's loader (written by
//! `scripts/postbuild.mjs`, the same as the assessment page's) calls [`start_page`].

mod browser;
mod components;
mod files;
mod i18n;
mod state;

use components::app::App;
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Shows the team view in the page's `#app` element.
#[wasm_bindgen]
pub fn start_page() {
    let Some(root) = gloo_utils::document().get_element_by_id("app") else {
        return;
    };
    // A prerendered first screen, if any, makes way in this same task: nothing flashes.
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
