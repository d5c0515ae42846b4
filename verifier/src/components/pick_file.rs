//! Choosing the bank file: a labelled file input (the keyboard's way) inside a drop zone (the
//! mouse's way). Only the first file of a pick or a drop is checked.

use crate::browser::read_bank_file;
use crate::i18n::{fill, texts};
use crate::report::megabytes;
use crate::state::{VerifierAction, MAX_FILE_BYTES};
use assessment_core::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PickFileProps {
    pub lang: Lang,
    pub on_action: Callback<VerifierAction>,
}

#[component]
pub fn PickFile(props: &PickFileProps) -> Html {
    let t = texts(props.lang);
    let dragging = use_state(|| false);

    let pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                if let Some(file) = input.files().and_then(|list| list.get(0)) {
                    read_bank_file(&file, on_action.clone());
                }
                // Picking the same file again (after fixing it) checks it again.
                input.set_value("");
            }
        })
    };
    let drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would open the dropped file instead.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let drop = {
        let dragging = dragging.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let file = event
                .data_transfer()
                .and_then(|data| data.files())
                .and_then(|list| list.get(0));
            if let Some(file) = file {
                read_bank_file(&file, on_action.clone());
            }
        })
    };

    html! {
        <section class="verifier__pick" aria-labelledby="verifier-pick-title">
            <h2 id="verifier-pick-title" class="pi-h2">{ t.pick_title }</h2>
            <div class={classes!("verifier__drop", dragging.then_some("verifier__drop--over"))}
                data-drop-zone="" ondragover={drag_over} ondragleave={drag_leave} ondrop={drop}>
                <div class="field">
                    <label for="verifier-file">{ t.file_label }</label>
                    <input id="verifier-file" type="file" accept=".toml,.json,application/json"
                        data-bank-file="" aria-describedby="verifier-file-hint" onchange={pick} />
                    <p id="verifier-file-hint" class="field__hint">
                        { fill(t.file_hint, &[("max", &megabytes(MAX_FILE_BYTES, props.lang))]) }
                        { " " }{ t.drop_hint }
                    </p>
                </div>
                if *dragging {
                    <p class="verifier__drop-here" aria-hidden="true">{ t.drop_here }</p>
                }
            </div>
        </section>
    }
}
