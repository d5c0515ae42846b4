//! The questions about one problem, with the step indicator and previous/next buttons.

use crate::components::question::{question, QuestionProps};
use crate::components::stepper::{stepper, StepperProps};
use crate::i18n::{answered_of, texts, unanswered_note};
use crate::state::SharedBank;
use assessment_core::{Action, Answers, Lang};
use yew::prelude::*;

pub struct ProblemStepProps {
    pub bank: SharedBank,
    /// Position of the problem in the bank.
    pub problem: usize,
    pub lang: Lang,
    pub answers: Answers,
    pub step_count: usize,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

pub fn problem_step(props: &ProblemStepProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let Some(problem) = props.bank.problems.get(props.problem) else {
        return Html::default();
    };
    let is_last = props.problem + 1 == props.bank.problems.len();
    let next_title = match props.bank.problems.get(props.problem + 1) {
        Some(next) => next.label.get(lang).to_string(),
        None => t.results_title.to_string(),
    };
    let answered = problem
        .questions
        .iter()
        .filter(|q| props.answers.get(q.index).is_some())
        .count();
    let total = problem.questions.len();

    // The key makes Yew build a fresh form for each problem: reusing the previous step's radio
    // inputs and renaming them lost some checked states when going back.
    html! {
        <section key={problem.id.clone()} class="step" data-step="problem" data-problem-step={problem.id.clone()}>
            { stepper(&StepperProps { lang, current: props.problem + 1, total: props.step_count, title: problem.label.get(lang).to_string().into(), next_title: Some(next_title.into()), heading: props.heading.clone() }) }
            <p class="step__summary">{ problem.summary.get(lang).to_string() }</p>
            <p class="step__hint">{ t.scale_hint }</p>
            for (position, item) in problem.questions.iter().enumerate() {
                { question(&QuestionProps { lang, id: item.id.clone().into(), index: item.index, number: position + 1, text: item.text.get(lang).to_string().into(), selected: props.answers.get(item.index), on_action: props.on_action.clone() }) }
            }
            <div class="step__progress">
                <label for="pi-progress">{ t.progress_label }</label>
                <progress id="pi-progress" max={total.to_string()} value={answered.to_string()}>
                    { answered_of(lang, answered, total) }
                </progress>
                <span>{ answered_of(lang, answered, total) }</span>
            </div>
            if answered < total {
                <p class="step__note">{ unanswered_note(lang, total - answered) }</p>
            }
            <div class="step__nav">
                <button
                    type="button"
                    class="button button--secondary"
                    data-action="previous"
                    onclick={props.on_action.reform(|_| Action::Previous)}
                >
                    { t.previous }
                </button>
                <button
                    type="button"
                    class="button button--primary"
                    data-action="next"
                    onclick={props.on_action.reform(|_| Action::Next)}
                >
                    { if is_last { t.see_results } else { t.next } }
                </button>
            </div>
        </section>
    }
}
