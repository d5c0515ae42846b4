//! The local history of completed assessments and the comparison of any two.
//! (Stub: filled in with that feature.)

use crate::state::SharedBank;
use assessment_core::{Action, Lang, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub session: Session,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

#[component]
pub fn HistoryView(props: &HistoryViewProps) -> Html {
    html! { <section class="step" data-step="history"><h2 tabindex="-1" ref={props.heading.clone()}>{ "Historique" }</h2></section> }
}
