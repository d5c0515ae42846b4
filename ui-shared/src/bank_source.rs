//! Loading the question bank a page shows (issue 12), for the assessment page, its iframe, the
//! element and the team view: the rules are `assessment_core::bank_source`; this module only
//! fetches files from the widget's own folder and reads the trial bank from `localStorage`.
//!
//! Requests go only to `<folder>config.json` and `<folder>banks/NAME.json`, with a name checked
//! before anything is requested, and `credentials: 'same-origin'`. Offline, or when a request
//! fails, the HTTP cache is read (`force-cache`), so a page opened offline from the cache still
//! finds the files it read before.

use crate::SharedBank;
use assessment_core::bank::built_in;
use assessment_core::bank_source::{
    read_bank_text, read_config, BankConfig, BankLoadError, BankName, BankRequest, LoadedFrom,
    MAX_BANK_FILE_BYTES, MAX_CONFIG_BYTES, TRIAL_BANK_KEY,
};
use assessment_core::code::{bank_fingerprint, code_fingerprint};
use assessment_core::Bank;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestCredentials, RequestInit, Response};
use yew::prelude::*;

/// Where a page's bank comes from: what it asked for, and the widget's folder (the page's own,
/// `embed.js`'s for the element, the one above `equipe/` for the team view).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankSource {
    pub request: BankRequest,
    /// Ends with `/`; `file:` for the single file opened from disk, where nothing is fetched.
    pub folder: String,
}

impl BankSource {
    fn can_fetch(&self) -> bool {
        self.folder.starts_with("http:") || self.folder.starts_with("https:")
    }
}

/// A bank ready to show, and where it came from (for storage keys and links).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedBank {
    pub bank: SharedBank,
    pub from: LoadedFrom,
}

/// The bank of a page, as it loads.
#[derive(Clone, Debug, PartialEq)]
pub enum BankState {
    /// Waiting for `config.json` or the bank file: nothing of the questionnaire is shown.
    Loading,
    Ready(LoadedBank),
    Failed(BankLoadError),
}

/// The built-in bank, built once per page (it is a few hundred strings).
pub fn built_in_bank() -> SharedBank {
    thread_local! {
        static BUILT_IN: SharedBank = SharedBank(Rc::new(built_in()));
    }
    BUILT_IN.with(SharedBank::clone)
}

fn built_in_loaded() -> LoadedBank {
    LoadedBank {
        bank: built_in_bank(),
        from: LoadedFrom::BuiltIn,
    }
}

fn is_built_in(name: &BankName) -> bool {
    name.as_str() == built_in_bank().id
}

/// The outcome when no request is needed: an invalid name, the built-in bank asked by its id,
/// the trial bank (in `localStorage`), or a page opened from disk with no name (the single
/// file: the built-in bank, which `scripts/build-custom.sh` may have replaced).
fn without_request(source: &BankSource) -> Option<Result<LoadedBank, BankLoadError>> {
    match &source.request {
        BankRequest::InvalidName(origin) => Some(Err(BankLoadError::InvalidName(*origin))),
        BankRequest::Trial => Some(trial_bank()),
        BankRequest::Named(name) if is_built_in(name) => Some(Ok(built_in_loaded())),
        BankRequest::Named(name) if !source.can_fetch() => {
            Some(Err(BankLoadError::Network { name: name.clone() }))
        }
        BankRequest::Default if !source.can_fetch() => Some(Ok(built_in_loaded())),
        BankRequest::Named(_) | BankRequest::Default => None,
    }
}

/// The bank the check page left on this device to try.
fn trial_bank() -> Result<LoadedBank, BankLoadError> {
    let text = gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .and_then(|storage| storage.get_item(TRIAL_BANK_KEY).ok().flatten())
        .ok_or(BankLoadError::NoTrialBank)?;
    let bank = read_bank_text(None, &text)?;
    Ok(LoadedBank {
        bank: SharedBank(Rc::new(bank)),
        from: LoadedFrom::Trial,
    })
}

/// Loads the bank `source` asks for: `config.json`'s default when it asks for none.
async fn load(source: &BankSource) -> Result<LoadedBank, BankLoadError> {
    if let Some(done) = without_request(source) {
        return done;
    }
    let name = match &source.request {
        BankRequest::Named(name) => name.clone(),
        _ => match fetch_config(&source.folder)
            .await
            .and_then(|config| config.default)
        {
            None => return Ok(built_in_loaded()),
            Some(Err(())) => {
                return Err(BankLoadError::InvalidName(
                    assessment_core::bank_source::NameOrigin::Config,
                ))
            }
            Some(Ok(name)) if is_built_in(&name) => return Ok(built_in_loaded()),
            Some(Ok(name)) => name,
        },
    };
    let bank = fetch_bank(&source.folder, &name).await?;
    Ok(LoadedBank {
        bank: SharedBank(Rc::new(bank)),
        from: LoadedFrom::File(name),
    })
}

/// `banks/NAME.json` of `folder`, read and checked.
async fn fetch_bank(folder: &str, name: &BankName) -> Result<Bank, BankLoadError> {
    match fetch_text(&name.file_url(folder), MAX_BANK_FILE_BYTES).await {
        Fetched::Text(text) => read_bank_text(Some(name), &text),
        Fetched::Status(status) => Err(BankLoadError::Http {
            name: name.clone(),
            status,
        }),
        Fetched::Failed => Err(BankLoadError::Network { name: name.clone() }),
        Fetched::TooLarge(bytes) => Err(BankLoadError::TooLarge {
            name: Some(name.clone()),
            bytes,
        }),
    }
}

/// What `config.json` says about banks; `None` when it is missing or unreadable (the built-in
/// bank is then the default, as before config.json had a `bank`).
async fn fetch_config(folder: &str) -> Option<BankConfig> {
    match fetch_text(&format!("{folder}config.json"), MAX_CONFIG_BYTES).await {
        Fetched::Text(text) => read_config(&text),
        _ => None,
    }
}

enum Fetched {
    Text(String),
    Status(u16),
    TooLarge(usize),
    Failed,
}

/// The text at `url`, unless its declared or actual size is over `limit`. A request that fails
/// is tried once more from the HTTP cache; offline, the cache is tried first, so that a page
/// opened from the cache reads the same files without a failed request.
async fn fetch_text(url: &str, limit: usize) -> Fetched {
    if !gloo_utils::window().navigator().on_line() {
        return fetch_once(url, limit, RequestCache::ForceCache).await;
    }
    match fetch_once(url, limit, RequestCache::Default).await {
        Fetched::Failed => fetch_once(url, limit, RequestCache::ForceCache).await,
        done => done,
    }
}

async fn fetch_once(url: &str, limit: usize, cache: RequestCache) -> Fetched {
    let init = RequestInit::new();
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_cache(cache);
    let promise = gloo_utils::window().fetch_with_str_and_init(url, &init);
    let Some(response) = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|value| value.dyn_into::<Response>().ok())
    else {
        return Fetched::Failed;
    };
    if !response.ok() {
        return Fetched::Status(response.status());
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|bytes| *bytes > limit) {
        return Fetched::TooLarge(bytes);
    }
    let Ok(promise) = response.text() else {
        return Fetched::Failed;
    };
    match JsFuture::from(promise)
        .await
        .ok()
        .and_then(|text| text.as_string())
    {
        Some(text) if text.len() > limit => Fetched::TooLarge(text.len()),
        Some(text) => Fetched::Text(text),
        None => Fetched::Failed,
    }
}

/// The bank `source` asks for: [`BankState::Loading`] while files are fetched (never when no
/// request is needed, so the built-in bank shows at the first render as before).
#[hook]
pub fn use_bank(source: &BankSource) -> Rc<BankState> {
    let state = use_state({
        let source = source.clone();
        move || match without_request(&source) {
            Some(Ok(loaded)) => BankState::Ready(loaded),
            Some(Err(error)) => BankState::Failed(error),
            None => BankState::Loading,
        }
    });
    use_effect_with(source.clone(), {
        let state = state.clone();
        move |source| {
            if matches!(*state, BankState::Loading) {
                let source = source.clone();
                yew::platform::spawn_local(async move {
                    state.set(match load(&source).await {
                        Ok(loaded) => BankState::Ready(loaded),
                        Err(error) => BankState::Failed(error),
                    });
                });
            }
        }
    });
    Rc::new((*state).clone())
}

/// The name of the bank, among the built-in one and those `config.json` lists in `banks`, that
/// the answer code `code` was made on, other than `current` (the page's own). `None` when none
/// matches, the code is damaged, or nothing can be fetched. At most 20 banks are read.
pub async fn bank_of_code(folder: &str, code: &str, current: &Bank) -> Option<BankName> {
    bank_of_fingerprint(folder, code_fingerprint(code)?, current).await
}

/// The name of the bank whose codes carry `fingerprint`, as [`bank_of_code`] finds it.
pub async fn bank_of_fingerprint(
    folder: &str,
    fingerprint: [u8; 2],
    current: &Bank,
) -> Option<BankName> {
    let built_in_id = built_in_bank().id.clone();
    if built_in_id != current.id && bank_fingerprint(&built_in_id) == fingerprint {
        return BankName::parse(&built_in_id);
    }
    if !(folder.starts_with("http:") || folder.starts_with("https:")) {
        return None;
    }
    let config = fetch_config(folder).await?;
    for name in config.available.into_iter().take(20) {
        if name.as_str() == built_in_id {
            continue;
        }
        if let Ok(bank) = fetch_bank(folder, &name).await {
            if bank.id != current.id && bank_fingerprint(&bank.id) == fingerprint {
                return Some(name);
            }
        }
    }
    None
}

/// Whether this page runs inside a frame (another site may have made it): a trial is never
/// offered there.
pub fn is_framed() -> bool {
    let window = gloo_utils::window();
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => true,
    }
}
