//! The two things to do with a usable bank: try it in the assessment page (the normalised JSON
//! goes to local storage, the page opens with `?trial=1`), and download it normalised, as
//! `<id>.json`, the file to drop into `banks/`.

use crate::browser::{save_text, store_trial_bank, TRIAL_URL};
use crate::i18n::{fill, texts};
use crate::report::export_file_name;
use crate::state::{Notice, VerifierAction};
use assessment_core::{Bank, Lang};
use yew::prelude::*;

pub struct PublishProps<'a> {
    pub lang: Lang,
    pub bank: &'a Bank,
    /// The normalised JSON.
    pub json: &'a str,
    pub notice: Option<Notice>,
    pub on_action: Callback<VerifierAction>,
}

pub fn publish(props: &PublishProps) -> Html {
    let t = texts(props.lang);
    let file_name = export_file_name(props.bank);
    let try_it = {
        let json = props.json.to_string();
        let on_action = props.on_action.clone();
        // The link opens the page itself; the bank must be stored first, and the link stays
        // put when the browser refuses storage (the page would otherwise say there is no bank).
        Callback::from(move |event: MouseEvent| {
            if !store_trial_bank(&json) {
                event.prevent_default();
                on_action.emit(VerifierAction::Notice(Notice::TrialFailed));
            }
        })
    };
    let download = {
        let json = props.json.to_string();
        let file_name = file_name.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if !save_text(&file_name, "application/json", &json) {
                on_action.emit(VerifierAction::Notice(Notice::DownloadFailed));
            }
        })
    };
    html! {
        <section class="verifier__section verifier__publish" aria-labelledby="verifier-publish-title">
            <h2 id="verifier-publish-title" class="pi-h2">{ t.actions_title }</h2>
            <div class="verifier__action">
                <a class="button button--primary" href={TRIAL_URL} target="_blank" rel="noopener"
                    data-action="try" aria-describedby="verifier-try-hint" onclick={try_it}>
                    { t.try_it }{ " " }{ t.opens_new_tab }
                </a>
                <p id="verifier-try-hint" class="field__hint">{ t.try_hint }</p>
            </div>
            <div class="verifier__action">
                <button type="button" class="button button--secondary" data-action="download"
                    aria-describedby="verifier-download-hint" onclick={download}>
                    { t.download }
                </button>
                <p id="verifier-download-hint" class="field__hint">
                    { fill(t.download_hint, &[("file", &file_name)]) }
                </p>
            </div>
            if let Some(notice) = props.notice {
                <p class="alert" role="alert" data-notice="">
                    { match notice {
                        Notice::TrialFailed => t.trial_failed,
                        Notice::DownloadFailed => t.download_failed,
                    } }
                </p>
            }
        </section>
    }
}
