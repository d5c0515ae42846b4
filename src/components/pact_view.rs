//! The printable one-page pact, prefilled from the results. (Stub: filled in with that feature.)

use crate::state::SharedBank;
use assessment_core::{Action, Lang, Session};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PactViewProps {
    pub bank: SharedBank,
    pub lang: Lang,
    pub session: Session,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

#[component]
pub fn PactView(props: &PactViewProps) -> Html {
    html! { <section class="step" data-step="pact"><h2 tabindex="-1" ref={props.heading.clone()}>{ "Pacte" }</h2></section> }
}
