//! The table behind the chart: per problem, people with a score, median, band in words,
//! interquartile range and min–max. Each row carries the values for automated checks, with one
//! decimal and a dot (empty when nobody has a score).

use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::{team_words, HalfTenths, ProblemStats};
use assessment_core::{band_label, format_score, Lang};
use yew::prelude::*;

pub struct StatsTableProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
}

/// The `data-` attributes of one problem's statistics (shared with the workshop layout).
pub struct DataValues {
    pub median: String,
    pub min: String,
    pub max: String,
    pub q1: String,
    pub q3: String,
    pub count: String,
}

pub fn data_values(problem: &ProblemStats) -> DataValues {
    let dot = |value: HalfTenths| value.format_with('.');
    match problem.stats {
        Some(stats) => DataValues {
            median: dot(stats.median),
            min: dot(HalfTenths::from_score(stats.min)),
            max: dot(HalfTenths::from_score(stats.max)),
            q1: dot(stats.q1),
            q3: dot(stats.q3),
            count: problem.scored.to_string(),
        },
        None => DataValues {
            median: String::new(),
            min: String::new(),
            max: String::new(),
            q1: String::new(),
            q3: String::new(),
            count: problem.scored.to_string(),
        },
    }
}

pub fn stats_table(props: &StatsTableProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let w = team_words(lang);
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="team-table-caption">
            <table class="scores team-stats">
                <caption id="team-table-caption">{ t.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ w.problem }</th>
                        <th scope="col">{ w.people }</th>
                        <th scope="col">{ t.col_median }</th>
                        <th scope="col">{ t.col_band }</th>
                        <th scope="col">{ t.col_iqr }</th>
                        <th scope="col">{ t.col_range }</th>
                    </tr>
                </thead>
                <tbody>
                    for problem in props.result.problems.iter() {
                        {{
                            let id = props.bank.problems.get(problem.problem).map(|p| p.id.clone()).unwrap_or_default();
                            let label = props.bank.problems.get(problem.problem).map(|p| p.label.get(lang).to_string()).unwrap_or_default();
                            let data = data_values(problem);
                            let cells = match problem.stats {
                                Some(stats) => html! {
                                    <>
                                        <td>{ stats.median.format(lang) }</td>
                                        <td>{ band_label(lang, problem.band()) }</td>
                                        <td>{ format!("{} ({}–{})", format_score(lang, stats.iqr()), stats.q1.format(lang), stats.q3.format(lang)) }</td>
                                        <td>{ format!("{}–{}", format_score(lang, stats.min), format_score(lang, stats.max)) }</td>
                                    </>
                                },
                                None => match problem.hidden {
                                    Some(why) => html! { <td colspan="4" data-hidden="">{ why.message(lang) }</td> },
                                    None => html! { <td colspan="4">{ t.no_score }</td> },
                                },
                            };
                            html! {
                                <tr data-team-problem={id} data-median={data.median} data-min={data.min}
                                    data-max={data.max} data-q1={data.q1} data-q3={data.q3}
                                    data-band={problem.band_key()} data-count={data.count}>
                                    <th scope="row">{ label }</th>
                                    <td>{ problem.scored }</td>
                                    { cells }
                                </tr>
                            }
                        }}
                    }
                </tbody>
            </table>
        </div>
    }
}
