//! The small values read from form fields, files and attributes: a date (`YYYY-MM-DD`, the
//! review date and every file's `date`), a role key, a language tag, an answer key. Nothing may
//! panic; a date that reads writes back to the same text and stays within its range.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::form_fields::check(data));
