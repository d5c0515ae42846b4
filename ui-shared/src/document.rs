//! The page's language: which one to start in, and keeping `<html lang>` and the title in step
//! with the interface. Each function degrades quietly when `window` or `document` is missing.

use assessment_core::Lang;

/// The language to start in: the `lang` URL parameter, then the page's `lang` attribute, then
/// the browser's languages, then French.
pub fn initial_lang() -> Lang {
    url_lang()
        .or_else(page_lang)
        .or_else(browser_lang)
        .unwrap_or_default()
}

fn url_lang() -> Option<Lang> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, value)| Lang::from_tag(value))
}

fn page_lang() -> Option<Lang> {
    let root = web_sys::window()?.document()?.document_element()?;
    Lang::from_tag(&root.get_attribute("lang")?)
}

fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    let preferred = navigator.languages();
    preferred
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
}

/// Keeps the page's `lang` and title in step with the interface, for screen readers and
/// the window title.
pub fn set_document_lang(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        // Failing to set an attribute only loses a hint; nothing to recover.
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}
