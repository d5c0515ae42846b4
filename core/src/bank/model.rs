//! The bank file as written, before validation: every field is optional here so that a missing
//! one is reported by the validation with the item it belongs to, rather than by the TOML
//! reader with a line number only. Unknown keys are refused by the reader.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

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
    /// The bank's languages, its default first, e.g. `["fr", "en", "de"]`. When absent: the
    /// languages its texts use, French first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<String>>,
    /// The problems, in order.
    #[serde(default)]
    pub problems: Vec<ProblemFile>,
    /// How answers to earlier versions carry over.
    #[serde(default)]
    pub migrations: Vec<MigrationFile>,
}

/// A text in the bank's languages, as written: `label.fr = "…"`, `label.de = "…"` in TOML,
/// `"label": { "fr": "…", "de": "…" }` in JSON. Any key is read here, in the file's order; the
/// validation refuses a key that is not a language code, and a language the bank does not have.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    /// `(language code, text)` pairs, in the file's order.
    pub texts: Vec<(String, String)>,
}

impl LocalText {
    /// A text from `(language code, text)` pairs.
    pub fn new<C: Into<String>, T: Into<String>>(texts: impl IntoIterator<Item = (C, T)>) -> Self {
        LocalText {
            texts: texts
                .into_iter()
                .map(|(code, text)| (code.into(), text.into()))
                .collect(),
        }
    }

    /// The text in the language of code `code`, as written.
    pub fn get(&self, code: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(known, _)| known == code)
            .map(|(_, text)| text.as_str())
    }
}

impl Serialize for LocalText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.texts.len()))?;
        for (code, text) in &self.texts {
            map.serialize_entry(code, text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LocalText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(LocalTextVisitor)
    }
}

struct LocalTextVisitor;

impl<'de> Visitor<'de> for LocalTextVisitor {
    type Value = LocalText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table of texts by language code, e.g. fr = \"…\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalText, A::Error> {
        let mut texts: Vec<(String, String)> = Vec::new();
        while let Some((code, text)) = map.next_entry::<String, String>()? {
            // TOML and our JSON reader refuse a repeated key already; this keeps any other
            // reader from choosing one of two texts silently. A text has a handful of keys.
            if texts.iter().any(|(known, _)| *known == code) {
                return Err(de::Error::custom(format_args!("duplicate key `{code}`")));
            }
            texts.push((code, text));
        }
        Ok(LocalText { texts })
    }
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
