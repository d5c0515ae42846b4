//! The answer code: round trips, every kind of bad code, and robustness on any input.

mod common;

use assessment_core::{
    built_in_bank, code_from_fragment, decode_code, encode_code, find_codes, parse_bank_toml,
    share_fragment, Answer, AnswerCode, Answers, Bank, CodeError, Lang, Role,
};
use common::{any_role, any_slot, small_bank_with, SMALL_BANK};
use proptest::prelude::*;

fn real_bank() -> Bank {
    built_in_bank().expect("built-in bank")
}

fn small_bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture bank")
}

fn sample_answers(bank: &Bank) -> Answers {
    let slots = (0..bank.question_count())
        .map(|at| match at % 6 {
            0 => None,
            n => Answer::ALL.get(n - 1).copied(),
        })
        .collect();
    Answers::from_slots(slots)
}

fn sample_code(bank: &Bank) -> String {
    encode_code(
        bank,
        &sample_answers(bank),
        0xDEAD_BEEF,
        Some(Role::Sponsor),
    )
}

#[test]
fn a_full_code_is_short_and_url_safe() {
    let bank = real_bank();
    let code = sample_code(&bank);
    // 9 header bytes + 12 bytes of answers + 4 checksum bytes = 25 bytes = 34 characters.
    assert_eq!(code.len(), 4 + 34, "{code}");
    assert!(code.starts_with("PI1."));
    assert!(code[4..]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let decoded = decode_code(&bank, &code).expect("valid");
    assert_eq!(
        decoded,
        AnswerCode {
            bank_version: 2,
            role: Some(Role::Sponsor),
            nonce: 0xDEAD_BEEF,
            answers: sample_answers(&bank),
        }
    );
}

#[test]
fn the_example_in_the_docs_is_exact() {
    // docs/answer-code.md works its example out on version 1 of the built-in bank.
    let bank = parse_bank_toml(include_str!("fixtures/bank-v1.toml")).expect("version 1");
    let mut answers = Answers::for_bank(&bank);
    answers.set(0, Answer::Often);
    answers.set(1, Answer::Never);
    answers.set(31, Answer::DontKnow);
    let code = encode_code(&bank, &answers, 0x0123_4567, Some(Role::Member));
    assert_eq!(code, "PI1.Z_kBAQEjRWcgZAAAAAAAAAAAAAAFT8PjSg");
}

#[test]
fn identical_answers_differ_by_nonce_and_the_same_code_is_the_same_submission() {
    let bank = real_bank();
    let answers = sample_answers(&bank);
    let first = encode_code(&bank, &answers, 1, None);
    let second = encode_code(&bank, &answers, 2, None);
    assert_ne!(first, second);
    assert_eq!(first, encode_code(&bank, &answers, 1, None));
    assert_eq!(decode_code(&bank, &first), decode_code(&bank, &first));
}

#[test]
fn codes_are_read_from_fragments_links_and_with_spaces() {
    let bank = real_bank();
    let code = sample_code(&bank);
    let expected = decode_code(&bank, &code).expect("valid");
    for text in [
        format!("  {code}\n"),
        share_fragment(&code),
        format!(
            "https://example.org/outils/autodiagnostic/{}",
            share_fragment(&code)
        ),
        format!("https://example.org/a/?x=1#lang=fr&r={code}&v=2"),
    ] {
        assert_eq!(decode_code(&bank, &text).as_ref(), Ok(&expected), "{text}");
    }
    assert_eq!(
        decode_code(&bank, "https://example.org/#lang=fr"),
        Err(CodeError::NotACode)
    );
}

#[test]
fn one_changed_character_is_caught() {
    let bank = real_bank();
    let code = sample_code(&bank);
    for at in 4..code.len() {
        let mut bytes = code.clone().into_bytes();
        bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(bytes).expect("ascii");
        let error = decode_code(&bank, &changed).expect_err(&changed);
        // The last character also carries padding bits: changing them is a malformed code.
        assert!(
            matches!(error, CodeError::Tampered | CodeError::Malformed),
            "{changed}: {error:?}"
        );
        if at < code.len() - 1 {
            assert_eq!(error, CodeError::Tampered, "{changed}");
        }
    }
}

#[test]
fn every_truncation_is_caught() {
    let bank = real_bank();
    let code = sample_code(&bank);
    for cut in 1..=code.len() {
        let short = &code[..code.len() - cut];
        let error = decode_code(&bank, short).expect_err(short);
        if short.len() >= 4 {
            assert_eq!(error, CodeError::Truncated, "{short}");
        } else {
            assert_eq!(error, CodeError::NotACode, "{short}");
        }
    }
}

#[test]
fn extra_characters_are_malformed() {
    let bank = real_bank();
    let code = sample_code(&bank);
    for extra in ["A", "AA", "AAA", "AAAA"] {
        assert_eq!(
            decode_code(&bank, &format!("{code}{extra}")),
            Err(CodeError::Malformed)
        );
    }
    assert_eq!(
        decode_code(&bank, &format!("{code} x")),
        Err(CodeError::Malformed)
    );
}

#[test]
fn codes_of_another_bank_or_version_are_refused() {
    let real = real_bank();
    let small = small_bank();
    let foreign = encode_code(&small, &sample_answers(&small), 7, None);
    assert_eq!(decode_code(&real, &foreign), Err(CodeError::ForeignBank));
    assert_eq!(
        decode_code(&small, &sample_code(&real)),
        Err(CodeError::ForeignBank)
    );

    let version_4 = parse_bank_toml(&small_bank_with("version = 3", "version = 4")).expect("bank");
    let old = encode_code(&small, &sample_answers(&small), 7, None);
    assert_eq!(
        decode_code(&version_4, &old),
        Err(CodeError::BankVersion { code: 3, ours: 4 })
    );

    // Same id and version but a question removed: the count tells.
    let shorter = parse_bank_toml(&small_bank_with(
        "[[problems.questions]]\nid = \"Q3\"\npolarity = \"symptom\"\ntext.fr = \"On fait du reporting.\"\ntext.en = \"We report.\"\norigin = \"Cours\"\nfixes = [\"L-F2\"]\n",
        "",
    ))
    .expect("bank");
    assert_eq!(
        decode_code(&shorter, &old),
        Err(CodeError::QuestionCount { code: 5, ours: 4 })
    );
}

#[test]
fn bank_versions_above_255_are_written_255() {
    let big = parse_bank_toml(&small_bank_with("version = 3", "version = 1000")).expect("bank");
    let code = encode_code(&big, &sample_answers(&big), 7, None);
    assert_eq!(decode_code(&big, &code).map(|c| c.bank_version), Ok(255));
}

#[test]
fn future_versions_and_garbage_are_named() {
    let bank = real_bank();
    let code = sample_code(&bank);
    for n in 3..=9 {
        assert_eq!(
            decode_code(&bank, &format!("PI{n}.{}", &code[4..])),
            Err(CodeError::FutureVersion(n))
        );
    }
    for text in [
        "",
        "   ",
        "bonjour",
        "PI",
        "PI1",
        "PIx.AAAA",
        "PI0.AAAA",
        "pi1.AAAA",
        "PI12.AAAA",
        "#r=",
        "r=PI",
    ] {
        assert_eq!(
            decode_code(&bank, text),
            Err(CodeError::NotACode),
            "{text:?}"
        );
    }
    for text in ["PI1.é", "PI1.AAAA=", "PI1.AA+A", "PI1.AA/A", "PI1.AAA A"] {
        assert_eq!(
            decode_code(&bank, text),
            Err(CodeError::Malformed),
            "{text:?}"
        );
    }
    assert_eq!(decode_code(&bank, "PI1."), Err(CodeError::Truncated));
    assert_eq!(decode_code(&bank, "PI1.AAAA"), Err(CodeError::Truncated));
    assert_eq!(
        decode_code(&bank, &format!("PI1.{}", "é".repeat(40))),
        Err(CodeError::Malformed)
    );
}

/// A payload as the encoder would write it, but with chosen header and answer bytes.
fn crafted(bank: &Bank, role: u8, packed: &[u8], count: u8) -> String {
    let hash = assessment_core::code::fnv1a32(bank.id.as_bytes()).to_be_bytes();
    let mut payload = vec![
        hash[0],
        hash[1],
        bank.version as u8,
        role,
        0,
        0,
        0,
        9,
        count,
    ];
    payload.extend_from_slice(packed);
    let sum = assessment_core::code::fnv1a32(&payload).to_be_bytes();
    payload.extend_from_slice(&sum);
    // Encoded by hand, independently of the crate's encoder.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut text = String::from("PI1.");
    for chunk in payload.chunks(3) {
        let b = |at: usize| u32::from(chunk.get(at).copied().unwrap_or(0));
        let group = (b(0) << 16) | (b(1) << 8) | b(2);
        for at in 0..=chunk.len() {
            text.push(ALPHABET[((group >> (18 - 6 * at)) & 63) as usize] as char);
        }
    }
    text
}

#[test]
fn crafted_codes_with_valid_checksums_are_still_checked() {
    let bank = small_bank();
    // Five questions: 15 bits in 2 bytes, 1 padding bit.
    let valid = crafted(&bank, 0, &[0b0010_1001, 0b1100_1010], 5);
    let decoded = decode_code(&bank, &valid).expect("valid crafted code");
    assert_eq!(
        decoded.answers.slots(),
        &[
            Some(Answer::Never),
            Some(Answer::Rarely),
            Some(Answer::Often),
            Some(Answer::Always),
            Some(Answer::DontKnow)
        ]
    );
    assert_eq!(decoded.nonce, 9);
    assert_eq!(
        decode_code(&bank, &crafted(&bank, 0, &[0b0010_1001, 0b1100_1011], 5)),
        Err(CodeError::Malformed),
        "padding bit set"
    );
    assert_eq!(
        decode_code(&bank, &crafted(&bank, 0, &[0b0010_1001, 0b1101_1100], 5)),
        Err(CodeError::BadAnswer {
            question_id: "Q5".into()
        }),
        "value 6"
    );
    assert_eq!(
        decode_code(&bank, &crafted(&bank, 0, &[0b1110_0000, 0], 5)),
        Err(CodeError::BadAnswer {
            question_id: "Q1".into()
        }),
        "value 7"
    );
    assert_eq!(
        decode_code(&bank, &crafted(&bank, 5, &[0, 0], 5)),
        Err(CodeError::BadRole)
    );
    assert_eq!(
        decode_code(&bank, &crafted(&bank, 4, &[0, 0], 5)).map(|c| c.role),
        Ok(Some(Role::Partner))
    );
}

#[test]
fn errors_speak_french_and_english() {
    let errors = [
        CodeError::NotACode,
        CodeError::FutureVersion(2),
        CodeError::Malformed,
        CodeError::Truncated,
        CodeError::Tampered,
        CodeError::ForeignBank,
        CodeError::BankVersion { code: 1, ours: 2 },
        CodeError::QuestionCount { code: 5, ours: 32 },
        CodeError::BadAnswer {
            question_id: "A7".into(),
        },
        CodeError::BadRole,
    ];
    for error in &errors {
        let fr = error.message(Lang::FR);
        let en = error.to_string();
        assert_ne!(fr, en);
        assert!(fr.ends_with('.') && en.ends_with('.'), "{fr} / {en}");
        assert_eq!(en, error.message(Lang::EN));
    }
    assert!(CodeError::Tampered
        .message(Lang::FR)
        .contains("modifié ou coupé"));
    assert!(CodeError::FutureVersion(2)
        .to_string()
        .contains("newer version of the tool"));
    // An earlier version with no migration cannot be carried over; a later one needs an
    // updated page.
    assert!(CodeError::BankVersion { code: 1, ours: 2 }
        .message(Lang::FR)
        .contains("version 1 des questions, que cette page (version 2) ne sait pas reprendre"));
    assert!(CodeError::BankVersion { code: 3, ours: 2 }
        .to_string()
        .contains("newer than this page’s (version 2): update this page."));
}

#[test]
fn roles_have_keys_and_labels() {
    for role in Role::ALL {
        assert_eq!(Role::from_key(role.key()), Some(role));
    }
    assert_eq!(Role::from_key("boss"), None);
    assert_eq!(Role::Member.label(Lang::FR), "Membre de l’équipe");
    assert_eq!(Role::Management.label(Lang::EN), "Management");
    assert_eq!(Role::Partner.label(Lang::FR), "Partenaire");
}

#[test]
fn fragments_hold_the_code() {
    assert_eq!(share_fragment("PI1.abc"), "#r=PI1.abc");
    assert_eq!(code_from_fragment("#r=PI1.abc"), Some("PI1.abc"));
    assert_eq!(code_from_fragment("r=PI1.abc"), Some("PI1.abc"));
    assert_eq!(code_from_fragment("#lang=en&r=PI1.abc&x"), Some("PI1.abc"));
    assert_eq!(code_from_fragment("#r="), None);
    assert_eq!(code_from_fragment("#rr=PI1.abc"), None);
    assert_eq!(code_from_fragment(""), None);
}

#[test]
fn codes_are_found_in_chat_text() {
    let bank = real_bank();
    let a = encode_code(&bank, &sample_answers(&bank), 1, Some(Role::Member));
    let b = encode_code(&bank, &Answers::for_bank(&bank), 2, None);
    let chat = format!(
        "Salut, voici le mien : {a}.\r\n\
         Marie: https://example.org/outils/autodiagnostic/#r={b}&lang=fr\n\
         \n\
         Pas de code ici, juste une API1.0 et PI-1 et PI1 seul.\n\
         «{a}» et (PI3.abc) puis PI1.\n\
         Code abîmé : {}",
        &a[..20]
    );
    let found = find_codes(&chat);
    let summary: Vec<(usize, &str)> = found.iter().map(|c| (c.line, c.text.as_str())).collect();
    assert_eq!(
        summary,
        [
            (1, a.as_str()),
            (2, b.as_str()),
            (5, a.as_str()),
            (5, "PI3.abc"),
            (5, "PI1."),
            (6, &a[..20]),
        ]
    );
    let results: Vec<Result<AnswerCode, CodeError>> =
        found.iter().map(|c| decode_code(&bank, &c.text)).collect();
    assert!(results[0].is_ok() && results[1].is_ok() && results[2].is_ok());
    assert_eq!(results[3], Err(CodeError::FutureVersion(3)));
    assert_eq!(results[4], Err(CodeError::Truncated));
    assert_eq!(results[5], Err(CodeError::Truncated));
    assert!(find_codes("").is_empty());
    assert!(find_codes("PI PI1 PIé PI1é.").is_empty());
}

proptest! {
    #[test]
    fn every_answer_pattern_round_trips_on_the_real_bank(
        slots in proptest::collection::vec(any_slot(), 32),
        nonce in any::<u32>(),
        role in any_role(),
    ) {
        let bank = real_bank();
        let answers = Answers::from_slots(slots);
        let code = encode_code(&bank, &answers, nonce, role);
        prop_assert_eq!(code.len(), 38);
        let decoded = decode_code(&bank, &code).expect("round trip");
        prop_assert_eq!(decoded, AnswerCode { bank_version: 2, role, nonce, answers });
        let found = find_codes(&format!("voici : {code}, merci"));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].text, &code);
    }

    #[test]
    fn every_answer_pattern_round_trips_on_a_small_bank(
        slots in proptest::collection::vec(any_slot(), 5),
        nonce in any::<u32>(),
        role in any_role(),
    ) {
        let bank = small_bank();
        let answers = Answers::from_slots(slots);
        let code = encode_code(&bank, &answers, nonce, role);
        let decoded = decode_code(&bank, &code).expect("round trip");
        prop_assert_eq!(decoded, AnswerCode { bank_version: 3, role, nonce, answers });
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let bank = small_bank();
        let _ = decode_code(&bank, &text);
        let _ = find_codes(&text);
        let _ = decode_code(&bank, &format!("PI1.{text}"));
    }

    #[test]
    fn mutated_codes_never_decode_to_other_answers(
        slots in proptest::collection::vec(any_slot(), 32),
        at in 4usize..38,
        replacement in proptest::sample::select(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=é ".chars().collect::<Vec<char>>()
        ),
        cut in 0usize..38,
    ) {
        let bank = real_bank();
        let answers = Answers::from_slots(slots);
        let code = encode_code(&bank, &answers, 42, None);
        let mut chars: Vec<char> = code.chars().collect();
        chars[at] = replacement;
        let mutated: String = chars.iter().collect();
        match decode_code(&bank, &mutated) {
            Ok(decoded) => prop_assert_eq!(&mutated, &code, "{:?}", decoded),
            Err(error) => prop_assert!(!error.message(Lang::FR).is_empty()),
        }
        let cut_code: String = code.chars().take(cut).collect();
        prop_assert!(decode_code(&bank, &cut_code).is_err());
        let doubled = format!("{code}{}", &code[4..]);
        prop_assert!(decode_code(&bank, &doubled).is_err());
    }
}

#[test]
fn not_applicable_is_written_in_format_2_and_older_codes_stay_format_1() {
    let bank = real_bank();
    let mut answers = Answers::for_bank(&bank);
    answers.set(0, Answer::Often);
    answers.set(31, Answer::DontKnow);
    // Without "not applicable", a code is format 1, as every earlier page reads it.
    let plain = encode_code(&bank, &answers, 7, None);
    assert!(plain.starts_with("PI1."), "{plain}");
    // With it, format 2: a page that only knows format 1 says "update this page".
    answers.set(5, Answer::NotApplicable);
    let code = encode_code(&bank, &answers, 7, None);
    assert!(code.starts_with("PI2."), "{code}");
    assert_eq!(code.len(), plain.len());
    let decoded = decode_code(&bank, &code).expect("format 2 reads");
    assert_eq!(decoded.answers, answers);
    assert_eq!(decoded.answers.get(5), Some(Answer::NotApplicable));
    // The same payload under the format-1 prefix holds a value format 1 never wrote.
    let relabelled = format!("PI1.{}", &code[4..]);
    assert!(matches!(
        decode_code(&bank, &relabelled),
        Err(CodeError::BadAnswer { .. })
    ));
}
