//! How the session is kept in `localStorage`: one versioned key, plus a backup of data the app
//! could not read, so that nothing is silently wiped.

use crate::storage::{self, StorageError};
use assessment_core::{decode_stored, encode_stored, Bank, Lang, Session, StoredError};

/// Where unreadable data under `key` is copied before the app starts afresh.
fn backup_key(key: &str) -> String {
    format!("{key}:unreadable")
}

/// What happened to the saved data when the app started, or since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    /// Saving works; there may or may not have been something to restore.
    Working,
    /// The browser does not let this page keep data: answers will be lost on reload.
    Unavailable,
    /// Saving failed (full storage).
    WriteFailed,
    /// Saved data could not be read. `raw` is kept for download; `backed_up` says whether a
    /// copy could be put aside before the new session is saved over it.
    Unreadable {
        error: StoredError,
        raw: String,
        backed_up: bool,
    },
}

impl StorageStatus {
    /// Whether the current session may be written now.
    pub fn may_save(&self) -> bool {
        match self {
            StorageStatus::Working | StorageStatus::WriteFailed => true,
            StorageStatus::Unavailable => false,
            StorageStatus::Unreadable { backed_up, .. } => *backed_up,
        }
    }
}

/// The session saved under `key` if there is a readable one, else a new one, and what
/// happened. The page's key is `problemes-imaginaires:v1` (schema in docs/stored-state.md).
pub fn load(bank: &Bank, lang: Lang, key: &str) -> (Session, StorageStatus) {
    let fresh = || Session::new(bank, lang);
    let raw = match storage::read(key) {
        Err(_) => return (fresh(), StorageStatus::Unavailable),
        Ok(None) => return (fresh(), StorageStatus::Working),
        Ok(Some(raw)) => raw,
    };
    let error = match decode_stored(bank, &raw) {
        Ok(stored) => match Session::restore(bank, stored) {
            Some(session) => return (session, StorageStatus::Working),
            None => StoredError::ForeignBank,
        },
        Err(error) => error,
    };
    let backed_up = storage::write(&backup_key(key), &raw).is_ok();
    (
        fresh(),
        StorageStatus::Unreadable {
            error,
            raw,
            backed_up,
        },
    )
}

/// Saves `session` under `key`. A session with nothing worth keeping removes the key instead, so that
/// "delete my answers" leaves nothing behind.
pub fn save(bank: &Bank, session: &Session, key: &str) -> Result<(), StorageError> {
    if *session == Session::new(bank, session.lang) {
        return storage::remove(key);
    }
    storage::write(key, &encode_stored(bank, &session.to_stored()))
}

/// Forgets everything this app keeps on the device.
pub fn forget_all(key: &str) -> Result<(), StorageError> {
    storage::remove(key)?;
    storage::remove(&backup_key(key))
}
