//! Every way a bank can be refused, and the sentence that names the faulty item.

mod common;

use assessment_core::bank::{ItemKind, Polarity};
use assessment_core::{parse_bank, BankError};
use common::{small_bank_with, SMALL_BANK};

fn refusal(source: &str) -> (BankError, String) {
    let error = parse_bank(source).expect_err("the bank should be refused");
    let message = error.to_string();
    (error, message)
}

#[test]
fn a_valid_bank_is_read_in_order() {
    let bank = parse_bank(SMALL_BANK).expect("valid bank");
    assert_eq!(bank.id, "test-bank");
    assert_eq!(bank.version, 3);
    assert_eq!(bank.problems.len(), 2);
    assert_eq!(bank.question_count(), 5);
    let ids: Vec<&str> = bank.questions().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["Q1", "Q2", "Q3", "Q4", "Q5"]);
    let indices: Vec<usize> = bank.questions().map(|q| q.index).collect();
    assert_eq!(indices, [0, 1, 2, 3, 4]);
    assert_eq!(bank.problems[1].questions[0].problem, 1);
    assert_eq!(bank.problems[0].questions[1].polarity, Polarity::Practice);
    assert_eq!(bank.problems[0].story, None);
    assert_eq!(
        bank.problems[1].story.as_ref().map(|s| s.en.as_str()),
        Some("Story")
    );
    // Q5 points across problems.
    let q5 = bank.question(4).expect("Q5");
    assert_eq!(bank.fix(q5.fixes[1]).id, "L-F1");
}

#[test]
fn a_duplicate_id_is_refused_with_both_lines() {
    let (error, message) = refusal(&small_bank_with(
        "question Q3 symptom",
        "question Q1 symptom",
    ));
    assert!(matches!(error, BankError::DuplicateId { .. }), "{error:?}");
    assert!(message.contains("question \"Q1\""), "{message}");
    assert!(message.contains("already used on line"), "{message}");
}

#[test]
fn ids_share_one_namespace() {
    let (error, _) = refusal(&small_bank_with("fix P-F1", "fix Q1"));
    assert!(matches!(error, BankError::DuplicateId { item, .. } if item.kind == ItemKind::Fix));
}

#[test]
fn a_missing_english_text_is_named() {
    let (error, message) = refusal(&small_bank_with("text.en We report.\n", ""));
    assert!(matches!(
        error,
        BankError::MissingField {
            field: "text.en",
            ..
        }
    ));
    assert_eq!(message, "question \"Q3\": missing English text (text.en)");
}

#[test]
fn a_missing_french_text_is_named() {
    let (_, message) = refusal(&small_bank_with("title.fr Transparence\n", ""));
    assert_eq!(message, "fix \"L-F2\": missing French text (title.fr)");
}

#[test]
fn a_missing_problem_field_is_named() {
    let (_, message) = refusal(&small_bank_with("lesson.en Fear lesson\n", ""));
    assert_eq!(
        message,
        "problem \"fear\": missing English text (lesson.en)"
    );
}

#[test]
fn half_a_story_is_a_missing_language() {
    let (_, message) = refusal(&small_bank_with("story.en Story\n", ""));
    assert_eq!(message, "problem \"fear\": missing English text (story.en)");
}

#[test]
fn a_missing_origin_or_url_is_named() {
    let (_, message) = refusal(&small_bank_with("origin Cours\nfixes L-F2", "fixes L-F2"));
    assert_eq!(message, "question \"Q3\": missing field \"origin\"");
    let (_, message) = refusal(&small_bank_with("url https://beta.gouv.fr/c\n", ""));
    assert_eq!(message, "fix \"P-F1\": missing field \"url\"");
}

#[test]
fn a_fix_that_does_not_exist_is_named() {
    let (error, message) = refusal(&small_bank_with("fixes L-F2\n", "fixes L-F9\n"));
    assert!(matches!(error, BankError::UnknownFix { .. }));
    assert_eq!(message, "question \"Q3\": fix \"L-F9\" does not exist");
}

#[test]
fn a_question_must_point_to_a_fix() {
    let (error, message) = refusal(&small_bank_with(
        "origin Cours\nfixes L-F2\n",
        "origin Cours\n",
    ));
    assert!(matches!(error, BankError::NoFix { .. }));
    assert_eq!(message, "question \"Q3\": points to no fix");
}

#[test]
fn a_problem_without_questions_is_refused() {
    let source = format!(
        "{SMALL_BANK}\nproblem empty\nlabel.fr V\nlabel.en E\nsummary.fr V\nsummary.en E\n\
         lesson.fr V\nlesson.en E\nfix E-F1\ntitle.fr T\ntitle.en T\ndetail.fr D\ndetail.en D\n\
         source.fr S\nsource.en S\nurl https://example.org\n"
    );
    let (error, message) = refusal(&source);
    assert!(matches!(
        error,
        BankError::EmptyProblem {
            lacks: "question",
            ..
        }
    ));
    assert_eq!(message, "problem \"empty\" has no question");
}

#[test]
fn a_problem_without_fixes_is_refused() {
    let source = format!(
        "{SMALL_BANK}\nproblem bare\nlabel.fr V\nlabel.en E\nsummary.fr V\nsummary.en E\n\
         lesson.fr V\nlesson.en E\nquestion Z1 symptom\ntext.fr T\ntext.en T\norigin O\n\
         fixes L-F1\n"
    );
    let (_, message) = refusal(&source);
    assert_eq!(message, "problem \"bare\" has no fix");
}

#[test]
fn a_bank_without_problems_is_refused() {
    let (error, _) = refusal("bank lonely\nversion 1\n");
    assert_eq!(error, BankError::NoProblem);
}

#[test]
fn the_header_is_required() {
    let (error, _) = refusal(&SMALL_BANK.replacen("bank test-bank\n", "", 1));
    assert_eq!(error, BankError::MissingHeader);
    let (error, _) = refusal("");
    assert_eq!(error, BankError::MissingHeader);
}

#[test]
fn the_version_must_be_a_whole_number() {
    let (_, message) = refusal(&small_bank_with("version 3", "version three"));
    assert_eq!(message, "bank: version \"three\" is not a whole number");
    let (_, message) = refusal(&small_bank_with("version 3\n", ""));
    assert_eq!(message, "bank: missing \"version\" line");
}

#[test]
fn an_unknown_key_is_named_with_its_item_and_line() {
    let (error, message) = refusal(&small_bank_with(
        "origin Cours\nfixes L-F2",
        "origine Cours\nfixes L-F2",
    ));
    assert!(
        matches!(error, BankError::UnknownKey { line: 46, .. }),
        "{error:?}"
    );
    assert_eq!(
        message,
        "question \"Q3\" (line 46): unknown key \"origine\""
    );
}

#[test]
fn a_field_of_another_kind_of_item_is_unknown() {
    let (_, message) = refusal(&small_bank_with("text.en We report.", "url https://x.org"));
    assert!(message.starts_with("question \"Q3\""), "{message}");
    assert!(message.contains("unknown key \"url\""), "{message}");
}

#[test]
fn a_repeated_field_is_refused() {
    let (error, message) = refusal(&small_bank_with(
        "text.en We report.",
        "text.en We report.\ntext.en Again",
    ));
    assert!(matches!(error, BankError::RepeatedField { .. }));
    assert!(message.contains("\"text.en\" is given twice"), "{message}");
}

#[test]
fn a_key_without_value_is_refused() {
    let (error, _) = refusal(&small_bank_with(
        "origin Cours\nfixes L-F2",
        "origin\nfixes L-F2",
    ));
    assert!(matches!(error, BankError::EmptyValue { .. }));
}

#[test]
fn a_question_before_any_problem_is_refused() {
    let source = "bank b\nversion 1\nquestion X1 symptom\ntext.fr a\n";
    let (error, message) = refusal(source);
    assert!(matches!(error, BankError::OutsideProblem { .. }));
    assert_eq!(message, "question \"X1\" (line 3) comes before any problem");
}

#[test]
fn a_polarity_must_be_known() {
    let (_, message) = refusal(&small_bank_with("question Q2 practice", "question Q2 good"));
    assert_eq!(
        message,
        "question \"Q2\": polarity \"good\" must be \"symptom\" or \"practice\""
    );
    let (error, _) = refusal(&small_bank_with("question Q2 practice", "question Q2"));
    assert!(matches!(error, BankError::BadPolarity { .. }));
}

#[test]
fn a_source_must_be_a_web_link() {
    let (_, message) = refusal(&small_bank_with(
        "url https://beta.gouv.fr/c",
        "url javascript:alert(1)",
    ));
    assert_eq!(
        message,
        "fix \"P-F1\": \"javascript:alert(1)\" is not an http(s) link"
    );
}

#[test]
fn an_id_must_be_plain() {
    let (error, _) = refusal(&small_bank_with("fix L-F2", "fix L F2"));
    assert!(matches!(error, BankError::BadId { .. }));
    let (error, _) = refusal(&small_bank_with(
        "question Q1 symptom",
        "question Q1! symptom",
    ));
    assert!(matches!(error, BankError::BadId { .. }));
}
