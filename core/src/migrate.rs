//! Carrying answers given to an earlier version of a bank over to the current one.
//!
//! A bank lists, for each earlier version it can migrate, every old question in its old order
//! and what became of it (`same`, `reworded` or `removed`; see `docs/bank-format.md`). Answers
//! are positional, so an old answer moves to the position of the question it maps to; a new
//! question starts unanswered. Everything here is pure: the stored-state, history, import and
//! answer-code readers call it with what they read.

use crate::answers::{Answer, Answers};
use crate::bank::{Bank, Change};
use crate::i18n::{fill, plural, tables};
use crate::lang::Lang;
use std::fmt;

/// Answers carried over to the current version, and what changed on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migrated {
    /// The answers, one slot per question of the current bank.
    pub answers: Answers,
    /// The version the answers were given to.
    pub from_version: u32,
    /// The current version.
    pub to_version: u32,
    /// Old questions whose answer was kept (reworded ones included).
    pub kept: usize,
    /// Among the kept ones, those that were reworded.
    pub reworded: usize,
    /// Old questions no longer asked: their answers are dropped.
    pub removed: usize,
    /// Questions of the current version that had no old counterpart: unanswered.
    pub new_questions: usize,
}

/// Why answers cannot be carried over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrationError {
    /// The answers belong to another bank.
    ForeignBank {
        /// The id they were given to.
        id: String,
    },
    /// The answers were given to a later version than this bank's.
    NewerVersion {
        /// Their version.
        from: u32,
        /// This bank's version.
        ours: u32,
    },
    /// An earlier version this bank has no migration for.
    UnknownVersion {
        /// Their version.
        from: u32,
        /// This bank's version.
        ours: u32,
    },
    /// Not as many answers as that version had questions.
    QuestionCount {
        /// Their version.
        version: u32,
        /// Answers given.
        given: usize,
        /// Questions of that version.
        expected: usize,
    },
    /// A digit that is not an answer value (0 to 5).
    BadAnswer {
        /// The id of the question it is for, in that version.
        question_id: String,
    },
}

impl MigrationError {
    /// The error as one sentence in `lang`: what is wrong, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let words = tables::errors(lang);
        match self {
            MigrationError::ForeignBank { id } => fill(words.migrate_foreign_bank, &[("id", id)]),
            MigrationError::NewerVersion { from, ours } => fill(
                words.migrate_newer_version,
                &[("from", from), ("ours", ours)],
            ),
            MigrationError::UnknownVersion { from, ours } => fill(
                words.migrate_unknown_version,
                &[("from", from), ("ours", ours)],
            ),
            MigrationError::QuestionCount {
                version,
                given,
                expected,
            } => fill(
                words.migrate_question_count,
                &[
                    ("version", version),
                    ("given", given),
                    ("expected", expected),
                ],
            ),
            MigrationError::BadAnswer { question_id } => {
                fill(words.migrate_bad_answer, &[("question_id", question_id)])
            }
        }
    }
}

impl fmt::Display for MigrationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EN))
    }
}

impl std::error::Error for MigrationError {}

impl Bank {
    /// How many questions version `version` had, if this bank knows it (its own version or
    /// one it has a migration for).
    pub fn question_count_of(&self, version: u32) -> Option<usize> {
        if version == self.version {
            return Some(self.question_count());
        }
        self.migration_from(version)
            .map(|migration| migration.questions.len())
    }

    /// The id question `index` had in version `version`, if known.
    pub fn question_id_of(&self, version: u32, index: usize) -> Option<&str> {
        if version == self.version {
            return self.question(index).map(|question| question.id.as_str());
        }
        self.migration_from(version)?
            .questions
            .get(index)
            .map(|old| old.id.as_str())
    }

    /// Carries `old`, the answers given to version `from_version` in that version's order,
    /// over to this bank. The same version gives the answers back unchanged.
    pub fn migrate(
        &self,
        from_version: u32,
        old: &[Option<Answer>],
    ) -> Result<Migrated, MigrationError> {
        let expected = self.known_count(from_version)?;
        if old.len() != expected {
            return Err(MigrationError::QuestionCount {
                version: from_version,
                given: old.len(),
                expected,
            });
        }
        let Some(migration) = self.migration_from(from_version) else {
            // `known_count` only knows this version and the migrated ones.
            return Ok(Migrated {
                answers: Answers::from_slots(old.to_vec()),
                from_version,
                to_version: self.version,
                kept: old.len(),
                reworded: 0,
                removed: 0,
                new_questions: 0,
            });
        };
        let mut answers = Answers::for_bank(self);
        let (mut kept, mut reworded, mut removed) = (0, 0, 0);
        for (question, answer) in migration.questions.iter().zip(old) {
            match question.change {
                Change::Same { to } | Change::Reworded { to } => {
                    kept += 1;
                    reworded += usize::from(matches!(question.change, Change::Reworded { .. }));
                    if let Some(answer) = answer {
                        answers.set(to, *answer);
                    }
                }
                Change::Removed => removed += 1,
            }
        }
        Ok(Migrated {
            answers,
            from_version,
            to_version: self.version,
            kept,
            reworded,
            removed,
            // Validation ensures targets are distinct, so this never underflows.
            new_questions: self.question_count().saturating_sub(kept),
        })
    }

    /// [`Bank::migrate`] for answers as stored: the bank id and version they were saved with,
    /// and one digit per question (`0` unanswered, `1` to `5` in [`Answer::ALL`] order).
    pub fn migrate_digits(
        &self,
        bank_id: &str,
        from_version: u32,
        digits: &str,
    ) -> Result<Migrated, MigrationError> {
        if bank_id != self.id {
            return Err(MigrationError::ForeignBank {
                id: bank_id.to_string(),
            });
        }
        let expected = self.known_count(from_version)?;
        let given = digits.chars().count();
        if given != expected {
            return Err(MigrationError::QuestionCount {
                version: from_version,
                given,
                expected,
            });
        }
        let mut old = Vec::with_capacity(given);
        for (index, digit) in digits.chars().enumerate() {
            let answer = match digit {
                '0' => None,
                '1'..='6' => Answer::ALL.get(digit as usize - '1' as usize).copied(),
                _ => {
                    let id = self.question_id_of(from_version, index);
                    return Err(MigrationError::BadAnswer {
                        question_id: id.map_or_else(|| (index + 1).to_string(), String::from),
                    });
                }
            };
            old.push(answer);
        }
        self.migrate(from_version, &old)
    }

    fn known_count(&self, from_version: u32) -> Result<usize, MigrationError> {
        if from_version > self.version {
            return Err(MigrationError::NewerVersion {
                from: from_version,
                ours: self.version,
            });
        }
        self.question_count_of(from_version)
            .ok_or(MigrationError::UnknownVersion {
                from: from_version,
                ours: self.version,
            })
    }
}

impl Migrated {
    /// Whether the answers come from an earlier version.
    pub fn is_migrated(&self) -> bool {
        self.from_version != self.to_version
    }

    /// The one-line notice telling the person their answers were carried over, e.g.
    /// « Vos réponses de la version 1 ont été reprises ; 2 questions sont nouvelles. ».
    /// `None` when the answers were given to the current version.
    pub fn notice(&self, lang: Lang) -> Option<String> {
        self.is_migrated()
            .then(|| notice_text(self.from_version, self.new_questions, self.removed, lang))
    }
}

/// What a reader of stored data or files carried over, for its notice: the earlier version the
/// data was read from (`None` when it answered the current version), and how many questions
/// are new and were removed since.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CarriedOver {
    pub(crate) from: Option<u32>,
    pub(crate) new_questions: usize,
    pub(crate) removed_questions: usize,
}

impl CarriedOver {
    /// What carrying data of version `from` over to `bank` changed; nothing for its own version
    /// or one it cannot carry over (the readers refuse those before asking).
    pub(crate) fn from_version(bank: &Bank, from: Option<u32>) -> CarriedOver {
        let from = from.filter(|from| *from != bank.version);
        let blank = from
            .and_then(|from| bank.question_count_of(from))
            .map(|count| vec![None; count]);
        match (from, blank) {
            (Some(from), Some(blank)) => match bank.migrate(from, &blank) {
                Ok(migrated) => CarriedOver {
                    from: Some(from),
                    new_questions: migrated.new_questions,
                    removed_questions: migrated.removed,
                },
                Err(_) => CarriedOver::default(),
            },
            _ => CarriedOver::default(),
        }
    }
}

/// The oldest of two versions data was read from, either possibly absent.
pub(crate) fn oldest(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// [`notice_text`] when data was carried over from version `from`, `None` otherwise.
pub(crate) fn optional_notice(
    from: Option<u32>,
    new: usize,
    removed: usize,
    lang: Lang,
) -> Option<String> {
    from.map(|from| notice_text(from, new, removed, lang))
}

/// The notice of [`Migrated::notice`], for every reader that carries data over: one line in
/// `lang`, naming the version, then the new and removed questions when there are any.
pub(crate) fn notice_text(from: u32, new: usize, removed: usize, lang: Lang) -> String {
    let words = tables::errors(lang);
    let mut parts = Vec::new();
    if new > 0 {
        let template = plural(lang, new, words.migrated_new_one, words.migrated_new_other);
        parts.push(fill(template, &[("n", &new)]));
    }
    if removed > 0 {
        let template = plural(
            lang,
            removed,
            words.migrated_removed_one,
            words.migrated_removed_other,
        );
        parts.push(fill(template, &[("n", &removed)]));
    }
    if parts.is_empty() {
        fill(words.migrated, &[("from", &from)])
    } else {
        let details = parts.join(words.migrated_and);
        fill(
            words.migrated_details,
            &[("from", &from), ("details", &details)],
        )
    }
}
