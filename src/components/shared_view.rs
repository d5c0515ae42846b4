//! Results someone shared through a link, read-only, with "take it myself" and "compare with
//! mine". The visitor's own stored answers are never touched here.

use crate::clock;
use crate::components::comparison_view::ComparisonView;
use crate::components::heading::Heading;
use crate::components::results_body::ResultsBody;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::{AnswerCode, Date, HistoryEntry, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharedViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub shared: Rc<AnswerCode>,
    /// The visitor's latest own results, if any.
    pub own: Option<HistoryEntry>,
    pub heading: NodeRef,
    pub on_take_it: Callback<()>,
}

#[component]
pub fn SharedView(props: &SharedViewProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let comparing = use_state(|| false);
    let toggle_compare = {
        let comparing = comparing.clone();
        Callback::from(move |_: MouseEvent| comparing.set(!*comparing))
    };
    let shared_entry = || {
        let (year, month, day) = clock::today();
        HistoryEntry {
            date: Date::new(year, month, day).unwrap_or(Date::MIN),
            nonce: props.shared.nonce,
            answers: props.shared.answers.clone(),
        }
    };

    html! {
        <section class="step shared" data-step="shared">
            <Heading level={2} focus={props.heading.clone()}>{ t.shared_title }</Heading>
            <p class="notice">{ t.shared_lead }</p>
            <div class="step__nav step__nav--start">
                <button type="button" class="button button--primary" data-action="take-it"
                    onclick={props.on_take_it.reform(|_| ())}>
                    { t.take_it }
                </button>
                <button type="button" class="button button--secondary" data-action="compare-mine"
                    aria-expanded={if *comparing { "true" } else { "false" }} onclick={toggle_compare}>
                    { t.compare_mine }
                </button>
            </div>
            if *comparing {
                <div class="compare-mine" data-section="compare-mine">
                    if let Some(own) = &props.own {
                        <ComparisonView
                            bank={props.bank.clone()}
                            {lang}
                            older={own.clone()}
                            newer={shared_entry()}
                            older_label={t.compare_mine_label}
                            newer_label={t.compare_shared_label}
                        />
                    } else {
                        <p>{ t.compare_none }</p>
                    }
                </div>
            }
            <ResultsBody bank={props.bank.clone()} {lang} answers={props.shared.answers.clone()} />
        </section>
    }
}
