//! Says in a sentence what happened to the data kept on this device, when something did.

use crate::i18n::texts;
use crate::persistence::{SessionNotice, StorageStatus};
use assessment_core::Lang;
use yew::prelude::*;

pub struct StorageNoticeProps {
    pub lang: Lang,
    pub status: StorageStatus,
    pub on_download_raw: Callback<()>,
}

pub fn storage_notice(props: &StorageNoticeProps) -> Html {
    let t = texts(props.lang);
    match &props.status {
        StorageStatus::Working => Html::default(),
        StorageStatus::Unavailable => html! {
            <p class="notice" data-storage-status="unavailable">{ t.storage_unavailable }</p>
        },
        StorageStatus::TooLarge(error) => html! {
            <p class="notice" role="status" data-storage-status="too-large">{ error.message(props.lang) }</p>
        },
        StorageStatus::UnreadableElsewhere(error) => html! {
            <p class="notice" role="status" data-storage-status="unreadable-elsewhere">
                { error.message(props.lang) }{ " " }{ t.storage_elsewhere }
            </p>
        },
        StorageStatus::WriteFailed => html! {
            <p class="notice" role="status" data-storage-status="write-failed">{ t.storage_write_failed }</p>
        },
        StorageStatus::Unreadable {
            error, backed_up, ..
        } => html! {
            <div class="alert" role="alert" data-storage-status="unreadable">
                <p>{ t.storage_unreadable_intro }</p>
                <p>{ error.message(props.lang) }</p>
                <p>{ t.storage_kept }</p>
                if !backed_up {
                    <p>{ t.storage_not_saving }</p>
                }
                <button
                    type="button"
                    class="button button--secondary"
                    data-action="download-raw"
                    onclick={props.on_download_raw.reform(|_| ())}
                >
                    { t.download_raw }
                </button>
            </div>
        },
    }
}

pub struct SessionNoticeProps {
    pub lang: Lang,
    pub notice: Option<SessionNotice>,
    pub on_dismiss: Callback<()>,
}

/// A polite note about the session (carried over from an earlier version, changed in another
/// tab), in a status region that is always there so that screen readers hear it arrive.
pub fn session_notice(props: &SessionNoticeProps) -> Html {
    let t = texts(props.lang);
    let message = props
        .notice
        .as_ref()
        .map(|notice| notice.message(props.lang))
        .unwrap_or_default();
    html! {
        <div class={classes!((!message.is_empty()).then_some("notice"), "session-notice")}>
            <p role="status" class="field__status" data-session-notice="">{ message.clone() }</p>
            if !message.is_empty() {
                <button type="button" class="link-button" data-action="dismiss-session-notice"
                    onclick={props.on_dismiss.reform(|_| ())}>
                    { t.dismiss }
                </button>
            }
        </div>
    }
}
