//! The interface's words, as data: one file per language in `content/i18n/`, checked at build
//! time and turned into the [`Strings`] tables by `core/build/i18n.rs`.
//!
//! Only the default language (French) is compiled into the page's wasm. The page fetches any
//! other language's `i18n/<code>.json` when the visitor picks it and hands the text to
//! [`load_json`]; from then on [`strings`] returns it. Native builds (tests, tools) have every
//! language compiled in.

use crate::lang::Lang;
use std::fmt::Display;

include!(concat!(env!("OUT_DIR"), "/strings.rs"));

/// A language the interface has: its code, its own name (for the switch) and its writing
/// direction (`ltr` or `rtl`, for the `dir` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageInfo {
    /// BCP 47 primary subtag, also the file's name.
    pub code: &'static str,
    /// The language's name in itself ("Deutsch").
    pub name: &'static str,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
}

impl LanguageInfo {
    /// The language as a [`Lang`].
    pub fn lang(&self) -> Lang {
        Lang::from_code(self.code).unwrap_or_default()
    }
}

/// The interface's languages, the default first.
pub fn languages() -> &'static [LanguageInfo] {
    LANGUAGES
}

/// What the interface knows of `lang`, `None` when it has no words for it.
pub fn language_info(lang: Lang) -> Option<&'static LanguageInfo> {
    LANGUAGES.iter().find(|info| info.code == lang.code())
}

/// The language of a BCP 47 tag (`de-CH`, `EN`) when the interface has words for it.
pub fn supported(tag: &str) -> Option<Lang> {
    Lang::primary(tag).filter(|lang| language_info(*lang).is_some())
}

impl Lang {
    /// A language the interface has, from a BCP 47 tag such as `fr-FR` or `en-GB`; `None` for
    /// languages it does not speak. Same as [`supported`].
    pub fn from_tag(tag: &str) -> Option<Lang> {
        supported(tag)
    }

    /// The writing direction, `ltr` or `rtl`.
    pub fn dir(self) -> &'static str {
        language_info(self).map_or("ltr", |info| info.dir)
    }
}

/// Languages fetched by the page, kept for its whole life (a handful at most: one per
/// language the visitor picks, never more than [`LANGUAGES`]).
#[cfg(target_arch = "wasm32")]
static LOADED: std::sync::Mutex<Vec<(Lang, &'static Strings)>> = std::sync::Mutex::new(Vec::new());

/// The words of a language other than the default one, when they are there: compiled in
/// natively, loaded by [`load_json`] in the page.
fn other_strings(lang: Lang) -> Option<&'static Strings> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        OTHER_STRINGS
            .iter()
            .find(|(code, _)| *code == lang.code())
            .map(|(_, strings)| strings)
    }
    #[cfg(target_arch = "wasm32")]
    {
        loaded(lang)
    }
}

/// Every table of `lang` at once, for native code (tests, tools): the default language's
/// while `lang` has no words. The page reads one table at a time through [`tables`], so that it
/// links only the tables it uses.
#[cfg(not(target_arch = "wasm32"))]
pub fn strings(lang: Lang) -> &'static Strings {
    other_strings(lang).unwrap_or(&DEFAULT_STRINGS)
}

#[cfg(target_arch = "wasm32")]
fn loaded(lang: Lang) -> Option<&'static Strings> {
    let list = LOADED.lock().ok()?;
    list.iter()
        .find(|(known, _)| *known == lang)
        .map(|(_, strings)| *strings)
}

/// Whether the words of `lang` are there, without fetching anything.
pub fn is_available(lang: Lang) -> bool {
    if lang == Lang::FR {
        return true;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        OTHER_STRINGS.iter().any(|(code, _)| *code == lang.code())
    }
    #[cfg(target_arch = "wasm32")]
    {
        loaded(lang).is_some()
    }
}

/// The largest language file the page accepts, in bytes (today's files are about 40 KB).
pub const MAX_JSON_BYTES: usize = 512 * 1024;

/// Keeps the words of `lang` from the text of its `i18n/<code>.json`, after checking it has
/// every table and key of the default language. Loading a language twice keeps the first.
pub fn load_json(lang: Lang, text: &str) -> Result<(), String> {
    if language_info(lang).is_none() {
        return Err(format!("the interface has no language {}", lang.code()));
    }
    if is_available(lang) {
        return Ok(());
    }
    if text.len() > MAX_JSON_BYTES {
        return Err(format!(
            "i18n/{}.json is larger than {MAX_JSON_BYTES} bytes",
            lang.code()
        ));
    }
    let strings = parse_json(text).map_err(|e| format!("i18n/{}.json: {e}", lang.code()))?;
    keep(lang, strings);
    Ok(())
}

/// A language's words from the text of its `i18n/<code>.json`: `[fingerprint, [texts…],
/// [[list…]…]]`, the texts and lists in the order of the struct fields (tables and keys
/// sorted, as `scripts/i18n-json.mjs` writes them). The fingerprint of the keys must be this
/// page's ([`KEYS_FINGERPRINT`]), and the counts too; a file for another version of the
/// interface is refused rather than shown with words in the wrong places.
pub fn parse_json(text: &str) -> Result<Strings, String> {
    let (fingerprint, texts, lists): (u32, Vec<String>, Vec<Vec<String>>) =
        serde_json::from_str(text).map_err(|_| "this is not a language file".to_string())?;
    if fingerprint != KEYS_FINGERPRINT {
        return Err("the file’s keys are not this page’s".into());
    }
    if texts.len() != TEXT_COUNT
        || lists.len() != LIST_LENGTHS.len()
        || lists
            .iter()
            .zip(LIST_LENGTHS)
            .any(|(list, length)| list.len() != length)
    {
        return Err("the file does not hold as many texts as this page".into());
    }
    let mut strings = EMPTY_STRINGS;
    for (slot, text) in text_slots(&mut strings).into_iter().zip(&texts) {
        *slot = leak(text);
    }
    for (slot, list) in list_slots(&mut strings).into_iter().zip(&lists) {
        *slot = Box::leak(
            list.iter()
                .map(|text| leak(text))
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
    }
    Ok(strings)
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

#[cfg(target_arch = "wasm32")]
fn keep(lang: Lang, strings: Strings) {
    let strings: &'static Strings = Box::leak(Box::new(strings));
    if let Ok(mut list) = LOADED.lock() {
        list.push((lang, strings));
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn keep(_lang: Lang, _strings: Strings) {
    // Natively every language is compiled in.
}

/// `template` with each `{name}` replaced by its value in `args`; unknown names stay as they
/// are. One pass, so a value that holds braces is never read as a placeholder.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(known, _)| *known == name)
                .map(|(_, value)| (close, value))
        });
        match value {
            Some((close, value)) => {
                use std::fmt::Write;
                let _ = write!(out, "{value}");
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The singular or plural form for `count` under `lang`'s rule (`[meta] plural`): `one` when
/// only 1 is singular (English, German), `zero_one` when 0 and 1 are (French).
pub fn plural(lang: Lang, count: usize, one: &'static str, other: &'static str) -> &'static str {
    let singular = match tables::meta(lang).plural {
        "zero_one" => count <= 1,
        _ => count == 1,
    };
    if singular {
        one
    } else {
        other
    }
}

/// `count` with its thousands grouped as `lang` writes them: « 4 000 » (narrow no-break space)
/// in French, "4,000" in English.
pub fn grouped(count: usize, lang: Lang) -> String {
    let separator = tables::format(lang).thousands_separator;
    let digits = count.to_string();
    let mut out = String::new();
    for (at, digit) in digits.chars().enumerate() {
        if at > 0 && (digits.len() - at).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_once() {
        assert_eq!(
            fill("Étape {step} sur {total}", &[("step", &2), ("total", &5)]),
            "Étape 2 sur 5"
        );
        assert_eq!(fill("{a}{b}", &[("a", &"{b}"), ("b", &1)]), "{b}1");
        assert_eq!(fill("{unknown} {", &[]), "{unknown} {");
    }

    #[test]
    fn plural_rules_follow_the_language_file() {
        assert_eq!(plural(Lang::FR, 0, "one", "other"), "one");
        assert_eq!(plural(Lang::EN, 0, "one", "other"), "other");
        assert_eq!(plural(Lang::EN, 1, "one", "other"), "one");
        assert_eq!(grouped(1_234_567, Lang::EN), "1,234,567");
        assert_eq!(grouped(10_000, Lang::FR), "10\u{202f}000");
    }

    #[test]
    fn the_default_language_comes_first_and_tags_resolve() {
        assert_eq!(languages()[0].code, "fr");
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(strings(Lang::EN).labels.always, "Always");
        assert_eq!(strings(Lang::FR).labels.always, "Systématiquement");
    }

    #[test]
    fn a_json_language_file_for_other_keys_is_refused() {
        assert!(parse_json("{}").is_err());
        assert_eq!(
            parse_json("[1, [], []]").map(|_| ()),
            Err("the file’s keys are not this page’s".to_string())
        );
        let short = format!("[{KEYS_FINGERPRINT}, [\"a\"], []]");
        assert_eq!(
            parse_json(&short).map(|_| ()),
            Err("the file does not hold as many texts as this page".to_string())
        );
    }
}
