//! Two assessments side by side: per-problem change in words and numbers, and the questions
//! whose answer changed. (Stub: filled in with the history feature.)

use crate::state::SharedBank;
use assessment_core::{HistoryEntry, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub older: HistoryEntry,
    pub newer: HistoryEntry,
    /// How to name the older one, e.g. its date or "mes réponses".
    pub older_label: AttrValue,
    /// How to name the newer one.
    pub newer_label: AttrValue,
}

#[component]
pub fn ComparisonView(_props: &ComparisonViewProps) -> Html {
    Html::default()
}
