//! *Problèmes imaginaires*: a self-assessment of the four imaginary problems that hold back
//! public-sector digital teams, running entirely in the browser.

mod browser;
mod clock;
mod components;
mod download;
mod files;
mod hooks;
mod i18n;
mod persistence;
mod state;
mod storage;

use components::app::App;

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
