//! The few browser facts the app reads or writes, behind plain functions. Each one degrades
//! quietly: a missing `window` or `document` (unusual hosts, tests) changes nothing.

use assessment_core::Theme;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub use ui_shared::document::{initial_lang, set_document_lang};

/// The page's query string, with its `?` (empty when there is none).
pub fn location_query() -> String {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .unwrap_or_default()
}

/// Applies a host's colour theme to the whole document (`data-theme` on `<html>`, read by the
/// stylesheet); `auto` leaves it to the device.
pub fn set_document_theme(theme: Theme) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let (Some(root), Theme::Light | Theme::Dark) = (root, theme) {
        // Failing to set an attribute only loses the theme; the device's one applies.
        let _ = root.set_attribute("data-theme", theme.key());
    }
}

/// The page's fragment without its `#`, if any.
pub fn location_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let fragment = hash.trim_start_matches('#');
    (!fragment.is_empty()).then(|| fragment.to_string())
}

/// The page's address without its fragment: the base of share links.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| match href.split_once('#') {
            Some((base, _)) => base.to_string(),
            None => href,
        })
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without reloading, so that a reload after
/// leaving a shared result shows the person's own assessment.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        // Refused only in sandboxed frames; the fragment then simply stays.
        let _ =
            history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Copies `text` to the clipboard and reports whether it worked. Clipboard access is missing
/// on some intranet browsers and in non-secure pages; the caller then asks for Ctrl+C.
pub fn copy_text(text: &str, done: yew::Callback<bool>) {
    let Some(window) = web_sys::window() else {
        done.emit(false);
        return;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    let on_success = done.clone();
    let resolved = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| on_success.emit(true));
    let rejected = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| done.emit(false));
    let _ = promise.then2(&resolved, &rejected);
    // The promise calls one of them later; they are a few bytes, released with the page.
    resolved.forget();
    rejected.forget();
}

/// Opens the browser's print dialog.
#[cfg(feature = "keep-tools")]
pub fn print() {
    if let Some(window) = web_sys::window() {
        // Refused only in sandboxed frames without allow-modals; nothing else to do then.
        let _ = window.print();
    }
}

/// Calls `on_change` whenever the page's fragment changes without a reload, e.g. when a share
/// link is pasted into the address bar of a tab already showing the app. The returned guard
/// stops listening when dropped.
pub fn on_fragment_change(on_change: yew::Callback<()>) -> Option<FragmentListener> {
    let window = web_sys::window()?;
    let closure = Closure::<dyn FnMut()>::new(move || on_change.emit(()));
    window
        .add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(FragmentListener { window, closure })
}

/// Keeps a `hashchange` listener alive; removes it when dropped.
pub struct FragmentListener {
    window: web_sys::Window,
    closure: Closure<dyn FnMut()>,
}

impl Drop for FragmentListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "hashchange",
            self.closure.as_ref().unchecked_ref(),
        );
    }
}
