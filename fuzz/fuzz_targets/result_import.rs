//! The result file (`problemes-imaginaires/result`, JSON export of one person's assessment),
//! with migration from an earlier bank version. Nothing may panic; a file that reads must give
//! one answer slot per question and scores within 0 to 10, and exporting it again must read back
//! to the same answers, notes, language, date and nonce, with nothing left to migrate.
#![no_main]

use assessment_core::{export_json, import_json_migrating, Lang};
use assessment_core_fuzz::{banks, check_answers, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    // The round trip (a full export, then reading it) runs with one bank per input, chosen by
    // its length, so that the target keeps the pace needed for ten million executions.
    let chosen = text.len() % 2;
    for (at, bank) in banks().iter().enumerate() {
        let Ok(import) = import_json_migrating(bank, &text) else {
            continue;
        };
        let result = &import.result;
        check_answers(bank, &result.answers);
        assert_eq!(
            import.migrated_from.is_some(),
            import.notice(Lang::En).is_some()
        );
        if at != chosen {
            continue;
        }
        let again = export_json(
            bank,
            &result.answers,
            &result.notes,
            result.lang,
            result.date,
            result.nonce,
        );
        let reread = import_json_migrating(bank, &again).expect("an exported result reads");
        assert_eq!(&reread.result, result);
        assert_eq!(reread.migrated_from, None);
    }
});
