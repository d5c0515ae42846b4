//! A minimal, strict JSON reader and writer (RFC 8259).
//!
//! serde would cost about 13 KB gzipped in the wasm for the few documents the widget reads and
//! writes (exports, history, stored state), so this module does the job in a few hundred lines.
//! The reader is strict on purpose: the files come from outside (a colleague's export, a
//! tampered local storage), and anything ambiguous is refused with the byte offset of the
//! problem. Numbers keep their raw text, so no float is ever parsed or formatted.

use crate::lang::Lang;
use std::fmt::{self, Write};

/// The largest text [`parse_json`] reads: 2 MiB.
pub const MAX_JSON_BYTES: usize = 2 * 1024 * 1024;

/// How deeply arrays and objects may nest.
pub const MAX_JSON_DEPTH: usize = 32;

/// A JSON value. Object members keep their order; keys are unique.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as its raw text, e.g. `"-1.5e3"`. The reader only builds valid ones; the
    /// writer writes `null` for text that is not a valid JSON number.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object, members in order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// A string value.
    pub fn text(text: &str) -> Json {
        Json::String(text.to_string())
    }

    /// A whole number.
    pub fn number(value: u64) -> Json {
        Json::Number(value.to_string())
    }

    /// A string, or `null` for `None`.
    pub fn text_or_null(text: Option<&str>) -> Json {
        text.map_or(Json::Null, Json::text)
    }

    /// An object from `(key, value)` pairs, in order.
    pub fn object(members: Vec<(&str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(key, value)| (key.to_string(), value))
                .collect(),
        )
    }

    /// The member `key` of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// A boolean's value.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// A number written as a plain non-negative integer (`42`, not `42.0` nor `4.2e1`) that
    /// fits in a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(raw) if raw.bytes().all(|b| b.is_ascii_digit()) => raw.parse().ok(),
            _ => None,
        }
    }

    /// The items of an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members of an object.
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The value on one line, without spaces.
    pub fn to_compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// The value indented by two spaces, one member or item per line, ending without newline.
    pub fn to_string_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(raw) if number_end(raw.as_bytes(), 0) == Some(raw.len()) => {
                out.push_str(raw)
            }
            Json::Number(_) => out.push_str("null"),
            Json::String(text) => write_string(out, text),
            Json::Array(items) => write_list(out, indent, '[', ']', items, |out, item, indent| {
                item.write(out, indent)
            }),
            Json::Object(members) => write_list(
                out,
                indent,
                '{',
                '}',
                members,
                |out, (key, value), indent| {
                    write_string(out, key);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    value.write(out, indent);
                },
            ),
        }
    }
}

impl fmt::Display for Json {
    /// The compact form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_compact())
    }
}

fn write_list<T>(
    out: &mut String,
    indent: Option<usize>,
    open: char,
    close: char,
    items: &[T],
    mut each: impl FnMut(&mut String, &T, Option<usize>),
) {
    out.push(open);
    let inner = indent.map(|level| level + 1);
    for (at, item) in items.iter().enumerate() {
        if at > 0 {
            out.push(',');
        }
        newline(out, inner);
        each(out, item, inner);
    }
    if !items.is_empty() {
        newline(out, indent);
    }
    out.push(close);
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(level) = indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    }
}

/// Writes `text` as a JSON string: quotes, backslashes and control characters escaped,
/// everything else (non-ASCII included) kept as UTF-8.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// What is wrong in a JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// The text is larger than [`MAX_JSON_BYTES`].
    TooLarge,
    /// Arrays and objects nest deeper than [`MAX_JSON_DEPTH`].
    TooDeep,
    /// The text stops in the middle of a value (or is empty).
    UnexpectedEnd,
    /// A character that cannot be there.
    UnexpectedChar(char),
    /// A malformed number, e.g. `01`, `1.` or `-`.
    BadNumber,
    /// An unknown escape after `\` in a string.
    BadEscape,
    /// A `\u` escape that is not four hex digits, or a lone surrogate.
    BadUnicode,
    /// A raw control character (below U+0020) inside a string.
    ControlCharacter,
    /// An object has the same key twice.
    DuplicateKey(String),
    /// Something follows the value.
    TrailingText,
}

/// Why a text is not accepted as JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// What is wrong.
    pub kind: JsonErrorKind,
    /// Byte offset of the problem from the start of the text.
    pub offset: usize,
}

impl JsonError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let at = self.offset;
        let fr = lang == Lang::Fr;
        let what = match &self.kind {
            JsonErrorKind::TooLarge if fr => "le fichier dépasse 2 Mo".to_string(),
            JsonErrorKind::TooLarge => "the file is larger than 2 MB".to_string(),
            JsonErrorKind::TooDeep if fr => {
                format!("trop de niveaux imbriqués (plus de {MAX_JSON_DEPTH}) à l’octet {at}")
            }
            JsonErrorKind::TooDeep => {
                format!("too many nested levels (more than {MAX_JSON_DEPTH}) at byte {at}")
            }
            JsonErrorKind::UnexpectedEnd if fr => {
                format!("le texte s’arrête trop tôt (octet {at})")
            }
            JsonErrorKind::UnexpectedEnd => format!("the text ends too early (byte {at})"),
            JsonErrorKind::UnexpectedChar(c) if fr => {
                format!("caractère inattendu « {c} » à l’octet {at}")
            }
            JsonErrorKind::UnexpectedChar(c) => format!("unexpected character '{c}' at byte {at}"),
            JsonErrorKind::BadNumber if fr => format!("nombre mal écrit à l’octet {at}"),
            JsonErrorKind::BadNumber => format!("malformed number at byte {at}"),
            JsonErrorKind::BadEscape if fr => format!("séquence « \\ » inconnue à l’octet {at}"),
            JsonErrorKind::BadEscape => format!("unknown \"\\\" escape at byte {at}"),
            JsonErrorKind::BadUnicode if fr => format!("séquence « \\u » invalide à l’octet {at}"),
            JsonErrorKind::BadUnicode => format!("invalid \"\\u\" escape at byte {at}"),
            JsonErrorKind::ControlCharacter if fr => {
                format!("caractère de contrôle dans un texte à l’octet {at}")
            }
            JsonErrorKind::ControlCharacter => {
                format!("control character inside a string at byte {at}")
            }
            JsonErrorKind::DuplicateKey(key) if fr => {
                format!("la clé « {key} » apparaît deux fois (octet {at})")
            }
            JsonErrorKind::DuplicateKey(key) => {
                format!("the key \"{key}\" appears twice (byte {at})")
            }
            JsonErrorKind::TrailingText if fr => format!("texte en trop après la fin, octet {at}"),
            JsonErrorKind::TrailingText => format!("extra text after the end, byte {at}"),
        };
        if fr {
            format!("Ce fichier n’est pas un JSON valide : {what}. Choisissez le fichier exporté tel quel, sans le modifier.")
        } else {
            format!(
                "This file is not valid JSON: {what}. Choose the exported file as it is, unedited."
            )
        }
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for JsonError {}

/// Reads one JSON value; whitespace may surround it, nothing else.
pub fn parse_json(text: &str) -> Result<Json, JsonError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(JsonError {
            kind: JsonErrorKind::TooLarge,
            offset: 0,
        });
    }
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.at < text.len() {
        return Err(parser.error(JsonErrorKind::TrailingText));
    }
    Ok(value)
}

/// The end of the number starting at `at`, if a valid JSON number starts there.
fn number_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    let digit = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let digits = |mut at: usize| {
        let start = at;
        while digit(at) {
            at += 1;
        }
        (at > start).then_some(at)
    };
    if bytes.get(at) == Some(&b'-') {
        at += 1;
    }
    at = match bytes.get(at) {
        Some(b'0') => at + 1,
        Some(b'1'..=b'9') => digits(at)?,
        _ => return None,
    };
    if bytes.get(at) == Some(&b'.') {
        at = digits(at + 1)?;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(bytes.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        at = digits(at)?;
    }
    Some(at)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn error(&self, kind: JsonErrorKind) -> JsonError {
        JsonError {
            kind,
            offset: self.at,
        }
    }

    /// The error for whatever is at the cursor: the end, or an unexpected character.
    fn unexpected(&self) -> JsonError {
        match self
            .text
            .get(self.at..)
            .and_then(|rest| rest.chars().next())
        {
            Some(c) => self.error(JsonErrorKind::UnexpectedChar(c)),
            None => self.error(JsonErrorKind::UnexpectedEnd),
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
        self.skip_whitespace();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.skip_whitespace();
        let rest = self.text.get(self.at..).unwrap_or_default();
        for (word, value) in [
            ("null", Json::Null),
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
        ] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Ok(value);
            }
        }
        match self.peek() {
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => {
                let end = number_end(self.text.as_bytes(), self.at)
                    .ok_or_else(|| self.error(JsonErrorKind::BadNumber))?;
                let raw = self.text.get(self.at..end).unwrap_or_default().to_string();
                self.at = end;
                Ok(Json::Number(raw))
            }
            Some(b'[' | b'{') if depth >= MAX_JSON_DEPTH => Err(self.error(JsonErrorKind::TooDeep)),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.close(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.close(b']') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Ok(Json::Array(items))
            }
            Some(b'{') => {
                self.at += 1;
                let mut members: Vec<(String, Json)> = Vec::new();
                if !self.close(b'}') {
                    loop {
                        self.skip_whitespace();
                        let key_at = self.at;
                        if self.peek() != Some(b'"') {
                            return Err(self.unexpected());
                        }
                        let key = self.string()?;
                        if members.iter().any(|(known, _)| *known == key) {
                            return Err(JsonError {
                                kind: JsonErrorKind::DuplicateKey(key),
                                offset: key_at,
                            });
                        }
                        self.expect(b':')?;
                        let value = self.value(depth + 1)?;
                        members.push((key, value));
                        if self.close(b'}') {
                            break;
                        }
                        self.expect(b',')?;
                    }
                }
                Ok(Json::Object(members))
            }
            _ => Err(self.unexpected()),
        }
    }

    /// Skips whitespace and consumes `byte` if it comes next.
    fn close(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    /// Reads a string; the cursor is on its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error(JsonErrorKind::UnexpectedEnd));
            };
            if byte != b'"' && byte != b'\\' && byte >= 0x20 {
                self.at += 1;
                continue;
            }
            // The cursor is on an ASCII byte, so both ends of the run are char boundaries.
            out.push_str(self.text.get(run..self.at).unwrap_or_default());
            match byte {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        Some(_) => return Err(self.error(JsonErrorKind::BadEscape)),
                        None => return Err(self.error(JsonErrorKind::UnexpectedEnd)),
                    };
                    out.push(escaped);
                    self.at += 1;
                    run = self.at;
                }
                _ => return Err(self.error(JsonErrorKind::ControlCharacter)),
            }
        }
    }

    /// Reads `uXXXX` (and a following `\uXXXX` low surrogate when needed); the cursor is on
    /// the `u` and ends on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let high = self.hex4()?;
        let code = match high {
            0xD800..=0xDBFF => {
                let rest = self.text.get(self.at + 1..).unwrap_or_default();
                if !rest.starts_with("\\u") {
                    return Err(self.error(JsonErrorKind::BadUnicode));
                }
                self.at += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.error(JsonErrorKind::BadUnicode));
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error(JsonErrorKind::BadUnicode))
    }

    /// Reads the four hex digits after the `u` at the cursor; leaves the cursor on the last.
    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut code = 0;
        for _ in 0..4 {
            self.at += 1;
            let digit = self
                .peek()
                .and_then(|b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error(JsonErrorKind::BadUnicode))?;
            code = code * 16 + digit;
        }
        Ok(code)
    }
}
