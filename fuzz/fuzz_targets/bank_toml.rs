//! A bank file (`bank.toml`, read at run time behind the core's `toml` feature): TOML syntax,
//! then `validate_bank`. Nothing may panic; a bank that validates must be usable: every question
//! indexed in order, empty and full answers scored within 0 to 10, a code written for it decodes
//! to the same answers, and every migration it declares carries answers over.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::bank_toml::check(data));
