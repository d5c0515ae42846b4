//! Team statistics: medians and quartiles on known sets ("median of halves" method).

mod team_support;

use assessment_core::team::{HalfTenths, Stats, TeamResult};
use assessment_core::{Band, Lang, Score};
use team_support::{small_bank, team};

fn scores(tenths: &[u32]) -> Vec<Score> {
    tenths.iter().map(|&t| Score::from_tenths(t)).collect()
}

/// (min, q1, median, q3, max) as displayed with a dot.
fn shown(stats: &Stats) -> [String; 5] {
    [
        stats.min.format('.'),
        stats.q1.format(Lang::EN),
        stats.median.format(Lang::EN),
        stats.q3.format(Lang::EN),
        stats.max.format('.'),
    ]
}

#[test]
fn odd_count_leaves_the_median_out_of_both_halves() {
    let stats = Stats::from_scores(&scores(&[50, 10, 40, 20, 30])).unwrap();
    assert_eq!(shown(&stats), ["1.0", "1.5", "3.0", "4.5", "5.0"]);
    assert_eq!(stats.count, 5);
    assert_eq!(stats.iqr().format('.'), "3.0");

    let stats = Stats::from_scores(&scores(&[10, 20, 30, 40, 50, 60, 70])).unwrap();
    assert_eq!(shown(&stats), ["1.0", "2.0", "4.0", "6.0", "7.0"]);
}

#[test]
fn even_count_averages_the_two_middle_values() {
    let stats = Stats::from_scores(&scores(&[40, 10, 30, 20])).unwrap();
    assert_eq!(shown(&stats), ["1.0", "1.5", "2.5", "3.5", "4.0"]);
    assert_eq!(stats.median.half_tenths(), 50);

    let stats = Stats::from_scores(&scores(&[10, 20, 30, 40, 50, 60])).unwrap();
    assert_eq!(shown(&stats), ["1.0", "2.0", "3.5", "5.0", "6.0"]);
}

#[test]
fn a_single_value_is_every_statistic() {
    let stats = Stats::from_scores(&scores(&[73])).unwrap();
    assert_eq!(shown(&stats), ["7.3", "7.3", "7.3", "7.3", "7.3"]);
    assert_eq!(stats.iqr(), Score::from_tenths(0));
    assert_eq!(stats.band(), Band::Watch);
}

#[test]
fn two_values_are_the_quartiles() {
    let stats = Stats::from_scores(&scores(&[90, 20])).unwrap();
    assert_eq!(shown(&stats), ["2.0", "2.0", "5.5", "9.0", "9.0"]);
}

#[test]
fn no_score_means_no_statistics() {
    assert_eq!(Stats::from_scores(&[]), None);
}

#[test]
fn half_tenths_round_half_up_and_the_band_follows_the_display() {
    // 4.9 and 5.0: the exact median is 4.95, shown 5.0, so the band is "to watch".
    let stats = Stats::from_scores(&scores(&[49, 50])).unwrap();
    assert_eq!(stats.median.half_tenths(), 99);
    assert!(!stats.median.is_whole_tenths());
    assert_eq!(stats.median.rounded(), Score::from_tenths(50));
    assert_eq!(stats.median.format(Lang::FR), "5,0");
    assert_eq!(stats.band(), Band::Watch);
    assert_eq!(HalfTenths::new(159).band(), Band::UnderControl);
    assert_eq!(HalfTenths::new(157).format(Lang::EN), "7.9");
    assert_eq!(HalfTenths::new(500).half_tenths(), 200);
}

#[test]
fn the_interquartile_range_is_the_difference_of_the_displayed_quartiles() {
    // q1 = 4.05 (shown 4.1), q3 = 5.0: the range shown is 0.9, not 0.95 rounded to 1.0.
    let stats = Stats::from_scores(&scores(&[40, 41, 50, 50])).unwrap();
    assert_eq!(stats.q1.half_tenths(), 81);
    assert_eq!(shown(&stats), ["4.0", "4.1", "4.6", "5.0", "5.0"]);
    assert_eq!(stats.iqr().format('.'), "0.9");
}

#[test]
fn team_scores_come_from_each_persons_assessment() {
    let bank = small_bank();
    // loop scores: NAN → 10.0; ONO → (1+0+1)/9 → 2.2; AAA → (0+3+0)/9 → 3.3; RRR → (2+1+2)/9 → 5.6
    let collection = team(
        &bank,
        &[
            ("NAN ??", None),
            ("ONO ??", None),
            ("AAA ??", None),
            ("RRR ??", None),
        ],
    );
    let result = TeamResult::compute(&bank, &collection, 3);
    let stats = result.problems[0].stats.expect("loop has scores");
    assert_eq!(shown(&stats), ["2.2", "2.8", "4.5", "7.8", "10.0"]);
    assert_eq!(result.problems[0].scored, 4);
    assert_eq!(result.problems[0].band(), Some(Band::Strong));
}

#[test]
fn a_problem_nobody_could_score_has_no_statistics() {
    let bank = small_bank();
    let collection = team(
        &bank,
        &[("NAN ??", None), ("ONO ??", None), ("AA- ?-", None)],
    );
    let result = TeamResult::compute(&bank, &collection, 3);
    let fear = &result.problems[1];
    assert_eq!(fear.scored, 0);
    assert_eq!(fear.stats, None);
    assert_eq!(fear.band(), None);
    assert_eq!(fear.band_key(), "none");
}
