//! The link to the team view (`equipe/`, a separate page with its own wasm). Only on the full
//! page: embedded copies live at a host's address, where `equipe/` would not exist.

use crate::embedding::{Mode, SharedEmbedding};
use crate::i18n::team::team_texts;
use assessment_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamLinkProps {
    pub lang: Lang,
}

#[component]
pub fn TeamLink(props: &TeamLinkProps) -> Html {
    let embedding = use_context::<SharedEmbedding>();
    if embedding.is_none_or(|embedding| embedding.mode != Mode::Page) {
        return Html::default();
    }
    let t = team_texts(props.lang);
    html! {
        <p class="team-link" data-section="team-link">
            <a href={format!("equipe/?lang={}", props.lang.code())} data-team-link="">{ t.team_view }</a>
            { " – " }{ t.team_view_hint }
        </p>
    }
}
