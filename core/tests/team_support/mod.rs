//! Helpers shared by the team-mode tests (`team_*.rs`).
#![allow(dead_code)]

use assessment_core::{
    built_in_bank, encode_code, parse_bank_toml, Answer, Answers, Bank, Collection, Role,
};

#[path = "../common/mod.rs"]
mod common;

#[allow(unused_imports)]
pub use common::{any_role, any_slot, small_bank_with, SMALL_BANK};

/// The fixture bank: `loop` = Q1 symptom, Q2 practice, Q3 symptom; `fear` = Q4 symptom,
/// Q5 practice.
pub fn small_bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture bank")
}

pub fn real_bank() -> Bank {
    built_in_bank().expect("built-in bank")
}

/// Answers from one letter per question: N never, R rarely, O often, A always, ? don't know,
/// X not applicable, - unanswered. Spaces are ignored.
pub fn answers(spec: &str) -> Answers {
    Answers::from_slots(
        spec.chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                'N' => Some(Answer::Never),
                'R' => Some(Answer::Rarely),
                'O' => Some(Answer::Often),
                'A' => Some(Answer::Always),
                '?' => Some(Answer::DontKnow),
                'X' => Some(Answer::NotApplicable),
                '-' => None,
                other => panic!("unknown answer letter {other:?}"),
            })
            .collect(),
    )
}

/// A code for `spec` (see [`answers`]).
pub fn code(bank: &Bank, spec: &str, nonce: u32, role: Option<Role>) -> String {
    encode_code(bank, &answers(spec), nonce, role)
}

/// A collection of one code per person, nonces 1, 2, 3…
pub fn team(bank: &Bank, people: &[(&str, Option<Role>)]) -> Collection {
    let text: Vec<String> = people
        .iter()
        .enumerate()
        .map(|(at, (spec, role))| code(bank, spec, at as u32 + 1, *role))
        .collect();
    let mut collection = Collection::new();
    let report = collection.add_text(bank, &text.join("\n"));
    assert!(report.rejected.is_empty(), "{report:?}");
    collection
}
