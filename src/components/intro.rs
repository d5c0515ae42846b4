//! What imaginary problems are, how long it takes, and that answers stay here.

use crate::components::footer::{COURSE_URL, SEQUENCE_URL};
use crate::i18n::texts;
use assessment_core::{Action, Lang};
use yew::prelude::*;

pub struct IntroProps {
    pub lang: Lang,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

pub fn intro(props: &IntroProps) -> Html {
    let t = texts(props.lang);
    html! {
        <section class="step intro" data-step="intro" aria-labelledby="pi-intro-title">
            <h2 id="pi-intro-title" tabindex="-1" ref={props.heading.clone()}>{ t.intro_lead }</h2>
            <p>{ t.intro_why }</p>
            <p>{ t.intro_how }</p>
            <p>{ t.intro_duration }</p>
            <p class="notice">{ t.intro_privacy }</p>
            <button
                type="button"
                class="button button--primary"
                data-action="start"
                onclick={props.on_action.reform(|_| Action::Start)}
            >
                { t.start }
            </button>
            <p class="credit">{ t.intro_credit }</p>
            <ul class="credit-links">
                <li>
                    <a href={COURSE_URL} target="_blank" rel="noopener noreferrer">
                        { t.course_link }
                        <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                    </a>
                </li>
                <li>
                    <a href={SEQUENCE_URL} target="_blank" rel="noopener noreferrer">
                        { t.sequence_link }
                        <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                    </a>
                </li>
            </ul>
        </section>
    }
}
