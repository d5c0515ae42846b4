//! TEMPORARY: today's parser of the line format (`content/bank.txt`), kept only to prove that
//! the TOML bank builds the same [`Bank`], then deleted. Unchanged but for the types it now
//! takes from its parent module.
#![allow(missing_docs)]

use super::{Bank, Fix, FixRef, Polarity, Problem, Question};
use crate::lang::Text;
use std::fmt;

/// What kind of item an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// The `bank` header.
    Bank,
    /// A `problem` record.
    Problem,
    /// A `fix` record.
    Fix,
    /// A `question` record.
    Question,
}

impl ItemKind {
    fn keyword(self) -> &'static str {
        match self {
            ItemKind::Bank => "bank",
            ItemKind::Problem => "problem",
            ItemKind::Fix => "fix",
            ItemKind::Question => "question",
        }
    }
}

/// The item an error is about, e.g. `question "A3"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Its kind.
    pub kind: ItemKind,
    /// Its id.
    pub id: String,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} \"{}\"", self.kind.keyword(), self.id)
    }
}

/// Why a bank was refused. Each variant names the faulty item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    /// The text does not start with a `bank <id>` line.
    MissingHeader,
    /// The `version` line is missing or not a whole number.
    BadVersion {
        /// The value found, empty when the line is missing.
        value: String,
    },
    /// The bank has no problem at all.
    NoProblem,
    /// An id is used twice.
    DuplicateId {
        /// The second item using it.
        item: Item,
        /// Line of the first use.
        first_line: usize,
        /// Line of the second use.
        line: usize,
    },
    /// An id has characters other than ASCII letters, digits and `-`, or is empty.
    BadId {
        /// Line of the id.
        line: usize,
        /// The id as written.
        id: String,
    },
    /// A required field is missing. For a localised field this is a missing language.
    MissingField {
        /// The item lacking it.
        item: Item,
        /// The field, e.g. `text.en`.
        field: &'static str,
    },
    /// A field is given twice in one item.
    RepeatedField {
        /// The item.
        item: Item,
        /// The field.
        field: String,
        /// Line of the repetition.
        line: usize,
    },
    /// A key that this kind of item does not have.
    UnknownKey {
        /// The item being read, if any.
        item: Option<Item>,
        /// The key.
        key: String,
        /// Its line.
        line: usize,
    },
    /// A key without a value.
    EmptyValue {
        /// The key.
        key: String,
        /// Its line.
        line: usize,
    },
    /// A `fix` or `question` before any `problem`.
    OutsideProblem {
        /// The orphan item.
        item: Item,
        /// Its line.
        line: usize,
    },
    /// A polarity other than `symptom` or `practice`.
    BadPolarity {
        /// The question.
        item: Item,
        /// The value found.
        value: String,
    },
    /// A source link that is not an `http(s)://` URL.
    BadUrl {
        /// The fix.
        item: Item,
        /// The value found.
        value: String,
    },
    /// A question points to a fix that does not exist.
    UnknownFix {
        /// The question.
        item: Item,
        /// The missing fix id.
        fix: String,
    },
    /// A question points to no fix.
    NoFix {
        /// The question.
        item: Item,
    },
    /// A problem has no question or no fix.
    EmptyProblem {
        /// The problem.
        item: Item,
        /// `"question"` or `"fix"`: what it lacks.
        lacks: &'static str,
    },
}

fn describe_field(field: &str) -> String {
    if field.ends_with(".fr") {
        format!("missing French text ({field})")
    } else if field.ends_with(".en") {
        format!("missing English text ({field})")
    } else {
        format!("missing field \"{field}\"")
    }
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::MissingHeader => {
                write!(f, "the bank must start with a line \"bank <id>\"")
            }
            BankError::BadVersion { value } if value.is_empty() => {
                write!(f, "bank: missing \"version\" line")
            }
            BankError::BadVersion { value } => {
                write!(f, "bank: version \"{value}\" is not a whole number")
            }
            BankError::NoProblem => write!(f, "the bank has no problem"),
            BankError::DuplicateId {
                item,
                first_line,
                line,
            } => write!(
                f,
                "{item} (line {line}): id already used on line {first_line}"
            ),
            BankError::BadId { line, id } => write!(
                f,
                "line {line}: id \"{id}\" may only use letters, digits and \"-\""
            ),
            BankError::MissingField { item, field } => {
                write!(f, "{item}: {}", describe_field(field))
            }
            BankError::RepeatedField { item, field, line } => {
                write!(f, "{item} (line {line}): \"{field}\" is given twice")
            }
            BankError::UnknownKey {
                item: Some(item),
                key,
                line,
            } => write!(f, "{item} (line {line}): unknown key \"{key}\""),
            BankError::UnknownKey {
                item: None,
                key,
                line,
            } => write!(f, "line {line}: unknown key \"{key}\""),
            BankError::EmptyValue { key, line } => {
                write!(f, "line {line}: \"{key}\" has no value")
            }
            BankError::OutsideProblem { item, line } => {
                write!(f, "{item} (line {line}) comes before any problem")
            }
            BankError::BadPolarity { item, value } => write!(
                f,
                "{item}: polarity \"{value}\" must be \"symptom\" or \"practice\""
            ),
            BankError::BadUrl { item, value } => {
                write!(f, "{item}: \"{value}\" is not an http(s) link")
            }
            BankError::UnknownFix { item, fix } => {
                write!(f, "{item}: fix \"{fix}\" does not exist")
            }
            BankError::NoFix { item } => write!(f, "{item}: points to no fix"),
            BankError::EmptyProblem { item, lacks } => write!(f, "{item} has no {lacks}"),
        }
    }
}

impl std::error::Error for BankError {}

/// A record as read, before validation.
struct Draft<'a> {
    item: Item,
    /// The value after the id, e.g. a question's polarity.
    extra: &'a str,
    fields: Vec<(&'a str, &'a str)>,
}

impl<'a> Draft<'a> {
    fn new(kind: ItemKind, id: &str, extra: &'a str) -> Self {
        Draft {
            item: Item {
                kind,
                id: id.to_string(),
            },
            extra,
            fields: Vec::new(),
        }
    }

    fn allowed_keys(&self) -> &'static [&'static str] {
        match self.item.kind {
            ItemKind::Bank => &["version"],
            ItemKind::Problem => &[
                "label.fr",
                "label.en",
                "summary.fr",
                "summary.en",
                "lesson.fr",
                "lesson.en",
                "story.fr",
                "story.en",
            ],
            ItemKind::Fix => &[
                "title.fr",
                "title.en",
                "detail.fr",
                "detail.en",
                "source.fr",
                "source.en",
                "url",
            ],
            ItemKind::Question => &["text.fr", "text.en", "origin", "fixes"],
        }
    }

    fn set(&mut self, key: &'a str, value: &'a str, line: usize) -> Result<(), BankError> {
        if !self.allowed_keys().contains(&key) {
            return Err(BankError::UnknownKey {
                item: Some(self.item.clone()),
                key: key.to_string(),
                line,
            });
        }
        if self.fields.iter().any(|(known, _)| *known == key) {
            return Err(BankError::RepeatedField {
                item: self.item.clone(),
                field: key.to_string(),
                line,
            });
        }
        self.fields.push((key, value));
        Ok(())
    }

    fn get(&self, key: &str) -> Option<&'a str> {
        self.fields
            .iter()
            .find(|(known, _)| *known == key)
            .map(|(_, value)| *value)
    }

    fn required(&self, key: &'static str) -> Result<&'a str, BankError> {
        self.get(key).ok_or_else(|| BankError::MissingField {
            item: self.item.clone(),
            field: key,
        })
    }

    /// Reads `<base>.fr` and `<base>.en`; both languages are required.
    fn text(&self, fr: &'static str, en: &'static str) -> Result<Text, BankError> {
        Ok(Text {
            fr: self.required(fr)?.to_string(),
            en: self.required(en)?.to_string(),
        })
    }

    fn optional_text(&self, fr: &'static str, en: &'static str) -> Result<Option<Text>, BankError> {
        if self.get(fr).is_none() && self.get(en).is_none() {
            return Ok(None);
        }
        self.text(fr, en).map(Some)
    }
}

struct DraftProblem<'a> {
    head: Draft<'a>,
    fixes: Vec<Draft<'a>>,
    questions: Vec<Draft<'a>>,
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Reads a bank from text and validates it. Returns the first problem found.
pub fn parse_bank(source: &str) -> Result<Bank, BankError> {
    let mut header: Option<Draft> = None;
    let mut problems: Vec<DraftProblem> = Vec::new();
    // A bank has a few dozen ids: a list is as fast as a map here, and much smaller in wasm.
    let mut ids: Vec<(&str, usize)> = Vec::new();
    // Which record the next field lines belong to.
    #[derive(Clone, Copy)]
    enum Current {
        Nothing,
        Header,
        Problem,
        Fix,
        Question,
    }
    let mut current = Current::Nothing;

    for (offset, raw) in source.lines().enumerate() {
        let line = offset + 1;
        let text = raw.trim();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (key, value) = match text.split_once(char::is_whitespace) {
            Some((key, value)) => (key, value.trim()),
            None => (text, ""),
        };
        if value.is_empty() {
            return Err(BankError::EmptyValue {
                key: key.to_string(),
                line,
            });
        }
        let kind = match key {
            "bank" => Some(ItemKind::Bank),
            "problem" => Some(ItemKind::Problem),
            "fix" => Some(ItemKind::Fix),
            "question" => Some(ItemKind::Question),
            _ => None,
        };
        let Some(kind) = kind else {
            if header.is_none() {
                return Err(BankError::MissingHeader);
            }
            let draft = match current {
                Current::Nothing => None,
                Current::Header => header.as_mut(),
                Current::Problem => problems.last_mut().map(|p| &mut p.head),
                Current::Fix => problems.last_mut().and_then(|p| p.fixes.last_mut()),
                Current::Question => problems.last_mut().and_then(|p| p.questions.last_mut()),
            };
            match draft {
                Some(draft) => draft.set(key, value, line)?,
                None => {
                    return Err(BankError::UnknownKey {
                        item: None,
                        key: key.to_string(),
                        line,
                    })
                }
            }
            continue;
        };

        // Only a question carries something after its id (its polarity).
        let (id, extra) = match value.split_once(char::is_whitespace) {
            Some((id, extra)) if kind == ItemKind::Question => (id, extra.trim()),
            _ => (value, ""),
        };
        if !is_valid_id(id) {
            return Err(BankError::BadId {
                line,
                id: id.to_string(),
            });
        }
        let draft = Draft::new(kind, id, extra);
        if kind == ItemKind::Bank {
            if header.is_some() || !problems.is_empty() {
                return Err(BankError::UnknownKey {
                    item: None,
                    key: key.to_string(),
                    line,
                });
            }
            header = Some(draft);
            current = Current::Header;
            continue;
        }
        if header.is_none() {
            return Err(BankError::MissingHeader);
        }
        if let Some(&(_, first_line)) = ids.iter().find(|(known, _)| *known == id) {
            return Err(BankError::DuplicateId {
                item: draft.item,
                first_line,
                line,
            });
        }
        ids.push((id, line));
        match kind {
            ItemKind::Problem => {
                problems.push(DraftProblem {
                    head: draft,
                    fixes: Vec::new(),
                    questions: Vec::new(),
                });
                current = Current::Problem;
            }
            ItemKind::Fix | ItemKind::Question => {
                let Some(problem) = problems.last_mut() else {
                    return Err(BankError::OutsideProblem {
                        item: draft.item,
                        line,
                    });
                };
                if kind == ItemKind::Fix {
                    problem.fixes.push(draft);
                    current = Current::Fix;
                } else {
                    problem.questions.push(draft);
                    current = Current::Question;
                }
            }
            ItemKind::Bank => unreachable!("handled above"),
        }
    }

    let header = header.ok_or(BankError::MissingHeader)?;
    let version_text = header.get("version").unwrap_or("");
    let version = version_text
        .parse::<u32>()
        .map_err(|_| BankError::BadVersion {
            value: version_text.to_string(),
        })?;
    if problems.is_empty() {
        return Err(BankError::NoProblem);
    }
    build_bank(header.item.id, version, &problems)
}

fn build_bank(id: String, version: u32, drafts: &[DraftProblem]) -> Result<Bank, BankError> {
    let mut fix_index: Vec<(&str, FixRef)> = Vec::new();
    for (problem_at, problem) in drafts.iter().enumerate() {
        for (fix_at, fix) in problem.fixes.iter().enumerate() {
            fix_index.push((
                &fix.item.id,
                FixRef {
                    problem: problem_at,
                    fix: fix_at,
                },
            ));
        }
    }

    let mut problems = Vec::with_capacity(drafts.len());
    let mut question_index = 0;
    for (problem_at, draft) in drafts.iter().enumerate() {
        let head = &draft.head;
        let label = head.text("label.fr", "label.en")?;
        let summary = head.text("summary.fr", "summary.en")?;
        let lesson = head.text("lesson.fr", "lesson.en")?;
        let story = head.optional_text("story.fr", "story.en")?;
        if draft.questions.is_empty() {
            return Err(BankError::EmptyProblem {
                item: head.item.clone(),
                lacks: "question",
            });
        }
        if draft.fixes.is_empty() {
            return Err(BankError::EmptyProblem {
                item: head.item.clone(),
                lacks: "fix",
            });
        }

        let mut fixes = Vec::with_capacity(draft.fixes.len());
        for fix in &draft.fixes {
            let url = fix.required("url")?;
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(' ') {
                return Err(BankError::BadUrl {
                    item: fix.item.clone(),
                    value: url.to_string(),
                });
            }
            fixes.push(Fix {
                id: fix.item.id.clone(),
                title: fix.text("title.fr", "title.en")?,
                detail: fix.text("detail.fr", "detail.en")?,
                source: fix.text("source.fr", "source.en")?,
                url: url.to_string(),
            });
        }

        let mut questions = Vec::with_capacity(draft.questions.len());
        for question in &draft.questions {
            let polarity = match question.extra {
                "symptom" => Polarity::Symptom,
                "practice" => Polarity::Practice,
                other => {
                    return Err(BankError::BadPolarity {
                        item: question.item.clone(),
                        value: other.to_string(),
                    })
                }
            };
            let text = question.text("text.fr", "text.en")?;
            let origin = question.required("origin")?.to_string();
            let mut refs = Vec::new();
            for fix_id in question.get("fixes").unwrap_or("").split_whitespace() {
                let Some(&(_, at)) = fix_index.iter().find(|(id, _)| *id == fix_id) else {
                    return Err(BankError::UnknownFix {
                        item: question.item.clone(),
                        fix: fix_id.to_string(),
                    });
                };
                if !refs.contains(&at) {
                    refs.push(at);
                }
            }
            if refs.is_empty() {
                return Err(BankError::NoFix {
                    item: question.item.clone(),
                });
            }
            questions.push(Question {
                id: question.item.id.clone(),
                index: question_index,
                problem: problem_at,
                polarity,
                text,
                origin,
                fixes: refs,
            });
            question_index += 1;
        }

        problems.push(Problem {
            id: head.item.id.clone(),
            label,
            summary,
            lesson,
            story,
            questions,
            fixes,
        });
    }
    Ok(Bank {
        id,
        version,
        problems,
        migrations: Vec::new(),
    })
}

/// The one-off converter from `content/bank.txt` to `content/bank.toml`, and the proof that
/// both files build the same bank.
#[cfg(test)]
mod convert {
    use super::parse_bank;
    use crate::bank::{parse_bank_toml, Bank, Polarity};
    use crate::lang::Text;
    use std::fmt::Write;

    const LINE_BANK: &str = include_str!("../../../content/bank.txt");

    fn quoted(text: &str) -> String {
        let mut out = String::from("\"");
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let _ = write!(out, "\\u{:04X}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    fn text(out: &mut String, key: &str, text: &Text) {
        let _ = writeln!(out, "{key}.fr = {}", quoted(&text.fr));
        let _ = writeln!(out, "{key}.en = {}", quoted(&text.en));
    }

    fn to_toml(bank: &Bank) -> String {
        let mut out = String::from(
            "#:schema ../docs/bank.schema.json\n\
             # Problèmes imaginaires – question bank. Format: docs/bank-format.md.\n\
             # Drawn from the beta.gouv.fr / CNFPT course « Créer des services publics numériques innovants »,\n\
             # séquence 4 « Survivre en milieu hostile » (Héla Ghariani), and other beta.gouv.fr texts.\n\
             # Anecdotes are paraphrased; sources are credited and linked on each fix.\n\
             # Polarity: symptom (the problem shows) or practice (protects).\n\n",
        );
        let _ = writeln!(out, "id = {}", quoted(&bank.id));
        let _ = writeln!(out, "version = {}", bank.version);
        for problem in &bank.problems {
            out.push_str(
                "\n# ---------------------------------------------------------------------------\n",
            );
            out.push_str("[[problems]]\n");
            let _ = writeln!(out, "id = {}", quoted(&problem.id));
            text(&mut out, "label", &problem.label);
            text(&mut out, "summary", &problem.summary);
            text(&mut out, "lesson", &problem.lesson);
            if let Some(story) = &problem.story {
                text(&mut out, "story", story);
            }
            for fix in &problem.fixes {
                out.push_str("\n[[problems.fixes]]\n");
                let _ = writeln!(out, "id = {}", quoted(&fix.id));
                text(&mut out, "title", &fix.title);
                text(&mut out, "detail", &fix.detail);
                text(&mut out, "source", &fix.source);
                let _ = writeln!(out, "url = {}", quoted(&fix.url));
            }
            for question in &problem.questions {
                out.push_str("\n[[problems.questions]]\n");
                let _ = writeln!(out, "id = {}", quoted(&question.id));
                let polarity = match question.polarity {
                    Polarity::Symptom => "symptom",
                    Polarity::Practice => "practice",
                };
                let _ = writeln!(out, "polarity = {}", quoted(polarity));
                text(&mut out, "text", &question.text);
                let _ = writeln!(out, "origin = {}", quoted(&question.origin));
                let fixes: Vec<String> = question
                    .fixes
                    .iter()
                    .map(|at| quoted(&bank.fix(*at).id))
                    .collect();
                let _ = writeln!(out, "fixes = [{}]", fixes.join(", "));
            }
        }
        out
    }

    /// Run once with `--ignored` to write `content/bank.toml`.
    #[test]
    #[ignore]
    fn write_bank_toml() {
        let bank = parse_bank(LINE_BANK).expect("bank.txt is valid");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../content/bank.toml");
        std::fs::write(path, to_toml(&bank)).expect("write bank.toml");
    }

    #[test]
    fn the_toml_bank_equals_the_line_bank() {
        let from_lines = parse_bank(LINE_BANK).expect("bank.txt is valid");
        let toml = include_str!("../../../content/bank.toml");
        let from_toml = parse_bank_toml(toml).expect("bank.toml is valid");
        assert_eq!(from_toml, from_lines);
        // Not only equal: every text byte-identical, checked field by field for a clear diff.
        assert_eq!(format!("{from_toml:?}"), format!("{from_lines:?}"));
    }
}
