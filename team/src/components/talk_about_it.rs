//! "Talk about it": the questions where the team disagrees most, with the rule in plain words;
//! then the blind spots (many "don't know"), with theirs. Both rules come from the core.

use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::{blind_spot_rule, disagreement_rule, team_words};
use assessment_core::{answer_label, Answer, Lang};
use yew::prelude::*;

pub struct TalkAboutItProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
    /// Only the questions of this problem (the workshop layout).
    pub only: Option<usize>,
}

pub fn talk_about_it(props: &TalkAboutItProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let w = team_words(lang);
    let bank = &props.bank;
    let keep = |question: usize| {
        bank.question(question)
            .filter(|q| props.only.is_none_or(|only| only == q.problem))
    };
    let disputed: Vec<_> = props
        .result
        .disagreements
        .iter()
        .filter_map(|d| keep(d.question).map(|q| (d, q)))
        .collect();
    let blind: Vec<_> = props
        .result
        .blind_spots
        .iter()
        .filter_map(|b| keep(b.question).map(|q| (b, q)))
        .collect();
    let colon = texts(lang).colon;
    // In the workshop layout these lists sit under the problem's own heading (h3).
    let heading = if props.only.is_some() { "h4" } else { "h3" };
    html! {
        <>
            <section class="team__talk" aria-labelledby="team-talk-title">
                <@{heading} id="team-talk-title" class="pi-h3">{ t.talk_title }</@>
                <p class="field__hint">{ disagreement_rule(lang) }</p>
                if disputed.is_empty() {
                    <p data-talk-none="">{ w.none_disputed }</p>
                } else {
                    <ol class="team__list">
                        for (d, q) in disputed {
                            <li data-disagreement={q.id.clone()}>
                                <strong>{ q.id.clone() }</strong>{ " " }<q>{ q.text.get(lang).to_string() }</q>
                                <br />
                                { format!("{}{colon}{} · {}{colon}{} ({}{colon}{}, {}{colon}{})",
                                    w.low_camp, d.low, w.high_camp, d.high,
                                    answer_label(lang, Answer::Never), d.never,
                                    answer_label(lang, Answer::Always), d.always) }
                            </li>
                        }
                    </ol>
                }
            </section>
            <section class="team__blind" aria-labelledby="team-blind-title">
                <@{heading} id="team-blind-title" class="pi-h3">{ w.blind_spots }</@>
                <p class="field__hint">{ blind_spot_rule(lang) }</p>
                if blind.is_empty() {
                    <p data-blind-none="">{ w.none_blind }</p>
                } else {
                    <ul class="team__list">
                        for (b, q) in blind {
                            <li data-blind-spot={q.id.clone()}>
                                <strong>{ q.id.clone() }</strong>{ " " }<q>{ q.text.get(lang).to_string() }</q>
                                <br />
                                { format!("{} {} {} {}", b.dont_know, t.dont_know_of, b.answered, t.people) }
                            </li>
                        }
                    </ul>
                }
            </section>
        </>
    }
}
