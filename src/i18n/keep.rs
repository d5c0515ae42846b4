//! Texts of the "keep" features: exports, import, print, history, rendez-vous and pact. Kept
//! apart from `i18n.rs` because they belong to screens a person reaches only after the results.

use assessment_core::i18n::{fill, plural, tables, KeepStrings};
use assessment_core::{answer_label, Answer, Date, Lang};

/// Every fixed sentence of the keep features in one language (`[keep]` of the language files).
pub type KeepTexts = KeepStrings;

/// The keep texts in `lang`.
pub fn keep_texts(lang: Lang) -> &'static KeepTexts {
    tables::keep(lang)
}

/// A day as people write it (`[format] date`): 28/11/2026 in French, 2026-11-28 in English.
pub fn format_date(lang: Lang, date: Date) -> String {
    fill(
        tables::format(lang).date,
        &[
            ("day", &format_args!("{:02}", date.day())),
            ("month", &format_args!("{:02}", date.month())),
            ("year", &format_args!("{:04}", date.year())),
        ],
    )
}

/// The calendar event's description; the share link, when asked for, follows on its own line.
pub fn ics_description(lang: Lang, today: Date) -> String {
    let today = format_date(lang, today);
    fill(keep_texts(lang).ics_description, &[("today", &today)])
}

/// "3 autodiagnostics importés." after a history import.
pub fn history_imported(lang: Lang, count: usize) -> String {
    let t = keep_texts(lang);
    fill(
        plural(
            lang,
            count,
            t.history_imported_one,
            t.history_imported_other,
        ),
        &[("n", &count)],
    )
}

/// The table caption of a comparison.
pub fn comparison_caption(lang: Lang, older: &str, newer: &str) -> String {
    fill(
        keep_texts(lang).comparison_caption,
        &[("older", &older), ("newer", &newer)],
    )
}

/// « Souvent → Rarement », with "sans réponse" for an unanswered question.
pub fn answer_change(lang: Lang, before: Option<Answer>, after: Option<Answer>) -> String {
    let label = |answer: Option<Answer>| {
        answer.map_or(keep_texts(lang).no_answer, |a| answer_label(lang, a))
    };
    format!("{} → {}", label(before), label(after))
}

/// ": " in English, " : " in French.
pub fn colon(lang: Lang) -> &'static str {
    keep_texts(lang).colon
}
