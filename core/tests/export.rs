//! Result exports: JSON (and reading it back), CSV and Markdown.

mod common;

use assessment_core::{
    built_in_bank, export_csv, export_json, export_markdown, import_json, parse_bank_toml, Answer,
    Answers, Bank, Date, ImportError, ImportedResult, Lang, VERSION,
};
use common::{small_bank_with, SMALL_BANK};
use proptest::prelude::*;
use serde_json::Value;

fn real_bank() -> Bank {
    built_in_bank().expect("built-in bank")
}

fn date() -> Date {
    Date::parse("2026-11-28").expect("date")
}

fn notes() -> [String; 2] {
    [
        "Le comité « stratégique » bloque tout; \"vraiment\"\nsur deux lignes".to_string(),
        "Appeler la DSI | vite".to_string(),
    ]
}

/// Small bank answers: Q1 symptom always (0 pts), Q2 practice never (0), Q3 symptom never (3),
/// Q4 symptom don't know, Q5 practice often (2).
fn small_answers() -> Answers {
    Answers::from_slots(vec![
        Some(Answer::Always),
        Some(Answer::Never),
        Some(Answer::Never),
        Some(Answer::DontKnow),
        Some(Answer::Often),
    ])
}

fn small_bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture")
}

#[test]
fn json_export_has_the_documented_shape() {
    let bank = small_bank();
    let text = export_json(&bank, &small_answers(), &notes(), Lang::EN, date(), 4242);
    assert!(text.ends_with("}\n"));
    let json = serde_json::from_str::<Value>(&text).expect("valid JSON");
    let str_at = |path: &[&str]| {
        let mut value = &json;
        for key in path {
            value = value.get(key).unwrap_or(&Value::Null);
        }
        value.as_str().map(str::to_string)
    };
    assert_eq!(
        str_at(&["format"]).as_deref(),
        Some("problemes-imaginaires/result")
    );
    assert_eq!(json.get("formatVersion").and_then(Value::as_u64), Some(1));
    assert_eq!(str_at(&["bank", "id"]).as_deref(), Some("test-bank"));
    assert_eq!(
        json.get("bank").and_then(|b| b.get("version")?.as_u64()),
        Some(3)
    );
    assert_eq!(str_at(&["date"]).as_deref(), Some("2026-11-28"));
    assert_eq!(str_at(&["lang"]).as_deref(), Some("en"));
    assert_eq!(json.get("nonce").and_then(Value::as_u64), Some(4242));
    assert!(str_at(&["code"]).is_some_and(|c| c.starts_with("PI1.")));
    // loop: 3 points of 9 → 3.3 (strong); fear: 2 of 3 → 6.7 (watch); overall 5.0.
    assert_eq!(str_at(&["overall", "score"]).as_deref(), Some("5.0"));
    assert_eq!(str_at(&["overall", "band"]).as_deref(), Some("watch"));
    let problems = json
        .get("problems")
        .and_then(Value::as_array)
        .expect("problems");
    assert_eq!(problems.len(), 2);
    assert_eq!(problems[0].get("id").and_then(Value::as_str), Some("loop"));
    assert_eq!(
        problems[0].get("label").and_then(Value::as_str),
        Some("Loop")
    );
    assert_eq!(
        problems[0].get("score").and_then(Value::as_str),
        Some("3.3")
    );
    assert_eq!(
        problems[0].get("band").and_then(Value::as_str),
        Some("strong")
    );
    assert_eq!(
        problems[1].get("score").and_then(Value::as_str),
        Some("6.7")
    );
    assert_eq!(
        problems[1].get("blindSpots").and_then(Value::as_u64),
        Some(1)
    );
    assert_eq!(
        problems[1].get("unanswered").and_then(Value::as_u64),
        Some(0)
    );
    assert_eq!(
        problems[1].get("lesson").and_then(Value::as_str),
        Some("Fear lesson")
    );
    let answers = json
        .get("answers")
        .and_then(Value::as_array)
        .expect("answers");
    assert_eq!(answers.len(), 5);
    assert_eq!(
        answers[0].get("question").and_then(Value::as_str),
        Some("Q1")
    );
    assert_eq!(
        answers[0].get("problem").and_then(Value::as_str),
        Some("loop")
    );
    assert_eq!(
        answers[0].get("text").and_then(Value::as_str),
        Some("We wait for sign-offs.")
    );
    assert_eq!(
        answers[0].get("answer").and_then(Value::as_str),
        Some("always")
    );
    assert_eq!(
        answers[3].get("answer").and_then(Value::as_str),
        Some("unknown")
    );
    let fixes = json.get("fixes").and_then(Value::as_array).expect("fixes");
    // Q1 always triggers L-F1 and L-F2, Q2 never triggers L-F1.
    let ids: Vec<&str> = fixes.iter().filter_map(|f| f.get("id")?.as_str()).collect();
    assert_eq!(ids, ["L-F1", "L-F2"]);
    let triggered: Vec<&str> = fixes[0]
        .get("triggeredBy")
        .and_then(Value::as_array)
        .expect("triggeredBy")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(triggered, ["Q1", "Q2"]);
    assert_eq!(
        fixes[0].get("startHere").and_then(Value::as_bool),
        Some(true)
    );
    assert_eq!(
        fixes[0].get("url").and_then(Value::as_str),
        Some("https://beta.gouv.fr/a")
    );
    assert_eq!(str_at(&["notes", "worstCase"]), Some(notes()[0].clone()));
    assert_eq!(
        str_at(&["notes", "smallestAction"]),
        Some(notes()[1].clone())
    );

    let french = export_json(&bank, &small_answers(), &notes(), Lang::FR, date(), 4242);
    assert!(french.contains("\"label\": \"Boucle\""));
    assert!(
        french.contains("\"score\": \"3.3\""),
        "scores keep a dot in every language"
    );
}

#[test]
fn empty_answers_have_no_scores() {
    let bank = small_bank();
    let text = export_json(
        &bank,
        &Answers::for_bank(&bank),
        &Default::default(),
        Lang::FR,
        date(),
        0,
    );
    let json = serde_json::from_str::<Value>(&text).expect("valid");
    assert_eq!(
        json.get("overall").and_then(|o| o.get("score")),
        Some(&Value::Null)
    );
    assert_eq!(
        json.get("overall").and_then(|o| o.get("band")?.as_str()),
        Some("none")
    );
    assert_eq!(
        json.get("fixes").and_then(Value::as_array).map(Vec::len),
        Some(0)
    );
}

fn any_slot() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)
    ]
}

proptest! {
    #[test]
    fn json_export_reads_back(
        slots in proptest::collection::vec(any_slot(), 32),
        worst in any::<String>(),
        action in any::<String>(),
        english in any::<bool>(),
        days in 0i64..20_000,
        nonce in any::<u32>(),
    ) {
        let bank = real_bank();
        let answers = Answers::from_slots(slots);
        let notes = [worst, action];
        let lang = if english { Lang::EN } else { Lang::FR };
        let date = Date::from_days_since_epoch(days).expect("date");
        let text = export_json(&bank, &answers, &notes, lang, date, nonce);
        let imported = import_json(&bank, &text).expect("import");
        prop_assert_eq!(imported, ImportedResult { answers, notes, lang, date, nonce });
    }
}

/// A valid export of the small bank, edited by `edit` as text.
fn edited(edit: impl Fn(String) -> String) -> Result<ImportedResult, ImportError> {
    let bank = small_bank();
    let text = export_json(&bank, &small_answers(), &notes(), Lang::FR, date(), 7);
    import_json(&bank, &edit(text))
}

#[test]
fn scores_in_the_file_are_ignored() {
    let imported = edited(|t| t.replace("\"score\": \"3.3\"", "\"score\": \"10.0\"")).expect("ok");
    assert_eq!(imported.answers, small_answers());
}

#[test]
fn missing_questions_are_unanswered_and_notes_are_optional() {
    let bank = small_bank();
    let text = r#"{"format":"problemes-imaginaires/result","formatVersion":1,
        "bank":{"id":"test-bank","version":3},"date":"2026-01-31","lang":"en","nonce":5,
        "answers":[{"question":"Q2","answer":"often"},{"question":"Q4","answer":null},{"question":"Q5"}]}"#;
    let imported = import_json(&bank, text).expect("valid");
    assert_eq!(
        imported.answers.slots(),
        &[None, Some(Answer::Often), None, None, None]
    );
    assert_eq!(imported.notes, [String::new(), String::new()]);
    assert_eq!(imported.lang, Lang::EN);
}

#[test]
fn each_import_error_names_the_problem() {
    let bank = small_bank();
    assert!(matches!(
        import_json(&bank, "not json"),
        Err(ImportError::Json(_))
    ));
    assert_eq!(
        import_json(&bank, "[]"),
        Err(ImportError::WrongFormat {
            expected: "problemes-imaginaires/result",
            found: String::new()
        })
    );
    assert_eq!(
        edited(|t| t.replace(
            "problemes-imaginaires/result",
            "problemes-imaginaires/history"
        )),
        Err(ImportError::WrongFormat {
            expected: "problemes-imaginaires/result",
            found: "problemes-imaginaires/history".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"formatVersion\": 1", "\"formatVersion\": 2")),
        Err(ImportError::FutureVersion(2))
    );
    assert_eq!(
        edited(|t| t.replace("\"formatVersion\": 1", "\"formatVersion\": 0")),
        Err(ImportError::BadField {
            field: "formatVersion".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"formatVersion\": 1,", "")),
        Err(ImportError::Missing {
            field: "formatVersion".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"id\": \"test-bank\"", "\"id\": \"other\"")),
        Err(ImportError::ForeignBank { id: "other".into() })
    );
    assert_eq!(
        edited(|t| t.replace("\"version\": 3", "\"version\": 2")),
        Err(ImportError::BankVersion { file: 2, ours: 3 })
    );
    assert_eq!(
        edited(|t| t.replace("\"answers\": [", "\"answerz\": [")),
        Err(ImportError::Missing {
            field: "answers".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"question\": \"Q3\"", "\"question\": \"X\"")),
        Err(ImportError::UnknownQuestion {
            question: "X".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"answer\": \"always\"", "\"answer\": 7")),
        Err(ImportError::UnknownAnswer {
            question: "Q1".into(),
            answer: "7".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"answer\": \"always\"", "\"answer\": \"sometimes\"")),
        Err(ImportError::UnknownAnswer {
            question: "Q1".into(),
            answer: "sometimes".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"question\": \"Q3\"", "\"question\": \"Q1\"")),
        Err(ImportError::DuplicateQuestion {
            question: "Q1".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("2026-11-28", "2026-02-30")),
        Err(ImportError::BadDate {
            value: "2026-02-30".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"date\": \"2026-11-28\"", "\"date\": 20261128")),
        Err(ImportError::BadField {
            field: "date".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"lang\": \"fr\"", "\"lang\": \"Deutsch\"")),
        Err(ImportError::BadField {
            field: "lang".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"nonce\": 7", "\"nonce\": 4294967296")),
        Err(ImportError::BadField {
            field: "nonce".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"nonce\": 7", "\"nonce\": -7")),
        Err(ImportError::BadField {
            field: "nonce".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"question\": \"Q2\"", "\"question\": 2")),
        Err(ImportError::BadField {
            field: "answers[1].question".into()
        })
    );
    assert_eq!(
        edited(|t| t.replace("\"worstCase\": \"", "\"worstCase\": 1, \"x\": \"")),
        // The path names the object too (it was the bare "worstCase" before serde).
        Err(ImportError::BadField {
            field: "notes.worstCase".into()
        })
    );
    let other_bank =
        parse_bank_toml(&small_bank_with(r#"id = "test-bank""#, r#"id = "other""#)).expect("bank");
    let text = export_json(&bank, &small_answers(), &notes(), Lang::FR, date(), 7);
    assert_eq!(
        import_json(&other_bank, &text),
        Err(ImportError::ForeignBank {
            id: "test-bank".into()
        })
    );
}

#[test]
fn import_errors_speak_french_and_english() {
    let error = ImportError::UnknownAnswer {
        question: "A7".into(),
        answer: "7".into(),
    };
    assert!(error
        .message(Lang::FR)
        .starts_with("question A7 : réponse inconnue « 7 »"));
    assert!(error
        .to_string()
        .starts_with("question \"A7\": unknown answer \"7\""));
    let error = ImportError::UnknownQuestion {
        question: "X".into(),
    };
    assert!(error
        .to_string()
        .starts_with("question \"X\": unknown question"));
    let error = ImportError::FutureVersion(2);
    assert!(error.message(Lang::FR).contains("mettez cette page à jour"));
    // An earlier version with no migration cannot be carried over; a later one needs an
    // updated page.
    let error = ImportError::BankVersion { file: 1, ours: 2 };
    assert!(error
        .message(Lang::FR)
        .contains("version 1 des questions, que cette page (version 2) ne sait pas reprendre"));
    let error = ImportError::BankVersion { file: 3, ours: 2 };
    assert!(error
        .to_string()
        .contains("newer than this page’s (version 2): update this page."));
    let error = ImportError::Missing {
        field: "answers".into(),
    };
    assert!(error.to_string().contains("\"answers\" is missing"));
}

#[test]
fn csv_has_a_header_and_one_row_per_question() {
    let bank = real_bank();
    let mut answers = Answers::for_bank(&bank);
    answers.set(0, Answer::Often);
    answers.set(1, Answer::DontKnow);
    answers.set(2, Answer::Never);
    for (lang, separator) in [(Lang::FR, ';'), (Lang::EN, ',')] {
        let csv = export_csv(&bank, &answers, lang);
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.ends_with("\r\n"));
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{feff}')
            .split_terminator("\r\n")
            .collect();
        // Header, 32 questions, and the release's row.
        assert_eq!(lines.len(), 34, "{lang:?}");
        assert_eq!(lines[0].matches(separator).count(), 5);
        assert!(lines[1].contains(&format!("{separator}A1{separator}")));
        let last = format!(
            "Problèmes imaginaires {VERSION}{}",
            separator.to_string().repeat(5)
        );
        assert_eq!(lines[33], last, "{lang:?}");
    }
    let csv = export_csv(&bank, &answers, Lang::FR);
    let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(rows[0].ends_with("Problème;Question;Énoncé;Réponse;Points de santé (0 à 3);Polarité"));
    // A1 is a symptom answered often: 1 health point.
    assert!(rows[1].ends_with(";Souvent;1;symptôme"), "{}", rows[1]);
    assert!(
        rows[2].ends_with(";Je ne sais pas;;pratique protectrice"),
        "{}",
        rows[2]
    );
    assert!(rows[3].ends_with(";Jamais;3;symptôme"), "{}", rows[3]);
    assert!(rows[4].ends_with(";;;pratique protectrice"), "{}", rows[4]);
    let english = export_csv(&bank, &answers, Lang::EN);
    assert!(english.contains(",Don’t know,,protective practice\r\n"));
}

#[test]
fn csv_quotes_separators_and_quotes() {
    let bank = parse_bank_toml(&small_bank_with(
        "text.fr = \"On attend des validations.\"\ntext.en = \"We wait for sign-offs.\"",
        "text.fr = 'On attend; il dit \"non\", encore.'\ntext.en = 'We wait; he says \"no\", again.'",
    ))
    .expect("bank");
    let csv = export_csv(&bank, &small_answers(), Lang::FR);
    let row = csv.split("\r\n").nth(1).expect("row");
    assert_eq!(
        row,
        "Boucle;Q1;\"On attend; il dit \"\"non\"\", encore.\";Systématiquement;0;symptôme"
    );
    let csv = export_csv(&bank, &small_answers(), Lang::EN);
    let row = csv.split("\r\n").nth(1).expect("row");
    assert_eq!(
        row,
        "Loop,Q1,\"We wait; he says \"\"no\"\", again.\",Always,0,symptom"
    );
    // Header, five questions and the release's row, nothing else.
    assert_eq!(csv.split_terminator("\r\n").count(), 7);
}

#[test]
fn markdown_summary_has_every_part() {
    let bank = small_bank();
    let text = export_markdown(
        &bank,
        &small_answers(),
        &notes(),
        Lang::FR,
        date(),
        Some("https://example.org/#r=PI1.abc"),
    );
    for part in [
        "# Autodiagnostic « Problèmes imaginaires » — 2026-11-28",
        "**Score global : 5,0 / 10 (À surveiller)**",
        "| Problème | Score sur 10 | Niveau | Zones d’ombre |",
        "| Boucle | 3,3 / 10 | Très présent | 0 |",
        "| Peur | 6,7 / 10 | À surveiller | 1 |",
        "## Par où commencer",
        "1. **Pacte** — Détail pacte (Source : [Cours](https://beta.gouv.fr/a))",
        "2. **Transparence**",
        "### Boucle",
        "  - Pourquoi : Q1 « On attend des validations. » → Systématiquement",
        "  - Pourquoi : Q2 « Un rendez-vous est fixé. » → Jamais",
        "### Peur\n\nAucune piste déclenchée.",
        "**Le pire scénario dans 6 mois** : Le comité",
        "**La plus petite action pour l’éviter** : Appeler la DSI | vite",
        "Lien de partage des réponses : <https://example.org/#r=PI1.abc>",
        "beta.gouv.fr et du CNFPT",
    ] {
        assert!(text.contains(part), "missing {part:?} in\n{text}");
    }
    let english = export_markdown(
        &bank,
        &Answers::for_bank(&bank),
        &Default::default(),
        Lang::EN,
        date(),
        None,
    );
    for part in [
        "**Overall score: – (No score)**",
        "| Loop | – | No score | 0 |",
        "No fix was triggered by the answers.",
        "**The worst case in six months**: (left empty)",
        "beta.gouv.fr / CNFPT course",
    ] {
        assert!(english.contains(part), "missing {part:?} in\n{english}");
    }
    assert!(!english.contains("Link to share"));
}

#[test]
fn markdown_table_cells_escape_pipes() {
    let bank = parse_bank_toml(&small_bank_with(
        r#"label.fr = "Boucle""#,
        r#"label.fr = "Boucle | infinie""#,
    ))
    .expect("bank");
    let text = export_markdown(&bank, &small_answers(), &notes(), Lang::FR, date(), None);
    assert!(text.contains("| Boucle \\| infinie | 3,3 / 10 |"), "{text}");
}
