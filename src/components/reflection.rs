//! The course's two reflective prompts, with room for the team's notes.

use crate::components::heading::Heading;
use crate::i18n::texts;
use assessment_core::text_limits::{full_message, is_full, MAX_NOTE_CHARS};
use assessment_core::{Action, Lang};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

pub struct ReflectionProps {
    pub lang: Lang,
    pub notes: [String; 2],
    pub on_action: Callback<Action>,
}

pub fn reflection(props: &ReflectionProps) -> Html {
    let t = texts(props.lang);
    let prompts = [t.reflect_worst, t.reflect_action];
    html! {
        <div class="reflection">
            <Heading level={3}>{ t.reflect_title }</Heading>
            <p>{ t.reflect_lead }</p>
            for (which, prompt) in prompts.into_iter().enumerate() {
                {{
                    let id = format!("pi-note-{which}");
                    let oninput = props.on_action.reform(move |event: InputEvent| Action::Note {
                        which,
                        text: event
                            .target_dyn_into::<HtmlTextAreaElement>()
                            .map(|area| area.value())
                            .unwrap_or_default(),
                    });
                    let note = &props.notes[which];
                    let limit_id = format!("{id}-limit");
                    html! {
                        <div class="reflection__prompt">
                            <label for={id.clone()}>{ prompt }</label>
                            <textarea id={id} rows="3" maxlength={MAX_NOTE_CHARS.to_string()}
                                aria-describedby={limit_id.clone()} value={note.clone()} {oninput} />
                            { limit_status(&limit_id, note, MAX_NOTE_CHARS, props.lang) }
                        </div>
                    }
                }}
            }
        </div>
    }
}

/// A polite status under a free-text field: empty until the field is full, then a sentence
/// saying so. The region is always there, so that screen readers hear the sentence arrive.
pub fn limit_status(id: &str, text: &str, limit: usize, lang: Lang) -> Html {
    let full = is_full(text, limit);
    html! {
        <p id={id.to_string()} class="field__status" role="status" data-limit-status={full.then_some("full")}>
            if full { { full_message(limit, lang) } }
        </p>
    }
}
