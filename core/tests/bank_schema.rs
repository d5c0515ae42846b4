//! `docs/bank.schema.json`, which editors use to check a bank as it is typed, says what the
//! serde model and the validation accept: the same keys everywhere, and a key is required by
//! the schema exactly when leaving it out makes the bank refused.

mod common;

use assessment_core::bank::{
    BankFile, FixFile, LocalText, MigrationFile, OldQuestionFile, ProblemFile, QuestionFile,
};
use assessment_core::parse_bank_toml;
use assessment_core::{Lang, Text};
use serde::de::{self, DeserializeOwned, Visitor};
use serde_json::Value;

const SCHEMA: &str = include_str!("../../docs/bank.schema.json");

/// A deserializer that records the field names a struct asks for, then gives up: serde's own
/// list of the keys the model accepts.
struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> de::Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("only structs are inspected"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("fields recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

fn model_fields<T: DeserializeOwned>() -> Vec<&'static str> {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut fields));
    let mut fields = fields.to_vec();
    fields.sort_unstable();
    fields
}

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("docs/bank.schema.json is valid JSON")
}

/// The schema object for `name`: the root for `""`, else `$defs/name`.
fn definition<'a>(schema: &'a Value, name: &str) -> &'a Value {
    if name.is_empty() {
        schema
    } else {
        &schema["$defs"][name]
    }
}

fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value
        .as_object()
        .map(|object| object.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort_unstable();
    keys
}

fn required(schema: &Value, name: &str) -> Vec<String> {
    let mut keys: Vec<String> = definition(schema, name)["required"]
        .as_array()
        .map(|keys| {
            keys.iter()
                .filter_map(|k| k.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    keys.sort_unstable();
    keys
}

/// Each schema definition and the serde struct it describes.
fn pairs() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("", model_fields::<BankFile>()),
        ("problem", model_fields::<ProblemFile>()),
        ("fix", model_fields::<FixFile>()),
        ("question", model_fields::<QuestionFile>()),
        ("migration", model_fields::<MigrationFile>()),
        ("oldQuestion", model_fields::<OldQuestionFile>()),
    ]
}

#[test]
fn the_schema_is_json_schema() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["type"], "object");
}

#[test]
fn the_schema_has_exactly_the_model_keys() {
    let schema = schema();
    for (name, fields) in pairs() {
        assert!(
            fields.len() >= 2,
            "{name}: the model’s fields were not recorded"
        );
        let definition = definition(&schema, name);
        assert_eq!(
            keys(&definition["properties"]),
            fields,
            "schema {name:?} and the serde model disagree"
        );
        assert_eq!(
            definition["additionalProperties"],
            Value::Bool(false),
            "{name:?} must refuse unknown keys, as the model does"
        );
        for key in required(&schema, name) {
            assert!(
                fields.contains(&key.as_str()),
                "{name:?}: {key} is required but unknown"
            );
        }
    }
}

/// A bank using every key, with a migration.
fn full_bank() -> toml::Table {
    let text = format!(
        "languages = [\"fr\", \"en\"]\n{}\n[[migrations]]\nfrom = 1\nquestions = [{{ id = \"Q1\" }}, \
         {{ id = \"Q2\", to = \"Q2\", change = \"reworded\" }}, {{ id = \"Q9\", change = \"removed\" }}]\n",
        common::SMALL_BANK
    );
    parse_bank_toml(&text).expect("the full bank is valid");
    text.parse().expect("TOML")
}

/// The table a schema definition describes inside the full bank, as a path of keys and indices.
fn item_mut<'a>(bank: &'a mut toml::Table, name: &str) -> &'a mut toml::Table {
    let table = |value: &'a mut toml::Value| value.as_table_mut().expect("table");
    let first = |value: &'a mut toml::Value, at: usize| {
        value
            .as_array_mut()
            .and_then(|items| items.get_mut(at))
            .expect("item")
    };
    match name {
        "" => bank,
        // The second problem has every key, story included.
        "problem" => table(first(bank.get_mut("problems").expect("problems"), 1)),
        "fix" | "question" => {
            let problem = table(first(bank.get_mut("problems").expect("problems"), 1));
            let key = if name == "fix" { "fixes" } else { "questions" };
            table(first(problem.get_mut(key).expect("items"), 0))
        }
        "text" => {
            let problem = table(first(bank.get_mut("problems").expect("problems"), 1));
            table(problem.get_mut("story").expect("story"))
        }
        "migration" => table(first(bank.get_mut("migrations").expect("migrations"), 0)),
        "oldQuestion" => {
            let migration = table(first(bank.get_mut("migrations").expect("migrations"), 0));
            table(first(migration.get_mut("questions").expect("questions"), 1))
        }
        other => panic!("no item for {other}"),
    }
}

#[test]
fn a_key_is_required_by_the_schema_exactly_when_the_validation_needs_it() {
    let schema = schema();
    for (name, fields) in pairs() {
        let required = required(&schema, name);
        for field in fields {
            let mut bank = full_bank();
            let removed = item_mut(&mut bank, name).remove(field);
            assert!(removed.is_some(), "the full bank lacks {name:?}.{field}");
            let text = toml::to_string(&bank).expect("TOML");
            let accepted = parse_bank_toml(&text).is_ok();
            assert_eq!(
                accepted,
                !required.iter().any(|key| key == field),
                "{name:?}.{field}: the schema and the validation disagree on whether it is required"
            );
        }
    }
}

#[test]
fn a_text_is_a_map_of_language_codes() {
    let schema = schema();
    let text = definition(&schema, "text");
    assert_eq!(text["type"], "object");
    assert_eq!(text["propertyNames"]["$ref"], "#/$defs/language");
    assert_eq!(text["additionalProperties"]["type"], "string");
    assert_eq!(definition(&schema, "language")["pattern"], "^[a-z]{2,3}$");
    assert_eq!(
        schema["properties"]["languages"]["items"]["$ref"],
        "#/$defs/language"
    );
    // The model reads any key, in order, and writes it back as a map.
    let read: LocalText =
        serde_json::from_str(r#"{ "fr": "Boucle", "de": "Schleife" }"#).expect("a text");
    assert_eq!(read.get("de"), Some("Schleife"));
    assert_eq!(
        serde_json::to_string(&read).expect("JSON"),
        r#"{"fr":"Boucle","de":"Schleife"}"#
    );
    assert!(serde_json::from_str::<LocalText>(r#"{ "fr": "a", "fr": "b" }"#).is_err());
    let text = Text::from_pairs(&[("fr", "Boucle")]);
    assert_eq!(text.get(Lang::EN), "Boucle");
}
