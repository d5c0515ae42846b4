//! Validates `content/bank.toml` with the library's own file model and rules (the source files
//! are included below, not copied), fails the build with the rule's sentence when the bank is
//! faulty, and writes the validated bank as Rust code for `bank::built_in`.
#![allow(dead_code, unused_imports, missing_docs)]
// With the `toml` feature on, `bank` declares `read` too; without it, only this copy exists.
#![allow(clippy::duplicate_mod)]

#[path = "src/bank/mod.rs"]
mod bank;
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
    // PI_BANK builds the app with another bank file (a later version of the built-in one in the
    // migration browser test, or an organisation's own bank), checked by the same rules.
    println!("cargo:rerun-if-env-changed=PI_BANK");
    let path = std::env::var("PI_BANK").unwrap_or_else(|_| BANK_PATH.to_string());
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=src/bank");
    println!("cargo:rerun-if-changed=src/lang.rs");
    println!("cargo:rustc-cfg=generated_bank");

    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => fail(&format!("cannot read {path}: {error}")),
    };
    let bank = match read::parse_bank_toml(&text) {
        Ok(bank) => bank,
        Err(error) => fail(&format!("{path} is refused: {error}")),
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

fn text(text: &Text) -> String {
    format!("t({:?}, {:?})", text.fr, text.en)
}

/// The source of `pub fn built_in() -> Bank`, constructing `bank` field by field.
fn rust_source(bank: &Bank) -> String {
    let mut out = String::from(
        "/// Returns the bank shipped with the widget (`content/bank.toml`), validated at build time.\n\
         pub fn built_in() -> Bank {\n\
         fn t(fr: &str, en: &str) -> Text {\n\
         Text { fr: fr.into(), en: en.into() }\n\
         }\n",
    );
    let _ = writeln!(
        out,
        "Bank {{ id: {:?}.into(), version: {}, problems: vec![",
        bank.id, bank.version
    );
    for problem in &bank.problems {
        let story = match &problem.story {
            Some(story) => format!("Some({})", text(story)),
            None => "None".into(),
        };
        let _ = writeln!(
            out,
            "Problem {{ id: {:?}.into(), label: {}, summary: {}, lesson: {}, story: {story}, fixes: vec![",
            problem.id,
            text(&problem.label),
            text(&problem.summary),
            text(&problem.lesson),
        );
        for fix in &problem.fixes {
            let _ = writeln!(
                out,
                "Fix {{ id: {:?}.into(), title: {}, detail: {}, source: {}, url: {:?}.into() }},",
                fix.id,
                text(&fix.title),
                text(&fix.detail),
                text(&fix.source),
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
                text(&question.text),
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
