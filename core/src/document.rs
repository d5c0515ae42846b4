//! Reading the JSON documents the widget keeps and exchanges (stored state, result, history and
//! team files) with the same strictness everywhere, in two linear passes.
//!
//! 1. [`read_value`] checks the size before anything else, then parses the text once with
//!    `serde_json` into a [`Value`] while checking the nesting depth, the number of keys of each
//!    object and duplicate keys. Files come from outside (a colleague's export, an edited file, a
//!    tampered local storage): anything ambiguous is refused with its line, column and byte.
//! 2. `typed` deserializes that value into a document's `serde` type through a small serde
//!    `Deserializer` over the value, which refuses an array where a struct is expected and, on
//!    error, names the faulty field by its path (`history[0].nonce`, `answers[3].question`).
//!
//! Every check is linear in the text: keys are counted as they come, duplicates are looked up
//! in the object being built, which never holds more than [`MAX_KEYS`] keys.

// build.rs includes this file (the bank check reads JSON with it) before the interface's words
// are generated: there, errors describe themselves plainly (`generated_bank` is the library's).
#[cfg(generated_bank)]
use crate::i18n::{fill, tables};
use crate::lang::Lang;
use serde::de::value::{MapDeserializer, SeqDeserializer};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};
use serde::{Deserialize, Serialize};
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use serde_json::{Map, Number, Value};
use std::{fmt, io};

/// The largest document read: 2 MiB. A real result file is about 20 KB, a stored state 1 KB.
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

/// How deeply arrays and objects may nest (the outermost one counts as 1). Our documents nest 4
/// levels at most.
pub const MAX_DEPTH: usize = 32;

/// How many keys one object may have. Our largest object has 14; the margin leaves room for
/// fields added later within a format version, which older code ignores.
pub const MAX_KEYS: usize = 256;

/// Where something is in a text: 1-based line and column (in bytes, as `serde_json` counts),
/// and the 0-based byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in bytes; 0 means the line break that ends the previous line.
    pub column: usize,
    /// Byte offset from the start of the text.
    pub offset: usize,
}

impl Position {
    fn at(text: &str, line: usize, column: usize) -> Position {
        let line_start = if line <= 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(line - 2)
                .map_or(text.len(), |(at, _)| at + 1)
        };
        let offset = (line_start + column).saturating_sub(1).min(text.len());
        Position {
            line,
            column,
            offset,
        }
    }
}

/// What is wrong in the syntax of a JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxError {
    /// The text stops in the middle of a value (or is empty).
    UnexpectedEnd,
    /// Something follows the value.
    TrailingText,
    /// A raw control character (below U+0020) inside a string.
    ControlCharacter,
    /// An unknown `\` escape, a malformed `\u` escape or a lone surrogate.
    BadEscape,
    /// A malformed number, or one too large for a JSON library to read.
    BadNumber,
    /// A character that cannot be there.
    UnexpectedChar(char),
}

/// Why a text is not accepted as one of our JSON documents, before its fields are read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// The text is larger than [`MAX_DOCUMENT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// Not JSON (RFC 8259).
    Syntax {
        /// What is wrong.
        error: SyntaxError,
        /// Where.
        position: Position,
    },
    /// Arrays and objects nest deeper than [`MAX_DEPTH`].
    TooDeep {
        /// Where the level too many opens.
        position: Position,
    },
    /// An object has more than [`MAX_KEYS`] keys.
    TooManyKeys {
        /// The object's path, e.g. `pact` (empty for the whole document).
        path: String,
        /// Where the key too many is.
        position: Position,
    },
    /// An object has the same key twice: which one counts would be a guess.
    DuplicateKey {
        /// The key.
        key: String,
        /// The object's path, e.g. `answers[2]` (empty for the whole document).
        path: String,
        /// Where the second one is.
        position: Position,
    },
}

impl DocumentError {
    /// Where the problem is, when it has a place in the text.
    pub fn position(&self) -> Option<Position> {
        match self {
            DocumentError::TooLarge { .. } => None,
            DocumentError::Syntax { position, .. }
            | DocumentError::TooDeep { position }
            | DocumentError::TooManyKeys { position, .. }
            | DocumentError::DuplicateKey { position, .. } => Some(*position),
        }
    }

    /// What is wrong and where, as a clause in `lang` (no capital, no full stop):
    /// « caractère inattendu « ? » ligne 1, colonne 5 (octet 4) ».
    #[cfg(generated_bank)]
    pub fn describe(&self, lang: Lang) -> String {
        let place = self.position().map_or_else(String::new, |p| {
            fill(
                tables::errors(lang).json_place,
                &[
                    ("line", &p.line),
                    ("column", &p.column),
                    ("offset", &p.offset),
                ],
            )
        });
        self.what(lang) + &place
    }

    /// What is wrong, as a clause in `lang`, without its place: « caractère inattendu « ? » ».
    #[cfg(generated_bank)]
    pub fn what(&self, lang: Lang) -> String {
        let words = tables::errors(lang);
        let within = |path: &str| {
            if path.is_empty() {
                words.json_of_document.to_string()
            } else {
                fill(words.json_of_path, &[("path", &path)])
            }
        };
        match self {
            DocumentError::TooLarge { .. } => words.json_too_large.to_string(),
            DocumentError::TooDeep { .. } => fill(words.json_too_deep, &[("max", &MAX_DEPTH)]),
            DocumentError::TooManyKeys { path, .. } => fill(
                words.json_too_many_keys,
                &[("within", &within(path)), ("max", &MAX_KEYS)],
            ),
            DocumentError::DuplicateKey { key, path, .. } => fill(
                words.json_duplicate_key,
                &[("key", key), ("within", &within(path))],
            ),
            DocumentError::Syntax { error, .. } => match error {
                SyntaxError::UnexpectedEnd => words.json_unexpected_end.to_string(),
                SyntaxError::TrailingText => words.json_trailing_text.to_string(),
                SyntaxError::ControlCharacter => words.json_control_character.to_string(),
                SyntaxError::BadEscape => words.json_bad_escape.to_string(),
                SyntaxError::BadNumber => words.json_bad_number.to_string(),
                SyntaxError::UnexpectedChar(c) => fill(words.json_unexpected_char, &[("char", c)]),
            },
        }
    }

    /// The error as a sentence about a file in `lang`.
    #[cfg(generated_bank)]
    pub fn message(&self, lang: Lang) -> String {
        fill(
            tables::errors(lang).json_file,
            &[("detail", &self.describe(lang))],
        )
    }

    /// The build script's plain description (it has no interface words yet).
    #[cfg(not(generated_bank))]
    pub fn describe(&self, _lang: Lang) -> String {
        format!("{self:?}")
    }

    /// The build script's plain message (it has no interface words yet).
    #[cfg(not(generated_bank))]
    pub fn message(&self, lang: Lang) -> String {
        self.describe(lang)
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EN))
    }
}

impl std::error::Error for DocumentError {}

/// A limit met while walking the value; `serde_json` only carries a message, so the walk keeps
/// what it found here and the error is rebuilt with `serde_json`'s position.
enum Limit {
    TooDeep,
    TooManyKeys(String),
    DuplicateKey(String, String),
}

#[derive(Default)]
struct Walk {
    /// The path of the value being read, one segment per level: `.key` or `[index]`.
    path: Vec<String>,
    limit: Option<Limit>,
}

impl Walk {
    fn path(&self) -> String {
        let path: String = self.path.concat();
        path.strip_prefix('.').map_or(path.clone(), str::to_string)
    }

    fn stop<E: de::Error>(&mut self, limit: Limit) -> E {
        self.limit = Some(limit);
        E::custom("limit")
    }
}

/// One value at nesting `depth` (the number of arrays and objects around it).
struct Level<'w> {
    walk: &'w mut Walk,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Level<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> de::Visitor<'de> for Level<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Number(value.into()))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Value, E> {
        // serde_json never yields a non-finite number; the fallback only keeps this total.
        Ok(Number::from_f64(value).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let depth = self.depth + 1;
        if depth > MAX_DEPTH {
            return Err(self.walk.stop(Limit::TooDeep));
        }
        let mut list = Vec::new();
        loop {
            self.walk.path.push(format!("[{}]", list.len()));
            let item = items.next_element_seed(Level {
                walk: &mut *self.walk,
                depth,
            })?;
            self.walk.path.pop();
            match item {
                Some(item) => list.push(item),
                None => return Ok(Value::Array(list)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Value, A::Error> {
        let depth = self.depth + 1;
        if depth > MAX_DEPTH {
            return Err(self.walk.stop(Limit::TooDeep));
        }
        let mut object = Map::new();
        while let Some(key) = members.next_key::<String>()? {
            if object.contains_key(&key) {
                let path = self.walk.path();
                return Err(self.walk.stop(Limit::DuplicateKey(key, path)));
            }
            if object.len() >= MAX_KEYS {
                let path = self.walk.path();
                return Err(self.walk.stop(Limit::TooManyKeys(path)));
            }
            self.walk.path.push(format!(".{key}"));
            let value = members.next_value_seed(Level {
                walk: &mut *self.walk,
                depth,
            })?;
            self.walk.path.pop();
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// The syntax error `error` describes, from its category and message (`serde_json` exposes no
/// error code), with the character at its position as the fallback.
fn syntax(text: &str, error: &serde_json::Error, position: Position) -> SyntaxError {
    let message = error.to_string();
    let has = |start: &str| message.starts_with(start);
    if has("trailing characters") {
        SyntaxError::TrailingText
    } else if has("control character") {
        SyntaxError::ControlCharacter
    } else if has("invalid escape")
        || has("invalid unicode")
        || has("lone leading surrogate")
        || has("unexpected end of hex escape")
    {
        SyntaxError::BadEscape
    } else if has("number out of range") || has("invalid number") {
        SyntaxError::BadNumber
    } else if error.is_eof() {
        SyntaxError::UnexpectedEnd
    } else {
        text.get(position.offset..)
            .and_then(|rest| rest.chars().next())
            .map_or(SyntaxError::UnexpectedEnd, SyntaxError::UnexpectedChar)
    }
}

/// Parses `text` as one JSON value (whitespace may surround it, nothing else), refusing a text
/// over [`MAX_DOCUMENT_BYTES`], nesting over [`MAX_DEPTH`], objects with more than
/// [`MAX_KEYS`] keys and duplicate keys. Linear in the length of `text`; never panics.
pub fn read_value(text: &str) -> Result<Value, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge { bytes: text.len() });
    }
    let mut walk = Walk::default();
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // Our own depth limit is lower than serde_json's, so the walk always stops first.
    let parsed = Level {
        walk: &mut walk,
        depth: 0,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|error| {
        let position = Position::at(text, error.line(), error.column());
        match walk.limit {
            Some(Limit::TooDeep) => DocumentError::TooDeep { position },
            Some(Limit::TooManyKeys(path)) => DocumentError::TooManyKeys { path, position },
            Some(Limit::DuplicateKey(key, path)) => DocumentError::DuplicateKey {
                key,
                path,
                position,
            },
            None => DocumentError::Syntax {
                error: syntax(text, &error, position),
                position,
            },
        }
    })
}

/// A field of a document whose type or value is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FieldError {
    /// Its path, e.g. `history[0].nonce`; empty for the document itself.
    pub path: String,
}

/// `value` as the document type `T`; on error, the path of the first faulty field.
pub(crate) fn typed<T: DeserializeOwned>(value: Value) -> Result<T, FieldError> {
    let root = Node {
        value: &value,
        at: At::Root,
    };
    T::deserialize(root).map_err(|Refused { path }| FieldError {
        path: path.strip_prefix('.').map_or(path.clone(), str::to_string),
    })
}

/// For `#[serde(default, deserialize_with = "present")]` on an `Option` field: a missing field
/// is `None`, while `null` is read as a `T` (and refused as the wrong type). Lets a reader tell
/// "missing" from "wrong" without a second pass.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// A field refused by its type, with its path (`history[0].nonce`), completed one segment per
/// level as the error goes up. It keeps no message: serde's ("invalid type: …, expected …")
/// would be formatted for nothing, and their formatting code linked into the wasm.
#[derive(Debug)]
pub(crate) struct Refused {
    path: String,
}

impl Refused {
    fn within(mut self, at: At<'_>) -> Refused {
        match at {
            At::Root => {}
            At::Index(index) => self.path.insert_str(0, &format!("[{index}]")),
            At::Key(key) => self.path.insert_str(0, &format!(".{key}")),
        }
        self
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)
    }
}

impl std::error::Error for Refused {}

impl de::Error for Refused {
    fn custom<T: fmt::Display>(_: T) -> Refused {
        Refused {
            path: String::new(),
        }
    }
}

/// Where a value is in its parent.
#[derive(Clone, Copy)]
enum At<'de> {
    Root,
    Index(usize),
    Key(&'de str),
}

/// A parsed value as the input of a document's `serde` type. Unlike `serde_json`'s own, it
/// refuses an array where a struct is expected (serde's derived structs also accept the list
/// of their fields in order: `"pact": []` would be an empty pact, which none of our formats
/// allows), and its error is the path alone (see [`Refused`]). `serde_path_to_error` tracked
/// the same paths for 1.9 KB gzip more in the wasm (measured December 2026).
struct Node<'de> {
    value: &'de Value,
    at: At<'de>,
}

/// An error for a value of the wrong kind, not yet located.
fn wrong() -> Refused {
    de::Error::custom("")
}

/// A value that is neither an array nor an object to `visitor`; errors not yet located.
fn scalar<'de, V: Visitor<'de>>(value: &'de Value, visitor: V) -> Result<V::Value, Refused> {
    match value {
        Value::Null => visitor.visit_unit(),
        Value::Bool(value) => visitor.visit_bool(*value),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(n), _, _) => visitor.visit_u64(n),
            (None, Some(n), _) => visitor.visit_i64(n),
            (None, None, n) => visitor.visit_f64(n.unwrap_or_default()),
        },
        Value::String(text) => visitor.visit_borrowed_str(text),
        Value::Array(_) | Value::Object(_) => Err(wrong()),
    }
}

fn seq<'de, V: Visitor<'de>>(items: &'de [Value], visitor: V) -> Result<V::Value, Refused> {
    SeqDeserializer::new(items.iter().enumerate().map(|(at, value)| Node {
        value,
        at: At::Index(at),
    }))
    .deserialize_any(visitor)
}

fn map<'de, V: Visitor<'de>>(
    members: &'de Map<String, Value>,
    visitor: V,
) -> Result<V::Value, Refused> {
    MapDeserializer::new(members.iter().map(|(key, value)| {
        let node = Node {
            value,
            at: At::Key(key),
        };
        (key.as_str(), node)
    }))
    .deserialize_any(visitor)
}

/// Deserializer methods that take a scalar: a type that asks for one never gets the code
/// that walks arrays and objects.
macro_rules! scalars {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
            scalar(self.value, visitor).map_err(|error| error.within(self.at))
        })*
    };
}

impl<'de> Deserializer<'de> for Node<'de> {
    type Error = Refused;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self.value {
            Value::Array(items) => seq(items, visitor),
            Value::Object(members) => map(members, visitor),
            value => scalar(value, visitor),
        }
        .map_err(|error| error.within(self.at))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        let inner = Node {
            value: self.value,
            at: At::Root,
        };
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(inner),
        }
        .map_err(|error| error.within(self.at))
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self.value {
            Value::Array(items) => seq(items, visitor),
            _ => Err(wrong()),
        }
        .map_err(|error| error.within(self.at))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Refused> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Refused> {
        match self.value {
            Value::Object(members) => map(members, visitor),
            _ => Err(wrong()),
        }
        .map_err(|error| error.within(self.at))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Refused> {
        self.deserialize_map(visitor)
    }

    scalars! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit
        deserialize_identifier
    }

    serde::forward_to_deserialize_any! {
        unit_struct newtype_struct tuple_struct enum ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Refused> for Node<'de> {
    type Deserializer = Node<'de>;

    fn into_deserializer(self) -> Node<'de> {
        self
    }
}

/// serde_json's compact and pretty layouts behind one formatter type, so that each document
/// type goes through a single instantiation of the serializer whatever its layout (the stored
/// state is compact, files are pretty, history entries are in both).
struct Layout(Option<PrettyFormatter<'static>>);

/// Forwards formatter methods to the pretty layout when there is one, else to the compact one.
macro_rules! layout {
    ($($name:ident($($first:ident)?)),*) => {
        $(fn $name<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $first: bool)?) -> io::Result<()> {
            match &mut self.0 {
                Some(pretty) => pretty.$name(writer $(, $first)?),
                None => CompactFormatter.$name(writer $(, $first)?),
            }
        })*
    };
}

impl Formatter for Layout {
    layout!(
        begin_array(),
        end_array(),
        begin_array_value(first),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first),
        begin_object_value(),
        end_object_value()
    );
}

/// `document` as JSON text: pretty-printed with two spaces, or compact.
pub(crate) fn write<T: Serialize>(document: &T, pretty: bool) -> String {
    let mut text = Vec::with_capacity(1024);
    let layout = Layout(pretty.then(PrettyFormatter::new));
    // Our own structs of strings and integers always serialize, as UTF-8.
    let _ = document.serialize(&mut serde_json::Serializer::with_formatter(
        &mut text, layout,
    ));
    String::from_utf8(text).unwrap_or_default()
}
