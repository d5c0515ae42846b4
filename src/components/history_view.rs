//! The assessments completed in this browser, oldest first, and the comparison of any two:
//! the point of retaking the assessment at the six-month review is to see what moved. The
//! history can be saved to a file and merged back, since the browser may forget it.

use crate::components::comparison_view::ComparisonView;
use crate::components::heading::Heading;
use crate::components::keep_panel::{ImportField, ImportKind};
use crate::i18n::keep::{colon, format_date, keep_texts};
use crate::i18n::{band_label, format_score, texts};
use crate::state::{SessionHandle, SharedBank};
use assessment_core::{assess, export_history_json, Action, HistoryEntry, Lang, Step};
use ui_shared::download;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    /// The session, shared by handle: cheap to pass and to compare.
    pub session: SessionHandle,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

/// An entry's name: its date, with its number when another entry has the same date.
fn entry_label(lang: Lang, history: &[HistoryEntry], at: usize) -> String {
    let Some(entry) = history.get(at) else {
        return String::new();
    };
    let date = format_date(lang, entry.date);
    if history
        .iter()
        .filter(|other| other.date == entry.date)
        .count()
        > 1
    {
        format!("{date} (n° {})", at + 1)
    } else {
        date
    }
}

#[component]
pub fn HistoryView(props: &HistoryViewProps) -> Html {
    let lang = props.lang;
    let (t, k) = (texts(lang), keep_texts(lang));
    let history = &props.session.history;
    let count = history.len();
    // The entries picked for the comparison, with the history's size then: the default (the
    // last two) applies until the person picks, and again once the history changes size.
    let picked = use_state(|| None::<(usize, usize, usize)>);
    let failed = use_state(|| false);
    let (before, after) = match *picked {
        Some((size, before, after)) if size == count => (before, after),
        _ => (count.saturating_sub(2), count.saturating_sub(1)),
    };

    let pick = |is_after: bool| {
        let picked = picked.clone();
        Callback::from(move |event: Event| {
            let chosen = event
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|select| select.value().parse::<usize>().ok());
            if let Some(at) = chosen {
                picked.set(Some(if is_after {
                    (count, before, at)
                } else {
                    (count, at, after)
                }));
            }
        })
    };
    let export = {
        let bank = props.bank.clone();
        let history = history.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            failed.set(!download::save_text(
                "historique-problemes-imaginaires.json",
                "application/json",
                &export_history_json(&bank, &history),
            ));
        })
    };
    // Reached from the first screen, before any result, "back" leads there.
    let back = if props.session.nonce.is_some() {
        ("back-to-results", k.back, Step::Results)
    } else {
        ("back-to-start", k.back_to_start, Step::Intro)
    };
    let select = |is_after: bool, selected: usize| {
        let (key, label) = if is_after {
            ("after", k.compare_after)
        } else {
            ("before", k.compare_before)
        };
        let id = format!("pi-compare-{key}");
        html! {
            <div class="field">
                <label for={id.clone()}>{ label }</label>
                // Keyed by the history's size: a merge rebuilds it with the new default.
                <select key={count} id={id} data-compare={key} onchange={pick(is_after)}>
                    for at in 0..count {
                        <option value={at.to_string()} selected={at == selected}>
                            { format!("{}. {}", at + 1, entry_label(lang, history, at)) }
                        </option>
                    }
                </select>
            </div>
        }
    };

    html! {
        <section class="step history" data-step="history">
            <Heading level={2} focus={props.heading.clone()}>{ k.history_title }</Heading>
            <p>{ k.history_lead }</p>
            if count == 0 {
                <p>{ k.history_empty }</p>
            } else {
                <ol class="history__list">
                    for (at, entry) in history.iter().enumerate() {
                        {{
                            let overall = assess(&props.bank, &entry.answers).overall;
                            let score = overall.score.map(|s| format!("{} {} ", format_score(lang, s), t.out_of_ten));
                            let band = overall.band();
                            html! {
                                <li data-history-entry="" data-date={entry.date.to_string()}>
                                    <strong>{ entry_label(lang, history, at) }</strong>{ " — " }
                                    { k.overall }{ colon(lang) }{ score }
                                    <span class={format!("badge badge--{}", band.map_or("none", |b| b.key()))}>
                                        { band_label(lang, band) }
                                    </span>
                                    if Some(entry.nonce) == props.session.nonce {
                                        { " " }{ k.current }
                                    }
                                </li>
                            }
                        }}
                    }
                </ol>
            }
            <Heading level={3}>{ k.compare_title }</Heading>
            if let (true, Some(older), Some(newer)) = (count >= 2, history.get(before), history.get(after)) {
                <div class="compare__pickers">
                    { select(false, before) }
                    { select(true, after) }
                </div>
                <ComparisonView
                    bank={props.bank.clone()}
                    {lang}
                    older={older.clone()}
                    newer={newer.clone()}
                    older_label={entry_label(lang, history, before)}
                    newer_label={entry_label(lang, history, after)}
                />
            } else {
                <p data-compare-unavailable="">{ k.compare_needs_two }</p>
            }
            <div class="history__files">
                <Heading level={3}>{ k.history_file_title }</Heading>
                <button type="button" class="button button--secondary" data-action="export-history" onclick={export}>
                    { k.export_history }
                </button>
                if *failed {
                    <p class="alert" role="alert" data-download-error="">{ k.download_failed }</p>
                }
                <ImportField bank={props.bank.clone()} {lang} kind={ImportKind::History} on_action={props.on_action.clone()} />
            </div>
            <div class="step__nav">
                <button type="button" class="button button--primary" data-action={back.0}
                    onclick={props.on_action.reform(move |_| Action::Show(back.2))}>
                    { back.1 }
                </button>
            </div>
        </section>
    }
}
