//! Every way a bank can be refused, and the sentence that names the faulty item.

mod common;

use assessment_core::bank::{check_bank_text, BankFormat, Change, ItemKind, Polarity};
use assessment_core::{parse_bank_toml, BankError};
use common::{small_bank_with, SMALL_BANK};

/// The warnings of a usable bank, as sentences.
fn warnings(source: &str) -> Vec<String> {
    let check = check_bank_text(source, BankFormat::Toml);
    assert!(check.errors.is_empty(), "{:?}", check.errors);
    assert!(check.is_usable());
    check.warnings.iter().map(ToString::to_string).collect()
}

/// Whether `source` warns with exactly `message` (among others).
fn warns(source: &str, message: &str) -> bool {
    warnings(source).iter().any(|known| known == message)
}

fn refusal(source: &str) -> (BankError, String) {
    let error = parse_bank_toml(source).expect_err("the bank should be refused");
    let message = error.to_string();
    (error, message)
}

/// The 1-based line of the first occurrence of `needle` in `source`.
fn line_of(source: &str, needle: &str) -> usize {
    let at = source.find(needle).expect("needle in source");
    source[..at].matches('\n').count() + 1
}

/// Another problem appended to the small bank.
fn with_problem(extra: &str) -> String {
    format!(
        "{SMALL_BANK}\n[[problems]]\nlabel.fr = \"V\"\nlabel.en = \"E\"\nsummary.fr = \"V\"\n\
         summary.en = \"E\"\nlesson.fr = \"V\"\nlesson.en = \"E\"\n{extra}"
    )
}

#[test]
fn a_valid_bank_is_read_in_order() {
    let bank = parse_bank_toml(SMALL_BANK).expect("valid bank");
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
        bank.problems[1]
            .story
            .as_ref()
            .and_then(|s| s.in_language("en")),
        Some("Story")
    );
    // Q5 points across problems.
    let q5 = bank.question(4).expect("Q5");
    assert_eq!(bank.fix(q5.fixes[1]).id, "L-F1");
    assert!(bank.migrations.is_empty());
}

#[test]
fn a_fix_named_twice_is_suggested_once() {
    let bank = parse_bank_toml(&small_bank_with(
        r#"fixes = ["L-F2"]"#,
        r#"fixes = ["L-F2", "L-F2"]"#,
    ))
    .expect("valid bank");
    assert_eq!(bank.question(2).expect("Q3").fixes.len(), 1);
}

#[test]
fn a_duplicate_id_is_refused_with_the_first_use() {
    let (error, message) = refusal(&small_bank_with(r#"id = "Q3""#, r#"id = "Q1""#));
    assert!(matches!(error, BankError::DuplicateId { .. }), "{error:?}");
    assert_eq!(message, "question \"Q1\": id already used by a question");
}

#[test]
fn ids_share_one_namespace() {
    let (error, message) = refusal(&small_bank_with(r#"id = "P-F1""#, r#"id = "Q1""#));
    assert!(matches!(
        error,
        BankError::DuplicateId { item, first: ItemKind::Question } if item.kind == ItemKind::Fix
    ));
    assert_eq!(message, "fix \"Q1\": id already used by a question");
}

#[test]
fn a_missing_translation_is_a_warning() {
    let source = small_bank_with("text.en = \"We report.\"\n", "");
    assert!(warns(
        &source,
        "question \"Q3\": no English text (text.en); the French text is shown instead"
    ));
    let bank = parse_bank_toml(&source).expect("usable");
    assert_eq!(
        bank.question(2)
            .expect("Q3")
            .text
            .get(assessment_core::Lang::EN),
        "On fait du reporting."
    );
}

#[test]
fn a_missing_default_language_is_named() {
    let source = format!(
        "languages = [\"en\", \"fr\"]\n{}",
        small_bank_with("text.en = \"We report.\"\n", "")
    );
    let (error, message) = refusal(&source);
    assert!(matches!(
        error,
        BankError::MissingField { ref field, .. } if field == "text.en"
    ));
    assert_eq!(message, "question \"Q3\": missing English text (text.en)");
}

#[test]
fn a_missing_french_text_is_named() {
    let (_, message) = refusal(&small_bank_with("title.fr = \"Transparence\"\n", ""));
    assert_eq!(message, "fix \"L-F2\": missing French text (title.fr)");
}

#[test]
fn a_missing_problem_field_is_named() {
    let (_, message) = refusal(&small_bank_with("lesson.fr = \"Leçon peur\"\n", ""));
    assert_eq!(message, "problem \"fear\": missing French text (lesson.fr)");
    let (_, message) = refusal(&small_bank_with(
        "label.fr = \"Boucle\"\nlabel.en = \"Loop\"\n",
        "",
    ));
    assert_eq!(message, "problem \"loop\": missing French text (label.fr)");
}

#[test]
fn half_a_story_is_a_missing_language() {
    assert!(warns(
        &small_bank_with("story.en = \"Story\"\n", ""),
        "problem \"fear\": no English text (story.en); the French text is shown instead"
    ));
    let (_, message) = refusal(&small_bank_with("story.fr = \"Histoire\"\n", ""));
    assert_eq!(message, "problem \"fear\": missing French text (story.fr)");
}

#[test]
fn a_missing_origin_url_or_polarity_is_named() {
    let (_, message) = refusal(&small_bank_with(
        "origin = \"Cours\"\nfixes = [\"L-F2\"]",
        "fixes = [\"L-F2\"]",
    ));
    assert_eq!(message, "question \"Q3\": missing field \"origin\"");
    let (_, message) = refusal(&small_bank_with("url = \"https://beta.gouv.fr/c\"\n", ""));
    assert_eq!(message, "fix \"P-F1\": missing field \"url\"");
    let (_, message) = refusal(&small_bank_with("polarity = \"practice\"\n", ""));
    assert_eq!(message, "question \"Q2\": missing field \"polarity\"");
}

#[test]
fn a_missing_id_is_named_by_position() {
    let (_, message) = refusal(&small_bank_with("id = \"Q4\"\n", ""));
    assert_eq!(message, "question #4: missing field \"id\"");
    let (_, message) = refusal(&small_bank_with("id = \"fear\"\n", ""));
    assert_eq!(message, "problem #2: missing field \"id\"");
}

#[test]
fn an_empty_value_is_refused() {
    let (error, message) = refusal(&small_bank_with(
        "origin = \"Cours\"\nfixes = [\"L-F2\"]",
        "origin = \"  \"\nfixes = [\"L-F2\"]",
    ));
    assert!(matches!(
        error,
        BankError::EmptyField { ref field, .. } if field == "origin"
    ));
    assert_eq!(message, "question \"Q3\": \"origin\" is empty");
    let (_, message) = refusal(&small_bank_with(
        "text.en = \"We report.\"",
        "text.en = \"\"",
    ));
    assert_eq!(message, "question \"Q3\": \"text.en\" is empty");
}

#[test]
fn a_fix_that_does_not_exist_is_named() {
    let (error, message) = refusal(&small_bank_with(
        r#"fixes = ["L-F2"]"#,
        r#"fixes = ["L-F9"]"#,
    ));
    assert!(matches!(error, BankError::UnknownFix { .. }));
    assert_eq!(message, "question \"Q3\": fix \"L-F9\" does not exist");
}

#[test]
fn a_question_with_no_fix_is_a_warning() {
    let expected = [
        "problem \"loop\": only 3 questions; a score on fewer than 4 answers says little",
        "question \"Q3\": points to no fix",
        "problem \"fear\": only 2 questions; a score on fewer than 4 answers says little",
    ];
    assert_eq!(
        warnings(&small_bank_with(r#"fixes = ["L-F2"]"#, "fixes = []")),
        expected
    );
    assert_eq!(
        warnings(&small_bank_with("fixes = [\"L-F2\"]\n", "")),
        expected
    );
}

#[test]
fn every_fix_must_be_reachable() {
    let source = small_bank_with(r#"fixes = ["L-F1", "L-F2"]"#, r#"fixes = ["L-F1"]"#).replacen(
        r#"fixes = ["L-F2"]"#,
        r#"fixes = ["L-F1"]"#,
        1,
    );
    assert!(warns(&source, "fix \"L-F2\": no question points to it"));
}

#[test]
fn a_problem_without_questions_is_refused() {
    let source = with_problem(
        "id = \"empty\"\n[[problems.fixes]]\nid = \"E-F1\"\ntitle.fr = \"T\"\ntitle.en = \"T\"\n\
         detail.fr = \"D\"\ndetail.en = \"D\"\nsource.fr = \"S\"\nsource.en = \"S\"\n\
         url = \"https://example.org\"\n",
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
    let source = with_problem(
        "id = \"bare\"\n[[problems.questions]]\nid = \"Z1\"\npolarity = \"symptom\"\n\
         text.fr = \"T\"\ntext.en = \"T\"\norigin = \"O\"\nfixes = [\"L-F1\"]\n",
    );
    let (_, message) = refusal(&source);
    assert_eq!(message, "problem \"bare\" has no fix");
}

#[test]
fn a_bank_without_problems_is_refused() {
    let (error, _) = refusal("id = \"lonely\"\nversion = 1\n");
    assert_eq!(error, BankError::NoProblem);
}

#[test]
fn the_bank_id_is_required() {
    let (error, message) = refusal(&small_bank_with("id = \"test-bank\"\n", ""));
    assert!(matches!(error, BankError::MissingField { ref field, .. } if field == "id"));
    assert_eq!(message, "bank: missing field \"id\"");
    let (_, message) = refusal("");
    assert_eq!(message, "bank: missing field \"id\"");
    let (error, _) = refusal(&small_bank_with("id = \"test-bank\"", "id = \"test bank\""));
    assert!(matches!(error, BankError::BadId { .. }));
}

#[test]
fn the_version_must_be_a_whole_number_from_1() {
    let source = small_bank_with("version = 3", "version = \"three\"");
    let (error, message) = refusal(&source);
    assert!(
        matches!(&error, BankError::Syntax { line: Some(line), .. } if *line == line_of(&source, "version")),
        "{error:?}"
    );
    assert!(
        message.starts_with("bank \"test-bank\" (line 4): "),
        "{message}"
    );
    assert!(message.contains("three"), "{message}");
    let (_, message) = refusal(&small_bank_with("version = 3\n", ""));
    assert_eq!(message, "bank \"test-bank\": missing field \"version\"");
    let (error, message) = refusal(&small_bank_with("version = 3", "version = 0"));
    assert_eq!(error, BankError::BadVersion { value: 0 });
    assert_eq!(
        message,
        "bank: version 0 must be a whole number from 1 upwards"
    );
}

#[test]
fn an_unknown_key_is_named_with_its_item_and_line() {
    let source = small_bank_with(
        "origin = \"Cours\"\nfixes = [\"L-F2\"]",
        "origine = \"Cours\"\nfixes = [\"L-F2\"]",
    );
    let (error, message) = refusal(&source);
    let line = line_of(&source, "origine");
    assert!(
        matches!(&error, BankError::Syntax { line: Some(at), .. } if *at == line),
        "{error:?}"
    );
    assert!(
        message.starts_with(&format!(
            "question \"Q3\" (line {line}): unknown field `origine`"
        )),
        "{message}"
    );
}

#[test]
fn a_field_of_another_kind_of_item_is_unknown() {
    let (_, message) = refusal(&small_bank_with(
        "text.en = \"We report.\"",
        "text.en = \"We report.\"\nurl = \"https://x.org\"",
    ));
    assert!(message.starts_with("question \"Q3\""), "{message}");
    assert!(message.contains("unknown field `url`"), "{message}");
}

#[test]
fn a_key_that_is_no_language_is_refused() {
    let (error, message) = refusal(&small_bank_with(
        "label.en = \"Loop\"",
        "label.en = \"Loop\"\nlabel.xx = \"Schleife\"",
    ));
    assert!(matches!(error, BankError::BadLanguage { .. }), "{error:?}");
    assert_eq!(
        message,
        "problem \"loop\": \"xx\" in \"label.xx\" is not a language code (2 or 3 lowercase letters, ISO 639, e.g. \"fr\", \"de\")"
    );
    let (_, message) = refusal(&small_bank_with(
        "label.en = \"Loop\"",
        "label.EN = \"Loop\"",
    ));
    assert!(
        message.contains("\"label.EN\" is not a language code"),
        "{message}"
    );
}

#[test]
fn any_language_is_accepted() {
    let source = small_bank_with(
        "label.en = \"Loop\"",
        "label.en = \"Loop\"\nlabel.de = \"Schleife\"",
    );
    let bank = parse_bank_toml(&source).expect("usable");
    // Undeclared: French first, then the others in alphabetical order.
    assert_eq!(bank.languages, ["fr", "de", "en"]);
    assert_eq!(bank.problems[0].label.in_language("de"), Some("Schleife"));
    // Every other text lacks German: one warning each.
    assert!(warns(
        &source,
        "problem \"fear\": no German text (label.de); the French text is shown instead"
    ));
}

#[test]
fn a_language_the_bank_does_not_declare_is_refused() {
    let source = format!(
        "languages = [\"fr\", \"en\"]\n{}",
        small_bank_with(
            "label.en = \"Loop\"",
            "label.en = \"Loop\"\nlabel.it = \"Ciclo\"",
        )
    );
    let (error, message) = refusal(&source);
    assert!(
        matches!(error, BankError::UnknownLanguage { .. }),
        "{error:?}"
    );
    assert_eq!(
        message,
        "problem \"loop\": \"label.it\" is in language \"it\", which the bank’s \"languages\" does not list"
    );
}

#[test]
fn declared_languages_set_the_order_and_the_default() {
    let source = format!("languages = [\"en\", \"fr\"]\n{SMALL_BANK}");
    let bank = parse_bank_toml(&source).expect("usable");
    assert_eq!(bank.languages, ["en", "fr"]);
    let label = &bank.problems[0].label;
    assert_eq!(label.languages().collect::<Vec<_>>(), ["en", "fr"]);
    for (languages, message) in [
        ("[]", "bank: \"languages\" is empty"),
        ("[\"fr\", \"fr\"]", "bank: language \"fr\" is listed twice in \"languages\""),
        (
            "[\"fr\", \"fr-CA\"]",
            "bank: \"fr-CA\" in \"languages\" is not a language code (2 or 3 lowercase letters, ISO 639, e.g. \"fr\", \"de\")",
        ),
    ] {
        let (_, found) = refusal(&format!("languages = {languages}\n{SMALL_BANK}"));
        assert_eq!(found, message, "{languages}");
    }
}

#[test]
fn a_repeated_field_is_refused() {
    let (error, message) = refusal(&small_bank_with(
        "text.en = \"We report.\"",
        "text.en = \"We report.\"\ntext.en = \"Again\"",
    ));
    assert!(matches!(error, BankError::Syntax { .. }));
    assert!(message.starts_with("question \"Q3\""), "{message}");
    assert!(message.contains("duplicate key"), "{message}");
}

#[test]
fn a_key_without_value_is_refused() {
    let source = small_bank_with(
        "origin = \"Cours\"\nfixes = [\"L-F2\"]",
        "origin =\nfixes = [\"L-F2\"]",
    );
    let (error, message) = refusal(&source);
    assert!(
        matches!(&error, BankError::Syntax { line: Some(line), .. } if *line == line_of(&source, "origin =\n")),
        "{error:?}"
    );
    assert!(message.starts_with("question \"Q3\""), "{message}");
}

#[test]
fn a_question_before_any_problem_is_refused() {
    let source = "id = \"b\"\nversion = 1\n[[problems.questions]]\nid = \"X1\"\n\n[[problems]]\nid = \"p\"\n";
    let (error, message) = refusal(source);
    assert!(matches!(error, BankError::Syntax { .. }), "{error:?}");
    assert!(message.contains("line "), "{message}");
}

#[test]
fn a_polarity_must_be_known() {
    let (_, message) = refusal(&small_bank_with(
        "polarity = \"practice\"",
        "polarity = \"good\"",
    ));
    assert_eq!(
        message,
        "question \"Q2\": polarity \"good\" must be \"symptom\" or \"practice\""
    );
}

#[test]
fn a_source_must_be_an_https_or_relative_link() {
    for url in ["https://", "https://a b", "//evil.example/x", "ftp://x.org"] {
        let (error, message) = refusal(&small_bank_with(
            "url = \"https://beta.gouv.fr/c\"",
            &format!("url = \"{url}\""),
        ));
        assert!(matches!(error, BankError::BadUrl { .. }), "{url}");
        assert_eq!(
            message,
            format!("fix \"P-F1\": \"{url}\" is not an https:// link or a relative link")
        );
    }
    for url in [
        "javascript:alert(1)",
        "data:text/html,x",
        "https://x.org/#javascript:x",
    ] {
        let (error, message) = refusal(&small_bank_with(
            "url = \"https://beta.gouv.fr/c\"",
            &format!("url = \"{url}\""),
        ));
        assert!(matches!(error, BankError::UnsafeLink { .. }), "{url}");
        assert_eq!(
            message,
            format!("fix \"P-F1\": link \"{url}\" (url) could run code (javascript:, data: or vbscript:); it is refused")
        );
    }
    let relative = small_bank_with(
        "url = \"https://beta.gouv.fr/c\"",
        "url = \"guides/pacte.pdf\"",
    );
    assert_eq!(
        parse_bank_toml(&relative).expect("usable").problems[1].fixes[0].url,
        "guides/pacte.pdf"
    );
    assert!(warns(
        &small_bank_with("url = \"https://beta.gouv.fr/c\"", "url = \"http://beta.gouv.fr/c\""),
        "fix \"P-F1\": link \"http://beta.gouv.fr/c\" is not https://; browsers may flag it as not secure, prefer https://"
    ));
}

#[test]
fn an_id_must_be_plain() {
    let (error, message) = refusal(&small_bank_with(r#"id = "L-F2""#, r#"id = "L F2""#));
    assert!(matches!(error, BankError::BadId { .. }));
    assert_eq!(
        message,
        "fix \"L F2\": an id may only use letters, digits and \"-\""
    );
    let (error, _) = refusal(&small_bank_with(r#"id = "Q1""#, r#"id = "Q1!""#));
    assert!(matches!(error, BankError::BadId { .. }));
    let (error, _) = refusal(&small_bank_with(r#"id = "Q1""#, r#"id = """#));
    assert!(matches!(error, BankError::EmptyField { ref field, .. } if field == "id"));
}

#[test]
fn a_wrong_type_is_named_with_its_item_and_line() {
    let source = small_bank_with(r#"fixes = ["L-F2"]"#, r#"fixes = "L-F2""#);
    let (error, message) = refusal(&source);
    let line = line_of(&source, r#"fixes = "L-F2""#);
    assert!(
        matches!(&error, BankError::Syntax { line: Some(at), .. } if *at == line),
        "{error:?}"
    );
    assert!(
        message.starts_with(&format!("question \"Q3\" (line {line}): ")),
        "{message}"
    );
}

// Migrations: the small bank is at version 3.

fn with_migrations(tables: &str) -> String {
    format!("{SMALL_BANK}\n{tables}")
}

const FROM_2: &str = r#"
[[migrations]]
from = 2
questions = [
  { id = "Q1" },
  { id = "Q2-old", to = "Q2", change = "reworded" },
  { id = "Q9", change = "removed" },
  { id = "Q3", to = "Q3", change = "same" },
  { id = "Q4", change = "reworded" },
]
"#;

#[test]
fn migrations_are_read_in_old_order() {
    let bank = parse_bank_toml(&with_migrations(FROM_2)).expect("valid bank");
    let migration = bank.migration_from(2).expect("from 2");
    let changes: Vec<(&str, Change)> = migration
        .questions
        .iter()
        .map(|old| (old.id.as_str(), old.change))
        .collect();
    assert_eq!(
        changes,
        [
            ("Q1", Change::Same { to: 0 }),
            ("Q2-old", Change::Reworded { to: 1 }),
            ("Q9", Change::Removed),
            ("Q3", Change::Same { to: 2 }),
            ("Q4", Change::Reworded { to: 3 }),
        ]
    );
    assert!(bank.migration_from(1).is_none());
}

fn migration_refusal(from: &str, to: &str) -> String {
    assert!(FROM_2.contains(from), "fixture has no {from:?}");
    refusal(&with_migrations(&FROM_2.replacen(from, to, 1))).1
}

#[test]
fn a_migration_must_start_from_an_earlier_version() {
    for from in ["3", "4", "0", "-1"] {
        let message = migration_refusal("from = 2", &format!("from = {from}"));
        assert_eq!(
            message,
            format!(
                "migration from version {from}: must start from a version earlier than the bank’s (3)"
            )
        );
    }
    let message = migration_refusal("from = 2\n", "");
    assert_eq!(message, "migration #1: missing field \"from\"");
}

#[test]
fn a_migration_is_given_once_and_lists_questions() {
    let (_, message) = refusal(&with_migrations(&format!("{FROM_2}{FROM_2}")));
    assert_eq!(message, "migration from version 2 is given twice");
    let (_, message) = refusal(&with_migrations("[[migrations]]\nfrom = 1\n"));
    assert_eq!(message, "migration from version 1 lists no question");
}

#[test]
fn old_questions_are_listed_once() {
    let message = migration_refusal(r#"{ id = "Q9""#, r#"{ id = "Q1""#);
    assert_eq!(
        message,
        "migration from version 2, question \"Q1\" is listed twice"
    );
    let message = migration_refusal(r#"{ id = "Q9", "#, "{ ");
    assert_eq!(
        message,
        "migration from version 2, question #3: missing field \"id\""
    );
}

#[test]
fn a_target_must_exist_and_receive_one_answer() {
    let message = migration_refusal(r#"to = "Q2""#, r#"to = "Q7""#);
    assert_eq!(
        message,
        "migration from version 2, question \"Q2-old\": question \"Q7\" does not exist in this version"
    );
    let message = migration_refusal(r#"to = "Q2""#, r#"to = "Q1""#);
    assert_eq!(
        message,
        "migration from version 2, question \"Q2-old\": question \"Q1\" already receives the answer of question \"Q1\""
    );
}

#[test]
fn a_change_must_be_known_and_consistent() {
    let message = migration_refusal(r#"change = "reworded" }"#, r#"change = "moved" }"#);
    assert_eq!(
        message,
        "migration from version 2, question \"Q2-old\": change \"moved\" must be \"same\", \"reworded\" or \"removed\""
    );
    let message = migration_refusal(r#"change = "reworded" }"#, r#"change = "same" }"#);
    assert_eq!(
        message,
        "migration from version 2, question \"Q2-old\": \"same\" keeps the id, but \"to\" is \"Q2\" (use change = \"reworded\")"
    );
    let message = migration_refusal(
        r#"{ id = "Q9", change = "removed" }"#,
        r#"{ id = "Q9", to = "Q5", change = "removed" }"#,
    );
    assert_eq!(
        message,
        "migration from version 2, question \"Q9\": a removed question has no \"to\" (found \"Q5\")"
    );
}

#[test]
fn a_faulty_migration_line_names_the_migration() {
    let source =
        with_migrations(&FROM_2.replacen(r#"{ id = "Q1" }"#, r#"{ id = "Q1", too = "Q1" }"#, 1));
    let (_, message) = refusal(&source);
    assert!(
        message.starts_with("migration from version 2 (line "),
        "{message}"
    );
    assert!(message.contains("unknown field `too`"), "{message}");
}
