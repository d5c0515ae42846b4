//! The app's title bar with the language switch.

use crate::components::lang_switch::{lang_switch, LangSwitchProps};
use crate::i18n::texts;
use assessment_core::{Action, Lang};
use yew::prelude::*;

pub struct HeaderProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

pub fn header(props: &HeaderProps) -> Html {
    html! {
        <header class="pi-header">
            <h1 class="pi-header__title">{ texts(props.lang).app_title }</h1>
            { lang_switch(&LangSwitchProps { lang: props.lang, on_action: props.on_action.clone() }) }
        </header>
    }
}
