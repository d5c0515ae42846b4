//! The answer scale and a team's answers.

use crate::bank::{Bank, Polarity};

/// One answer on the scale. "Don't know" and "Not applicable" are deliberately outside the
/// numeric scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Jamais / Never.
    Never,
    /// Rarement / Rarely.
    Rarely,
    /// Souvent / Often.
    Often,
    /// Systématiquement / Always.
    Always,
    /// Je ne sais pas / Don't know: never scored, counted as a blind spot.
    DontKnow,
    /// Sans objet / Not applicable: the statement is about a structure the team does not have
    /// (a sponsor, an investment committee, a DSI). Never scored, and not a blind spot either:
    /// counted apart.
    NotApplicable,
}

impl Answer {
    /// Every answer, in the order the form shows them.
    pub const ALL: [Answer; 6] = [
        Answer::Never,
        Answer::Rarely,
        Answer::Often,
        Answer::Always,
        Answer::DontKnow,
        Answer::NotApplicable,
    ];

    /// Position on the frequency scale (0 to 3), or `None` for "don't know" and "not
    /// applicable".
    pub fn frequency(self) -> Option<u8> {
        match self {
            Answer::Never => Some(0),
            Answer::Rarely => Some(1),
            Answer::Often => Some(2),
            Answer::Always => Some(3),
            Answer::DontKnow | Answer::NotApplicable => None,
        }
    }

    /// Health points (0 to 3) this answer earns for a statement of `polarity`: a symptom that
    /// never happens is healthy, a practice that always happens is healthy.
    /// `None` for "don't know" and "not applicable".
    pub fn health_points(self, polarity: Polarity) -> Option<u8> {
        let frequency = self.frequency()?;
        Some(match polarity {
            Polarity::Symptom => 3 - frequency,
            Polarity::Practice => frequency,
        })
    }

    /// A stable short name, used in form values and data files.
    pub fn key(self) -> &'static str {
        match self {
            Answer::Never => "never",
            Answer::Rarely => "rarely",
            Answer::Often => "often",
            Answer::Always => "always",
            Answer::DontKnow => "unknown",
            Answer::NotApplicable => "not-applicable",
        }
    }

    /// The answer with this [`Answer::key`], if any.
    pub fn from_key(key: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|answer| answer.key() == key)
    }
}

/// A team's answers, one slot per question of the bank, in bank order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    slots: Vec<Option<Answer>>,
}

impl Answers {
    /// No answer yet for a bank of `question_count` questions.
    pub fn empty(question_count: usize) -> Self {
        Answers {
            slots: vec![None; question_count],
        }
    }

    /// No answer yet for `bank`.
    pub fn for_bank(bank: &Bank) -> Self {
        Answers::empty(bank.question_count())
    }

    /// Answers from slots in bank order.
    pub fn from_slots(slots: Vec<Option<Answer>>) -> Self {
        Answers { slots }
    }

    /// The answer to question `index`, if given.
    pub fn get(&self, index: usize) -> Option<Answer> {
        self.slots.get(index).copied().flatten()
    }

    /// Records `answer` for question `index`. An index outside the bank is ignored: it can only
    /// come from outdated input, and dropping it is safer than growing the answers.
    pub fn set(&mut self, index: usize, answer: Answer) {
        if let Some(slot) = self.slots.get_mut(index) {
            *slot = Some(answer);
        }
    }

    /// Every slot, in bank order.
    pub fn slots(&self) -> &[Option<Answer>] {
        &self.slots
    }

    /// How many questions have an answer, "don't know" included.
    pub fn answered(&self) -> usize {
        self.slots.iter().filter(|slot| slot.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn practices_are_reverse_scored() {
        assert_eq!(Answer::Always.health_points(Polarity::Symptom), Some(0));
        assert_eq!(Answer::Always.health_points(Polarity::Practice), Some(3));
        assert_eq!(Answer::Never.health_points(Polarity::Symptom), Some(3));
        assert_eq!(Answer::Never.health_points(Polarity::Practice), Some(0));
        assert_eq!(Answer::Rarely.health_points(Polarity::Symptom), Some(2));
        assert_eq!(Answer::Rarely.health_points(Polarity::Practice), Some(1));
    }

    #[test]
    fn dont_know_is_never_a_middle_value() {
        assert_eq!(Answer::DontKnow.health_points(Polarity::Symptom), None);
        assert_eq!(Answer::DontKnow.health_points(Polarity::Practice), None);
    }

    #[test]
    fn not_applicable_is_never_scored() {
        assert_eq!(Answer::NotApplicable.health_points(Polarity::Symptom), None);
        assert_eq!(
            Answer::NotApplicable.health_points(Polarity::Practice),
            None
        );
        assert_eq!(Answer::NotApplicable.frequency(), None);
    }

    #[test]
    fn keys_round_trip() {
        for answer in Answer::ALL {
            assert_eq!(Answer::from_key(answer.key()), Some(answer));
        }
        assert_eq!(Answer::from_key("sometimes"), None);
    }

    #[test]
    fn out_of_range_answers_are_ignored() {
        let mut answers = Answers::empty(2);
        answers.set(5, Answer::Always);
        assert_eq!(answers.answered(), 0);
        answers.set(1, Answer::Often);
        assert_eq!(answers.get(1), Some(Answer::Often));
        assert_eq!(answers.answered(), 1);
    }
}
