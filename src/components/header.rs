//! The app's title bar with the language switch; embedded, the language switch alone.

use crate::i18n::texts;
use assessment_core::i18n::LanguageInfo;
use assessment_core::Lang;
use ui_shared::lang_switch::{lang_switch, LangLoad, LangSwitchProps};
use yew::prelude::*;

pub struct HeaderProps {
    pub lang: Lang,
    /// Embedded, the host page has its own title: only the language switch remains.
    pub show_title: bool,
    /// The languages the switch offers (the interface's and the bank's).
    pub offered: Vec<&'static LanguageInfo>,
    /// Where a language change stands.
    pub load: LangLoad,
    /// Asks for a language: applied once its words are there.
    pub on_lang: Callback<Lang>,
}

pub fn header(props: &HeaderProps) -> Html {
    html! {
        // Embedded, it is a bar in someone else's page, not the page's banner landmark.
        <@{if props.show_title { "header" } else { "div" }}
            class={classes!("pi-header", (!props.show_title).then_some("pi-header--compact"))}>
            if props.show_title {
                <h1 class="pi-header__title">{ texts(props.lang).app_title }</h1>
            }
            { lang_switch(&LangSwitchProps {
                lang: props.lang,
                offered: props.offered.clone(),
                group_label: texts(props.lang).language_group,
                load: props.load,
                loading_text: texts(props.lang).loading_language,
                failed_text: texts(props.lang).language_failed,
                on_lang: props.on_lang.clone(),
            }) }
        </@>
    }
}
