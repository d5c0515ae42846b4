//! A bank loaded by name (issue 12): the normalised JSON that `dist/banks/` holds reads back as
//! the same bank, a code tells which bank it was made on, and a custom bank's own migrations
//! keep what was saved on its earlier version.

use assessment_core::bank::{check_bank_text, normalised_json, BankFormat};
use assessment_core::bank_source::{read_bank_text, BankLoadError, BankName};
use assessment_core::code::{bank_fingerprint, code_fingerprint, code_start_fingerprint};
use assessment_core::{
    built_in_bank, decode_code, encode_code, encode_stored, restore_stored, Answer, Answers, Bank,
    CodeError, Lang, Session,
};

const BANK_TOML: &str = include_str!("../../content/bank.toml");

fn as_json(toml: &str) -> String {
    let check = check_bank_text(toml, BankFormat::Toml);
    let file = check.file.expect("the TOML file reads");
    assert!(check.errors.is_empty(), "{:?}", check.errors);
    normalised_json(&file)
}

fn built_in() -> Bank {
    built_in_bank().expect("the built-in bank")
}

#[test]
fn the_built_in_bank_as_a_file_reads_back_as_the_built_in_bank() {
    let json = as_json(BANK_TOML);
    let name = BankName::parse("problemes-imaginaires");
    assert_eq!(read_bank_text(name.as_ref(), &json), Ok(built_in()));
}

#[test]
fn a_faulty_file_names_the_item_and_field() {
    let json = as_json(BANK_TOML).replacen("\"fr\":", "\"de-x\":", 1);
    let Err(BankLoadError::Faulty { errors, .. }) = read_bank_text(None, &json) else {
        panic!("a misspelt language must be refused");
    };
    assert!(!errors.is_empty());
}

/// A small custom bank in TOML: `version` and `extra` vary the text.
fn custom(version: u32, a2_text: &str, migrations: &str) -> String {
    format!(
        r#"id = "laboratoire"
version = {version}

[[problems]]
id = "p1"
label.fr = "Problème un"
label.en = "Problem one"
summary.fr = "Résumé"
summary.en = "Summary"
lesson.fr = "Leçon"
lesson.en = "Lesson"

[[problems.fixes]]
id = "P1-F1"
title.fr = "Faire"
title.en = "Do"
detail.fr = "Détail"
detail.en = "Detail"
source.fr = "Source"
source.en = "Source"
url = "https://example.org/"

[[problems.questions]]
id = "Q1"
polarity = "symptom"
text.fr = "Question un"
text.en = "Question one"
origin = "test"
fixes = ["P1-F1"]

[[problems.questions]]
id = "Q2"
polarity = "practice"
text.fr = "{a2_text}"
text.en = "{a2_text}"
origin = "test"
fixes = ["P1-F1"]
{migrations}
"#
    )
}

fn custom_bank(toml: &str) -> Bank {
    let json = as_json(toml);
    read_bank_text(BankName::parse("laboratoire").as_ref(), &json).expect("the custom bank reads")
}

#[test]
fn a_code_names_the_bank_it_was_made_on() {
    let labo = custom_bank(&custom(1, "Question deux", ""));
    let ours = built_in();
    let mut answers = Answers::for_bank(&labo);
    answers.set(0, Answer::Often);
    let code = encode_code(&labo, &answers, 7, None);
    assert_eq!(decode_code(&ours, &code), Err(CodeError::ForeignBank));
    let fingerprint = code_fingerprint(&format!("https://a.example/?bank=laboratoire#r={code}"));
    assert_eq!(fingerprint, Some(bank_fingerprint("laboratoire")));
    assert_ne!(fingerprint, Some(bank_fingerprint(&ours.id)));
    // A damaged code names nothing.
    let mut damaged = code.clone();
    damaged.pop();
    damaged.push(if code.ends_with('A') { 'B' } else { 'A' });
    assert_eq!(code_fingerprint(&damaged), None);
    assert_eq!(code_fingerprint("not a code"), None);
    // The team view keeps only a code's start in its report: enough to name its bank.
    let start: String = code.chars().take(16).collect();
    assert_eq!(
        code_start_fingerprint(&format!("{start}…")),
        Some(bank_fingerprint("laboratoire"))
    );
    assert_eq!(code_start_fingerprint("PI1.ab"), None);
    assert_eq!(code_start_fingerprint("hello"), None);
}

#[test]
fn an_edited_custom_bank_opens_what_was_saved_on_its_first_version() {
    let v1 = custom_bank(&custom(1, "Question deux", ""));
    let migration = r#"
[[migrations]]
from = 1
questions = [
  { id = "Q1" },
  { id = "Q2", change = "reworded" },
]
"#;
    let v2 = custom_bank(&custom(2, "Question deux, reformulée", migration));
    let mut session = Session::new(&v1, Lang::FR);
    session = session
        .apply(assessment_core::Action::Answer {
            question: 1,
            answer: Answer::Always,
        })
        .expect("answering changes the session");
    let saved = encode_stored(&v1, &session.to_stored());
    let restored = restore_stored(&v2, &saved).expect("version 2 reads version 1");
    assert_eq!(restored.migrated_from, Some(1));
    assert_eq!(restored.state.answers.get(1), Some(Answer::Always));
}
