//! The data the page could not read, put aside under keys of their own and offered again on
//! every load: each can be downloaded as it is, tried again with this page's code (after an
//! update it may well be readable), or deleted after a confirmation.

use crate::components::confirm_action::ConfirmAction;
use crate::components::heading::Heading;
use crate::i18n::backups::{backup_label, backup_texts, retry_failed};
use crate::persistence;
use crate::state::SharedBank;
use assessment_core::backup::Backup;
use assessment_core::{Lang, StoredState};
use ui_shared::download;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackupsNoticeProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub backups: Vec<Backup>,
    /// A backup was deleted: read the list again.
    pub on_changed: Callback<()>,
    /// The person confirmed restoring a backup into the session.
    pub on_restore: Callback<Box<StoredState>>,
}

#[component]
pub fn BackupsNotice(props: &BackupsNoticeProps) -> Html {
    let b = backup_texts(props.lang);
    // What the last deletion or restoration did; it outlives the item it was about.
    let said = use_state(String::new);
    let on_deleted = {
        let said = said.clone();
        let on_changed = props.on_changed.clone();
        Callback::from(move |message: &'static str| {
            said.set(message.to_string());
            on_changed.emit(());
        })
    };
    let on_restore = {
        let said = said.clone();
        let on_restore = props.on_restore.clone();
        Callback::from(move |stored: Box<StoredState>| {
            said.set(b.restored.to_string());
            on_restore.emit(stored);
        })
    };
    html! {
        <>
            if !props.backups.is_empty() {
                <section class="notice backups" aria-labelledby="pi-backups-title" data-backups="">
                    <Heading level={2} id="pi-backups-title">{ b.title }</Heading>
                    <p>{ b.lead }</p>
                    <ul class="backups__list">
                        for (at, backup) in props.backups.iter().enumerate() {
                            <BackupItem key={backup.key.clone()} bank={props.bank.clone()} lang={props.lang}
                                backup={backup.clone()} {at}
                                on_deleted={on_deleted.clone()} on_restore={on_restore.clone()} />
                        }
                    </ul>
                </section>
            }
            <p class="field__status" role="status" data-backups-status="">{ (*said).clone() }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct BackupItemProps {
    bank: SharedBank,
    lang: Lang,
    backup: Backup,
    /// Its place in the list, for unique ids.
    at: usize,
    on_deleted: Callback<&'static str>,
    on_restore: Callback<Box<StoredState>>,
}

/// Where a retry stands.
#[derive(Clone, PartialEq)]
enum Retry {
    Idle,
    /// Still unreadable: why, in a sentence.
    Failed(String),
    /// Readable now: waiting for the person to confirm, with the carry-over notice if any.
    Readable(Box<StoredState>, Option<String>),
}

#[component]
fn BackupItem(props: &BackupItemProps) -> Html {
    let lang = props.lang;
    let b = backup_texts(lang);
    let retry = use_state(|| Retry::Idle);
    let problem = use_state(|| None::<&'static str>);
    let confirm_button = use_node_ref();
    let readable = matches!(*retry, Retry::Readable(..));
    use_effect_with(readable, {
        let confirm_button = confirm_button.clone();
        move |readable| {
            if *readable {
                if let Some(button) = confirm_button.cast::<HtmlElement>() {
                    // Focus only fails on a detached element.
                    let _ = button.focus();
                }
            }
        }
    });

    let label_id = format!("pi-backup-{}", props.at);
    let on_download = {
        let backup = props.backup.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let saved = persistence::read_backup(&backup).is_some_and(|raw| {
                download::save_text(&backup.file_name(), "application/json", &raw)
            });
            problem.set((!saved).then_some(b.download_failed));
        })
    };
    let on_retry = {
        let backup = props.backup.clone();
        let bank = props.bank.clone();
        let retry = retry.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(raw) = persistence::read_backup(&backup) else {
                return;
            };
            retry.set(match persistence::restore(&bank, &raw) {
                Ok((session, restored)) => {
                    Retry::Readable(Box::new(session.to_stored()), restored.notice(lang))
                }
                Err(error) => Retry::Failed(retry_failed(lang, &error.message(lang))),
            });
        })
    };
    let on_confirm_restore = {
        let retry = retry.clone();
        let on_restore = props.on_restore.clone();
        Callback::from(move |_: MouseEvent| {
            if let Retry::Readable(stored, _) = &*retry {
                on_restore.emit(stored.clone());
            }
            retry.set(Retry::Idle);
        })
    };
    let on_delete = {
        let backup = props.backup.clone();
        let on_deleted = props.on_deleted.clone();
        let problem = problem.clone();
        Callback::from(move |()| match persistence::delete_backup(&backup) {
            Ok(()) => on_deleted.emit(b.deleted),
            Err(_) => problem.set(Some(b.delete_failed)),
        })
    };
    let question_id = format!("{label_id}-restore");

    html! {
        <li class="backups__item" data-backup={props.backup.key.clone()}>
            <p id={label_id.clone()} class="backups__label">{ backup_label(lang, &props.backup) }</p>
            <div class="keep__actions">
                <button type="button" class="button button--secondary" data-action="download-backup"
                    aria-describedby={label_id.clone()} onclick={on_download}>
                    { b.download }
                </button>
                <button type="button" class="button button--secondary" data-action="retry-backup"
                    aria-describedby={label_id.clone()} onclick={on_retry}>
                    { b.retry }
                </button>
            </div>
            if let Retry::Readable(_, carried) = &*retry {
                <div class="restart-confirm" role="group" aria-labelledby={question_id.clone()}>
                    <p id={question_id}>
                        { b.readable }
                        if let Some(carried) = carried { { " " }{ carried.clone() } }
                    </p>
                    <button type="button" class="button button--danger" data-action="confirm-restore-backup"
                        ref={confirm_button} onclick={on_confirm_restore}>
                        { b.restore }
                    </button>
                    <button type="button" class="button button--secondary" data-action="cancel-restore-backup"
                        onclick={let retry = retry.clone(); move |_| retry.set(Retry::Idle)}>
                        { b.cancel }
                    </button>
                </div>
            }
            <p role="status" data-backup-retry="">
                if let Retry::Failed(why) = &*retry { { why.clone() } }
            </p>
            if let Some(problem) = *problem {
                <p class="alert" role="alert">{ problem }</p>
            }
            <ConfirmAction
                action="delete-backup"
                class="button button--secondary"
                label={b.delete}
                question={b.delete_question}
                question_id={format!("{label_id}-delete")}
                confirm_label={b.delete_confirm}
                cancel_label={b.cancel}
                on_confirm={on_delete}
            />
        </li>
    }
}
