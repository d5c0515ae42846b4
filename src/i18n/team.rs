//! Texts that lead to the team view: the optional role before sharing and the link to the
//! team page. Kept apart from `i18n.rs` so the team feature stays in its own files.

use assessment_core::i18n::{tables, TeamLinkStrings};
use assessment_core::Lang;

/// The fixed sentences about the team view in one language (`[team_link]`).
pub type TeamTexts = TeamLinkStrings;

pub fn team_texts(lang: Lang) -> &'static TeamTexts {
    tables::team_link(lang)
}
