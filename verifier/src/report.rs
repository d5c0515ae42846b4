//! What the check page says about a checked bank, as plain functions of the core's
//! [`BankCheck`]: the summary sentence, the errors' and warnings' wording, the preview's
//! languages and links. No browser here: tested natively.

use crate::i18n::{fill, texts};
use assessment_core::bank::{BankCheck, BankError, BankWarning};
use assessment_core::labels::answer_label;
use assessment_core::{Answer, Bank, Fix, Lang, Polarity, Question};

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

/// An error as the page shows it: the core's sentence, which names the item and the field, as
/// the command line prints it (`bank-check`), so that both can be compared word for word.
pub fn error_text(error: &BankError, _lang: Lang) -> String {
    error.to_string()
}

/// A warning as the page shows it, worded by the core like the command line's.
pub fn warning_text(warning: &BankWarning, _lang: Lang) -> String {
    warning.message.clone()
}

/// The languages a bank is written in, in the order of the UI's switch: the preview offers
/// each of them.
pub fn bank_langs(_bank: &Bank) -> Vec<Lang> {
    // Every validated bank has every language the UI speaks (the rules refuse a missing one).
    Lang::ALL.to_vec()
}

/// The language the preview starts in: the page's when the bank has it, else the bank's first.
pub fn preview_lang(bank: &Bank, wanted: Lang) -> Lang {
    let langs = bank_langs(bank);
    if langs.contains(&wanted) {
        wanted
    } else {
        langs.first().copied().unwrap_or(wanted)
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
        let separator = if lang == Lang::Fr { ',' } else { '.' };
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
            summary(&check, Lang::Fr)
        };
        assert!(summary(&check, Lang::Fr).starts_with("Ce questionnaire peut être publié."));
        assert_eq!(summary(&check, Lang::Fr), expected);
    }

    #[test]
    fn a_faulty_bank_counts_its_errors() {
        let check = check_bank_text("id = \"x\"\nversion = 0\n", BankFormat::Toml);
        assert!(!check.is_usable());
        assert_eq!(
            summary(&check, Lang::Fr),
            "Ce questionnaire contient 1 erreur\u{202F}: il ne peut pas être publié tant qu’elle n’est pas corrigée."
        );
        assert!(summary(&check, Lang::En).starts_with("This questionnaire contains 1 error"));
        let mut two = check.clone();
        two.errors.push(BankError::NoProblem);
        assert!(summary(&two, Lang::Fr).starts_with("Ce questionnaire contient 2 erreurs"));
    }

    #[test]
    fn errors_read_as_the_command_line_prints_them() {
        let check = check_bank_text("id = \"x\"\nversion = 0\n", BankFormat::Toml);
        let texts: Vec<String> = check
            .errors
            .iter()
            .map(|e| error_text(e, Lang::En))
            .collect();
        assert_eq!(
            texts,
            vec!["bank: version 0 must be a whole number from 1 upwards"]
        );
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
            worrying_answers_text(Polarity::Symptom, Lang::Fr),
            "«\u{202F}Souvent\u{202F}» ou «\u{202F}Systématiquement\u{202F}»"
        );
        assert_eq!(
            worrying_answers_text(Polarity::Practice, Lang::En),
            "“Rarely” or “Never”"
        );
    }

    #[test]
    fn sizes_read_in_megabytes() {
        assert_eq!(megabytes(2 * 1024 * 1024, Lang::Fr), "2\u{A0}Mo");
        assert_eq!(megabytes(10 * 1024 * 1024 + 1, Lang::Fr), "10,1\u{A0}Mo");
        assert_eq!(megabytes(1536 * 1024, Lang::En), "1.5\u{A0}MB");
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
