//! Which fixes come first for known answer patterns, and why.

mod common;

use assessment_core::{assess, parse_bank_toml, recommend, Answer, Answers, Bank, Recommendations};
use common::SMALL_BANK;
use Answer::*;

fn bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture bank")
}

fn run(bank: &Bank, slots: [Option<Answer>; 5]) -> Recommendations {
    let answers = Answers::from_slots(slots.to_vec());
    let assessment = assess(bank, &answers);
    recommend(bank, &answers, &assessment)
}

fn ids(bank: &Bank, recommendations: &Recommendations) -> Vec<String> {
    recommendations
        .ordered
        .iter()
        .map(|r| bank.fix(r.fix).id.clone())
        .collect()
}

#[test]
fn healthy_answers_trigger_nothing() {
    let bank = bank();
    let result = run(
        &bank,
        [
            Some(Never),
            Some(Always),
            Some(Rarely),
            Some(Never),
            Some(Often),
        ],
    );
    assert!(result.ordered.is_empty());
    assert!(result.start_here().is_empty());
    assert_eq!(result.untriggered(&bank, 0).len(), 2);
}

#[test]
fn the_most_severe_problem_comes_first_then_the_most_triggered_fix() {
    let bank = bank();
    // loop = 4.4 (Q1 always, Q2 rarely, Q3 never); fear = 6.7 (Q4 often, Q5 always).
    let result = run(
        &bank,
        [
            Some(Always),
            Some(Rarely),
            Some(Never),
            Some(Often),
            Some(Always),
        ],
    );
    assert_eq!(ids(&bank, &result), ["L-F1", "L-F2", "P-F1"]);
    let first = &result.ordered[0];
    let reasons: Vec<(usize, Answer, u8)> = first
        .triggers
        .iter()
        .map(|t| (t.question, t.answer, t.concern))
        .collect();
    assert_eq!(reasons, [(0, Always, 3), (1, Rarely, 2)]);
    assert_eq!(first.strength(), 5);
    assert_eq!(result.start_here().len(), 3);
}

#[test]
fn severity_beats_trigger_count() {
    let bank = bank();
    // fear = 0.0 (Q4 always, Q5 never); loop = 5.6 (Q1 often, Q2 often, Q3 rarely).
    // L-F1 has two triggers (Q1 and Q5) but its problem is less severe than P-F1's.
    let result = run(
        &bank,
        [
            Some(Often),
            Some(Often),
            Some(Rarely),
            Some(Always),
            Some(Never),
        ],
    );
    assert_eq!(ids(&bank, &result), ["P-F1", "L-F1", "L-F2"]);
    assert_eq!(result.ordered[1].triggers.len(), 2);
}

#[test]
fn the_fix_triggered_by_more_answers_comes_first() {
    let bank = bank();
    // Q1 always → L-F1, L-F2; Q3 often → L-F2. L-F2 has two triggers.
    let result = run(&bank, [Some(Always), Some(Often), Some(Often), None, None]);
    assert_eq!(ids(&bank, &result), ["L-F2", "L-F1"]);
}

#[test]
fn with_equal_counts_the_stronger_trigger_comes_first() {
    let bank = bank();
    // Q2 never → L-F1 (concern 3); Q3 often → L-F2 (concern 2); Q1 rarely triggers nothing.
    let result = run(&bank, [Some(Rarely), Some(Never), Some(Often), None, None]);
    assert_eq!(ids(&bank, &result), ["L-F1", "L-F2"]);
}

#[test]
fn dont_know_and_mild_answers_trigger_nothing() {
    let bank = bank();
    let result = run(
        &bank,
        [
            Some(DontKnow),
            Some(Often),
            Some(Rarely),
            Some(DontKnow),
            None,
        ],
    );
    assert!(result.ordered.is_empty());
}

#[test]
fn per_problem_lists_and_leftovers_split_the_fixes() {
    let bank = bank();
    let result = run(&bank, [Some(Always), None, None, None, None]);
    let triggered: Vec<String> = result
        .for_problem(0)
        .map(|r| bank.fix(r.fix).id.clone())
        .collect();
    assert_eq!(triggered, ["L-F1", "L-F2"]);
    assert!(result.untriggered(&bank, 0).is_empty());
    assert_eq!(result.untriggered(&bank, 1).len(), 1);
    assert_eq!(result.for_problem(1).count(), 0);
}
