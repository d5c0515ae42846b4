//! The team view's own words (`[team]` of `content/i18n/<code>.toml`): only those of the page. Words the page
//! shares with the exports (headings, column names, camp labels) are the core's
//! `team_words(lang)`, and rule sentences (disagreement, blind spots, role gaps, quartiles,
//! hidden figures) come from the core too, so the page and the exports say the same thing.

use assessment_core::i18n::{tables, TeamStrings};
use assessment_core::Lang;

/// Every fixed sentence of the team view in one language.
pub type Texts = TeamStrings;

pub fn texts(lang: Lang) -> &'static Texts {
    tables::team(lang)
}
