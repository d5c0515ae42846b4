//! The team result: what a facilitator shows the room, computed from a [`Collection`].
//!
//! Nothing in it is about one person: statistics per problem, distributions per question (only
//! from at least *k* answers), the "talk about it" list, blind spots, role gaps and the team's
//! fixes. It depends only on the set of submissions, never on the order they arrived in.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::Role;
use crate::recommend::{recommend, Recommendations};
use crate::score::{assess, Assessment, Band};
use crate::team::collect::Collection;
use crate::team::disagreement::Disagreement;
use crate::team::distribution::{
    blind_spot, BlindSpot, Distribution, Hidden, QuestionResult, Visibility,
};
use crate::team::roles::{gap_of, ProblemGap, RoleComparison, RoleGaps, RoleGroup};
use crate::team::stats::{ScoreHistogram, Stats};

/// The smallest *k* allowed: below three people, a distribution can point at someone.
pub const MIN_K: usize = 3;

/// The *k* a team view starts with.
pub const DEFAULT_K: usize = 3;

/// The *k* actually applied for a requested one: never below [`MIN_K`].
pub fn effective_k(requested: usize) -> usize {
    requested.max(MIN_K)
}

/// The team's health scores on one problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProblemStats {
    /// Position of the problem in the bank.
    pub problem: usize,
    /// People with a score on this problem (the others only answered "don't know" or nothing).
    pub scored: usize,
    /// Min, quartiles, median and max; `None` when nobody has a score, and when fewer than
    /// *k* people have one: with two people, the minimum and the maximum *are* their scores.
    pub stats: Option<Stats>,
    /// Why the statistics are withheld although some people have a score.
    pub hidden: Option<Hidden>,
}

impl ProblemStats {
    /// The team's band: the band of the median as displayed; `None` without a score.
    pub fn band(&self) -> Option<Band> {
        self.stats.as_ref().map(Stats::band)
    }

    /// The band's stable name, or `"none"`.
    pub fn band_key(&self) -> &'static str {
        self.band().map_or("none", Band::key)
    }
}

/// Everything the team view and the team exports show. No per-person data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamResult {
    /// The threshold applied: at least [`MIN_K`].
    pub k: usize,
    /// Distinct submissions collected.
    pub people: usize,
    /// One entry per problem, in bank order.
    pub problems: Vec<ProblemStats>,
    /// One entry per question, in bank order.
    pub questions: Vec<QuestionResult>,
    /// The "talk about it" list, most disputed first (see
    /// [`crate::team::disagreement`]); only questions with a shown distribution.
    pub disagreements: Vec<Disagreement>,
    /// Questions with many "don't know" answers, highest share first, then in bank order;
    /// only questions with a shown distribution.
    pub blind_spots: Vec<BlindSpot>,
    /// Role gaps, when groups are large enough.
    pub role_gaps: RoleGaps,
    /// The team's median answer per question ([`Distribution::median_answer`]); unanswered
    /// where the distribution is hidden.
    pub median_answers: Answers,
    /// The median answers scored like one person's, to order the team's fixes.
    pub median_assessment: Assessment,
    /// The team's fixes, ordered like an individual's but from the median answers.
    pub fixes: Recommendations,
}

impl TeamResult {
    /// Aggregates `collection` for `bank` with the threshold `requested_k` (raised to
    /// [`MIN_K`] when lower).
    pub fn compute(bank: &Bank, collection: &Collection, requested_k: usize) -> TeamResult {
        let k = effective_k(requested_k);
        let problem_count = bank.problems.len();
        let mut everyone = vec![ScoreHistogram::default(); problem_count];
        let mut by_role: Vec<(usize, Vec<ScoreHistogram>)> =
            vec![(0, vec![ScoreHistogram::default(); problem_count]); Role::ALL.len()];
        let mut distributions = vec![Distribution::default(); bank.question_count()];

        for submission in collection.submissions() {
            let answers = submission.answers();
            for (slot, distribution) in answers.slots().iter().zip(distributions.iter_mut()) {
                if let Some(answer) = slot {
                    distribution.add(*answer);
                }
            }
            let group = submission
                .role()
                .and_then(|role| Role::ALL.iter().position(|known| *known == role))
                .and_then(|at| by_role.get_mut(at));
            let assessment = assess(bank, answers);
            let scores = assessment.problems.iter().map(|result| result.score);
            match group {
                Some((people, histograms)) => {
                    *people += 1;
                    for ((score, all), mine) in
                        scores.zip(everyone.iter_mut()).zip(histograms.iter_mut())
                    {
                        if let Some(score) = score {
                            all.add(score);
                            mine.add(score);
                        }
                    }
                }
                None => {
                    for (score, all) in scores.zip(everyone.iter_mut()) {
                        if let Some(score) = score {
                            all.add(score);
                        }
                    }
                }
            }
        }

        let problems = everyone
            .iter()
            .enumerate()
            .map(|(problem, histogram)| {
                let scored = histogram.count();
                let shown = scored >= k;
                ProblemStats {
                    problem,
                    scored,
                    stats: histogram.stats().filter(|_| shown),
                    hidden: (scored > 0 && !shown).then_some(Hidden::FewerThanK { k }),
                }
            })
            .collect();

        let mut median_slots = Vec::with_capacity(distributions.len());
        let mut questions = Vec::with_capacity(distributions.len());
        let mut disagreements = Vec::new();
        let mut blind_spots = Vec::new();
        for (question, distribution) in bank.questions().zip(&distributions) {
            let index = question.index;
            let shown = distribution.answered() >= k;
            let median_answer = if shown {
                distribution.median_answer(question.polarity)
            } else {
                None
            };
            median_slots.push(median_answer);
            if shown {
                disagreements.extend(Disagreement::of(index, distribution));
                blind_spots.extend(blind_spot(index, distribution));
            }
            questions.push(QuestionResult {
                question: index,
                distribution: if shown {
                    Visibility::Shown(*distribution)
                } else {
                    Visibility::Hidden(Hidden::FewerThanK { k })
                },
                median_answer,
            });
        }
        // Both lists hold at most one item per question: an insertion sort is enough.
        insertion_sort_by(&mut disagreements, Disagreement::rank_cmp);
        insertion_sort_by(&mut blind_spots, |a, b| {
            // a/b shares compared exactly, highest first, then bank order.
            (b.dont_know * a.answered)
                .cmp(&(a.dont_know * b.answered))
                .then(a.question.cmp(&b.question))
        });

        let role_gaps = role_gaps(&by_role, k, problem_count);
        let median_answers = Answers::from_slots(median_slots);
        let median_assessment = assess(bank, &median_answers);
        let fixes = recommend(bank, &median_answers, &median_assessment);
        TeamResult {
            k,
            people: collection.len(),
            problems,
            questions,
            disagreements,
            blind_spots,
            role_gaps,
            median_answers,
            median_assessment,
            fixes,
        }
    }

    /// True when fewer than *k* people were collected: per-question and per-problem figures
    /// are all hidden.
    pub fn is_below_k(&self) -> bool {
        self.people < self.k
    }

    /// The team's median answer to question `index`, if shown.
    pub fn median_answer(&self, index: usize) -> Option<Answer> {
        self.median_answers.get(index)
    }
}

fn role_gaps(by_role: &[(usize, Vec<ScoreHistogram>)], k: usize, problems: usize) -> RoleGaps {
    let given = by_role.iter().any(|(people, _)| *people > 0);
    if !given {
        return RoleGaps::NoRoles;
    }
    let shown: Vec<(RoleGroup, &Vec<ScoreHistogram>)> = Role::ALL
        .iter()
        .zip(by_role)
        .filter(|(_, (people, _))| *people >= k)
        .map(|(role, (people, histograms))| {
            (
                RoleGroup {
                    role: *role,
                    people: *people,
                },
                histograms,
            )
        })
        .collect();
    if shown.len() < 2 {
        return RoleGaps::GroupsTooSmall;
    }
    let some_groups_too_small = by_role.iter().any(|(people, _)| *people > 0 && *people < k);
    let problems = (0..problems)
        .map(|problem| {
            let medians: Vec<_> = shown
                .iter()
                .map(|(group, histograms)| {
                    let median = histograms
                        .get(problem)
                        .filter(|histogram| histogram.count() >= k)
                        .and_then(ScoreHistogram::stats)
                        .map(|stats| stats.median);
                    (group.role, median)
                })
                .collect();
            ProblemGap {
                problem,
                gap: gap_of(&medians),
                medians,
            }
        })
        .collect();
    RoleGaps::Shown(RoleComparison {
        groups: shown.into_iter().map(|(group, _)| group).collect(),
        some_groups_too_small,
        problems,
    })
}

/// A stable insertion sort by comparator, for lists of at most one item per question: the
/// standard sorts would add their code to the wasm for each item type.
fn insertion_sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for unsorted in 1..items.len() {
        let mut at = unsorted;
        while at > 0 && compare(&items[at - 1], &items[at]).is_gt() {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}
