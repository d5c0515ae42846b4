//! Reading a bank from TOML text (behind the `toml` feature: the app gets its built-in bank as
//! generated code and never parses text).

// Paths through `crate::bank` so that build.rs can include this file as well.
use crate::bank::{
    check_size, validate_bank, Bank, BankError, BankFile, BankFormat, Item, ItemKind,
};

/// Reads a bank from TOML text and validates it. Returns the first fault found; a TOML syntax
/// or type error names its line and, when it can be told, the item it belongs to. Warnings do
/// not stop a bank (`check_bank_text` lists them).
pub fn parse_bank_toml(text: &str) -> Result<Bank, BankError> {
    check_size(text)?;
    validate_bank(read_bank_file_toml(text)?)
}

/// Reads the file model from TOML text, before validation.
pub fn read_bank_file_toml(text: &str) -> Result<BankFile, BankError> {
    toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        let line = text.get(..offset).unwrap_or(text).matches('\n').count() + 1;
        BankError::Syntax {
            format: BankFormat::Toml,
            item: item_at_line(text, line),
            line: Some(line),
            path: None,
            // One line per error: the reader's explanation may span several.
            message: error
                .message()
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join("; "),
        }
    })
}

/// The kind of item an array-of-tables header opens, e.g. `[[problems.fixes]]`.
fn header_kind(line: &str) -> Option<Option<ItemKind>> {
    let name = line.strip_prefix("[[")?.split("]]").next()?;
    let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    Some(match name.as_str() {
        "problems" => Some(ItemKind::Problem),
        "problems.fixes" => Some(ItemKind::Fix),
        "problems.questions" => Some(ItemKind::Question),
        "migrations" => Some(ItemKind::Migration),
        _ => None,
    })
}

/// The value of a `key = value` line, unquoted.
fn value_of<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(key)?.trim_start().strip_prefix('=')?;
    Some(rest.trim().trim_matches(|c| c == '"' || c == '\''))
}

/// The item whose table holds 1-based `line`, found from the headers and `id` (or `from`)
/// lines around it. Only a help for the message: a file laid out unusually gets none.
fn item_at_line(text: &str, line: usize) -> Option<Item> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let upto = line.min(lines.len());
    let (start, kind) = lines
        .get(..upto)?
        .iter()
        .enumerate()
        .rev()
        .find_map(|(at, text)| Some((at + 1, header_kind(text)?)))
        .unwrap_or((0, Some(ItemKind::Bank)));
    let kind = kind?;
    let key = if kind == ItemKind::Migration {
        "from"
    } else {
        "id"
    };
    let id = lines
        .get(start..)?
        .iter()
        .take_while(|text| header_kind(text).is_none())
        .find_map(|text| value_of(text, key))?;
    Some(Item::new(kind, id))
}
