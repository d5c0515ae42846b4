//! The team result as files: JSON (`problemes-imaginaires/team-result`, version 1), CSV and
//! Markdown, in French or English. Documented in `docs/team-format.md`.
//!
//! They are written from a [`TeamResult`] only, so they can hold nothing the team view does not
//! show: no nonce, no code, no per-person row, no order of arrival; figures hidden below *k*
//! stay hidden, with their reason.

use crate::answers::Answer;
use crate::bank::Bank;
use crate::code::Role;
use crate::date::Date;
use crate::export::{fixes_out, FixOut};
use crate::import::{pretty, FileHead};
use crate::labels::{answer_label, band_label, format_score};
use crate::lang::Lang;
use crate::recommend::Recommendation;
use crate::report::{csv_separator, generator_paragraph, push_csv_row, push_generator_row};
use crate::score::Score;
use crate::team::aggregate::{ProblemStats, TeamResult};
use crate::team::disagreement::disagreement_rule;
use crate::team::distribution::{blind_spot_rule, Distribution, Hidden, Visibility};
use crate::team::roles::{role_gap_rule, Gap, ProblemGap, RoleGaps};
use crate::team::stats::HalfTenths;
use crate::team::words::{team_words, TeamWords};
use serde::Serialize;

/// The `format` of a team result file.
pub const TEAM_RESULT_FORMAT: &str = "problemes-imaginaires/team-result";

/// The quartile method in one sentence.
pub fn quartile_rule(lang: Lang) -> &'static str {
    team_words(lang).quartile_rule
}

fn half_text(value: HalfTenths) -> String {
    value.rounded().format('.')
}

fn question_id(bank: &Bank, index: usize) -> &str {
    bank.question(index).map_or("", |q| q.id.as_str())
}

fn problem_id(bank: &Bank, index: usize) -> Option<&str> {
    bank.problems.get(index).map(|p| p.id.as_str())
}

/// The team result file, in the order of `docs/team-format.md`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TeamOut<'a> {
    #[serde(flatten)]
    head: FileHead<'a>,
    date: String,
    lang: String,
    k: usize,
    people: usize,
    problems: Vec<ProblemOut<'a>>,
    questions: Vec<QuestionOut<'a>>,
    talk_about_it: Vec<TalkOut<'a>>,
    blind_spots: Vec<BlindSpotOut<'a>>,
    role_gaps: RoleGapsOut<'a>,
    fixes: Vec<FixOut<'a>>,
    rules: RulesOut,
}

#[derive(Serialize)]
struct ProblemOut<'a> {
    id: &'a str,
    label: &'a str,
    scored: usize,
    stats: Option<StatsOut>,
    band: &'static str,
    /// Only present when figures are withheld (fewer than *k* scores), so files written with
    /// figures before this rule keep their bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    hidden: Option<&'static str>,
}

/// Statistics as displayed: one decimal, rounded half up.
#[derive(Serialize)]
struct StatsOut {
    min: String,
    q1: String,
    median: String,
    q3: String,
    max: String,
    iqr: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct QuestionOut<'a> {
    question: &'a str,
    problem: Option<&'a str>,
    text: &'a str,
    distribution: Option<DistributionOut>,
    hidden: Option<&'static str>,
    median_answer: Option<&'static str>,
}

/// The answers with a column of their own in the CSV and Markdown exports. "Not applicable"
/// has none: it is counted apart, in the note of its question (CSV) and in a line after the
/// table (Markdown), and only when someone gave it, so files of teams that never use it are
/// written exactly as before it existed.
const COLUMNS: [Answer; 5] = [
    Answer::Never,
    Answer::Rarely,
    Answer::Often,
    Answer::Always,
    Answer::DontKnow,
];

fn is_zero(count: &usize) -> bool {
    *count == 0
}

/// Counts keyed by answer, in the order of [`Answer::ALL`]; `notApplicable` only when not 0.
#[derive(Serialize)]
struct DistributionOut {
    never: usize,
    rarely: usize,
    often: usize,
    always: usize,
    unknown: usize,
    #[serde(rename = "notApplicable", skip_serializing_if = "is_zero")]
    not_applicable: usize,
}

impl From<&Distribution> for DistributionOut {
    fn from(distribution: &Distribution) -> DistributionOut {
        DistributionOut {
            never: distribution.count(Answer::Never),
            rarely: distribution.count(Answer::Rarely),
            often: distribution.count(Answer::Often),
            always: distribution.count(Answer::Always),
            unknown: distribution.count(Answer::DontKnow),
            not_applicable: distribution.count(Answer::NotApplicable),
        }
    }
}

#[derive(Serialize)]
struct TalkOut<'a> {
    question: &'a str,
    low: usize,
    high: usize,
    never: usize,
    always: usize,
}

#[derive(Serialize)]
struct BlindSpotOut<'a> {
    question: &'a str,
    unknown: usize,
    answered: usize,
}

/// `{"status": …}` first, then, only when shown, the groups and gaps.
#[derive(Serialize)]
#[serde(tag = "status", rename_all = "kebab-case")]
enum RoleGapsOut<'a> {
    NoRoles,
    GroupsTooSmall,
    Shown(ShownOut<'a>),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ShownOut<'a> {
    some_groups_too_small: bool,
    groups: Vec<GroupOut>,
    problems: Vec<ProblemGapOut<'a>>,
}

#[derive(Serialize)]
struct GroupOut {
    role: &'static str,
    people: usize,
}

#[derive(Serialize)]
struct ProblemGapOut<'a> {
    problem: Option<&'a str>,
    medians: Vec<MedianOut>,
    gap: Option<GapOut>,
}

#[derive(Serialize)]
struct MedianOut {
    role: &'static str,
    median: Option<String>,
}

#[derive(Serialize)]
struct GapOut {
    value: String,
    highest: &'static str,
    lowest: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RulesOut {
    quartiles: &'static str,
    talk_about_it: &'static str,
    blind_spots: &'static str,
    role_gaps: String,
    /// Only below *k*: why the per-problem figures are missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    below_k: Option<String>,
}

fn role_gaps_out<'a>(bank: &'a Bank, role_gaps: &RoleGaps) -> RoleGapsOut<'a> {
    match role_gaps {
        RoleGaps::NoRoles => RoleGapsOut::NoRoles,
        RoleGaps::GroupsTooSmall => RoleGapsOut::GroupsTooSmall,
        RoleGaps::Shown(comparison) => RoleGapsOut::Shown(ShownOut {
            some_groups_too_small: comparison.some_groups_too_small,
            groups: comparison
                .groups
                .iter()
                .map(|group| GroupOut {
                    role: group.role.key(),
                    people: group.people,
                })
                .collect(),
            problems: comparison
                .problems
                .iter()
                .map(|gap| ProblemGapOut {
                    problem: problem_id(bank, gap.problem),
                    medians: gap
                        .medians
                        .iter()
                        .map(|(role, median)| MedianOut {
                            role: role.key(),
                            median: median.map(half_text),
                        })
                        .collect(),
                    gap: gap.gap.as_ref().map(|gap: &Gap| GapOut {
                        value: gap.value.format('.'),
                        highest: gap.highest.key(),
                        lowest: gap.lowest.key(),
                    }),
                })
                .collect(),
        }),
    }
}

/// The team result file, pretty-printed, ending with a newline. Labels are in `lang`; `date`
/// is the day of the export.
pub fn export_team_json(bank: &Bank, result: &TeamResult, lang: Lang, date: Date) -> String {
    let problems = bank
        .problems
        .iter()
        .zip(&result.problems)
        .map(|(problem, stats)| ProblemOut {
            id: &problem.id,
            label: problem.label.get(lang),
            scored: stats.scored,
            stats: stats.stats.map(|s| StatsOut {
                min: s.min.format('.'),
                q1: half_text(s.q1),
                median: half_text(s.median),
                q3: half_text(s.q3),
                max: s.max.format('.'),
                iqr: s.iqr().format('.'),
            }),
            band: stats.band_key(),
            hidden: stats.hidden.map(Hidden::key),
        })
        .collect();
    let questions = bank
        .questions()
        .zip(&result.questions)
        .map(|(question, outcome)| {
            let (distribution, hidden) = match &outcome.distribution {
                Visibility::Shown(distribution) => (Some(distribution.into()), None),
                Visibility::Hidden(why) => (None, Some(why.key())),
            };
            QuestionOut {
                question: &question.id,
                problem: problem_id(bank, question.problem),
                text: question.text.get(lang),
                distribution,
                hidden,
                median_answer: outcome.median_answer.map(Answer::key),
            }
        })
        .collect();
    let document = TeamOut {
        head: FileHead::new(bank, TEAM_RESULT_FORMAT),
        date: date.to_string(),
        lang: lang.code().to_string(),
        k: result.k,
        people: result.people,
        problems,
        questions,
        talk_about_it: result
            .disagreements
            .iter()
            .map(|d| TalkOut {
                question: question_id(bank, d.question),
                low: d.low,
                high: d.high,
                never: d.never,
                always: d.always,
            })
            .collect(),
        blind_spots: result
            .blind_spots
            .iter()
            .map(|b| BlindSpotOut {
                question: question_id(bank, b.question),
                unknown: b.dont_know,
                answered: b.answered,
            })
            .collect(),
        role_gaps: role_gaps_out(bank, &result.role_gaps),
        fixes: fixes_out(bank, &result.fixes, lang),
        rules: RulesOut {
            quartiles: quartile_rule(lang),
            talk_about_it: disagreement_rule(lang),
            blind_spots: blind_spot_rule(lang),
            role_gaps: role_gap_rule(lang, result.k),
            below_k: result
                .problems
                .iter()
                .any(|p| p.hidden.is_some())
                .then(|| with_k(team_words(lang).below_k, result.k)),
        },
    };
    pretty(&document)
}

/// `text` with its `{k}` placeholder replaced by the threshold in force.
fn with_k(text: &str, k: usize) -> String {
    text.replace("{k}", &k.to_string())
}

fn colon(lang: Lang) -> &'static str {
    team_words(lang).colon
}

/// "Encadrement 7,5 ; Membre de l’équipe 4,0 → 3,5".
fn gap_text(lang: Lang, gap: &ProblemGap) -> Option<String> {
    let value = gap.gap?;
    let median_of = |role: Role| {
        gap.medians
            .iter()
            .find(|(known, _)| *known == role)
            .and_then(|(_, median)| *median)
            .map(|median| median.format(lang))
            .unwrap_or_default()
    };
    let list = team_words(lang).gap_separator;
    Some(format!(
        "{} {}{list}{} {} → {}",
        value.highest.label(lang),
        median_of(value.highest),
        value.lowest.label(lang),
        median_of(value.lowest),
        format_score(lang, value.value)
    ))
}

/// The team result as a CSV table for a spreadsheet, one kind of row after the other (column
/// *Type* / *Kind*): one row per problem (statistics, band, and the role gap when shown), one
/// row per shown role group and problem (its median), one row per question (distribution and
/// median answer, or why they are hidden). Same conventions as the individual CSV: a BOM,
/// CRLF, `;` in French and `,` in English, scores with the language's decimal separator.
pub fn export_team_csv(bank: &Bank, result: &TeamResult, lang: Lang) -> String {
    let separator = csv_separator(lang);
    let words = team_words(lang);
    let mut out = String::from("\u{feff}");
    push_csv_row(&mut out, separator, words.csv_header);
    let half = |value: HalfTenths| value.format(lang);
    let score = |value: Score| format_score(lang, value);
    let role_gaps = result.role_gaps.shown();
    for (problem, stats) in bank.problems.iter().zip(&result.problems) {
        let label = problem.label.get(lang);
        let figures: [String; 6] = stats.stats.map_or_else(Default::default, |s| {
            [
                score(s.min),
                half(s.q1),
                half(s.median),
                half(s.q3),
                score(s.max),
                score(s.iqr()),
            ]
        });
        let gap = role_gaps
            .and_then(|gaps| gaps.problems.get(stats.problem))
            .and_then(|gap| gap_text(lang, gap))
            .map(|text| format!("{}{} {text}", words.gap, colon(lang)))
            .unwrap_or_default();
        let scored = stats.scored.to_string();
        let hidden = stats
            .hidden
            .map(|why| why.message(lang))
            .unwrap_or_default();
        let note = if hidden.is_empty() { gap } else { hidden };
        let mut row: Vec<&str> = vec![words.kind_problem, label, "", "", "", &scored];
        row.extend(figures.iter().map(String::as_str));
        // "No score" would be untrue for hidden figures: the reason goes in the note.
        row.push(if stats.hidden.is_some() {
            ""
        } else {
            band_label(lang, stats.band())
        });
        row.extend(["", "", "", "", "", "", &note]);
        push_csv_row(&mut out, separator, &row);
    }
    if let Some(comparison) = role_gaps {
        for gap in &comparison.problems {
            let label = bank
                .problems
                .get(gap.problem)
                .map_or("", |p| p.label.get(lang));
            for (group, (_, median)) in comparison.groups.iter().zip(&gap.medians) {
                let people = group.people.to_string();
                let (median_text, band, note) = match median {
                    Some(median) => (
                        half(*median),
                        band_label(lang, Some(median.band())),
                        String::new(),
                    ),
                    None => (
                        String::new(),
                        "",
                        with_k(words.group_median_hidden, result.k),
                    ),
                };
                let mut row: Vec<&str> = vec![
                    words.kind_role,
                    label,
                    "",
                    "",
                    group.role.label(lang),
                    &people,
                    "",
                    "",
                    &median_text,
                    "",
                    "",
                    "",
                    band,
                ];
                row.extend(["", "", "", "", "", "", &note]);
                push_csv_row(&mut out, separator, &row);
            }
        }
    }
    for (question, outcome) in bank.questions().zip(&result.questions) {
        let label = bank
            .problems
            .get(question.problem)
            .map_or("", |p| p.label.get(lang));
        let (answered, counts, note) = match &outcome.distribution {
            Visibility::Shown(distribution) => {
                let mut notes = Vec::new();
                if result
                    .disagreements
                    .iter()
                    .any(|d| d.question == question.index)
                {
                    notes.push(words.disputed.to_string());
                }
                if result
                    .blind_spots
                    .iter()
                    .any(|b| b.question == question.index)
                {
                    notes.push(words.blind_spot.to_string());
                }
                let not_applicable = distribution.count(Answer::NotApplicable);
                if not_applicable > 0 {
                    notes.push(format!(
                        "{}{} {not_applicable}",
                        answer_label(lang, Answer::NotApplicable),
                        colon(lang)
                    ));
                }
                (
                    distribution.answered().to_string(),
                    COLUMNS.map(|answer| distribution.count(answer).to_string()),
                    notes.join(team_words(lang).notes_separator),
                )
            }
            Visibility::Hidden(why) => (String::new(), Default::default(), why.message(lang)),
        };
        let median = outcome
            .median_answer
            .map_or("", |answer| answer_label(lang, answer));
        let mut row: Vec<&str> = vec![
            words.kind_question,
            label,
            &question.id,
            question.text.get(lang),
            "",
            &answered,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ];
        row.extend(counts.iter().map(String::as_str));
        row.extend([median, &note]);
        push_csv_row(&mut out, separator, &row);
    }
    push_generator_row(&mut out, separator, words.csv_header.len());
    out
}

/// Text safe inside a Markdown table cell: pipes escaped, line breaks flattened.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\r', '\n'], " ")
}

fn problem_row(lang: Lang, label: &str, stats: &ProblemStats) -> String {
    let figures = match (stats.stats, stats.hidden) {
        (None, Some(why)) => format!("{} | | |", cell(&why.message(lang))),
        (None, None) => format!("– | {} | – | –", band_label(lang, None)),
        (Some(s), _) => format!(
            "{} / 10 | {} | {} ({}–{}) | {}–{}",
            s.median.format(lang),
            band_label(lang, Some(s.band())),
            format_score(lang, s.iqr()),
            s.q1.format(lang),
            s.q3.format(lang),
            format_score(lang, s.min),
            format_score(lang, s.max)
        ),
    };
    format!("| {} | {} | {figures} |\n", cell(label), stats.scored)
}

/// A Markdown summary of the team result: the people count and *k*; a table of the problems
/// (median, band, interquartile range, min–max); the "talk about it" list; blind spots; role
/// gaps; the answers per question (hidden rows say why); the team's fixes with the questions
/// behind them; the rules used; and the course credit.
pub fn export_team_markdown(bank: &Bank, result: &TeamResult, lang: Lang, date: Date) -> String {
    let words = team_words(lang);
    let colon = colon(lang);
    let (open, close) = (words.quote_open, words.quote_close);
    let question_text = |index: usize| {
        bank.question(index).map_or_else(String::new, |q| {
            format!("{} {open}{}{close}", q.id, q.text.get(lang))
        })
    };
    let mut out = format!("# {} — {date}\n\n", words.title);
    out += &format!(
        "**{}{colon} {}** · {}{colon} k = {}\n\n",
        words.people, result.people, words.threshold, result.k
    );
    if result.is_below_k() {
        out += &with_k(words.below_k, result.k);
        out += "\n\n";
    }

    out += &format!(
        "## {}\n\n{}\n|---|---|---|---|---|---|\n",
        words.problems, words.problem_columns
    );
    for (problem, stats) in bank.problems.iter().zip(&result.problems) {
        out += &problem_row(lang, problem.label.get(lang), stats);
    }
    out += &format!("\n{}\n", quartile_rule(lang));

    out += &format!(
        "\n## {}\n\n{}\n\n",
        words.talk_about_it,
        disagreement_rule(lang)
    );
    if result.disagreements.is_empty() {
        out += &with_k(
            if result.is_below_k() {
                words.below_k
            } else {
                words.none_disputed
            },
            result.k,
        );
        out.push('\n');
    }
    for (rank, d) in result.disagreements.iter().enumerate() {
        out += &format!(
            "{}. {} — {} {} / {} {}\n",
            rank + 1,
            question_text(d.question),
            d.low,
            words.low_camp,
            d.high,
            words.high_camp
        );
    }

    out += &format!(
        "\n## {}\n\n{}\n\n",
        words.blind_spots,
        blind_spot_rule(lang)
    );
    if result.blind_spots.is_empty() {
        out += &with_k(
            if result.is_below_k() {
                words.below_k
            } else {
                words.none_blind
            },
            result.k,
        );
        out.push('\n');
    }
    for b in &result.blind_spots {
        out += &format!(
            "- {} — {} {} {}\n",
            question_text(b.question),
            b.dont_know,
            words.unknown_of,
            b.answered
        );
    }

    out += &format!("\n## {}\n\n", words.role_gaps);
    if let Some(comparison) = result.role_gaps.shown() {
        out += &format!("{}\n\n| {} |", role_gap_rule(lang, result.k), words.problem);
        for group in &comparison.groups {
            out += &format!(" {} ({}) |", group.role.label(lang), group.people);
        }
        out += &format!(" {} |\n|---|", words.gap);
        for _ in &comparison.groups {
            out += "---|";
        }
        out += "---|\n";
        for gap in &comparison.problems {
            let label = bank
                .problems
                .get(gap.problem)
                .map_or("", |p| p.label.get(lang));
            out += &format!("| {} |", cell(label));
            for (_, median) in &gap.medians {
                out += &format!(
                    " {} |",
                    median.map_or_else(|| "–".to_string(), |m| m.format(lang))
                );
            }
            let gap_value = gap
                .gap
                .map_or_else(|| "–".to_string(), |g| format_score(lang, g.value));
            out += &format!(" {gap_value} |\n");
        }
    }
    if let Some(note) = result.role_gaps.note(lang, result.k) {
        if result.role_gaps.shown().is_some() {
            out.push('\n');
        }
        out += &note;
        out.push('\n');
    }

    out += &format!(
        "\n## {}\n\n| Question | {} |",
        words.distributions, words.statement
    );
    for answer in COLUMNS {
        out += &format!(" {} |", answer_label(lang, answer));
    }
    out += &format!(
        " {} |\n|---|---|---|---|---|---|---|---|\n",
        words.median_answer
    );
    for (question, outcome) in bank.questions().zip(&result.questions) {
        out += &format!("| {} | {} |", question.id, cell(question.text.get(lang)));
        match &outcome.distribution {
            Visibility::Shown(distribution) => {
                for answer in COLUMNS {
                    out += &format!(" {} |", distribution.count(answer));
                }
                let median = outcome
                    .median_answer
                    .map_or("–", |answer| answer_label(lang, answer));
                out += &format!(" {median} |\n");
            }
            Visibility::Hidden(why) => {
                out += &format!(" {} | | | | | |\n", cell(&why.message(lang)));
            }
        }
    }
    // "Not applicable" is counted apart, after the table, only when someone gave it.
    let not_applicable: Vec<String> = bank
        .questions()
        .zip(&result.questions)
        .filter_map(|(question, outcome)| match &outcome.distribution {
            Visibility::Shown(distribution) => {
                let count = distribution.count(Answer::NotApplicable);
                (count > 0).then(|| format!("{} ({count})", question.id))
            }
            Visibility::Hidden(_) => None,
        })
        .collect();
    if !not_applicable.is_empty() {
        out += &format!(
            "\n{}{} {}\n",
            answer_label(lang, Answer::NotApplicable),
            colon,
            not_applicable.join(", ")
        );
    }

    out += &format!("\n## {}\n\n", words.fixes);
    if result.fixes.ordered.is_empty() {
        out += words.no_fix;
        out.push('\n');
    }
    for (rank, recommendation) in result.fixes.ordered.iter().enumerate() {
        out += &fix_item(bank, lang, rank, recommendation, words);
    }
    out += &format!("\n---\n\n{}\n", words.credit);
    out += &generator_paragraph();
    out
}

fn fix_item(
    bank: &Bank,
    lang: Lang,
    rank: usize,
    recommendation: &Recommendation,
    words: &TeamWords,
) -> String {
    let colon = colon(lang);
    let fix = bank.fix(recommendation.fix);
    let why: Vec<String> = recommendation
        .triggers
        .iter()
        .map(|trigger| {
            format!(
                "{} ({})",
                question_id(bank, trigger.question),
                answer_label(lang, trigger.answer)
            )
        })
        .collect();
    format!(
        "{}. **{}** — {} ({}{colon} [{}]({}))\n   - {}{colon} {}\n",
        rank + 1,
        fix.title.get(lang),
        fix.detail.get(lang),
        words.source,
        fix.source.get(lang),
        fix.url,
        words.why,
        why.join(", ")
    )
}
