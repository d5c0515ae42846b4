//! The stored state (`localStorage`, `problemes-imaginaires/state`), with migration from an
//! earlier bank version, and the session restored from it. Nothing may panic; a state that reads
//! must have one answer slot per question (history included), a step that exists, scores within
//! 0 to 10, and must read back unchanged, with nothing left to migrate, once written again.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::stored_state::check(data));
