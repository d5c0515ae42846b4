//! Answers per question: the five counts and the team's median answer, only for questions at
//! least *k* people answered. Hidden rows say why; below *k* people in all, one sentence
//! replaces the whole table.

use crate::state::{SharedBank, SharedResult};
use assessment_core::team::{team_words, Hidden, Visibility};
use assessment_core::{answer_label, Answer, Lang};
use yew::prelude::*;

pub struct DistributionsProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
}

pub fn distributions(props: &DistributionsProps) -> Html {
    let lang = props.lang;
    let w = team_words(lang);
    let result = &props.result;
    let body = if result.is_below_k() {
        html! {
            <p class="notice" data-hidden-reason="">{ Hidden::FewerThanK { k: result.k }.message(lang) }</p>
        }
    } else {
        html! {
            for problem in props.bank.problems.iter() {
                <div class="table-wrap" tabindex="0" role="region" aria-label={problem.label.get(lang).to_string()}>
                    <table class="scores team-distribution">
                        <caption>{ problem.label.get(lang).to_string() }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ w.kind_question }</th>
                                for answer in Answer::ALL {
                                    <th scope="col">{ answer_label(lang, answer) }</th>
                                }
                                <th scope="col">{ w.median_answer }</th>
                            </tr>
                        </thead>
                        <tbody>
                            for question in problem.questions.iter() {
                                {{
                                    let row = result.questions.get(question.index);
                                    let header = html! {
                                        <th scope="row">
                                            <span class="team-distribution__id">{ question.id.clone() }</span>{ " " }
                                            { question.text.get(lang).to_string() }
                                        </th>
                                    };
                                    match row.map(|row| (row.distribution, row.median_answer)) {
                                        Some((Visibility::Shown(distribution), median)) => html! {
                                            <tr data-distribution={question.id.clone()}>
                                                { header }
                                                for answer in Answer::ALL {
                                                    <td data-answer={answer.key()}>{ distribution.count(answer) }</td>
                                                }
                                                <td>{ median.map_or("–", |answer| answer_label(lang, answer)) }</td>
                                            </tr>
                                        },
                                        Some((Visibility::Hidden(hidden), _)) => html! {
                                            <tr data-hidden-question={question.id.clone()}>
                                                { header }
                                                <td colspan="6" data-hidden-reason="">{ hidden.message(lang) }</td>
                                            </tr>
                                        },
                                        None => Html::default(),
                                    }
                                }}
                            }
                        </tbody>
                    </table>
                </div>
            }
        }
    };
    html! {
        <section class="team__distributions" aria-labelledby="team-distributions-title">
            <h3 id="team-distributions-title" class="pi-h3">{ w.distributions }</h3>
            { body }
        </section>
    }
}
