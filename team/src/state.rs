//! Values shared by the team view's components, compared by pointer: they are rebuilt only
//! when codes are added or cleared or *k* changes, and a deep comparison on every render would
//! be wasted work (a team result of 10,000 people is still small, but the bank is not).

use assessment_core::team::AddReport;
use assessment_core::TeamResult;
use std::ops::Deref;
use std::rc::Rc;

pub use ui_shared::SharedBank;

/// The team result currently shown.
#[derive(Clone, Debug)]
pub struct SharedResult(pub Rc<TeamResult>);

impl PartialEq for SharedResult {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedResult {
    type Target = TeamResult;

    fn deref(&self) -> &TeamResult {
        &self.0
    }
}

/// What the last addition (one paste, or one batch of files) did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feedback {
    pub report: AddReport,
    /// Files the browser could not read at all (too large, unreadable).
    pub unreadable_files: Vec<String>,
}

impl Feedback {
    /// Adds another part of the same batch (the files of one pick arrive one by one).
    pub fn merge(&mut self, report: AddReport) {
        self.report.accepted += report.accepted;
        self.report.duplicates += report.duplicates;
        self.report.rejected.extend(report.rejected);
        self.report.same_nonce.extend(report.same_nonce);
    }
}

/// Where the timings of the last addition are shown, for the browser benchmark.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Timings {
    pub decode_ms: f64,
    pub aggregate_ms: f64,
}

/// Milliseconds with two decimals, for `data-timing-*` attributes.
pub fn format_ms(ms: f64) -> String {
    format!("{ms:.2}")
}
