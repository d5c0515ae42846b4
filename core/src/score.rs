//! Health scores per problem, their bands, and the overall profile.
//!
//! Scores are kept in whole tenths so the arithmetic is exact, the same on every machine, and
//! the band always agrees with the score as displayed.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;

/// A health score from 0.0 to 10.0, in tenths. Higher is healthier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

/// How present an imaginary problem is, derived from the displayed score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    /// Below 5.0: the problem is strongly present.
    Strong,
    /// 5.0 up to 7.9: to watch.
    Watch,
    /// 8.0 and above: under control.
    UnderControl,
}

impl Band {
    /// The stable name used in `data-band` attributes and exports.
    pub fn key(self) -> &'static str {
        match self {
            Band::Strong => "strong",
            Band::Watch => "watch",
            Band::UnderControl => "under-control",
        }
    }
}

impl Score {
    /// The best score, 10.0.
    pub const MAX: Score = Score(100);

    /// `10 × points / max_points`, rounded half up to one decimal.
    /// `None` when there is nothing to score (`max_points == 0`).
    pub fn from_points(points: u32, max_points: u32) -> Option<Score> {
        if max_points == 0 {
            return None;
        }
        let points = u64::from(points.min(max_points));
        let max_points = u64::from(max_points);
        // tenths = round(100 × points / max), half up, in integers.
        let tenths = (200 * points + max_points) / (2 * max_points);
        Some(Score(tenths as u8))
    }

    /// A score from whole tenths, capped at 10.0.
    pub fn from_tenths(tenths: u32) -> Score {
        Score(tenths.min(100) as u8)
    }

    /// The score in tenths, 0 to 100.
    pub fn tenths(self) -> u8 {
        self.0
    }

    /// The band of the score as displayed.
    pub fn band(self) -> Band {
        match self.0 {
            0..=49 => Band::Strong,
            50..=79 => Band::Watch,
            _ => Band::UnderControl,
        }
    }

    /// The score with one decimal and the given separator: `"5.0"` or `"5,0"`.
    pub fn format(self, separator: char) -> String {
        format!("{}{}{}", self.0 / 10, separator, self.0 % 10)
    }
}

/// The outcome for one problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemResult {
    /// Position of the problem in the bank.
    pub problem: usize,
    /// Its health score, or `None` when no answer could be scored.
    pub score: Option<Score>,
    /// Answers that counted in the score.
    pub scored: usize,
    /// "Don't know" answers: blind spots.
    pub blind_spots: usize,
    /// "Not applicable" answers: left out of the score, and not blind spots.
    pub not_applicable: usize,
    /// Questions left without an answer.
    pub unanswered: usize,
}

impl ProblemResult {
    /// The band, or `None` without a score.
    pub fn band(&self) -> Option<Band> {
        self.score.map(Score::band)
    }

    /// The `data-band` value: a band key, or `"none"` without a score.
    pub fn band_key(&self) -> &'static str {
        self.band().map_or("none", Band::key)
    }

    /// True when at least half of the given answers are "don't know": the team should talk
    /// about it before trusting the score.
    pub fn is_blind_zone(&self) -> bool {
        self.blind_spots > 0 && self.blind_spots >= self.scored
    }
}

/// The overall picture across problems.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverallProfile {
    /// Mean of the problems' scores, rounded half up; `None` when no problem has a score.
    pub score: Option<Score>,
    /// The problems with the lowest score, when that score is not under control.
    pub most_present: Vec<usize>,
    /// How many problems fall in each band: strong, watch, under control.
    pub band_counts: [usize; 3],
    /// "Don't know" answers across the bank.
    pub blind_spots: usize,
    /// "Not applicable" answers across the bank.
    pub not_applicable: usize,
    /// Questions without any answer across the bank.
    pub unanswered: usize,
}

impl OverallProfile {
    /// The band of the overall score.
    pub fn band(&self) -> Option<Band> {
        self.score.map(Score::band)
    }
}

/// Scores for every problem plus the overall profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// One result per problem, in bank order.
    pub problems: Vec<ProblemResult>,
    /// The overall profile.
    pub overall: OverallProfile,
}

/// Scores `answers` against `bank`.
pub fn assess(bank: &Bank, answers: &Answers) -> Assessment {
    let problems: Vec<ProblemResult> = bank
        .problems
        .iter()
        .enumerate()
        .map(|(at, problem)| {
            let mut result = ProblemResult {
                problem: at,
                score: None,
                scored: 0,
                blind_spots: 0,
                not_applicable: 0,
                unanswered: 0,
            };
            let mut points = 0u32;
            for question in &problem.questions {
                match answers.get(question.index) {
                    None => result.unanswered += 1,
                    Some(Answer::NotApplicable) => result.not_applicable += 1,
                    Some(answer) => match answer.health_points(question.polarity) {
                        None => result.blind_spots += 1,
                        Some(earned) => {
                            points += u32::from(earned);
                            result.scored += 1;
                        }
                    },
                }
            }
            result.score = Score::from_points(points, 3 * result.scored as u32);
            result
        })
        .collect();
    let overall = profile(&problems);
    Assessment { problems, overall }
}

fn profile(problems: &[ProblemResult]) -> OverallProfile {
    let scores: Vec<u32> = problems
        .iter()
        .filter_map(|result| result.score)
        .map(|score| u32::from(score.tenths()))
        .collect();
    let score = (!scores.is_empty()).then(|| {
        let count = scores.len() as u32;
        let sum: u32 = scores.iter().sum();
        Score::from_tenths((2 * sum + count) / (2 * count))
    });
    let lowest = problems.iter().filter_map(|result| result.score).min();
    let most_present = match lowest {
        Some(lowest) if lowest.band() != Band::UnderControl => problems
            .iter()
            .filter(|result| result.score == Some(lowest))
            .map(|result| result.problem)
            .collect(),
        _ => Vec::new(),
    };
    let mut band_counts = [0; 3];
    for band in problems.iter().filter_map(ProblemResult::band) {
        let slot = match band {
            Band::Strong => 0,
            Band::Watch => 1,
            Band::UnderControl => 2,
        };
        band_counts[slot] += 1;
    }
    OverallProfile {
        score,
        most_present,
        band_counts,
        blind_spots: problems.iter().map(|result| result.blind_spots).sum(),
        not_applicable: problems.iter().map(|result| result.not_applicable).sum(),
        unanswered: problems.iter().map(|result| result.unanswered).sum(),
    }
}
