//! How big a bank may be. A bank comes from outside (an administrator's file, a file dropped on
//! the check page), so every reader refuses, with a sentence, anything beyond these limits
//! before spending time on it: the file size first, then counts, then each field's length.
//!
//! Why these numbers: the built-in bank is 4 problems, 32 questions, 25 fixes and about 60 KB
//! in two languages; its longest text is 763 characters. The limits leave room for three times
//! as many questions in eight languages, while keeping a bank something a team can answer in
//! one sitting and a page can check in a few milliseconds. `docs/bank-format.md` lists them.

/// The largest bank file read: 1 MiB. Larger files are refused before parsing.
pub const MAX_BANK_BYTES: usize = 1024 * 1024;

/// Problems in a bank.
pub const MAX_PROBLEMS: usize = 12;
/// Questions in one problem.
pub const MAX_QUESTIONS_PER_PROBLEM: usize = 40;
/// Questions in the whole bank.
pub const MAX_QUESTIONS: usize = 200;
/// Fixes in one problem.
pub const MAX_FIXES_PER_PROBLEM: usize = 20;
/// Fixes one question points to.
pub const MAX_FIXES_PER_QUESTION: usize = 10;
/// Languages of a bank.
pub const MAX_LANGUAGES: usize = 8;
/// Migration tables (earlier versions that carry over).
pub const MAX_MIGRATIONS: usize = 20;
/// Questions listed in one migration table (an earlier version had at most as many questions
/// as a bank may have).
pub const MAX_OLD_QUESTIONS: usize = MAX_QUESTIONS;
/// Errors and warnings listed; beyond, one line says how many more there are.
pub const MAX_REPORTED: usize = 100;

/// Length of an id (problems, fixes, questions, the bank).
pub const MAX_ID_CHARS: usize = 64;
/// A problem's name.
pub const MAX_LABEL_CHARS: usize = 120;
/// A problem's summary and lesson.
pub const MAX_SUMMARY_CHARS: usize = 1_500;
/// A problem's story.
pub const MAX_STORY_CHARS: usize = 3_000;
/// A fix's title.
pub const MAX_TITLE_CHARS: usize = 300;
/// A fix's detail.
pub const MAX_DETAIL_CHARS: usize = 2_000;
/// A fix's source label and a question's origin.
pub const MAX_SOURCE_CHARS: usize = 300;
/// A question's statement.
pub const MAX_QUESTION_CHARS: usize = 500;
/// A link.
pub const MAX_URL_CHARS: usize = 2_000;
/// Polarity, change and other one-word values (longer ones are wrong anyway: this keeps a
/// megabyte of polarity out of an error message).
pub const MAX_WORD_CHARS: usize = 64;

/// The length of `text` as the browser's `maxlength` counts it (UTF-16 code units), as
/// `crate::text_limits` counts notes.
pub fn text_length(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The two-letter ISO 639-1 codes, in one string: a bank's language is one of these, or three
/// lowercase letters (ISO 639-2/3, e.g. `gsw` for Swiss German).
const ISO_639_1: &str = "aaabaeafakamanarasavayazbabebgbhbibmbnbobrbscacechcocrcscucvcydadedvdzeeeleneoeseteufafffifjfofrfygagdglgngugvhahehihohrhthuhyhziaidieigiiikioisitiuja\
jvkakgkikjkkklkmknkokrkskukvkwkylalblglilnloltlulvmgmhmimkmlmnmrmsmtmynanbndnenlnnnonrnvnyocojomorospapiplpsptqurmrnrorurwsascsdsesgsisksl\
smsnsosqsrssstsusvswtatetgthtitktltntotrtstttwtyugukuruzvevivowawoxhyiyozazhzu";

/// Whether `code` is a language code a bank may use: an ISO 639-1 code (`fr`, `de`) or three
/// lowercase ASCII letters (ISO 639-2/3). Region subtags (`fr-CA`) are not: a bank's texts are
/// by language.
pub fn is_language_code(code: &str) -> bool {
    let lowercase = code.bytes().all(|byte| byte.is_ascii_lowercase());
    match code.len() {
        2 => {
            lowercase
                && ISO_639_1
                    .as_bytes()
                    .chunks(2)
                    .any(|known| known == code.as_bytes())
        }
        3 => lowercase,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        for code in ["fr", "en", "de", "es", "it", "br", "oc", "zu", "aa", "gsw"] {
            assert!(is_language_code(code), "{code}");
        }
        for code in [
            "",
            "f",
            "FR",
            "fr-CA",
            "xx",
            "qq",
            "fra1",
            "été",
            "français",
        ] {
            assert!(!is_language_code(code), "{code}");
        }
        assert_eq!(ISO_639_1.len() % 2, 0);
        assert_eq!(ISO_639_1.len() / 2, 183);
    }
}
