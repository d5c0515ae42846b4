//! The few browser facts the team view reads or writes, behind plain functions that degrade
//! quietly when `window` or `document` is missing.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub use ui_shared::document::{initial_lang, set_document_lang};

/// A high-resolution timestamp in milliseconds, for the timings the benchmark reads.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
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
    if let Some(window) = web_sys::window() {
        // Refused only in sandboxed frames; there is nothing else to offer then.
        let _ = window.print();
    }
}

/// Runs `done` at the next animation frame, i.e. once the browser has laid out and painted
/// what was just committed: how render time is measured.
pub fn next_frame(done: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(done);
    // Refused only without a document; then no timing is recorded.
    let _ = window.request_animation_frame(callback.unchecked_ref());
}

/// A `keydown` listener on the document, removed when dropped.
pub struct KeyListener {
    closure: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            let _ = document.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Calls `on_key` for every key pressed anywhere in the page, until the result is dropped.
pub fn on_keydown(on_key: impl FnMut(web_sys::KeyboardEvent) + 'static) -> Option<KeyListener> {
    let document = web_sys::window()?.document()?;
    let closure = Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(on_key);
    document
        .add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(KeyListener { closure })
}
