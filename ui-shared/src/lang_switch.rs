//! The language switch. It offers the languages that both the interface (`content/i18n/`) and
//! the bank have; each button is labelled in its own language (`[meta] name`), as people look
//! for their language by its own name. A language that is not loaded yet shows a short
//! loading state while it is fetched; a failure is said in a sentence and the page stays in
//! its language.

use assessment_core::i18n::{languages, LanguageInfo};
use assessment_core::{Bank, Lang};
use yew::prelude::*;

/// Where a language change stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LangLoad {
    /// Nothing under way.
    #[default]
    Idle,
    /// This language's words are being fetched.
    Loading(Lang),
    /// This language could not be loaded.
    Failed(Lang),
}

pub struct LangSwitchProps {
    pub lang: Lang,
    /// The languages to offer ([`offered_languages`]).
    pub offered: Vec<&'static LanguageInfo>,
    /// The group's accessible name, in the current language ("Langue", "Language").
    pub group_label: &'static str,
    /// What a change is doing, with its sentences in the current language.
    pub load: LangLoad,
    pub loading_text: &'static str,
    pub failed_text: &'static str,
    pub on_lang: Callback<Lang>,
}

/// The interface's languages that the bank has too, in the interface's order. The current
/// language is always offered, so the switch never hides where the visitor is.
pub fn offered_languages(bank: &Bank, current: Lang) -> Vec<&'static LanguageInfo> {
    languages()
        .iter()
        .filter(|info| {
            bank.languages.iter().any(|code| code == info.code) || info.code == current.code()
        })
        .collect()
}

pub fn lang_switch(props: &LangSwitchProps) -> Html {
    let busy = matches!(props.load, LangLoad::Loading(_));
    html! {
        <div class="lang-switch" role="group" aria-label={props.group_label} aria-busy={busy.then_some("true")}>
            for info in props.offered.iter().copied() {
                <button
                    type="button"
                    class="lang-switch__button"
                    lang={info.code}
                    dir={info.dir}
                    data-lang={info.code}
                    aria-pressed={if info.code == props.lang.code() { "true" } else { "false" }}
                    onclick={props.on_lang.reform(move |_| info.lang())}
                >
                    { info.name }
                </button>
            }
            if busy {
                <span class="lang-switch__status" role="status">{ props.loading_text }</span>
            }
            if let LangLoad::Failed(_) = props.load {
                <span class="lang-switch__status lang-switch__status--failed" role="alert">{ props.failed_text }</span>
            }
        </div>
    }
}
