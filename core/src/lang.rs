//! Languages, and the bank's texts in several languages.

/// A language the widget speaks. French comes first: it is the users' first language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 tag, as used in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Picks a supported language from a BCP 47 tag such as `fr-FR` or `en-GB`.
    /// Returns `None` for languages the widget does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text of the bank in each of its languages, e.g. French, English and German.
///
/// The texts are kept in the bank's language order (`Bank::languages`), so the first one is
/// the bank's default language: a language the text lacks falls back to it. The validation
/// requires the default language in every text and warns about any other one missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// `(language code, text)` pairs, the bank's default language first. A handful at most: a
    /// list is as fast as a map and much smaller in the wasm.
    texts: Vec<(String, String)>,
}

impl Text {
    /// A text from `(language code, text)` pairs, the default language first.
    pub fn new(texts: Vec<(String, String)>) -> Self {
        Text { texts }
    }

    /// A text from borrowed pairs, leaving out empty texts (a language the text lacks): the
    /// built-in bank's generated code builds every text this way, with one argument per
    /// language of the bank.
    pub fn from_pairs(texts: &[(&str, &str)]) -> Self {
        Text {
            texts: texts
                .iter()
                .filter(|(_, text)| !text.is_empty())
                .map(|(code, text)| ((*code).to_string(), (*text).to_string()))
                .collect(),
        }
    }

    /// The text in `lang`, or in the bank's default language when it has none in `lang`
    /// (empty only for a text with no language at all, which the validation never gives).
    pub fn get(&self, lang: Lang) -> &str {
        self.in_language(lang.code())
            .or_else(|| self.texts.first().map(|(_, text)| text.as_str()))
            .unwrap_or_default()
    }

    /// The text in the language of code `code` (`"fr"`, `"de"`), without falling back.
    pub fn in_language(&self, code: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(known, _)| known == code)
            .map(|(_, text)| text.as_str())
    }

    /// Sets the text in the language of code `code`, replacing it or adding it last.
    pub fn set(&mut self, code: &str, text: String) {
        match self.texts.iter_mut().find(|(known, _)| known == code) {
            Some((_, known)) => *known = text,
            None => self.texts.push((code.to_string(), text)),
        }
    }

    /// Every `(language code, text)` pair, the default language first.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts
            .iter()
            .map(|(code, text)| (code.as_str(), text.as_str()))
    }

    /// The codes of the languages this text has, the default language first.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.texts.iter().map(|(code, _)| code.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_supported_languages() {
        assert_eq!(Lang::from_tag("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn a_text_falls_back_to_its_first_language() {
        let text = Text::from_pairs(&[("fr", "Boucle"), ("de", "Schleife")]);
        assert_eq!(text.get(Lang::Fr), "Boucle");
        assert_eq!(text.get(Lang::En), "Boucle");
        assert_eq!(text.in_language("de"), Some("Schleife"));
        assert_eq!(text.in_language("en"), None);
        assert_eq!(text.languages().collect::<Vec<_>>(), ["fr", "de"]);
        let english_first = Text::from_pairs(&[("en", "Loop"), ("fr", "Boucle")]);
        assert_eq!(english_first.get(Lang::En), "Loop");
        assert_eq!(english_first.get(Lang::Fr), "Boucle");
        assert_eq!(Text::default().get(Lang::Fr), "");
    }
}
