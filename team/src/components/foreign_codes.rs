//! Codes refused as answers to another questionnaire: when that questionnaire is available next
//! to the assessment page (the built-in one, or one `config.json` lists in `banks`), name it and
//! link to its team view, where the facilitator can paste them. The refused lines themselves
//! stay listed in the report above, with the core's sentence.

use crate::i18n::texts;
use crate::state::{Feedback, SharedBank};
use assessment_core::bank_source::{link_query, BankName};
use assessment_core::code::code_start_fingerprint;
use assessment_core::team::{Origin, Refusal};
use assessment_core::{CodeError, Lang};
use std::rc::Rc;
use ui_shared::bank_source::bank_of_fingerprint;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ForeignCodesProps {
    pub feedback: Option<Rc<Feedback>>,
    pub bank: SharedBank,
    pub lang: Lang,
    /// The widget's folder, where `banks/` and `config.json` are.
    pub folder: AttrValue,
}

/// The distinct fingerprints of the codes refused as another questionnaire's.
fn foreign_fingerprints(feedback: Option<&Feedback>) -> Vec<[u8; 2]> {
    let mut found: Vec<[u8; 2]> = Vec::new();
    for rejected in feedback
        .map(|feedback| feedback.report.rejected.as_slice())
        .unwrap_or_default()
    {
        if let (Refusal::Code(CodeError::ForeignBank), Origin::Line { token, .. }) =
            (&rejected.reason, &rejected.origin)
        {
            if let Some(fingerprint) = code_start_fingerprint(token) {
                if !found.contains(&fingerprint) {
                    found.push(fingerprint);
                }
            }
        }
    }
    found
}

#[component]
pub fn ForeignCodes(props: &ForeignCodesProps) -> Html {
    let names = use_state(Vec::<BankName>::new);
    let fingerprints = foreign_fingerprints(props.feedback.as_deref());
    use_effect_with(fingerprints, {
        let names = names.clone();
        let bank = props.bank.clone();
        let folder = props.folder.to_string();
        move |fingerprints| {
            let fingerprints = fingerprints.clone();
            names.set(Vec::new());
            if !fingerprints.is_empty() {
                yew::platform::spawn_local(async move {
                    let mut found = Vec::new();
                    // A few banks at most: one at a time keeps the requests few.
                    for fingerprint in fingerprints.into_iter().take(5) {
                        if let Some(name) = bank_of_fingerprint(&folder, fingerprint, &bank).await {
                            found.push(name);
                        }
                    }
                    names.set(found);
                });
            }
        }
    });
    if names.is_empty() {
        return Html::default();
    }
    let t = texts(props.lang);
    html! {
        <ul class="team-report__other-banks">
            for name in names.iter() {
                <li data-code-bank={name.as_str().to_string()}>
                    { t.code_other_bank_line.replace("{name}", name.as_str()) }{ " " }
                    <a href={format!("?{}", link_query(props.lang.code(), Some(name)))} data-open-other-bank="">
                        { t.code_open_other_team.replace("{name}", name.as_str()) }
                    </a>
                </li>
            }
        </ul>
    }
}
