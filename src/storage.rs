//! `localStorage`, behind four functions that never panic. Private browsing, `file://` pages,
//! locked-down intranet browsers and full quotas all surface as a [`StorageError`] the app can
//! explain in a sentence.
//!
//! Not `gloo-storage`: its `LocalStorage::raw()` throws a JS exception when the browser blocks
//! `localStorage` (the getter throws, or gives `null`), and its `get`/`set`/`delete` throw when
//! `getItem` or `removeItem` do (some locked-down browsers). Those are exactly the cases this
//! module turns into a sentence, so it talks to `web_sys::Storage`, whose calls return `Result`.

/// Why the browser refused to keep or give back our data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No `localStorage` at all, or access to it is forbidden.
    Unavailable,
    /// Writing failed, usually because the quota is full.
    WriteFailed,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageError::Unavailable)
}

/// The value stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| StorageError::WriteFailed)
}

/// Forgets `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(key)
        .map_err(|_| StorageError::WriteFailed)
}

/// Every key in storage, to find the backups among them.
pub fn keys() -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let count = storage.length().map_err(|_| StorageError::Unavailable)?;
    Ok((0..count)
        .filter_map(|at| storage.key(at).ok().flatten())
        .collect())
}
