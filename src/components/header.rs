//! The app's title bar with the language switch; embedded, the language switch alone.

use crate::i18n::texts;
use assessment_core::{Action, Lang};
use ui_shared::lang_switch::{lang_switch, LangSwitchProps};
use yew::prelude::*;

pub struct HeaderProps {
    pub lang: Lang,
    /// Embedded, the host page has its own title: only the language switch remains.
    pub show_title: bool,
    pub on_action: Callback<Action>,
}

pub fn header(props: &HeaderProps) -> Html {
    html! {
        // Embedded, it is a bar in someone else's page, not the page's banner landmark.
        <@{if props.show_title { "header" } else { "div" }}
            class={classes!("pi-header", (!props.show_title).then_some("pi-header--compact"))}>
            if props.show_title {
                <h1 class="pi-header__title">{ texts(props.lang).app_title }</h1>
            }
            { lang_switch(&LangSwitchProps { lang: props.lang, group_label: texts(props.lang).language_group, on_lang: props.on_action.reform(Action::SetLang) }) }
        </@>
    }
}
