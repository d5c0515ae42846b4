//! What a page shows instead of the questionnaire while its bank loads, or when it cannot be
//! loaded: one sentence for the visitor, then a detail the administrator can act on (the file,
//! the item, the field, the rule). Never the built-in bank in its place.

use assessment_core::bank_source::{BankLoadError, NameOrigin, MAX_BANK_FILE_BYTES};
use assessment_core::Lang;
use yew::prelude::*;

/// The sentences of this view in one language. `{name}`, `{file}`, `{status}`, `{bytes}` and
/// `{limit}` are filled in.
pub struct BankTexts {
    pub loading: &'static str,
    /// « Le questionnaire « {name} » n’a pas pu être chargé. »
    pub failed: &'static str,
    /// The trial bank could not be read.
    pub trial_failed: &'static str,
    pub no_trial: &'static str,
    pub name_invalid: &'static str,
    pub detail_title: &'static str,
    pub name_rule: &'static str,
    pub in_address: &'static str,
    pub in_attribute: &'static str,
    pub in_config: &'static str,
    pub file: &'static str,
    pub http: &'static str,
    pub network: &'static str,
    pub too_large: &'static str,
    pub faulty: &'static str,
    pub check_hint: &'static str,
}

/// The short status shown while the bank loads.
pub fn bank_loading(texts: &BankTexts) -> Html {
    html! {
        <p class="notice" role="status" data-bank-loading="">{ texts.loading }</p>
    }
}

/// The sentence and the administrator's detail for `error`, in `lang`.
pub fn bank_failure(texts: &BankTexts, error: &BankLoadError, lang: Lang) -> Html {
    let name = error.name();
    let sentence = match (error, name) {
        (BankLoadError::InvalidName(_), _) => texts.name_invalid.to_string(),
        (BankLoadError::NoTrialBank, _) => texts.no_trial.to_string(),
        (_, Some(name)) => texts.failed.replace("{name}", name.as_str()),
        (_, None) => texts.trial_failed.to_string(),
    };
    let kind = match error {
        BankLoadError::InvalidName(_) => "invalid-name",
        BankLoadError::NoTrialBank => "no-trial",
        BankLoadError::Http { .. } => "http",
        BankLoadError::Network { .. } => "network",
        BankLoadError::TooLarge { .. } => "too-large",
        BankLoadError::Faulty { .. } => "faulty",
    };
    let mut details: Vec<String> = Vec::new();
    if let Some(name) = name {
        details.push(texts.file.replace("{file}", &name.file_path()));
    }
    let mut errors: Vec<String> = Vec::new();
    match error {
        BankLoadError::InvalidName(origin) => {
            let place = match origin {
                NameOrigin::Address => texts.in_address,
                NameOrigin::Attribute => texts.in_attribute,
                NameOrigin::Config => texts.in_config,
            };
            details.push(format!("{place}{}", texts.name_rule));
        }
        BankLoadError::NoTrialBank => {}
        BankLoadError::Http { status, .. } => {
            details.push(texts.http.replace("{status}", &status.to_string()));
        }
        BankLoadError::Network { .. } => details.push(texts.network.to_string()),
        BankLoadError::TooLarge { bytes, .. } => details.push(
            texts
                .too_large
                .replace("{bytes}", &bytes.to_string())
                .replace("{limit}", &MAX_BANK_FILE_BYTES.to_string()),
        ),
        BankLoadError::Faulty { errors: found, .. } => {
            details.push(texts.faulty.to_string());
            errors = found.iter().map(|error| error.message(lang)).collect();
        }
    }
    let checked = matches!(
        error,
        BankLoadError::Faulty { .. } | BankLoadError::TooLarge { .. }
    );
    html! {
        <div class="alert" role="alert" data-bank-error={kind}
            data-bank-name={name.map(|name| name.as_str().to_string())}>
            <p><strong>{ sentence }</strong></p>
            if !details.is_empty() {
                <p>{ texts.detail_title }</p>
                <ul data-bank-detail="">
                    for line in details {
                        <li>{ line }</li>
                    }
                </ul>
            }
            if !errors.is_empty() {
                <ul data-bank-check-errors="">
                    for line in errors {
                        <li><code>{ line }</code></li>
                    }
                </ul>
            }
            if checked {
                <p>{ texts.check_hint }</p>
            }
        </div>
    }
}
