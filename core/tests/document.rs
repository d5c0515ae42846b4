//! The strict reading shared by every JSON document (`assessment_core::document`): syntax,
//! size, depth, keys per object, duplicate keys, objects written as arrays, field paths, and
//! linear time on hostile input for every reader.

mod common;

use assessment_core::document::{read_value, MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_KEYS};
use assessment_core::{
    decode_stored, encode_stored, export_history_json, export_json, import_history_json,
    import_json, parse_bank_toml, Answer, Answers, Bank, Collection, Corruption, Date,
    DocumentError, HistoryEntry, ImportError, Lang, Position, Session, StoredError, SyntaxError,
};
use common::SMALL_BANK;
use std::time::{Duration, Instant};

fn bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture")
}

fn syntax(text: &str) -> SyntaxError {
    match read_value(text) {
        Err(DocumentError::Syntax { error, .. }) => error,
        other => panic!("{text:?}: {other:?}"),
    }
}

fn offset(text: &str) -> usize {
    read_value(text)
        .expect_err(text)
        .position()
        .expect("a place")
        .offset
}

#[test]
fn syntax_errors_are_typed_and_located() {
    for text in ["", "   ", "[1,", "\"abc", "\"abc\\", "nul", "1e", "-"] {
        assert_eq!(syntax(text), SyntaxError::UnexpectedEnd, "{text:?}");
    }
    for (text, c) in [
        ("[1,]", ']'),
        ("{\"a\" 1}", '1'),
        ("{a:1}", 'a'),
        ("{\"a\":1,}", '}'),
        ("[1 2]", '2'),
        ("'a'", '\''),
        ("é", 'é'),
        ("True", 'T'),
        (".5", '.'),
        ("+1", '+'),
    ] {
        assert_eq!(syntax(text), SyntaxError::UnexpectedChar(c), "{text:?}");
    }
    for text in ["01", "00", "-a", "1e400"] {
        assert_eq!(syntax(text), SyntaxError::BadNumber, "{text:?}");
    }
    for text in [
        "\"\\x\"",
        "\"\\u12g4\"",
        "\"\\ud83d\"",
        "\"\\ud83d\\u0041\"",
        "\"\\ude00\"",
    ] {
        assert_eq!(syntax(text), SyntaxError::BadEscape, "{text:?}");
    }
    assert_eq!(syntax("\"a\nb\""), SyntaxError::ControlCharacter);
    assert_eq!(syntax("\"a\tb\""), SyntaxError::ControlCharacter);
    assert_eq!(syntax("{} {}"), SyntaxError::TrailingText);
    assert_eq!(syntax("1 x"), SyntaxError::TrailingText);

    assert_eq!(offset("[1, ?]"), 4);
    assert_eq!(offset("\"a\nb\""), 2, "the line break itself");
    assert_eq!(
        read_value("[\n1,\n?]").expect_err("bad").position(),
        Some(Position {
            line: 3,
            column: 1,
            offset: 5
        })
    );
}

#[test]
fn nesting_is_limited_to_32_levels() {
    let deep = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    assert_eq!(MAX_DEPTH, 32);
    assert!(read_value(&deep(32)).is_ok());
    let error = read_value(&deep(33)).expect_err("too deep");
    assert!(matches!(error, DocumentError::TooDeep { .. }), "{error:?}");
    // Limits are met once the bracket is read: the place is just after it.
    assert_eq!(offset(&deep(33)), 33);
    let objects = "{\"a\":".repeat(40) + "1" + &"}".repeat(40);
    assert!(matches!(
        read_value(&objects),
        Err(DocumentError::TooDeep { .. })
    ));
    // A pathological input cannot exhaust the stack.
    assert!(matches!(
        read_value(&"[".repeat(100_000)),
        Err(DocumentError::TooDeep { .. })
    ));
}

#[test]
fn size_is_limited_to_2_mib() {
    assert_eq!(MAX_DOCUMENT_BYTES, 2 * 1024 * 1024);
    let big = format!("\"{}\"", "a".repeat(MAX_DOCUMENT_BYTES - 1));
    assert_eq!(
        read_value(&big),
        Err(DocumentError::TooLarge {
            bytes: MAX_DOCUMENT_BYTES + 1
        })
    );
    let fits = format!("\"{}\"", "a".repeat(MAX_DOCUMENT_BYTES - 2));
    assert!(read_value(&fits).is_ok());
}

fn object_with_keys(count: usize) -> String {
    let members: Vec<String> = (0..count).map(|n| format!("\"k{n}\":{n}")).collect();
    format!("{{{}}}", members.join(","))
}

#[test]
fn objects_have_at_most_256_keys() {
    assert_eq!(MAX_KEYS, 256);
    assert!(read_value(&object_with_keys(256)).is_ok());
    match read_value(&object_with_keys(257)) {
        Err(DocumentError::TooManyKeys { path, .. }) => assert_eq!(path, ""),
        other => panic!("{other:?}"),
    }
    let nested = format!("{{\"a\":[1,{{\"pact\":{}}}]}}", object_with_keys(300));
    match read_value(&nested) {
        Err(DocumentError::TooManyKeys { path, .. }) => assert_eq!(path, "a[1].pact"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_keys_are_refused_known_or_unknown_with_their_object() {
    match read_value("{\"a\":1,\"b\":{\"x\":[{\"k\":1,\"k\":2}]}}") {
        Err(DocumentError::DuplicateKey { key, path, .. }) => {
            assert_eq!((key.as_str(), path.as_str()), ("k", "b.x[0]"));
        }
        other => panic!("{other:?}"),
    }
    let bank = bank();
    let file = export_json(&bank, &answers(), &notes(), Lang::EN, date(), 7);
    // A known field twice: which one counts would be a guess.
    let twice = file.replacen("\"nonce\": 7,", "\"nonce\": 7, \"nonce\": 8,", 1);
    assert!(matches!(
        import_json(&bank, &twice),
        Err(ImportError::Json(DocumentError::DuplicateKey { ref key, .. })) if key == "nonce"
    ));
    // An unknown field twice is refused too: the reader does not know it is unknown.
    let unknown = file.replacen("\"nonce\": 7,", "\"x\": 1, \"x\": 1, \"nonce\": 7,", 1);
    assert!(matches!(
        import_json(&bank, &unknown),
        Err(ImportError::Json(DocumentError::DuplicateKey { .. }))
    ));
    let stored = encode_stored(&bank, &Session::new(&bank, Lang::FR).to_stored());
    let twice = stored.replacen("\"lang\":\"fr\"", "\"lang\":\"fr\",\"lang\":\"en\"", 1);
    assert!(matches!(
        decode_stored(&bank, &twice),
        Err(StoredError::Corrupted(Corruption::NotJson(
            DocumentError::DuplicateKey { .. }
        )))
    ));
}

#[test]
fn messages_speak_french_and_english_with_the_place() {
    let error = read_value("[1, ?]").expect_err("bad");
    assert_eq!(
        error.message(Lang::FR),
        "Ce fichier n’est pas un JSON valide : caractère inattendu « ? » ligne 1, colonne 5 \
         (octet 4). Choisissez le fichier exporté tel quel, sans le modifier."
    );
    assert_eq!(
        error.to_string(),
        "This file is not valid JSON: unexpected character “?” at line 1, column 5 (byte 4). \
         Choose the exported file as it is, unedited."
    );
    let error = read_value("{\"a\":{\"k\":1,\"k\":2}}").expect_err("dup");
    assert!(error
        .message(Lang::FR)
        .contains("la clé « k » apparaît deux fois dans l’objet de « a »"));
    assert!(error
        .to_string()
        .contains("the key \"k\" appears twice in the object of \"a\""));
    let error = read_value(&"[".repeat(40)).expect_err("deep");
    assert!(error.to_string().contains("more than 32"));
    let stored = decode_stored(&bank(), "{\"a\":\n?}").expect_err("bad");
    assert!(stored
        .message(Lang::FR)
        .contains("JSON invalide à l’octet 6, ligne 2, colonne 1 : caractère inattendu « ? »"));
    assert!(stored
        .to_string()
        .contains("invalid JSON at byte 6, line 2, column 1: unexpected character “?”"));
}

fn date() -> Date {
    Date::parse("2026-11-28").expect("date")
}

fn answers() -> Answers {
    Answers::from_slots(vec![
        Some(Answer::Always),
        Some(Answer::Never),
        None,
        Some(Answer::DontKnow),
        Some(Answer::Often),
    ])
}

fn notes() -> [String; 2] {
    ["pire".into(), "action".into()]
}

#[test]
fn objects_written_as_arrays_are_refused_by_path() {
    let bank = bank();
    let file = export_json(&bank, &answers(), &notes(), Lang::EN, date(), 7);
    let notes_array = file.replacen(
        "\"notes\": {\n    \"worstCase\": \"pire\",\n    \"smallestAction\": \"action\"\n  }",
        "\"notes\": [\"pire\", \"action\"]",
        1,
    );
    assert_ne!(notes_array, file);
    assert_eq!(
        import_json(&bank, &notes_array),
        Err(ImportError::BadField {
            field: "notes".into()
        })
    );
    let item_array = file.replacen("\"answers\": [", "\"answers\": [[\"Q1\", \"often\"],", 1);
    assert_eq!(
        import_json(&bank, &item_array),
        Err(ImportError::BadField {
            field: "answers[0]".into()
        })
    );
    let entries = [HistoryEntry {
        date: date(),
        nonce: 3,
        answers: answers(),
    }];
    let history = export_history_json(&bank, &entries);
    let entry_array = history.replacen(
        "\"entries\": [",
        "\"entries\": [[\"2026-01-01\", 1, \"PI1.\"],",
        1,
    );
    assert_eq!(
        import_history_json(&bank, &entry_array),
        Err(ImportError::BadField {
            field: "entries[0]".into()
        })
    );
    let wrong_type = history.replacen("\"nonce\": 3", "\"nonce\": \"3\"", 1);
    assert_eq!(
        import_history_json(&bank, &wrong_type),
        Err(ImportError::BadField {
            field: "entries[0].nonce".into()
        })
    );
}

#[test]
fn unknown_fields_are_ignored_within_a_version() {
    let bank = bank();
    let file = export_json(&bank, &answers(), &notes(), Lang::EN, date(), 7);
    let later = file.replacen(
        "\"nonce\": 7,",
        "\"nonce\": 7, \"later\": {\"deep\": [1, {\"x\": null}]},",
        1,
    );
    assert_eq!(import_json(&bank, &later), import_json(&bank, &file));
}

/// Every reader, on `text`: (name, answered within).
fn time_every_reader(text: &str) -> Vec<(&'static str, Duration)> {
    let bank = bank();
    let mut times = Vec::new();
    // The best of three runs, so that another process taking the core for a moment does not
    // fail the test; a quadratic reader is slow on every run.
    let mut time = |name: &'static str, read: &dyn Fn() -> bool| {
        let best = (0..3)
            .map(|_| {
                let start = Instant::now();
                assert!(read(), "{name} accepted hostile input");
                start.elapsed()
            })
            .min()
            .unwrap_or_default();
        times.push((name, best));
    };
    time("stored state", &|| decode_stored(&bank, text).is_err());
    time("result file", &|| import_json(&bank, text).is_err());
    time("history file", &|| {
        import_history_json(&bank, text).is_err()
    });
    time("team file", &|| {
        let mut collection = Collection::new();
        collection
            .add_json_file(&bank, "big.json", text)
            .rejected
            .len()
            == 1
    });
    times
}

fn just_under_2_mib(head: &str, item: impl Fn(usize) -> String, tail: &str) -> String {
    let mut text = head.to_string();
    let mut n = 0;
    loop {
        let next = item(n);
        if text.len() + next.len() + 1 + tail.len() > MAX_DOCUMENT_BYTES {
            break;
        }
        if n > 0 {
            text.push(',');
        }
        text += &next;
        n += 1;
    }
    text + tail
}

#[test]
fn hostile_documents_are_answered_in_linear_time() {
    // A generous bound that a quadratic reader (a duplicate check scanning every key before it,
    // about 10^10 comparisons here) cannot meet even in a release build, while the linear one
    // takes a few tens of milliseconds unoptimised.
    let limit = Duration::from_secs(1);
    let distinct_keys = just_under_2_mib("{", |n| format!("\"k{n:07}\":0"), "}");
    let keys_under_a_known_field = just_under_2_mib(
        "{\"format\":\"problemes-imaginaires/result\",\"formatVersion\":1,\"bank\":{\"id\":\"test-bank\",\"version\":3},\"notes\":{",
        |n| format!("\"k{n:07}\":0"),
        "}}",
    );
    let many_entries = just_under_2_mib(
        "{\"format\":\"problemes-imaginaires/history\",\"formatVersion\":1,\"bank\":{\"id\":\"test-bank\",\"version\":3},\"entries\":[",
        |n| format!("{{\"date\":\"2026-01-01\",\"nonce\":{n},\"code\":\"PI1.x\"}}"),
        "]}",
    );
    let deep = "[".repeat(MAX_DOCUMENT_BYTES);
    for (what, text) in [
        ("distinct keys", &distinct_keys),
        ("keys under a known field", &keys_under_a_known_field),
        ("many entries", &many_entries),
        ("deep", &deep),
    ] {
        assert!(text.len() <= MAX_DOCUMENT_BYTES && text.len() > MAX_DOCUMENT_BYTES - 100);
        for (reader, took) in time_every_reader(text) {
            println!("{reader}, {what}: {took:?}");
            assert!(took < limit, "{reader}, {what}: {took:?}");
        }
    }
}

#[test]
fn stored_fields_are_named_by_their_path() {
    let bank = bank();
    let stored = encode_stored(&bank, &Session::new(&bank, Lang::FR).to_stored());
    let corrupted = |field: &str| Err(StoredError::Corrupted(Corruption::Field(field.into())));
    let edit = |from: &str, to: &str| {
        assert!(stored.contains(from), "{from}");
        decode_stored(&bank, &stored.replacen(from, to, 1))
    };
    assert_eq!(
        edit("\"notes\":[\"\",\"\"]", "\"notes\":[\"\",1]"),
        corrupted("notes[1]")
    );
    assert_eq!(
        edit("\"notes\":[\"\",\"\"]", "\"notes\":{}"),
        corrupted("notes")
    );
    assert_eq!(edit("\"team\":\"\"", "\"team\":[]"), corrupted("pact.team"));
    assert_eq!(
        edit(
            "\"history\":[]",
            "\"history\":[[\"2026-01-01\",1,\"PI1.\"]]"
        ),
        corrupted("history[0]")
    );
    assert_eq!(
        edit(
            "\"history\":[]",
            "\"history\":[{\"date\":\"2026-01-01\",\"nonce\":1}]"
        ),
        corrupted("history[0].code")
    );
}
