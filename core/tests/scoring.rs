//! The arithmetic of health scores, bands, blind spots and the overall profile.

mod common;

use assessment_core::{assess, parse_bank_toml, Answer, Answers, Band, Bank, Score};
use common::SMALL_BANK;
use Answer::*;

fn bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture bank")
}

fn answers(slots: [Option<Answer>; 5]) -> Answers {
    Answers::from_slots(slots.to_vec())
}

fn shown(score: Option<Score>) -> Option<String> {
    score.map(|s| s.format('.'))
}

#[test]
fn worst_answers_score_zero_and_best_answers_score_ten() {
    let bank = bank();
    // Q1 symptom, Q2 practice, Q3 symptom | Q4 symptom, Q5 practice.
    let worst = assess(
        &bank,
        &answers([
            Some(Always),
            Some(Never),
            Some(Always),
            Some(Always),
            Some(Never),
        ]),
    );
    for result in &worst.problems {
        assert_eq!(shown(result.score).as_deref(), Some("0.0"));
        assert_eq!(result.band_key(), "strong");
    }
    let best = assess(
        &bank,
        &answers([
            Some(Never),
            Some(Always),
            Some(Never),
            Some(Never),
            Some(Always),
        ]),
    );
    for result in &best.problems {
        assert_eq!(shown(result.score).as_deref(), Some("10.0"));
        assert_eq!(result.band_key(), "under-control");
    }
}

#[test]
fn practices_are_reverse_scored() {
    let bank = bank();
    // Only Q2 (a practice) answered "always": full health for that problem.
    let result = assess(&bank, &answers([None, Some(Always), None, None, None]));
    assert_eq!(shown(result.problems[0].score).as_deref(), Some("10.0"));
    // The same answer to Q1 (a symptom) is the worst.
    let result = assess(&bank, &answers([Some(Always), None, None, None, None]));
    assert_eq!(shown(result.problems[0].score).as_deref(), Some("0.0"));
}

#[test]
fn a_mixed_pattern_is_computed_by_hand() {
    let bank = bank();
    // loop: Q1 often → 1, Q2 rarely → 1, Q3 never → 3: 5 of 9 points = 5.555… → 5.6.
    // fear: Q4 rarely → 2, Q5 often → 2: 4 of 6 = 6.666… → 6.7.
    let result = assess(
        &bank,
        &answers([
            Some(Often),
            Some(Rarely),
            Some(Never),
            Some(Rarely),
            Some(Often),
        ]),
    );
    assert_eq!(shown(result.problems[0].score).as_deref(), Some("5.6"));
    assert_eq!(result.problems[0].band(), Some(Band::Watch));
    assert_eq!(shown(result.problems[1].score).as_deref(), Some("6.7"));
    // Overall: mean of 5.6 and 6.7 = 6.15 → 6.2 (half up).
    assert_eq!(shown(result.overall.score).as_deref(), Some("6.2"));
    assert_eq!(result.overall.most_present, vec![0]);
    assert_eq!(result.overall.band_counts, [0, 2, 0]);
}

#[test]
fn dont_know_is_left_out_and_counted_as_a_blind_spot() {
    let bank = bank();
    // loop: Q1 don't know, Q2 always → 3, Q3 rarely → 2: 5 of 6 = 8.33… → 8.3.
    let result = assess(
        &bank,
        &answers([Some(DontKnow), Some(Always), Some(Rarely), None, None]),
    );
    let problem = &result.problems[0];
    assert_eq!(shown(problem.score).as_deref(), Some("8.3"));
    assert_eq!(problem.scored, 2);
    assert_eq!(problem.blind_spots, 1);
    assert!(!problem.is_blind_zone());
    // Had "don't know" been a middle value (1.5), the score would have been 7.2.
    assert_eq!(result.overall.blind_spots, 1);
    assert_eq!(result.overall.unanswered, 2);
}

#[test]
fn a_problem_answered_only_with_dont_know_has_no_score() {
    let bank = bank();
    let result = assess(
        &bank,
        &answers([
            Some(Never),
            Some(Always),
            Some(Never),
            Some(DontKnow),
            Some(DontKnow),
        ]),
    );
    let fear = &result.problems[1];
    assert_eq!(fear.score, None, "no score, not zero");
    assert_eq!(fear.band(), None);
    assert_eq!(fear.band_key(), "none");
    assert_eq!(fear.blind_spots, 2);
    assert!(fear.is_blind_zone());
    // The overall profile only averages problems that have a score.
    assert_eq!(shown(result.overall.score).as_deref(), Some("10.0"));
    assert!(result.overall.most_present.is_empty());
}

#[test]
fn nothing_answered_means_no_score_anywhere() {
    let bank = bank();
    let result = assess(&bank, &Answers::for_bank(&bank));
    assert!(result.problems.iter().all(|p| p.score.is_none()));
    assert_eq!(result.overall.score, None);
    assert_eq!(result.overall.unanswered, 5);
    assert!(!result.problems[0].is_blind_zone());
}

#[test]
fn the_band_follows_the_displayed_score_at_its_edges() {
    // 99 of 200 points is exactly 4.95, displayed 5.0: to watch, never "strongly present".
    let edge = Score::from_points(99, 200).expect("score");
    assert_eq!(edge.format('.'), "5.0");
    assert_eq!(edge.band(), Band::Watch);
    // 4.9 stays strongly present.
    let below = Score::from_points(98, 200).expect("score");
    assert_eq!(below.format('.'), "4.9");
    assert_eq!(below.band(), Band::Strong);
    // Exactly 5.0.
    let five = Score::from_points(1, 2).expect("score");
    assert_eq!(five.format('.'), "5.0");
    assert_eq!(five.band(), Band::Watch);
    // 7.95 is displayed 8.0: under control.
    let upper_edge = Score::from_points(159, 200).expect("score");
    assert_eq!(upper_edge.format('.'), "8.0");
    assert_eq!(upper_edge.band(), Band::UnderControl);
    // 7.9 is still to watch.
    let just_below = Score::from_points(158, 200).expect("score");
    assert_eq!(just_below.format('.'), "7.9");
    assert_eq!(just_below.band(), Band::Watch);
    // Exactly 8.0.
    let eight = Score::from_points(4, 5).expect("score");
    assert_eq!(eight.format(','), "8,0");
    assert_eq!(eight.band(), Band::UnderControl);
}

#[test]
fn no_points_to_score_is_no_score() {
    assert_eq!(Score::from_points(0, 0), None);
    assert_eq!(Score::from_points(0, 3).map(|s| s.tenths()), Some(0));
    assert_eq!(Score::from_points(3, 3).map(|s| s.tenths()), Some(100));
}

#[test]
fn ties_for_most_present_are_all_named() {
    let bank = bank();
    let result = assess(
        &bank,
        &answers([
            Some(Always),
            Some(Never),
            Some(Always),
            Some(Always),
            Some(Never),
        ]),
    );
    assert_eq!(result.overall.most_present, vec![0, 1]);
    assert_eq!(result.overall.band_counts, [2, 0, 0]);
}

#[test]
fn not_applicable_is_left_out_of_the_score_and_is_not_a_blind_spot() {
    let bank = bank();
    // Q1 symptom always (0 points), Q2 practice not applicable, Q3 symptom never (3 points).
    let result = assess(
        &bank,
        &answers([
            Some(Always),
            Some(NotApplicable),
            Some(Never),
            Some(NotApplicable),
            Some(NotApplicable),
        ]),
    );
    let first = &result.problems[0];
    assert_eq!(
        (first.scored, first.not_applicable, first.blind_spots),
        (2, 1, 0)
    );
    assert_eq!(shown(first.score).as_deref(), Some("5.0"));
    assert!(!first.is_blind_zone());
    // A problem answered only "not applicable" has no score, never 0, and no blind spot.
    let second = &result.problems[1];
    assert_eq!(
        (second.score, second.not_applicable, second.blind_spots),
        (None, 2, 0)
    );
    assert_eq!(second.band_key(), "none");
    assert_eq!(
        (result.overall.not_applicable, result.overall.blind_spots),
        (3, 0)
    );
    // The same answers with "don't know" instead: blind spots, same score.
    let unknown = assess(
        &bank,
        &answers([Some(Always), Some(DontKnow), Some(Never), None, None]),
    );
    assert_eq!(unknown.problems[0].score, first.score);
    assert_eq!(unknown.problems[0].blind_spots, 1);
}
