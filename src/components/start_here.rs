//! The top three fixes overall: a short list to act on first.

use crate::components::heading::Heading;
use crate::components::results_body::Outcome;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

pub struct StartHereProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub outcome: Rc<Outcome>,
}

pub fn start_here(props: &StartHereProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let top = props.outcome.recommendations.start_here();
    html! {
        <div class="start-here callout">
            <Heading level={3} class="callout__title">{ t.start_here_title }</Heading>
            if top.is_empty() {
                <p>{ t.start_here_empty }</p>
            } else {
                <p>{ t.start_here_lead }</p>
                <ol class="start-here__list">
                    for recommendation in top.iter() {
                        {{
                            let fix = props.bank.fix(recommendation.fix);
                            let problem = props
                                .bank
                                .problems
                                .get(recommendation.fix.problem)
                                .map(|p| p.label.get(lang).to_string())
                                .unwrap_or_default();
                            html! {
                                <li data-fix={fix.id.clone()}>
                                    <strong>{ fix.title.get(lang).to_string() }</strong>
                                    <span class="start-here__problem">{ " — " }{ problem }</span>
                                    <p>{ fix.detail.get(lang).to_string() }</p>
                                </li>
                            }
                        }}
                    }
                </ol>
            }
        </div>
    }
}
