//! The history file (`problemes-imaginaires/history`), with migration of each entry's code.
//! Nothing may panic; a file that reads holds at most the documented number of entries, each
//! with one answer slot per question and scores within 0 to 10; exported again, it reads back to
//! the same entries with nothing left to migrate; comparing two entries never panics.
#![no_main]

libfuzzer_sys::fuzz_target!(
    |data: &[u8]| assessment_core_fuzz::checks::history_import::check(data)
);
