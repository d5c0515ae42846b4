//! Keeping the results beyond this browser tab: file exports, import, print, the 6-month
//! rendez-vous (with a calendar file), and the way to the history and the pact. The two small
//! controls the other screens reuse (the rendez-vous date field, and the import of a result or
//! history file with its error sentence) live here too, next to their first use.

use crate::browser;
use crate::clock;
use crate::components::heading::Heading;
use crate::files;
use crate::i18n::keep::{history_imported, ics_description, keep_texts};
use crate::state::{SessionHandle, SharedBank};
use assessment_core::text_limits::imported_notes_message;
use assessment_core::{
    export_csv, export_json, export_markdown, import_history_json_migrating, import_json_migrating,
    review_meeting_ics, review_meeting_ics_sharing, Action, Date, HistoryEntry, ImportError,
    ImportedResult, Lang, Session, Step,
};
use ui_shared::download;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Today by the browser's clock (the earliest day if the clock gives nonsense).
pub fn today() -> Date {
    let (year, month, day) = clock::today();
    Date::new(year, month, day).unwrap_or(Date::MIN)
}

/// The day of the review: the one chosen, else six months from today.
pub fn review_day(session: &Session) -> Date {
    session.review_date.unwrap_or_else(|| today().add_months(6))
}

#[derive(Properties, PartialEq)]
pub struct KeepPanelProps {
    pub bank: SharedBank,
    pub lang: Lang,
    /// The session, shared by handle: cheap to pass and to compare.
    pub session: SessionHandle,
    /// The share link of the current results.
    pub share_url: AttrValue,
    pub on_action: Callback<Action>,
}

/// A file the panel offers.
#[derive(Clone, Copy)]
enum Save {
    Json,
    Csv,
    Markdown,
    Calendar,
}

#[component]
pub fn KeepPanel(props: &KeepPanelProps) -> Html {
    let lang = props.lang;
    let k = keep_texts(lang);
    let failed = use_state(|| false);
    // Unticked by default: the link carries every answer, and calendars get shared.
    let ics_link = use_state(|| false);
    let Some(nonce) = props.session.nonce else {
        return Html::default();
    };
    let review = review_day(&props.session);

    let save = {
        let bank = props.bank.clone();
        let session = props.session.clone();
        let url = props.share_url.clone();
        let failed = failed.clone();
        let with_link = *ics_link;
        Callback::from(move |what: Save| {
            let date = today();
            let (answers, notes) = (&session.answers, &session.notes);
            let (name, mime, content) = match what {
                Save::Json => (
                    "json",
                    "application/json",
                    export_json(&bank, answers, notes, lang, date, nonce),
                ),
                Save::Csv => ("csv", "text/csv", export_csv(&bank, answers, lang)),
                Save::Markdown => (
                    "md",
                    "text/markdown",
                    export_markdown(&bank, answers, notes, lang, date, Some(&url)),
                ),
                Save::Calendar => {
                    let (title, description) =
                        (keep_texts(lang).ics_title, ics_description(lang, date));
                    let uid = format!("{nonce:08x}-review@problemes-imaginaires");
                    let stamp = clock::utc_stamp();
                    let content = if with_link {
                        review_meeting_ics_sharing(title, &description, &url, review, &uid, &stamp)
                    } else {
                        review_meeting_ics(title, &description, review, &uid, &stamp)
                    };
                    ("", "text/calendar", content)
                }
            };
            let file = match what {
                Save::Calendar => "rendez-vous-problemes-imaginaires.ics".to_string(),
                _ => format!("problemes-imaginaires-{date}.{name}"),
            };
            failed.set(!download::save_text(&file, mime, &content));
        })
    };
    let button = |action: &'static str, label: &'static str, onclick: Callback<MouseEvent>| {
        html! {
            <button type="button" class="button button--secondary" data-action={action} {onclick}>
                { label }
            </button>
        }
    };

    html! {
        <div class="keep" data-section="keep">
            <Heading level={3}>{ k.title }</Heading>
            <p>{ k.lead }</p>
            <div class="keep__actions">
                { button("export-json", k.export_json, save.reform(|_| Save::Json)) }
                { button("export-csv", k.export_csv, save.reform(|_| Save::Csv)) }
                { button("export-markdown", k.export_markdown, save.reform(|_| Save::Markdown)) }
                { button("print", k.print, Callback::from(|_| browser::print())) }
            </div>
            if *failed {
                <p class="alert" role="alert" data-download-error="">{ k.download_failed }</p>
            }
            <ImportField bank={props.bank.clone()} {lang} kind={ImportKind::Result} on_action={props.on_action.clone()}
                session={Some(props.session.clone())} />
            <div class="rendezvous" data-section="rendezvous">
                <Heading level={4}>{ k.rdv_title }</Heading>
                <p>{ k.rdv_lead }</p>
                { review_date_field(lang, review, false, &props.on_action) }
                <p class="rendezvous__link">
                    <label>
                        <input type="checkbox" data-ics-link="" checked={*ics_link}
                            onchange={{
                                let ics_link = ics_link.clone();
                                Callback::from(move |event: Event| {
                                    let checked = event.target_dyn_into::<HtmlInputElement>().is_some_and(|input| input.checked());
                                    ics_link.set(checked);
                                })
                            }} />
                        { " " }{ k.ics_with_link }
                    </label>
                </p>
                { button("download-ics", k.download_ics, save.reform(|_| Save::Calendar)) }
            </div>
            <div class="keep__actions">
                { button("show-history", k.show_history, props.on_action.reform(|_| Action::Show(Step::History))) }
                { button("show-pact", k.show_pact, props.on_action.reform(|_| Action::Show(Step::Pact))) }
            </div>
        </div>
    }
}

/// The rendez-vous day. The browser's date field gives either a whole day or nothing: nothing
/// (a day typed half-way, or cleared) is never stored, and the day shown stays the last one.
pub fn review_date_field(
    lang: Lang,
    value: Date,
    in_pact: bool,
    on_action: &Callback<Action>,
) -> Html {
    let k = keep_texts(lang);
    let on_action = on_action.clone();
    let onchange = Callback::from(move |event: Event| {
        let value = event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| input.value());
        if let Some(date) = value.and_then(|value| Date::parse(&value).ok()) {
            on_action.emit(Action::SetReviewDate(Some(date)));
        }
    });
    let id = if in_pact {
        "pi-pact-review"
    } else {
        "pi-review-date"
    };
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label for={id}>{ if in_pact { k.pact_review } else { k.rdv_date } }</label>
            <input type="date" id={id} value={value.to_string()}
                data-review-date={(!in_pact).then_some("")}
                data-pact-field={in_pact.then_some("review")}
                aria-describedby={hint_id.clone()} {onchange} />
            <p id={hint_id} class="field__hint">{ k.rdv_hint }</p>
        </div>
    }
}

/// What an import field reads.
#[derive(Clone, Copy, PartialEq)]
pub enum ImportKind {
    /// One result (`data-import="result"`).
    Result,
    /// A history (`data-import="history"`).
    History,
}

#[derive(Properties, PartialEq)]
pub struct ImportFieldProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub kind: ImportKind,
    pub on_action: Callback<Action>,
    /// The current answers, when a file with their nonce could overwrite them.
    #[prop_or_default]
    pub session: Option<SessionHandle>,
}

/// How an import went: how many assessments the file brought, and the sentence saying they
/// were carried over from an earlier version of the questions, if they were.
#[derive(Clone, PartialEq)]
struct Imported {
    count: usize,
    carried_over: Option<String>,
}

/// What reading a file led to.
#[derive(Clone, PartialEq)]
enum Read {
    Done(Imported),
    /// A result with the current answers' nonce but other answers: it would overwrite them in
    /// the history, so the person is asked first.
    Ask(ImportedResult, Option<String>),
}

/// Hands a result file's content to the session; `keep` first saves the answers it replaces.
fn load_result(
    on_action: &Callback<Action>,
    imported: ImportedResult,
    carried_over: Option<String>,
    keep: bool,
) -> Imported {
    // It joins the history with its own date, so that it can be compared with the answers it
    // replaces.
    let entry = HistoryEntry {
        date: imported.date,
        nonce: imported.nonce,
        answers: imported.answers.clone(),
    };
    on_action.emit(if keep {
        Action::ImportKeepingCurrent {
            imported,
            today: today(),
            fresh_nonce: clock::nonce(),
        }
    } else {
        Action::Import(imported)
    });
    on_action.emit(Action::MergeHistory(vec![entry]));
    Imported {
        count: 1,
        carried_over,
    }
}

/// Reads one of our files (answers of an earlier version of the questions carried over) and
/// hands its content to the session, or says why it is refused.
fn import(props: &ImportFieldProps, text: &str) -> Result<Read, ImportError> {
    let lang = props.lang;
    let (entries, carried_over) = match props.kind {
        ImportKind::Result => {
            let read = import_json_migrating(&props.bank, text)?;
            // Notes longer than the limit are cut by the session: the outcome says so.
            let shortened = imported_notes_message(&read.result.notes, lang);
            let carried_over = match (read.notice(lang), shortened) {
                (Some(notice), Some(shortened)) => Some(format!("{notice} {shortened}")),
                (notice, shortened) => notice.or(shortened),
            };
            let imported = read.result;
            let overwrites = props.session.as_ref().is_some_and(|session| {
                session.nonce == Some(imported.nonce)
                    && session.answers.answered() > 0
                    && session.answers != imported.answers
            });
            if overwrites {
                return Ok(Read::Ask(imported, carried_over));
            }
            return Ok(Read::Done(load_result(
                &props.on_action,
                imported,
                carried_over,
                false,
            )));
        }
        ImportKind::History => {
            let read = import_history_json_migrating(&props.bank, text)?;
            let carried_over = read.notice(lang);
            (read.entries, carried_over)
        }
    };
    let count = entries.len();
    props.on_action.emit(Action::MergeHistory(entries));
    Ok(Read::Done(Imported {
        count,
        carried_over,
    }))
}

/// A labelled file picker for our JSON files (a result, or a history), with the outcome in a
/// sentence: a refused file changes nothing. Usable on any screen, the first one included.
#[component]
pub fn ImportField(props: &ImportFieldProps) -> Html {
    let lang = props.lang;
    let k = keep_texts(lang);
    // How the last import went; Err(None): the file could not be read at all.
    let outcome = use_state(|| None::<Result<Imported, Option<ImportError>>>);
    let asking = use_state(|| None::<(ImportedResult, Option<String>)>);
    let cancelled = use_state(|| false);
    let confirm_button = use_node_ref();
    // The question replaces nothing on screen: focus goes to its confirming button.
    use_effect_with(asking.is_some(), {
        let confirm_button = confirm_button.clone();
        move |asking| {
            if *asking {
                if let Some(button) = confirm_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
    });
    let (key, label, hint) = match props.kind {
        ImportKind::Result => ("result", k.import_result, k.import_result_hint),
        ImportKind::History => ("history", k.import_history, k.import_history_hint),
    };
    let on_text = {
        let outcome = outcome.clone();
        let asking = asking.clone();
        let cancelled = cancelled.clone();
        let props = ImportFieldProps {
            bank: props.bank.clone(),
            lang,
            kind: props.kind,
            on_action: props.on_action.clone(),
            session: props.session.clone(),
        };
        Callback::from(move |text: Result<String, ()>| {
            cancelled.set(false);
            asking.set(None);
            outcome.set(
                match text
                    .map_err(|()| None)
                    .and_then(|text| import(&props, &text).map_err(Some))
                {
                    Ok(Read::Done(imported)) => Some(Ok(imported)),
                    Ok(Read::Ask(imported, carried_over)) => {
                        asking.set(Some((imported, carried_over)));
                        None
                    }
                    Err(error) => Some(Err(error)),
                },
            );
        })
    };
    let confirm = {
        let (asking, outcome, on_action) =
            (asking.clone(), outcome.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some((imported, carried_over)) = (*asking).clone() {
                asking.set(None);
                outcome.set(Some(Ok(load_result(
                    &on_action,
                    imported,
                    carried_over,
                    true,
                ))));
            }
        })
    };
    let cancel = {
        let (asking, cancelled) = (asking.clone(), cancelled.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(None);
            cancelled.set(true);
        })
    };
    let onchange = Callback::from(move |event: Event| files::read_picked(&event, on_text.clone()));
    let id = format!("pi-import-{key}");
    let hint_id = format!("{id}-hint");
    let done = match (&*outcome, props.kind) {
        (Some(Ok(_)), ImportKind::Result) => k.import_result_done.to_string(),
        (Some(Ok(imported)), ImportKind::History) => history_imported(lang, imported.count),
        _ => String::new(),
    };
    let done = match &*outcome {
        Some(Ok(Imported {
            carried_over: Some(carried_over),
            ..
        })) => format!("{done} {carried_over}"),
        _ => done,
    };
    let done = if *cancelled {
        k.import_same_cancelled.to_string()
    } else {
        done
    };
    let question_id = format!("pi-import-{key}-question");
    html! {
        <div class="field file-field">
            <label for={id.clone()}>{ label }</label>
            <p id={hint_id.clone()} class="field__hint">{ hint }</p>
            <input type="file" id={id} accept=".json,application/json" data-import={key}
                aria-describedby={hint_id} {onchange} />
            if asking.is_some() {
                <div class="restart-confirm" role="group" aria-labelledby={question_id.clone()}>
                    <p id={question_id}>{ k.import_same_question }</p>
                    <button type="button" class="button button--danger" data-action="confirm-import"
                        ref={confirm_button} onclick={confirm}>
                        { k.import_same_confirm }
                    </button>
                    <button type="button" class="button button--secondary" data-action="cancel-import"
                        onclick={cancel}>
                        { k.import_same_cancel }
                    </button>
                </div>
            }
            if let Some(Err(error)) = &*outcome {
                <p class="alert" role="alert" data-import-error="">
                    { error.as_ref().map_or_else(|| k.file_unreadable.to_string(), |e| e.message(lang)) }
                </p>
            }
            <p class="field__status" role="status" data-import-status="">{ done }</p>
        </div>
    }
}
