//! The results screen: overall profile, chart and table, where to start, each problem in
//! detail, the course's two reflective prompts, and "start again".

use crate::components::overall_summary::OverallSummary;
use crate::components::problem_result::ProblemResult;
use crate::components::reflection::Reflection;
use crate::components::restart_control::RestartControl;
use crate::components::score_chart::ScoreChart;
use crate::components::score_table::ScoreTable;
use crate::components::start_here::StartHere;
use crate::components::stepper::Stepper;
use crate::i18n::texts;
use crate::state::SharedBank;
use assessment_core::{assess, recommend, Action, Answers, Assessment, Lang, Recommendations};
use std::rc::Rc;
use yew::prelude::*;

/// Everything the results show, computed once per set of answers.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub assessment: Assessment,
    pub recommendations: Recommendations,
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub answers: Answers,
    pub notes: [String; 2],
    pub step_count: usize,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let outcome: Rc<Outcome> = use_memo(
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
        <section class="step results" data-step="results">
            <Stepper
                {lang}
                current={props.step_count}
                total={props.step_count}
                title={t.results_title}
                heading={props.heading.clone()}
            />
            <p class="step__summary">{ t.results_lead }</p>
            <OverallSummary bank={props.bank.clone()} {lang} outcome={outcome.clone()} />
            <ScoreChart bank={props.bank.clone()} {lang} outcome={outcome.clone()} />
            <ScoreTable bank={props.bank.clone()} {lang} outcome={outcome.clone()} />
            <StartHere bank={props.bank.clone()} {lang} outcome={outcome.clone()} />
            for result in outcome.assessment.problems.iter() {
                <ProblemResult
                    key={result.problem}
                    bank={props.bank.clone()}
                    {lang}
                    problem={result.problem}
                    answers={props.answers.clone()}
                    outcome={outcome.clone()}
                />
            }
            <Reflection {lang} notes={props.notes.clone()} on_action={props.on_action.clone()} />
            <div class="step__nav">
                <button
                    type="button"
                    class="button button--secondary"
                    data-action="previous"
                    onclick={props.on_action.reform(|_| Action::Previous)}
                >
                    { t.edit_answers }
                </button>
                <RestartControl {lang} on_action={props.on_action.clone()} />
            </div>
        </section>
    }
}
