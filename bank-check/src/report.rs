//! What `bank-check` prints about a checked bank: the closing sentence, and the JSON report the
//! check page's tests compare with.

use assessment_core::bank::{BankCheck, BankError, BankWarning, Item, WarningKind};
use assessment_core::Lang;
use serde::Serialize;

/// One error or warning in the JSON report.
#[derive(Serialize)]
struct Entry {
    /// The item in words, as in the message (`question « A3 »`); `null` when the fault has no
    /// item (a syntax error that cannot be placed, a file too large).
    item: Option<String>,
    /// The field (`text.en`, `url`, a JSON path for a syntax error), or `null`.
    field: Option<String>,
    /// The whole sentence, in the report's language.
    message: String,
}

#[derive(Serialize)]
struct Report {
    errors: Vec<Entry>,
    warnings: Vec<Entry>,
}

fn label(item: Option<Item>, lang: Lang) -> Option<String> {
    item.map(|item| item.label(lang))
}

fn error_entry(error: &BankError, lang: Lang) -> Entry {
    let item = match error {
        // Faults of the file as a whole name no item.
        BankError::TooLarge { .. } => None,
        _ => error.item(),
    };
    Entry {
        item: label(item, lang),
        field: error.field(),
        message: error.message(lang),
    }
}

fn warning_entry(warning: &BankWarning, lang: Lang) -> Entry {
    Entry {
        item: label(Some(warning.item.clone()), lang),
        field: (!warning.field.is_empty()).then(|| warning.field.clone()),
        message: warning.message(lang),
    }
}

/// `{ "errors": [{ "item", "field", "message" }], "warnings": [...] }`, pretty-printed.
pub fn json_report(check: &BankCheck, lang: Lang) -> String {
    let report = Report {
        errors: check
            .errors
            .iter()
            .map(|error| error_entry(error, lang))
            .collect(),
        warnings: check
            .warnings
            .iter()
            .map(|warning| warning_entry(warning, lang))
            .collect(),
    };
    serde_json::to_string_pretty(&report).unwrap_or_default()
}

/// The closing line: usable or not, with the counts.
pub fn summary(path: &str, check: &BankCheck, lang: Lang) -> String {
    // The last line of a long list says how many more there are: count those too.
    let errors = check.errors.len()
        + check
            .errors
            .iter()
            .map(|error| match error {
                BankError::MoreErrors { count } => count.saturating_sub(1),
                _ => 0,
            })
            .sum::<usize>();
    let warnings = check.warnings.len()
        + check
            .warnings
            .iter()
            .map(|warning| match warning.kind {
                WarningKind::MoreWarnings { count } => count.saturating_sub(1),
                _ => 0,
            })
            .sum::<usize>();
    // French: plural from 2; English: plural except for 1.
    let plural = |count: usize| if count > 1 { "s" } else { "" };
    let plural_en = |count: usize| if count == 1 { "" } else { "s" };
    match (lang.code() == "fr", check.is_usable()) {
        (true, true) => format!(
            "{path}\u{202f}: questionnaire utilisable ({warnings}\u{a0}avertissement{})",
            plural(warnings)
        ),
        (true, false) => format!(
            "{path}\u{202f}: questionnaire refusé ({errors}\u{a0}erreur{}, {warnings}\u{a0}avertissement{})",
            plural(errors),
            plural(warnings)
        ),
        (false, true) => format!(
            "{path}: ok, the bank is usable ({warnings} warning{})",
            plural_en(warnings)
        ),
        (false, false) => format!(
            "{path}: refused ({errors} error{}, {warnings} warning{})",
            plural_en(errors),
            plural_en(warnings)
        ),
    }
}
