//! How the session is kept in `localStorage`: one versioned key, and timestamped backups of
//! data the app could not read, so that nothing is ever silently wiped or overwritten.

use crate::storage::{self, StorageError};
use assessment_core::backup::{backups_of, new_backup_key, Backup};
use assessment_core::{
    encode_stored_checked, restore_stored, Bank, Lang, Restored, Session, StoredError, StoredState,
};

/// What happened to the saved data when the app started, or since.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    /// Saving works; there may or may not have been something to restore.
    Working,
    /// The browser does not let this page keep data: answers will be lost on reload.
    Unavailable,
    /// Saving failed (full storage).
    WriteFailed,
    /// The last change made the saved state too large: what was saved before is kept.
    TooLarge(StoredError),
    /// Saved data could not be read. `raw` is kept for download; `backed_up` says whether a
    /// copy could be put aside before the new session is saved over it.
    Unreadable {
        error: StoredError,
        raw: String,
        backed_up: bool,
    },
    /// Another tab saved something this page cannot read (a newer version of the page): this
    /// tab stops saving, so as not to overwrite it.
    UnreadableElsewhere(StoredError),
}

impl StorageStatus {
    /// Whether the current session may be written now.
    pub fn may_save(&self) -> bool {
        match self {
            StorageStatus::Working | StorageStatus::WriteFailed | StorageStatus::TooLarge(_) => {
                true
            }
            StorageStatus::Unavailable | StorageStatus::UnreadableElsewhere(_) => false,
            StorageStatus::Unreadable { backed_up, .. } => *backed_up,
        }
    }

    /// The status after a save that went `saved`: problems with saving come and go, the story
    /// of unreadable data stays until it is dealt with.
    pub fn after_save(&self, saved: &Result<(), SaveError>) -> StorageStatus {
        match (self, saved) {
            (
                StorageStatus::Working | StorageStatus::WriteFailed | StorageStatus::TooLarge(_),
                _,
            ) => match saved {
                Ok(()) => StorageStatus::Working,
                Err(SaveError::Storage(_)) => StorageStatus::WriteFailed,
                Err(SaveError::TooLarge(error)) => StorageStatus::TooLarge(error.clone()),
            },
            _ => self.clone(),
        }
    }
}

/// A note about the session itself, shown politely once: it was carried over from an earlier
/// version of the questions, or changed in another tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionNotice {
    /// Restored from an earlier version of the questions.
    Migrated(Box<Restored>),
    /// Another tab changed the answers; this tab now shows them.
    OtherTab,
    /// Another tab deleted everything; this tab starts afresh too.
    OtherTabCleared,
}

impl SessionNotice {
    pub fn message(&self, lang: Lang) -> String {
        let t = crate::i18n::texts(lang);
        match self {
            SessionNotice::Migrated(restored) => restored.notice(lang).unwrap_or_default(),
            SessionNotice::OtherTab => t.other_tab.into(),
            SessionNotice::OtherTabCleared => t.other_tab_cleared.into(),
        }
    }
}

/// What the page found on the device at start-up.
pub struct Loaded {
    pub session: Session,
    pub status: StorageStatus,
    pub notice: Option<SessionNotice>,
    pub backups: Vec<Backup>,
}

/// Reads `raw` as a session for `bank`, carried over from an earlier version if need be.
pub fn restore(bank: &Bank, raw: &str) -> Result<(Session, Restored), StoredError> {
    let restored = restore_stored(bank, raw)?;
    let session = Session::restore(bank, restored.state.clone()).ok_or(StoredError::ForeignBank)?;
    Ok((session, restored))
}

/// The session saved under `key` if there is a readable one, else a new one, and what
/// happened. Unreadable data is copied to a new backup key named after `now`
/// (`Date.toISOString()`), never over an earlier backup. The page's key is
/// `problemes-imaginaires:v1` (schema in docs/stored-state.md).
pub fn load(bank: &Bank, lang: Lang, key: &str, now: &str) -> Loaded {
    let fresh = |status| Loaded {
        session: Session::new(bank, lang),
        status,
        notice: None,
        backups: backups(key),
    };
    let raw = match storage::read(key) {
        Err(_) => return fresh(StorageStatus::Unavailable),
        Ok(None) => return fresh(StorageStatus::Working),
        Ok(Some(raw)) => raw,
    };
    let error = match restore(bank, &raw) {
        Ok((session, restored)) => {
            return Loaded {
                session,
                status: StorageStatus::Working,
                notice: restored
                    .migrated_from
                    .is_some()
                    .then(|| SessionNotice::Migrated(Box::new(restored))),
                backups: backups(key),
            }
        }
        Err(error) => error,
    };
    let backed_up = put_aside(key, &raw, now).is_ok();
    fresh(StorageStatus::Unreadable {
        error,
        raw,
        backed_up,
    })
}

/// Copies `raw` to a backup key of its own.
fn put_aside(key: &str, raw: &str, now: &str) -> Result<(), StorageError> {
    let existing = storage::keys()?;
    storage::write(&new_backup_key(key, now, &existing), raw)
}

/// The backups of `key` on the device, oldest first (none when storage is unavailable).
pub fn backups(key: &str) -> Vec<Backup> {
    storage::keys()
        .map(|keys| backups_of(key, &keys))
        .unwrap_or_default()
}

/// Why the session was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    Storage(StorageError),
    /// Too large to be read back: nothing was written.
    TooLarge(StoredError),
}

/// Saves `session` under `key`, unless the same text is already there (so that a change
/// received from another tab is not written back). A session with nothing worth keeping
/// removes the key instead, so that "delete my answers" leaves nothing behind.
pub fn save(bank: &Bank, session: &Session, key: &str) -> Result<(), SaveError> {
    if *session == Session::new(bank, session.lang) {
        return storage::remove(key).map_err(SaveError::Storage);
    }
    let text = encode_stored_checked(bank, session).map_err(SaveError::TooLarge)?;
    if storage::read(key).ok().flatten().as_deref() == Some(text.as_str()) {
        return Ok(());
    }
    storage::write(key, &text).map_err(SaveError::Storage)
}

/// What another tab left under `key`, as this tab should take it.
pub enum Elsewhere {
    /// A readable state.
    Changed(Box<StoredState>),
    /// Nothing: everything was deleted there.
    Removed,
    /// Something this page cannot read.
    Unreadable(StoredError),
}

/// Reads what is under `key` now, after another tab changed it.
pub fn read_elsewhere(bank: &Bank, key: &str) -> Option<Elsewhere> {
    match storage::read(key).ok()? {
        None => Some(Elsewhere::Removed),
        Some(raw) => Some(match restore(bank, &raw) {
            Ok((session, _)) => Elsewhere::Changed(Box::new(session.to_stored())),
            Err(error) => Elsewhere::Unreadable(error),
        }),
    }
}

/// The raw text of a backup, for download or retry.
pub fn read_backup(backup: &Backup) -> Option<String> {
    storage::read(&backup.key).ok().flatten()
}

/// Deletes one backup (after the person confirmed).
pub fn delete_backup(backup: &Backup) -> Result<(), StorageError> {
    storage::remove(&backup.key)
}

/// Forgets everything this app keeps on the device, backups included (the confirmation says
/// so).
pub fn forget_all(key: &str) -> Result<(), StorageError> {
    storage::remove(key)?;
    for backup in backups(key) {
        storage::remove(&backup.key)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saving_problems_come_and_go_but_unreadable_data_stays_explained() {
        let too_large = StoredError::TooLarge { bytes: 3 };
        let refused = Err(SaveError::TooLarge(too_large.clone()));
        let full = Err(SaveError::Storage(StorageError::WriteFailed));
        let working = StorageStatus::Working;
        assert_eq!(
            working.after_save(&refused),
            StorageStatus::TooLarge(too_large.clone())
        );
        assert_eq!(working.after_save(&full), StorageStatus::WriteFailed);
        assert_eq!(
            StorageStatus::TooLarge(too_large).after_save(&Ok(())),
            StorageStatus::Working
        );
        let unreadable = StorageStatus::Unreadable {
            error: StoredError::ForeignBank,
            raw: "x".into(),
            backed_up: true,
        };
        assert_eq!(unreadable.after_save(&Ok(())), unreadable);
        assert!(unreadable.may_save());
        assert!(!StorageStatus::UnreadableElsewhere(StoredError::ForeignBank).may_save());
    }
}
