//! The words every front end and every export show for the answer scale, the bands and the
//! polarities, in French and English. They live in the core so that the page, the CSV, the
//! Markdown summary and the JSON export can never disagree on a label.

use crate::answers::Answer;
use crate::bank::Polarity;
use crate::i18n::tables;
use crate::lang::Lang;
use crate::score::{Band, Score};

/// The visible label of an answer: "Systématiquement" / "Always".
pub fn answer_label(lang: Lang, answer: Answer) -> &'static str {
    let words = tables::labels(lang);
    match answer {
        Answer::Never => words.never,
        Answer::Rarely => words.rarely,
        Answer::Often => words.often,
        Answer::Always => words.always,
        Answer::DontKnow => words.dont_know,
        Answer::NotApplicable => words.not_applicable,
    }
}

/// The band in words, so that colour is never the only signal; `None` is "no score".
pub fn band_label(lang: Lang, band: Option<Band>) -> &'static str {
    let words = tables::labels(lang);
    match band {
        Some(Band::Strong) => words.band_strong,
        Some(Band::Watch) => words.band_watch,
        Some(Band::UnderControl) => words.band_under_control,
        None => words.band_none,
    }
}

/// Whether a statement is a symptom or a protective practice, in words.
pub fn polarity_label(lang: Lang, polarity: Polarity) -> &'static str {
    let words = tables::labels(lang);
    match polarity {
        Polarity::Symptom => words.symptom,
        Polarity::Practice => words.practice,
    }
}

/// The decimal separator people expect in `lang`: a comma in French, a dot in English
/// (`[format] decimal_separator` of the language file).
pub fn decimal_separator(lang: Lang) -> char {
    tables::format(lang)
        .decimal_separator
        .chars()
        .next()
        .unwrap_or('.')
}

/// A score as people read it in `lang`: "5,6" in French, "5.6" in English.
pub fn format_score(lang: Lang, score: Score) -> String {
    score.format(decimal_separator(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_exists_in_both_languages() {
        for lang in crate::i18n::languages().iter().map(|info| info.lang()) {
            for answer in Answer::ALL {
                assert!(!answer_label(lang, answer).is_empty());
            }
        }
        assert_eq!(answer_label(Lang::FR, Answer::Always), "Systématiquement");
        assert_eq!(band_label(Lang::FR, None), "Pas de score");
        assert_eq!(band_label(Lang::EN, Some(Band::Watch)), "Needs watching");
        assert_eq!(format_score(Lang::FR, Score::from_tenths(56)), "5,6");
        assert_eq!(format_score(Lang::EN, Score::from_tenths(100)), "10.0");
    }
}
