//! The workshop layout, for a projector: one problem at a time in large type, Previous / Next
//! buttons, and the arrow and Page Up / Page Down keys anywhere in the page. The problem shown
//! is announced in a status region; focus goes to the layout's heading when it appears.

use crate::browser;
use crate::components::box_plot::{box_plot, BoxPlotProps};
use crate::components::stats_table::data_values;
use crate::components::talk_about_it::{talk_about_it, TalkAboutItProps};
use crate::i18n::texts;
use crate::state::{SharedBank, SharedResult};
use assessment_core::team::team_words;
use assessment_core::{band_label, format_score, Lang};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub result: SharedResult,
}

/// The problem shown, moved by steps that wrap around (the last problem leads back to the
/// first), so neither button ever becomes disabled under the keyboard focus.
#[derive(Clone, Copy, PartialEq)]
struct Position {
    at: usize,
    count: usize,
}

impl Reducible for Position {
    type Action = isize;

    fn reduce(self: Rc<Self>, step: isize) -> Rc<Self> {
        if self.count == 0 {
            return self;
        }
        let count = self.count as isize;
        let at = (self.at as isize + step).rem_euclid(count) as usize;
        Rc::new(Position {
            at,
            count: self.count,
        })
    }
}

/// The step a key asks for, unless the person is typing in a field.
fn step_for(event: &web_sys::KeyboardEvent) -> Option<isize> {
    if event.alt_key() || event.ctrl_key() || event.meta_key() {
        return None;
    }
    let typing = event
        .target()
        .and_then(|target| target.dyn_into::<Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        });
    if typing {
        return None;
    }
    match event.key().as_str() {
        "ArrowRight" | "PageDown" => Some(1),
        "ArrowLeft" | "PageUp" => Some(-1),
        _ => None,
    }
}

#[component]
pub fn WorkshopView(props: &WorkshopViewProps) -> Html {
    let lang = props.lang;
    let t = texts(lang);
    let count = props.result.problems.len();
    let position = use_reducer(|| Position { at: 0, count });
    let heading = use_node_ref();

    {
        let dispatcher = position.dispatcher();
        use_effect_with((), move |_| {
            let listener = browser::on_keydown(move |event| {
                if let Some(step) = step_for(event) {
                    event.prevent_default();
                    dispatcher.dispatch(step);
                }
            });
            move || drop(listener)
        });
    }
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(element) = heading.cast::<HtmlElement>() {
                // Focus only fails on a detached element.
                let _ = element.focus();
            }
        });
    }

    let at = position.at.min(count.saturating_sub(1));
    let Some(problem) = props.result.problems.get(at) else {
        return Html::default();
    };
    let (id, label) = props
        .bank
        .problems
        .get(problem.problem)
        .map(|p| (p.id.clone(), p.label.get(lang).to_string()))
        .unwrap_or_default();
    let data = data_values(problem);
    let colon = t.colon;
    let move_by = |step: isize| {
        let dispatcher = position.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(step))
    };

    html! {
        <section class="workshop" data-workshop="revealed" aria-labelledby="team-workshop-title">
            <h2 id="team-workshop-title" class="pi-h2 workshop__title" tabindex="-1" ref={heading}>
                { t.results_title }{ " – " }{ props.result.people }{ " " }{ t.people }
            </h2>
            <p class="workshop__position" role="status" aria-live="polite" data-workshop-position={(at + 1).to_string()}>
                { format!("{} {} {} {count}", team_words(lang).problem, at + 1, t.problem_of) }
                { colon }{ label.clone() }
            </p>
            <nav class="workshop__nav no-print" aria-label={t.workshop}>
                <button type="button" class="button button--secondary" data-action="previous-problem"
                    onclick={move_by(-1)}>{ "← " }{ t.previous_problem }</button>
                <button type="button" class="button button--secondary" data-action="next-problem"
                    onclick={move_by(1)}>{ t.next_problem }{ " →" }</button>
            </nav>
            <p class="field__hint no-print">{ t.keyboard_hint }</p>
            <article class="workshop__problem" data-team-problem={id} data-median={data.median}
                data-min={data.min} data-max={data.max} data-q1={data.q1} data-q3={data.q3}
                data-band={problem.band_key()} data-count={data.count}>
                <h3 class="pi-h3 workshop__label">{ label }</h3>
                if let Some(stats) = problem.stats {
                    <p class="workshop__median">
                        <span class="workshop__median-label">{ t.median_of }</span>
                        <strong class="workshop__median-value">{ stats.median.format(lang) }{ " / 10" }</strong>
                        <span class={classes!("badge", format!("badge--{}", problem.band_key()))}>{ band_label(lang, problem.band()) }</span>
                    </p>
                    <p class="workshop__spread">
                        { t.spread }{ colon }{ "Q1–Q3 " }{ stats.q1.format(lang) }{ "–" }{ stats.q3.format(lang) }
                        { " · min–max " }{ format_score(lang, stats.min) }{ "–" }{ format_score(lang, stats.max) }
                        { " · " }{ problem.scored }{ " " }{ t.people }
                    </p>
                } else {
                    <p class="workshop__median">{ t.no_score }</p>
                }
                { box_plot(&BoxPlotProps { bank: props.bank.clone(), lang, result: props.result.clone(), only: Some(problem.problem) }) }
                { talk_about_it(&TalkAboutItProps { bank: props.bank.clone(), lang, result: props.result.clone(), only: Some(problem.problem) }) }
            </article>
        </section>
    }
}
