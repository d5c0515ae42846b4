//! The chart's data as a table: the text alternative, and handy for anyone who prefers numbers.

use crate::components::results_body::Outcome;
use crate::i18n::{band_label, format_score, texts};
use crate::state::SharedBank;
use assessment_core::Lang;
use std::rc::Rc;
use yew::prelude::*;

pub struct ScoreTableProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub outcome: Rc<Outcome>,
}

pub fn score_table(props: &ScoreTableProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    html! {
        <div class="table-wrap" role="region" tabindex="0" aria-label={t.table_caption}>
            <table class="scores">
                <caption>{ t.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.col_problem }</th>
                        <th scope="col">{ t.col_score }</th>
                        <th scope="col">{ t.col_band }</th>
                        <th scope="col">{ t.col_blind_spots }</th>
                    </tr>
                </thead>
                <tbody>
                    for result in props.outcome.assessment.problems.iter() {
                        <tr>
                            <th scope="row">
                                { props.bank.problems.get(result.problem).map(|p| p.label.get(lang).to_string()).unwrap_or_default() }
                            </th>
                            <td>{ result.score.map(|s| format_score(lang, s)).unwrap_or_else(|| "–".into()) }</td>
                            <td>{ band_label(lang, result.band()) }</td>
                            <td>{ result.blind_spots }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </div>
    }
}
