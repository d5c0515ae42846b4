//! What the team answered to one question: the distribution of the five answers, the team's
//! median answer, and blind spots (questions many people cannot answer).

use crate::answers::Answer;
use crate::bank::Polarity;
use crate::lang::Lang;

/// How many people gave each answer to one question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Distribution {
    /// Counts in [`Answer::ALL`] order: never, rarely, often, always, don't know, not
    /// applicable.
    pub counts: [usize; 6],
}

impl Distribution {
    /// Counts one more `answer`.
    pub fn add(&mut self, answer: Answer) {
        if let Some(count) = Answer::ALL
            .iter()
            .position(|known| *known == answer)
            .and_then(|at| self.counts.get_mut(at))
        {
            *count += 1;
        }
    }

    /// How many people gave `answer`.
    pub fn count(&self, answer: Answer) -> usize {
        Answer::ALL
            .iter()
            .position(|known| *known == answer)
            .and_then(|at| self.counts.get(at))
            .copied()
            .unwrap_or(0)
    }

    /// People who answered, "don't know" included: the `n` compared with the threshold *k*.
    pub fn answered(&self) -> usize {
        self.counts.iter().sum()
    }

    /// People who placed the statement on the frequency scale ("don't know" and "not
    /// applicable" excluded).
    pub fn scored(&self) -> usize {
        self.answered() - self.count(Answer::DontKnow) - self.count(Answer::NotApplicable)
    }

    /// The team's median answer, used for the team's fixes.
    ///
    /// The median of the answers on the frequency scale (never < rarely < often < always),
    /// "don't know" left out. When the count is even and the two middle answers differ, the
    /// more worrying one is taken (the more frequent for a symptom, the rarer for a protective
    /// practice): if half the team sees a problem, the fix is worth discussing. When everybody
    /// who answered said "don't know", the median is [`Answer::DontKnow`] (or
    /// [`Answer::NotApplicable`] when everybody said that); with no answer at all it is `None`.
    pub fn median_answer(&self, polarity: Polarity) -> Option<Answer> {
        let scored = self.scored();
        if scored == 0 {
            if self.count(Answer::DontKnow) > 0 {
                return Some(Answer::DontKnow);
            }
            return (self.count(Answer::NotApplicable) > 0).then_some(Answer::NotApplicable);
        }
        let nth = |position: usize| {
            let mut seen = 0;
            for answer in [Answer::Never, Answer::Rarely, Answer::Often, Answer::Always] {
                seen += self.count(answer);
                if seen > position {
                    return answer;
                }
            }
            Answer::Always
        };
        let upper = nth(scored / 2);
        if scored % 2 == 1 {
            return Some(upper);
        }
        let lower = nth(scored / 2 - 1);
        Some(match polarity {
            Polarity::Symptom => upper,
            Polarity::Practice => lower,
        })
    }
}

/// Why a per-question figure is not shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hidden {
    /// Fewer than *k* people answered: showing how they answered could single someone out.
    FewerThanK {
        /// The threshold in force.
        k: usize,
    },
}

impl Hidden {
    /// A stable short name for data files: `fewer-than-k`.
    pub fn key(self) -> &'static str {
        match self {
            Hidden::FewerThanK { .. } => "fewer-than-k",
        }
    }

    /// Why it is hidden, in one sentence.
    pub fn message(self, lang: Lang) -> String {
        match self {
            Hidden::FewerThanK { k } => crate::i18n::fill(
                crate::team::words::team_words(lang).hidden_fewer_than_k,
                &[("k", &k)],
            ),
        }
    }
}

/// A figure shown only when enough people answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Visibility<T> {
    /// Enough people answered.
    Shown(T),
    /// Not shown, and why.
    Hidden(Hidden),
}

impl<T> Visibility<T> {
    /// The figure when shown.
    pub fn shown(&self) -> Option<&T> {
        match self {
            Visibility::Shown(value) => Some(value),
            Visibility::Hidden(_) => None,
        }
    }
}

/// The team's answers to one question of the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QuestionResult {
    /// Global index of the question in the bank.
    pub question: usize,
    /// How the team answered, when at least *k* people answered (don't know included).
    pub distribution: Visibility<Distribution>,
    /// The team's median answer ([`Distribution::median_answer`]); `None` when the
    /// distribution is hidden or nobody answered.
    pub median_answer: Option<Answer>,
}

/// A question that many people could not answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlindSpot {
    /// Global index of the question.
    pub question: usize,
    /// People who answered "don't know".
    pub dont_know: usize,
    /// People who answered, "don't know" included.
    pub answered: usize,
}

/// At least this many "don't know" answers make a blind spot.
pub const BLIND_SPOT_MIN_PEOPLE: usize = 2;

/// The blind spot for a shown distribution, if it is one.
///
/// Rule: at least a third of the people who answered said "don't know", and at least
/// [`BLIND_SPOT_MIN_PEOPLE`] of them, so a single person is never pointed at. Only questions
/// whose distribution is shown (at least *k* answers) are considered.
pub fn blind_spot(question: usize, distribution: &Distribution) -> Option<BlindSpot> {
    let dont_know = distribution.count(Answer::DontKnow);
    let answered = distribution.answered();
    (dont_know >= BLIND_SPOT_MIN_PEOPLE && 3 * dont_know >= answered).then_some(BlindSpot {
        question,
        dont_know,
        answered,
    })
}

/// The blind-spot rule in one sentence, for the page and the exports.
pub fn blind_spot_rule(lang: Lang) -> &'static str {
    crate::team::words::team_words(lang).blind_spot_rule
}
