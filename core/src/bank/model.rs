//! The bank file as written, before validation: every field is optional here so that a missing
//! one is reported by the validation with the item it belongs to, rather than by the TOML
//! reader with a line number only. Unknown keys are refused by the reader.

use serde::{Deserialize, Serialize};

/// A whole bank file (`content/bank.toml`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BankFile {
    /// Identifies the bank, e.g. `problemes-imaginaires`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Bumped whenever questions change; signed so that 0 or -1 get a sentence, not a type error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The problems, in order.
    #[serde(default)]
    pub problems: Vec<ProblemFile>,
    /// How answers to earlier versions carry over.
    #[serde(default)]
    pub migrations: Vec<MigrationFile>,
}

/// A text in both languages, as written (`label.fr = "…"`, `label.en = "…"`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocalText {
    /// French.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    /// English.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

/// A `[[problems]]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemFile {
    /// Stable id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<LocalText>,
    /// What the problem looks like.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalText>,
    /// The course's key lesson.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lesson: Option<LocalText>,
    /// The course's anecdote (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<LocalText>,
    /// Its fixes, in order.
    #[serde(default)]
    pub fixes: Vec<FixFile>,
    /// Its questions, in answer order.
    #[serde(default)]
    pub questions: Vec<QuestionFile>,
}

/// A `[[problems.fixes]]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FixFile {
    /// Stable id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The fix as a short action.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalText>,
    /// How to do it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<LocalText>,
    /// Label of its source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<LocalText>,
    /// Link to its source (`https://`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A `[[problems.questions]]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    /// Stable id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `symptom` or `practice`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polarity: Option<String>,
    /// The statement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalText>,
    /// Where the question comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    /// Ids of the fixes it points to.
    #[serde(default)]
    pub fixes: Vec<String>,
}

/// A `[[migrations]]` table: every question of version `from`, in its order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MigrationFile {
    /// The earlier version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<i64>,
    /// Its questions, in that version's answer order.
    #[serde(default)]
    pub questions: Vec<OldQuestionFile>,
}

/// One question of an earlier version: `{ id = "A2", to = "A2b", change = "reworded" }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OldQuestionFile {
    /// Its id in that version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its id in this version; defaults to `id` unless removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// `same` (the default), `reworded` or `removed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<String>,
}
