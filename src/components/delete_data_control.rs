//! "Delete my answers on this device", with a confirmation and a sentence once done.

use crate::i18n::texts;
use assessment_core::Lang;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeleteDataControlProps {
    pub lang: Lang,
    pub on_confirm: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Idle,
    Asking,
    Done,
}

#[component]
pub fn DeleteDataControl(props: &DeleteDataControlProps) -> Html {
    let t = texts(props.lang);
    let stage = use_state(|| Stage::Idle);
    let confirm_button = use_node_ref();

    use_effect_with(*stage, {
        let confirm_button = confirm_button.clone();
        move |stage| {
            if *stage == Stage::Asking {
                if let Some(button) = confirm_button.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
    });

    let set = |next: Stage| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(next))
    };
    let confirm = {
        let stage = stage.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_: MouseEvent| {
            on_confirm.emit(());
            stage.set(Stage::Done);
        })
    };

    html! {
        <div class="delete-data">
            if *stage == Stage::Asking {
                <div class="restart-confirm" role="group" aria-labelledby="pi-delete-question">
                    <p id="pi-delete-question">{ t.delete_data_confirm_text }</p>
                    <button type="button" class="button button--danger" data-action="confirm-delete-data"
                        ref={confirm_button} onclick={confirm}>
                        { t.delete_data_confirm }
                    </button>
                    <button type="button" class="button button--secondary" data-action="cancel-delete-data"
                        onclick={set(Stage::Idle)}>
                        { t.restart_cancel }
                    </button>
                </div>
            } else {
                <button type="button" class="link-button" data-action="delete-data" onclick={set(Stage::Asking)}>
                    { t.delete_data }
                </button>
            }
            <p role="status" class="delete-data__status">
                if *stage == Stage::Done { { t.delete_data_done } }
            </p>
        </div>
    }
}
