//! Test-only: reads the retired line format (`bank <id>`, `problem <id>`, `label.fr …`) into a
//! [`BankFile`], because the unit tests of `session.rs`, which this branch must not edit, still
//! write their fixture that way. Delete it once that fixture is TOML.

use super::model::{BankFile, FixFile, LocalText, ProblemFile, QuestionFile};
use super::{validate_bank, Bank, BankError};

fn set(text: &mut Option<LocalText>, lang: &str, value: &str) {
    let text = text.get_or_insert_with(LocalText::default);
    let value = Some(value.to_string());
    if lang == "fr" {
        text.fr = value;
    } else {
        text.en = value;
    }
}

/// The line-format `source` validated by today's rules.
pub(crate) fn parse_bank(source: &str) -> Result<Bank, BankError> {
    let mut file = BankFile::default();
    // What the next field lines belong to: 'p'roblem, 'f'ix or 'q'uestion.
    let mut current = ' ';
    for line in source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
    {
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        let problem = file.problems.last_mut();
        match (key, current, problem) {
            ("bank", ..) => file.id = Some(value.into()),
            ("version", ..) => file.version = value.parse().ok(),
            ("problem", ..) => {
                file.problems.push(ProblemFile {
                    id: Some(value.into()),
                    ..ProblemFile::default()
                });
                current = 'p';
            }
            ("fix", _, Some(problem)) => {
                problem.fixes.push(FixFile {
                    id: Some(value.into()),
                    ..FixFile::default()
                });
                current = 'f';
            }
            ("question", _, Some(problem)) => {
                let (id, polarity) = value.split_once(' ').unwrap_or((value, ""));
                problem.questions.push(QuestionFile {
                    id: Some(id.into()),
                    polarity: Some(polarity.into()),
                    ..QuestionFile::default()
                });
                current = 'q';
            }
            (_, 'p', Some(problem)) => match key.split_once('.') {
                Some(("label", lang)) => set(&mut problem.label, lang, value),
                Some(("summary", lang)) => set(&mut problem.summary, lang, value),
                Some(("lesson", lang)) => set(&mut problem.lesson, lang, value),
                Some(("story", lang)) => set(&mut problem.story, lang, value),
                _ => {}
            },
            (_, 'f', Some(problem)) => {
                let Some(fix) = problem.fixes.last_mut() else {
                    continue;
                };
                match key.split_once('.') {
                    Some(("title", lang)) => set(&mut fix.title, lang, value),
                    Some(("detail", lang)) => set(&mut fix.detail, lang, value),
                    Some(("source", lang)) => set(&mut fix.source, lang, value),
                    _ if key == "url" => fix.url = Some(value.into()),
                    _ => {}
                }
            }
            (_, 'q', Some(problem)) => {
                let Some(question) = problem.questions.last_mut() else {
                    continue;
                };
                match key {
                    "text.fr" | "text.en" => set(&mut question.text, &key[5..], value),
                    "origin" => question.origin = Some(value.into()),
                    "fixes" => question.fixes = value.split(' ').map(String::from).collect(),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    validate_bank(file)
}
