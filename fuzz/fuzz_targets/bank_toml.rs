//! A bank file (`bank.toml`, read at run time behind the core's `toml` feature): TOML syntax,
//! then `validate_bank`. Nothing may panic; a bank that validates must be usable: every question
//! indexed in order, empty and full answers scored within 0 to 10, a code written for it decodes
//! to the same answers, and every migration it declares carries answers over.
#![no_main]

use assessment_core::{decode_code, encode_code, parse_bank_toml, Answer, Answers};
use assessment_core_fuzz::{check_answers, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    let Ok(bank) = parse_bank_toml(&text) else {
        return;
    };
    for (at, question) in bank.questions().enumerate() {
        assert_eq!(question.index, at, "questions indexed in bank order");
        assert!(question.problem < bank.problems.len());
    }
    let empty = Answers::for_bank(&bank);
    check_answers(&bank, &empty);
    // One full set of answers per input, chosen by its length, to keep the pace.
    for answer in [Answer::ALL[text.len() % Answer::ALL.len()]] {
        let mut answers = Answers::for_bank(&bank);
        for index in 0..bank.question_count() {
            answers.set(index, answer);
        }
        check_answers(&bank, &answers);
        if bank.question_count() <= 255 {
            let code = encode_code(&bank, &answers, 7, None);
            let decoded = decode_code(&bank, &code).expect("a code for this bank decodes");
            assert_eq!(decoded.answers, answers);
        }
    }
    for migration in &bank.migrations {
        let from = migration.from;
        let count = bank
            .question_count_of(from)
            .expect("a declared version has a count");
        let migrated = bank
            .migrate(from, &vec![Some(Answer::Often); count])
            .expect("a declared migration carries answers over");
        check_answers(&bank, &migrated.answers);
    }
});
