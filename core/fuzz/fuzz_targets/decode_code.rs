//! Arbitrary UTF-8 into the answer-code reader and the free-text scanner: neither may panic,
//! and anything that decodes must encode back to the same code.
#![no_main]

use assessment_core::{built_in_bank, decode_code, encode_code, find_codes, Bank};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| built_in_bank().expect("the built-in bank is valid"))
}

fn check(bank: &Bank, text: &str) {
    if let Ok(code) = decode_code(bank, text) {
        let again = encode_code(bank, &code.answers, code.nonce, code.role);
        assert_eq!(decode_code(bank, &again), Ok(code));
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let bank = bank();
    check(bank, text);
    check(bank, &format!("PI1.{text}"));
    for candidate in find_codes(text) {
        check(bank, &candidate.text);
    }
});
