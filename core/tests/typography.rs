//! Typography of every user-visible string, in each language: the bank, the interface of both
//! apps and of the shared UI crate (read from their source files, so this native test needs no
//! yew), and the core's words (exports, pact, calendar file, team words, messages), both as
//! source literals and as rendered documents.
//!
//! Rules (house style, see `docs/content-changes.md`):
//! - no straight apostrophe `'`: the typographic one is `’`;
//! - no breakable space before `;` `:` `!` `?` `»` or after `«` (French needs U+202F, English
//!   has no space there at all);
//! - a percentage: U+00A0 before `%` in French, no space at all in English (`60%`);
//! - in French, a number and its unit are joined by U+00A0 (`6 mois`, `20 jours`).

use assessment_core::{
    built_in_bank, export_csv, export_markdown, Answer, Answers, Bank, Date, Lang, Text,
};
use std::path::{Path, PathBuf};

/// Which language a string is written in, when it can be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tongue {
    Fr,
    En,
    Unknown,
}

/// Units a French number is joined to with U+00A0.
const UNITS: [&str; 8] = [
    "mois", "jours", "jour", "semaines", "ans", "heures", "minutes", "Mio",
];

/// The rules a string breaks, each as a short sentence; empty when it is well typeset.
fn faults(text: &str, tongue: Tongue) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (at, &c) in chars.iter().enumerate() {
        let before = at.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(at + 1).copied();
        if c == '\'' {
            found.push("straight apostrophe ' (use ’)".to_string());
        }
        if matches!(c, ';' | ':' | '!' | '?' | '»') && before == Some(' ') {
            found.push(format!("breakable space before « {c} » (use U+202F)"));
        }
        if c == '«' && after == Some(' ') {
            found.push("breakable space after « (use U+202F)".to_string());
        }
        if c == '%' {
            let digit_before = at
                .checked_sub(2)
                .and_then(|i| chars.get(i))
                .is_some_and(char::is_ascii_digit);
            match (tongue, before) {
                (_, Some(' ')) => found.push("breakable space before % ".to_string()),
                (Tongue::En, Some('\u{a0}' | '\u{202f}')) if digit_before => {
                    found.push("space before % in English (write 60%)".to_string())
                }
                _ => {}
            }
        }
        if tongue == Tongue::Fr && c == ' ' && before.is_some_and(|b| b.is_ascii_digit()) {
            let rest: String = chars[at + 1..].iter().take(12).collect();
            if let Some(unit) = UNITS.iter().find(|unit| {
                rest.starts_with(*unit)
                    && !rest[unit.len()..].starts_with(|c: char| c.is_alphanumeric())
            }) {
                found.push(format!("breakable space in « … {unit} » (use U+00A0)"));
            }
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------
// Reading string literals out of Rust source files.

/// A string literal of a source file, decoded, with its line and the language of its context.
struct Literal {
    line: usize,
    text: String,
    tongue: Tongue,
}

/// Every string literal of `source` before its `#[cfg(test)]` module (tests hold bad strings on
/// purpose), skipping comments and character literals. The language is the one named by the
/// last `FR`/`Fr`/`fr` or `EN`/`En`/`en` identifier before the literal (`const FR: Texts`,
/// `Lang::FR =>`, `fr: "…"`), which is how every file here lays out its words.
fn literals(source: &str) -> Vec<Literal> {
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let (mut at, mut line) = (0, 1);
    let mut tongue = Tongue::Unknown;
    while at < chars.len() {
        let c = chars[at];
        let next = chars.get(at + 1).copied();
        match c {
            '\n' => {
                line += 1;
                at += 1;
            }
            '/' if next == Some('/') => {
                while at < chars.len() && chars[at] != '\n' {
                    at += 1;
                }
            }
            '/' if next == Some('*') => {
                at += 2;
                while at + 1 < chars.len() && !(chars[at] == '*' && chars[at + 1] == '/') {
                    line += usize::from(chars[at] == '\n');
                    at += 1;
                }
                at += 2;
            }
            '\'' => {
                // A char literal ('x', '\'', '\u{202f}') or a lifetime ('a).
                if next == Some('\\') {
                    at += 2;
                    while at < chars.len() && chars[at] != '\'' {
                        at += 1;
                    }
                    at += 1;
                } else if chars.get(at + 2) == Some(&'\'') {
                    at += 3;
                } else {
                    at += 1;
                }
            }
            'r' if matches!(next, Some('"' | '#'))
                && !chars
                    .get(at.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric() || *p == '_') =>
            {
                let mut hashes = 0;
                let mut i = at + 1;
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    i += 1;
                }
                if chars.get(i) != Some(&'"') {
                    at += 1;
                    continue;
                }
                let start_line = line;
                let mut text = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => break,
                        Some('"') if (1..=hashes).all(|h| chars.get(i + h) == Some(&'#')) => {
                            i += 1 + hashes;
                            break;
                        }
                        Some(&ch) => {
                            line += usize::from(ch == '\n');
                            text.push(ch);
                            i += 1;
                        }
                    }
                }
                out.push(Literal {
                    line: start_line,
                    text,
                    tongue,
                });
                at = i;
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                let mut i = at + 1;
                while let Some(&ch) = chars.get(i) {
                    match ch {
                        '"' => break,
                        '\\' => {
                            let esc = chars.get(i + 1).copied().unwrap_or('\\');
                            i += 2;
                            match esc {
                                'n' => text.push('\n'),
                                't' => text.push('\t'),
                                'r' => text.push('\r'),
                                '0' => text.push('\0'),
                                'u' => {
                                    let close =
                                        (i..chars.len()).find(|&j| chars[j] == '}').unwrap_or(i);
                                    let hex: String = chars[i + 1..close].iter().collect();
                                    if let Some(ch) =
                                        u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                                    {
                                        text.push(ch);
                                    }
                                    i = close + 1;
                                }
                                '\n' => {
                                    line += 1;
                                    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                                        line += usize::from(chars[i] == '\n');
                                        i += 1;
                                    }
                                }
                                other => text.push(other),
                            }
                        }
                        _ => {
                            line += usize::from(ch == '\n');
                            text.push(ch);
                            i += 1;
                        }
                    }
                }
                out.push(Literal {
                    line: start_line,
                    text,
                    tongue,
                });
                at = i + 1;
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = at;
                while at < chars.len() && (chars[at].is_alphanumeric() || chars[at] == '_') {
                    at += 1;
                }
                let word: String = chars[start..at].iter().collect();
                match word.as_str() {
                    "FR" | "Fr" | "fr" => tongue = Tongue::Fr,
                    "EN" | "En" | "en" => tongue = Tongue::En,
                    _ => {}
                }
            }
            _ => at += 1,
        }
    }
    out
}

/// The workspace root (this crate is `core/`).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// Literals that are code, not words.
const NOT_WORDS: [&str; 1] = [
    // core/src/report.rs: the quote that keeps a CSV cell from being read as a formula.
    "'{field}",
];

/// The source directories whose string literals people read: the assessment app, the team
/// view, the shared UI crate and the core.
const SOURCE_DIRS: [&str; 4] = ["src", "team/src", "ui-shared/src", "core/src"];

#[test]
fn every_interface_string_is_well_typeset() {
    let root = root();
    let mut problems = Vec::new();
    let mut scanned = 0;
    for dir in SOURCE_DIRS {
        let files = rust_files(&root.join(dir));
        assert!(!files.is_empty(), "no source file under {dir}");
        for file in files {
            let source = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            for literal in literals(&source) {
                scanned += 1;
                if NOT_WORDS.contains(&literal.text.as_str()) {
                    continue;
                }
                for fault in faults(&literal.text, literal.tongue) {
                    problems.push(format!(
                        "{}:{}: {fault}: {:?}",
                        file.strip_prefix(&root).unwrap_or(&file).display(),
                        literal.line,
                        literal.text
                    ));
                }
            }
        }
    }
    // The scan really read the interface: thousands of literals, the French intro among them.
    assert!(scanned > 1000, "only {scanned} literals read");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every localised text of a bank, with its language and where it is.
fn bank_texts(bank: &Bank) -> Vec<(String, Tongue, String)> {
    let mut texts = Vec::new();
    let mut push = |item: &str, field: &str, text: &Text| {
        // French and English rules; other languages have their own typography.
        for (code, tongue) in [("fr", Tongue::Fr), ("en", Tongue::En)] {
            let text = text.in_language(code).unwrap_or_default().to_string();
            texts.push((format!("{item} {field}.{code}"), tongue, text));
        }
    };
    for problem in &bank.problems {
        push(&problem.id, "label", &problem.label);
        push(&problem.id, "summary", &problem.summary);
        push(&problem.id, "lesson", &problem.lesson);
        if let Some(story) = &problem.story {
            push(&problem.id, "story", story);
        }
        for fix in &problem.fixes {
            push(&fix.id, "title", &fix.title);
            push(&fix.id, "detail", &fix.detail);
            push(&fix.id, "source", &fix.source);
        }
        for question in &problem.questions {
            push(&question.id, "text", &question.text);
        }
    }
    for question in bank.questions() {
        texts.push((
            format!("{} origin", question.id),
            Tongue::Fr,
            question.origin.clone(),
        ));
    }
    texts
}

#[test]
fn every_bank_text_is_well_typeset() {
    let bank = built_in_bank().expect("built-in bank");
    let texts = bank_texts(&bank);
    assert!(texts.len() > 200, "only {} bank texts", texts.len());
    let problems: Vec<String> = texts
        .iter()
        .flat_map(|(at, tongue, text)| {
            faults(text, *tongue)
                .into_iter()
                .map(move |fault| format!("{at}: {fault}: {text:?}"))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Answers that trigger every kind of line in the documents: every answer value, cycling.
fn varied_answers(bank: &Bank) -> Answers {
    Answers::from_slots(
        (0..bank.question_count())
            .map(|at| Answer::ALL.get(at % Answer::ALL.len()).copied())
            .collect(),
    )
}

#[test]
fn rendered_documents_are_well_typeset() {
    let bank = built_in_bank().expect("built-in bank");
    let answers = varied_answers(&bank);
    let notes = [String::new(), String::new()];
    let day = Date::parse("2026-12-02").expect("date");
    for (lang, tongue) in [(Lang::FR, Tongue::Fr), (Lang::EN, Tongue::En)] {
        let documents = [
            (
                "markdown",
                export_markdown(&bank, &answers, &notes, lang, day, None),
            ),
            ("csv", export_csv(&bank, &answers, lang)),
        ];
        for (name, text) in documents {
            // Lines, so the report says where; URLs are not words (`https://`).
            for (number, line) in text.lines().enumerate() {
                let line = line.replace("https:", "https\u{202f}:");
                if let Some(fault) = faults(&line, tongue).first() {
                    panic!("{name} ({lang:?}) line {}: {fault}: {line:?}", number + 1);
                }
            }
        }
    }
}

#[test]
fn a_badly_typeset_string_is_caught() {
    // Each rule on its own, so a rule that stops working fails here.
    assert!(!faults("Durée : 10 min", Tongue::Fr).is_empty());
    assert!(!faults("Prêt ?", Tongue::Fr).is_empty());
    assert!(!faults("« Je ne sais pas »", Tongue::Fr).is_empty());
    assert!(!faults("l'usager", Tongue::Fr).is_empty());
    assert!(!faults("Don't know", Tongue::En).is_empty());
    assert!(!faults("plus de 60 % en un an", Tongue::Fr).is_empty());
    assert!(!faults("rendez-vous dans 6 mois", Tongue::Fr).is_empty());
    assert!(!faults("more than 60\u{a0}% in a year", Tongue::En).is_empty());
    assert!(!faults("more than 60 % in a year", Tongue::En).is_empty());
    // The well-typeset versions pass.
    assert!(faults("Durée\u{202f}: 10\u{a0}minutes", Tongue::Fr).is_empty());
    assert!(faults("Prêt\u{202f}?", Tongue::Fr).is_empty());
    assert!(faults("«\u{202f}Je ne sais pas\u{202f}»", Tongue::Fr).is_empty());
    assert!(faults("l’usager, plus de 60\u{a0}% dans 6\u{a0}mois", Tongue::Fr).is_empty());
    assert!(faults("Don’t know: more than 60% in a year", Tongue::En).is_empty());
}

#[test]
fn the_source_reader_finds_literals_and_their_language() {
    let source = "const FR: T = T { a: \"Durée : 10 min\", b: r#\"l'usager\"# };\n\
                  // \"a comment ; is not read\"\n\
                  const EN: T = T { a: \"60 %\", c: 'x', d: '\\'' };\n\
                  #[cfg(test)]\nmod tests { const X: &str = \"Bad ; on purpose\"; }";
    let found = literals(source);
    let texts: Vec<(&str, Tongue)> = found.iter().map(|l| (l.text.as_str(), l.tongue)).collect();
    assert_eq!(
        texts,
        [
            ("Durée : 10 min", Tongue::Fr),
            ("l'usager", Tongue::Fr),
            ("60 %", Tongue::En),
        ]
    );
    assert_eq!(found[2].line, 3);
    // A source with these literals fails the scan: the scan can fail.
    assert!(found
        .iter()
        .all(|literal| !faults(&literal.text, literal.tongue).is_empty()));
}
