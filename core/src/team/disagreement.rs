//! The "talk about it" list: the questions on which the team disagrees most.
//!
//! Imaginary problems are different representations of one situation, so where people see it
//! differently is often the most useful result for a team.
//!
//! **Rule.** Among the questions whose distribution is shown (at least *k* answers), a question
//! is *disputed* when
//! 1. someone answered *never* and someone answered *always*: the answers reach both ends of
//!    the scale; and
//! 2. the smaller of the two camps, *never or rarely* against *often or always*, holds at least
//!    one in five of the answers on the scale ("don't know" left out), so one dissenting voice in
//!    a large campaign does not make a dispute, while it does in a team of three or four.
//!
//! **Ranking.** The more evenly the team is split, the higher: by the share of the smaller
//! camp, then by the share of the smaller extreme (min(never, always)), then in bank order.
//! Shares are compared as exact fractions.

use crate::answers::Answer;
use crate::lang::Lang;
use crate::team::distribution::Distribution;
use std::cmp::Ordering;

/// The smaller camp must hold at least `1 / SMALLER_CAMP_MIN_DIVISOR` of the scored answers.
pub const SMALLER_CAMP_MIN_DIVISOR: usize = 5;

/// A disputed question and how split the team is on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Disagreement {
    /// Global index of the question.
    pub question: usize,
    /// People who answered *never* or *rarely*.
    pub low: usize,
    /// People who answered *often* or *always*.
    pub high: usize,
    /// People who answered *never*.
    pub never: usize,
    /// People who answered *always*.
    pub always: usize,
}

impl Disagreement {
    /// The disagreement on a shown distribution, if the question is disputed (see the module
    /// docs for the rule).
    pub fn of(question: usize, distribution: &Distribution) -> Option<Disagreement> {
        let count = |answer| distribution.count(answer);
        let (never, always) = (count(Answer::Never), count(Answer::Always));
        let low = never + count(Answer::Rarely);
        let high = count(Answer::Often) + always;
        let both_ends = never > 0 && always > 0;
        let even_enough = SMALLER_CAMP_MIN_DIVISOR * low.min(high) >= low + high;
        (both_ends && even_enough).then_some(Disagreement {
            question,
            low,
            high,
            never,
            always,
        })
    }

    /// People who placed the statement on the scale.
    pub fn scored(&self) -> usize {
        self.low + self.high
    }

    /// The "talk about it" order: most evenly split first, see the module docs.
    pub fn rank_cmp(&self, other: &Disagreement) -> Ordering {
        let share = |part: usize, whole: usize| (part as u64, whole.max(1) as u64);
        // a/b > c/d ⇔ a·d > c·b; reversed so that larger shares come first.
        let by_share = |(a, b): (u64, u64), (c, d): (u64, u64)| (c * b).cmp(&(a * d));
        by_share(
            share(self.low.min(self.high), self.scored()),
            share(other.low.min(other.high), other.scored()),
        )
        .then_with(|| {
            by_share(
                share(self.never.min(self.always), self.scored()),
                share(other.never.min(other.always), other.scored()),
            )
        })
        .then(self.question.cmp(&other.question))
    }
}

/// The disagreement rule in one sentence, for the page and the exports.
pub fn disagreement_rule(lang: Lang) -> &'static str {
    crate::team::words::team_words(lang).disagreement_rule
}
