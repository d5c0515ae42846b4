//! The `bank-check` binary run on the fixture banks (`tests/fixtures/banks/`), as a publishing
//! pipeline would: exit codes, printed lines, the JSON report and the normalised JSON.

use assessment_core::bank::{check_bank_text, BankFormat, MAX_BANK_BYTES};
use assessment_core::Lang;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/banks")
        .join(name);
    path.to_string_lossy().into_owned()
}

/// Runs the binary: exit code and standard output.
fn run(args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_bank-check"))
        .args(args)
        .output()
        .expect("bank-check runs");
    let code = output.status.code().expect("an exit code");
    (
        code,
        String::from_utf8(output.stdout).expect("UTF-8 output"),
    )
}

fn report(path: &str, lang: &str) -> (i32, Value) {
    let (code, out) = run(&[path, "--json-report", "--lang", lang]);
    (code, serde_json::from_str(&out).expect("a JSON report"))
}

fn count(lines: &str, word: &str) -> usize {
    lines
        .lines()
        .filter(|line| line.contains(&format!(": {word}: ")))
        .count()
}

#[test]
fn the_laboratory_bank_is_usable() {
    let path = fixture("laboratoire.toml");
    let (code, out) = run(&[&path]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        format!("{path}\u{202f}: questionnaire utilisable (0\u{a0}avertissement)\n")
    );
    let (code, out) = run(&[&fixture("laboratoire.json"), "--lang", "en"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.ends_with(": ok, the bank is usable (0 warnings)\n"),
        "{out}"
    );
}

#[test]
fn warnings_are_printed_and_exit_0() {
    let path = fixture("with-warnings.toml");
    let (code, out) = run(&[&path]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(count(&out, "avertissement"), 5, "{out}");
    assert!(out
        .contains("avertissement: question «\u{202f}W4\u{202f}»\u{202f}: ne mène à aucune piste"));
    let (code, out) = run(&[&path, "--lang", "en"]);
    assert_eq!(code, 0);
    assert_eq!(count(&out, "warning"), 5, "{out}");
    assert!(
        out.contains("warning: fix \"W-F3\": no question points to it\n"),
        "{out}"
    );
}

#[test]
fn hostile_banks_exit_1_with_every_error() {
    for (name, errors, warnings) in [
        ("html-in-texts.json", 26, 0),
        ("javascript-link.json", 3, 0),
        ("duplicate-ids.json", 5, 0),
        ("missing-language.json", 4, 10),
        ("ten-thousand-questions.json", 1, 0),
    ] {
        let path = fixture(name);
        let (code, out) = run(&[&path, "--lang", "en"]);
        assert_eq!(code, 1, "{name}: {out}");
        assert_eq!(count(&out, "error"), errors, "{name}: {out}");
        assert_eq!(count(&out, "warning"), warnings, "{name}: {out}");
        assert!(out.contains(": refused ("), "{name}: {out}");
    }
}

#[test]
fn the_json_report_names_item_field_and_message() {
    let (code, value) = report(&fixture("duplicate-ids.json"), "fr");
    assert_eq!(code, 1);
    let errors = value["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 5);
    assert_eq!(errors[0]["item"], "question «\u{202f}Q1\u{202f}»");
    assert_eq!(errors[0]["field"], "id");
    assert_eq!(
        errors[0]["message"],
        "question «\u{202f}Q1\u{202f}»\u{202f}: identifiant déjà utilisé par une question"
    );
    assert_eq!(value["warnings"], Value::Array(Vec::new()));

    let (code, value) = report(&fixture("with-warnings.toml"), "en");
    assert_eq!(code, 0);
    let fields: Vec<(&str, &str)> = value["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .map(|w| {
            (
                w["item"].as_str().unwrap_or(""),
                w["field"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("fix \"W-F2\"", "url"),
            ("question \"W4\"", "fixes"),
            ("problem \"court\"", "questions"),
            ("fix \"W-F3\"", "id"),
            ("question \"W2\"", "text.en"),
        ]
    );
}

#[test]
fn the_report_says_what_the_library_says() {
    for name in [
        "with-warnings.toml",
        "html-in-texts.json",
        "missing-language.json",
        "javascript-link.json",
    ] {
        let path = fixture(name);
        let text = std::fs::read_to_string(&path).expect("fixture");
        let format = BankFormat::from_file_name(name).expect("format");
        let check = check_bank_text(&text, format);
        for (code, lang) in [("fr", Lang::FR), ("en", Lang::EN)] {
            let (_, value) = report(&path, code);
            let messages = |key: &str| -> Vec<String> {
                value[key]
                    .as_array()
                    .expect("list")
                    .iter()
                    .map(|entry| entry["message"].as_str().unwrap_or("").to_string())
                    .collect()
            };
            let errors: Vec<String> = check.errors.iter().map(|e| e.message(lang)).collect();
            let warnings: Vec<String> = check.warnings.iter().map(|w| w.message(lang)).collect();
            assert_eq!(messages("errors"), errors, "{name} {code}");
            assert_eq!(messages("warnings"), warnings, "{name} {code}");
        }
    }
}

#[test]
fn write_json_gives_the_committed_normalised_form() {
    let out = std::env::temp_dir().join(format!("bank-check-{}.json", std::process::id()));
    let out_name = out.to_string_lossy().into_owned();
    let (code, _) = run(&[&fixture("laboratoire.toml"), "--write-json", &out_name]);
    assert_eq!(code, 0);
    let written = std::fs::read_to_string(&out).expect("written");
    let _ = std::fs::remove_file(&out);
    let committed = std::fs::read_to_string(fixture("laboratoire.json")).expect("committed");
    assert_eq!(
        written, committed,
        "regenerate laboratoire.json (see its README)"
    );
    // A refused bank writes nothing.
    let (code, _) = run(&[&fixture("duplicate-ids.json"), "--write-json", &out_name]);
    assert_eq!(code, 1);
    assert!(!out.exists());
}

#[test]
fn a_file_over_the_limit_is_refused_before_parsing() {
    let path = std::env::temp_dir().join(format!("bank-check-big-{}.json", std::process::id()));
    // Not even JSON: the size alone refuses it.
    std::fs::write(&path, "x".repeat(10 * 1024 * 1024)).expect("written");
    let (code, out) = run(&[&path.to_string_lossy(), "--lang", "en"]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "error: file: {} bytes, over the limit of {MAX_BANK_BYTES} bytes (1 MiB); it was not read",
            10 * 1024 * 1024
        )),
        "{out}"
    );
}

#[test]
fn a_wrong_command_line_exits_2() {
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["bank.txt"]).0, 2);
    assert_eq!(run(&[&fixture("laboratoire.toml"), "--lang", "de"]).0, 2);
    assert_eq!(run(&[&fixture("laboratoire.toml"), "--frobnicate"]).0, 2);
    assert_eq!(run(&["/nonexistent/bank.toml"]).0, 2);
}
