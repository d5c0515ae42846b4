//! Exports, import, print, the 6-month rendez-vous, and links to the history and the pact.
//! (Stub: filled in with those features.)

use crate::state::SharedBank;
use assessment_core::{Action, Lang, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepPanelProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub session: Session,
    /// The share link of the current results.
    pub share_url: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn KeepPanel(_props: &KeepPanelProps) -> Html {
    Html::default()
}
