//! "Clear all" asks for confirmation in place and keeps focus on the control that replaced the
//! one just pressed (the same pattern as the assessment page's confirmations).

use crate::i18n::texts;
use assessment_core::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmClearProps {
    pub lang: Lang,
    pub on_confirm: Callback<()>,
}

#[component]
pub fn ConfirmClear(props: &ConfirmClearProps) -> Html {
    let t = texts(props.lang);
    let asking = use_state(|| false);
    let confirm_button = use_node_ref();
    let first_button = use_node_ref();
    let first_render = use_mut_ref(|| true);

    use_effect_with(*asking, {
        let confirm_button = confirm_button.clone();
        let first_button = first_button.clone();
        move |asking| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            let target = if *asking {
                &confirm_button
            } else {
                &first_button
            };
            if let Some(element) = target.cast::<HtmlElement>() {
                // Focus only fails on a detached element.
                let _ = element.focus();
            }
        }
    });

    let set = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    let confirm = {
        let asking = asking.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            on_confirm.emit(());
        })
    };

    html! {
        if *asking {
            <div class="restart-confirm" role="group" aria-labelledby="team-clear-question">
                <p id="team-clear-question">{ t.clear_all_question }</p>
                <button type="button" class="button button--danger" data-action="confirm-clear-all"
                    ref={confirm_button} onclick={confirm}>{ t.clear_all_confirm }</button>
                <button type="button" class="button button--secondary" data-action="cancel-clear-all"
                    onclick={set(false)}>{ t.clear_all_cancel }</button>
            </div>
        } else {
            <button type="button" class="button button--secondary" data-action="clear-all"
                ref={first_button} onclick={set(true)}>{ t.clear_all }</button>
        }
    }
}
