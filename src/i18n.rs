//! The interface's own words: the `[app]` table of the language files
//! (`content/i18n/<code>.toml`, checked and compiled by `core/build/i18n.rs`). The bank's
//! content lives in `content/bank.toml`; only the interface chrome is here.

pub mod backups;
pub mod keep;
pub mod team;

use assessment_core::i18n::{fill, plural, tables, AppStrings};
pub use assessment_core::{answer_label, band_label, format_score};
use assessment_core::{Answer, Lang};

/// Every fixed sentence of the interface in one language.
pub type Texts = AppStrings;

/// The interface texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    tables::app(lang)
}

/// The name of a step for the window title and the step announcement: "Étape 2 sur 5 : La crise
/// politique".
pub fn step_name(lang: Lang, step: usize, total: usize, title: &str) -> String {
    fill(
        texts(lang).step_name,
        &[("step", &step_of(lang, step, total)), ("title", &title)],
    )
}

/// The window title of a screen: its name, then the app's.
pub fn window_title(lang: Lang, screen: Option<&str>) -> String {
    let app = texts(lang).app_title;
    match screen {
        Some(screen) => format!("{screen} – {app}"),
        None => app.to_string(),
    }
}

/// "Étape 2 sur 5" / "Step 2 of 5".
pub fn step_of(lang: Lang, step: usize, total: usize) -> String {
    fill(texts(lang).step_of, &[("step", &step), ("total", &total)])
}

/// "5 réponses sur 8" / "5 of 8 answered".
pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    let t = texts(lang);
    fill(
        plural(lang, answered, t.answered_of_one, t.answered_of_other),
        &[("answered", &answered), ("total", &total)],
    )
}

/// A sentence with a count, in the singular or plural form of `lang`.
fn counted(lang: Lang, count: usize, one: &'static str, other: &'static str) -> String {
    fill(plural(lang, count, one, other), &[("n", &count)])
}

/// The note under the navigation when questions of the step are still open.
pub fn unanswered_note(lang: Lang, count: usize) -> String {
    let t = texts(lang);
    counted(lang, count, t.unanswered_note_one, t.unanswered_note_other)
}

/// "2 zones d'ombre (réponses « Je ne sais pas »)".
pub fn blind_spots(lang: Lang, count: usize) -> String {
    let t = texts(lang);
    counted(lang, count, t.blind_spots_one, t.blind_spots_other)
}

/// "Not applicable" answers, shown apart from the blind spots: they are neither scored nor a
/// blind spot.
pub fn not_applicable(lang: Lang, count: usize) -> String {
    let t = texts(lang);
    counted(lang, count, t.not_applicable_one, t.not_applicable_other)
}

/// Why a fix was suggested: "Vous avez répondu « Souvent » à : …".
pub fn answered_with(lang: Lang, answer: Answer) -> String {
    fill(
        texts(lang).answered_with,
        &[("label", &answer_label(lang, answer))],
    )
}

/// Unanswered questions across the assessment, shown on the results.
pub fn unanswered_total(lang: Lang, count: usize) -> String {
    let t = texts(lang);
    counted(
        lang,
        count,
        t.unanswered_total_one,
        t.unanswered_total_other,
    )
}
