//! Why a bank is refused: one variant per rule, each naming the faulty item and field.

use std::fmt;

/// What kind of item an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// The bank itself (its `id` and `version`).
    Bank,
    /// A `[[problems]]` table.
    Problem,
    /// A `[[problems.fixes]]` table.
    Fix,
    /// A `[[problems.questions]]` table.
    Question,
    /// A `[[migrations]]` table; the item id is its `from` version.
    Migration,
    /// A question listed in the migration from version `from`.
    OldQuestion {
        /// The version the migration starts from.
        from: u32,
    },
}

impl ItemKind {
    fn keyword(self) -> &'static str {
        match self {
            ItemKind::Bank => "bank",
            ItemKind::Problem => "problem",
            ItemKind::Fix => "fix",
            ItemKind::Question | ItemKind::OldQuestion { .. } => "question",
            ItemKind::Migration => "migration",
        }
    }
}

/// The item an error is about, e.g. `question "A3"`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Its kind.
    pub kind: ItemKind,
    /// Its id; for an item written without one, `#` and its 1-based position among its kind.
    pub id: String,
}

impl Item {
    /// An item of `kind` with id `id`.
    pub fn new(kind: ItemKind, id: impl Into<String>) -> Self {
        Item {
            kind,
            id: id.into(),
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let ItemKind::OldQuestion { from } = self.kind {
            write!(f, "migration from version {from}, ")?;
        }
        let keyword = self.kind.keyword();
        match self.kind {
            _ if self.id.is_empty() => f.write_str(keyword),
            // Positions and version numbers are not ids: no quotes.
            _ if self.id.starts_with('#') => write!(f, "{keyword} {}", self.id),
            ItemKind::Migration => write!(f, "migration from version {}", self.id),
            _ => write!(f, "{keyword} \"{}\"", self.id),
        }
    }
}

/// Why a bank was refused. Each variant names the faulty item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    /// The text is not valid TOML, a value has the wrong type, or a key is unknown.
    Toml {
        /// The item the faulty line belongs to, when it can be told.
        item: Option<Item>,
        /// The 1-based line of the fault.
        line: usize,
        /// The reader's explanation.
        message: String,
    },
    /// A required field is missing. For a localised field this is a missing language.
    MissingField {
        /// The item lacking it.
        item: Item,
        /// The field, e.g. `text.en`.
        field: &'static str,
    },
    /// A field holds only blanks.
    EmptyField {
        /// The item.
        item: Item,
        /// The field.
        field: &'static str,
    },
    /// The bank version is below 1.
    BadVersion {
        /// The value found.
        value: i64,
    },
    /// The bank has no problem at all.
    NoProblem,
    /// An id is used twice (problems, fixes and questions share one namespace).
    DuplicateId {
        /// The second item using it.
        item: Item,
        /// The kind of the first item using it.
        first: ItemKind,
    },
    /// An id has characters other than ASCII letters, digits and `-`, or is empty.
    BadId {
        /// The item, with the id as written.
        item: Item,
    },
    /// A polarity other than `symptom` or `practice`.
    BadPolarity {
        /// The question.
        item: Item,
        /// The value found.
        value: String,
    },
    /// A source link that is not an `https://` URL.
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
    /// No question points to a fix, so it could never be suggested.
    UnreachableFix {
        /// The fix.
        item: Item,
    },
    /// A migration starts from a version that is not earlier than the bank's.
    MigrationNotEarlier {
        /// The migration.
        item: Item,
        /// The bank's version.
        version: u32,
    },
    /// Two migrations start from the same version.
    DuplicateMigration {
        /// The second one.
        item: Item,
    },
    /// A migration lists no question.
    EmptyMigration {
        /// The migration.
        item: Item,
    },
    /// A migration lists the same old question twice.
    DuplicateOldQuestion {
        /// The old question.
        item: Item,
    },
    /// A `change` other than `same`, `reworded` or `removed`.
    BadChange {
        /// The old question.
        item: Item,
        /// The value found.
        value: String,
    },
    /// An old question maps to a question this bank does not have.
    UnknownTarget {
        /// The old question.
        item: Item,
        /// The missing id.
        to: String,
    },
    /// Two old questions map to the same question.
    SharedTarget {
        /// The second old question.
        item: Item,
        /// The shared target id.
        to: String,
        /// The first old question mapping to it.
        first: String,
    },
    /// A question marked `same` under another id: that is a rewording.
    SameWithOtherId {
        /// The old question.
        item: Item,
        /// The other id.
        to: String,
    },
    /// A removed question with a `to`.
    RemovedWithTarget {
        /// The old question.
        item: Item,
        /// The `to` found.
        to: String,
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

fn article(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Problem => "a problem",
        ItemKind::Fix => "a fix",
        _ => "a question",
    }
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Toml {
                item: Some(item),
                line,
                message,
            } => write!(f, "{item} (line {line}): {message}"),
            BankError::Toml {
                item: None,
                line,
                message,
            } => write!(f, "line {line}: {message}"),
            BankError::MissingField { item, field } => {
                write!(f, "{item}: {}", describe_field(field))
            }
            BankError::EmptyField { item, field } => write!(f, "{item}: \"{field}\" is empty"),
            BankError::BadVersion { value } => write!(
                f,
                "bank: version {value} must be a whole number from 1 upwards"
            ),
            BankError::NoProblem => write!(f, "the bank has no problem"),
            BankError::DuplicateId { item, first } => {
                write!(f, "{item}: id already used by {}", article(*first))
            }
            BankError::BadId { item } => {
                write!(f, "{item}: an id may only use letters, digits and \"-\"")
            }
            BankError::BadPolarity { item, value } => write!(
                f,
                "{item}: polarity \"{value}\" must be \"symptom\" or \"practice\""
            ),
            BankError::BadUrl { item, value } => {
                write!(f, "{item}: \"{value}\" is not an https:// link")
            }
            BankError::UnknownFix { item, fix } => {
                write!(f, "{item}: fix \"{fix}\" does not exist")
            }
            BankError::NoFix { item } => write!(f, "{item}: points to no fix"),
            BankError::EmptyProblem { item, lacks } => write!(f, "{item} has no {lacks}"),
            BankError::UnreachableFix { item } => {
                write!(f, "{item}: no question points to it")
            }
            BankError::MigrationNotEarlier { item, version } => write!(
                f,
                "{item}: must start from a version earlier than the bank’s ({version})"
            ),
            BankError::DuplicateMigration { item } => write!(f, "{item} is given twice"),
            BankError::EmptyMigration { item } => write!(f, "{item} lists no question"),
            BankError::DuplicateOldQuestion { item } => write!(f, "{item} is listed twice"),
            BankError::BadChange { item, value } => write!(
                f,
                "{item}: change \"{value}\" must be \"same\", \"reworded\" or \"removed\""
            ),
            BankError::UnknownTarget { item, to } => {
                write!(
                    f,
                    "{item}: question \"{to}\" does not exist in this version"
                )
            }
            BankError::SharedTarget { item, to, first } => write!(
                f,
                "{item}: question \"{to}\" already receives the answer of question \"{first}\""
            ),
            BankError::SameWithOtherId { item, to } => write!(
                f,
                "{item}: \"same\" keeps the id, but \"to\" is \"{to}\" (use change = \"reworded\")"
            ),
            BankError::RemovedWithTarget { item, to } => write!(
                f,
                "{item}: a removed question has no \"to\" (found \"{to}\")"
            ),
        }
    }
}

impl std::error::Error for BankError {}
