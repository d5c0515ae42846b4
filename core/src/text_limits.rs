//! How long a person's free text may be: the two reflective notes and the pact's fields.
//!
//! Each field has a maximum, counted like the browser's `maxlength` counts (UTF-16 code units:
//! a letter is one, an emoji two), so that the page's fields and the reducer agree. The reducer
//! applies it whenever text arrives (typing, pasting, importing a file), the page's fields carry
//! it as `maxlength`, and a polite sentence says when a field is full.
//!
//! Why these numbers: a few pages of text per note, far more than the prompts ask for, and a
//! whole saved state stays far under the 2 MiB every reader accepts
//! ([`crate::document::MAX_DOCUMENT_BYTES`]) even with every field full of the characters JSON
//! writes longest (six bytes each) and a full history (see the tests).
//!
//! Text saved before these limits existed may be longer: it is never cut on reading (nothing
//! saved may be lost), and an edit may shorten it but never lengthen it.

use crate::lang::Lang;
use crate::stored::PactFields;

/// Each reflective note (worst case, smallest action).
pub const MAX_NOTE_CHARS: usize = 4_000;

/// The pact's short fields: the team, the sponsor, the date as typed.
pub const MAX_PACT_SHORT_CHARS: usize = 200;

/// The pact's long fields: autonomy, transparency, commitments.
pub const MAX_PACT_LONG_CHARS: usize = 4_000;

/// The length of `text` as the browser's `maxlength` counts it (UTF-16 code units).
pub fn text_length(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// `text` cut to at most `limit` UTF-16 code units, never inside a character. Linear.
pub fn cut_to(mut text: String, limit: usize) -> String {
    let mut length = 0;
    let end = text
        .char_indices()
        .find_map(|(at, c)| {
            length += c.len_utf16();
            (length > limit).then_some(at)
        })
        .unwrap_or(text.len());
    text.truncate(end);
    text
}

/// The text a field keeps when `new` arrives in place of `old`: `new` when it fits `limit`;
/// otherwise `new` cut to the limit, or to the length of `old` when `old` was already longer
/// (written before the limits existed), so that editing such a text never cuts what was there.
pub fn bounded(new: String, old: &str, limit: usize) -> String {
    cut_to(new, limit.max(text_length(old)))
}

/// Whether `text` fills its field (or more): the page then says so.
pub fn is_full(text: &str, limit: usize) -> bool {
    text_length(text) >= limit
}

/// The pact's fields after `new` arrives in place of `old`, each within its limit (see
/// [`bounded`]).
pub fn bounded_pact(new: PactFields, old: &PactFields) -> PactFields {
    PactFields {
        team: bounded(new.team, &old.team, MAX_PACT_SHORT_CHARS),
        sponsor: bounded(new.sponsor, &old.sponsor, MAX_PACT_SHORT_CHARS),
        date: bounded(new.date, &old.date, MAX_PACT_SHORT_CHARS),
        autonomy: bounded(new.autonomy, &old.autonomy, MAX_PACT_LONG_CHARS),
        transparency: bounded(new.transparency, &old.transparency, MAX_PACT_LONG_CHARS),
        commitments: bounded(new.commitments, &old.commitments, MAX_PACT_LONG_CHARS),
    }
}

use crate::i18n::{fill, grouped, tables};

/// The sentence shown under a field that is full.
pub fn full_message(limit: usize, lang: Lang) -> String {
    let count = grouped(limit, lang);
    fill(tables::limits(lang).field_full, &[("count", &count)])
}

/// The sentence added to an import's outcome when a note in the file was longer than
/// [`MAX_NOTE_CHARS`] and was cut; `None` when every note fitted.
pub fn imported_notes_message(notes: &[String; 2], lang: Lang) -> Option<String> {
    if notes.iter().all(|note| text_length(note) <= MAX_NOTE_CHARS) {
        return None;
    }
    let count = grouped(MAX_NOTE_CHARS, lang);
    Some(fill(tables::limits(lang).note_cut, &[("count", &count)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_counted_like_maxlength() {
        assert_eq!(text_length("abc"), 3);
        assert_eq!(text_length("é"), 1);
        assert_eq!(text_length("🙂"), 2, "outside the BMP: two UTF-16 units");
    }

    #[test]
    fn cutting_never_splits_a_character() {
        assert_eq!(cut_to("abcdef".into(), 4), "abcd");
        assert_eq!(cut_to("ab".into(), 4), "ab");
        assert_eq!(
            cut_to("a🙂b".into(), 2),
            "a",
            "the emoji does not fit in one unit"
        );
        assert_eq!(cut_to("a🙂b".into(), 3), "a🙂");
        assert_eq!(cut_to("ééé".into(), 0), "");
    }

    #[test]
    fn a_field_never_grows_past_its_limit_but_older_text_is_never_cut() {
        assert_eq!(bounded("x".repeat(10), "", 4), "xxxx");
        assert_eq!(bounded("abc".into(), "", 4), "abc");
        // Written before the limits: 6 characters for a limit of 4. Shortening keeps the edit,
        // lengthening stops at the old length.
        assert_eq!(bounded("abcde".into(), "abcdef", 4), "abcde");
        assert_eq!(bounded("abcdefgh".into(), "abcdef", 4), "abcdef");
    }

    #[test]
    fn full_fields_are_said_in_both_languages_with_french_typography() {
        assert!(is_full(&"x".repeat(MAX_NOTE_CHARS), MAX_NOTE_CHARS));
        assert!(!is_full(&"x".repeat(MAX_NOTE_CHARS - 1), MAX_NOTE_CHARS));
        assert_eq!(
            full_message(4_000, Lang::FR),
            "Ce champ est plein\u{202f}: il accepte jusqu’à 4\u{202f}000\u{a0}caractères. Merci de raccourcir votre texte si vous voulez en ajouter."
        );
        assert_eq!(
            full_message(200, Lang::EN),
            "This field is full: it takes up to 200 characters. Please shorten your text if you want to add more."
        );
        assert_eq!(grouped(1_234_567, Lang::EN), "1,234,567");
    }

    #[test]
    fn imported_notes_over_the_limit_are_reported() {
        let fits = ["a".to_string(), "x".repeat(MAX_NOTE_CHARS)];
        assert_eq!(imported_notes_message(&fits, Lang::FR), None);
        let long = ["a".to_string(), "x".repeat(MAX_NOTE_CHARS + 1)];
        assert!(imported_notes_message(&long, Lang::FR)
            .is_some_and(|m| m.starts_with("Une note du fichier dépassait 4\u{202f}000")));
    }

    #[test]
    fn a_saved_state_with_every_field_full_stays_far_under_the_reader_limit() {
        use crate::answers::{Answer, Answers};
        use crate::date::Date;
        use crate::document::MAX_DOCUMENT_BYTES;
        use crate::history::{HistoryEntry, MAX_HISTORY_ENTRIES};
        use crate::session::{Action, Session};
        let bank = crate::bank::built_in();
        // U+0001 is the character JSON writes longest: six bytes ("\u0001") for one unit.
        let worst = |limit: usize| "\u{1}".repeat(limit);
        let mut session = Session::new(&bank, Lang::FR);
        for which in 0..2 {
            session = session
                .apply(Action::Note {
                    which,
                    text: worst(MAX_NOTE_CHARS),
                })
                .expect("changed");
        }
        let pact = PactFields {
            team: worst(MAX_PACT_SHORT_CHARS),
            sponsor: worst(MAX_PACT_SHORT_CHARS),
            date: worst(MAX_PACT_SHORT_CHARS),
            autonomy: worst(MAX_PACT_LONG_CHARS),
            transparency: worst(MAX_PACT_LONG_CHARS),
            commitments: worst(MAX_PACT_LONG_CHARS),
        };
        session = session.apply(Action::SetPact(pact)).expect("changed");
        let answers = Answers::from_slots(vec![Some(Answer::DontKnow); bank.question_count()]);
        let history = (0..MAX_HISTORY_ENTRIES)
            .map(|at| HistoryEntry {
                date: Date::new(2026, 12, 2).expect("date"),
                nonce: u32::MAX - at as u32,
                answers: answers.clone(),
            })
            .collect();
        session = session
            .apply(Action::MergeHistory(history))
            .expect("changed");
        assert_eq!(session.history.len(), MAX_HISTORY_ENTRIES);
        let text = crate::stored::encode_stored_checked(&bank, &session).expect("saved");
        assert!(
            text.len() < MAX_DOCUMENT_BYTES / 4,
            "{} bytes with every field full",
            text.len()
        );
    }
}
