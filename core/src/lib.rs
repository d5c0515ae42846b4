//! The pure core of *Problèmes imaginaires*: the question bank, the answer scale, scoring and
//! recommendations, and everything that turns a result into text and back (answer codes, JSON,
//! CSV, Markdown and calendar exports, history, stored state). It has no web dependency on
//! purpose, so that every rule the widget applies can be tested with a plain `cargo test` and
//! reused by other front ends.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod answers;
pub mod backup;
pub mod bank;
pub mod bank_source;
pub mod code;
pub mod date;
pub mod document;
pub mod embed;
pub mod export;
pub mod history;
pub mod i18n;
pub mod ics;
pub mod import;
pub mod labels;
pub mod lang;
pub mod markdown;
pub mod migrate;
pub mod recommend;
pub mod report;
pub mod score;
pub mod session;
pub mod statement;
pub mod stored;
pub mod team;
pub mod text_limits;
pub mod version;

pub use answers::{Answer, Answers};
#[cfg(feature = "toml")]
pub use bank::parse_bank_toml;
pub use bank::{
    validate_bank, Bank, BankError, BankFile, Fix, FixRef, Polarity, Problem, Question,
};
pub use code::{
    code_from_fragment, decode_code, encode_code, find_codes, share_fragment, AnswerCode,
    CodeCandidate, CodeError, Role,
};
pub use date::{Date, DateError};
pub use document::{DocumentError, Position, SyntaxError};
pub use embed::{EmbedOptions, Theme};
pub use export::{
    export_json, import_json, import_json_migrating, ImportedResult, ResultImport, RESULT_FORMAT,
};
pub use history::{
    compare, export_history_json, import_history_json, import_history_json_migrating,
    ChangedAnswer, Comparison, Direction, HistoryEntry, HistoryImport, ProblemComparison, Trend,
};
#[cfg(not(target_arch = "wasm32"))]
pub use i18n::strings;
pub use i18n::{fill, plural, tables, LanguageInfo, Strings};
pub use ics::{review_meeting_ics, review_meeting_ics_sharing};
pub use import::ImportError;
pub use labels::{answer_label, band_label, decimal_separator, format_score, polarity_label};
pub use lang::{Lang, Text};
pub use markdown::escape_markdown;
pub use migrate::{Migrated, MigrationError};
pub use recommend::{recommend, Recommendation, Recommendations, Trigger};
pub use report::{csv_cell, csv_separator, export_csv, export_markdown};
pub use score::{assess, Assessment, Band, OverallProfile, ProblemResult, Score};
pub use session::{Action, Session, Step};
pub use stored::{
    decode_stored, encode_stored, encode_stored_checked, restore_stored, Corruption, PactFields,
    Restored, StoredError, StoredState,
};
pub use team::{
    export_team_csv, export_team_json, export_team_markdown, AddReport, Collection, TeamResult,
};
pub use text_limits::{MAX_NOTE_CHARS, MAX_PACT_LONG_CHARS, MAX_PACT_SHORT_CHARS};
pub use version::{GENERATOR, VERSION};

/// Returns the bank shipped with the widget (`content/bank.toml`).
///
/// It never fails: build.rs validates the file with the same rules as [`validate_bank`] and
/// refuses to build a faulty one. The `Result` stays so that callers written for a bank read at
/// run time keep working; new code can call [`bank::built_in`].
pub fn built_in_bank() -> Result<Bank, BankError> {
    Ok(bank::built_in())
}
