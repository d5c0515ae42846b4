//! The session, restored from the device at start-up, saved after every change, and kept in
//! step with the same page open in another tab.

use crate::persistence::{self, Elsewhere, SessionNotice, StorageStatus};
use crate::state::{SessionState, SharedBank};
use assessment_core::backup::Backup;
use assessment_core::{Action, Lang, Session};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

/// How long saving waits for a pause in changes (typing), in milliseconds.
const SAVE_DELAY_MS: u32 = 300;

/// The save waiting for a pause, if any; replacing it cancels its timer.
#[derive(Default)]
struct PendingSave {
    save: Option<Box<dyn FnOnce()>>,
    _timer: Option<Timeout>,
}

/// Does the waiting save now, if there is one.
fn flush(pending: &RefCell<PendingSave>) {
    let save = pending.borrow_mut().save.take();
    if let Some(save) = save {
        save();
    }
}

/// The session reducer plus what the storage did, so the UI can explain it.
pub struct PersistedSession {
    pub session: UseReducerHandle<SessionState>,
    pub status: UseStateHandle<StorageStatus>,
    /// A polite note about the session (carried over, changed in another tab), until dismissed.
    pub notice: UseStateHandle<Option<SessionNotice>>,
    /// The backups of unreadable data on the device, offered on every load.
    pub backups: UseStateHandle<Vec<Backup>>,
}

/// Restores the session saved on this device (or starts a new one) and saves it after every
/// change (after a pause in changes, or at once when the page is hidden or left). The reducer
/// stays pure: saving happens here, from an effect.
#[hook]
pub fn use_persisted_session(bank: &SharedBank, initial_lang: Lang, key: &str) -> PersistedSession {
    let loaded = use_memo((), {
        let bank = bank.clone();
        let key = key.to_string();
        move |_| {
            let now = String::from(js_sys::Date::new_0().to_iso_string());
            persistence::load(&bank, initial_lang, &key, &now)
        }
    });
    let session = use_reducer({
        let session = loaded.session.clone();
        move || SessionState(session)
    });
    let status = use_state({
        let status = loaded.status.clone();
        move || status
    });
    let notice = use_state({
        let notice = loaded.notice.clone();
        move || notice
    });
    let backups = use_state({
        let backups = loaded.backups.clone();
        move || backups
    });
    // The session as last saved and the status as last shown, for the listener below, which
    // outlives renders.
    let latest = use_mut_ref(|| loaded.session.clone());
    let latest_status = use_mut_ref(|| loaded.status.clone());
    use_effect_with((*status).clone(), {
        let latest_status = latest_status.clone();
        move |status| *latest_status.borrow_mut() = status.clone()
    });

    // Saving is debounced: typing a note changes the session on every key, and writing the whole
    // state each time cost a frame at CPU ×4 (issue 13). The save waits for a pause of
    // SAVE_DELAY_MS, and is done at once when the page is hidden or left (`visibilitychange` to
    // hidden, `pagehide`: the last moments a page is sure to run), or when the widget goes away.
    let pending = use_mut_ref(PendingSave::default);
    // The first save (the state as restored, migrated or new) is written at once, as before the
    // debounce: a pending first save would otherwise be flushed on `pagehide` over whatever
    // another tab (or a newer page) wrote in the meantime.
    let first_save = use_mut_ref(|| true);
    use_effect_with((session.clone(), status.may_save()), {
        let bank = bank.clone();
        let key = key.to_string();
        let status = status.clone();
        let latest = latest.clone();
        let latest_status = latest_status.clone();
        let pending = pending.clone();
        let first_save = first_save.clone();
        move |(session, may_save)| {
            *latest.borrow_mut() = Session::clone(session);
            if !*may_save {
                *pending.borrow_mut() = PendingSave::default();
                return;
            }
            let session = Session::clone(session);
            let save = Box::new(move || {
                let saved = persistence::save(&bank, &session, &key);
                let next = latest_status.borrow().after_save(&saved);
                if next != *latest_status.borrow() {
                    *latest_status.borrow_mut() = next.clone();
                    status.set(next);
                }
            });
            // The timer stays in `pending` after it fires (only `save` is taken), so it is never
            // dropped from inside its own callback; the next change replaces it.
            let timer = Timeout::new(SAVE_DELAY_MS, {
                let pending = pending.clone();
                move || flush(&pending)
            });
            *pending.borrow_mut() = PendingSave {
                save: Some(save),
                _timer: Some(timer),
            };
            if std::mem::replace(&mut *first_save.borrow_mut(), false) {
                flush(&pending);
            }
        }
    });
    use_effect_with((), {
        let pending = pending.clone();
        move |()| {
            let on_hide = EventListener::new(&gloo_utils::window(), "pagehide", {
                let pending = pending.clone();
                move |_| flush(&pending)
            });
            let on_hidden = EventListener::new(&gloo_utils::document(), "visibilitychange", {
                let pending = pending.clone();
                move |_| {
                    if gloo_utils::document().hidden() {
                        flush(&pending);
                    }
                }
            });
            move || {
                drop((on_hide, on_hidden));
                flush(&pending);
            }
        }
    });

    // Another tab of the same page saved (or deleted) the session: show what it saved. The
    // save effect then finds the same text stored and writes nothing, so tabs never echo.
    use_effect_with(key.to_string(), {
        let bank = bank.clone();
        let dispatcher = session.dispatcher();
        let status = status.setter();
        let notice = notice.setter();
        let backups = backups.setter();
        move |key| {
            let key = key.clone();
            let listener = EventListener::new(&gloo_utils::window(), "storage", move |event| {
                let changed = event.dyn_ref::<StorageEvent>().and_then(StorageEvent::key);
                // `None`: the whole storage was cleared.
                if changed
                    .as_deref()
                    .is_some_and(|changed| !changed.starts_with(&key))
                {
                    return;
                }
                backups.set(persistence::backups(&key));
                if changed.as_deref().is_some_and(|changed| changed != key) {
                    return;
                }
                let current = latest.borrow().clone();
                match persistence::read_elsewhere(&bank, &key) {
                    Some(Elsewhere::Changed(stored)) => {
                        if matches!(
                            *latest_status.borrow(),
                            StorageStatus::UnreadableElsewhere(_)
                        ) {
                            status.set(StorageStatus::Working);
                        }
                        if current.to_stored() != *stored {
                            dispatcher.dispatch(Action::Replace(stored));
                            notice.set(Some(SessionNotice::OtherTab));
                        }
                    }
                    Some(Elsewhere::Removed) if current != Session::new(&bank, current.lang) => {
                        dispatcher.dispatch(Action::ForgetAll);
                        notice.set(Some(SessionNotice::OtherTabCleared));
                    }
                    Some(Elsewhere::Unreadable(error)) => {
                        status.set(StorageStatus::UnreadableElsewhere(error));
                    }
                    Some(Elsewhere::Removed) | None => {}
                }
            });
            move || drop(listener)
        }
    });

    PersistedSession {
        session,
        status,
        notice,
        backups,
    }
}
