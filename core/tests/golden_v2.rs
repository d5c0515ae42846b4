//! What users saved with version 1 of the built-in bank (the golden files in `tests/golden/`)
//! read by the shipped version 2 (`content/bank.toml`): the same 32 questions in the same order,
//! 16 of them reworded (docs/content-changes.md). Every reader keeps every answer at its place,
//! keeps everything else, and says in one line that the answers were carried over.

mod golden_support;

use assessment_core::{
    built_in_bank, decode_code, import_history_json_migrating, import_json_migrating,
    restore_stored, Bank, Collection, Lang,
};
use golden_support::*;

const NOTICE_FR: &str = "Vos réponses de la version 1 ont été reprises.";
const NOTICE_EN: &str = "Your answers from version 1 were kept.";

fn v2() -> Bank {
    built_in_bank().expect("built-in bank")
}

#[test]
fn the_shipped_bank_is_version_2_of_the_golden_files_bank() {
    let (v1, v2) = (bank(), v2());
    assert_eq!((v1.version, v2.version), (1, 2));
    assert_eq!(v1.id, v2.id);
}

#[test]
fn stored_states_keep_every_answer_with_a_notice() {
    let bank = v2();
    for (stem, state) in stored_states() {
        let text = golden(&format!("{stem}.json"));
        let restored = restore_stored(&bank, &text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(restored.state, state, "{stem}");
        assert_eq!(restored.migrated_from, Some(1), "{stem}");
        assert_eq!(restored.notice(Lang::FR).as_deref(), Some(NOTICE_FR));
        assert_eq!(restored.notice(Lang::EN).as_deref(), Some(NOTICE_EN));
    }
}

#[test]
fn result_files_keep_every_answer_and_note_with_a_notice() {
    let bank = v2();
    for (stem, lang, answers, notes) in results() {
        let text = golden(&format!("{stem}.json"));
        let import = import_json_migrating(&bank, &text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(import.result.answers, answers, "{stem}");
        assert_eq!(import.result.notes, notes, "{stem}");
        assert_eq!(import.result.lang, lang, "{stem}");
        assert_eq!(import.notice(Lang::FR).as_deref(), Some(NOTICE_FR));
    }
}

#[test]
fn the_history_file_keeps_every_entry() {
    let import =
        import_history_json_migrating(&v2(), &golden("history.json")).expect("carried over");
    assert_eq!(import.entries, history());
    assert_eq!(import.notice(Lang::EN).as_deref(), Some(NOTICE_EN));
}

#[test]
fn answer_codes_decode_to_the_same_answers() {
    let bank = v2();
    let text = golden("codes.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert!(!lines.is_empty());
    for (line, fixture) in lines.iter().zip(codes()) {
        let code = line.split('\t').next().expect("a code");
        let decoded = decode_code(&bank, code).expect(line);
        assert_eq!(digits(&decoded.answers), fixture.digits, "{line}");
        assert_eq!((decoded.nonce, decoded.role), (fixture.nonce, fixture.role));
        assert!(decoded.is_migrated(&bank));
        assert_eq!(
            decoded.migration_notice(&bank, Lang::FR).as_deref(),
            Some(NOTICE_FR)
        );
    }
}

#[test]
fn the_team_view_reads_version_1_codes() {
    let bank = v2();
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &golden("team-codes.txt"));
    assert_eq!(
        (report.accepted, report.rejected.len(), report.migrated),
        (7, 0, 7)
    );
}
