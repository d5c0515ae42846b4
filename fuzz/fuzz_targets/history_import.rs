//! The history file (`problemes-imaginaires/history`), with migration of each entry's code.
//! Nothing may panic; a file that reads holds at most the documented number of entries, each
//! with one answer slot per question and scores within 0 to 10; exported again, it reads back to
//! the same entries with nothing left to migrate; comparing two entries never panics.
#![no_main]

use assessment_core::history::MAX_HISTORY_ENTRIES;
use assessment_core::{compare, export_history_json, import_history_json_migrating};
use assessment_core_fuzz::{banks, check_answers, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    for bank in banks() {
        let Ok(import) = import_history_json_migrating(bank, &text) else {
            continue;
        };
        assert!(import.entries.len() <= MAX_HISTORY_ENTRIES);
        for entry in &import.entries {
            check_answers(bank, &entry.answers);
        }
        if let (Some(first), Some(last)) = (import.entries.first(), import.entries.last()) {
            let comparison = compare(bank, first, last);
            assert_eq!(comparison.problems.len(), bank.problems.len());
        }
        let again = export_history_json(bank, &import.entries);
        let reread = import_history_json_migrating(bank, &again).expect("an exported history reads");
        assert_eq!(reread.entries, import.entries);
        assert_eq!(reread.migrated_from, None);
    }
});
