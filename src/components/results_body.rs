//! The results themselves: overall profile, chart and table, where to start, and each problem
//! in detail. Shared by one's own results and by a shared, read-only result.

use crate::components::overall_summary::{overall_summary, OverallSummaryProps};
use crate::components::problem_result::ProblemResult;
use crate::components::score_chart::{score_chart, ScoreChartProps};
use crate::components::score_table::{score_table, ScoreTableProps};
use crate::components::start_here::{start_here, StartHereProps};
use crate::state::SharedBank;
use assessment_core::{assess, recommend, Answers, Assessment, Lang, Recommendations};
use yew::prelude::*;

/// Everything the results show, computed once per set of answers.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub assessment: Assessment,
    pub recommendations: Recommendations,
}

/// A component with comparable props: typing a note or ticking a box elsewhere on the results
/// screen leaves the answers and the language as they were, so Yew skips this whole subtree
/// (issue 13: a keystroke in a note used to rebuild it, 33 ms at CPU ×4).
#[derive(Properties, PartialEq)]
pub struct ResultsBodyProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub answers: Answers,
}

#[component]
pub fn ResultsBody(props: &ResultsBodyProps) -> Html {
    let lang = props.lang;
    // Scores and recommendations are computed once per set of answers, not once per render.
    let outcome = use_memo(
        (props.bank.clone(), props.answers.clone()),
        |(bank, answers)| {
            let assessment = assess(bank, answers);
            let recommendations = recommend(bank, answers, &assessment);
            Outcome {
                assessment,
                recommendations,
            }
        },
    );
    html! {
        <>
            { overall_summary(&OverallSummaryProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            { score_chart(&ScoreChartProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            { score_table(&ScoreTableProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            { start_here(&StartHereProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            for result in outcome.assessment.problems.iter() {
                <ProblemResult bank={props.bank.clone()} {lang} problem={result.problem} outcome={outcome.clone()} />
            }
        </>
    }
}
