//! The results themselves: overall profile, chart and table, where to start, and each problem
//! in detail. Shared by one's own results and by a shared, read-only result.

use crate::components::overall_summary::{overall_summary, OverallSummaryProps};
use crate::components::problem_result::{problem_result, ProblemResultProps};
use crate::components::score_chart::{score_chart, ScoreChartProps};
use crate::components::score_table::{score_table, ScoreTableProps};
use crate::components::start_here::{start_here, StartHereProps};
use crate::state::SharedBank;
use assessment_core::{assess, recommend, Answers, Assessment, Lang, Recommendations};
use std::rc::Rc;
use yew::prelude::*;

/// Everything the results show, computed once per set of answers.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub assessment: Assessment,
    pub recommendations: Recommendations,
}

pub struct ResultsBodyProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub answers: Answers,
}

/// Scoring 32 answers is cheap enough to redo on each render of the results, which only
/// happens when something on them changes.
pub fn results_body(props: &ResultsBodyProps) -> Html {
    let lang = props.lang;
    let assessment = assess(&props.bank, &props.answers);
    let recommendations = recommend(&props.bank, &props.answers, &assessment);
    let outcome = Rc::new(Outcome {
        assessment,
        recommendations,
    });
    html! {
        <>
            { overall_summary(&OverallSummaryProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            { score_chart(&ScoreChartProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            { score_table(&ScoreTableProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            { start_here(&StartHereProps { bank: props.bank.clone(), lang, outcome: outcome.clone() }) }
            for result in outcome.assessment.problems.iter() {
                { problem_result(&ProblemResultProps { bank: props.bank.clone(), lang, problem: result.problem, outcome: outcome.clone() }) }
            }
        </>
    }
}
