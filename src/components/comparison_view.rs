//! Two assessments side by side: per-problem change in words and numbers, and the questions
//! whose answer changed. The six-month review is about whether things moved, so the change is
//! spelled out ("en amélioration (+1,2)") rather than left to colours.

use crate::components::heading::Heading;
use crate::i18n::keep::{answer_change, colon, comparison_caption, keep_texts};
use crate::i18n::{format_score, texts};
use crate::state::SharedBank;
use assessment_core::{compare, Direction, HistoryEntry, Lang, Score, Trend};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub older: HistoryEntry,
    pub newer: HistoryEntry,
    /// How to name the older one, e.g. its date or "mes réponses".
    pub older_label: AttrValue,
    /// How to name the newer one.
    pub newer_label: AttrValue,
}

/// The `data-direction` hook.
fn direction_key(direction: Direction) -> &'static str {
    match direction {
        Direction::Better => "better",
        Direction::Worse => "worse",
        Direction::Same => "same",
        Direction::NotComparable => "not-comparable",
    }
}

/// The `data-delta` hook: `+1.2`, `-0.8`, `0.0`, or empty when not comparable.
fn delta_key(trend: &Trend) -> String {
    if trend.direction == Direction::NotComparable {
        return String::new();
    }
    let sign = match trend.delta {
        d if d > 0 => "+",
        d if d < 0 => "-",
        _ => "",
    };
    let size = trend.delta.unsigned_abs();
    format!("{sign}{}.{}", size / 10, size % 10)
}

#[component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    let lang = props.lang;
    let (t, k) = (texts(lang), keep_texts(lang));
    let comparison = compare(&props.bank, &props.older, &props.newer);
    let caption = comparison_caption(lang, &props.older_label, &props.newer_label);
    let score = |score: Option<Score>| score.map_or_else(|| "–".into(), |s| format_score(lang, s));
    let row = |label: &str, trend: &Trend, problem: Option<&str>| {
        let direction = direction_key(trend.direction);
        html! {
            <tr data-compare-problem={problem.map(str::to_string)}
                data-compare-overall={problem.is_none().then_some("")}
                data-delta={delta_key(trend)} data-direction={direction}>
                <th scope="row">{ label.to_string() }</th>
                <td>{ score(trend.before) }</td>
                <td>{ score(trend.after) }</td>
                <td class={format!("trend trend--{direction}")}>{ trend.describe(lang) }</td>
            </tr>
        }
    };
    let changes = comparison.problems.iter().flat_map(|p| p.changed.iter());
    let no_change = comparison.problems.iter().all(|p| p.changed.is_empty());

    html! {
        <div class="comparison">
            <div class="table-wrap" role="region" tabindex="0" aria-label={caption.clone()}>
                <table class="scores" data-comparison="">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_problem }</th>
                            <th scope="col">{ props.older_label.clone() }</th>
                            <th scope="col">{ props.newer_label.clone() }</th>
                            <th scope="col">{ k.col_change }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for compared in comparison.problems.iter() {
                            if let Some(problem) = props.bank.problems.get(compared.problem) {
                                { row(problem.label.get(lang), &compared.trend, Some(&problem.id)) }
                            }
                        }
                    </tbody>
                    <tfoot>{ row(k.overall, &comparison.overall, None) }</tfoot>
                </table>
            </div>
            <Heading level={3} class="comparison__title">{ k.changed_title }</Heading>
            if no_change {
                <p data-nothing-changed="">{ k.nothing_changed }</p>
            } else {
                <ul class="comparison__changes">
                    for change in changes {
                        if let Some(question) = props.bank.question(change.question) {
                            <li data-changed-question={question.id.clone()}>
                                <q>{ question.text.get(lang).to_string() }</q>{ colon(lang) }
                                { answer_change(lang, change.before, change.after) }
                            </li>
                        }
                    }
                </ul>
            }
        </div>
    }
}
