//! The team view's readers: a pasted text (chat conversation, links, bare codes) and a dropped
//! result file, into a `Collection`, then the team aggregate. Nothing may
//! panic; the documented limits hold (submissions, rejections kept); pasting the same text again
//! adds nothing; the aggregate counts every person once, keeps the *k* rule and its figures
//! within 0 to 10.
#![no_main]

use assessment_core::team::{DEFAULT_K, MAX_CODES, MAX_REJECTIONS_KEPT};
use assessment_core::{Collection, Lang, Score, TeamResult};
use assessment_core_fuzz::{banks, check_answers, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    // The costly checks run with one bank per input, chosen by its length, so that the target
    // keeps the pace needed for ten million executions.
    let chosen = text.len() % 2;
    for (at, bank) in banks().iter().enumerate() {
        let mut collection = Collection::new();
        let report = collection.add_text(bank, &text);
        assert!(report.rejected.len() <= MAX_REJECTIONS_KEPT);
        assert!(collection.len() <= MAX_CODES);
        assert_eq!(report.accepted, collection.len());
        let _ = report.summary(Lang::Fr);
        let _ = report.same_nonce_message(Lang::En);
        if at == chosen {
            let before = collection.clone();
            let again = collection.add_text(bank, &text);
            assert_eq!(again.accepted, 0, "the same paste twice adds nothing");
            assert_eq!(collection, before);
            // The same text as a dropped result file: one file, one outcome.
            let file = collection.add_json_file(bank, "fuzz.json", &text);
            assert!(file.accepted + file.duplicates + file.rejected.len() == 1);
        }
        if collection.is_empty() {
            continue;
        }
        let team = TeamResult::compute(bank, &collection, DEFAULT_K);
        assert_eq!(team.people, collection.len());
        check_answers(bank, &team.median_answers);
        for problem in &team.problems {
            assert!(problem.scored <= team.people);
            if let Some(stats) = &problem.stats {
                assert!(stats.count >= team.k, "figures shown below k");
                assert!(stats.min <= stats.max && stats.max <= Score::MAX);
            }
        }
    }
});
