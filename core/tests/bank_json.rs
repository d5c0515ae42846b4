//! The built-in bank converted to normalised JSON reads back as the same bank: the page's
//! `banks/NAME.json` and the authored TOML are one format in two syntaxes.

use assessment_core::bank::{check_bank_text, normalised_json, BankFormat};

const BUILT_IN: &str = include_str!("../../content/bank.toml");

#[test]
fn normalised_json_reads_back_as_the_same_bank() {
    let from_toml = check_bank_text(BUILT_IN, BankFormat::Toml);
    assert!(from_toml.errors.is_empty(), "{:?}", from_toml.errors);
    let json = normalised_json(from_toml.file.as_ref().expect("file read"));
    let from_json = check_bank_text(&json, BankFormat::Json);
    assert!(from_json.errors.is_empty(), "{:?}", from_json.errors);
    assert_eq!(from_json.bank, from_toml.bank);
    assert_eq!(
        normalised_json(from_json.file.as_ref().expect("file read")),
        json
    );
}

#[test]
fn broken_json_is_refused_with_a_line() {
    let check = check_bank_text("{\n  \"id\": ", BankFormat::Json);
    assert!(check.bank.is_none());
    assert_eq!(check.errors.len(), 1);
    assert!(
        check.errors[0].to_string().contains("line 2"),
        "{}",
        check.errors[0]
    );
}
