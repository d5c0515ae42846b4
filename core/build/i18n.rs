//! The interface's words as data: checks every `content/i18n/<code>.toml` against the default
//! language's file and writes the Rust string tables (`strings.rs` in `OUT_DIR`).
//!
//! The default language's file (French) sets the tables and keys; every other file must have
//! exactly the same tables, keys, kinds (text or list of texts, lists of the same length) and
//! `{placeholders}`. Anything else stops the build with a sentence naming the file, the table
//! and the key. Only the default language is compiled into the wasm; the others are compiled
//! in for native builds (tests, command-line tools) and fetched as JSON by the page
//! (`scripts/postbuild.mjs` writes `dist/i18n/<code>.json` from the same files).

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// The folder of the language files, relative to the core crate.
pub const I18N_DIR: &str = "../content/i18n";
/// The language compiled into the page, whose file every other one is checked against.
pub const DEFAULT_LANG: &str = "fr";

/// One language file, read.
pub struct LangFile {
    pub code: String,
    pub path: String,
    pub table: toml::Table,
}

/// Reads every `<code>.toml` of `dir`, the default language first, then by code.
pub fn read_dir(dir: &Path) -> Result<Vec<LangFile>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let shown = format!("content/i18n/{code}.toml");
        if !valid_code(&code) {
            return Err(format!(
                "{shown}: a language file is named after its language code, 2 or 3 lowercase letters (fr, en, de…)"
            ));
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("cannot read {shown}: {e}"))?;
        let table: toml::Table = text
            .parse()
            .map_err(|e| format!("{shown} is not valid TOML: {e}"))?;
        files.push(LangFile {
            code,
            path: shown,
            table,
        });
    }
    files.sort_by(|a, b| (a.code != DEFAULT_LANG, &a.code).cmp(&(b.code != DEFAULT_LANG, &b.code)));
    if files.first().map(|f| f.code.as_str()) != Some(DEFAULT_LANG) {
        return Err(format!(
            "content/i18n/{DEFAULT_LANG}.toml is missing: it is the default language's file"
        ));
    }
    Ok(files)
}

/// 2 or 3 lowercase ASCII letters: a BCP 47 primary language subtag.
pub fn valid_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// The `{name}` placeholders of a text, as a set.
pub fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(close) = rest.find('}') {
            let name = &rest[..close];
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                found.insert(name.to_string());
            }
        }
    }
    found
}

/// Every problem of `other` against the reference file, one sentence each.
pub fn compare(reference: &LangFile, other: &LangFile) -> Vec<String> {
    let mut errors = Vec::new();
    let file = &other.path;
    let reference_file = &reference.path;
    for (table_name, table) in &reference.table {
        let Some(theirs) = other.table.get(table_name) else {
            errors.push(format!(
                "{file}: table [{table_name}] is missing ({reference_file} has it)"
            ));
            continue;
        };
        let (Some(table), Some(theirs)) = (table.as_table(), theirs.as_table()) else {
            errors.push(format!("{file}: [{table_name}] must be a table of texts"));
            continue;
        };
        for (key, value) in table {
            let Some(their) = theirs.get(key) else {
                errors.push(format!(
                    "{file}, table [{table_name}], key `{key}`: missing ({reference_file} has it)"
                ));
                continue;
            };
            if let Some(problem) = same_shape(value, their) {
                errors.push(format!(
                    "{file}, table [{table_name}], key `{key}`: {problem}"
                ));
                continue;
            }
            if table_name == "meta" {
                continue;
            }
            let ours = texts(value)
                .iter()
                .flat_map(|t| placeholders(t))
                .collect::<BTreeSet<_>>();
            let their_set = texts(their)
                .iter()
                .flat_map(|t| placeholders(t))
                .collect::<BTreeSet<_>>();
            for missing in ours.difference(&their_set) {
                errors.push(format!("{file}, table [{table_name}], key `{key}`: placeholder {{{missing}}} is missing ({reference_file} has it)"));
            }
            for extra in their_set.difference(&ours) {
                errors.push(format!("{file}, table [{table_name}], key `{key}`: placeholder {{{extra}}} is unknown ({reference_file} does not have it)"));
            }
        }
        for key in theirs.keys() {
            if !table.contains_key(key) {
                errors.push(format!(
                    "{file}, table [{table_name}], key `{key}`: extra key ({reference_file} does not have it)"
                ));
            }
        }
    }
    for table_name in other.table.keys() {
        if !reference.table.contains_key(table_name) {
            errors.push(format!(
                "{file}: extra table [{table_name}] ({reference_file} does not have it)"
            ));
        }
    }
    errors.extend(meta_problems(other));
    errors
}

/// The `[meta]` values every file needs, checked for their allowed values.
pub fn meta_problems(file: &LangFile) -> Vec<String> {
    let path = &file.path;
    let meta = file.table.get("meta").and_then(|m| m.as_table());
    let get = |key: &str| meta.and_then(|m| m.get(key)).and_then(|v| v.as_str());
    let mut errors = Vec::new();
    let allowed: [(&str, &[&str]); 2] =
        [("dir", &["ltr", "rtl"]), ("plural", &["one", "zero_one"])];
    if get("name").is_none_or(|name| name.trim().is_empty()) {
        errors.push(format!("{path}, table [meta], key `name`: the language's own name is missing (e.g. \"Deutsch\")"));
    }
    let statement = get("statement").unwrap_or_default();
    let plain_name = statement.strip_suffix(".html").is_some_and(|name| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    if !plain_name {
        errors.push(format!("{path}, table [meta], key `statement`: the accessibility statement's file name in accessibilite/, such as \"en.html\""));
    }
    for (key, values) in allowed {
        match get(key) {
            Some(value) if values.contains(&value) => {}
            _ => errors.push(format!(
                "{path}, table [meta], key `{key}`: must be one of {}",
                values.join(", ")
            )),
        }
    }
    errors
}

fn texts(value: &toml::Value) -> Vec<&str> {
    match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(items) => items.iter().filter_map(|i| i.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// `None` when `theirs` has the shape of `ours`: both a text, or both a list of as many texts.
fn same_shape(ours: &toml::Value, theirs: &toml::Value) -> Option<String> {
    match (ours, theirs) {
        (toml::Value::String(_), toml::Value::String(_)) => None,
        (toml::Value::Array(a), toml::Value::Array(b)) if a.len() == b.len() => {
            b.iter().all(|v| v.is_str()).then_some(()).map_or_else(
                || Some("every item of the list must be a text".to_string()),
                |()| None,
            )
        }
        (toml::Value::Array(a), toml::Value::Array(b)) => Some(format!(
            "a list of {} texts is expected, this one has {}",
            a.len(),
            b.len()
        )),
        (toml::Value::Array(_), _) => Some("a list of texts is expected".to_string()),
        _ => Some("a text is expected".to_string()),
    }
}

/// CamelCase struct name of a table: `team_words` → `TeamWordsStrings`.
fn struct_name(table: &str) -> String {
    let mut out = String::new();
    for part in table.split('_') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out + "Strings"
}

fn value_source(value: &toml::Value) -> String {
    match value {
        toml::Value::Array(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|i| format!("{:?}", i.as_str().unwrap_or_default()))
                .collect();
            format!("&[{}]", items.join(", "))
        }
        other => format!("{:?}", other.as_str().unwrap_or_default()),
    }
}

fn table_source(file: &LangFile, reference: &LangFile, table_name: &str, indent: &str) -> String {
    let theirs = file.table.get(table_name).and_then(|t| t.as_table());
    let mut out = format!("{} {{\n", struct_name(table_name));
    let keys = reference.table.get(table_name).and_then(|t| t.as_table());
    for key in keys.into_iter().flat_map(|t| t.keys()) {
        let value = theirs
            .and_then(|t| t.get(key))
            .map(value_source)
            .unwrap_or_default();
        let _ = writeln!(out, "{indent}    {key}: {value},");
    }
    out.push_str(indent);
    out.push('}');
    out
}

fn strings_source(file: &LangFile, reference: &LangFile) -> String {
    let mut out = String::from("Strings {\n");
    for table_name in reference.table.keys() {
        let _ = writeln!(
            out,
            "    {table_name}: {},",
            table_source(file, reference, table_name, "    ")
        );
    }
    out.push('}');
    out
}

/// One function per table (`tables::app(lang)`), each with the default language's table as
/// its own static: a page links only the tables it uses (the team page never holds the
/// assessment's words, nor the other way round).
fn tables_source(reference: &LangFile) -> String {
    let mut out = String::from("/// The words of each table of the language files in a language, one function per table.\npub mod tables {\n    use super::*;\n\n");
    for table_name in reference.table.keys() {
        let name = struct_name(table_name);
        let upper = table_name.to_uppercase();
        let _ = writeln!(
            out,
            "    static {upper}: {name} = {};\n\n    /// The `[{table_name}]` words of `lang` (the default language's until `lang` is loaded).\n    pub fn {table_name}(lang: Lang) -> &'static {name} {{\n        if lang != Lang::FR {{\n            if let Some(strings) = other_strings(lang) {{\n                return &strings.{table_name};\n            }}\n        }}\n        &{upper}\n    }}\n",
            table_source(reference, reference, table_name, "    ")
        );
    }
    out.push_str("}\n\n");
    out
}

/// The generated Rust source: the table structs, the default language's strings, the other
/// languages' strings (native builds only), the list of languages and the JSON reader.
pub fn rust_source(files: &[LangFile]) -> String {
    let reference = &files[0];
    let mut out = String::from(
        "// Generated by core/build/i18n.rs from content/i18n/*.toml. Do not edit.\n\n",
    );
    let mut top = String::from("/// Every fixed word of the interface in one language, one field per table of the language files.\n#[allow(missing_docs)]\n#[derive(Debug)]\npub struct Strings {\n");
    for (table_name, table) in &reference.table {
        let name = struct_name(table_name);
        let _ = writeln!(top, "    pub {table_name}: {name},");
        let _ = writeln!(out, "/// The `[{table_name}]` table of the language files.\n#[allow(missing_docs)]\n#[derive(Debug)]\npub struct {name} {{");
        for (key, value) in table.as_table().into_iter().flatten() {
            let ty = if value.is_array() {
                "&'static [&'static str]"
            } else {
                "&'static str"
            };
            let _ = writeln!(out, "    pub {key}: {ty},");
        }
        out.push_str("}\n\n");
    }
    top.push_str("}\n\n");
    out.push_str(&top);
    out.push_str(&reader_source(reference));
    out.push_str(&tables_source(reference));
    let _ = writeln!(
        out,
        "/// The default language's strings as one value, for native builds (tests, tools).\n#[cfg(not(target_arch = \"wasm32\"))]\npub const DEFAULT_STRINGS: Strings = {};\n",
        strings_source(reference, reference)
    );
    out.push_str("/// The other languages' strings, compiled in for native builds only: the page fetches them.\n#[cfg(not(target_arch = \"wasm32\"))]\npub(crate) const OTHER_STRINGS: &[(&str, Strings)] = &[\n");
    for file in &files[1..] {
        let _ = writeln!(
            out,
            "    ({:?}, {}),",
            file.code,
            strings_source(file, reference)
        );
    }
    out.push_str("];\n\n");
    out.push_str("/// Every language the interface has, the default first: code, own name and direction.\npub const LANGUAGES: &[LanguageInfo] = &[\n");
    for file in files {
        let meta = file.table.get("meta").and_then(|m| m.as_table());
        let get = |key: &str| {
            meta.and_then(|m| m.get(key))
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let _ = writeln!(
            out,
            "    LanguageInfo {{ code: {:?}, name: {:?}, dir: {:?} }},",
            file.code,
            get("name"),
            get("dir")
        );
    }
    out.push_str("];\n");
    out
}

/// The JSON reader: one loop over the keys (so the wasm holds a list of names, not code per
/// key), then the struct built from two arrays by constant indices.
fn reader_source(reference: &LangFile) -> String {
    let mut empty = String::from("Strings {\n");
    let (mut text_slots, mut list_slots) = (String::new(), String::new());
    let mut list_lengths = Vec::new();
    let mut texts = 0usize;
    for (table_name, table) in &reference.table {
        let _ = writeln!(empty, "    {table_name}: {} {{", struct_name(table_name));
        for (key, value) in table.as_table().into_iter().flatten() {
            if let Some(items) = value.as_array() {
                let _ = writeln!(empty, "        {key}: &[],");
                let _ = writeln!(list_slots, "        &mut strings.{table_name}.{key},");
                list_lengths.push(items.len().to_string());
            } else {
                let _ = writeln!(empty, "        {key}: \"\",");
                let _ = writeln!(text_slots, "        &mut strings.{table_name}.{key},");
                texts += 1;
            }
        }
        empty.push_str("    },\n");
    }
    empty.push('}');
    let lists = list_lengths.len();
    let lengths = list_lengths.join(", ");
    let fingerprint = keys_fingerprint(reference);
    format!(
        "/// FNV-1a (32 bits) of every `table.key` line of the language files, in the order of the\n\
         /// struct fields (tables and keys sorted): a language file's JSON form starts with it, so a\n\
         /// file written for other keys is refused.\n\
         pub const KEYS_FINGERPRINT: u32 = {fingerprint};\n\n\
         /// How many texts and lists a language holds, and each list's length.\n\
         pub(crate) const TEXT_COUNT: usize = {texts};\n\
         pub(crate) const LIST_LENGTHS: [usize; {lists}] = [{lengths}];\n\n\
         /// A language with every word empty, to be filled from its JSON form.\n\
         pub(crate) const EMPTY_STRINGS: Strings = {empty};\n\n\
         /// Every text field of `strings`, in field order: filling through these slots takes\n\
         /// less code than building the tables field by field.\n\
         pub(crate) fn text_slots(strings: &mut Strings) -> [&mut &'static str; {texts}] {{\n    [\n{text_slots}    ]\n}}\n\n\
         /// Every list field of `strings`, in field order.\n\
         pub(crate) fn list_slots(strings: &mut Strings) -> [&mut &'static [&'static str]; {lists}] {{\n    [\n{list_slots}    ]\n}}\n\n"
    )
}

/// FNV-1a over `table.key\n` for every key of the reference file, in order.
pub fn keys_fingerprint(reference: &LangFile) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for (table_name, table) in &reference.table {
        for key in table.as_table().into_iter().flat_map(|t| t.keys()) {
            for byte in format!("{table_name}.{key}\n").bytes() {
                hash ^= u32::from(byte);
                hash = hash.wrapping_mul(0x0100_0193);
            }
        }
    }
    hash
}

/// Checks every language file and writes `strings.rs` into `out_dir`.
pub fn generate(out_dir: &Path) -> Result<(), String> {
    println!("cargo:rerun-if-changed={I18N_DIR}");
    let files = read_dir(&PathBuf::from(I18N_DIR))?;
    for file in &files {
        println!("cargo:rerun-if-changed={I18N_DIR}/{}.toml", file.code);
    }
    let mut errors = meta_problems(&files[0]);
    for file in &files[1..] {
        errors.extend(compare(&files[0], file));
    }
    if !errors.is_empty() {
        return Err(errors.join("\n"));
    }
    let out = out_dir.join("strings.rs");
    std::fs::write(&out, rust_source(&files))
        .map_err(|e| format!("cannot write {}: {e}", out.display()))
}
