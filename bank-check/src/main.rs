//! `bank-check FILE [--lang fr|en] [--json-report] [--write-json OUT]`: checks a bank file by
//! exactly the rules the page and the check page apply (`assessment_core::bank::check_bank_text`),
//! prints every error and warning (in French by default, the administrators' language), and can
//! write the normalised JSON that goes into `dist/banks/`.
//!
//! `--json-report` prints `{ "errors": [{ "item", "field", "message" }], "warnings": [...] }`
//! instead of lines: the check page's tests compare their display with it.
//!
//! Exit codes: 0 when the bank is usable (warnings may be printed), 1 when it has errors,
//! 2 when the command line or a file cannot be used.

mod report;

use assessment_core::bank::{
    check_bank_text, normalised_json, BankCheck, BankError, BankFormat, MAX_BANK_BYTES,
};
use assessment_core::Lang;
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str =
    "usage: bank-check FILE.toml|FILE.json [--lang fr|en] [--json-report] [--write-json OUT.json]";

/// What the command line asks for.
struct Options {
    path: String,
    lang: Lang,
    json_report: bool,
    write_json: Option<String>,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut path = None;
    let mut lang = Lang::default();
    let mut json_report = false;
    let mut write_json = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                lang = match args.next().map(String::as_str) {
                    Some(code @ ("fr" | "en")) => Lang::from_tag(code).unwrap_or_default(),
                    _ => return Err("--lang takes fr or en".into()),
                }
            }
            "--json-report" => json_report = true,
            "--write-json" => match args.next() {
                Some(out) => write_json = Some(out.clone()),
                None => return Err("--write-json takes a file name".into()),
            },
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            other if path.is_none() => path = Some(other.to_string()),
            _ => return Err("only one bank file at a time".into()),
        }
    }
    let path = path.ok_or("no bank file given")?;
    Ok(Options {
        path,
        lang,
        json_report,
        write_json,
    })
}

/// The file's text, or its size when it is over the limit (it is then not read at all).
fn read(path: &str) -> Result<Result<String, usize>, String> {
    let file =
        std::fs::File::open(path).map_err(|error| format!("{path}: cannot read: {error}"))?;
    if let Ok(metadata) = file.metadata() {
        let size = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
        if size > MAX_BANK_BYTES {
            return Ok(Err(size));
        }
    }
    let mut bytes = Vec::new();
    // One byte more than the limit: enough for the check to refuse it, never a huge read.
    let limit = u64::try_from(MAX_BANK_BYTES + 1).unwrap_or(u64::MAX);
    file.take(limit)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("{path}: cannot read: {error}"))?;
    if bytes.len() > MAX_BANK_BYTES {
        return Ok(Err(bytes.len()));
    }
    String::from_utf8(bytes)
        .map(Ok)
        .map_err(|_| format!("{path}: not UTF-8 text"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match options(&args) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("{problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let path = &options.path;
    let Some(format) = BankFormat::from_file_name(path) else {
        eprintln!("{path}: the file name must end in .toml or .json");
        return ExitCode::from(2);
    };
    let text = match read(path) {
        Ok(text) => text,
        Err(problem) => {
            eprintln!("{problem}");
            return ExitCode::from(2);
        }
    };
    let check = match text {
        Ok(text) => check_bank_text(&text, format),
        Err(bytes) => BankCheck {
            bank: None,
            errors: vec![BankError::TooLarge { bytes }],
            warnings: Vec::new(),
            file: None,
        },
    };
    let mut out = String::new();
    if options.json_report {
        out.push_str(&report::json_report(&check, options.lang));
        out.push('\n');
    } else {
        let (error_word, warning_word) = if options.lang.code() == "fr" {
            ("erreur", "avertissement")
        } else {
            ("error", "warning")
        };
        for error in &check.errors {
            out.push_str(&format!(
                "{path}: {error_word}: {}\n",
                error.message(options.lang)
            ));
        }
        for warning in &check.warnings {
            out.push_str(&format!(
                "{path}: {warning_word}: {}\n",
                warning.message(options.lang)
            ));
        }
    }
    if !check.is_usable() {
        if !options.json_report {
            out.push_str(&report::summary(path, &check, options.lang));
            out.push('\n');
        }
        print_all(&out);
        return ExitCode::from(1);
    }
    if let (Some(out), Some(file)) = (&options.write_json, &check.file) {
        if let Err(error) = std::fs::write(out, normalised_json(file)) {
            eprintln!("{out}: cannot write: {error}");
            return ExitCode::from(2);
        }
    }
    if !options.json_report {
        out.push_str(&report::summary(path, &check, options.lang));
        out.push('\n');
    }
    print_all(&out);
    ExitCode::SUCCESS
}

/// Writes `text` to the standard output; a closed pipe (`bank-check … | head`) is not an error
/// worth a panic.
fn print_all(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
