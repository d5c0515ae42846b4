//! The rules a bank file must meet to become a [`Bank`]. `build.rs` runs these same rules on
//! the built-in bank, so the shipped file and a custom one are judged alike.

use super::error::{BankError, Item, ItemKind};
use super::model::{BankFile, FixFile, LocalText, MigrationFile, ProblemFile, QuestionFile};
use super::{Bank, Change, Fix, FixRef, Migration, OldQuestion, Polarity, Problem, Question};
use crate::lang::Text;

/// Validates a bank file and builds the bank. Returns the first fault found, naming its item
/// and field, e.g. `question "A3": missing English text (text.en)`.
pub fn validate_bank(file: BankFile) -> Result<Bank, BankError> {
    let bank_item = Item::new(ItemKind::Bank, "");
    let id = required(&bank_item, file.id.as_deref(), "id")?;
    check_id(&Item::new(ItemKind::Bank, id))?;
    let version = file.version.ok_or(BankError::MissingField {
        item: Item::new(ItemKind::Bank, id),
        field: "version",
    })?;
    let version = u32::try_from(version)
        .ok()
        .filter(|version| *version >= 1)
        .ok_or(BankError::BadVersion { value: version })?;
    if file.problems.is_empty() {
        return Err(BankError::NoProblem);
    }
    check_unique_ids(&file.problems)?;

    let fix_index = fix_index(&file.problems);
    let mut problems = Vec::with_capacity(file.problems.len());
    let mut question_index = 0;
    for (problem_at, problem) in file.problems.iter().enumerate() {
        let built = build_problem(problem, problem_at, &fix_index, &mut question_index)?;
        problems.push(built);
    }
    check_fixes_reachable(&problems)?;
    let mut bank = Bank {
        id: id.to_string(),
        version,
        problems,
        migrations: Vec::new(),
    };
    bank.migrations = build_migrations(&file.migrations, &bank)?;
    Ok(bank)
}

/// The item for the `at`-th (0-based) entry of `kind`: by id when it has one, else by position.
fn item_of(kind: ItemKind, id: Option<&str>, at: usize) -> Item {
    match id {
        Some(id) => Item::new(kind, id),
        None => Item::new(kind, format!("#{}", at + 1)),
    }
}

fn required<'a>(
    item: &Item,
    value: Option<&'a str>,
    field: &'static str,
) -> Result<&'a str, BankError> {
    let value = value.ok_or_else(|| BankError::MissingField {
        item: item.clone(),
        field,
    })?;
    if value.trim().is_empty() {
        return Err(BankError::EmptyField {
            item: item.clone(),
            field,
        });
    }
    Ok(value)
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn check_id(item: &Item) -> Result<(), BankError> {
    if is_valid_id(&item.id) {
        Ok(())
    } else {
        Err(BankError::BadId { item: item.clone() })
    }
}

/// Both languages of a localised field; `fr` and `en` are its two field names.
fn text(
    item: &Item,
    value: Option<&LocalText>,
    fr: &'static str,
    en: &'static str,
) -> Result<Text, BankError> {
    let value = value.ok_or_else(|| BankError::MissingField {
        item: item.clone(),
        field: fr,
    })?;
    Ok(Text {
        fr: required(item, value.fr.as_deref(), fr)?.to_string(),
        en: required(item, value.en.as_deref(), en)?.to_string(),
    })
}

/// Every id, problems, fixes and questions together, in file order; each must be well-formed
/// and used once.
fn check_unique_ids(problems: &[ProblemFile]) -> Result<(), BankError> {
    // A bank has a few dozen ids: a list is as fast as a map here.
    let mut seen: Vec<(&str, ItemKind)> = Vec::new();
    let (mut fix_at, mut question_at) = (0, 0);
    for (problem_at, problem) in problems.iter().enumerate() {
        let mut items = vec![(ItemKind::Problem, problem.id.as_deref(), problem_at)];
        for fix in &problem.fixes {
            items.push((ItemKind::Fix, fix.id.as_deref(), fix_at));
            fix_at += 1;
        }
        for question in &problem.questions {
            items.push((ItemKind::Question, question.id.as_deref(), question_at));
            question_at += 1;
        }
        for (kind, id, at) in items {
            let item = item_of(kind, id, at);
            let id = required(&item, id, "id")?;
            check_id(&item)?;
            if let Some(&(_, first)) = seen.iter().find(|(known, _)| *known == id) {
                return Err(BankError::DuplicateId { item, first });
            }
            seen.push((id, kind));
        }
    }
    Ok(())
}

fn fix_index(problems: &[ProblemFile]) -> Vec<(&str, FixRef)> {
    let mut index = Vec::new();
    for (problem_at, problem) in problems.iter().enumerate() {
        for (fix_at, fix) in problem.fixes.iter().enumerate() {
            if let Some(id) = fix.id.as_deref() {
                let at = FixRef {
                    problem: problem_at,
                    fix: fix_at,
                };
                index.push((id, at));
            }
        }
    }
    index
}

fn build_problem(
    problem: &ProblemFile,
    problem_at: usize,
    fix_index: &[(&str, FixRef)],
    question_index: &mut usize,
) -> Result<Problem, BankError> {
    // Ids were checked by `check_unique_ids`.
    let item = item_of(ItemKind::Problem, problem.id.as_deref(), problem_at);
    let label = text(&item, problem.label.as_ref(), "label.fr", "label.en")?;
    let summary = text(&item, problem.summary.as_ref(), "summary.fr", "summary.en")?;
    let lesson = text(&item, problem.lesson.as_ref(), "lesson.fr", "lesson.en")?;
    let story = match &problem.story {
        Some(story) => Some(text(&item, Some(story), "story.fr", "story.en")?),
        None => None,
    };
    if problem.questions.is_empty() {
        return Err(BankError::EmptyProblem {
            item,
            lacks: "question",
        });
    }
    if problem.fixes.is_empty() {
        return Err(BankError::EmptyProblem { item, lacks: "fix" });
    }
    let fixes = problem
        .fixes
        .iter()
        .map(build_fix)
        .collect::<Result<Vec<_>, _>>()?;
    let mut questions = Vec::with_capacity(problem.questions.len());
    for question in &problem.questions {
        questions.push(build_question(
            question,
            *question_index,
            problem_at,
            fix_index,
        )?);
        *question_index += 1;
    }
    Ok(Problem {
        id: item.id,
        label,
        summary,
        lesson,
        story,
        questions,
        fixes,
    })
}

fn build_fix(fix: &FixFile) -> Result<Fix, BankError> {
    let item = Item::new(ItemKind::Fix, fix.id.as_deref().unwrap_or_default());
    let url = required(&item, fix.url.as_deref(), "url")?;
    let well_formed = url.len() > "https://".len()
        && url.starts_with("https://")
        && !url.chars().any(char::is_whitespace);
    if !well_formed {
        return Err(BankError::BadUrl {
            item,
            value: url.to_string(),
        });
    }
    Ok(Fix {
        title: text(&item, fix.title.as_ref(), "title.fr", "title.en")?,
        detail: text(&item, fix.detail.as_ref(), "detail.fr", "detail.en")?,
        source: text(&item, fix.source.as_ref(), "source.fr", "source.en")?,
        url: url.to_string(),
        id: item.id,
    })
}

fn build_question(
    question: &QuestionFile,
    index: usize,
    problem: usize,
    fix_index: &[(&str, FixRef)],
) -> Result<Question, BankError> {
    let item = Item::new(
        ItemKind::Question,
        question.id.as_deref().unwrap_or_default(),
    );
    let polarity = match required(&item, question.polarity.as_deref(), "polarity")? {
        "symptom" => Polarity::Symptom,
        "practice" => Polarity::Practice,
        other => {
            return Err(BankError::BadPolarity {
                item,
                value: other.to_string(),
            })
        }
    };
    let text = text(&item, question.text.as_ref(), "text.fr", "text.en")?;
    let origin = required(&item, question.origin.as_deref(), "origin")?.to_string();
    let mut fixes = Vec::new();
    for fix_id in &question.fixes {
        let Some(&(_, at)) = fix_index.iter().find(|(id, _)| id == fix_id) else {
            return Err(BankError::UnknownFix {
                item,
                fix: fix_id.clone(),
            });
        };
        // Naming a fix twice is harmless: it is suggested once.
        if !fixes.contains(&at) {
            fixes.push(at);
        }
    }
    if fixes.is_empty() {
        return Err(BankError::NoFix { item });
    }
    Ok(Question {
        id: item.id,
        index,
        problem,
        polarity,
        text,
        origin,
        fixes,
    })
}

/// A fix no question points to would never be suggested: it is a mistake in the bank.
fn check_fixes_reachable(problems: &[Problem]) -> Result<(), BankError> {
    for (problem_at, problem) in problems.iter().enumerate() {
        for (fix_at, fix) in problem.fixes.iter().enumerate() {
            let at = FixRef {
                problem: problem_at,
                fix: fix_at,
            };
            let reachable = problems
                .iter()
                .flat_map(|problem| &problem.questions)
                .any(|question| question.fixes.contains(&at));
            if !reachable {
                return Err(BankError::UnreachableFix {
                    item: Item::new(ItemKind::Fix, fix.id.as_str()),
                });
            }
        }
    }
    Ok(())
}

fn build_migrations(files: &[MigrationFile], bank: &Bank) -> Result<Vec<Migration>, BankError> {
    let mut migrations: Vec<Migration> = Vec::with_capacity(files.len());
    for (at, file) in files.iter().enumerate() {
        let from = file.from.ok_or_else(|| BankError::MissingField {
            item: Item::new(ItemKind::Migration, format!("#{}", at + 1)),
            field: "from",
        })?;
        let item = Item::new(ItemKind::Migration, from.to_string());
        let Some(from) = u32::try_from(from)
            .ok()
            .filter(|from| (1..bank.version).contains(from))
        else {
            return Err(BankError::MigrationNotEarlier {
                item,
                version: bank.version,
            });
        };
        if migrations.iter().any(|known| known.from == from) {
            return Err(BankError::DuplicateMigration { item });
        }
        if file.questions.is_empty() {
            return Err(BankError::EmptyMigration { item });
        }
        let migration = build_migration(file, from, bank)?;
        migrations.push(migration);
    }
    Ok(migrations)
}

fn build_migration(file: &MigrationFile, from: u32, bank: &Bank) -> Result<Migration, BankError> {
    let kind = ItemKind::OldQuestion { from };
    let mut questions: Vec<OldQuestion> = Vec::with_capacity(file.questions.len());
    for (at, old) in file.questions.iter().enumerate() {
        let item = item_of(kind, old.id.as_deref(), at);
        let id = required(&item, old.id.as_deref(), "id")?;
        check_id(&item)?;
        if questions.iter().any(|known| known.id == id) {
            return Err(BankError::DuplicateOldQuestion { item });
        }
        let to = old.to.as_deref();
        let change = match (old.change.as_deref().unwrap_or("same"), to) {
            ("removed", Some(to)) => {
                return Err(BankError::RemovedWithTarget {
                    item,
                    to: to.to_string(),
                })
            }
            ("removed", None) => Change::Removed,
            ("same", Some(to)) if to != id => {
                return Err(BankError::SameWithOtherId {
                    item,
                    to: to.to_string(),
                })
            }
            (change @ ("same" | "reworded"), to) => {
                let to = to.unwrap_or(id);
                let Some(target) = bank.questions().find(|question| question.id == to) else {
                    return Err(BankError::UnknownTarget {
                        item,
                        to: to.to_string(),
                    });
                };
                let target = target.index;
                if let Some(first) = questions
                    .iter()
                    .find(|known| known.change.target() == Some(target))
                {
                    return Err(BankError::SharedTarget {
                        item,
                        to: to.to_string(),
                        first: first.id.clone(),
                    });
                }
                if change == "same" {
                    Change::Same { to: target }
                } else {
                    Change::Reworded { to: target }
                }
            }
            (other, _) => {
                return Err(BankError::BadChange {
                    item,
                    value: other.to_string(),
                })
            }
        };
        questions.push(OldQuestion {
            id: id.to_string(),
            change,
        });
    }
    Ok(Migration { from, questions })
}
