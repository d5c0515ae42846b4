//! Team mode without a server: a facilitator collects everybody's answer codes (or result
//! files), and the page aggregates them anonymously. Formats and rules are documented in
//! `docs/team-format.md`.
//!
//! - [`collect`]: reading pasted text and files into a [`Collection`], with duplicates counted
//!   once and every refused line reported;
//! - [`stats`]: medians and quartiles of health scores, in half-tenths;
//! - [`distribution`]: per-question distributions, the team's median answer, blind spots, and
//!   the *k* threshold that hides small counts;
//! - [`disagreement`]: the ranked "talk about it" list;
//! - [`roles`]: gaps between role groups;
//! - [`aggregate`]: the [`TeamResult`] that puts them together;
//! - [`export`]: the team result as JSON, CSV and Markdown.
//!
//! Anonymity is built into the types: a [`TeamResult`] holds no per-person row, no nonce, no
//! code and no order of arrival, and anything computed from fewer than *k* answers is
//! [`Visibility::Hidden`] with its reason.

pub mod aggregate;
pub mod collect;
pub mod disagreement;
pub mod distribution;
pub mod export;
pub mod roles;
pub mod stats;
pub mod words;

pub use aggregate::{effective_k, ProblemStats, TeamResult, DEFAULT_K, MIN_K};
pub use collect::{
    AddReport, Collection, Origin, Refusal, Rejected, MAX_CODES, MAX_PASTE_BYTES,
    MAX_REJECTIONS_KEPT,
};
pub use disagreement::{disagreement_rule, Disagreement};
pub use distribution::{
    blind_spot_rule, BlindSpot, Distribution, Hidden, QuestionResult, Visibility,
};
pub use export::{export_team_csv, export_team_json, export_team_markdown, TEAM_RESULT_FORMAT};
pub use roles::{role_gap_rule, Gap, ProblemGap, RoleComparison, RoleGaps, RoleGroup};
pub use stats::{HalfTenths, Stats};
pub use words::{team_words, TeamWords};
