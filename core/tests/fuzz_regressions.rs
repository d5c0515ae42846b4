//! Inputs for the fuzz targets (`fuzz/`, see `docs/fuzzing.md`), replayed by `cargo test` with the
//! very checks the fuzzer runs: this file includes `fuzz/src/checks.rs`. Each target's seed corpus
//! (`fuzz/seeds/TARGET/`) and its regression inputs (`core/tests/fuzz_regressions/TARGET/`, one
//! file per input a fuzzer once failed on, named after what it found) must pass: a reader that
//! panics again, or breaks an invariant again, fails here without any fuzzing tool.

#[path = "../../fuzz/src/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

/// Every file of the seed corpus and of the regression inputs of `target`, sorted.
fn inputs(target: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = [
        root.join("../fuzz/seeds").join(target),
        root.join("tests/fuzz_regressions").join(target),
    ]
    .iter()
    .filter_map(|dir| std::fs::read_dir(dir).ok())
    .flatten()
    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
    .filter(|path| path.is_file())
    .collect();
    files.sort();
    files
}

fn replay(target: &str, check: fn(&[u8])) {
    let files = inputs(target);
    assert!(!files.is_empty(), "no seed for {target}");
    for file in files {
        let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(
            outcome.is_ok(),
            "{target}: {} fails its checks",
            file.display()
        );
    }
}

#[test]
fn answer_code_inputs() {
    replay("answer_code", checks::answer_code::check);
}

#[test]
fn stored_state_inputs() {
    replay("stored_state", checks::stored_state::check);
}

#[test]
fn result_import_inputs() {
    replay("result_import", checks::result_import::check);
}

#[test]
fn history_import_inputs() {
    replay("history_import", checks::history_import::check);
}

#[test]
fn team_paste_inputs() {
    replay("team_paste", checks::team_paste::check);
}

#[test]
fn bank_toml_inputs() {
    replay("bank_toml", checks::bank_toml::check);
}

#[test]
fn query_params_inputs() {
    replay("query_params", checks::query_params::check);
}

#[test]
fn storage_keys_inputs() {
    replay("storage_keys", checks::storage_keys::check);
}

#[test]
fn form_fields_inputs() {
    replay("form_fields", checks::form_fields::check);
}

/// The shared invariant is not vacuous: answers with a slot missing are caught.
#[test]
#[should_panic(expected = "one answer slot per question")]
fn the_checks_catch_a_missing_answer_slot() {
    let bank = &checks::banks()[0];
    let short = assessment_core::Answers::empty(bank.question_count() - 1);
    checks::check_answers(bank, &short);
}
