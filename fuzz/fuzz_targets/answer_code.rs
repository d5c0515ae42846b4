//! The answer code (`PI1.…`), its share link (`#r=…`) and the scanner that finds codes in pasted
//! chat text. Nothing may panic; a code that decodes must encode back to a code that decodes to
//! the same answers, nonce and role; a fragment's code survives `share_fragment`; every token the
//! scanner finds has the shape of a code.
#![no_main]

use assessment_core::{
    code_from_fragment, decode_code, encode_code, find_codes, share_fragment, Bank,
};
use assessment_core_fuzz::{banks, check_answers, text};
use libfuzzer_sys::fuzz_target;

fn check(bank: &Bank, text: &str) {
    let Ok(code) = decode_code(bank, text) else {
        return;
    };
    check_answers(bank, &code.answers);
    assert!(u32::from(code.bank_version) <= bank.version);
    // Written again, a carried-over code is a code of this bank's own version.
    let again = encode_code(bank, &code.answers, code.nonce, code.role);
    let decoded = decode_code(bank, &again).expect("an encoded code decodes");
    assert_eq!(u32::from(decoded.bank_version), bank.version);
    assert_eq!(decoded.answers, code.answers, "{text:?} -> {again}");
    assert_eq!(decoded.nonce, code.nonce);
    assert_eq!(decoded.role, code.role);
    assert_eq!(encode_code(bank, &decoded.answers, decoded.nonce, decoded.role), again);
    // The same code as a share link.
    assert_eq!(decode_code(bank, &share_fragment(&again)), Ok(decoded));
}

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    let text = text.as_ref();
    if let Some(code) = code_from_fragment(text) {
        assert!(!code.is_empty() && !code.contains('&'));
        assert_eq!(code_from_fragment(&share_fragment(code)), Some(code));
    }
    let candidates = find_codes(text);
    let line_count = text.lines().count();
    let mut previous_line = 1;
    for candidate in &candidates {
        let bytes = candidate.text.as_bytes();
        assert!(candidate.text.starts_with("PI") && bytes.len() >= 4 && bytes[2].is_ascii_digit() && bytes[3] == b'.');
        assert!(bytes[4..].iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'));
        assert!(candidate.line >= previous_line && candidate.line <= line_count);
        previous_line = candidate.line;
    }
    for bank in banks() {
        check(bank, text);
        for candidate in &candidates {
            check(bank, &candidate.text);
        }
    }
});
