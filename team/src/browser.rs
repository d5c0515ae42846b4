//! The few browser facts the team view reads or writes, behind plain functions.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

pub use ui_shared::document::{initial_lang, location_query, set_document_lang};

/// The page's address, to find the widget's folder (`banks/`, `config.json`) one folder up.
pub fn page_address() -> String {
    gloo_utils::window().location().href().unwrap_or_default()
}

/// Today's local date as (year, month 1–12, day), for export file names and headers.
pub fn today() -> (i32, u8, u8) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}

/// Opens the browser's print dialog (the print stylesheet lays the results out).
pub fn print() {
    // Refused only in sandboxed frames; there is nothing else to offer then.
    let _ = gloo_utils::window().print();
}

/// Calls `on_key` for every key pressed anywhere in the page, until the listener is dropped.
/// `on_key` may prevent the key's default action (scrolling): the listener is not passive,
/// which gloo's are by default.
pub fn on_keydown(mut on_key: impl FnMut(&web_sys::KeyboardEvent) + 'static) -> EventListener {
    EventListener::new_with_options(
        &gloo_utils::document(),
        "keydown",
        EventListenerOptions::enable_prevent_default(),
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                on_key(event);
            }
        },
    )
}
