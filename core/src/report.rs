//! Human-readable exports of one result: a CSV table of the answers for a spreadsheet, and a
//! Markdown summary to paste in a wiki page or a ticket. Both are written in the export's
//! language, with the same labels as the page (`labels.rs`).
//!
//! The CSV follows RFC 4180 (CRLF, quotes doubled), starts with a UTF-8 byte order mark so that
//! Excel reads the accents, and uses `;` in French (French Excel treats `,` as the decimal
//! separator) and `,` in English.

use crate::answers::Answers;
use crate::bank::Bank;
use crate::date::Date;
use crate::i18n::tables;
use crate::labels::{answer_label, band_label, format_score, polarity_label};
use crate::lang::Lang;
use crate::markdown::escape_markdown;
use crate::recommend::{recommend, Recommendation};
use crate::score::assess;
use std::borrow::Cow;

/// The CSV field separator for `lang`: `;` in French, `,` in English.
pub fn csv_separator(lang: Lang) -> char {
    tables::format(lang)
        .csv_separator
        .chars()
        .next()
        .unwrap_or(',')
}

/// A CSV cell as a spreadsheet should read it: a cell starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return is prefixed with `'`, so that Excel, LibreOffice or Sheets never run it
/// as a formula ("CSV injection"). A plain number (`-1`, `+2,5`, `3.0`) is kept as it is: it
/// cannot be a formula, and a spreadsheet should still read it as a number.
pub fn csv_cell(field: &str) -> Cow<'_, str> {
    let risky = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(field) {
        Cow::Owned(format!("'{field}"))
    } else {
        Cow::Borrowed(field)
    }
}

/// An optional sign, digits, and at most one `.` or `,` followed by digits.
fn is_plain_number(field: &str) -> bool {
    let unsigned = field.strip_prefix(['-', '+']).unwrap_or(field);
    let mut parts = unsigned.splitn(2, ['.', ',']);
    let digits = |part: Option<&str>| {
        part.is_some_and(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
    };
    let whole = parts.next();
    let fraction = parts.next();
    digits(whole) && (fraction.is_none() || digits(fraction))
}

/// One CSV row, RFC 4180 quoting, CRLF, each field through [`csv_cell`]; the team CSV export
/// uses it too.
pub(crate) fn push_csv_row(out: &mut String, separator: char, fields: &[&str]) {
    for (at, field) in fields.iter().enumerate() {
        if at > 0 {
            out.push(separator);
        }
        let field = csv_cell(field);
        if field.contains([separator, '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

/// The last row of every CSV export: the product and its version (`Problèmes imaginaires
/// 0.4.0`, [`crate::GENERATOR`]) in the first cell and `columns - 1` empty cells, so that the
/// table keeps one width for spreadsheets and CSV readers.
pub(crate) fn push_generator_row(out: &mut String, separator: char, columns: usize) {
    let mut row = vec![crate::GENERATOR];
    row.resize(columns.max(1), "");
    push_csv_row(out, separator, &row);
}

/// The last paragraph of every Markdown export, after the credit line: the product and its
/// version ([`crate::GENERATOR`]).
pub(crate) fn generator_paragraph() -> String {
    format!("\n{}\n", crate::GENERATOR)
}

/// The answers as a CSV table: a header row, then one row per question of the bank with its
/// problem, id, statement, answer (empty when unanswered), health points (0–3; empty for
/// "don't know" or no answer) and polarity in words.
pub fn export_csv(bank: &Bank, answers: &Answers, lang: Lang) -> String {
    let words = tables::report(lang);
    let separator = csv_separator(lang);
    let mut out = String::from("\u{feff}");
    let header = words.csv_header;
    push_csv_row(&mut out, separator, header);
    for question in bank.questions() {
        let answer = answers.get(question.index);
        let points = answer
            .and_then(|answer| answer.health_points(question.polarity))
            .map(|points| points.to_string())
            .unwrap_or_default();
        let problem = bank
            .problems
            .get(question.problem)
            .map_or("", |p| p.label.get(lang));
        push_csv_row(
            &mut out,
            separator,
            &[
                problem,
                &question.id,
                question.text.get(lang),
                answer.map_or("", |answer| answer_label(lang, answer)),
                &points,
                polarity_label(lang, question.polarity),
            ],
        );
    }
    push_generator_row(&mut out, separator, header.len());
    out
}

/// `<url>` for a web address, so that it is a link; anything else (a `javascript:` address, a
/// space or `<` that would end the link early) is written as escaped text.
fn autolink(url: &str) -> String {
    let web = url.starts_with("https://") || url.starts_with("http://");
    if web && !url.contains(|c: char| c.is_whitespace() || c.is_control() || c == '<' || c == '>') {
        format!("<{url}>")
    } else {
        escape_markdown(url)
    }
}

/// Text safe inside a Markdown table cell: pipes escaped, line breaks flattened.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
}

/// A Markdown summary of one result, to paste in a wiki or a ticket: title and date, overall
/// score and band, a table of the problems, the "start here" fixes with their source links,
/// each problem's triggered fixes with the answers behind them, the two notes, the share link
/// when given, and the credit line for the course.
pub fn export_markdown(
    bank: &Bank,
    answers: &Answers,
    notes: &[String; 2],
    lang: Lang,
    date: Date,
    share_url: Option<&str>,
) -> String {
    let words = tables::report(lang);
    let assessment = assess(bank, answers);
    let recommendations = recommend(bank, answers, &assessment);
    let score_text = |score: Option<crate::score::Score>| {
        score.map_or_else(
            || "–".to_string(),
            |s| format!("{} / 10", format_score(lang, s)),
        )
    };
    let (colon, open, close) = (words.colon, words.quote_open, words.quote_close);
    let mut out = format!("# {} — {date}\n\n", words.title);
    let overall = &assessment.overall;
    out += &format!(
        "**{}{colon} {} ({})**\n\n## {}\n\n{}\n|---|---|---|---|\n",
        words.overall,
        score_text(overall.score),
        band_label(lang, overall.band()),
        words.problems,
        words.columns
    );
    for (problem, result) in bank.problems.iter().zip(&assessment.problems) {
        out += &format!(
            "| {} | {} | {} | {} |\n",
            cell(problem.label.get(lang)),
            score_text(result.score),
            band_label(lang, result.band()),
            result.blind_spots
        );
    }

    let fix_line = |recommendation: &Recommendation| {
        let fix = bank.fix(recommendation.fix);
        format!(
            "**{}** — {} ({}{colon} [{}]({}))",
            fix.title.get(lang),
            fix.detail.get(lang),
            words.source,
            fix.source.get(lang),
            fix.url
        )
    };
    out += &format!("\n## {}\n\n", words.start_here);
    if recommendations.start_here().is_empty() {
        out += words.start_here_none;
        out.push('\n');
    }
    for (rank, recommendation) in recommendations.start_here().iter().enumerate() {
        out += &format!("{}. {}\n", rank + 1, fix_line(recommendation));
    }

    out += &format!("\n## {}\n", words.by_problem);
    for (at, problem) in bank.problems.iter().enumerate() {
        out += &format!("\n### {}\n\n", problem.label.get(lang));
        let mut any = false;
        for recommendation in recommendations.for_problem(at) {
            any = true;
            out += &format!("- {}\n", fix_line(recommendation));
            for trigger in &recommendation.triggers {
                if let Some(question) = bank.question(trigger.question) {
                    out += &format!(
                        "  - {}{colon} {} {open}{}{close} → {}\n",
                        words.why,
                        question.id,
                        question.text.get(lang),
                        answer_label(lang, trigger.answer)
                    );
                }
            }
        }
        if !any {
            out += words.no_fix;
            out.push('\n');
        }
    }

    out += &format!("\n## {}\n\n", words.notes);
    for (label, note) in [
        (words.worst_case, &notes[0]),
        (words.smallest_action, &notes[1]),
    ] {
        let note = note.trim();
        let note = if note.is_empty() {
            words.empty_note.to_string()
        } else {
            escape_markdown(note)
        };
        out += &format!("**{label}**{colon} {note}\n\n");
    }
    if let Some(url) = share_url {
        out += &format!("{}{colon} {}\n\n", words.share, autolink(url));
    }
    out += &format!("---\n\n{}\n", words.credit);
    out += &generator_paragraph();
    out
}
