//! "Start again", with a confirmation so that one stray click does not erase the answers.

use crate::i18n::texts;
use assessment_core::{Action, Lang};
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RestartControlProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[component]
pub fn RestartControl(props: &RestartControlProps) -> Html {
    let t = texts(props.lang);
    let asking = use_state(|| false);
    let confirm_button = use_node_ref();
    let restart_button = use_node_ref();
    let first_render = use_mut_ref(|| true);

    // Keep focus on the control that replaced the one just pressed.
    use_effect_with(*asking, {
        let confirm_button = confirm_button.clone();
        let restart_button = restart_button.clone();
        move |asking| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            let target = if *asking {
                &confirm_button
            } else {
                &restart_button
            };
            if let Some(element) = target.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        }
    });

    if *asking {
        let cancel = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(false))
        };
        html! {
            <div class="restart-confirm" role="group" aria-labelledby="pi-restart-question">
                <p id="pi-restart-question">{ t.restart_confirm_text }</p>
                <button
                    type="button"
                    class="button button--danger"
                    data-action="confirm-restart"
                    ref={confirm_button}
                    onclick={props.on_action.reform(|_| Action::Restart)}
                >
                    { t.restart_confirm }
                </button>
                <button type="button" class="button button--secondary" data-action="cancel-restart" onclick={cancel}>
                    { t.restart_cancel }
                </button>
            </div>
        }
    } else {
        let ask = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(true))
        };
        html! {
            <button
                type="button"
                class="button button--secondary"
                data-action="restart"
                ref={restart_button}
                onclick={ask}
            >
                { t.restart }
            </button>
        }
    }
}
