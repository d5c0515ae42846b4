//! The answer code (`PI1.…`), its share link (`#r=…`) and the scanner that finds codes in pasted
//! chat text. Nothing may panic; a code that decodes must encode back to a code that decodes to
//! the same answers, nonce and role; a fragment's code survives `share_fragment`; every token the
//! scanner finds has the shape of a code.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::answer_code::check(data));
