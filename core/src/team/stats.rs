//! Order statistics on health scores: minimum, quartiles, median and maximum.
//!
//! Scores are whole tenths from 0 to 100, so a team's scores fit a 101-bin histogram: counting
//! is linear in the number of people and needs no sort, which keeps 10,000 people cheap.
//!
//! **Quartile method** ("median of halves", also called Tukey's exclusive method): sort the
//! scores; the median is the middle value, or the mean of the two middle values for an even
//! count; the first quartile is the median of the lower half and the third quartile the median
//! of the upper half, where for an odd count the median itself belongs to neither half. With a
//! single score both halves are empty and the quartiles equal that score. Every value is then a
//! score or the mean of two scores, so it is a whole number of *half*-tenths ([`HalfTenths`]):
//! no float is ever involved.

use crate::labels::decimal_separator;
use crate::lang::Lang;
use crate::score::{Band, Score};

/// A statistic on health scores, in half-tenths (0 to 200, i.e. 0.00 to 10.00 in steps of
/// 0.05), because the mean of two scores in tenths can fall between two tenths.
///
/// It is displayed with one decimal, rounded half up ([`HalfTenths::rounded`]): 4.95 shows as
/// 5.0, the rule scores themselves use. The band is the band of the displayed value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HalfTenths(u16);

impl HalfTenths {
    /// A value from half-tenths, capped at 200 (10.0).
    pub fn new(half_tenths: u16) -> HalfTenths {
        HalfTenths(half_tenths.min(200))
    }

    /// The exact value of a score.
    pub fn from_score(score: Score) -> HalfTenths {
        HalfTenths(2 * u16::from(score.tenths()))
    }

    /// The mean of two scores, exact.
    pub fn mean_of(low: Score, high: Score) -> HalfTenths {
        HalfTenths(u16::from(low.tenths()) + u16::from(high.tenths()))
    }

    /// The exact value in half-tenths: 99 means 4.95.
    pub fn half_tenths(self) -> u16 {
        self.0
    }

    /// True when the value is a whole number of tenths, i.e. displayed without rounding.
    pub fn is_whole_tenths(self) -> bool {
        self.0.is_multiple_of(2)
    }

    /// The value as displayed: rounded half up to one decimal (4.95 → 5.0, 4.90 → 4.9).
    pub fn rounded(self) -> Score {
        Score::from_tenths(u32::from(self.0.div_ceil(2)))
    }

    /// The band of the displayed value, so the words never contradict the number.
    pub fn band(self) -> Band {
        self.rounded().band()
    }

    /// The displayed value with one decimal, `"5,0"` in French and `"5.0"` in English.
    pub fn format(self, lang: Lang) -> String {
        self.format_with(decimal_separator(lang))
    }

    /// The value rounded to one decimal with `separator`, e.g. a dot for data attributes.
    pub fn format_with(self, separator: char) -> String {
        self.rounded().format(separator)
    }
}

/// The spread of a group's health scores on one problem. Only built from at least one score:
/// a problem nobody could score has no statistics at all, never zeros.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stats {
    /// How many scores the statistics are computed from (at least 1).
    pub count: usize,
    /// The lowest score.
    pub min: Score,
    /// The first quartile: median of the lower half.
    pub q1: HalfTenths,
    /// The median.
    pub median: HalfTenths,
    /// The third quartile: median of the upper half.
    pub q3: HalfTenths,
    /// The highest score.
    pub max: Score,
}

impl Stats {
    /// The statistics of `scores`, in any order; `None` when there is none.
    pub fn from_scores(scores: &[Score]) -> Option<Stats> {
        let mut histogram = ScoreHistogram::default();
        for &score in scores {
            histogram.add(score);
        }
        histogram.stats()
    }

    /// The band of the median as displayed: the team's band for the problem.
    pub fn band(&self) -> Band {
        self.median.band()
    }

    /// The interquartile range as displayed: the displayed third quartile minus the displayed
    /// first quartile, so a reader can check it from the two numbers shown (the exact
    /// difference, rounded on its own, can differ by 0.1).
    pub fn iqr(&self) -> Score {
        displayed_difference(self.q3, self.q1)
    }
}

/// `high − low` between displayed values, in tenths; 0 when `low` is higher.
pub(crate) fn displayed_difference(high: HalfTenths, low: HalfTenths) -> Score {
    let high = u32::from(high.rounded().tenths());
    let low = u32::from(low.rounded().tenths());
    Score::from_tenths(high.saturating_sub(low))
}

/// How many people have each score: index = tenths.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ScoreHistogram {
    bins: [u32; 101],
    count: usize,
}

impl Default for ScoreHistogram {
    fn default() -> Self {
        ScoreHistogram {
            bins: [0; 101],
            count: 0,
        }
    }
}

impl ScoreHistogram {
    pub(crate) fn add(&mut self, score: Score) {
        if let Some(bin) = self.bins.get_mut(usize::from(score.tenths())) {
            *bin += 1;
            self.count += 1;
        }
    }

    pub(crate) fn count(&self) -> usize {
        self.count
    }

    /// The score at 0-based `position` in ascending order (the last one past the end).
    fn nth(&self, position: usize) -> Score {
        let mut seen = 0usize;
        for (tenths, &people) in self.bins.iter().enumerate() {
            seen += people as usize;
            if seen > position {
                return Score::from_tenths(tenths as u32);
            }
        }
        Score::MAX
    }

    /// The median of the `len` scores starting at ascending `position`; `len` must be ≥ 1.
    fn median_of(&self, start: usize, len: usize) -> HalfTenths {
        if len % 2 == 1 {
            HalfTenths::from_score(self.nth(start + len / 2))
        } else {
            HalfTenths::mean_of(self.nth(start + len / 2 - 1), self.nth(start + len / 2))
        }
    }

    pub(crate) fn stats(&self) -> Option<Stats> {
        let count = self.count;
        if count == 0 {
            return None;
        }
        let median = self.median_of(0, count);
        let half = count / 2;
        let (q1, q3) = if half == 0 {
            (median, median)
        } else {
            // For an odd count the upper half starts after the median, for an even one at it.
            (self.median_of(0, half), self.median_of(count - half, half))
        };
        Some(Stats {
            count,
            min: self.nth(0),
            q1,
            median,
            q3,
            max: self.nth(count - 1),
        })
    }
}
