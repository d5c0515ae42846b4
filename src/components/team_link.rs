//! The link to the team view (`equipe/`, a separate page with its own wasm, next to the
//! assessment page). Only on a page of the deployed folder: embedded copies live at a host's address, and
//! the single file on a disk, where `equipe/` does not exist.

use crate::embedding::{Mode, SharedEmbedding};
use crate::i18n::team::team_texts;
use assessment_core::bank_source::link_query;
use assessment_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamLinkProps {
    pub lang: Lang,
}

#[component]
pub fn TeamLink(props: &TeamLinkProps) -> Html {
    let embedding = use_context::<SharedEmbedding>();
    let Some(embedding) = embedding.filter(|embedding| {
        embedding.mode == Mode::Page && !embedding.share_base.starts_with("file:")
    }) else {
        return Html::default();
    };
    // The team view loads the same bank: the link names it unless it is the built-in one.
    let query = link_query(props.lang.code(), embedding.bank_link.as_ref());
    let t = team_texts(props.lang);
    html! {
        <p class="team-link" data-section="team-link">
            <a href={format!("equipe/?{query}")} data-team-link="">{ t.team_view }</a>
            { " – " }{ t.team_view_hint }
        </p>
    }
}
