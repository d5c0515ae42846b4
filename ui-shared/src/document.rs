//! The page's address and language: which language to start in, and keeping `<html lang>` and
//! the title in step with the interface. Each function degrades quietly when an element or a
//! value is missing.

use assessment_core::embed::QueryParams;
use assessment_core::Lang;
use gloo_utils::{document, window};

/// The page's query string, with its `?` (empty when there is none). Read it with
/// [`QueryParams`], the one parser of every page's parameters.
pub fn location_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The language to start in: the `lang` URL parameter, then the page's `lang` attribute, then
/// the browser's languages, then French.
pub fn initial_lang() -> Lang {
    url_lang()
        .or_else(page_lang)
        .or_else(browser_lang)
        .unwrap_or_default()
}

fn url_lang() -> Option<Lang> {
    QueryParams::parse(&location_query())
        .get("lang")
        .and_then(Lang::from_tag)
}

/// The page's own `<html lang>`, unless it is the widget's static default: the widget's pages
/// say `lang="fr"` before the wasm runs (`data-pi-lang-default`), which must not hide the
/// browser's languages; a host page's `lang` counts.
fn page_lang() -> Option<Lang> {
    let root = document().document_element()?;
    if root.has_attribute("data-pi-lang-default") {
        return None;
    }
    Lang::from_tag(&root.get_attribute("lang")?)
}

fn browser_lang() -> Option<Lang> {
    let navigator = window().navigator();
    let preferred = navigator.languages();
    preferred
        .iter()
        .filter_map(|tag| tag.as_string())
        .chain(navigator.language())
        .find_map(|tag| Lang::from_tag(&tag))
}

/// Keeps the page's `lang`, `dir` and title in step with the interface, for screen readers,
/// text layout and the window title.
pub fn set_document_lang(lang: Lang, title: &str) {
    let document = document();
    if let Some(root) = document.document_element() {
        // Failing to set an attribute only loses a hint; nothing to recover.
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
    }
    document.set_title(title);
    // The page's description in each language rides on its own element (`data-fr`, `data-en`,
    // written in the page's HTML): search engines and link previews read it in the page's
    // language.
    if let Ok(Some(meta)) = document.query_selector(r#"meta[name="description"]"#) {
        if let Some(text) = meta.get_attribute(&format!("data-{}", lang.code())) {
            let _ = meta.set_attribute("content", &text);
        }
    }
}
