//! Collecting: a text area for links, codes or whole chat messages; a file input for exported
//! result files; a drop zone for either; the count collected and "clear all".

use crate::components::add_report::{add_report, AddReportProps};
use crate::components::confirm_clear::ConfirmClear;
use crate::files::{read_all, FileText};
use crate::i18n::texts;
use crate::state::{Feedback, TeamAction};
use assessment_core::Lang;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CollectPanelProps {
    pub lang: Lang,
    /// Distinct submissions collected so far.
    pub people: usize,
    pub feedback: Option<Rc<Feedback>>,
    /// The collection was just cleared.
    pub cleared: bool,
    pub on_input: Callback<TeamAction>,
}

/// Hands every file of `list` to `on_input`, the first one starting a new report.
fn add_files(list: &web_sys::FileList, on_input: &Callback<TeamAction>) {
    let first = std::cell::Cell::new(true);
    let on_input = on_input.clone();
    read_all(
        list,
        Callback::from(move |(name, text): FileText| {
            on_input.emit(TeamAction::AddFile {
                first: first.replace(false),
                name,
                text,
            });
        }),
    );
}

#[component]
pub fn CollectPanel(props: &CollectPanelProps) -> Html {
    let t = texts(props.lang);
    let textarea = use_node_ref();
    let dragging = use_state(|| false);

    let add = {
        let textarea = textarea.clone();
        let on_input = props.on_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                let text = area.value();
                // Emptied, so that the next batch is pasted alone (its report then speaks of it).
                area.set_value("");
                on_input.emit(TeamAction::AddText(text));
            }
        })
    };
    let pick = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                if let Some(list) = input.files() {
                    add_files(&list, &on_input);
                }
                // Picking the same files again (after fixing one) reads them again.
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
        let on_input = props.on_input.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let Some(data) = event.data_transfer() else {
                return;
            };
            match data.files() {
                Some(list) if list.length() > 0 => add_files(&list, &on_input),
                _ => {
                    if let Ok(text) = data.get_data("text") {
                        on_input.emit(TeamAction::AddText(text));
                    }
                }
            }
        })
    };

    // The "clear all" control disappears with the codes: focus goes back to the text area.
    let clear = {
        let textarea = textarea.clone();
        let on_input = props.on_input.clone();
        Callback::from(move |()| {
            on_input.emit(TeamAction::Clear);
            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                // Focus only fails on a detached element.
                let _ = area.focus();
            }
        })
    };

    html! {
        <section class="team__collect no-print" aria-labelledby="team-collect-title">
            <h2 id="team-collect-title" class="pi-h2">{ t.collect_title }</h2>
            <div class={classes!("team__drop", dragging.then_some("team__drop--over"))}
                ondragover={drag_over} ondragleave={drag_leave} ondrop={drop}>
                <div class="field">
                    <label for="team-paste">{ t.paste_label }</label>
                    <textarea id="team-paste" rows="6" data-team-input="" ref={textarea}
                        spellcheck="false" autocomplete="off" aria-describedby="team-paste-hint" />
                    <p id="team-paste-hint" class="field__hint">{ t.paste_hint }</p>
                    <p class="field__hint" data-not-authenticated="">{ t.not_authenticated }</p>
                </div>
                <button type="button" class="button button--primary" data-action="add-codes" onclick={add}>
                    { t.add }
                </button>
                <div class="field">
                    <label for="team-files">{ t.files_label }</label>
                    <input id="team-files" type="file" multiple=true accept=".json,application/json"
                        data-team-files="" aria-describedby="team-files-hint" onchange={pick} />
                    <p id="team-files-hint" class="field__hint">{ t.files_hint }{ " " }{ t.drop_zone }</p>
                </div>
            </div>
            { add_report(&AddReportProps { lang: props.lang, feedback: props.feedback.clone(), cleared: props.cleared }) }
            <p class="team__people">
                { t.collected }{ t.colon }
                <strong data-people={props.people.to_string()}>{ props.people }</strong>
            </p>
            if props.people > 0 {
                <ConfirmClear lang={props.lang} on_confirm={clear} />
            }
        </section>
    }
}
