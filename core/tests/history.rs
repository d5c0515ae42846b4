//! Comparing two assessments, and the history file.

mod common;

use assessment_core::history::{Direction, Trend};
use assessment_core::{
    compare, export_history_json, import_history_json, parse_bank_toml, Answer, Answers, Bank,
    CodeError, Date, HistoryEntry, ImportError, Lang, Score,
};
use common::SMALL_BANK;
use proptest::prelude::*;

fn bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture")
}

fn entry(date: &str, nonce: u32, slots: [Option<Answer>; 5]) -> HistoryEntry {
    HistoryEntry {
        date: Date::parse(date).expect("date"),
        nonce,
        answers: Answers::from_slots(slots.to_vec()),
    }
}

use Answer::{Always, DontKnow, Never, Often, Rarely};

#[test]
fn deltas_are_computed_by_hand() {
    let bank = bank();
    // Loop (Q1 symptom, Q2 practice, Q3 symptom), fear (Q4 symptom, Q5 practice).
    // Before: loop 0 + 0 + 1 = 1 of 9 → 1.1; fear Q4 don't know, Q5 rarely 1 of 3 → 3.3.
    let older = entry(
        "2026-05-28",
        1,
        [
            Some(Always),
            Some(Never),
            Some(Often),
            Some(DontKnow),
            Some(Rarely),
        ],
    );
    // After: loop 2 + 2 + 3 = 7 of 9 → 7.8; fear unanswered → no score.
    let newer = entry(
        "2026-11-28",
        2,
        [Some(Rarely), Some(Often), Some(Never), None, None],
    );
    let comparison = compare(&bank, &older, &newer);
    let loop_ = &comparison.problems[0];
    assert_eq!(loop_.trend.before, Some(Score::from_tenths(11)));
    assert_eq!(loop_.trend.after, Some(Score::from_tenths(78)));
    assert_eq!(loop_.trend.delta, 67);
    assert_eq!(loop_.trend.direction, Direction::Better);
    assert_eq!(loop_.changed.len(), 3);
    assert_eq!(loop_.changed[0].question, 0);
    assert_eq!(loop_.changed[0].before, Some(Always));
    assert_eq!(loop_.changed[0].after, Some(Rarely));
    let fear = &comparison.problems[1];
    assert_eq!(fear.trend.before, Some(Score::from_tenths(33)));
    assert_eq!(fear.trend.after, None);
    assert_eq!(fear.trend.delta, 0);
    assert_eq!(fear.trend.direction, Direction::NotComparable);
    assert_eq!(
        fear.changed.iter().map(|c| c.question).collect::<Vec<_>>(),
        [3, 4]
    );
    // Overall: before (11 + 33) / 2 = 2.2, after 7.8 alone.
    assert_eq!(comparison.overall.before, Some(Score::from_tenths(22)));
    assert_eq!(comparison.overall.after, Some(Score::from_tenths(78)));
    assert_eq!(comparison.overall.delta, 56);

    // And back: the same numbers, reversed.
    let reverse = compare(&bank, &newer, &older);
    assert_eq!(reverse.problems[0].trend.delta, -67);
    assert_eq!(reverse.problems[0].trend.direction, Direction::Worse);
}

#[test]
fn same_answers_are_stable_with_no_change() {
    let bank = bank();
    let a = entry("2026-05-28", 1, [Some(Often); 5]);
    let b = entry("2026-11-28", 2, [Some(Often); 5]);
    let comparison = compare(&bank, &a, &b);
    for problem in &comparison.problems {
        assert_eq!(problem.trend.direction, Direction::Same);
        assert!(problem.changed.is_empty());
    }
    // Different answers can give the same score: still "stable", with the changes listed.
    let c = entry(
        "2026-11-28",
        3,
        [
            Some(Rarely),
            Some(Often),
            Some(Often),
            Some(Often),
            Some(Often),
        ],
    );
    let d = entry(
        "2026-11-28",
        4,
        [
            Some(Often),
            Some(Often),
            Some(Rarely),
            Some(Often),
            Some(Often),
        ],
    );
    let comparison = compare(&bank, &c, &d);
    assert_eq!(comparison.problems[0].trend.direction, Direction::Same);
    assert_eq!(comparison.problems[0].changed.len(), 2);
}

#[test]
fn trends_are_described_in_both_languages() {
    let s = |t: u32| Some(Score::from_tenths(t));
    assert_eq!(
        Trend::between(s(44), s(56)).describe(Lang::FR),
        "en amélioration (+1,2)"
    );
    assert_eq!(
        Trend::between(s(44), s(56)).describe(Lang::EN),
        "improving (+1.2)"
    );
    assert_eq!(
        Trend::between(s(56), s(48)).describe(Lang::FR),
        "en recul (\u{2212}0,8)"
    );
    assert_eq!(
        Trend::between(s(56), s(48)).describe(Lang::EN),
        "worsening (\u{2212}0.8)"
    );
    assert_eq!(
        Trend::between(s(0), s(100)).describe(Lang::EN),
        "improving (+10.0)"
    );
    assert_eq!(Trend::between(s(50), s(50)).describe(Lang::FR), "stable");
    assert_eq!(Trend::between(s(50), s(50)).describe(Lang::EN), "stable");
    assert_eq!(
        Trend::between(None, s(50)).describe(Lang::FR),
        "non comparable"
    );
    assert_eq!(
        Trend::between(s(50), None).describe(Lang::EN),
        "not comparable"
    );
}

fn any_slot() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)
    ]
}

fn any_entry() -> impl Strategy<Value = HistoryEntry> {
    (
        proptest::collection::vec(any_slot(), 5),
        any::<u32>(),
        0i64..30_000,
    )
        .prop_map(|(slots, nonce, days)| HistoryEntry {
            date: Date::from_days_since_epoch(days).expect("date"),
            nonce,
            answers: Answers::from_slots(slots),
        })
}

proptest! {
    #[test]
    fn history_file_round_trips(entries in proptest::collection::vec(any_entry(), 0..6)) {
        let bank = bank();
        let text = export_history_json(&bank, &entries);
        prop_assert_eq!(import_history_json(&bank, &text), Ok(entries));
    }

    #[test]
    fn deltas_are_antisymmetric(a in any_entry(), b in any_entry()) {
        let bank = bank();
        let forward = compare(&bank, &a, &b);
        let backward = compare(&bank, &b, &a);
        for (f, r) in forward.problems.iter().zip(&backward.problems) {
            prop_assert_eq!(f.trend.delta, -r.trend.delta);
            prop_assert_eq!(f.changed.len(), r.changed.len());
        }
    }
}

#[test]
fn history_file_has_the_documented_shape() {
    let bank = bank();
    let entries = [entry(
        "2026-05-28",
        7,
        [Some(Often), None, None, None, Some(DontKnow)],
    )];
    let text = export_history_json(&bank, &entries);
    assert!(text.contains("\"format\": \"problemes-imaginaires/history\""));
    assert!(text.contains("\"date\": \"2026-05-28\""));
    assert!(text.contains("\"nonce\": 7"));
    assert!(text.contains("\"code\": \"PI1."));
}

#[test]
fn bad_history_files_are_refused_with_the_entry_named() {
    let bank = bank();
    let entries = [
        entry("2026-05-28", 7, [Some(Often); 5]),
        entry("2026-11-28", 8, [Some(Never); 5]),
    ];
    let text = export_history_json(&bank, &entries);
    let code = text
        .lines()
        .filter_map(|line| line.trim().strip_prefix("\"code\": \""))
        .nth(1)
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("second code")
        .to_string();
    let damaged = text.replace(&code, &code[..code.len() - 3]);
    assert_eq!(
        import_history_json(&bank, &damaged),
        Err(ImportError::Code {
            entry: 2,
            error: CodeError::Truncated
        })
    );
    let message = ImportError::Code {
        entry: 2,
        error: CodeError::Tampered,
    };
    assert!(message
        .message(Lang::FR)
        .starts_with("Entrée 2 de l’historique : Ce code a été modifié"));
    assert!(message
        .to_string()
        .starts_with("History entry 2: This code was changed"));
    assert_eq!(
        import_history_json(&bank, &text.replace("\"nonce\": 8", "\"nonce\": 9")),
        Err(ImportError::BadField {
            field: "entries[1].nonce".into()
        })
    );
    assert_eq!(
        import_history_json(&bank, &text.replace("2026-11-28", "2026-11-31")),
        Err(ImportError::BadDate {
            value: "2026-11-31".into()
        })
    );
    assert_eq!(
        import_history_json(&bank, &text.replace("\"entries\"", "\"entrees\"")),
        Err(ImportError::Missing {
            field: "entries".into()
        })
    );
    assert_eq!(
        import_history_json(
            &bank,
            &text.replace("\"formatVersion\": 1", "\"formatVersion\": 3")
        ),
        Err(ImportError::FutureVersion(3))
    );
    assert!(matches!(
        import_history_json(&bank, &text.replace("history", "result")),
        Err(ImportError::WrongFormat { .. })
    ));
    let entries_not_array = r#"{"format":"problemes-imaginaires/history","formatVersion":1,"bank":{"id":"test-bank","version":3},"entries":{}}"#;
    assert_eq!(
        import_history_json(&bank, entries_not_array),
        Err(ImportError::BadField {
            field: "entries".into()
        })
    );
    assert_eq!(
        import_history_json(
            &bank,
            &entries_not_array.replace("{}}", "[{\"date\":\"2026-01-01\",\"nonce\":1}]}")
        ),
        Err(ImportError::Missing {
            field: "entries[0].code".into()
        })
    );
    assert_eq!(
        import_history_json(
            &bank,
            &entries_not_array.replace("{}}", "[{\"nonce\":1,\"code\":\"PI1.\"}]}")
        ),
        Err(ImportError::Missing {
            field: "entries[0].date".into()
        })
    );
    let entry_not_object = entries_not_array.replace("{}}", "[1]}");
    assert_eq!(
        import_history_json(&bank, &entry_not_object),
        Err(ImportError::BadField {
            field: "entries[0]".into()
        })
    );
}
