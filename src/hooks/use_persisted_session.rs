//! The session, restored from the device at start-up and saved after every change.

use crate::persistence::{self, StorageStatus};
use crate::state::{SessionState, SharedBank};
use assessment_core::Lang;
use yew::prelude::*;

/// The session reducer plus what the storage did, so the UI can explain it.
pub struct PersistedSession {
    pub session: UseReducerHandle<SessionState>,
    pub status: UseStateHandle<StorageStatus>,
}

/// Restores the session saved on this device (or starts a new one) and saves it after every
/// change. The reducer stays pure: saving happens here, in an effect.
#[hook]
pub fn use_persisted_session(bank: &SharedBank, initial_lang: Lang, key: &str) -> PersistedSession {
    let loaded = use_memo((), {
        let bank = bank.clone();
        let key = key.to_string();
        move |_| persistence::load(&bank, initial_lang, &key)
    });
    let session = use_reducer({
        let session = loaded.0.clone();
        move || SessionState(session)
    });
    let status = use_state({
        let status = loaded.1.clone();
        move || status
    });

    use_effect_with((session.clone(), status.may_save()), {
        let bank = bank.clone();
        let key = key.to_string();
        let status = status.clone();
        move |(session, may_save)| {
            if !*may_save {
                return;
            }
            let saved = persistence::save(&bank, session, &key);
            match (saved, &*status) {
                (Err(_), StorageStatus::Working) => status.set(StorageStatus::WriteFailed),
                (Ok(()), StorageStatus::WriteFailed) => status.set(StorageStatus::Working),
                _ => {}
            }
        }
    });

    PersistedSession { session, status }
}
