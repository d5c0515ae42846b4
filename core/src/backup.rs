//! Backups of saved data the app could not read: how they are named, found and offered again.
//!
//! Stored data outlives the code that wrote it. When a page cannot read what is saved (damaged,
//! written by a newer version, another questionnaire), it must start afresh without losing
//! anything: the unreadable value is copied under a key of its own, named after the moment it was
//! put aside, and every such copy is offered again on each load (download, retry, delete). Two
//! backups never share a key, so a later failure can never overwrite an earlier copy.
//!
//! Keys come from the browser's storage, which any extension or another version of this page can
//! fill, so every key is checked before it is trusted as one of ours.

/// What sits between the main key and the timestamp in a backup key.
pub const BACKUP_INFIX: &str = ":backup:";

/// The single backup key of the first versions (before timestamped backups). It is still
/// offered, so that a copy made by an older page is never forgotten.
pub const LEGACY_BACKUP_SUFFIX: &str = ":unreadable";

/// One backup found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    /// Its storage key.
    pub key: String,
    /// When it was put aside, as written in its key (`2026-12-02T07:05:33.123Z`), or `None`
    /// for the legacy backup, whose date is unknown.
    pub taken: Option<String>,
}

impl Backup {
    /// A file name for downloading it, e.g.
    /// `problemes-imaginaires-sauvegarde-2026-12-02T07-05-33.json`: no `:` (refused by Windows)
    /// and no fraction of a second.
    pub fn file_name(&self) -> String {
        match &self.taken {
            Some(taken) => {
                let seconds = taken.split('.').next().unwrap_or(taken);
                let safe: String = seconds
                    .chars()
                    .map(|c| if c == ':' { '-' } else { c })
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                format!("problemes-imaginaires-sauvegarde-{safe}.json")
            }
            None => "problemes-imaginaires-sauvegarde.json".into(),
        }
    }

    /// The moment it was put aside, for people: `2026-12-02 07:05 UTC`, or `None` when unknown.
    pub fn taken_label(&self) -> Option<String> {
        let taken = self.taken.as_deref()?;
        let (day, time) = taken.split_once('T')?;
        let minutes = time.get(..5)?;
        Some(format!("{day} {minutes} UTC"))
    }
}

/// Whether `text` looks like the timestamps this module writes: an ISO 8601 UTC instant as
/// `Date.prototype.toISOString` gives it, optionally followed by `-<n>` to tell apart two
/// backups taken in the same millisecond.
fn is_timestamp(text: &str) -> bool {
    let (instant, counter) = match text.split_once("Z-") {
        Some((instant, counter)) => (instant, Some(counter)),
        None => match text.strip_suffix('Z') {
            Some(instant) => (instant, None),
            None => return false,
        },
    };
    let counter_ok = counter
        .is_none_or(|n| !n.is_empty() && n.len() <= 6 && n.bytes().all(|b| b.is_ascii_digit()));
    let shape_ok = instant.len() >= 19
        && instant.len() <= 30
        && instant.bytes().enumerate().all(|(at, b)| match at {
            4 | 7 => b == b'-',
            10 => b == b'T',
            13 | 16 => b == b':',
            19 => b == b'.',
            _ => b.is_ascii_digit(),
        });
    counter_ok && shape_ok
}

/// A key for a new backup of `main_key`, put aside at `timestamp` (`Date.toISOString()`), that
/// is none of the `existing` keys: a second backup in the same millisecond gets `-2`, then `-3`…
pub fn new_backup_key(main_key: &str, timestamp: &str, existing: &[String]) -> String {
    let base = format!("{main_key}{BACKUP_INFIX}{timestamp}");
    if !existing.contains(&base) {
        return base;
    }
    (2u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|key| !existing.contains(key))
        .unwrap_or(base)
}

/// The backups of `main_key` among every key in storage, the legacy one first, then oldest
/// first. Keys of other widgets on the same page (`…:v1#other`) and keys that only look like
/// ours are left out.
pub fn backups_of(main_key: &str, keys: &[String]) -> Vec<Backup> {
    let prefix = format!("{main_key}{BACKUP_INFIX}");
    let legacy = format!("{main_key}{LEGACY_BACKUP_SUFFIX}");
    let mut found: Vec<Backup> = keys
        .iter()
        .filter_map(|key| {
            if *key == legacy {
                return Some(Backup {
                    key: key.clone(),
                    taken: None,
                });
            }
            let taken = key.strip_prefix(&prefix)?;
            is_timestamp(taken).then(|| Backup {
                key: key.clone(),
                taken: Some(taken.to_string()),
            })
        })
        .collect();
    // ISO instants of one length sort as text; the counter suffix sorts after its instant.
    found.sort_by(|a, b| a.taken.cmp(&b.taken).then_with(|| a.key.cmp(&b.key)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAIN: &str = "problemes-imaginaires:v1";

    #[test]
    fn a_new_key_never_reuses_an_existing_one() {
        let at = "2026-12-02T07:05:33.123Z";
        let first = new_backup_key(MAIN, at, &[]);
        assert_eq!(
            first,
            "problemes-imaginaires:v1:backup:2026-12-02T07:05:33.123Z"
        );
        let second = new_backup_key(MAIN, at, std::slice::from_ref(&first));
        assert_eq!(second, format!("{first}-2"));
        let third = new_backup_key(MAIN, at, &[first.clone(), second.clone()]);
        assert_eq!(third, format!("{first}-3"));
    }

    #[test]
    fn backups_are_found_in_order_and_foreign_keys_ignored() {
        let keys: Vec<String> = [
            "problemes-imaginaires:v1",
            "problemes-imaginaires:v1:backup:2026-12-02T07:05:33.123Z",
            "problemes-imaginaires:v1:backup:2026-11-02T07:05:33.123Z",
            "problemes-imaginaires:v1:backup:2026-12-02T07:05:33.123Z-2",
            "problemes-imaginaires:v1:unreadable",
            "problemes-imaginaires:v1#other:backup:2026-12-02T07:05:33.123Z",
            "problemes-imaginaires:v1:backup:not-a-date",
            "problemes-imaginaires:v1:backup:2026-12-02T07:05:33.123Z-",
            "something-else",
        ]
        .map(String::from)
        .to_vec();
        let found = backups_of(MAIN, &keys);
        let found_keys: Vec<&str> = found.iter().map(|b| b.key.as_str()).collect();
        assert_eq!(
            found_keys,
            [
                "problemes-imaginaires:v1:unreadable",
                "problemes-imaginaires:v1:backup:2026-11-02T07:05:33.123Z",
                "problemes-imaginaires:v1:backup:2026-12-02T07:05:33.123Z",
                "problemes-imaginaires:v1:backup:2026-12-02T07:05:33.123Z-2",
            ]
        );
    }

    #[test]
    fn file_names_and_labels_are_safe_and_readable() {
        let backup = Backup {
            key: "k".into(),
            taken: Some("2026-12-02T07:05:33.123Z".into()),
        };
        assert_eq!(
            backup.file_name(),
            "problemes-imaginaires-sauvegarde-2026-12-02T07-05-33.json"
        );
        assert_eq!(
            backup.taken_label().as_deref(),
            Some("2026-12-02 07:05 UTC")
        );
        let legacy = Backup {
            key: "k".into(),
            taken: None,
        };
        assert_eq!(legacy.file_name(), "problemes-imaginaires-sauvegarde.json");
        assert_eq!(legacy.taken_label(), None);
    }
}
