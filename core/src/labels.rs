//! The words every front end and every export show for the answer scale, the bands and the
//! polarities, in French and English. They live in the core so that the page, the CSV, the
//! Markdown summary and the JSON export can never disagree on a label.

use crate::answers::Answer;
use crate::bank::Polarity;
use crate::lang::Lang;
use crate::score::{Band, Score};

/// The visible label of an answer: "Systématiquement" / "Always".
pub fn answer_label(lang: Lang, answer: Answer) -> &'static str {
    match (lang, answer) {
        (Lang::Fr, Answer::Never) => "Jamais",
        (Lang::Fr, Answer::Rarely) => "Rarement",
        (Lang::Fr, Answer::Often) => "Souvent",
        (Lang::Fr, Answer::Always) => "Systématiquement",
        (Lang::Fr, Answer::DontKnow) => "Je ne sais pas",
        (Lang::Fr, Answer::NotApplicable) => "Sans objet",
        (Lang::En, Answer::Never) => "Never",
        (Lang::En, Answer::Rarely) => "Rarely",
        (Lang::En, Answer::Often) => "Often",
        (Lang::En, Answer::Always) => "Always",
        (Lang::En, Answer::DontKnow) => "Don’t know",
        (Lang::En, Answer::NotApplicable) => "Not applicable",
    }
}

/// The band in words, so that colour is never the only signal; `None` is "no score".
pub fn band_label(lang: Lang, band: Option<Band>) -> &'static str {
    match (lang, band) {
        (Lang::Fr, Some(Band::Strong)) => "Très présent",
        (Lang::Fr, Some(Band::Watch)) => "À surveiller",
        (Lang::Fr, Some(Band::UnderControl)) => "Sous contrôle",
        (Lang::Fr, None) => "Pas de score",
        (Lang::En, Some(Band::Strong)) => "Strongly present",
        (Lang::En, Some(Band::Watch)) => "Needs watching",
        (Lang::En, Some(Band::UnderControl)) => "Under control",
        (Lang::En, None) => "No score",
    }
}

/// Whether a statement is a symptom or a protective practice, in words.
pub fn polarity_label(lang: Lang, polarity: Polarity) -> &'static str {
    match (lang, polarity) {
        (Lang::Fr, Polarity::Symptom) => "symptôme",
        (Lang::Fr, Polarity::Practice) => "pratique protectrice",
        (Lang::En, Polarity::Symptom) => "symptom",
        (Lang::En, Polarity::Practice) => "protective practice",
    }
}

/// The decimal separator people expect in `lang`: a comma in French, a dot in English.
pub fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    }
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
        for lang in Lang::ALL {
            for answer in Answer::ALL {
                assert!(!answer_label(lang, answer).is_empty());
            }
        }
        assert_eq!(answer_label(Lang::Fr, Answer::Always), "Systématiquement");
        assert_eq!(band_label(Lang::Fr, None), "Pas de score");
        assert_eq!(band_label(Lang::En, Some(Band::Watch)), "Needs watching");
        assert_eq!(format_score(Lang::Fr, Score::from_tenths(56)), "5,6");
        assert_eq!(format_score(Lang::En, Score::from_tenths(100)), "10.0");
    }
}
