//! The result file (`problemes-imaginaires/result`, JSON export of one person's assessment),
//! with migration from an earlier bank version. Nothing may panic; a file that reads must give
//! one answer slot per question and scores within 0 to 10, and exporting it again must read back
//! to the same answers, notes, language, date and nonce, with nothing left to migrate.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::result_import::check(data));
