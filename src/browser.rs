//! The few browser facts the app reads or writes, behind plain functions. Each one degrades
//! quietly: a missing element, a refused call or a missing API changes nothing but itself.

use assessment_core::Theme;
use gloo_events::EventListener;
use gloo_utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

pub use ui_shared::document::{initial_lang, location_query, set_document_lang};

/// Applies a host's colour theme to the whole document (`data-theme` on `<html>`, read by the
/// stylesheet); `auto` leaves it to the device.
pub fn set_document_theme(theme: Theme) {
    if let (Some(root), Theme::Light | Theme::Dark) = (document().document_element(), theme) {
        // Failing to set an attribute only loses the theme; the device's one applies.
        let _ = root.set_attribute("data-theme", theme.key());
    }
}

/// The page's fragment without its `#`, if any.
pub fn location_fragment() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let fragment = hash.trim_start_matches('#');
    (!fragment.is_empty()).then(|| fragment.to_string())
}

/// The page's address without its fragment: the base of share links.
pub fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// The origin of the page that frames this one, as the browser records it
/// (`location.ancestorOrigins[0]`, in Chromium and Safari; Firefox has none), or `None`.
/// Read through `Reflect` because the property is missing in some browsers.
pub fn ancestor_origin() -> Option<String> {
    let location = window().location();
    let list = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    if list.is_undefined() || list.is_null() {
        return None;
    }
    js_sys::Reflect::get(&list, &"0".into()).ok()?.as_string()
}

/// Removes the fragment from the address bar without reloading, so that a reload after
/// leaving a shared result shows the person's own assessment.
pub fn clear_fragment() {
    let window = window();
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
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|value| !value.is_undefined() && !value.is_null());
    if !has_clipboard {
        done.emit(false);
        return;
    }
    let written = JsFuture::from(navigator.clipboard().write_text(text));
    yew::platform::spawn_local(async move { done.emit(written.await.is_ok()) });
}

/// Opens the browser's print dialog.
pub fn print() {
    // Refused only in sandboxed frames without allow-modals; nothing else to do then.
    let _ = window().print();
}

/// Calls `on_change` whenever the page's fragment changes without a reload, e.g. when a share
/// link is pasted into the address bar of a tab already showing the app. Listens until the
/// returned listener is dropped.
pub fn on_fragment_change(on_change: yew::Callback<()>) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| on_change.emit(()))
}

/// Moves focus to the element with this id, if there is one that can take it.
pub fn focus_by_id(id: &str) {
    if let Some(element) = gloo_utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Focus only fails on a detached element; nothing to do then.
        let _ = element.focus();
    }
}
