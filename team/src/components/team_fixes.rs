//! The team's fixes, ordered like one person's but from the team's median answers; each one
//! collapsed, with the median answers behind it and its source (as the assessment page's
//! fix cards show them).

use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::team_words;
use assessment_core::{answer_label, Lang, Recommendations};
use yew::prelude::*;

pub struct TeamFixesProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
}

pub fn team_fixes(props: &TeamFixesProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let w = team_words(lang);
    let bank = &props.bank;
    let fixes = &props.result.fixes.ordered;
    html! {
        <section class="team__fixes" aria-labelledby="team-fixes-title">
            <h3 id="team-fixes-title" class="pi-h3">{ w.fixes }</h3>
            <p>{ t.fixes_lead }</p>
            if fixes.is_empty() {
                <p>{ t.fixes_none }</p>
            } else {
                <ol class="team__fix-list">
                    for (at, recommendation) in fixes.iter().enumerate() {
                        {{
                            let fix = bank.fix(recommendation.fix);
                            html! {
                                <li data-team-fix={fix.id.clone()}>
                                    <details class="fix">
                                        <summary class="fix__title">
                                            { fix.title.get(lang).to_string() }
                                            if at < Recommendations::START_HERE {
                                                { " " }<span class="badge badge--watch">{ t.start_here }</span>
                                            }
                                        </summary>
                                        <div class="fix__body">
                                            <p>{ fix.detail.get(lang).to_string() }</p>
                                            <p class="fix__why">{ t.why_suggested }</p>
                                            <ul class="fix__reasons">
                                                for trigger in recommendation.triggers.iter() {
                                                    if let Some(question) = bank.question(trigger.question) {
                                                        <li>
                                                            { answer_label(lang, trigger.answer) }{ " " }{ t.median_answer_is }{ " " }
                                                            <q>{ question.text.get(lang).to_string() }</q>
                                                        </li>
                                                    }
                                                }
                                            </ul>
                                            <p class="fix__source">
                                                { t.source }{ " " }
                                                <a href={fix.url.clone()} target="_blank" rel="noopener noreferrer">
                                                    { fix.source.get(lang).to_string() }
                                                    <span class="visually-hidden">{ " " }{ t.opens_new_window }</span>
                                                </a>
                                            </p>
                                        </div>
                                    </details>
                                </li>
                            }
                        }}
                    }
                </ol>
            }
        </section>
    }
}
