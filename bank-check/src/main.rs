//! `bank-check FILE [--write-json OUT]`: checks a bank file by exactly the rules the page and
//! the check page apply (`assessment_core::bank::check_bank_text`), prints every error and
//! warning, and can write the normalised JSON that goes into `dist/banks/`.
//!
//! Exit codes: 0 when the bank is usable (warnings may be printed), 1 when it has errors,
//! 2 when the command line or a file cannot be used.

use assessment_core::bank::{check_bank_text, normalised_json, BankFormat};
use std::process::ExitCode;

const USAGE: &str = "usage: bank-check FILE.toml|FILE.json [--write-json OUT.json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, write_json) = match args.as_slice() {
        [path] => (path, None),
        [path, flag, out] if flag == "--write-json" => (path, Some(out)),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let Some(format) = BankFormat::from_file_name(path) else {
        eprintln!("{path}: the file name must end in .toml or .json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    let check = check_bank_text(&text, format);
    for error in &check.errors {
        println!("{path}: error: {error}");
    }
    for warning in &check.warnings {
        println!("{path}: warning: {warning}");
    }
    if !check.is_usable() {
        return ExitCode::from(1);
    }
    if let (Some(out), Some(file)) = (write_json, &check.file) {
        if let Err(error) = std::fs::write(out, normalised_json(file)) {
            eprintln!("{out}: cannot write: {error}");
            return ExitCode::from(2);
        }
    }
    println!("{path}: ok ({} warnings)", check.warnings.len());
    ExitCode::SUCCESS
}
