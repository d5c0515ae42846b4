//! Every language file in `content/i18n/` has the default language's tables, keys and
//! placeholders: the same check as the build's (`core/build/i18n.rs`, included here), run on
//! the real files and on broken copies, so that a faulty file is refused with a sentence that
//! names the file, the table and the key.

#[allow(dead_code)]
#[path = "../build/i18n.rs"]
mod i18n_check;

use assessment_core::i18n::{languages, strings};
use assessment_core::Lang;
use i18n_check::{compare, read_dir, LangFile};
use std::path::Path;

fn files() -> Vec<LangFile> {
    read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join(i18n_check::I18N_DIR))
        .expect("content/i18n is readable")
}

fn edited(file: &LangFile, edit: impl FnOnce(&mut toml::Table)) -> LangFile {
    let mut table = file.table.clone();
    edit(&mut table);
    LangFile {
        code: "xx".into(),
        path: "content/i18n/xx.toml".into(),
        table,
    }
}

fn app(table: &mut toml::Table) -> &mut toml::Table {
    table
        .get_mut("app")
        .and_then(|t| t.as_table_mut())
        .expect("[app]")
}

#[test]
fn every_language_file_has_the_same_keys_and_placeholders() {
    let files = files();
    assert_eq!(files[0].code, "fr", "the default language comes first");
    assert!(files.len() >= 2, "at least French and English");
    for file in &files[1..] {
        assert_eq!(
            compare(&files[0], file),
            Vec::<String>::new(),
            "{}",
            file.path
        );
    }
    // The build compiled the same list of languages.
    let codes: Vec<&str> = languages().iter().map(|l| l.code).collect();
    let on_disk: Vec<&str> = files.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, on_disk);
}

#[test]
fn a_missing_or_extra_key_or_placeholder_is_named() {
    let files = files();
    let english = files.iter().find(|f| f.code == "en").expect("en.toml");
    let missing = edited(english, |t| {
        app(t).remove("start");
    });
    assert_eq!(
        compare(&files[0], &missing),
        ["content/i18n/xx.toml, table [app], key `start`: missing (content/i18n/fr.toml has it)"]
    );
    let extra = edited(english, |t| {
        app(t).insert("begin".into(), "Begin".into());
    });
    assert_eq!(
        compare(&files[0], &extra),
        ["content/i18n/xx.toml, table [app], key `begin`: extra key (content/i18n/fr.toml does not have it)"]
    );
    let placeholder = edited(english, |t| {
        app(t).insert("step_of".into(), "Step {step} of {all}".into());
    });
    assert_eq!(
        compare(&files[0], &placeholder),
        [
            "content/i18n/xx.toml, table [app], key `step_of`: placeholder {total} is missing (content/i18n/fr.toml has it)",
            "content/i18n/xx.toml, table [app], key `step_of`: placeholder {all} is unknown (content/i18n/fr.toml does not have it)",
        ]
    );
    let no_table = edited(english, |t| {
        t.remove("keep");
    });
    assert_eq!(
        compare(&files[0], &no_table),
        ["content/i18n/xx.toml: table [keep] is missing (content/i18n/fr.toml has it)"]
    );
    let no_name = edited(english, |t| {
        t.get_mut("meta")
            .and_then(|m| m.as_table_mut())
            .expect("[meta]")
            .insert("name".into(), "".into());
    });
    assert_eq!(compare(&files[0], &no_name).len(), 1);
}

#[test]
fn every_language_speaks_its_own_words() {
    for info in languages() {
        let lang = info.lang();
        let words = strings(lang);
        assert_eq!(words.meta.name, info.name);
        assert!(!words.app.start.is_empty());
        assert_eq!(lang.dir(), info.dir);
    }
    assert_ne!(strings(Lang::EN).app.start, strings(Lang::FR).app.start);
}

/// The JSON form `scripts/i18n-json.mjs` writes: the keys' fingerprint, then the texts and the
/// lists in field order (tables and keys sorted).
fn json_form(table: &toml::Table) -> String {
    let (mut texts, mut lists) = (Vec::new(), Vec::new());
    for section in table.values().filter_map(|t| t.as_table()) {
        for value in section.values() {
            match value {
                toml::Value::Array(items) => lists.push(
                    items
                        .iter()
                        .map(|i| i.as_str().unwrap_or_default().to_string())
                        .collect::<Vec<_>>(),
                ),
                other => texts.push(other.as_str().unwrap_or_default().to_string()),
            }
        }
    }
    serde_json::to_string(&(assessment_core::i18n::KEYS_FINGERPRINT, texts, lists)).expect("JSON")
}

#[test]
fn a_language_file_read_as_json_gives_the_compiled_words() {
    for file in &files()[1..] {
        let parsed =
            assessment_core::i18n::parse_json(&json_form(&file.table)).expect("every key is there");
        let lang = Lang::from_code(&file.code).expect("code");
        assert_eq!(
            format!("{parsed:?}"),
            format!("{:?}", strings(lang)),
            "{}",
            file.path
        );
    }
    let mut english = files()[1].table.clone();
    english
        .get_mut("keep")
        .and_then(|t| t.as_table_mut())
        .expect("[keep]")
        .remove("print");
    assert_eq!(
        assessment_core::i18n::parse_json(&json_form(&english)).map(|_| ()),
        Err("the file does not hold as many texts as this page".to_string())
    );
}
