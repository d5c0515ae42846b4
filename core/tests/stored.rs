//! The localStorage schema: round trips, corrupted data, future versions, other banks.

mod common;

use assessment_core::document::MAX_DOCUMENT_BYTES;
use assessment_core::{
    built_in_bank, decode_stored, encode_stored, encode_stored_checked, parse_bank_toml, Answer,
    Answers, Bank, Corruption, Date, HistoryEntry, Lang, PactFields, Role, Session, Step,
    StoredError, StoredState,
};
use common::{small_bank_with, SMALL_BANK};
use proptest::prelude::*;

fn bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture")
}

fn full_state() -> StoredState {
    StoredState {
        lang: Lang::EN,
        step: Step::Problem(1),
        answers: Answers::from_slots(vec![
            Some(Answer::Often),
            None,
            Some(Answer::DontKnow),
            Some(Answer::Never),
            Some(Answer::Always),
        ]),
        notes: ["Tout « bloque »\n".into(), "Appeler \"la\" DSI".into()],
        nonce: Some(u32::MAX),
        history: vec![HistoryEntry {
            date: Date::parse("2026-05-28").expect("date"),
            nonce: 12,
            answers: Answers::from_slots(vec![Some(Answer::Rarely); 5]),
        }],
        review_date: Some(Date::parse("2027-05-28").expect("date")),
        pact: PactFields {
            team: "Équipe 😀".into(),
            sponsor: "DGS".into(),
            date: "28/11/2026".into(),
            autonomy: "Tout".into(),
            transparency: "Démo, stats".into(),
            commitments: "Rendez-vous".into(),
        },
        role: Some(Role::Sponsor),
    }
}

fn corrupted(field: &str) -> Result<StoredState, StoredError> {
    Err(StoredError::Corrupted(Corruption::Field(field.into())))
}

#[test]
fn a_full_state_round_trips() {
    let bank = bank();
    let text = encode_stored(&bank, &full_state());
    assert!(text.starts_with(
        r#"{"schema":"problemes-imaginaires/state","schemaVersion":1,"bank":{"id":"test-bank","version":3},"lang":"en","step":"problem:fear","answers":"30514""#
    ), "{text}");
    assert_eq!(decode_stored(&bank, &text), Ok(full_state()));
}

#[test]
fn a_fresh_session_round_trips_and_restores() {
    let bank = built_in_bank().expect("bank");
    let session = Session::new(&bank, Lang::FR);
    let state = session.to_stored();
    let decoded = decode_stored(&bank, &encode_stored(&bank, &state)).expect("valid");
    assert_eq!(decoded, state);
    assert_eq!(Session::restore(&bank, decoded), Some(session));
}

#[test]
fn optional_parts_may_be_missing() {
    let bank = bank();
    let text = r#"{"schema":"problemes-imaginaires/state","schemaVersion":1,"bank":{"id":"test-bank","version":3},"lang":"fr","step":"results","answers":"00000","future":"ignored"}"#;
    let state = decode_stored(&bank, text).expect("valid");
    assert_eq!(state.step, Step::Results);
    assert_eq!(state.nonce, None);
    assert!(state.history.is_empty());
    assert_eq!(state.review_date, None);
    assert_eq!(state.pact, PactFields::default());
    assert_eq!(state.notes, [String::new(), String::new()]);
}

#[test]
fn corrupted_data_names_what_is_wrong() {
    let bank = bank();
    let good = encode_stored(&bank, &full_state());
    let edit = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        decode_stored(&bank, &good.replacen(from, to, 1))
    };
    assert!(matches!(
        decode_stored(&bank, "{\"schema\":"),
        Err(StoredError::Corrupted(Corruption::NotJson(_)))
    ));
    assert!(matches!(
        decode_stored(&bank, ""),
        Err(StoredError::Corrupted(Corruption::NotJson(_)))
    ));
    assert_eq!(
        decode_stored(&bank, "{\"answers\":\"12\"}"),
        Err(StoredError::Corrupted(Corruption::NotOurs))
    );
    assert_eq!(
        decode_stored(&bank, "[1,2]"),
        Err(StoredError::Corrupted(Corruption::NotOurs))
    );
    assert_eq!(
        edit("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
        corrupted("schemaVersion")
    );
    assert_eq!(
        edit("\"schemaVersion\":1", "\"schemaVersion\":0"),
        corrupted("schemaVersion")
    );
    assert_eq!(
        edit("\"version\":3}", "\"version\":\"3\"}"),
        corrupted("bank")
    );
    assert_eq!(
        edit("\"lang\":\"en\"", "\"lang\":\"Deutsch\""),
        corrupted("lang")
    );
    assert_eq!(edit("\"lang\":\"en\"", "\"lang\":1"), corrupted("lang"));
    assert_eq!(
        edit("\"step\":\"problem:fear\"", "\"step\":\"problem:x\""),
        corrupted("step")
    );
    assert_eq!(
        edit("\"step\":\"problem:fear\"", "\"step\":3"),
        corrupted("step")
    );
    assert_eq!(
        edit("\"answers\":\"30514\"", "\"answers\":\"3051\""),
        corrupted("answers")
    );
    assert_eq!(
        edit("\"answers\":\"30514\"", "\"answers\":\"30517\""),
        corrupted("answers")
    );
    assert_eq!(
        edit("\"answers\":\"30514\"", "\"answers\":\"3051é\""),
        corrupted("answers")
    );
    assert_eq!(edit("\"notes\":[", "\"notes\":[\"x\","), corrupted("notes"));
    assert_eq!(
        edit("\"nonce\":4294967295", "\"nonce\":4294967296"),
        corrupted("nonce")
    );
    assert_eq!(
        edit("\"nonce\":4294967295", "\"nonce\":-1"),
        corrupted("nonce")
    );
    assert_eq!(
        edit(
            "\"reviewDate\":\"2027-05-28\"",
            "\"reviewDate\":\"2027-02-30\""
        ),
        corrupted("reviewDate")
    );
    assert_eq!(
        edit("\"team\":\"Équipe 😀\"", "\"team\":true"),
        corrupted("pact.team")
    );
    assert_eq!(edit("\"pact\":{", "\"pact\":[],\"x\":{"), corrupted("pact"));
    assert_eq!(
        edit("\"nonce\":12", "\"nonce\":13"),
        corrupted("history[0].nonce")
    );
    assert_eq!(
        edit("\"history\":[", "\"history\":[1,"),
        corrupted("history[0]")
    );
    assert_eq!(
        edit("\"code\":\"PI1.", "\"code\":\"PI1.x"),
        corrupted("history")
    );
}

#[test]
fn newer_schemas_and_other_banks_are_named() {
    let bank = bank();
    let good = encode_stored(&bank, &full_state());
    assert_eq!(
        decode_stored(
            &bank,
            &good.replace("\"schemaVersion\":1", "\"schemaVersion\":2")
        ),
        Err(StoredError::UnknownVersion(2))
    );
    let other =
        parse_bank_toml(&small_bank_with(r#"id = "test-bank""#, r#"id = "other""#)).expect("bank");
    assert_eq!(decode_stored(&other, &good), Err(StoredError::ForeignBank));
    // Version 3 answers read by a version-4 bank with no migration from 3: refused as an
    // earlier version this page cannot carry over (no longer as another questionnaire).
    let newer = parse_bank_toml(&small_bank_with("version = 3", "version = 4")).expect("bank");
    assert_eq!(
        decode_stored(&newer, &good),
        Err(StoredError::OlderBank { stored: 3, ours: 4 })
    );
    // And a version-4 state read by the version-3 bank: the page is outdated.
    let from_newer = encode_stored(&newer, &full_state());
    assert_eq!(
        decode_stored(&bank, &from_newer),
        Err(StoredError::NewerBank { stored: 4, ours: 3 })
    );
    let huge = good.replace("\"version\":3}", "\"version\":99999999999}");
    assert_eq!(
        decode_stored(&bank, &huge),
        Err(StoredError::NewerBank {
            stored: 99_999_999_999,
            ours: 3
        })
    );
}

#[test]
fn a_state_the_reader_would_refuse_is_not_saved() {
    let bank = bank();
    let fine = full_state();
    assert_eq!(
        encode_stored_checked(&bank, &fine),
        Ok(encode_stored(&bank, &fine))
    );
    let mut long = full_state();
    long.notes[0] = "x".repeat(2 * 1024 * 1024);
    // Saved without the check, it is refused on the next load: the reason for the check.
    let unchecked = encode_stored(&bank, &long);
    assert!(unchecked.len() > MAX_DOCUMENT_BYTES);
    assert!(matches!(
        decode_stored(&bank, &unchecked),
        Err(StoredError::Corrupted(Corruption::NotJson(_)))
    ));
    let error = encode_stored_checked(&bank, &long).expect_err("too large");
    assert_eq!(
        error,
        StoredError::TooLarge {
            bytes: unchecked.len()
        }
    );
    assert_eq!(
        error.message(Lang::FR),
        "Ce que vous avez écrit (notes, pacte) est trop long pour être enregistré sur cet appareil (plus de 2\u{a0}Mio)\u{202f}: raccourcissez-le\u{202f}; rien n’a été perdu dans cette page."
    );
    assert_eq!(
        error.to_string(),
        "What you wrote (notes, pact) is too long to be saved on this device (over 2 MiB): shorten it; nothing was lost on this page."
    );
    // Just under the limit is saved, and read back.
    let room = MAX_DOCUMENT_BYTES - encode_stored(&bank, &fine).len();
    let mut largest = full_state();
    largest.notes[0].push_str(&"y".repeat(room));
    let text = encode_stored_checked(&bank, &largest).expect("fits");
    assert_eq!(text.len(), MAX_DOCUMENT_BYTES);
    assert_eq!(decode_stored(&bank, &text), Ok(largest));
}

#[test]
fn errors_speak_french_and_english() {
    let errors = [
        StoredError::Corrupted(Corruption::NotOurs),
        StoredError::Corrupted(Corruption::Field("answers".into())),
        StoredError::UnknownVersion(2),
        StoredError::ForeignBank,
        StoredError::NewerBank { stored: 4, ours: 3 },
        StoredError::OlderBank { stored: 2, ours: 3 },
        StoredError::TooLarge { bytes: 3_000_000 },
    ];
    for error in &errors {
        assert_ne!(error.message(Lang::FR), error.to_string());
    }
    let not_json = decode_stored(&bank(), "{x").expect_err("bad");
    assert!(not_json
        .message(Lang::FR)
        .contains("JSON invalide à l’octet 1"));
    assert!(not_json.to_string().contains("invalid JSON at byte 1"));
    assert!(StoredError::Corrupted(Corruption::Field("answers".into()))
        .message(Lang::FR)
        .contains("champ « answers »"));
    assert!(StoredError::UnknownVersion(2)
        .to_string()
        .contains("newer version"));
}

fn any_slot() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)
    ]
}

fn any_state() -> impl Strategy<Value = StoredState> {
    (
        (
            any::<bool>(),
            0usize..4,
            proptest::collection::vec(any_slot(), 5),
        ),
        (
            any::<String>(),
            any::<String>(),
            proptest::option::of(any::<u32>()),
        ),
        proptest::collection::vec(
            (
                0i64..30_000,
                any::<u32>(),
                proptest::collection::vec(any_slot(), 5),
            ),
            0..3,
        ),
        (proptest::option::of(0i64..30_000), any::<[String; 6]>()),
    )
        .prop_map(
            |((english, step, slots), (worst, action, nonce), history, (review, pact))| {
                let [team, sponsor, date, autonomy, transparency, commitments] = pact;
                StoredState {
                    lang: if english { Lang::EN } else { Lang::FR },
                    step: match step {
                        0 => Step::Intro,
                        1 => Step::Results,
                        n => Step::Problem(n - 2),
                    },
                    answers: Answers::from_slots(slots),
                    notes: [worst, action],
                    nonce,
                    history: history
                        .into_iter()
                        .map(|(days, nonce, slots)| HistoryEntry {
                            date: Date::from_days_since_epoch(days).expect("date"),
                            nonce,
                            answers: Answers::from_slots(slots),
                        })
                        .collect(),
                    review_date: review.and_then(Date::from_days_since_epoch),
                    pact: PactFields {
                        team,
                        sponsor,
                        date,
                        autonomy,
                        transparency,
                        commitments,
                    },
                    role: None,
                }
            },
        )
}

proptest! {
    #[test]
    fn any_state_round_trips(state in any_state()) {
        let bank = bank();
        let text = encode_stored(&bank, &state);
        prop_assert_eq!(decode_stored(&bank, &text), Ok(state.clone()));
        prop_assert!(Session::restore(&bank, state.clone()).is_some());
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = decode_stored(&bank(), &text);
    }

    #[test]
    fn decoding_mutated_state_never_panics(state in any_state(), at in any::<usize>(), insert in any::<char>(), cut in any::<usize>()) {
        let bank = bank();
        let text = encode_stored(&bank, &state);
        let mut chars: Vec<char> = text.chars().collect();
        let at = at % chars.len();
        chars[at] = insert;
        let mutated: String = chars.iter().collect();
        let _ = decode_stored(&bank, &mutated);
        let truncated: String = text.chars().take(cut % (text.chars().count() + 1)).collect();
        let _ = decode_stored(&bank, &truncated);
    }
}

#[test]
fn the_role_is_stored_and_older_data_without_it_has_none() {
    let bank = bank();
    let text = encode_stored(&bank, &full_state());
    assert!(text.contains(r#""role":"sponsor""#), "{text}");
    let without = text.replace(r#""role":"sponsor","#, "");
    assert_ne!(without, text);
    let decoded = decode_stored(&bank, &without).expect("older data stays readable");
    assert_eq!(decoded.role, None);
    assert_eq!(
        decode_stored(
            &bank,
            &text.replace(r#""role":"sponsor""#, r#""role":"boss""#)
        ),
        corrupted("role")
    );
}
