//! The course's two reflective prompts, with room for the team's notes.

use crate::components::heading::Heading;
use crate::i18n::texts;
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
                    html! {
                        <div class="reflection__prompt">
                            <label for={id.clone()}>{ prompt }</label>
                            <textarea id={id} rows="3" value={props.notes[which].clone()} {oninput} />
                        </div>
                    }
                }}
            }
        </div>
    }
}
