//! The team view's readers: a pasted text (chat conversation, links, bare codes) and a dropped
//! result file, into a `Collection`, then the team aggregate. Nothing may
//! panic; the documented limits hold (submissions, rejections kept); pasting the same text again
//! adds nothing; the aggregate counts every person once, keeps the *k* rule and its figures
//! within 0 to 10.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::team_paste::check(data));
