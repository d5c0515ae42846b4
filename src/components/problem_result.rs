//! One problem's result: score and band in words, blind spots, the key lesson, the course's
//! story and the prioritised fixes. Carries the stable `data-*` hooks used by automated checks.

use crate::components::fix_card::{fix_card, FixCardProps};
use crate::components::heading::Heading;
use crate::components::results_body::Outcome;
use crate::i18n::{band_label, blind_spots, format_score, not_applicable, texts};
use crate::state::SharedBank;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// A component: a problem whose result did not change is not rebuilt.
#[derive(Properties, PartialEq)]
pub struct ProblemResultProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub problem: usize,
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn ProblemResult(props: &ProblemResultProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let (Some(problem), Some(result)) = (
        props.bank.problems.get(props.problem),
        props.outcome.assessment.problems.get(props.problem),
    ) else {
        return Html::default();
    };
    let heading_id = format!("pi-result-{}", problem.id);
    let band = result.band();
    let triggered: Vec<_> = props
        .outcome
        .recommendations
        .for_problem(props.problem)
        .collect();
    let others = props
        .outcome
        .recommendations
        .untriggered(&props.bank, props.problem);

    html! {
        <section
            class="problem-result"
            aria-labelledby={heading_id.clone()}
            data-problem={problem.id.clone()}
            data-score={result.score.map(|s| s.format('.')).unwrap_or_default()}
            data-band={result.band_key()}
        >
            <Heading level={3} id={heading_id}>{ problem.label.get(lang).to_string() }</Heading>
            <p class="problem-result__score">
                if let Some(score) = result.score {
                    <strong>{ format_score(lang, score) }{ " " }{ t.out_of_ten }</strong>{ " " }
                }
                <span class={classes!("badge", format!("badge--{}", result.band_key()))}>
                    { band_label(lang, band) }
                </span>
            </p>
            if result.score.is_none() {
                <p>{ t.no_score }</p>
            }
            if result.blind_spots > 0 {
                <p>{ blind_spots(lang, result.blind_spots) }</p>
            }
            if result.not_applicable > 0 {
                <p data-not-applicable={result.not_applicable.to_string()}>{ not_applicable(lang, result.not_applicable) }</p>
            }
            if result.is_blind_zone() {
                <p class="notice">{ t.blind_zone }</p>
            }
            <div class="callout callout--lesson">
                <p class="callout__title">{ t.key_lesson }</p>
                <p>{ problem.lesson.get(lang).to_string() }</p>
            </div>
            if let Some(story) = &problem.story {
                <details class="story">
                    <summary>{ t.story_title }</summary>
                    <p>{ story.get(lang).to_string() }</p>
                </details>
            }
            <Heading level={4}>{ t.fixes_title }</Heading>
            if triggered.is_empty() {
                <p>{ t.fixes_none }</p>
            }
            for recommendation in triggered.iter() {
                { fix_card(&FixCardProps { bank: props.bank.clone(), lang, fix: recommendation.fix, triggers: recommendation.triggers.clone() }) }
            }
            if !others.is_empty() {
                <details class="more-fixes">
                    <summary>{ format!("{} ({})", t.other_fixes, others.len()) }</summary>
                    for fix in others.iter() {
                        { fix_card(&FixCardProps { bank: props.bank.clone(), lang, fix: *fix, triggers: Vec::new() }) }
                    }
                </details>
            }
        </section>
    }
}
