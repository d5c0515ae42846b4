//! *Problèmes imaginaires*: a self-assessment of the four imaginary problems that hold back
//! public-sector digital teams, running entirely in the browser.
//!
//! The wasm module starts nothing by itself: the page's loader calls [`start_page`], and the
//! `<problemes-imaginaires>` element (embed.js) calls [`mount_element`] for each element. A
//! host page that loads embed.js may well have an element with `id="app"` of its own.

mod browser;
mod clock;
mod components;
mod embedding;
mod files;
mod frame_bridge;
mod hooks;
mod i18n;
mod persistence;
mod state;
mod storage;

use assessment_core::bank_source::BankRequest;
use assessment_core::EmbedOptions;
use components::app::{App, AppProps};
use embedding::{Embedding, Mode, SharedEmbedding};
use std::rc::Rc;
use ui_shared::bank_source::{is_framed, BankSource};
use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

// Talc instead of the default dlmalloc: smaller (about 1.8 KB gzip) and faster in wasm.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Shows the widget in the page's `#app` element: the full page, or the compact iframe page
/// when the address has `?embed=1`, with the bank its address names (`?bank=NAME`), else
/// `config.json`'s default. A trial of the check page's bank (`?trial=1`) is only for the full
/// page, never inside a frame another site may have made.
#[wasm_bindgen]
pub fn start_page() {
    let Some(root) = gloo_utils::document().get_element_by_id("app") else {
        return;
    };
    // The prerendered first screen (scripts/prerender.mjs) makes way for the app: the early-input
    // script swaps them once it has replayed the visitor's clicks (`pi-booting` on the root
    // element); without it, the swap is here, before the browser paints again.
    let booting = gloo_utils::document()
        .document_element()
        .and_then(|html| html.get_attribute("class"))
        .is_some_and(|class| class.split_whitespace().any(|name| name == "pi-booting"));
    if !booting {
        root.set_inner_html("");
    }
    let query = browser::location_query();
    let embedding =
        Embedding::for_page(&query, browser::page_address(), browser::ancestor_origin());
    if embedding.mode == Mode::Frame {
        browser::set_document_theme(embedding.options.theme);
    }
    let trial_allowed = embedding.mode == Mode::Page && !is_framed();
    let request = BankRequest::from_query(&query, trial_allowed);
    render(root, embedding, request);
}

/// Shows a widget in `root`, an element inside a `<problemes-imaginaires>` element's shadow
/// root, with that element's attributes. `key` (the element's id) keeps its saved answers
/// apart from other elements'; `page` is the widget's own page, where share links lead and
/// where `banks/` is; `bank` is the element's `bank` attribute.
#[wasm_bindgen]
pub fn mount_element(
    root: web_sys::Element,
    lang: Option<String>,
    heading: Option<String>,
    key: Option<String>,
    page: String,
    bank: Option<String>,
) {
    let options = EmbedOptions::from_attributes(lang.as_deref(), None, heading.as_deref(), None);
    render(
        root,
        Embedding::for_element(options, key.as_deref().unwrap_or_default(), page),
        BankRequest::from_attribute(bank.as_deref()),
    );
}

fn render(root: web_sys::Element, embedding: Embedding, request: BankRequest) {
    let props = AppProps {
        bank_source: BankSource {
            request,
            folder: embedding.folder.clone(),
        },
        embedding: SharedEmbedding(Rc::new(embedding)),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
