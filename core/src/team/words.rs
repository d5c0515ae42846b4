//! The team view's fixed words: one home for the page and the exports. They are the
//! `[team_words]` table of the language files (`content/i18n/<code>.toml`).

use crate::i18n::{tables, TeamWordsStrings};
use crate::lang::Lang;

/// The team view's fixed words in one language, shared by the page and its CSV and Markdown
/// exports, so that both say the same thing.
pub type TeamWords = TeamWordsStrings;

/// The team view's fixed words in `lang`.
pub fn team_words(lang: Lang) -> &'static TeamWords {
    tables::team_words(lang)
}
