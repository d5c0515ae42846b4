//! Answers given to version 1 of the built-in bank carried over to a real version 2
//! (`fixtures/bank-v3.toml`: A6 removed, B3 reworded as B3b, C9 new).

use assessment_core::bank::Change;
use assessment_core::{
    decode_code, encode_code, parse_bank_toml, Answer, Answers, Bank, CodeError, Lang, Migrated,
    MigrationError, Role,
};

const V2: &str = include_str!("fixtures/bank-v3.toml");

const V1: &str = include_str!("fixtures/bank-v1.toml");

fn v1() -> Bank {
    parse_bank_toml(V1).expect("the version-1 fixture is valid")
}

fn v2() -> Bank {
    parse_bank_toml(V2).expect("the version-2 fixture is valid")
}

/// An answer for every version-1 question, cycling through the scale.
fn v1_answers() -> Vec<Option<Answer>> {
    (0..32)
        .map(|at| Answer::ALL.get(at % Answer::ALL.len()).copied())
        .collect()
}

fn digits(answers: &[Option<Answer>]) -> String {
    answers
        .iter()
        .map(|answer| match answer {
            None => '0',
            Some(answer) => {
                let at = Answer::ALL.iter().position(|a| a == answer).unwrap_or(0);
                char::from(b'1' + at as u8)
            }
        })
        .collect()
}

#[test]
fn version_2_lists_every_version_1_question_in_order() {
    let (v1, v2) = (v1(), v2());
    assert_eq!(v2.version, 3);
    assert_eq!(v2.question_count(), 32);
    let migration = v2.migration_from(1).expect("from 1");
    let old_ids: Vec<&str> = migration.questions.iter().map(|q| q.id.as_str()).collect();
    let v1_ids: Vec<&str> = v1.questions().map(|q| q.id.as_str()).collect();
    assert_eq!(old_ids, v1_ids);
    assert_eq!(v2.question_count_of(1), Some(32));
    assert_eq!(v2.question_id_of(1, 5), Some("A6"));
    assert_eq!(v2.question_id_of(2, 5), Some("A6"));
    assert_eq!(v2.question_id_of(3, 5), Some("A7"));
    let change = |id: &str| {
        migration
            .questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| q.change)
    };
    assert_eq!(change("A6"), Some(Change::Removed));
    let b3b = v2.questions().position(|q| q.id == "B3b");
    assert_eq!(change("B3").and_then(Change::target), b3b);
}

#[test]
fn version_1_answers_keep_every_kept_answer() {
    let (v1, v2) = (v1(), v2());
    let old = v1_answers();
    let migrated = v2.migrate(1, &old).expect("migrates");
    assert_eq!(
        (
            migrated.kept,
            migrated.reworded,
            migrated.removed,
            migrated.new_questions
        ),
        (31, 16, 1, 1)
    );
    assert_eq!((migrated.from_version, migrated.to_version), (1, 3));
    assert_eq!(migrated.answers.slots().len(), 32);
    for (at, question) in v1.questions().enumerate() {
        let new_id = match question.id.as_str() {
            "A6" => continue,
            "B3" => "B3b",
            id => id,
        };
        let to = v2.questions().position(|q| q.id == new_id).expect("kept");
        assert_eq!(migrated.answers.get(to), old[at], "{}", question.id);
    }
    let c9 = v2.questions().position(|q| q.id == "C9").expect("C9");
    assert_eq!(migrated.answers.get(c9), None);
    // The removed answer is gone: 32 answers given, 31 kept.
    assert_eq!(migrated.answers.answered(), 31);
}

#[test]
fn the_notice_names_new_and_removed_questions() {
    let migrated = v2().migrate(1, &v1_answers()).expect("migrates");
    assert_eq!(
        migrated.notice(Lang::FR).as_deref(),
        Some("Vos réponses de la version 1 ont été reprises\u{202f}; 1 question est nouvelle et 1 question a été retirée.")
    );
    assert_eq!(
        migrated.notice(Lang::EN).as_deref(),
        Some(
            "Your answers from version 1 were kept; 1 question is new and 1 question was removed."
        )
    );
}

#[test]
fn the_notice_agrees_in_number() {
    let notice = |new_questions, removed| Migrated {
        answers: Answers::empty(3),
        from_version: 1,
        to_version: 3,
        kept: 1,
        reworded: 0,
        removed,
        new_questions,
    };
    assert_eq!(
        notice(2, 0).notice(Lang::FR).as_deref(),
        Some("Vos réponses de la version 1 ont été reprises\u{202f}; 2 questions sont nouvelles.")
    );
    assert_eq!(
        notice(2, 0).notice(Lang::EN).as_deref(),
        Some("Your answers from version 1 were kept; 2 questions are new.")
    );
    assert_eq!(
        notice(0, 3).notice(Lang::FR).as_deref(),
        Some(
            "Vos réponses de la version 1 ont été reprises\u{202f}; 3 questions ont été retirées."
        )
    );
    assert_eq!(
        notice(0, 3).notice(Lang::EN).as_deref(),
        Some("Your answers from version 1 were kept; 3 questions were removed.")
    );
    assert_eq!(
        notice(0, 0).notice(Lang::FR).as_deref(),
        Some("Vos réponses de la version 1 ont été reprises.")
    );
}

#[test]
fn the_same_version_is_kept_as_is_without_notice() {
    let v2 = v2();
    let answers: Vec<Option<Answer>> = (0..32).map(|_| Some(Answer::Often)).collect();
    let same = v2.migrate(3, &answers).expect("identity");
    assert_eq!(same.answers.slots(), answers.as_slice());
    assert_eq!((same.kept, same.removed, same.new_questions), (32, 0, 0));
    assert!(!same.is_migrated());
    assert_eq!(same.notice(Lang::FR), None);
    assert_eq!(
        v2.migrate(3, &answers[..31]),
        Err(MigrationError::QuestionCount {
            version: 3,
            given: 31,
            expected: 32
        })
    );
}

#[test]
fn a_newer_or_unknown_version_is_refused_with_a_sentence() {
    let error = v1().migrate(2, &v1_answers()).expect_err("newer");
    assert_eq!(error, MigrationError::NewerVersion { from: 2, ours: 1 });
    assert_eq!(
        error.message(Lang::FR),
        "Ces réponses ont été données à la version 2 des questions, plus récente que celle de cette page (version 1)\u{202f}: mettez cette page à jour."
    );
    assert_eq!(
        error.to_string(),
        "These answers were given to version 2 of the questions, newer than this page’s (version 1): update this page."
    );
    let v4 = parse_bank_toml(&V2.replacen("version = 3", "version = 4", 1)).expect("bank");
    let error = v4.migrate(3, &v1_answers()).expect_err("unknown");
    assert_eq!(error, MigrationError::UnknownVersion { from: 3, ours: 4 });
    assert!(error.message(Lang::FR).contains("version 3"));
    assert!(v2().migrate(1, &v1_answers()[..30]).is_err());
}

#[test]
fn stored_digits_migrate_like_answers() {
    let (v1, v2) = (v1(), v2());
    let old = v1_answers();
    let text = digits(&old);
    assert_eq!(v2.migrate_digits(&v1.id, 1, &text), v2.migrate(1, &old));
    assert_eq!(
        v2.migrate_digits("other", 1, &text),
        Err(MigrationError::ForeignBank { id: "other".into() })
    );
    let mut damaged = text.clone();
    damaged.replace_range(5..6, "9");
    let error = v2
        .migrate_digits(&v1.id, 1, &damaged)
        .expect_err("bad digit");
    assert_eq!(
        error,
        MigrationError::BadAnswer {
            question_id: "A6".into()
        }
    );
    assert!(error.message(Lang::FR).contains("question A6"));
    assert_eq!(
        v2.migrate_digits(&v1.id, 1, &text[..31]),
        Err(MigrationError::QuestionCount {
            version: 1,
            given: 31,
            expected: 32
        })
    );
    assert_eq!(
        v1.migrate_digits(&v1.id, 2, &text),
        Err(MigrationError::NewerVersion { from: 2, ours: 1 })
    );
}

#[test]
fn a_version_1_code_is_read_by_version_2_and_migrated() {
    let (v1, v2) = (v1(), v2());
    let old = Answers::from_slots(v1_answers());
    let code = encode_code(&v1, &old, 0x0123_4567, Some(Role::Sponsor));
    let decoded = decode_code(&v2, &code).expect("migrated");
    let migrated = v2.migrate(1, old.slots()).expect("migrates");
    assert_eq!(decoded.answers, migrated.answers);
    assert_eq!(decoded.bank_version, 1);
    assert_eq!(
        (decoded.role, decoded.nonce),
        (Some(Role::Sponsor), 0x0123_4567)
    );
    assert!(decoded.is_migrated(&v2));
    assert_eq!(
        decoded.migration_notice(&v2, Lang::FR),
        migrated.notice(Lang::FR)
    );
    assert_eq!(
        decoded.migration_notice(&v2, Lang::EN).as_deref(),
        Some(
            "Your answers from version 1 were kept; 1 question is new and 1 question was removed."
        )
    );
    // The same code read by version 1 is not migrated.
    let same = decode_code(&v1, &code).expect("same version");
    assert!(!same.is_migrated(&v1));
    assert_eq!(same.migration_notice(&v1, Lang::FR), None);
    assert_eq!(same.answers, old);
}

#[test]
fn a_version_2_code_is_refused_by_version_1() {
    let (v1, v2) = (v1(), v2());
    let code = encode_code(&v2, &Answers::for_bank(&v2), 7, None);
    assert_eq!(
        decode_code(&v1, &code),
        Err(CodeError::BankVersion { code: 3, ours: 1 })
    );
}

#[test]
fn an_old_code_without_a_migration_is_refused() {
    let v1 = v1();
    let code = encode_code(&v1, &Answers::for_bank(&v1), 7, None);
    let mut v2 = v2();
    v2.migrations.clear();
    assert_eq!(
        decode_code(&v2, &code),
        Err(CodeError::BankVersion { code: 1, ours: 3 })
    );
}

#[test]
fn an_old_code_must_have_as_many_answers_as_its_version_had_questions() {
    let small = parse_bank_toml(&V2.replacen(
        "[[migrations]]\nfrom = 1\nquestions = [\n",
        "[[migrations]]\nfrom = 1\nquestions = [\n  { id = \"X0\", change = \"removed\" },\n",
        1,
    ))
    .expect("bank");
    let v1 = v1();
    let code = encode_code(&v1, &Answers::for_bank(&v1), 7, None);
    assert_eq!(
        decode_code(&small, &code),
        Err(CodeError::QuestionCount { code: 32, ours: 33 })
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_slot() -> impl Strategy<Value = Option<Answer>> {
        prop_oneof![
            Just(None),
            proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)
        ]
    }

    proptest! {
        #[test]
        fn every_kept_answer_survives_and_codes_agree(
            old in proptest::collection::vec(any_slot(), 32),
            nonce in any::<u32>(),
        ) {
            let (v1, v2) = (v1(), v2());
            let migrated = v2.migrate(1, &old).expect("migrates");
            let migration = v2.migration_from(1).expect("from 1");
            let mut expected = vec![None; 32];
            for (question, answer) in migration.questions.iter().zip(&old) {
                if let Some(to) = question.change.target() {
                    expected[to] = *answer;
                }
            }
            prop_assert_eq!(migrated.answers.slots(), expected.as_slice());
            let code = encode_code(&v1, &Answers::from_slots(old.clone()), nonce, None);
            let decoded = decode_code(&v2, &code).expect("decodes");
            prop_assert_eq!(decoded.answers, migrated.answers);
        }
    }
}
