//! A button for an action that cannot be undone ("start again", "delete my answers"): it asks
//! for confirmation in place, moves focus to the confirming button, and can say when it is done.

use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmActionProps {
    /// `data-action` of the first button; the others get `confirm-…` and `cancel-…`.
    pub action: AttrValue,
    pub label: AttrValue,
    pub question: AttrValue,
    pub confirm_label: AttrValue,
    pub cancel_label: AttrValue,
    /// Said in a status region once confirmed; empty for nothing.
    #[prop_or_default]
    pub done_message: AttrValue,
    /// Classes of the first button.
    pub class: AttrValue,
    /// The question's id, for a control repeated in a list (default: from `action`).
    #[prop_or_default]
    pub question_id: Option<AttrValue>,
    pub on_confirm: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Idle,
    Asking,
    Done,
}

#[component]
pub fn ConfirmAction(props: &ConfirmActionProps) -> Html {
    let stage = use_state(|| Stage::Idle);
    let confirm_button = use_node_ref();
    let first_button = use_node_ref();
    let first_render = use_mut_ref(|| true);

    // Keep focus on the control that replaced the one just pressed.
    use_effect_with(*stage, {
        let confirm_button = confirm_button.clone();
        let first_button = first_button.clone();
        move |stage| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            let target = if *stage == Stage::Asking {
                &confirm_button
            } else {
                &first_button
            };
            if let Some(element) = target.cast::<HtmlElement>() {
                // Focus only fails on a detached element, e.g. after leaving the screen.
                let _ = element.focus();
            }
        }
    });

    let go = |next: Stage| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(next))
    };
    let confirm = {
        let stage = stage.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_: MouseEvent| {
            stage.set(Stage::Done);
            on_confirm.emit(());
        })
    };
    let question_id = props.question_id.as_ref().map_or_else(
        || format!("pi-{}-question", props.action),
        |id| id.to_string(),
    );

    html! {
        <div class="confirm-action">
            if *stage == Stage::Asking {
                <div class="restart-confirm" role="group" aria-labelledby={question_id.clone()}>
                    <p id={question_id}>{ props.question.clone() }</p>
                    <button type="button" class="button button--danger"
                        data-action={format!("confirm-{}", props.action)}
                        ref={confirm_button} onclick={confirm}>
                        { props.confirm_label.clone() }
                    </button>
                    <button type="button" class="button button--secondary"
                        data-action={format!("cancel-{}", props.action)} onclick={go(Stage::Idle)}>
                        { props.cancel_label.clone() }
                    </button>
                </div>
            } else {
                <button type="button" class={props.class.clone()} data-action={props.action.clone()}
                    ref={first_button} onclick={go(Stage::Asking)}>
                    { props.label.clone() }
                </button>
            }
            <p role="status" class="confirm-action__status">
                if *stage == Stage::Done { { props.done_message.clone() } }
            </p>
        </div>
    }
}
