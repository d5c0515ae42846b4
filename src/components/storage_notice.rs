//! Says in a sentence what happened to the data kept on this device, when something did.

use crate::i18n::texts;
use crate::persistence::StorageStatus;
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
