//! The stored state (`localStorage`, `problemes-imaginaires/state`), with migration from an
//! earlier bank version, and the session restored from it. Nothing may panic; a state that reads
//! must have one answer slot per question (history included), a step that exists, scores within
//! 0 to 10, and must read back unchanged, with nothing left to migrate, once written again.
#![no_main]

use assessment_core::{encode_stored_checked, restore_stored, Session, Step};
use assessment_core_fuzz::{banks, check_answers, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    for bank in banks() {
        let Ok(restored) = restore_stored(bank, &text) else {
            continue;
        };
        let state = &restored.state;
        check_answers(bank, &state.answers);
        for entry in &state.history {
            check_answers(bank, &entry.answers);
        }
        if let Step::Problem(at) = state.step {
            assert!(at < bank.problems.len(), "step on a problem that does not exist");
        }
        assert_eq!(restored.migrated_from.is_some(), restored.notice(assessment_core::Lang::Fr).is_some());
        let again = encode_stored_checked(bank, state).expect("what was read fits when written");
        let reread = restore_stored(bank, &again).expect("what was written reads");
        assert_eq!(&reread.state, state);
        assert_eq!(reread.migrated_from, None);
        if let Some(session) = Session::restore(bank, state.clone()) {
            check_answers(bank, &session.to_stored().answers);
        }
    }
});
