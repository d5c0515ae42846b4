//! Keys found in the browser's storage (any extension or other page version can write them),
//! read by the backup module: `backups_of` must only offer keys that exist and belong to the main
//! key, in a stable order, and `new_backup_key` must never reuse an existing key. Input: one key
//! per line; the first line is the main key.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| assessment_core_fuzz::checks::storage_keys::check(data));
