//! The bank shipped in `content/bank.toml` is valid and complete, and the code build.rs
//! generates from it is that bank.

use assessment_core::{bank, built_in_bank, parse_bank_toml, Lang, Polarity};

const BANK_TOML: &str = include_str!("../../content/bank.toml");

#[test]
fn the_shipped_bank_is_valid() {
    if let Err(error) = parse_bank_toml(BANK_TOML) {
        panic!("content/bank.toml is refused: {error}");
    }
}

#[test]
fn the_generated_bank_is_the_shipped_file() {
    let read = parse_bank_toml(BANK_TOML).expect("valid bank");
    assert_eq!(bank::built_in(), read);
    assert_eq!(built_in_bank(), Ok(read));
}

#[test]
fn the_shipped_bank_has_32_questions_at_version_2() {
    let bank = bank::built_in();
    assert_eq!(bank.version, 2);
    assert_eq!(bank.question_count(), 32);
    // Version 1 carries over: same 32 questions in the same order, none removed, none new.
    assert_eq!(bank.migrations.len(), 1);
    let v1 = parse_bank_toml(include_str!("fixtures/bank-v1.toml")).expect("version 1");
    let ids = |b: &assessment_core::Bank| -> Vec<String> {
        b.questions().map(|q| q.id.clone()).collect()
    };
    assert_eq!(ids(&bank), ids(&v1));
    let every_answer: Vec<Option<assessment_core::Answer>> = (0..32)
        .map(|at| assessment_core::Answer::ALL.get(at % 5).copied())
        .collect();
    let migrated = bank.migrate(1, &every_answer).expect("version 1 migrates");
    assert_eq!(migrated.answers.slots(), every_answer.as_slice());
    assert_eq!((migrated.removed, migrated.new_questions), (0, 0));
    // Every question whose wording changed is marked reworded (A2, A4, A6, A7, A8, B1, B8, C2,
    // C4, C5, C7, C8, D1, D5, D7, D8: docs/content-changes.md), the others are the same.
    assert_eq!(migrated.reworded, 16);
    for (old, new) in v1.questions().zip(bank.questions()) {
        let change = bank.migrations[0]
            .questions
            .iter()
            .find(|q| q.id == old.id)
            .map(|q| q.change);
        let same_words =
            retypeset_free(old.text.get(Lang::FR)) == retypeset_free(new.text.get(Lang::FR));
        assert_eq!(
            matches!(change, Some(assessment_core::bank::Change::Same { .. })),
            same_words,
            "{}: {:?}",
            old.id,
            change
        );
    }
}

/// A text with its spaces made ordinary, to compare words regardless of typography.
fn retypeset_free(text: &str) -> String {
    text.replace(['\u{202f}', '\u{a0}'], " ")
}

#[test]
fn the_shipped_bank_covers_the_four_problems_in_order() {
    let bank = built_in_bank().expect("valid bank");
    let ids: Vec<&str> = bank.problems.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "validation-loop",
            "political-crisis",
            "security-panic",
            "more-than-perfect"
        ]
    );
    assert_eq!(bank.id, "problemes-imaginaires");
}

#[test]
fn every_problem_has_enough_questions_fixes_and_both_polarities() {
    let bank = built_in_bank().expect("valid bank");
    for problem in &bank.problems {
        assert!(
            problem.questions.len() >= 8,
            "{}: too few questions",
            problem.id
        );
        assert!(problem.fixes.len() >= 5, "{}: too few fixes", problem.id);
        let symptoms = problem
            .questions
            .iter()
            .filter(|q| q.polarity == Polarity::Symptom)
            .count();
        assert!(symptoms >= 3, "{}: too few symptoms", problem.id);
        assert!(
            problem.questions.len() - symptoms >= 3,
            "{}: too few practices",
            problem.id
        );
        assert!(problem.story.is_some(), "{}: no story", problem.id);
    }
}

#[test]
fn every_fix_is_reachable_from_a_question() {
    let bank = built_in_bank().expect("valid bank");
    for (problem_at, problem) in bank.problems.iter().enumerate() {
        for (fix_at, fix) in problem.fixes.iter().enumerate() {
            let reachable = bank.questions().any(|q| {
                q.fixes
                    .iter()
                    .any(|r| r.problem == problem_at && r.fix == fix_at)
            });
            assert!(reachable, "fix {} is never suggested", fix.id);
            assert!(
                fix.url.starts_with("https://"),
                "fix {}: {}",
                fix.id,
                fix.url
            );
        }
    }
}
