//! The team view: collects codes into one in-memory [`Collection`], recomputes the
//! [`TeamResult`] after every change, and shows either the full results or the workshop layout.
//!
//! The collection lives in a `RefCell` rather than in Yew state: it may hold 10,000
//! submissions, and cloning it on every change would cost more than decoding them. Nothing is
//! persisted: pasted codes are people's answers, and the page forgets them when it closes.

use crate::browser;
use crate::components::collect_panel::CollectPanel;
use crate::components::k_field::{k_field, KFieldProps};
use crate::components::results_view::{results_view, ResultsViewProps};
use crate::components::workshop_view::WorkshopView;
use crate::files::FileText;
use crate::i18n::texts;
use crate::state::{format_ms, Feedback, SharedBank, SharedResult, Timings};
use assessment_core::team::{effective_k, DEFAULT_K};
use assessment_core::{built_in_bank, Collection, Lang, TeamResult};
use std::rc::Rc;
use ui_shared::lang_switch::{lang_switch, LangSwitchProps};
use web_sys::HtmlElement;
use yew::prelude::*;

/// What a change to the collection asks for.
pub enum Input {
    /// Pasted or dropped text.
    Text(String),
    /// One file of a batch; `first` starts a new report.
    File { first: bool, file: FileText },
    /// Forget every code.
    Clear,
}

#[component]
pub fn App() -> Html {
    let bank = use_memo((), |_| {
        built_in_bank().map(|bank| SharedBank(Rc::new(bank)))
    });
    let lang = use_state(browser::initial_lang);
    let k = use_state(|| DEFAULT_K);
    let k_raised = use_state(|| false);
    let collection = use_mut_ref(Collection::new);
    let result = use_state(|| None::<SharedResult>);
    let feedback = use_state(|| None::<Rc<Feedback>>);
    let pending = use_mut_ref(Feedback::default);
    let cleared = use_state(|| false);
    let timings = use_state(Timings::default);
    let workshop = use_state(|| false);
    let revealed = use_state(|| false);
    let root = use_node_ref();
    // Set when a result is computed; read after the next paint to time the render.
    let render_start = use_mut_ref(|| None::<f64>);

    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            browser::set_document_lang(*lang, texts(*lang).doc_title)
        });
    }
    {
        let root = root.clone();
        let render_start = render_start.clone();
        use_effect_with(result.clone(), move |_| {
            if let Some(start) = render_start.borrow_mut().take() {
                browser::next_frame(move || {
                    let elapsed = browser::now_ms() - start;
                    if let Some(element) = root.cast::<HtmlElement>() {
                        // Only a benchmark reads it; losing it changes nothing for people.
                        let _ = element.set_attribute("data-timing-render-ms", &format_ms(elapsed));
                    }
                });
            }
        });
    }

    let bank = match &*bank {
        Ok(bank) => bank.clone(),
        Err(error) => {
            return html! {
                <div class="pi-app">
                    <p class="alert" role="alert">{ texts(*lang).bank_error }{ " " }{ error.to_string() }</p>
                </div>
            };
        }
    };

    let recompute = {
        let bank = bank.clone();
        let collection = collection.clone();
        let result = result.clone();
        let render_start = render_start.clone();
        move |k: usize| -> f64 {
            let start = browser::now_ms();
            let collection = collection.borrow();
            let computed = (!collection.is_empty())
                .then(|| SharedResult(Rc::new(TeamResult::compute(&bank, &collection, k))));
            let end = browser::now_ms();
            *render_start.borrow_mut() = Some(end);
            result.set(computed);
            end - start
        }
    };

    let on_input = {
        let bank = bank.clone();
        let collection = collection.clone();
        let feedback = feedback.clone();
        let pending = pending.clone();
        let timings = timings.clone();
        let cleared = cleared.clone();
        let k = *k;
        let recompute = recompute.clone();
        Callback::from(move |input: Input| {
            let start = browser::now_ms();
            let clearing = matches!(input, Input::Clear);
            match input {
                Input::Text(text) => {
                    let report = collection.borrow_mut().add_text(&bank, &text);
                    *pending.borrow_mut() = Feedback {
                        report,
                        unreadable_files: Vec::new(),
                    };
                }
                Input::File {
                    first,
                    file: (name, text),
                } => {
                    let mut pending = pending.borrow_mut();
                    if first {
                        *pending = Feedback::default();
                    }
                    match text {
                        Ok(text) => {
                            let report = collection.borrow_mut().add_json_file(&bank, &name, &text);
                            pending.merge(report);
                        }
                        Err(()) => pending.unreadable_files.push(name),
                    }
                }
                Input::Clear => {
                    collection.borrow_mut().clear();
                    *pending.borrow_mut() = Feedback::default();
                }
            }
            let decode_ms = browser::now_ms() - start;
            let aggregate_ms = recompute(k);
            timings.set(Timings {
                decode_ms,
                aggregate_ms,
            });
            cleared.set(clearing);
            feedback.set(Some(Rc::new(pending.borrow().clone())));
        })
    };

    let on_k = {
        let k = k.clone();
        let k_raised = k_raised.clone();
        let recompute = recompute.clone();
        Callback::from(move |requested: Option<usize>| {
            let wanted = requested.unwrap_or(DEFAULT_K);
            let applied = effective_k(wanted);
            k_raised.set(applied != wanted || requested.is_none());
            if applied != *k {
                k.set(applied);
                recompute(applied);
            }
        })
    };
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |choice: Lang| lang.set(choice))
    };
    let toggle_workshop = {
        let workshop = workshop.clone();
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| {
            workshop.set(!*workshop);
            revealed.set(false);
        })
    };
    let reveal = {
        let revealed = revealed.clone();
        Callback::from(move |()| revealed.set(true))
    };

    let lang = *lang;
    let t = texts(lang);
    let people = result.as_ref().map_or(0, |result| result.people);
    let in_room = *workshop && *revealed && result.is_some();

    html! {
        <div class={classes!("pi-app", "team", in_room.then_some("team--room"))} lang={lang.code()} ref={root}
            data-timing-decode-ms={format_ms(timings.decode_ms)}
            data-timing-aggregate-ms={format_ms(timings.aggregate_ms)}>
            <header class="pi-header">
                <h1 class="pi-header__title">{ t.app_title }</h1>
                { lang_switch(&LangSwitchProps { lang, group_label: t.language_group, on_lang }) }
            </header>
            <main class="pi-main">
                <div class="team__toolbar no-print">
                    <a href={format!("../?lang={}", lang.code())} class="team__back">{ t.back_to_assessment }</a>
                    <button type="button" class="button button--secondary" data-action="workshop"
                        aria-pressed={if *workshop { "true" } else { "false" }}
                        aria-describedby="team-workshop-hint" onclick={toggle_workshop}>
                        { t.workshop }
                    </button>
                    <span id="team-workshop-hint" class="field__hint">{ t.workshop_hint }</span>
                </div>
                if in_room {
                    if let Some(result) = (*result).clone() {
                        <WorkshopView bank={bank.clone()} {lang} {result} />
                    }
                } else {
                    <p class="team__lead">{ t.lead }</p>
                    <p class="notice">{ t.privacy }</p>
                    <CollectPanel {lang} people={people} feedback={(*feedback).clone()}
                        cleared={*cleared} on_input={on_input} />
                    { k_field(&KFieldProps { lang, k: *k, raised: *k_raised, on_k }) }
                    if *workshop {
                        <section class="team__waiting" data-workshop="collecting" aria-labelledby="team-waiting-title">
                            <h2 id="team-waiting-title" class="pi-h2">{ t.workshop }</h2>
                            <p class="team__received" data-received={people.to_string()}>
                                <strong>{ people }</strong>{ " " }{ if people == 1 { t.received_one } else { t.received } }
                            </p>
                            <button type="button" class="button button--primary" data-action="reveal"
                                disabled={people == 0} onclick={reveal.reform(|_| ())}>
                                { t.reveal }
                            </button>
                        </section>
                    } else {
                        { results_view(&ResultsViewProps { bank: bank.clone(), lang, result: (*result).clone() }) }
                    }
                }
            </main>
        </div>
    }
}
