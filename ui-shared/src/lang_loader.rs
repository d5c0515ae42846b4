//! Brings a language's words into the page when it is needed. Only the default language is
//! compiled into the wasm; another one comes from, in this order:
//! - an inert data block `<script type="application/json" id="pi-i18n-<code>">` of the page
//!   (the single file, opened from disk where nothing can be fetched, carries every language
//!   this way; a data block is never executed, so the strict CSP holds);
//! - `i18n/<code>.json` next to the widget's page, fetched from the widget's own origin.

use assessment_core::i18n::{is_available, load_json};
use assessment_core::Lang;
use gloo_utils::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a language could not be brought in (logged nowhere: the page says it in a sentence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadFailed;

/// Makes the words of `lang` available: at once when they are compiled in or already loaded,
/// else from the page's data block or `{base}i18n/<code>.json` (`base` is the widget's folder,
/// `""` for the page itself, `"../"` for the team view).
pub async fn ensure_language(lang: Lang, base: &str) -> Result<(), LoadFailed> {
    if is_available(lang) {
        return Ok(());
    }
    let text = match inline_block(lang) {
        Some(text) => text,
        None => fetch_text(&format!("{base}i18n/{}.json", lang.code())).await?,
    };
    load_json(lang, &text).map_err(|_| LoadFailed)
}

/// The text of the single file's data block for `lang`, once its loader has inflated it.
fn inline_block(lang: Lang) -> Option<String> {
    let block = document().get_element_by_id(&format!("pi-i18n-{}", lang.code()))?;
    if block.has_attribute("data-gzip") {
        return None;
    }
    block.text_content()
}

async fn fetch_text(url: &str) -> Result<String, LoadFailed> {
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| LoadFailed)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| LoadFailed)?;
    if !response.ok() {
        return Err(LoadFailed);
    }
    let text = response.text().map_err(|_| LoadFailed)?;
    JsFuture::from(text)
        .await
        .map_err(|_| LoadFailed)?
        .as_string()
        .ok_or(LoadFailed)
}

/// The folder of a page address, without its query and fragment: where `i18n/` sits next to
/// the widget's page (`""` when the address is unknown, which resolves against the document).
pub fn folder_of(page: &str) -> String {
    let page = page.split(['#', '?']).next().unwrap_or_default();
    page.rfind('/')
        .map_or_else(String::new, |slash| page[..=slash].to_string())
}

/// A language change that waits for the words: returns where the change stands and the
/// callback the switch calls. A language already there is applied at once (`apply`); another
/// one is fetched first, with [`LangLoad::Loading`] meanwhile, and applied once it is there, or
/// [`LangLoad::Failed`] and nothing applied. `current`, the language shown, is fetched too
/// when it is not there yet (a saved or asked-for language at start-up): the page shows the
/// default language's words until it arrives.
#[yew::hook]
pub fn use_lang_loader(
    current: Lang,
    base: String,
    apply: yew::Callback<Lang>,
) -> (crate::lang_switch::LangLoad, yew::Callback<Lang>) {
    use crate::lang_switch::LangLoad;
    use yew::prelude::*;
    let load = use_state(LangLoad::default);
    // Bumped when a start-up language arrives, so that the page renders again in it.
    let arrived = use_state(|| 0u32);
    use_effect_with(current, {
        let load = load.clone();
        let arrived = arrived.clone();
        let base = base.clone();
        move |current: &Lang| {
            let current = *current;
            if !is_available(current) {
                wasm_bindgen_futures::spawn_local(async move {
                    match ensure_language(current, &base).await {
                        Ok(()) => arrived.set(*arrived + 1),
                        Err(LoadFailed) => load.set(LangLoad::Failed(current)),
                    }
                });
            }
        }
    });
    let request = {
        let load = load.clone();
        Callback::from(move |lang: Lang| {
            if is_available(lang) {
                load.set(LangLoad::Idle);
                apply.emit(lang);
                return;
            }
            load.set(LangLoad::Loading(lang));
            let load = load.clone();
            let apply = apply.clone();
            let base = base.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match ensure_language(lang, &base).await {
                    Ok(()) => {
                        load.set(LangLoad::Idle);
                        apply.emit(lang);
                    }
                    Err(LoadFailed) => load.set(LangLoad::Failed(lang)),
                }
            });
        })
    };
    (*load, request)
}
