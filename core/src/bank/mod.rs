//! The question bank: its runtime model, the file model it is read from, and the rules that
//! validate one into the other.
//!
//! The file format (TOML) is documented in `docs/bank-format.md` and described for editors by
//! `docs/bank.schema.json`. `build.rs` includes this module as source, so the built-in bank is
//! validated at build time by exactly the rules a custom bank meets at run time, and the app
//! gets it as Rust code instead of parsing text in visitors' browsers.

mod error;
#[doc(hidden)]
pub mod line;
mod model;
#[cfg(feature = "toml")]
mod read;
mod validate;

pub use error::{BankError, Item, ItemKind};
pub use model::{
    BankFile, FixFile, LocalText, MigrationFile, OldQuestionFile, ProblemFile, QuestionFile,
};
#[cfg(feature = "toml")]
pub use read::parse_bank_toml;
pub use validate::validate_bank;

use crate::lang::Text;

/// Whether agreeing with a statement is bad news or good news for the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Polarity {
    /// The statement describes the problem: "always" is the worst answer.
    Symptom,
    /// The statement describes a protective practice: "always" is the best answer.
    Practice,
}

/// A validated question bank.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    /// Identifies the bank, so answers given to another bank are never mixed with these.
    pub id: String,
    /// Bumped whenever questions change.
    pub version: u32,
    /// The problems, in the order the assessment asks about them.
    pub problems: Vec<Problem>,
    /// How answers given to earlier versions carry over to this one, one entry per earlier
    /// version that can be migrated.
    pub migrations: Vec<Migration>,
}

/// One imaginary problem, its questions and its fixes.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Stable id, e.g. `validation-loop`.
    pub id: String,
    /// Its name.
    pub label: Text,
    /// What the problem looks like, shown at the top of its step.
    pub summary: Text,
    /// The course's key lesson.
    pub lesson: Text,
    /// The course's anecdote, paraphrased.
    pub story: Option<Text>,
    /// Its questions, in order.
    pub questions: Vec<Question>,
    /// Its fixes, in order.
    pub fixes: Vec<Fix>,
}

/// A concrete fix drawn from the course or its companion texts.
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// Stable id, e.g. `A-F1`.
    pub id: String,
    /// The fix as a short action.
    pub title: Text,
    /// How to do it.
    pub detail: Text,
    /// Label of its source.
    pub source: Text,
    /// Link to its source.
    pub url: String,
}

/// A statement the team rates on the answer scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Stable id, e.g. `A1`.
    pub id: String,
    /// Position in the whole bank; answers are stored in this order.
    pub index: usize,
    /// Position of its problem in [`Bank::problems`].
    pub problem: usize,
    /// Symptom or protective practice.
    pub polarity: Polarity,
    /// The statement.
    pub text: Text,
    /// Where the question comes from.
    pub origin: String,
    /// The fixes a worrying answer points to.
    pub fixes: Vec<FixRef>,
}

/// Where a fix sits in the bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FixRef {
    /// Position of the problem in [`Bank::problems`].
    pub problem: usize,
    /// Position of the fix in that problem's [`Problem::fixes`].
    pub fix: usize,
}

/// How the questions of one earlier version map to this bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migration {
    /// The earlier version.
    pub from: u32,
    /// Every question of that version, in its answer order: old answers are positional.
    pub questions: Vec<OldQuestion>,
}

/// A question of an earlier version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OldQuestion {
    /// Its id in that version.
    pub id: String,
    /// What became of it.
    pub change: Change,
}

/// What became of an earlier version's question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Unchanged, same id: its answer is kept.
    Same {
        /// Global position of the question in this bank.
        to: usize,
    },
    /// Reworded without changing its meaning, possibly under a new id: its answer is kept.
    Reworded {
        /// Global position of the question in this bank.
        to: usize,
    },
    /// No longer asked: its answer is dropped.
    Removed,
}

impl Change {
    /// The position in this bank the answer moves to, if it is kept.
    pub fn target(self) -> Option<usize> {
        match self {
            Change::Same { to } | Change::Reworded { to } => Some(to),
            Change::Removed => None,
        }
    }
}

impl Bank {
    /// Every question, in answer order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.problems
            .iter()
            .flat_map(|problem| problem.questions.iter())
    }

    /// How many questions the whole bank has.
    pub fn question_count(&self) -> usize {
        self.problems
            .iter()
            .map(|problem| problem.questions.len())
            .sum()
    }

    /// The fix at `at`. Refs only come from a validated bank, so they are always in range.
    pub fn fix(&self, at: FixRef) -> &Fix {
        &self.problems[at.problem].fixes[at.fix]
    }

    /// The question with global position `index`, if any.
    pub fn question(&self, index: usize) -> Option<&Question> {
        self.questions().nth(index)
    }

    /// How answers given to version `from` carry over, if this bank knows that version.
    pub fn migration_from(&self, from: u32) -> Option<&Migration> {
        self.migrations
            .iter()
            .find(|migration| migration.from == from)
    }
}
