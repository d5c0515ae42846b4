//! Languages and bilingual text.

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

/// A text in both languages. Both are required by the bank validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        // Until banks hold any number of languages (helper `bankcore`): English for `en`,
        // French, the bank's first language, for every other one.
        if lang == Lang::EN {
            &self.en
        } else {
            &self.fr
        }
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
}
