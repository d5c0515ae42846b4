//! The overall profile in a few sentences.

use crate::components::heading::Heading;
use crate::components::results_body::Outcome;
use crate::i18n::{band_label, blind_spots, format_score, texts, unanswered_total};
use crate::state::SharedBank;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

pub struct OverallSummaryProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub outcome: Rc<Outcome>,
}

pub fn overall_summary(props: &OverallSummaryProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let overall = &props.outcome.assessment.overall;
    let band = overall.band();
    let most_present: Vec<String> = overall
        .most_present
        .iter()
        .filter_map(|&at| props.bank.problems.get(at))
        .map(|problem| problem.label.get(lang).to_string())
        .collect();
    html! {
        <div
            class="overall"
            data-overall=""
            data-score={overall.score.map(|s| s.format('.')).unwrap_or_default()}
            data-band={band.map_or("none", |b| b.key())}
        >
            <Heading level={3} class="overall__title">{ t.overall_title }</Heading>
            <p class="overall__score">
                if let Some(score) = overall.score {
                    <strong>{ format_score(lang, score) }{ " " }{ t.out_of_ten }</strong>{ " " }
                }
                <span class={classes!("badge", format!("badge--{}", band.map_or("none", |b| b.key())))}>
                    { band_label(lang, band) }
                </span>
            </p>
            if most_present.is_empty() {
                <p>{ t.nothing_stands_out }</p>
            } else {
                <p>{ t.most_present }{ " " }<strong>{ most_present.join(t.list_separator) }</strong></p>
            }
            if overall.blind_spots > 0 {
                <p>{ blind_spots(lang, overall.blind_spots) }</p>
            }
            if overall.unanswered > 0 {
                <p>{ unanswered_total(lang, overall.unanswered) }</p>
            }
        </div>
    }
}
