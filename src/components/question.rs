//! One statement as a radio group: a fieldset whose legend is the statement, and one radio
//! per answer whose label is its visible text.

use crate::i18n::answer_label;
use assessment_core::{Action, Answer, Lang};
use yew::prelude::*;

pub struct QuestionProps {
    pub lang: Lang,
    /// The question's id in the bank; also the radio group's name.
    pub id: AttrValue,
    /// Global index of the question in the bank.
    pub index: usize,
    /// Number shown before the statement, within its step.
    pub number: usize,
    pub text: AttrValue,
    pub selected: Option<Answer>,
    pub on_action: Callback<Action>,
}

pub fn question(props: &QuestionProps) -> Html {
    let index = props.index;
    html! {
        <fieldset class="question" data-question={props.id.clone()}>
            <legend class="question__legend">
                <span class="question__number">{ format!("{}. ", props.number) }</span>
                { props.text.clone() }
            </legend>
            <div class="question__options">
                for answer in Answer::ALL {
                    {{
                        let input_id = format!("pi-{}-{}", props.id, answer.key());
                        html! {
                            <div class={classes!(
                                "option",
                                (answer == Answer::DontKnow).then_some("option--unknown"),
                                (answer == Answer::NotApplicable).then_some("option--not-applicable"),
                            )}>
                                <input
                                    type="radio"
                                    id={input_id.clone()}
                                    name={props.id.clone()}
                                    value={answer.key()}
                                    checked={props.selected == Some(answer)}
                                    onchange={props.on_action.reform(move |_| Action::Answer { question: index, answer })}
                                />
                                <label for={input_id}>{ answer_label(props.lang, answer) }</label>
                            </div>
                        }
                    }}
                }
            </div>
        </fieldset>
    }
}
