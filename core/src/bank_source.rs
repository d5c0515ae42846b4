//! Which question bank a page shows, and where its file is (issue 12).
//!
//! A page (`?bank=NAME`), its iframe (`?embed=1&bank=NAME`), the `<problemes-imaginaires
//! bank="NAME">` element and the team view (`equipe/?bank=NAME`) may ask for a bank by name.
//! Without a name, `config.json`'s `bank` is the default; without one, the built-in bank.
//!
//! A name only ever means the file `banks/NAME.json` in the widget's own folder: it is checked
//! against `^[a-z0-9][a-z0-9-]{0,63}$` here, before anything is requested, and the address is
//! built from the page's own address, never from the parameter. `../../x`,
//! `https://evil.example/b.json` or `%2e%2e` therefore request nothing at all: a link can never
//! make the widget show someone else's text.
//!
//! Everything here is pure (the browser side is `ui-shared/src/bank_source.rs`), so every rule
//! is tested natively.

use crate::bank::{check_bank_text, Bank, BankError, BankFormat, MAX_BANK_BYTES};
use crate::embed::QueryParams;
use serde::Deserialize;

/// The id of the bank of the course, `content/bank.toml`: the interface's own words (the intro's
/// counts, the credits) describe it; another bank gets words that fit any bank.
pub const STANDARD_BANK_ID: &str = "problemes-imaginaires";

/// The longest bank name: 64 characters.
pub const MAX_NAME_LEN: usize = 64;

/// The largest bank file the page reads: the check's own limit ([`MAX_BANK_BYTES`], 1 MiB). The
/// built-in bank is about 60 KB as JSON; a bigger file is refused before it is parsed, and when
/// the server declares its size, before it is even downloaded.
pub const MAX_BANK_FILE_BYTES: usize = MAX_BANK_BYTES;

/// The largest `config.json` the page reads (a few hundred bytes in practice).
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;

/// How many of a faulty bank's errors the page lists for the administrator.
pub const SHOWN_ERRORS: usize = 5;

/// Where the check page (`verifier/`) leaves the bank to try: normalised JSON, on this origin
/// only (`localStorage` is per origin).
pub const TRIAL_BANK_KEY: &str = "problemes-imaginaires:trial-bank";

/// A bank name that may be used: lower-case ASCII letters, digits and `-`, starting with a
/// letter or a digit, at most [`MAX_NAME_LEN`] characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct BankName(String);

impl BankName {
    /// `text` as a bank name, or `None` when it is not one (nothing is trimmed or decoded:
    /// the caller gives the value as the address gave it, already percent-decoded once).
    pub fn parse(text: &str) -> Option<BankName> {
        let bytes = text.as_bytes();
        let first_ok = bytes
            .first()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let rest_ok = bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
        (first_ok && rest_ok && bytes.len() <= MAX_NAME_LEN).then(|| BankName(text.to_string()))
    }

    /// The name as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file's path relative to the widget's folder, as the administrator sees it:
    /// `banks/NAME.json`.
    pub fn file_path(&self) -> String {
        format!("banks/{}.json", self.0)
    }

    /// The address of the file, in the widget's folder `folder` (see [`page_folder`]).
    pub fn file_url(&self, folder: &str) -> String {
        format!("{folder}{}", self.file_path())
    }
}

impl std::fmt::Display for BankName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where an invalid name came from, for the administrator's detail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOrigin {
    /// The page's address (`?bank=`).
    Address,
    /// The element's `bank` attribute.
    Attribute,
    /// `config.json`'s `bank`.
    Config,
}

/// What the page was asked to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankRequest {
    /// Nothing: `config.json`'s default, else the built-in bank.
    Default,
    /// A bank by name.
    Named(BankName),
    /// A name that is not one: nothing is requested, and the page says so.
    InvalidName(NameOrigin),
    /// `?trial=1`: the bank the check page left on this device, to try it.
    Trial,
}

impl BankRequest {
    /// The request of a page address's query: `trial` (any value but `0`/`false`), then `bank`.
    /// `trial_allowed` is false where a trial must not be reachable (a page inside a frame,
    /// which another site may have made): `trial` is then ignored.
    pub fn from_query(query: &str, trial_allowed: bool) -> BankRequest {
        let params = QueryParams::parse(query);
        let trial = params
            .get("trial")
            .is_some_and(|value| value != "0" && value != "false");
        if trial && trial_allowed {
            return BankRequest::Trial;
        }
        match params.get("bank") {
            None => BankRequest::Default,
            Some(name) => BankRequest::named(name, NameOrigin::Address),
        }
    }

    /// The request of an element's `bank` attribute (absent: the default).
    pub fn from_attribute(value: Option<&str>) -> BankRequest {
        match value {
            None => BankRequest::Default,
            Some(name) => BankRequest::named(name, NameOrigin::Attribute),
        }
    }

    fn named(name: &str, origin: NameOrigin) -> BankRequest {
        match BankName::parse(name) {
            Some(name) => BankRequest::Named(name),
            None => BankRequest::InvalidName(origin),
        }
    }
}

/// What `config.json` says about banks. Its other settings (the accessibility statement's) are
/// read elsewhere; a missing field means "not set".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BankConfig {
    /// The default bank, when a page asks for none: `Some(Ok(name))`, `Some(Err(()))` when the
    /// file names an invalid one, `None` when it names none.
    pub default: Option<Result<BankName, ()>>,
    /// The banks the administrator makes available, used to name the bank of a foreign code.
    /// Invalid names are left out.
    pub available: Vec<BankName>,
}

#[derive(Deserialize)]
struct ConfigFile {
    #[serde(default)]
    bank: Option<String>,
    #[serde(default)]
    banks: Vec<String>,
}

/// The banks part of a `config.json` text, or `None` when it is not readable JSON of the
/// expected shape (too large, not an object, `bank` not a string, `banks` not a list of
/// strings). Unknown fields are other settings, and are ignored.
pub fn read_config(text: &str) -> Option<BankConfig> {
    if text.len() > MAX_CONFIG_BYTES {
        return None;
    }
    let file: ConfigFile = serde_json::from_str(text).ok()?;
    Some(BankConfig {
        default: file.bank.map(|name| BankName::parse(&name).ok_or(())),
        available: file
            .banks
            .iter()
            .filter_map(|name| BankName::parse(name))
            .collect(),
    })
}

/// The folder of a page address: its scheme, host and path up to the last `/`, without query
/// or fragment. `https://a.example/outils/autodiagnostic/index.html?embed=1#r=…` gives
/// `https://a.example/outils/autodiagnostic/`. Bank files and `config.json` are found there.
pub fn page_folder(address: &str) -> String {
    let address = address.split('#').next().unwrap_or_default();
    let address = address.split('?').next().unwrap_or_default();
    let path_start = address
        .find("://")
        .map_or(0, |at| at + 3)
        .min(address.len());
    match address.get(path_start..).and_then(|rest| rest.rfind('/')) {
        Some(at) => address
            .get(..path_start + at + 1)
            .unwrap_or(address)
            .to_string(),
        None => format!("{address}/"),
    }
}

/// The folder above `folder` (which ends with `/`): the team view's page is `equipe/`, one
/// folder below the widget's, where `banks/` and `config.json` are.
pub fn parent_folder(folder: &str) -> String {
    let trimmed = folder.strip_suffix('/').unwrap_or(folder);
    let path_start = trimmed
        .find("://")
        .map_or(0, |at| at + 3)
        .min(trimmed.len());
    match trimmed.get(path_start..).and_then(|rest| rest.rfind('/')) {
        Some(at) => trimmed
            .get(..path_start + at + 1)
            .unwrap_or(folder)
            .to_string(),
        None => folder.to_string(),
    }
}

/// Why a bank could not be shown. Each one gives the visitor one sentence and the administrator
/// a detail to act on (the file, the item, the field, the rule).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankLoadError {
    /// The name asked for is not a bank name: nothing was requested.
    InvalidName(NameOrigin),
    /// `?trial=1` but the check page left no bank to try on this device.
    NoTrialBank,
    /// The server answered with an error status (404: the file is not there).
    Http {
        /// The bank's name.
        name: BankName,
        /// The HTTP status.
        status: u16,
    },
    /// The request failed (network, browser, CORS).
    Network {
        /// The bank's name.
        name: BankName,
    },
    /// The file is larger than [`MAX_BANK_FILE_BYTES`]; it was not parsed.
    TooLarge {
        /// The bank's name, `None` for the trial bank.
        name: Option<BankName>,
        /// Its size in bytes (or at least this many).
        bytes: usize,
    },
    /// The file was checked and refused.
    Faulty {
        /// The bank's name, `None` for the trial bank.
        name: Option<BankName>,
        /// The first errors found (at most [`SHOWN_ERRORS`]).
        errors: Vec<BankError>,
    },
}

impl BankLoadError {
    /// The name of the bank that could not be loaded, when there is one to show (never an
    /// invalid name: it is text from a link, not ours to repeat).
    pub fn name(&self) -> Option<&BankName> {
        match self {
            BankLoadError::Http { name, .. } | BankLoadError::Network { name } => Some(name),
            BankLoadError::TooLarge { name, .. } | BankLoadError::Faulty { name, .. } => {
                name.as_ref()
            }
            BankLoadError::InvalidName(_) | BankLoadError::NoTrialBank => None,
        }
    }
}

/// Reads a bank file's text: the size limit first, then the same check as the check page and
/// `bank-check` (`check_bank_text`). `name` is `None` for the trial bank.
pub fn read_bank_text(name: Option<&BankName>, text: &str) -> Result<Bank, BankLoadError> {
    if text.len() > MAX_BANK_FILE_BYTES {
        return Err(BankLoadError::TooLarge {
            name: name.cloned(),
            bytes: text.len(),
        });
    }
    let check = check_bank_text(text, BankFormat::Json);
    match check.bank {
        Some(bank) if check.errors.is_empty() => Ok(bank),
        _ => Err(BankLoadError::Faulty {
            name: name.cloned(),
            errors: check.errors.into_iter().take(SHOWN_ERRORS).collect(),
        }),
    }
}

/// Which bank a page shows, once loaded: it decides where answers are kept and what links say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadedFrom {
    /// The bank compiled into the page (`content/bank.toml`, or `PI_BANK` at build time).
    BuiltIn,
    /// `banks/NAME.json`.
    File(BankName),
    /// The check page's bank, tried on this device.
    Trial,
}

impl LoadedFrom {
    /// The name links must carry so that they reopen this bank: `None` for the built-in bank,
    /// whose links stay as they always were (a link without `bank` opens the default), and for
    /// a trial, which is on this device only.
    pub fn link_name(&self) -> Option<&BankName> {
        match self {
            LoadedFrom::File(name) => Some(name),
            LoadedFrom::BuiltIn | LoadedFrom::Trial => None,
        }
    }
}

/// The `localStorage` key of the saved session of `bank`, where the built-in bank's is
/// `page_key` (`problemes-imaginaires:v1`): the built-in bank keeps its key, so nothing saved
/// before moves; a bank from `banks/` adds its id (`problemes-imaginaires:v1~laboratoire`), so
/// two banks never mix answers, history or backups; a trial has keys of its own
/// (`problemes-imaginaires:trial:v1~laboratoire`), which no deployed bank reads.
pub fn bank_storage_key(page_key: &str, from: &LoadedFrom, bank_id: &str) -> String {
    match from {
        LoadedFrom::BuiltIn => page_key.to_string(),
        LoadedFrom::File(_) => format!("{page_key}~{bank_id}"),
        LoadedFrom::Trial => {
            let (app, version) = page_key.rsplit_once(':').unwrap_or((page_key, ""));
            format!("{app}:trial:{version}~{bank_id}")
        }
    }
}

/// `address` (without fragment) with `bank=NAME` in its query, replacing any `bank` it had,
/// and without `trial`: the address a share link is built on. Other parameters stay as they
/// were written. `None` leaves the address as it is.
pub fn address_with_bank(address: &str, name: Option<&BankName>) -> String {
    let Some(name) = name else {
        return address.to_string();
    };
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split('=').next().unwrap_or_default();
            key != "bank" && key != "trial"
        })
        .collect();
    let bank = format!("bank={name}");
    params.push(&bank);
    format!("{base}?{}", params.join("&"))
}

/// The query parameters of a link to another page of the widget (the team view, the
/// assessment) in `lang`, carrying the bank when it is not the built-in one:
/// `lang=fr&bank=laboratoire`.
pub fn link_query(lang_code: &str, name: Option<&BankName>) -> String {
    match name {
        Some(name) => format!("lang={lang_code}&bank={name}"),
        None => format!("lang={lang_code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> BankName {
        BankName::parse(text).unwrap_or_else(|| panic!("{text} should be a name"))
    }

    #[test]
    fn only_plain_names_are_names() {
        for good in [
            "laboratoire",
            "a",
            "0",
            "mon-questionnaire-2",
            &"a".repeat(64),
        ] {
            assert!(BankName::parse(good).is_some(), "{good}");
        }
        for bad in [
            "",
            "../../x",
            "..",
            "%2e%2e",
            "https://evil.example/b.json",
            "Laboratoire",
            "-x",
            "a/b",
            "a.json",
            "a b",
            "é",
            &"a".repeat(65),
            "a\0",
        ] {
            assert_eq!(BankName::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_address_asks_for_a_bank_a_trial_or_nothing() {
        assert_eq!(BankRequest::from_query("", true), BankRequest::Default);
        assert_eq!(
            BankRequest::from_query("?lang=en&bank=laboratoire", true),
            BankRequest::Named(name("laboratoire"))
        );
        assert_eq!(
            BankRequest::from_query("?embed=1&bank=laboratoire", false),
            BankRequest::Named(name("laboratoire"))
        );
        for bad in [
            "?bank=../../x",
            "?bank=https://evil.example/b.json",
            "?bank=https%3A%2F%2Fevil.example%2Fb.json",
            "?bank=%2e%2e",
            "?bank=%252e%252e",
            "?bank=",
            "?bank",
            "?bank=LABO",
        ] {
            assert_eq!(
                BankRequest::from_query(bad, true),
                BankRequest::InvalidName(NameOrigin::Address),
                "{bad}"
            );
        }
        assert_eq!(
            BankRequest::from_query("?trial=1", true),
            BankRequest::Trial
        );
        assert_eq!(
            BankRequest::from_query("?trial=1&bank=x", true),
            BankRequest::Trial
        );
        assert_eq!(
            BankRequest::from_query("?trial=1", false),
            BankRequest::Default
        );
        assert_eq!(
            BankRequest::from_query("?trial=0", true),
            BankRequest::Default
        );
        assert_eq!(BankRequest::from_attribute(None), BankRequest::Default);
        assert_eq!(
            BankRequest::from_attribute(Some("../x")),
            BankRequest::InvalidName(NameOrigin::Attribute)
        );
    }

    #[test]
    fn config_names_the_default_and_the_available_banks() {
        let config = read_config(
            r#"{"version":1,"accessibility":{"organisation":""},"bank":"laboratoire","banks":["problemes-imaginaires","laboratoire","../x"]}"#,
        );
        assert_eq!(
            config,
            Some(BankConfig {
                default: Some(Ok(name("laboratoire"))),
                available: vec![name("problemes-imaginaires"), name("laboratoire")],
            })
        );
        assert_eq!(read_config(r#"{"version":1}"#), Some(BankConfig::default()));
        assert_eq!(
            read_config(r#"{"bank":"https://evil.example/"}"#).and_then(|c| c.default),
            Some(Err(()))
        );
        assert_eq!(read_config("{"), None);
        assert_eq!(read_config(r#"{"bank":3}"#), None);
        assert_eq!(read_config("\"bank\""), None);
        let huge = format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_CONFIG_BYTES));
        assert_eq!(read_config(&huge), None);
    }

    #[test]
    fn files_are_found_in_the_page_folder_only() {
        assert_eq!(
            page_folder("https://a.example/outils/autodiagnostic/?bank=x#r=PI1.abc"),
            "https://a.example/outils/autodiagnostic/"
        );
        assert_eq!(
            page_folder("https://a.example/outils/autodiagnostic/index.html?embed=1&x=/y/"),
            "https://a.example/outils/autodiagnostic/"
        );
        assert_eq!(page_folder("https://a.example"), "https://a.example/");
        assert_eq!(
            page_folder("file:///home/me/problemes-imaginaires.html"),
            "file:///home/me/"
        );
        assert_eq!(
            name("laboratoire").file_url("https://a.example/outils/autodiagnostic/"),
            "https://a.example/outils/autodiagnostic/banks/laboratoire.json"
        );
        assert_eq!(
            parent_folder("https://a.example/outils/autodiagnostic/equipe/"),
            "https://a.example/outils/autodiagnostic/"
        );
        assert_eq!(parent_folder("https://a.example/"), "https://a.example/");
    }

    #[test]
    fn each_bank_keeps_its_answers_under_its_own_key() {
        let page = "problemes-imaginaires:v1";
        assert_eq!(
            bank_storage_key(page, &LoadedFrom::BuiltIn, "problemes-imaginaires"),
            page
        );
        assert_eq!(
            bank_storage_key(page, &LoadedFrom::File(name("labo")), "laboratoire"),
            "problemes-imaginaires:v1~laboratoire"
        );
        assert_eq!(
            bank_storage_key(page, &LoadedFrom::Trial, "laboratoire"),
            "problemes-imaginaires:trial:v1~laboratoire"
        );
    }

    #[test]
    fn links_carry_the_bank_unless_it_is_the_built_in_one() {
        let labo = name("laboratoire");
        assert_eq!(
            address_with_bank("https://a.example/x/", Some(&labo)),
            "https://a.example/x/?bank=laboratoire"
        );
        assert_eq!(
            address_with_bank("https://a.example/x/?lang=en&bank=old&trial=1", Some(&labo)),
            "https://a.example/x/?lang=en&bank=laboratoire"
        );
        assert_eq!(
            address_with_bank("https://a.example/x/?lang=en", None),
            "https://a.example/x/?lang=en"
        );
        assert_eq!(link_query("fr", Some(&labo)), "lang=fr&bank=laboratoire");
        assert_eq!(link_query("en", None), "lang=en");
        assert_eq!(LoadedFrom::File(labo.clone()).link_name(), Some(&labo));
        assert_eq!(LoadedFrom::BuiltIn.link_name(), None);
        assert_eq!(LoadedFrom::Trial.link_name(), None);
    }

    #[test]
    fn a_bank_file_is_measured_before_it_is_read() {
        let huge = " ".repeat(MAX_BANK_FILE_BYTES + 1);
        assert_eq!(
            read_bank_text(Some(&name("x")), &huge),
            Err(BankLoadError::TooLarge {
                name: Some(name("x")),
                bytes: MAX_BANK_FILE_BYTES + 1
            })
        );
        let faulty = read_bank_text(None, "{\"id\": \"x\"}");
        assert!(
            matches!(&faulty, Err(BankLoadError::Faulty { name: None, errors }) if !errors.is_empty()),
            "{faulty:?}"
        );
        assert!(matches!(
            read_bank_text(None, "<script>alert(1)</script>"),
            Err(BankLoadError::Faulty { .. })
        ));
    }
}
