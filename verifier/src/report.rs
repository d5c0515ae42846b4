//! What the check page says about a checked bank, as plain functions of the core's
//! [`BankCheck`]: the summary sentence, the errors' and warnings' wording, the preview's
//! languages and links. No browser here: tested natively.

use crate::i18n::{fill, texts};
use assessment_core::bank::{BankCheck, BankError, BankWarning};
use assessment_core::labels::answer_label;
use assessment_core::{Answer, Bank, Fix, Lang, Polarity, Question, Text};

/// The summary sentence of a check, for the status region: publishable (with its warnings
/// counted) or the number of errors.
pub fn summary(check: &BankCheck, lang: Lang) -> String {
    let t = texts(lang);
    if check.is_usable() {
        match check.warnings.len() {
            0 => t.publishable.to_string(),
            1 => format!("{} {}", t.publishable, t.warnings_one),
            n => format!(
                "{} {}",
                t.publishable,
                fill(t.warnings_many, &[("n", &n.to_string())])
            ),
        }
    } else {
        // A bank with no error and no bank cannot happen; it still counts as one error.
        match check.errors.len() {
            0 | 1 => t.errors_one.to_string(),
            n => fill(t.errors_many, &[("n", &n.to_string())]),
        }
    }
}

/// An error as the page shows it: the core's sentence in the page's language, which names the
/// item and the field. In English it is word for word what the command line prints
/// (`bank-check`), so that both can be compared.
pub fn error_text(error: &BankError, lang: Lang) -> String {
    error.message(lang)
}

/// A warning as the page shows it, worded by the core like the command line's.
pub fn warning_text(warning: &BankWarning, lang: Lang) -> String {
    warning.message(lang)
}

/// The item and the field a finding is about, for the page's stable hooks (`data-item`,
/// `data-field`): `question "A3"` and `text.en`; empty when there is none.
pub fn error_place(error: &BankError) -> (String, String) {
    (
        error
            .item()
            .map(|item| item.to_string())
            .unwrap_or_default(),
        error.field().unwrap_or_default(),
    )
}

/// The same for a warning.
pub fn warning_place(warning: &BankWarning) -> (String, String) {
    (warning.item.to_string(), warning.field.clone())
}

/// The bank's languages (codes such as `fr`, `de`), its default first: the preview offers each.
pub fn bank_langs(bank: &Bank) -> &[String] {
    &bank.languages
}

/// The language the preview starts in: the page's when the bank has it, else the bank's default.
pub fn preview_lang(bank: &Bank, wanted: Lang) -> String {
    let langs = bank_langs(bank);
    if langs.iter().any(|code| code == wanted.code()) {
        wanted.code().to_string()
    } else {
        langs
            .first()
            .cloned()
            .unwrap_or_else(|| wanted.code().to_string())
    }
}

/// A bank text in the language of code `code`: its text and the language it is really in, which
/// is the bank's default when the text lacks `code` (a missing translation, which the check
/// warns about); `missing` says so.
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: &'a str,
    pub missing: bool,
}

pub fn text_in<'a>(text: &'a Text, code: &str) -> Shown<'a> {
    match text.iter().find(|(known, _)| *known == code) {
        Some((lang, text)) => Shown {
            text,
            lang,
            missing: false,
        },
        None => {
            let (lang, text) = text.iter().next().unwrap_or(("", ""));
            Shown {
                text,
                lang,
                missing: true,
            }
        }
    }
}

/// A language by its own name, as people look for theirs; the code for a language this page
/// does not know.
pub fn own_name(code: &str) -> &str {
    match code {
        "fr" => "Français",
        "en" => "English",
        "de" => "Deutsch",
        "es" => "Español",
        "it" => "Italiano",
        "nl" => "Nederlands",
        "pt" => "Português",
        other => other,
    }
}

/// The fixes a question's worrying answer suggests, in the order the question lists them.
pub fn fixes_of<'a>(bank: &'a Bank, question: &Question) -> Vec<&'a Fix> {
    question
        .fixes
        .iter()
        .filter_map(|at| bank.problems.get(at.problem)?.fixes.get(at.fix))
        .collect()
}

/// The answers that count as worrying for a question, and so trigger its fixes: often and
/// always for a symptom, rarely and never for a protective practice (README, "Fixes").
pub fn worrying_answers(polarity: Polarity) -> [Answer; 2] {
    match polarity {
        Polarity::Symptom => [Answer::Often, Answer::Always],
        Polarity::Practice => [Answer::Rarely, Answer::Never],
    }
}

/// « Souvent » ou « Systématiquement », in the page's language.
pub fn worrying_answers_text(polarity: Polarity, lang: Lang) -> String {
    let t = texts(lang);
    let [first, second] = worrying_answers(polarity);
    let quoted = |answer| {
        format!(
            "{}{}{}",
            t.quote_open,
            answer_label(lang, answer),
            t.quote_close
        )
    };
    format!("{} {} {}", quoted(first), t.or, quoted(second))
}

/// Whether a source link may be made clickable: an `https://` URL, or a relative one (same
/// site). Anything else (`javascript:`, `data:`, `http:`, `//other.example`, a URL with spaces
/// or control characters, which browsers strip before reading the scheme) is shown as text only.
pub fn is_clickable_link(url: &str) -> bool {
    if url.is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        return false;
    }
    if url.len() > 8 && url[..8].eq_ignore_ascii_case("https://") {
        return true;
    }
    // Relative: no scheme before the first `/`, `?` or `#`, and not `//host` (another origin).
    let head = url.split(['/', '?', '#']).next().unwrap_or_default();
    !url.starts_with("//") && !head.contains(':')
}

/// Megabytes with one decimal, as people read them: « 2 Mo », « 10,5 Mo ».
pub fn megabytes(bytes: u64, lang: Lang) -> String {
    let tenths = (bytes * 10).div_ceil(1024 * 1024);
    let number = if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        let separator = if lang == Lang::FR { ',' } else { '.' };
        format!("{}{separator}{}", tenths / 10, tenths % 10)
    };
    format!("{number}\u{A0}{}", texts(lang).megabytes)
}

/// The normalised file's name, `<id>.json`, the name the page looks for in `banks/`.
pub fn export_file_name(bank: &Bank) -> String {
    format!("{}.json", bank.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use assessment_core::bank::{check_bank_text, BankFormat};

    const BUILT_IN: &str = include_str!("../../content/bank.toml");

    #[test]
    fn the_built_in_bank_is_publishable() {
        let check = check_bank_text(BUILT_IN, BankFormat::Toml);
        assert!(check.is_usable());
        let expected = if check.warnings.is_empty() {
            "Ce questionnaire peut être publié.".to_string()
        } else {
            summary(&check, Lang::FR)
        };
        assert!(summary(&check, Lang::FR).starts_with("Ce questionnaire peut être publié."));
        assert_eq!(summary(&check, Lang::FR), expected);
    }

    const SMALL: &str = include_str!("../../tests/fixtures/verifier/small.toml");

    /// The small fixture with one fault: version 0.
    fn one_error() -> BankCheck {
        check_bank_text(
            &SMALL.replace("version = 3", "version = 0"),
            BankFormat::Toml,
        )
    }

    #[test]
    fn a_faulty_bank_counts_its_errors() {
        let check = one_error();
        assert!(!check.is_usable());
        assert_eq!(
            summary(&check, Lang::FR),
            "Ce questionnaire contient 1 erreur\u{202F}: il ne peut pas être publié tant qu’elle n’est pas corrigée."
        );
        assert!(summary(&check, Lang::EN).starts_with("This questionnaire contains 1 error:"));
        let mut two = check.clone();
        two.errors.push(BankError::NoProblem);
        assert!(summary(&two, Lang::FR).starts_with("Ce questionnaire contient 2 erreurs"));
    }

    #[test]
    fn errors_read_as_the_command_line_prints_them_and_name_their_place() {
        let check = one_error();
        let english: Vec<String> = check
            .errors
            .iter()
            .map(|e| error_text(e, Lang::EN))
            .collect();
        let printed: Vec<String> = check.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(english, printed);
        assert_eq!(check.errors.len(), 1);
        assert_ne!(error_text(&check.errors[0], Lang::FR), printed[0]);
        assert_eq!(
            error_place(&check.errors[0]),
            ("bank".to_string(), "version".to_string())
        );
    }

    #[test]
    fn warnings_name_their_place() {
        let check = check_bank_text(SMALL, BankFormat::Toml);
        assert!(check.is_usable());
        // Two problems of two questions each: "fewer than 4 questions", twice.
        let places: Vec<(String, String)> = check.warnings.iter().map(warning_place).collect();
        assert_eq!(places.len(), 2, "{places:?}");
        assert!(places[0].0.contains("reunions"), "{places:?}");
        assert_eq!(
            warning_text(&check.warnings[0], Lang::EN),
            check.warnings[0].to_string()
        );
    }

    #[test]
    fn the_preview_starts_in_the_page_language_when_the_bank_has_it() {
        let bank = check_bank_text(SMALL, BankFormat::Toml)
            .bank
            .expect("usable");
        assert_eq!(bank_langs(&bank), ["fr", "en"]);
        assert_eq!(preview_lang(&bank, Lang::EN), "en");
        let mut german = bank.clone();
        german.languages = vec!["de".into(), "fr".into()];
        assert_eq!(preview_lang(&german, Lang::EN), "de");
    }

    #[test]
    fn a_missing_translation_shows_the_default_language_marked() {
        let text = Text::from_pairs(&[("fr", "Boucle"), ("de", "Schleife")]);
        let shown = text_in(&text, "de");
        assert_eq!(
            (shown.text, shown.lang, shown.missing),
            ("Schleife", "de", false)
        );
        let shown = text_in(&text, "en");
        assert_eq!(
            (shown.text, shown.lang, shown.missing),
            ("Boucle", "fr", true)
        );
        assert_eq!(own_name("de"), "Deutsch");
        assert_eq!(own_name("eu"), "eu");
    }

    #[test]
    fn fixes_of_follow_the_question() {
        let check = check_bank_text(BUILT_IN, BankFormat::Toml);
        let bank = check.bank.expect("built-in bank");
        let question = &bank.problems[0].questions[0];
        let fixes = fixes_of(&bank, question);
        assert!(!fixes.is_empty());
        for (fix, at) in fixes.iter().zip(&question.fixes) {
            assert_eq!(fix.id, bank.problems[at.problem].fixes[at.fix].id);
        }
    }

    #[test]
    fn worrying_answers_in_words() {
        assert_eq!(
            worrying_answers_text(Polarity::Symptom, Lang::FR),
            "«\u{202F}Souvent\u{202F}» ou «\u{202F}Systématiquement\u{202F}»"
        );
        assert_eq!(
            worrying_answers_text(Polarity::Practice, Lang::EN),
            "“Rarely” or “Never”"
        );
    }

    #[test]
    fn sizes_read_in_megabytes() {
        assert_eq!(megabytes(2 * 1024 * 1024, Lang::FR), "2\u{A0}Mo");
        assert_eq!(megabytes(10 * 1024 * 1024 + 1, Lang::FR), "10,1\u{A0}Mo");
        assert_eq!(megabytes(1536 * 1024, Lang::EN), "1.5\u{A0}MB");
    }

    #[test]
    fn only_https_and_relative_links_are_clickable() {
        for url in [
            "https://beta.gouv.fr/manifeste",
            "HTTPS://example.org",
            "docs/guide.pdf",
            "../guide.html#part",
            "/guide",
            "?x=1",
            "#ancre",
        ] {
            assert!(is_clickable_link(url), "{url}");
        }
        for url in [
            "",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://example.org",
            "//evil.example/x",
            "\\\\evil.example",
            "https://",
            "vbscript:x",
            "mailto:a@b.fr",
        ] {
            assert!(!is_clickable_link(url), "{url:?}");
        }
    }
}
