//! One fix, collapsed by default: what to do, why it was suggested, and its source.

use crate::i18n::{answered_with, texts};
use crate::state::SharedBank;
use assessment_core::{FixRef, Lang, Trigger};
use yew::prelude::*;

pub struct FixCardProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub fix: FixRef,
    /// The answers that triggered it; empty for the course's other ideas.
    pub triggers: Vec<Trigger>,
}

pub fn fix_card(props: &FixCardProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let fix = props.bank.fix(props.fix);
    html! {
        <details class="fix" data-fix={fix.id.clone()}>
            <summary class="fix__title">{ fix.title.get(lang).to_string() }</summary>
            <div class="fix__body">
                <p>{ fix.detail.get(lang).to_string() }</p>
                if !props.triggers.is_empty() {
                    <p class="fix__why">{ t.why_suggested }</p>
                    <ul class="fix__reasons">
                        for trigger in props.triggers.iter() {
                            if let Some(question) = props.bank.question(trigger.question) {
                                <li>
                                    { answered_with(lang, trigger.answer) }{ " " }
                                    <q>{ question.text.get(lang).to_string() }</q>
                                </li>
                            }
                        }
                    </ul>
                }
                <p class="fix__source">
                    { t.source }{ " " }
                    <a href={fix.url.clone()} target="_blank" rel="noopener noreferrer">
                        { fix.source.get(lang).to_string() }
                        <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                    </a>
                </p>
            </div>
        </details>
    }
}
