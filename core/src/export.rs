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
use crate::import::{
    bad, bank_json, date_field, field, lang_field, read_file, text_field, u32_field, ImportError,
};
use crate::json::Json;
use crate::lang::Lang;
use crate::recommend::{recommend, Recommendations};
use crate::score::{assess, Score};

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

/// A score as JSON: `"5.6"`, or `null` without a score.
pub(crate) fn score_json(score: Option<Score>) -> Json {
    score.map_or(Json::Null, |score| Json::text(&score.format('.')))
}

/// The ordered fixes as JSON, with the questions that triggered each and whether it is in
/// "start here"; the individual and the team result files share this shape.
pub(crate) fn fixes_json(bank: &Bank, recommendations: &Recommendations, lang: Lang) -> Json {
    let question_id = |index: usize| bank.question(index).map_or("", |q| q.id.as_str());
    Json::Array(
        recommendations
            .ordered
            .iter()
            .enumerate()
            .map(|(rank, recommendation)| {
                let fix = bank.fix(recommendation.fix);
                let problem = bank.problems.get(recommendation.fix.problem);
                Json::object(vec![
                    ("id", Json::text(&fix.id)),
                    (
                        "problem",
                        Json::text_or_null(problem.map(|p| p.id.as_str())),
                    ),
                    ("title", Json::text(fix.title.get(lang))),
                    ("detail", Json::text(fix.detail.get(lang))),
                    ("source", Json::text(fix.source.get(lang))),
                    ("url", Json::text(&fix.url)),
                    (
                        "triggeredBy",
                        Json::Array(
                            recommendation
                                .triggers
                                .iter()
                                .map(|trigger| Json::text(question_id(trigger.question)))
                                .collect(),
                        ),
                    ),
                    ("startHere", Json::Bool(rank < Recommendations::START_HERE)),
                ])
            })
            .collect(),
    )
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
    let problems = bank
        .problems
        .iter()
        .zip(&assessment.problems)
        .map(|(problem, result)| {
            Json::object(vec![
                ("id", Json::text(&problem.id)),
                ("label", Json::text(problem.label.get(lang))),
                ("score", score_json(result.score)),
                ("band", Json::text(result.band_key())),
                ("blindSpots", Json::number(result.blind_spots as u64)),
                ("unanswered", Json::number(result.unanswered as u64)),
                ("lesson", Json::text(problem.lesson.get(lang))),
            ])
        })
        .collect();
    let answer_list = bank
        .questions()
        .map(|question| {
            let problem = bank.problems.get(question.problem).map(|p| p.id.as_str());
            Json::object(vec![
                ("question", Json::text(&question.id)),
                ("problem", Json::text_or_null(problem)),
                ("text", Json::text(question.text.get(lang))),
                (
                    "answer",
                    Json::text_or_null(answers.get(question.index).map(Answer::key)),
                ),
            ])
        })
        .collect();
    let fixes = fixes_json(bank, &recommendations, lang);
    let overall = &assessment.overall;
    let document = Json::object(vec![
        ("format", Json::text(RESULT_FORMAT)),
        ("formatVersion", Json::number(1)),
        ("bank", bank_json(bank)),
        ("date", Json::text(&date.to_string())),
        ("lang", Json::text(lang.code())),
        ("nonce", Json::number(u64::from(nonce))),
        ("code", Json::text(&encode_code(bank, answers, nonce, None))),
        (
            "overall",
            Json::object(vec![
                ("score", score_json(overall.score)),
                (
                    "band",
                    Json::text(overall.band().map_or("none", |band| band.key())),
                ),
            ]),
        ),
        ("problems", Json::Array(problems)),
        ("answers", Json::Array(answer_list)),
        ("fixes", fixes),
        (
            "notes",
            Json::object(vec![
                ("worstCase", Json::text(&notes[0])),
                ("smallestAction", Json::text(&notes[1])),
            ]),
        ),
    ]);
    document.to_string_pretty() + "\n"
}

/// Reads a result file exported for `bank`. Only answers, notes, language, date and nonce are
/// read; scores, labels, fixes and the code are ignored (scores are recomputed by the caller).
pub fn import_json(bank: &Bank, text: &str) -> Result<ImportedResult, ImportError> {
    let root = read_file(bank, text, RESULT_FORMAT)?;
    let list = field(&root, "answers")?
        .as_array()
        .ok_or_else(|| bad("answers"))?;
    let answers = read_answers(bank, list)?;
    let notes = match root.get("notes") {
        None | Some(Json::Null) => Default::default(),
        Some(notes @ Json::Object(_)) => [
            text_field(notes, "worstCase")?,
            text_field(notes, "smallestAction")?,
        ],
        Some(_) => return Err(bad("notes")),
    };
    Ok(ImportedResult {
        answers,
        notes,
        lang: lang_field(&root, "lang")?,
        date: date_field(&root, "date")?,
        nonce: u32_field(&root, "nonce")?,
    })
}

/// `[{"question": "A1", "answer": "often" | null}, …]` to answers in bank order. Questions
/// left out of the list are unanswered.
fn read_answers(bank: &Bank, list: &[Json]) -> Result<Answers, ImportError> {
    let ids: Vec<&str> = bank.questions().map(|q| q.id.as_str()).collect();
    let mut slots: Vec<Option<Option<Answer>>> = vec![None; ids.len()];
    for (at, item) in list.iter().enumerate() {
        let id = item
            .get("question")
            .and_then(Json::as_str)
            .ok_or_else(|| bad(&format!("answers[{at}].question")))?;
        let index = ids.iter().position(|known| *known == id).ok_or_else(|| {
            ImportError::UnknownQuestion {
                question: id.to_string(),
            }
        })?;
        let answer = match item.get("answer") {
            None | Some(Json::Null) => None,
            Some(value) => Some(value.as_str().and_then(Answer::from_key).ok_or_else(|| {
                ImportError::UnknownAnswer {
                    question: id.to_string(),
                    answer: value
                        .as_str()
                        .map_or_else(|| value.to_compact(), str::to_string),
                }
            })?),
        };
        match slots.get_mut(index) {
            Some(slot @ None) => *slot = Some(answer),
            _ => {
                return Err(ImportError::DuplicateQuestion {
                    question: id.to_string(),
                })
            }
        }
    }
    Ok(Answers::from_slots(
        slots.into_iter().map(Option::flatten).collect(),
    ))
}
