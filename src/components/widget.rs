//! Owns the session and shows the screen for the current step, or a shared result opened
//! from a link.

use crate::browser;
use crate::clock;
use crate::components::backups_notice::BackupsNotice;
use crate::components::footer::{footer, FooterProps};
use crate::components::foreign_code::ForeignCode;
use crate::components::header::{header, HeaderProps};
use crate::components::history_view::HistoryView;
use crate::components::intro::{intro, IntroProps};
use crate::components::pact_view::PactView;
use crate::components::problem_step::{problem_step, ProblemStepProps};
use crate::components::results::{results, ResultsProps};
use crate::components::shared_view::SharedView;
use crate::components::storage_notice::{
    session_notice, storage_notice, SessionNoticeProps, StorageNoticeProps,
};
use crate::embedding::{Mode, SharedEmbedding};
use crate::hooks::use_frame_bridge::use_frame_bridge;
use crate::hooks::use_persisted_session::use_persisted_session;
use crate::i18n::keep::keep_texts;
use crate::i18n::{step_name, texts, window_title};
use crate::persistence::{self, StorageStatus};
use crate::state::SharedBank;
use assessment_core::embed::completed_problems;
use assessment_core::statement::statement_address;
use assessment_core::{
    assess, code_from_fragment, decode_code, Action, AnswerCode, CodeError, Date, Lang, Step,
};
use std::rc::Rc;
use ui_shared::download;
use ui_shared::lang_loader::{folder_of, use_lang_loader};
use ui_shared::lang_switch::offered_languages;
use ui_shared::lang_switch::LangLoad;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The main content's id, the skip link's target.
const MAIN_ID: &str = "pi-main";

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub bank: SharedBank,
    pub initial_lang: Lang,
    pub embedding: SharedEmbedding,
}

/// A result opened from a share link: the decoded answers, or why they cannot be shown. An
/// element on a host page leaves the host's address alone.
fn shared_from_location(
    bank: &SharedBank,
    embedding: &SharedEmbedding,
) -> Option<Result<Rc<AnswerCode>, CodeError>> {
    if !embedding.owns_document() {
        return None;
    }
    let fragment = browser::location_fragment()?;
    let code = code_from_fragment(&fragment)?;
    Some(decode_code(bank, code).map(Rc::new))
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let embedding = &props.embedding;
    let persisted = use_persisted_session(&props.bank, props.initial_lang, &embedding.storage_key);
    let session = persisted.session;
    let status = persisted.status;
    let notice = persisted.notice;
    let backups = persisted.backups;
    let shared = use_state({
        let bank = props.bank.clone();
        let embedding = embedding.clone();
        move || shared_from_location(&bank, &embedding)
    });
    // A share link pasted into a tab already showing the app changes only the fragment.
    use_effect_with(embedding.clone(), {
        let bank = props.bank.clone();
        let shared = shared.clone();
        move |embedding| {
            let listener = embedding.owns_document().then(|| {
                let embedding = embedding.clone();
                browser::on_fragment_change(Callback::from(move |()| {
                    shared.set(shared_from_location(&bank, &embedding));
                }))
            });
            move || drop(listener)
        }
    });
    let bridge = use_frame_bridge(embedding);
    let heading = use_node_ref();
    // One callback for the widget's whole life (the dispatcher never changes): components that
    // receive it and nothing else new are not rebuilt on each change (issue 13).
    let on_action = {
        let dispatcher = session.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };

    // The screen's name: the window title starts with it (RGAA 8.6), and a status region says
    // it when the screen changes (RGAA 7.5), besides the focus moving to its heading.
    let showing_shared = matches!(*shared, Some(Ok(_)));
    let screen_name = {
        let lang = session.lang;
        let t = texts(lang);
        let total = session.step_count();
        match (showing_shared, session.step) {
            (true, _) => Some(t.shared_title.to_string()),
            (_, Step::Intro) => None,
            (_, Step::Problem(at)) => props
                .bank
                .problems
                .get(at)
                .map(|problem| step_name(lang, at + 1, total, problem.label.get(lang))),
            (_, Step::Results) => Some(step_name(lang, total, total, t.results_title)),
            (_, Step::History) => Some(keep_texts(lang).history_title.to_string()),
            (_, Step::Pact) => Some(keep_texts(lang).pact_title.to_string()),
        }
    };
    use_effect_with(
        // The words' arrival too: a saved or asked-for language is fetched after the start.
        (
            session.lang,
            assessment_core::i18n::is_available(session.lang),
            embedding.owns_document(),
            screen_name.clone(),
        ),
        |(lang, _, owns_document, screen_name)| {
            if *owns_document {
                browser::set_document_lang(*lang, &window_title(*lang, screen_name.as_deref()));
            }
        },
    );

    // Reaching the results completes the assessment: it gets its nonce and its history entry,
    // and a host that opted in hears the scores, but only when the person reached them in this
    // page's life: results restored from storage at load are never sent, so a site that frames
    // the widget cannot collect what a visitor saved before without them doing anything.
    let last_step = use_mut_ref(|| None::<Step>);
    use_effect_with(session.step, {
        let dispatcher = session.dispatcher();
        let bank = props.bank.clone();
        let answers = session.answers.clone();
        move |step| {
            let before = last_step.borrow_mut().replace(*step);
            let reached_here = before.is_some_and(|before| before != Step::Results);
            if *step == Step::Results {
                if let (true, Some(bridge)) = (reached_here, &*bridge.borrow()) {
                    bridge.completed(&completed_problems(&bank, &assess(&bank, &answers)));
                }
                let (year, month, day) = clock::today();
                if let Ok(date) = Date::new(year, month, day) {
                    dispatcher.dispatch(Action::Complete {
                        nonce: clock::nonce(),
                        date,
                    });
                }
            }
        }
    });

    // Moving to another screen moves focus to its heading, so keyboard and screen-reader users
    // start reading at the top of the new content. The first render keeps focus where the
    // host page left it.
    // The status region stays empty at load, so that opening the page announces nothing twice.
    let announcement = use_state(String::new);
    let first_render = use_mut_ref(|| true);
    use_effect_with((session.step, showing_shared), {
        let heading = heading.clone();
        let announcement = announcement.clone();
        let spoken = screen_name
            .clone()
            .unwrap_or_else(|| texts(session.lang).app_title.to_string());
        move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            announcement.set(spoken);
            if let Some(element) = heading.cast::<HtmlElement>() {
                // Focus can only fail on a detached element; nothing useful to do then.
                let _ = element.focus();
            }
        }
    });

    let lang = session.lang;
    let t = texts(lang);
    let (lang_load, on_lang) = use_lang_loader(
        lang,
        folder_of(&embedding.share_base),
        on_action.reform(Action::SetLang),
    );
    let offered = offered_languages(&props.bank, lang);
    let leave_shared = {
        let shared = shared.clone();
        Callback::from(move |()| {
            browser::clear_fragment();
            shared.set(None);
        })
    };
    let download_raw = {
        let status = status.clone();
        Callback::from(move |()| {
            if let StorageStatus::Unreadable { error, raw, .. } = &*status {
                if download::save_text(
                    "problemes-imaginaires-donnees-brutes.txt",
                    "text/plain",
                    raw,
                ) {
                    status.set(StorageStatus::Unreadable {
                        error: error.clone(),
                        raw: raw.clone(),
                        backed_up: true,
                    });
                }
            }
        })
    };
    let refresh_backups = {
        let backups = backups.clone();
        let storage_key = embedding.storage_key.clone();
        Callback::from(move |()| backups.set(persistence::backups(&storage_key)))
    };
    let restore_backup = {
        let dispatcher = session.dispatcher();
        let notice = notice.clone();
        Callback::from(move |stored| {
            notice.set(None);
            dispatcher.dispatch(Action::Replace(stored));
        })
    };
    let dismiss_notice = {
        let notice = notice.clone();
        Callback::from(move |()| notice.set(None))
    };
    let forget_all = {
        let storage_key = embedding.storage_key.clone();
        let dispatcher = session.dispatcher();
        let status = status.clone();
        let backups = backups.clone();
        let notice = notice.clone();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::ForgetAll);
            let forgotten = persistence::forget_all(&storage_key);
            backups.set(persistence::backups(&storage_key));
            notice.set(None);
            if !matches!(*status, StorageStatus::Unavailable) {
                status.set(if forgotten.is_ok() {
                    StorageStatus::Working
                } else {
                    StorageStatus::WriteFailed
                });
            }
        })
    };

    // The skip link moves focus itself: following `#pi-main` would change the address's
    // fragment, where share links live, and close a shared result being read.
    let skip_to_main = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        browser::focus_by_id(MAIN_ID);
    });

    // Inside a host's page, the host owns the landmarks (`main`, `footer`).
    let in_element = embedding.mode == Mode::Element;
    let embed_mode = match embedding.mode {
        Mode::Page => None,
        Mode::Frame => Some("frame"),
        Mode::Element => Some("element"),
    };
    let share_error = match &*shared {
        Some(Err(error)) => Some(error.clone()),
        _ => None,
    };
    let screen = match (&*shared, session.step) {
        (Some(Ok(code)), _) => html! {
            <SharedView
                bank={props.bank.clone()}
                {lang}
                shared={code.clone()}
                own={session.history.last().cloned()}
                heading={heading.clone()}
                on_take_it={leave_shared.clone()}
            />
        },
        (_, Step::Intro) => html! {
            { intro(&IntroProps { bank: props.bank.clone(), lang, has_history: !session.history.is_empty(), heading: heading.clone(), on_action: on_action.clone() }) }
        },
        (_, Step::Problem(at)) => html! {
            { problem_step(&ProblemStepProps { bank: props.bank.clone(), problem: at, lang, answers: session.answers.clone(), step_count: session.step_count(), heading: heading.clone(), on_action: on_action.clone() }) }
        },
        (_, Step::Results) => html! {
            { results(&ResultsProps { bank: props.bank.clone(), lang, session: session.clone(), heading: heading.clone(), on_action: on_action.clone(), share_base: embedding.share_base.clone().into() }) }
        },
        (_, Step::History) => html! {
            <HistoryView
                bank={props.bank.clone()}
                {lang}
                session={session.clone()}
                heading={heading.clone()}
                on_action={on_action.clone()}
            />
        },
        (_, Step::Pact) => html! {
            <PactView
                bank={props.bank.clone()}
                {lang}
                session={session.clone()}
                heading={heading.clone()}
                on_action={on_action.clone()}
            />
        },
    };

    // A saved or asked-for language whose words are still on their way (i18n/<code>.json): the
    // widget waits for them, so that no part is drawn in the default language and kept so by
    // its memoised props once they arrive. A failure falls back to the default (the loader).
    if !assessment_core::i18n::is_available(lang) && !matches!(lang_load, LangLoad::Failed(_)) {
        return html! {
            <div class="pi-app" lang={lang.code().to_string()} dir={lang.dir()} data-embed={embed_mode}>
                <p class="notice" role="status" data-lang-loading="">{ t.loading_language }</p>
            </div>
        };
    }

    html! {
        <div class="pi-app" lang={lang.code().to_string()} dir={lang.dir()} data-embed={embed_mode}>
            if embedding.owns_document() {
                <a class="skip-link" href={format!("#{MAIN_ID}")} data-skip-link="" onclick={skip_to_main}>
                    { t.skip_to_content }
                </a>
            }
            { header(&HeaderProps { lang, show_title: embedding.shows_title(), offered, load: lang_load, on_lang }) }
            <@{if in_element { "div" } else { "main" }} class="pi-main"
                id={(!in_element).then_some(MAIN_ID)} tabindex={(!in_element).then_some("-1")}>
                { storage_notice(&StorageNoticeProps { lang, status: (*status).clone(), on_download_raw: download_raw }) }
                { session_notice(&SessionNoticeProps { lang, notice: (*notice).clone(), on_dismiss: dismiss_notice }) }
                <BackupsNotice bank={props.bank.clone()} {lang} backups={(*backups).clone()}
                    on_changed={refresh_backups} on_restore={restore_backup} />
                if embedding.trial {
                    <p class="notice" data-trial-notice="">{ t.bank_trial_notice.replace("{name}", &props.bank.id) }</p>
                }
                if let Some(error) = share_error {
                    <div class="alert" role="alert" data-share-error="">
                        <p><strong>{ t.share_error_title }</strong></p>
                        <p>{ error.message(lang) }</p>
                        if error == CodeError::ForeignBank {
                            <ForeignCode bank={props.bank.clone()} {lang} />
                        }
                        <p>{ t.share_error_kept }</p>
                        <button type="button" class="button button--secondary" data-action="dismiss-share-error"
                            onclick={leave_shared.reform(|_| ())}>
                            { t.dismiss }
                        </button>
                    </div>
                }
                { screen }
                <p class="visually-hidden" role="status" data-step-announcer="">{ (*announcement).clone() }</p>
            </@>
            { footer(&FooterProps {
                lang,
                landmark: !in_element,
                on_forget_all: forget_all,
                sends_scores_to: embedding.frame_host.as_ref().and_then(|host| host.completed_to.clone()),
                statement: statement_address(&embedding.share_base, lang),
                statement_in_new_window: embedding.mode != Mode::Page,
            }) }
        </div>
    }
}
