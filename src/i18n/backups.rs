//! Texts of the backups notice: data the page could not read, put aside and offered again on
//! every load. Kept apart because they only show when something went wrong.

use assessment_core::backup::Backup;
use assessment_core::i18n::{fill, tables, BackupsStrings};
use assessment_core::Lang;

/// Every fixed sentence of the backups notice in one language (`[backups]`).
pub type BackupTexts = BackupsStrings;

/// The backups texts in `lang`.
pub fn backup_texts(lang: Lang) -> &'static BackupTexts {
    tables::backups(lang)
}

/// "Mises de côté le 2026-12-02 07:05 UTC", or the legacy backup's sentence.
pub fn backup_label(lang: Lang, backup: &Backup) -> String {
    let t = backup_texts(lang);
    match backup.taken_label() {
        Some(taken) => fill(t.put_aside_on, &[("taken", &taken)]),
        None => t.legacy.to_string(),
    }
}

/// Why a retry failed, in a sentence around the reader's own.
pub fn retry_failed(lang: Lang, reason: &str) -> String {
    fill(backup_texts(lang).retry_failed, &[("reason", &reason)])
}
