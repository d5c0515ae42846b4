//! Languages, and the bank's texts in several languages.

/// A language, by its code: a BCP 47 primary language subtag of 2 or 3 lowercase letters
/// (`fr`, `en`, `de`). Languages are data (`content/i18n/<code>.toml`), so this is an open
/// type rather than an enum: code never branches on a particular language, it looks its words
/// up (`crate::i18n::strings`). `Copy`, and as small as two words.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    letters: [u8; 3],
    len: u8,
}

impl Default for Lang {
    /// French, the default language: it is the users' first language.
    fn default() -> Lang {
        Lang::FR
    }
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Lang {
    /// French, the default language, compiled into the page.
    pub const FR: Lang = Lang {
        letters: *b"fr\0",
        len: 2,
    };
    /// English: the language of logs (`Display` of errors) and of tests.
    pub const EN: Lang = Lang {
        letters: *b"en\0",
        len: 2,
    };

    /// The BCP 47 tag, as used in `lang` attributes and file names.
    pub fn code(&self) -> &str {
        // Only ASCII lowercase letters are ever stored (see `from_code`).
        std::str::from_utf8(&self.letters[..usize::from(self.len)]).unwrap_or("fr")
    }

    /// The language whose code is `code` exactly (2 or 3 lowercase ASCII letters), whether or
    /// not the interface has its words.
    pub fn from_code(code: &str) -> Option<Lang> {
        let bytes = code.as_bytes();
        if !(2..=3).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let mut letters = [0u8; 3];
        letters[..bytes.len()].copy_from_slice(bytes);
        Some(Lang {
            letters,
            len: bytes.len() as u8,
        })
    }

    /// The primary language of a BCP 47 tag such as `fr-FR`, `EN_gb` or `de`, whether or not
    /// the interface has its words (`crate::i18n::supported` checks that).
    pub fn primary(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::from_code(&primary)
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
    fn codes_are_two_or_three_lowercase_letters() {
        assert_eq!(Lang::primary("fr-FR"), Some(Lang::FR));
        assert_eq!(Lang::primary("EN_gb"), Some(Lang::EN));
        assert_eq!(
            Lang::primary("de").map(|l| l.to_string_code()),
            Some("de".into())
        );
        assert_eq!(
            Lang::primary("gsw-CH").map(|l| l.to_string_code()),
            Some("gsw".into())
        );
        assert_eq!(Lang::primary(""), None);
        assert_eq!(Lang::from_code("FR"), None);
        assert_eq!(Lang::from_code("deutsch"), None);
        assert_eq!(Lang::from_code("d1"), None);
        assert_eq!(Lang::default(), Lang::FR);
        assert_eq!(Lang::FR.code(), "fr");
    }

    impl Lang {
        fn to_string_code(self) -> String {
            self.code().to_string()
        }
    }

    #[test]
    fn a_text_falls_back_to_its_first_language() {
        let text = Text::from_pairs(&[("fr", "Boucle"), ("de", "Schleife")]);
        assert_eq!(text.get(Lang::FR), "Boucle");
        assert_eq!(text.get(Lang::EN), "Boucle");
        assert_eq!(text.in_language("de"), Some("Schleife"));
        assert_eq!(text.in_language("en"), None);
        assert_eq!(text.languages().collect::<Vec<_>>(), ["fr", "de"]);
        let english_first = Text::from_pairs(&[("en", "Loop"), ("fr", "Boucle")]);
        assert_eq!(english_first.get(Lang::EN), "Loop");
        assert_eq!(english_first.get(Lang::FR), "Boucle");
        assert_eq!(Text::default().get(Lang::FR), "");
    }
}
