//! The result file: one person's assessment as JSON (`problemes-imaginaires/result`, version 1,
//! documented in `docs/export-format.md`), and reading it back.
//!
//! The file is meant for people and tools alike: it repeats labels, scores and fixes in the
//! export's language so it can be read without the widget, but on import only the answers,
//! notes, language, date and nonce are taken; scores are always recomputed from the answers.
//! Scores are written as strings with one decimal (`"5.6"`) because the core keeps them in
//! tenths and never formats floats.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::encode_code;
use crate::date::Date;
use crate::document::present;
use crate::import::{
    bad, parse_date, parse_lang, pretty, read_file, required, text_or_null, FileHead, ImportError,
};
use crate::lang::Lang;
use crate::migrate::{optional_notice, CarriedOver};
use crate::recommend::{recommend, Recommendations};
use crate::score::{assess, Score};
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The `format` of a result file.
pub const RESULT_FORMAT: &str = "problemes-imaginaires/result";

/// What a result file gives back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedResult {
    /// The answers, one slot per question of the bank.
    pub answers: Answers,
    /// The two reflective notes: the worst case, the smallest action.
    pub notes: [String; 2],
    /// The language of the export.
    pub lang: Lang,
    /// The day of the assessment.
    pub date: Date,
    /// The submission's nonce.
    pub nonce: u32,
}

/// A result file as read, and whether its answers were carried over from an earlier version
/// of the bank (see [`import_json_migrating`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultImport {
    /// What the file gives back, answers already carried over to the current version.
    pub result: ImportedResult,
    /// The earlier bank version the file answered, `None` when it answered the current one.
    pub migrated_from: Option<u32>,
    /// Questions of the current version the file could not answer: left unanswered.
    pub new_questions: usize,
    /// Questions of the file's version no longer asked: their answers were dropped.
    pub removed_questions: usize,
}

impl ResultImport {
    /// The one-line notice to show when the answers were carried over, as
    /// [`crate::Migrated::notice`] words it; `None` for a file of the current version.
    pub fn notice(&self, lang: Lang) -> Option<String> {
        optional_notice(
            self.migrated_from,
            self.new_questions,
            self.removed_questions,
            lang,
        )
    }
}

/// A score as written in files: `"5.6"`, or `null` without a score.
pub(crate) fn score_text(score: Option<Score>) -> Option<String> {
    score.map(|score| score.format('.'))
}

/// One fix in a result or team result file.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FixOut<'a> {
    id: &'a str,
    problem: Option<&'a str>,
    title: &'a str,
    detail: &'a str,
    source: &'a str,
    url: &'a str,
    triggered_by: Vec<&'a str>,
    start_here: bool,
}

/// The ordered fixes, with the questions that triggered each and whether it is in "start
/// here"; the individual and the team result files share this shape.
pub(crate) fn fixes_out<'a>(
    bank: &'a Bank,
    recommendations: &Recommendations,
    lang: Lang,
) -> Vec<FixOut<'a>> {
    let question_id = |index: usize| bank.question(index).map_or("", |q| q.id.as_str());
    recommendations
        .ordered
        .iter()
        .enumerate()
        .map(|(rank, recommendation)| {
            let fix = bank.fix(recommendation.fix);
            FixOut {
                id: &fix.id,
                problem: bank
                    .problems
                    .get(recommendation.fix.problem)
                    .map(|p| p.id.as_str()),
                title: fix.title.get(lang),
                detail: fix.detail.get(lang),
                source: fix.source.get(lang),
                url: &fix.url,
                triggered_by: recommendation
                    .triggers
                    .iter()
                    .map(|trigger| question_id(trigger.question))
                    .collect(),
                start_here: rank < Recommendations::START_HERE,
            }
        })
        .collect()
}

/// The result file, in the order of `docs/export-format.md`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultOut<'a> {
    #[serde(flatten)]
    head: FileHead<'a>,
    date: String,
    lang: String,
    nonce: u32,
    code: String,
    overall: OverallOut,
    problems: Vec<ProblemOut<'a>>,
    answers: Vec<AnswerOut<'a>>,
    fixes: Vec<FixOut<'a>>,
    notes: NotesOut<'a>,
}

#[derive(Serialize)]
struct OverallOut {
    score: Option<String>,
    band: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProblemOut<'a> {
    id: &'a str,
    label: &'a str,
    score: Option<String>,
    band: &'static str,
    blind_spots: usize,
    unanswered: usize,
    lesson: &'a str,
}

#[derive(Serialize)]
struct AnswerOut<'a> {
    question: &'a str,
    problem: Option<&'a str>,
    text: &'a str,
    answer: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotesOut<'a> {
    worst_case: &'a str,
    smallest_action: &'a str,
}

/// The result file for `answers`, pretty-printed, ending with a newline.
pub fn export_json(
    bank: &Bank,
    answers: &Answers,
    notes: &[String; 2],
    lang: Lang,
    date: Date,
    nonce: u32,
) -> String {
    let assessment = assess(bank, answers);
    let recommendations = recommend(bank, answers, &assessment);
    let overall = &assessment.overall;
    let document = ResultOut {
        head: FileHead::new(bank, RESULT_FORMAT),
        date: date.to_string(),
        lang: lang.code().to_string(),
        nonce,
        code: encode_code(bank, answers, nonce, None),
        overall: OverallOut {
            score: score_text(overall.score),
            band: overall.band().map_or("none", |band| band.key()),
        },
        problems: bank
            .problems
            .iter()
            .zip(&assessment.problems)
            .map(|(problem, result)| ProblemOut {
                id: &problem.id,
                label: problem.label.get(lang),
                score: score_text(result.score),
                band: result.band_key(),
                blind_spots: result.blind_spots,
                unanswered: result.unanswered,
                lesson: problem.lesson.get(lang),
            })
            .collect(),
        answers: bank
            .questions()
            .map(|question| AnswerOut {
                question: &question.id,
                problem: bank.problems.get(question.problem).map(|p| p.id.as_str()),
                text: question.text.get(lang),
                answer: answers.get(question.index).map(Answer::key),
            })
            .collect(),
        fixes: fixes_out(bank, &recommendations, lang),
        notes: NotesOut {
            worst_case: &notes[0],
            smallest_action: &notes[1],
        },
    };
    pretty(&document)
}

/// What import reads of a result file; every other field (scores, labels, fixes, `code`) is
/// ignored, and so are fields unknown to this version.
#[derive(Deserialize)]
struct ResultIn {
    #[serde(default, deserialize_with = "present")]
    answers: Option<Vec<AnswerIn>>,
    #[serde(default)]
    notes: Option<NotesIn>,
    #[serde(default, deserialize_with = "present")]
    lang: Option<String>,
    #[serde(default, deserialize_with = "present")]
    date: Option<String>,
    #[serde(default, deserialize_with = "present")]
    nonce: Option<u32>,
}

#[derive(Deserialize)]
struct AnswerIn {
    #[serde(default, deserialize_with = "present")]
    question: Option<String>,
    /// Kept as a value so that a wrong one is reported with its question, whatever the order
    /// of the two keys.
    #[serde(default)]
    answer: Option<Written>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct NotesIn {
    #[serde(default, deserialize_with = "text_or_null")]
    worst_case: String,
    #[serde(default, deserialize_with = "text_or_null")]
    smallest_action: String,
}

/// Reads a result file exported for `bank`. Only answers, notes, language, date and nonce are
/// read; scores, labels, fixes and the code are ignored (scores are recomputed by the caller).
/// A file of an earlier version of the bank is carried over; [`import_json_migrating`] also
/// says so.
pub fn import_json(bank: &Bank, text: &str) -> Result<ImportedResult, ImportError> {
    import_json_migrating(bank, text).map(|import| import.result)
}

/// [`import_json`], saying whether the file answered an earlier version of the bank: its
/// answers are then read with that version's question ids and carried over by the bank's
/// migration (kept and reworded answers move, removed ones are dropped, new questions stay
/// unanswered). A later version, or an earlier one with no migration, is refused.
pub fn import_json_migrating(bank: &Bank, text: &str) -> Result<ResultImport, ImportError> {
    let (file, version): (ResultIn, u32) = read_file(bank, text, RESULT_FORMAT)?;
    let slots = read_answers(bank, version, required(file.answers, "answers")?)?;
    let answers = bank
        .migrate(version, &slots)
        .map_err(|_| bad("answers"))?
        .answers;
    let notes = file
        .notes
        .map(|notes| [notes.worst_case, notes.smallest_action])
        .unwrap_or_default();
    let carried = CarriedOver::from_version(bank, Some(version));
    Ok(ResultImport {
        result: ImportedResult {
            answers,
            notes,
            lang: parse_lang(&required(file.lang, "lang")?, "lang")?,
            date: parse_date(&required(file.date, "date")?)?,
            nonce: required(file.nonce, "nonce")?,
        },
        migrated_from: carried.from,
        new_questions: carried.new_questions,
        removed_questions: carried.removed_questions,
    })
}

/// The question ids of `version` of `bank`, in that version's answer order.
fn question_ids(bank: &Bank, version: u32) -> Vec<&str> {
    match bank.migration_from(version) {
        Some(migration) if version != bank.version => migration
            .questions
            .iter()
            .map(|old| old.id.as_str())
            .collect(),
        _ => bank.questions().map(|q| q.id.as_str()).collect(),
    }
}

/// `[{"question": "A1", "answer": "often" | null}, …]` to answers in the order of `version`
/// of the bank, whose question ids the file uses. Questions left out of the list are
/// unanswered.
fn read_answers(
    bank: &Bank,
    version: u32,
    list: Vec<AnswerIn>,
) -> Result<Vec<Option<Answer>>, ImportError> {
    let ids = question_ids(bank, version);
    let mut slots: Vec<Option<Option<Answer>>> = vec![None; ids.len()];
    for (at, item) in list.into_iter().enumerate() {
        let id = item
            .question
            .ok_or_else(|| bad(&format!("answers[{at}].question")))?;
        let index = ids.iter().position(|known| *known == id).ok_or_else(|| {
            ImportError::UnknownQuestion {
                question: id.clone(),
            }
        })?;
        let unknown = |answer: String| ImportError::UnknownAnswer {
            question: id.clone(),
            answer,
        };
        let answer = match item.answer {
            None => None,
            Some(Written::Text(text)) => {
                Some(Answer::from_key(&text).ok_or_else(|| unknown(text))?)
            }
            Some(Written::Other(shown)) => return Err(unknown(shown)),
        };
        match slots.get_mut(index) {
            Some(slot @ None) => *slot = Some(answer),
            _ => return Err(ImportError::DuplicateQuestion { question: id }),
        }
    }
    Ok(slots.into_iter().map(Option::flatten).collect())
}

/// An answer value as written: its text when it is a string, else what the error repeats of
/// it, in no language: whole numbers and booleans as written, other values by a sign. Read
/// by its own small visitor rather than as a `serde_json::Value`, whose reader is larger.
enum Written {
    Text(String),
    Other(String),
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Written, D::Error> {
        deserializer.deserialize_any(WrittenVisitor)
    }
}

struct WrittenVisitor;

impl<'de> Visitor<'de> for WrittenVisitor {
    type Value = Written;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer")
    }

    fn visit_str<E>(self, text: &str) -> Result<Written, E> {
        Ok(Written::Text(text.to_string()))
    }

    fn visit_bool<E>(self, value: bool) -> Result<Written, E> {
        Ok(Written::Other(value.to_string()))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Written, E> {
        Ok(Written::Other(value.to_string()))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Written, E> {
        Ok(Written::Other(value.to_string()))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Written, E> {
        Ok(Written::Other("…".into()))
    }

    fn visit_unit<E>(self) -> Result<Written, E> {
        Ok(Written::Other("null".into()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Written, A::Error> {
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Written::Other("[…]".into()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Written, A::Error> {
        while members.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Written::Other("{…}".into()))
    }
}
