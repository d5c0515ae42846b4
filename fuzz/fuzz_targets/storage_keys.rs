//! Keys found in the browser's storage (any extension or other page version can write them),
//! read by the backup module: `backups_of` must only offer keys that exist and belong to the main
//! key, in a stable order, and `new_backup_key` must never reuse an existing key. Input: one key
//! per line; the first line is the main key.
#![no_main]

use assessment_core::backup::{backups_of, new_backup_key};
use assessment_core_fuzz::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    let mut lines = text.split('\n');
    let main_key = lines.next().unwrap_or_default();
    let keys: Vec<String> = lines.map(String::from).collect();
    let found = backups_of(main_key, &keys);
    for backup in &found {
        assert!(keys.contains(&backup.key), "only existing keys");
        assert!(backup.key.starts_with(main_key));
        assert_ne!(backup.key, main_key, "never the main key itself");
        let name = backup.file_name();
        assert!(name.ends_with(".json") && !name.contains([':', '/', '\\']));
        let _ = backup.taken_label();
    }
    let mut reversed = keys.clone();
    reversed.reverse();
    assert_eq!(backups_of(main_key, &reversed).len(), found.len());
    for timestamp in ["2026-12-02T07:05:33.123Z", keys.first().map_or("", String::as_str)] {
        let key = new_backup_key(main_key, timestamp, &keys);
        assert!(!keys.contains(&key) || keys.len() > 1000, "a new key is new");
    }
});
