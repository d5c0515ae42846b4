//! The rules a bank file must meet to become a [`Bank`]. `build.rs` runs these same rules on
//! the built-in bank, so the shipped file and a custom one are judged alike.
//!
//! Every rule is checked and every fault reported, not only the first: an administrator fixes
//! a file in one go. Counts are checked before the items, and a bank over a count limit is
//! refused on that alone, so the work stays small whatever the file holds; every other check
//! is one pass with hash maps, linear in the file.

use super::error::{BankError, BankWarning, Counted, Item, ItemKind, WarningKind};
use super::limits::{
    is_language_code, text_length, MAX_DETAIL_CHARS, MAX_FIXES_PER_PROBLEM, MAX_FIXES_PER_QUESTION,
    MAX_ID_CHARS, MAX_LABEL_CHARS, MAX_LANGUAGES, MAX_MIGRATIONS, MAX_OLD_QUESTIONS, MAX_PROBLEMS,
    MAX_QUESTIONS, MAX_QUESTIONS_PER_PROBLEM, MAX_QUESTION_CHARS, MAX_REPORTED, MAX_SOURCE_CHARS,
    MAX_STORY_CHARS, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS, MAX_WORD_CHARS,
};
use super::model::{BankFile, FixFile, LocalText, MigrationFile, ProblemFile, QuestionFile};
use super::safety::{link_kind, markup, LinkKind};
use super::{Bank, Change, Fix, FixRef, Migration, OldQuestion, Polarity, Problem, Question};
use crate::lang::Text;
use std::collections::{HashMap, HashSet};

/// What validating a bank file found: the bank when there is no error, every error, and the
/// warnings (at most [`MAX_REPORTED`] of each, then one line saying how many more).
#[derive(Clone, Debug, PartialEq)]
pub struct Validation {
    /// The bank, when there is no error (warnings do not stop it).
    pub bank: Option<Bank>,
    /// Every error, in file order.
    pub errors: Vec<BankError>,
    /// Every warning, in file order.
    pub warnings: Vec<BankWarning>,
}

/// Validates a bank file and builds the bank. Returns the first fault found, naming its item
/// and field, e.g. `question "A3": missing English text (text.en)`. Warnings do not count:
/// [`validate_bank_all`] gives them.
pub fn validate_bank(file: BankFile) -> Result<Bank, BankError> {
    let validation = validate_bank_all(&file);
    match (validation.bank, validation.errors.into_iter().next()) {
        (_, Some(error)) => Err(error),
        (Some(bank), None) => Ok(bank),
        (None, None) => Err(BankError::NoProblem),
    }
}

/// Validates a bank file: every error and every warning, and the bank when it has no error.
pub fn validate_bank_all(file: &BankFile) -> Validation {
    let mut checker = Checker::default();
    let bank = checker.bank(file);
    let Checker {
        mut errors,
        mut warnings,
        ..
    } = checker;
    if errors.len() > MAX_REPORTED {
        let count = errors.len() - MAX_REPORTED;
        errors.truncate(MAX_REPORTED);
        errors.push(BankError::MoreErrors { count });
    }
    if warnings.len() > MAX_REPORTED {
        let count = warnings.len() - MAX_REPORTED;
        warnings.truncate(MAX_REPORTED);
        warnings.push(BankWarning::new(
            Item::new(ItemKind::Bank, ""),
            "",
            WarningKind::MoreWarnings { count },
        ));
    }
    Validation {
        bank: bank.filter(|_| errors.is_empty()),
        errors,
        warnings,
    }
}

/// At most this many characters of a value are repeated in a message.
const CLIP_CHARS: usize = 80;

/// `value` cut for a message: a hostile file must not make an error sentence a megabyte long.
fn clip(value: &str) -> String {
    if value.chars().count() <= CLIP_CHARS {
        value.to_string()
    } else {
        let mut clipped: String = value.chars().take(CLIP_CHARS).collect();
        clipped.push('…');
        clipped
    }
}

/// The item for the `at`-th (0-based) entry of `kind`: by id when it has one, else by position.
fn item_of(kind: ItemKind, id: Option<&str>, at: usize) -> Item {
    match id {
        Some(id) => Item::new(kind, clip(id)),
        None => Item::new(kind, format!("#{}", at + 1)),
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// The bank's languages, its default first: as its `languages` says (the valid codes, once
/// each), else the languages its texts use, French first and the others in alphabetical order
/// (the same whether the file is TOML or JSON), else French.
pub fn bank_languages(file: &BankFile) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    for code in file.languages.iter().flatten() {
        if is_language_code(code) && !languages.contains(code) {
            languages.push(code.clone());
        }
    }
    if !languages.is_empty() {
        return languages;
    }
    let used: std::collections::BTreeSet<&str> = all_texts(file)
        .flat_map(|text| text.texts.iter().map(|(code, _)| code.as_str()))
        .filter(|code| is_language_code(code))
        .collect();
    if used.contains("fr") || used.is_empty() {
        languages.push("fr".into());
    }
    languages.extend(
        used.into_iter()
            .filter(|code| *code != "fr")
            .map(str::to_string),
    );
    languages
}

/// Every localised field of every item, for the languages a bank uses when it does not say.
fn all_texts(file: &BankFile) -> impl Iterator<Item = &LocalText> {
    file.problems.iter().flat_map(|problem| {
        let own = [
            &problem.label,
            &problem.summary,
            &problem.lesson,
            &problem.story,
        ];
        let fixes = problem
            .fixes
            .iter()
            .flat_map(|fix| [&fix.title, &fix.detail, &fix.source]);
        let questions = problem.questions.iter().map(|question| &question.text);
        own.into_iter()
            .chain(fixes)
            .chain(questions)
            .filter_map(Option::as_ref)
    })
}

#[derive(Default)]
struct Checker {
    errors: Vec<BankError>,
    warnings: Vec<BankWarning>,
    /// The bank's languages, its default first.
    languages: Vec<String>,
}

impl Checker {
    fn error(&mut self, error: BankError) {
        self.errors.push(error);
    }

    fn warn(&mut self, item: &Item, field: impl Into<String>, kind: WarningKind) {
        self.warnings
            .push(BankWarning::new(item.clone(), field, kind));
    }

    /// A required one-line value: missing, blank and too long are errors. `None` when missing
    /// or blank.
    fn required<'a>(
        &mut self,
        item: &Item,
        value: Option<&'a str>,
        field: &str,
        max: usize,
    ) -> Option<&'a str> {
        let Some(value) = value else {
            self.error(BankError::MissingField {
                item: item.clone(),
                field: field.to_string(),
            });
            return None;
        };
        if value.trim().is_empty() {
            self.error(BankError::EmptyField {
                item: item.clone(),
                field: field.to_string(),
            });
            return None;
        }
        let length = text_length(value);
        if length > max {
            self.error(BankError::TooLong {
                item: item.clone(),
                field: field.to_string(),
                length,
                max,
            });
        }
        Some(value)
    }

    /// A required text shown to people: as [`Checker::required`], and plain text.
    fn plain(&mut self, item: &Item, value: Option<&str>, field: &str, max: usize) -> String {
        let Some(value) = self.required(item, value, field, max) else {
            return String::new();
        };
        if let Some(tag) = markup(value) {
            self.error(BankError::Markup {
                item: item.clone(),
                field: field.to_string(),
                tag,
            });
        }
        value.to_string()
    }

    /// A localised text: each language a known one of the bank's, each text plain and within
    /// `max`, the default language present; another language missing is a warning.
    fn text(&mut self, item: &Item, value: Option<&LocalText>, name: &str, max: usize) -> Text {
        let default = self.languages.first().cloned().unwrap_or_default();
        let Some(value) = value else {
            self.error(BankError::MissingField {
                item: item.clone(),
                field: format!("{name}.{default}"),
            });
            return Text::default();
        };
        let mut found: Vec<(&str, String)> = Vec::with_capacity(value.texts.len());
        for (code, text) in &value.texts {
            let field = format!("{name}.{}", clip(code));
            if !is_language_code(code) {
                self.error(BankError::BadLanguage {
                    item: item.clone(),
                    field,
                    code: clip(code),
                });
                continue;
            }
            if !self.languages.contains(code) {
                self.error(BankError::UnknownLanguage {
                    item: item.clone(),
                    field,
                    code: code.clone(),
                });
                continue;
            }
            let text = self.plain(item, Some(text), &field, max);
            if !text.is_empty() {
                found.push((code, text));
            }
        }
        let languages = self.languages.clone();
        let mut texts = Vec::with_capacity(languages.len());
        for (at, code) in languages.iter().enumerate() {
            let present = value.get(code).is_some();
            match found.iter().position(|(known, _)| known == code) {
                Some(index) => {
                    let text = std::mem::take(&mut found[index].1);
                    texts.push((code.clone(), text));
                }
                // Present but refused above: its error is enough.
                None if present => {}
                None if at == 0 => self.error(BankError::MissingField {
                    item: item.clone(),
                    field: format!("{name}.{code}"),
                }),
                None => self.warn(
                    item,
                    format!("{name}.{code}"),
                    WarningKind::MissingTranslation {
                        code: code.clone(),
                        default: default.clone(),
                    },
                ),
            }
        }
        Text::new(texts)
    }

    fn count(&mut self, item: Item, what: Counted, count: usize, max: usize) {
        if count > max {
            self.error(BankError::TooMany {
                item,
                what,
                count,
                max,
            });
        }
    }

    fn bank(&mut self, file: &BankFile) -> Option<Bank> {
        let bank_item = Item::new(ItemKind::Bank, "");
        let id = self.required(&bank_item, file.id.as_deref(), "id", MAX_ID_CHARS);
        if let Some(id) = id {
            if !is_valid_id(id) {
                self.error(BankError::BadId {
                    item: Item::new(ItemKind::Bank, clip(id)),
                });
            }
        }
        let named = Item::new(ItemKind::Bank, id.map(clip).unwrap_or_default());
        let version = match file.version {
            None => {
                self.error(BankError::MissingField {
                    item: named.clone(),
                    field: "version".into(),
                });
                None
            }
            Some(value) => {
                let version = u32::try_from(value).ok().filter(|version| *version >= 1);
                if version.is_none() {
                    self.error(BankError::BadVersion { value });
                }
                version
            }
        };
        self.languages(file, &bank_item);
        if file.problems.is_empty() {
            self.error(BankError::NoProblem);
        }
        if !self.counts(file, &bank_item) {
            return None;
        }
        let fix_index = self.ids(&file.problems);

        let mut problems = Vec::with_capacity(file.problems.len());
        let (mut fix_at, mut question_at) = (0, 0);
        for (problem_at, problem) in file.problems.iter().enumerate() {
            let built = self.problem(
                problem,
                problem_at,
                &fix_index,
                &mut fix_at,
                &mut question_at,
            );
            problems.push(built);
        }
        self.fixes_reachable(&problems);
        let mut bank = Bank {
            id: id.unwrap_or_default().to_string(),
            version: version.unwrap_or(1),
            languages: self.languages.clone(),
            problems,
            migrations: Vec::new(),
        };
        bank.migrations = self.migrations(&file.migrations, &bank);
        Some(bank)
    }

    /// Checks `languages` (or, when absent, the number of languages the texts use) and sets
    /// the bank's languages.
    fn languages(&mut self, file: &BankFile, bank_item: &Item) {
        let mut seen: Vec<&str> = Vec::new();
        if let Some(declared) = &file.languages {
            if declared.is_empty() {
                self.error(BankError::EmptyField {
                    item: bank_item.clone(),
                    field: "languages".into(),
                });
            }
            for code in declared {
                if !is_language_code(code) {
                    self.error(BankError::BadLanguage {
                        item: bank_item.clone(),
                        field: "languages".into(),
                        code: clip(code),
                    });
                } else if seen.contains(&code.as_str()) {
                    self.error(BankError::DuplicateLanguage { code: code.clone() });
                } else {
                    seen.push(code);
                }
            }
        }
        self.languages = bank_languages(file);
        let count = file
            .languages
            .as_ref()
            .map_or(self.languages.len(), Vec::len);
        self.count(bank_item.clone(), Counted::Languages, count, MAX_LANGUAGES);
    }

    /// The count limits; `false` when one is exceeded (the items are then not checked).
    fn counts(&mut self, file: &BankFile, bank_item: &Item) -> bool {
        let before = self.errors.len();
        self.count(
            bank_item.clone(),
            Counted::Problems,
            file.problems.len(),
            MAX_PROBLEMS,
        );
        let total: usize = file
            .problems
            .iter()
            .map(|problem| problem.questions.len())
            .sum();
        self.count(bank_item.clone(), Counted::Questions, total, MAX_QUESTIONS);
        self.count(
            bank_item.clone(),
            Counted::Migrations,
            file.migrations.len(),
            MAX_MIGRATIONS,
        );
        // Per item, but only for the first few items: a file over the limits above is refused
        // without looking further.
        if self.errors.len() == before {
            for (at, problem) in file.problems.iter().enumerate() {
                let item = item_of(ItemKind::Problem, problem.id.as_deref(), at);
                self.count(
                    item.clone(),
                    Counted::QuestionsOfProblem,
                    problem.questions.len(),
                    MAX_QUESTIONS_PER_PROBLEM,
                );
                self.count(
                    item,
                    Counted::FixesOfProblem,
                    problem.fixes.len(),
                    MAX_FIXES_PER_PROBLEM,
                );
            }
            let mut question_at = 0;
            for question in file.problems.iter().flat_map(|problem| &problem.questions) {
                let item = item_of(ItemKind::Question, question.id.as_deref(), question_at);
                self.count(
                    item,
                    Counted::FixesOfQuestion,
                    question.fixes.len(),
                    MAX_FIXES_PER_QUESTION,
                );
                question_at += 1;
            }
            for (at, migration) in file.migrations.iter().enumerate() {
                let item = match migration.from {
                    Some(from) => Item::new(ItemKind::Migration, from.to_string()),
                    None => Item::new(ItemKind::Migration, format!("#{}", at + 1)),
                };
                self.count(
                    item,
                    Counted::OldQuestions,
                    migration.questions.len(),
                    MAX_OLD_QUESTIONS,
                );
            }
        }
        self.errors.len() == before
    }

    /// Every id, problems, fixes and questions together, in file order: each must be present,
    /// well-formed and used once. Returns where each fix is, by id.
    fn ids<'a>(&mut self, problems: &'a [ProblemFile]) -> HashMap<&'a str, FixRef> {
        let mut seen: HashMap<&str, ItemKind> = HashMap::new();
        let mut fix_index = HashMap::new();
        let (mut fix_at, mut question_at) = (0, 0);
        for (problem_at, problem) in problems.iter().enumerate() {
            let mut items = vec![(ItemKind::Problem, problem.id.as_deref(), problem_at, None)];
            for (at, fix) in problem.fixes.iter().enumerate() {
                let at_ref = FixRef {
                    problem: problem_at,
                    fix: at,
                };
                items.push((ItemKind::Fix, fix.id.as_deref(), fix_at, Some(at_ref)));
                fix_at += 1;
            }
            for question in &problem.questions {
                items.push((
                    ItemKind::Question,
                    question.id.as_deref(),
                    question_at,
                    None,
                ));
                question_at += 1;
            }
            for (kind, id, at, fix_ref) in items {
                let item = item_of(kind, id, at);
                let Some(id) = self.required(&item, id, "id", MAX_ID_CHARS) else {
                    continue;
                };
                if !is_valid_id(id) {
                    self.error(BankError::BadId { item });
                    continue;
                }
                if let Some(&first) = seen.get(id) {
                    self.error(BankError::DuplicateId { item, first });
                    continue;
                }
                seen.insert(id, kind);
                if let Some(at) = fix_ref {
                    fix_index.insert(id, at);
                }
            }
        }
        fix_index
    }

    fn problem(
        &mut self,
        problem: &ProblemFile,
        problem_at: usize,
        fix_index: &HashMap<&str, FixRef>,
        fix_at: &mut usize,
        question_at: &mut usize,
    ) -> Problem {
        let item = item_of(ItemKind::Problem, problem.id.as_deref(), problem_at);
        let label = self.text(&item, problem.label.as_ref(), "label", MAX_LABEL_CHARS);
        let summary = self.text(
            &item,
            problem.summary.as_ref(),
            "summary",
            MAX_SUMMARY_CHARS,
        );
        let lesson = self.text(&item, problem.lesson.as_ref(), "lesson", MAX_SUMMARY_CHARS);
        let story = problem
            .story
            .as_ref()
            .map(|story| self.text(&item, Some(story), "story", MAX_STORY_CHARS));
        if problem.questions.is_empty() {
            self.error(BankError::EmptyProblem {
                item: item.clone(),
                lacks: "question",
            });
        } else if problem.questions.len() < 4 {
            self.warn(
                &item,
                "questions",
                WarningKind::FewQuestions {
                    count: problem.questions.len(),
                },
            );
        }
        if problem.fixes.is_empty() {
            self.error(BankError::EmptyProblem {
                item: item.clone(),
                lacks: "fix",
            });
        }
        let mut fixes = Vec::with_capacity(problem.fixes.len());
        for fix in &problem.fixes {
            fixes.push(self.fix(fix, *fix_at));
            *fix_at += 1;
        }
        let mut questions = Vec::with_capacity(problem.questions.len());
        for question in &problem.questions {
            questions.push(self.question(question, *question_at, problem_at, fix_index));
            *question_at += 1;
        }
        Problem {
            id: item.id,
            label,
            summary,
            lesson,
            story,
            questions,
            fixes,
        }
    }

    fn fix(&mut self, fix: &FixFile, at: usize) -> Fix {
        let item = item_of(ItemKind::Fix, fix.id.as_deref(), at);
        let url = self
            .required(&item, fix.url.as_deref(), "url", MAX_URL_CHARS)
            .unwrap_or_default();
        if !url.is_empty() {
            match link_kind(url) {
                LinkKind::Https | LinkKind::Relative => {}
                LinkKind::Http => {
                    self.warn(&item, "url", WarningKind::HttpLink { value: clip(url) })
                }
                LinkKind::Unsafe => self.error(BankError::UnsafeLink {
                    item: item.clone(),
                    field: "url".into(),
                    value: clip(url),
                }),
                LinkKind::Bad => self.error(BankError::BadUrl {
                    item: item.clone(),
                    value: clip(url),
                }),
            }
        }
        Fix {
            title: self.text(&item, fix.title.as_ref(), "title", MAX_TITLE_CHARS),
            detail: self.text(&item, fix.detail.as_ref(), "detail", MAX_DETAIL_CHARS),
            source: self.text(&item, fix.source.as_ref(), "source", MAX_SOURCE_CHARS),
            url: url.to_string(),
            id: item.id,
        }
    }

    fn question(
        &mut self,
        question: &QuestionFile,
        index: usize,
        problem: usize,
        fix_index: &HashMap<&str, FixRef>,
    ) -> Question {
        let item = item_of(ItemKind::Question, question.id.as_deref(), index);
        let polarity = match self.required(
            &item,
            question.polarity.as_deref(),
            "polarity",
            MAX_WORD_CHARS,
        ) {
            Some("symptom") | None => Polarity::Symptom,
            Some("practice") => Polarity::Practice,
            Some(other) => {
                self.error(BankError::BadPolarity {
                    item: item.clone(),
                    value: clip(other),
                });
                Polarity::Symptom
            }
        };
        let text = self.text(&item, question.text.as_ref(), "text", MAX_QUESTION_CHARS);
        let origin = self.plain(
            &item,
            question.origin.as_deref(),
            "origin",
            MAX_SOURCE_CHARS,
        );
        let mut fixes = Vec::new();
        for fix_id in &question.fixes {
            let Some(&at) = fix_index.get(fix_id.as_str()) else {
                self.error(BankError::UnknownFix {
                    item: item.clone(),
                    fix: clip(fix_id),
                });
                continue;
            };
            // Naming a fix twice is harmless: it is suggested once.
            if !fixes.contains(&at) {
                fixes.push(at);
            }
        }
        if question.fixes.is_empty() {
            self.warn(&item, "fixes", WarningKind::NoFix);
        }
        Question {
            id: item.id,
            index,
            problem,
            polarity,
            text,
            origin,
            fixes,
        }
    }

    /// A fix no question points to would never be suggested: probably a mistake in the bank.
    fn fixes_reachable(&mut self, problems: &[Problem]) {
        let reached: HashSet<FixRef> = problems
            .iter()
            .flat_map(|problem| &problem.questions)
            .flat_map(|question| question.fixes.iter().copied())
            .collect();
        for (problem_at, problem) in problems.iter().enumerate() {
            for (fix_at, fix) in problem.fixes.iter().enumerate() {
                let at = FixRef {
                    problem: problem_at,
                    fix: fix_at,
                };
                if !reached.contains(&at) {
                    let item = Item::new(ItemKind::Fix, fix.id.as_str());
                    self.warn(&item, "id", WarningKind::UnreachableFix);
                }
            }
        }
    }

    fn migrations(&mut self, files: &[MigrationFile], bank: &Bank) -> Vec<Migration> {
        let targets: HashMap<&str, usize> = bank
            .questions()
            .map(|question| (question.id.as_str(), question.index))
            .collect();
        let mut migrations: Vec<Migration> = Vec::with_capacity(files.len());
        for (at, file) in files.iter().enumerate() {
            let Some(from) = file.from else {
                self.error(BankError::MissingField {
                    item: Item::new(ItemKind::Migration, format!("#{}", at + 1)),
                    field: "from".into(),
                });
                continue;
            };
            let item = Item::new(ItemKind::Migration, from.to_string());
            let Some(from) = u32::try_from(from)
                .ok()
                .filter(|from| (1..bank.version).contains(from))
            else {
                self.error(BankError::MigrationNotEarlier {
                    item,
                    version: bank.version,
                });
                continue;
            };
            if migrations.iter().any(|known| known.from == from) {
                self.error(BankError::DuplicateMigration { item });
                continue;
            }
            if file.questions.is_empty() {
                self.error(BankError::EmptyMigration { item });
                continue;
            }
            let migration = self.migration(file, from, &targets);
            migrations.push(migration);
        }
        migrations
    }

    fn migration(
        &mut self,
        file: &MigrationFile,
        from: u32,
        targets: &HashMap<&str, usize>,
    ) -> Migration {
        let kind = ItemKind::OldQuestion { from };
        let mut questions: Vec<OldQuestion> = Vec::with_capacity(file.questions.len());
        let mut listed: HashSet<&str> = HashSet::new();
        // Which old question already gives its answer to each target, by target position.
        let mut received: HashMap<usize, &str> = HashMap::new();
        for (at, old) in file.questions.iter().enumerate() {
            let item = item_of(kind, old.id.as_deref(), at);
            let Some(id) = self.required(&item, old.id.as_deref(), "id", MAX_ID_CHARS) else {
                continue;
            };
            if !is_valid_id(id) {
                self.error(BankError::BadId { item });
                continue;
            }
            if !listed.insert(id) {
                self.error(BankError::DuplicateOldQuestion { item });
                continue;
            }
            let to = old.to.as_deref();
            let change = match (old.change.as_deref().unwrap_or("same"), to) {
                ("removed", Some(to)) => {
                    self.error(BankError::RemovedWithTarget { item, to: clip(to) });
                    continue;
                }
                ("removed", None) => Change::Removed,
                ("same", Some(to)) if to != id => {
                    self.error(BankError::SameWithOtherId { item, to: clip(to) });
                    continue;
                }
                (change @ ("same" | "reworded"), to) => {
                    let to = to.unwrap_or(id);
                    let Some(&target) = targets.get(to) else {
                        self.error(BankError::UnknownTarget { item, to: clip(to) });
                        continue;
                    };
                    if let Some(first) = received.get(&target) {
                        self.error(BankError::SharedTarget {
                            item,
                            to: clip(to),
                            first: clip(first),
                        });
                        continue;
                    }
                    received.insert(target, id);
                    if change == "same" {
                        Change::Same { to: target }
                    } else {
                        Change::Reworded { to: target }
                    }
                }
                (other, _) => {
                    self.error(BankError::BadChange {
                        item,
                        value: clip(other),
                    });
                    continue;
                }
            };
            questions.push(OldQuestion {
                id: id.to_string(),
                change,
            });
        }
        Migration { from, questions }
    }
}
