//! The strict JSON reader and the writer.

use assessment_core::json::{JsonErrorKind, MAX_JSON_BYTES};
use assessment_core::{parse_json, Json, JsonError, Lang};
use proptest::prelude::*;

fn kind(text: &str) -> JsonErrorKind {
    parse_json(text).expect_err(text).kind
}

#[test]
fn reads_every_kind_of_value() {
    let value = parse_json(
        r#" { "a": [1, -2.5e+3, 0, 0.25, 1E2], "b": {"c": null, "d": true, "e": false},
              "s": "caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t", "empty": [], "o": {} } "#,
    )
    .expect("valid");
    assert_eq!(
        value.get("a").and_then(Json::as_array).map(<[Json]>::len),
        Some(5)
    );
    assert_eq!(
        value.get("a").and_then(|a| a.as_array()?.first()?.as_u64()),
        Some(1)
    );
    assert_eq!(
        value.get("a").and_then(|a| a.as_array()?.get(1).cloned()),
        Some(Json::Number("-2.5e+3".into()))
    );
    assert_eq!(
        value.get("b").and_then(|b| b.get("d")?.as_bool()),
        Some(true)
    );
    assert!(value
        .get("b")
        .and_then(|b| b.get("c"))
        .is_some_and(Json::is_null));
    assert_eq!(
        value.get("s").and_then(Json::as_str),
        Some("café 😀 \"q\" \\ / \u{8}\u{c}\n\r\t")
    );
    assert_eq!(value.get("missing"), None);
    assert_eq!(Json::Null.get("a"), None);
}

#[test]
fn as_u64_only_takes_plain_whole_numbers() {
    for (raw, expected) in [
        ("42", Some(42)),
        ("0", Some(0)),
        ("18446744073709551615", Some(u64::MAX)),
        ("18446744073709551616", None),
        ("-1", None),
        ("4.0", None),
        ("4e1", None),
    ] {
        assert_eq!(parse_json(raw).expect(raw).as_u64(), expected, "{raw}");
    }
    assert_eq!(Json::text("4").as_u64(), None);
}

#[test]
fn every_error_is_typed_and_located() {
    assert_eq!(kind(""), JsonErrorKind::UnexpectedEnd);
    assert_eq!(kind("   "), JsonErrorKind::UnexpectedEnd);
    assert_eq!(kind("[1,"), JsonErrorKind::UnexpectedEnd);
    assert_eq!(kind("\"abc"), JsonErrorKind::UnexpectedEnd);
    assert_eq!(kind("\"abc\\"), JsonErrorKind::UnexpectedEnd);
    assert_eq!(kind("[1,]"), JsonErrorKind::UnexpectedChar(']'));
    assert_eq!(kind("{\"a\" 1}"), JsonErrorKind::UnexpectedChar('1'));
    assert_eq!(kind("{a:1}"), JsonErrorKind::UnexpectedChar('a'));
    assert_eq!(kind("{\"a\":1,}"), JsonErrorKind::UnexpectedChar('}'));
    assert_eq!(kind("[1 2]"), JsonErrorKind::UnexpectedChar('2'));
    assert_eq!(kind("'a'"), JsonErrorKind::UnexpectedChar('\''));
    assert_eq!(kind("é"), JsonErrorKind::UnexpectedChar('é'));
    assert_eq!(kind("nul"), JsonErrorKind::UnexpectedChar('n'));
    assert_eq!(kind("True"), JsonErrorKind::UnexpectedChar('T'));
    for number in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "-a", "00"] {
        let expected = if number.starts_with(['.', '+']) {
            JsonErrorKind::UnexpectedChar(number.chars().next().unwrap_or(' '))
        } else if number == "01" || number == "00" {
            JsonErrorKind::TrailingText
        } else {
            JsonErrorKind::BadNumber
        };
        assert_eq!(kind(number), expected, "{number}");
    }
    assert_eq!(kind("\"\\x\""), JsonErrorKind::BadEscape);
    assert_eq!(kind("\"\\u12\""), JsonErrorKind::BadUnicode);
    assert_eq!(kind("\"\\u12g4\""), JsonErrorKind::BadUnicode);
    assert_eq!(kind("\"\\ud83d\""), JsonErrorKind::BadUnicode);
    assert_eq!(kind("\"\\ud83d\\u0041\""), JsonErrorKind::BadUnicode);
    assert_eq!(kind("\"\\ude00\""), JsonErrorKind::BadUnicode);
    assert_eq!(kind("\"a\nb\""), JsonErrorKind::ControlCharacter);
    assert_eq!(kind("\"a\tb\""), JsonErrorKind::ControlCharacter);
    assert_eq!(
        kind("{\"a\":1,\"a\":2}"),
        JsonErrorKind::DuplicateKey("a".into())
    );
    assert_eq!(kind("{} {}"), JsonErrorKind::TrailingText);
    assert_eq!(kind("1 x"), JsonErrorKind::TrailingText);

    let error = parse_json("[1, ?]").expect_err("bad");
    assert_eq!(error.offset, 4);
    let error = parse_json("{\"a\":1,\"a\":2}").expect_err("dup");
    assert_eq!(error.offset, 7);
}

#[test]
fn nesting_is_limited_to_32_levels() {
    let deep = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    assert!(parse_json(&deep(32)).is_ok());
    let error = parse_json(&deep(33)).expect_err("too deep");
    assert_eq!(error.kind, JsonErrorKind::TooDeep);
    assert_eq!(error.offset, 32);
    let objects = "{\"a\":".repeat(40) + "1" + &"}".repeat(40);
    assert_eq!(kind(&objects), JsonErrorKind::TooDeep);
    // A pathological input cannot exhaust the stack.
    assert_eq!(kind(&"[".repeat(100_000)), JsonErrorKind::TooDeep);
}

#[test]
fn size_is_limited_to_2_mib() {
    let big = format!("\"{}\"", "a".repeat(MAX_JSON_BYTES));
    assert_eq!(kind(&big), JsonErrorKind::TooLarge);
    let fits = format!("\"{}\"", "a".repeat(MAX_JSON_BYTES - 2));
    assert!(parse_json(&fits).is_ok());
}

#[test]
fn errors_speak_french_and_english() {
    let error: JsonError = parse_json("[1, ?]").expect_err("bad");
    assert_eq!(
        error.message(Lang::Fr),
        "Ce fichier n’est pas un JSON valide : caractère inattendu « ? » à l’octet 4. \
         Choisissez le fichier exporté tel quel, sans le modifier."
    );
    assert_eq!(
        error.to_string(),
        "This file is not valid JSON: unexpected character '?' at byte 4. \
         Choose the exported file as it is, unedited."
    );
}

#[test]
fn writes_escaped_strings_and_keeps_unicode() {
    let value = Json::object(vec![
        (
            "q",
            Json::text("« dit \"oui\" » \\ \n\r\t\u{8}\u{c}\u{1}\u{1f} 😀 /"),
        ),
        ("n", Json::number(7)),
        ("z", Json::text_or_null(None)),
        ("bad", Json::Number("1.".into())),
        (
            "l",
            Json::Array(vec![Json::Bool(true), Json::Array(vec![])]),
        ),
        ("o", Json::Object(vec![])),
    ]);
    assert_eq!(
        value.to_compact(),
        r#"{"q":"« dit \"oui\" » \\ \n\r\t\b\f\u0001\u001f 😀 /","n":7,"z":null,"bad":null,"l":[true,[]],"o":{}}"#
    );
    assert_eq!(value.to_string(), value.to_compact());
    assert_eq!(
        Json::object(vec![
            ("a", Json::Array(vec![Json::number(1), Json::number(2)])),
            ("b", Json::Object(vec![]))
        ])
        .to_string_pretty(),
        "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}"
    );
}

fn any_json() -> impl Strategy<Value = Json> {
    let number = prop_oneof![
        any::<u64>().prop_map(|n| n.to_string()),
        any::<i32>().prop_map(|n| n.to_string()),
        (any::<i16>(), 0u16..1000, -20i8..20).prop_map(|(a, b, e)| format!("{a}.{b}e{e}")),
    ];
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        number.prop_map(Json::Number),
        any::<String>().prop_map(Json::String),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            proptest::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|members| Json::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn parse_reads_back_what_write_wrote(value in any_json()) {
        prop_assert_eq!(parse_json(&value.to_compact()), Ok(value.clone()));
        prop_assert_eq!(parse_json(&value.to_string_pretty()), Ok(value));
    }

    #[test]
    fn parse_never_panics(text in any::<String>()) {
        let _ = parse_json(&text);
    }

    #[test]
    fn parse_never_panics_on_json_like_text(text in "[\\[\\]{}\",:0-9eE.+\\-\\\\u a-fntrl]{0,40}") {
        let _ = parse_json(&text);
    }
}
