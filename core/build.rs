//! Validates `content/bank.toml` with the library's own file model and rules (the source files
//! are included below, not copied), fails the build with the rule's sentence when the bank is
//! faulty, and writes the validated bank as Rust code for `bank::built_in`.
#![allow(dead_code, unused_imports, missing_docs)]
// With the `toml` feature on, `bank` declares `read` too; without it, only this copy exists.
#![allow(clippy::duplicate_mod)]

#[path = "src/bank/mod.rs"]
mod bank;
#[path = "src/document.rs"]
mod document;
#[path = "src/lang.rs"]
mod lang;
#[path = "src/bank/read.rs"]
mod read;
// The interface's words: content/i18n/*.toml checked and written as Rust (helper `lang`).
#[path = "build/i18n.rs"]
mod i18n;

use bank::{Bank, Change, Polarity};
use lang::Text;
use std::fmt::Write;
use std::path::PathBuf;

const BANK_PATH: &str = "../content/bank.toml";

fn main() {
    // PI_BANK builds the app with another bank file, TOML or JSON (a later version of the
    // built-in one in the migration browser test, or an organisation's own bank with
    // scripts/build-custom.sh), checked by the same rules.
    println!("cargo:rerun-if-env-changed=PI_BANK");
    let custom = std::env::var("PI_BANK").ok();
    let path = custom.clone().unwrap_or_else(|| BANK_PATH.to_string());
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=src/bank");
    println!("cargo:rerun-if-changed=src/lang.rs");
    println!("cargo:rerun-if-changed=src/document.rs");
    println!("cargo:rustc-cfg=generated_bank");

    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => fail(&format!("cannot read {path}: {error}")),
    };
    // A `.json` bank is the normalised JSON of `banks/NAME.json` (scripts/build-custom.sh
    // accepts both formats); anything else is TOML.
    let check = if path.to_ascii_lowercase().ends_with(".json") {
        bank::check_bank_text(&text, bank::BankFormat::Json)
    } else {
        match bank::check_size(&text).and_then(|()| read::read_bank_file_toml(&text)) {
            Ok(file) => bank::check_bank_file(file),
            Err(error) => fail(&format!("{path} is refused: {error}")),
        }
    };
    if !check.errors.is_empty() {
        let all: Vec<String> = check.errors.iter().map(ToString::to_string).collect();
        fail(&format!("{path} is refused: {}", all.join("; ")));
    }
    // The built-in bank is held to its warnings too: a fix no answer can trigger, a missing
    // translation or an http: link would ship to every visitor. A bank given through PI_BANK
    // (an organisation's own, built by scripts/build-custom.sh) is judged as the page judges
    // it: its warnings are shown, and the build goes on.
    for warning in &check.warnings {
        if custom.is_some() {
            println!("cargo:warning={path}: {warning}");
        } else {
            fail(&format!(
                "{path} is refused (the built-in bank may have no warning): {warning}"
            ));
        }
    }
    let Some(bank) = check.bank else {
        fail(&format!("{path} is refused"))
    };
    let Some(out_dir) = std::env::var_os("OUT_DIR") else {
        fail("OUT_DIR is not set: build.rs must run under cargo")
    };
    if let Err(error) = i18n::generate(&PathBuf::from(&out_dir)) {
        fail(&error);
    }
    let out = PathBuf::from(out_dir).join("built_in_bank.rs");
    if let Err(error) = std::fs::write(&out, rust_source(&bank)) {
        fail(&format!("cannot write {}: {error}", out.display()));
    }
}

/// Stops the build with `message`, shown both as a cargo warning and as the error output.
fn fail(message: &str) -> ! {
    println!("cargo:warning={message}");
    eprintln!("error: {message}");
    std::process::exit(1);
}

/// A call of the generated `t`, one argument per bank language, "" for a missing one.
fn text(bank: &Bank, text: &Text) -> String {
    let arguments: Vec<String> = bank
        .languages
        .iter()
        .map(|code| format!("{:?}", text.in_language(code).unwrap_or_default()))
        .collect();
    format!("t({})", arguments.join(", "))
}

/// The source of `pub fn built_in() -> Bank`, constructing `bank` field by field.
fn rust_source(bank: &Bank) -> String {
    // One argument per language, as many as today's two for a bilingual bank: the code
    // stays as small, and a text of N languages is N string constants.
    let parameters: Vec<String> = (0..bank.languages.len())
        .map(|at| format!("l{at}: &str"))
        .collect();
    let pairs: Vec<String> = bank
        .languages
        .iter()
        .enumerate()
        .map(|(at, code)| format!("({code:?}, l{at})"))
        .collect();
    let mut out = String::from(
        "/// Returns the bank shipped with the widget (`content/bank.toml`), validated at build time.\n\
         pub fn built_in() -> Bank {\n",
    );
    let _ = writeln!(
        out,
        "fn t({}) -> Text {{\nText::from_pairs(&[{}])\n}}",
        parameters.join(", "),
        pairs.join(", ")
    );
    let languages: Vec<String> = bank
        .languages
        .iter()
        .map(|code| format!("{code:?}.into()"))
        .collect();
    let _ = writeln!(
        out,
        "Bank {{ id: {:?}.into(), version: {}, languages: vec![{}], problems: vec![",
        bank.id,
        bank.version,
        languages.join(", ")
    );
    for problem in &bank.problems {
        let story = match &problem.story {
            Some(story) => format!("Some({})", text(bank, story)),
            None => "None".into(),
        };
        let _ = writeln!(
            out,
            "Problem {{ id: {:?}.into(), label: {}, summary: {}, lesson: {}, story: {story}, fixes: vec![",
            problem.id,
            text(bank, &problem.label),
            text(bank, &problem.summary),
            text(bank, &problem.lesson),
        );
        for fix in &problem.fixes {
            let _ = writeln!(
                out,
                "Fix {{ id: {:?}.into(), title: {}, detail: {}, source: {}, url: {:?}.into() }},",
                fix.id,
                text(bank, &fix.title),
                text(bank, &fix.detail),
                text(bank, &fix.source),
                fix.url
            );
        }
        out.push_str("], questions: vec![\n");
        for question in &problem.questions {
            let polarity = match question.polarity {
                Polarity::Symptom => "Symptom",
                Polarity::Practice => "Practice",
            };
            let fixes: Vec<String> = question
                .fixes
                .iter()
                .map(|at| format!("FixRef {{ problem: {}, fix: {} }}", at.problem, at.fix))
                .collect();
            let _ = writeln!(
                out,
                "Question {{ id: {:?}.into(), index: {}, problem: {}, polarity: Polarity::{polarity}, text: {}, origin: {:?}.into(), fixes: vec![{}] }},",
                question.id,
                question.index,
                question.problem,
                text(bank, &question.text),
                question.origin,
                fixes.join(", ")
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("], migrations: vec![\n");
    for migration in &bank.migrations {
        let _ = writeln!(
            out,
            "Migration {{ from: {}, questions: vec![",
            migration.from
        );
        for old in &migration.questions {
            let change = match old.change {
                Change::Same { to } => format!("Change::Same {{ to: {to} }}"),
                Change::Reworded { to } => format!("Change::Reworded {{ to: {to} }}"),
                Change::Removed => "Change::Removed".into(),
            };
            let _ = writeln!(
                out,
                "OldQuestion {{ id: {:?}.into(), change: {change} }},",
                old.id
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("] }\n}\n");
    out
}
