//! Which fixes to suggest, in which order, and why.
//!
//! An answer on the worrying side of the scale (a symptom seen often or always, a practice
//! seen rarely or never) *triggers* the fixes its question points to. Fixes are ordered by the
//! severity of their problem (lowest score first), then by how many answers triggered them,
//! then by how strongly, then by bank order so the result is stable.

use crate::answers::{Answer, Answers};
use crate::bank::{Bank, FixRef};
use crate::score::Assessment;
use std::cmp::Reverse;

/// How worrying an answer must be (0 to 3, 3 the worst) to trigger a fix.
pub const TRIGGER_CONCERN: u8 = 2;

/// An answer that triggered a fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trigger {
    /// Global index of the question.
    pub question: usize,
    /// The answer given.
    pub answer: Answer,
    /// How worrying it is: 2 or 3.
    pub concern: u8,
}

/// A suggested fix and the answers behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The fix.
    pub fix: FixRef,
    /// The answers that triggered it, in bank order.
    pub triggers: Vec<Trigger>,
}

impl Recommendation {
    /// Sum of the triggers' concern.
    pub fn strength(&self) -> u32 {
        self.triggers.iter().map(|t| u32::from(t.concern)).sum()
    }
}

/// Every triggered fix, in priority order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recommendations {
    /// All triggered fixes, most urgent first.
    pub ordered: Vec<Recommendation>,
}

impl Recommendations {
    /// How many fixes the "start here" list shows.
    pub const START_HERE: usize = 3;

    /// The top fixes overall.
    pub fn start_here(&self) -> &[Recommendation] {
        &self.ordered[..self.ordered.len().min(Self::START_HERE)]
    }

    /// The triggered fixes of one problem, in priority order.
    pub fn for_problem(&self, problem: usize) -> impl Iterator<Item = &Recommendation> {
        self.ordered
            .iter()
            .filter(move |recommendation| recommendation.fix.problem == problem)
    }

    /// The fixes of `problem` that no answer triggered, in bank order.
    pub fn untriggered(&self, bank: &Bank, problem: usize) -> Vec<FixRef> {
        let count = bank.problems.get(problem).map_or(0, |p| p.fixes.len());
        (0..count)
            .map(|fix| FixRef { problem, fix })
            .filter(|at| !self.ordered.iter().any(|r| r.fix == *at))
            .collect()
    }
}

/// Builds the prioritised fixes for `answers`, given their `assessment`.
pub fn recommend(bank: &Bank, answers: &Answers, assessment: &Assessment) -> Recommendations {
    let mut found: Vec<Recommendation> = Vec::new();
    for question in bank.questions() {
        let Some(answer) = answers.get(question.index) else {
            continue;
        };
        let Some(points) = answer.health_points(question.polarity) else {
            continue;
        };
        let concern = 3 - points;
        if concern < TRIGGER_CONCERN {
            continue;
        }
        let trigger = Trigger {
            question: question.index,
            answer,
            concern,
        };
        for &fix in &question.fixes {
            match found.iter_mut().find(|r| r.fix == fix) {
                Some(recommendation) => recommendation.triggers.push(trigger),
                None => found.push(Recommendation {
                    fix,
                    triggers: vec![trigger],
                }),
            }
        }
    }
    // A problem without a score cannot trigger anything, so the fallback only orders ties.
    let severity = |problem: usize| {
        assessment
            .problems
            .get(problem)
            .and_then(|result| result.score)
            .map_or(u16::MAX, |score| u16::from(score.tenths()))
    };
    sort_small_by_key(&mut found, |r| {
        (
            severity(r.fix.problem),
            Reverse(r.triggers.len()),
            Reverse(r.strength()),
            r.fix,
        )
    });
    Recommendations { ordered: found }
}

/// Sorts a short list (a few dozen items) by key, keeping equal items in order. A plain
/// insertion sort: the standard library's sorts are faster on long lists but add kilobytes
/// to the wasm for each key type, and these lists are never long.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for unsorted in 1..items.len() {
        let mut at = unsorted;
        while at > 0 && key(&items[at - 1]) > key(&items[at]) {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}
