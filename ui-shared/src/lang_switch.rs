//! FR / EN switch. Each button is labelled in its own language, as people look for their
//! language by its own name.

use assessment_core::Lang;
use yew::prelude::*;

pub struct LangSwitchProps {
    pub lang: Lang,
    /// The group's accessible name, in the current language ("Langue", "Language").
    pub group_label: &'static str,
    pub on_lang: Callback<Lang>,
}

fn own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "Français",
        Lang::En => "English",
    }
}

pub fn lang_switch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={props.group_label}>
            for choice in Lang::ALL {
                <button
                    type="button"
                    class="lang-switch__button"
                    lang={choice.code()}
                    data-lang={choice.code()}
                    aria-pressed={if choice == props.lang { "true" } else { "false" }}
                    onclick={props.on_lang.reform(move |_| choice)}
                >
                    { own_name(choice) }
                </button>
            }
        </div>
    }
}
