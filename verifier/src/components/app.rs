//! The check page: the file picker, the status sentence, then, for a checked file, its errors
//! and warnings, what it holds, the trial and download buttons, and the preview.

use crate::browser;
use crate::components::findings::{findings, FindingsProps};
use crate::components::pick_file::PickFile;
use crate::components::preview::{preview, PreviewProps};
use crate::components::publish::{publish, PublishProps};
use crate::i18n::{fill, texts};
use crate::report::{megabytes, summary};
use crate::state::{Outcome, Refusal, VerifierAction, VerifierState, MAX_FILE_BYTES};
use assessment_core::i18n::{languages, LanguageInfo};
use assessment_core::Lang;
use ui_shared::lang_switch::{lang_switch, LangLoad, LangSwitchProps};
use ui_shared::version_line::version_line;
use yew::prelude::*;

/// The status sentence and its stable hook (`data-verdict`).
fn status(outcome: Option<&Outcome>, lang: Lang) -> (&'static str, String) {
    let t = texts(lang);
    match outcome {
        None => ("", String::new()),
        Some(Outcome::Reading(_)) => ("reading", t.reading.to_string()),
        Some(Outcome::Checked(checked)) => (
            if checked.check.is_usable() {
                "publishable"
            } else {
                "errors"
            },
            summary(&checked.check, lang),
        ),
        Some(Outcome::Refused(name, refusal)) => {
            let sentence = match refusal {
                Refusal::WrongType => fill(t.refused_type, &[("name", name)]),
                Refusal::TooLarge(size) => fill(
                    t.refused_size,
                    &[
                        ("name", name),
                        ("size", &megabytes(*size, lang)),
                        ("max", &megabytes(MAX_FILE_BYTES, lang)),
                    ],
                ),
                Refusal::Unreadable => fill(t.refused_unreadable, &[("name", name)]),
            };
            ("refused", sentence)
        }
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| VerifierState::new(browser::initial_lang()));
    use_effect_with(state.lang, move |lang| {
        browser::set_document_lang(*lang, texts(*lang).doc_title)
    });
    let dispatcher = state.dispatcher();
    let on_action: Callback<VerifierAction> = dispatcher.to_callback();
    let on_lang = on_action.reform(VerifierAction::SetLang);

    let lang = state.lang;
    let t = texts(lang);
    let (verdict, sentence) = status(state.outcome.as_ref(), lang);
    let checked = match &state.outcome {
        Some(Outcome::Checked(checked)) => Some(checked.clone()),
        _ => None,
    };

    html! {
        <div class="pi-app verifier" lang={lang.code().to_string()} dir={lang.dir()}>
            <a class="skip-link" href="#pi-main" data-skip-link="">{ t.skip_to_content }</a>
            <header class="pi-header">
                <h1 class="pi-header__title">{ t.app_title }</h1>
                { lang_switch(&LangSwitchProps {
                    lang,
                    offered: verifier_languages(),
                    group_label: t.language_group,
                    load: LangLoad::Idle,
                    loading_text: "",
                    failed_text: "",
                    on_lang,
                }) }
            </header>
            <main class="pi-main" id="pi-main" tabindex="-1">
                <p class="verifier__toolbar">
                    <a href={format!("../?lang={}", lang.code())}>{ t.back_to_assessment }</a>
                </p>
                <p class="verifier__lead">{ t.lead }</p>
                <p class="notice">{ t.privacy }</p>
                <PickFile {lang} on_action={on_action.clone()} />
                // Always in the page, so that screen readers announce each new sentence.
                <div class={classes!("verifier__status", (!verdict.is_empty()).then(|| format!("verifier__status--{verdict}")))}
                    role="status" data-verdict={verdict}>
                    if let Some(checked) = &checked {
                        <p class="verifier__file">{ fill(t.checked_file, &[("name", &checked.name)]) }</p>
                    }
                    if !sentence.is_empty() {
                        <p class="verifier__summary" data-summary="">{ sentence }</p>
                    }
                </div>
                if let Some(checked) = checked {
                    { findings(&FindingsProps { lang, checked: checked.clone() }) }
                    if let (Some(bank), Some(json)) = (&checked.check.bank, &checked.json) {
                        { publish(&PublishProps { lang, bank, json, notice: state.notice, on_action: on_action.clone() }) }
                        { preview(&PreviewProps { lang, preview_lang: &state.preview_lang, bank,
                            on_preview_lang: on_action.reform(VerifierAction::SetPreviewLang) }) }
                    }
                }
            </main>
            <footer class="pi-footer">
                { version_line() }
            </footer>
        </div>
    }
}

/// The languages the check page has words for (French and English), as the switch shows them.
fn verifier_languages() -> Vec<&'static LanguageInfo> {
    languages()
        .iter()
        .filter(|info| info.code == "fr" || info.code == "en")
        .collect()
}
