//! The fixture banks of `tests/fixtures/banks/` (see its README) and the rules for hostile
//! banks: every error with its item and field, French and English sentences, limits refused
//! with a sentence in linear time, and no input that makes the check panic.

use assessment_core::bank::{
    check_bank_text, normalised_json, BankCheck, BankError, BankFormat, Counted, ItemKind,
    WarningKind, MAX_BANK_BYTES,
};
use assessment_core::{Lang, Polarity};
use proptest::prelude::*;
use std::time::Instant;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/banks/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn check(name: &str) -> BankCheck {
    let format = BankFormat::from_file_name(name).expect("a bank file name");
    check_bank_text(&fixture(name), format)
}

#[test]
fn the_laboratory_bank_has_five_problems_forty_questions_three_languages() {
    let check = check("laboratoire.toml");
    assert!(check.errors.is_empty(), "{:?}", check.errors);
    assert!(check.warnings.is_empty(), "{:?}", check.warnings);
    let bank = check.bank.expect("usable");
    assert_eq!(bank.id, "laboratoire");
    assert_eq!(bank.version, 1);
    assert_eq!(bank.languages, ["fr", "en", "de"]);
    assert_eq!(bank.problems.len(), 5);
    assert_eq!(bank.question_count(), 40);
    assert!(bank
        .problems
        .iter()
        .all(|problem| problem.questions.len() == 8));
    assert_eq!(
        bank.problems[4].label.in_language("de"),
        Some("Das verwaiste Projekt")
    );
    assert_eq!(bank.problems[4].label.get(Lang::FR), "Le projet orphelin");
    let practices = bank
        .questions()
        .filter(|question| question.polarity == Polarity::Practice)
        .count();
    assert_eq!(practices, 20);
    // Every text in all three languages.
    for problem in &bank.problems {
        for fix in &problem.fixes {
            assert_eq!(fix.title.languages().count(), 3, "{}", fix.id);
            assert!(fix.url.starts_with("https://"), "{}", fix.id);
        }
        for question in &problem.questions {
            assert_eq!(
                question.text.languages().collect::<Vec<_>>(),
                ["fr", "en", "de"]
            );
        }
    }
}

#[test]
fn the_laboratory_json_is_the_normalised_toml() {
    let from_toml = check("laboratoire.toml");
    let from_json = check("laboratoire.json");
    assert!(from_json.is_usable(), "{:?}", from_json.errors);
    assert_eq!(from_json.bank, from_toml.bank);
    assert_eq!(
        normalised_json(from_toml.file.as_ref().expect("file")),
        fixture("laboratoire.json")
    );
    assert_eq!(
        normalised_json(from_json.file.as_ref().expect("file")),
        fixture("laboratoire.json")
    );
}

#[test]
fn with_warnings_has_one_warning_of_each_kind() {
    let check = check("with-warnings.toml");
    assert!(check.is_usable(), "{:?}", check.errors);
    let kinds: Vec<(String, &str, &WarningKind)> = check
        .warnings
        .iter()
        .map(|warning| {
            (
                warning.item.to_string(),
                warning.field.as_str(),
                &warning.kind,
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            (
                "fix \"W-F2\"".to_string(),
                "url",
                &WarningKind::HttpLink {
                    value: "http://beta.gouv.fr/manifeste".into()
                }
            ),
            ("question \"W4\"".to_string(), "fixes", &WarningKind::NoFix),
            (
                "problem \"court\"".to_string(),
                "questions",
                &WarningKind::FewQuestions { count: 2 }
            ),
            (
                "fix \"W-F3\"".to_string(),
                "id",
                &WarningKind::UnreachableFix
            ),
            (
                "question \"W2\"".to_string(),
                "text.en",
                &WarningKind::MissingTranslation {
                    code: "en".into(),
                    default: "fr".into()
                }
            ),
        ]
    );
    assert_eq!(
        check.warnings[4].message(Lang::FR),
        "question «\u{202f}W2\u{202f}»\u{202f}: pas de texte en anglais (text.en)\u{202f}; le texte en français sera affiché à la place"
    );
    // The relative link is fine.
    let bank = check.bank.expect("usable");
    assert_eq!(bank.problems[0].fixes[2].url, "guides/guide-2018.pdf");
}

#[test]
fn html_in_every_text_field_is_refused_field_by_field() {
    let check = check("html-in-texts.json");
    assert!(!check.is_usable());
    assert_eq!(check.errors.len(), 26);
    assert!(check
        .errors
        .iter()
        .all(|error| matches!(error, BankError::Markup { .. })));
    let fields: Vec<String> = check.errors.iter().filter_map(BankError::field).collect();
    for field in [
        "label.fr",
        "label.en",
        "summary.fr",
        "lesson.en",
        "story.fr",
        "title.en",
        "detail.fr",
        "source.en",
        "text.fr",
        "origin",
    ] {
        assert!(fields.iter().any(|known| known == field), "{field}");
    }
    assert_eq!(
        check.errors[0].message(Lang::FR),
        "problème «\u{202f}probleme\u{202f}»\u{202f}: «\u{202f}label.fr\u{202f}» contient une balise HTML («\u{202f}<script>alert(\"label\"\u{202f}»)\u{202f}; les textes d’un questionnaire sont du texte simple, affiché tel quel"
    );
}

#[test]
fn hostile_links_ids_and_languages_are_refused() {
    let links = check("javascript-link.json");
    assert_eq!(links.errors.len(), 3);
    assert!(links
        .errors
        .iter()
        .all(|error| matches!(error, BankError::UnsafeLink { .. })));

    let ids = check("duplicate-ids.json");
    let duplicates: Vec<String> = ids.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        duplicates,
        [
            "question \"Q1\": id already used by a question",
            "question \"Q3\": id already used by a fix",
            "problem \"probleme\": id already used by a problem",
            "question \"Q1b\": id already used by a question",
            "question \"Q4\": id already used by a question",
        ]
    );

    let languages = check("missing-language.json");
    let missing: Vec<Option<String>> = languages.errors.iter().map(BankError::field).collect();
    assert_eq!(
        missing,
        [
            Some("summary.fr".to_string()),
            Some("title.fr".to_string()),
            Some("text.fr".to_string()),
            Some("text.fr".to_string()),
        ]
    );
    assert_eq!(languages.warnings.len(), 10);
}

#[test]
fn ten_thousand_questions_are_refused_by_count_not_size() {
    let text = fixture("ten-thousand-questions.json");
    assert!(text.len() < MAX_BANK_BYTES);
    // Counts are checked before the items, so nothing here can grow faster than the text; the
    // time is printed (the house rule: figures from runs, not timed assertions).
    let started = Instant::now();
    let check = check_bank_text(&text, BankFormat::Json);
    println!("10,000 questions checked in {:?}", started.elapsed());
    assert_eq!(
        check.errors,
        [BankError::TooMany {
            item: assessment_core::bank::Item::new(ItemKind::Bank, ""),
            what: Counted::Questions,
            count: 10_000,
            max: 200,
        }]
    );
    assert_eq!(
        check.errors[0].message(Lang::FR),
        "questionnaire\u{202f}: 10000\u{a0}questions, pour une limite de 200"
    );
}

#[test]
fn a_file_over_one_mebibyte_is_refused_before_parsing() {
    let text = format!("{{\"id\": \"{}\"}}", "x".repeat(MAX_BANK_BYTES));
    for format in [BankFormat::Json, BankFormat::Toml] {
        let check = check_bank_text(&text, format);
        assert_eq!(check.errors, [BankError::TooLarge { bytes: text.len() }]);
        assert!(check.file.is_none());
    }
}

#[test]
fn deep_nesting_is_refused_with_a_sentence() {
    let deep_json = format!("{{\"problems\": {}", "[".repeat(100_000));
    let check = check_bank_text(&deep_json, BankFormat::Json);
    assert!(matches!(check.errors[..], [BankError::Syntax { .. }]));
    let deep_toml = format!("x = {}", "[".repeat(100_000));
    let check = check_bank_text(&deep_toml, BankFormat::Toml);
    assert!(matches!(check.errors[..], [BankError::Syntax { .. }]));
}

#[test]
fn a_json_type_error_names_its_item_path_and_line() {
    let mut json = fixture("laboratoire.json");
    json = json.replacen("\"polarity\": \"practice\"", "\"polarity\": 2", 1);
    let check = check_bank_text(&json, BankFormat::Json);
    let [BankError::Syntax {
        item, path, line, ..
    }] = &check.errors[..]
    else {
        panic!("{:?}", check.errors)
    };
    assert_eq!(
        item.as_ref().map(ToString::to_string).as_deref(),
        Some("question \"LA2\"")
    );
    assert_eq!(path.as_deref(), Some("problems[0].questions[1].polarity"));
    assert!(line.is_some());
    let unknown = fixture("laboratoire.json").replacen("\"origin\":", "\"origine\":", 1);
    let check = check_bank_text(&unknown, BankFormat::Json);
    let message = check.errors[0].to_string();
    assert!(
        message.starts_with("question \"LA1\" (problems[0].questions[0]"),
        "{message}"
    );
    assert!(message.contains("unknown field `origine`"), "{message}");
}

#[test]
fn errors_are_listed_up_to_a_hundred() {
    // 200 questions each missing its text and origin: 400 errors, listed 100, then a count.
    let questions: Vec<String> = (1..=200)
        .map(|n| format!("{{\"id\":\"Q{n}\",\"polarity\":\"symptom\",\"fixes\":[\"F\"]}}"))
        .collect();
    let problems: Vec<String> = questions
        .chunks(40)
        .enumerate()
        .map(|(at, questions)| {
            let fixes = if at == 0 {
                "[{\"id\":\"F\",\"title\":{\"fr\":\"F\"},\"detail\":{\"fr\":\"F\"},\"source\":{\"fr\":\"F\"},\"url\":\"https://x.fr\"}]"
            } else {
                "[]"
            };
            format!(
                "{{\"id\":\"p{at}\",\"label\":{{\"fr\":\"P\"}},\"summary\":{{\"fr\":\"P\"}},\"lesson\":{{\"fr\":\"P\"}},\"fixes\":{fixes},\"questions\":[{}]}}",
                questions.join(",")
            )
        })
        .collect();
    let text = format!(
        "{{\"id\":\"b\",\"version\":1,\"problems\":[{}]}}",
        problems.join(",")
    );
    let check = check_bank_text(&text, BankFormat::Json);
    assert_eq!(check.errors.len(), 101);
    assert_eq!(check.errors[100], BankError::MoreErrors { count: 304 });
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let text = String::from_utf8_lossy(&bytes);
        for format in [BankFormat::Json, BankFormat::Toml] {
            let check = check_bank_text(&text, format);
            prop_assert!(check.is_usable() || !check.errors.is_empty());
            for error in &check.errors {
                let _ = (error.message(Lang::FR), error.to_string(), error.field());
            }
        }
    }

    #[test]
    fn random_edits_of_a_real_bank_never_panic(
        at in 0usize..48_000,
        cut in 0usize..200,
        insert in "[\\[\\]{}\",:<>a-z0-9 ]{0,12}",
    ) {
        let json = fixture("laboratoire.json");
        let at = json.floor_char_boundary(at.min(json.len()));
        let end = json.floor_char_boundary((at + cut).min(json.len()));
        let edited = format!("{}{insert}{}", &json[..at], &json[end..]);
        let check = check_bank_text(&edited, BankFormat::Json);
        for error in &check.errors {
            let _ = (error.message(Lang::FR), error.item(), error.field());
        }
        for warning in &check.warnings {
            let _ = warning.message(Lang::FR);
        }
    }

    #[test]
    fn random_json_values_never_panic(value in json_value()) {
        let text = value.to_string();
        let check = check_bank_text(&text, BankFormat::Json);
        prop_assert!(check.is_usable() || !check.errors.is_empty());
    }
}

/// Random JSON values shaped a little like banks, so that the validation (not only the reader)
/// sees them.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let key = prop_oneof![
        Just("id".to_string()),
        Just("version".to_string()),
        Just("languages".to_string()),
        Just("problems".to_string()),
        Just("questions".to_string()),
        Just("fixes".to_string()),
        Just("label".to_string()),
        Just("text".to_string()),
        Just("fr".to_string()),
        Just("url".to_string()),
        Just("polarity".to_string()),
        "[a-z]{1,4}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "[a-zA-Z<>:/ ]{0,10}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Every error and warning of every fixture, and of a few broken banks, in French: French
/// typography (narrow no-break space before `: ; ! ?` and inside « »), no English word left.
#[test]
fn french_messages_are_well_typeset() {
    let mut messages = Vec::new();
    let broken = [
        ("{\"id\": ", BankFormat::Json),
        ("id = \"b\"\nversion = 0\nlanguages = [\"fr\", \"fr\", \"xx\"]\n", BankFormat::Toml),
        (
            "id = \"b c\"\nversion = 2\n[[problems]]\nid = \"p\"\nlabel.fr = \"P\"\n\
             [[problems.questions]]\nid = \"Q1\"\npolarity = \"sometimes\"\ntext.it = \"x\"\nfixes = [\"nope\"]\n\
             [[migrations]]\nfrom = 1\nquestions = [{ id = \"Q1\", change = \"moved\" }, { id = \"Q1\" }, { id = \"Q9\", to = \"Q1\", change = \"removed\" }]\n\
             [[migrations]]\nfrom = 5\nquestions = []\n",
            BankFormat::Toml,
        ),
    ];
    let mut checks: Vec<BankCheck> = broken
        .iter()
        .map(|(text, format)| check_bank_text(text, *format))
        .collect();
    for name in [
        "with-warnings.toml",
        "html-in-texts.json",
        "javascript-link.json",
        "duplicate-ids.json",
        "missing-language.json",
        "ten-thousand-questions.json",
    ] {
        checks.push(check(name));
    }
    for check in &checks {
        messages.extend(check.errors.iter().map(|error| error.message(Lang::FR)));
        messages.extend(
            check
                .warnings
                .iter()
                .map(|warning| warning.message(Lang::FR)),
        );
    }
    assert!(messages.len() > 60, "{}", messages.len());
    for message in &messages {
        for fault in [" :", " ;", " ?", " !", "« ", " »", "'"] {
            assert!(!message.contains(fault), "{fault:?} in {message}");
        }
        for english in [" missing ", " already ", " must ", " link ", "is not"] {
            assert!(!message.contains(english), "{english:?} in {message}");
        }
    }
}
