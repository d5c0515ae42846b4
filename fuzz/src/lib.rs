//! What every fuzz target shares: the banks the readers are fuzzed against, and the invariants
//! any accepted input must keep (one answer slot per question, scores within 0 to 10).
//!
//! Each reader runs against two banks: the built-in one (version 1, what users have) and the
//! version-2 test bank (`core/tests/fixtures/bank-v2.toml`: one question removed, one reworded,
//! one new, with a migration from version 1), so that the migration paths of every reader are
//! fuzzed as well.

use assessment_core::{assess, parse_bank_toml, Answers, Bank, Score};
use std::sync::OnceLock;

/// The version-2 test bank, as the core's migration tests read it.
pub const BANK_V2_TOML: &str = include_str!("../../core/tests/fixtures/bank-v2.toml");

/// The built-in bank and the version-2 test bank, read once.
pub fn banks() -> &'static [Bank; 2] {
    static BANKS: OnceLock<[Bank; 2]> = OnceLock::new();
    BANKS.get_or_init(|| {
        [
            assessment_core::bank::built_in(),
            parse_bank_toml(BANK_V2_TOML).expect("the version-2 fixture is valid"),
        ]
    })
}

/// `data` as text: every reader takes `&str` (the browser hands it UTF-16 turned into UTF-8),
/// so other bytes are only decoded lossily, which still reaches the readers.
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

fn score_ok(score: Option<Score>) -> bool {
    score.is_none_or(|score| score <= Score::MAX)
}

/// What must hold of answers any reader accepted for `bank`: one slot per question, and scores
/// recomputed from them within 0 to 10 (100 tenths), with counts that add up.
pub fn check_answers(bank: &Bank, answers: &Answers) {
    assert_eq!(
        answers.slots().len(),
        bank.question_count(),
        "one answer slot per question"
    );
    let assessment = assess(bank, answers);
    assert_eq!(assessment.problems.len(), bank.problems.len());
    for (problem, result) in bank.problems.iter().zip(&assessment.problems) {
        assert!(score_ok(result.score), "problem score over 10: {result:?}");
        assert_eq!(
            result.scored + result.blind_spots + result.unanswered,
            problem.questions.len(),
            "every question counted once"
        );
        assert_eq!(result.score.is_some(), result.scored > 0);
    }
    assert!(score_ok(assessment.overall.score), "overall score over 10");
    assert_eq!(assessment.overall.unanswered, answers.slots().iter().filter(|s| s.is_none()).count());
}
