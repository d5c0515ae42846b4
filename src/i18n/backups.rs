//! Texts of the backups notice: data the page could not read, put aside and offered again on
//! every load. Kept apart because they only show when something went wrong.

use assessment_core::backup::Backup;
use assessment_core::Lang;

/// Every fixed sentence of the backups notice in one language.
pub struct BackupTexts {
    pub title: &'static str,
    pub lead: &'static str,
    pub legacy: &'static str,
    pub download: &'static str,
    pub download_failed: &'static str,
    pub retry: &'static str,
    pub readable: &'static str,
    pub restore: &'static str,
    pub cancel: &'static str,
    pub restored: &'static str,
    pub delete: &'static str,
    pub delete_question: &'static str,
    pub delete_confirm: &'static str,
    pub deleted: &'static str,
    pub delete_failed: &'static str,
}

const FR: BackupTexts = BackupTexts {
    title: "Données mises de côté",
    lead: "Ces données enregistrées sur cet appareil n’ont pas pu être reprises. Elles sont gardées telles quelles\u{202f}: vous pouvez les télécharger, réessayer de les reprendre (par exemple après une mise à jour de cette page) ou les supprimer.",
    legacy: "Mises de côté par une version précédente de cette page (date inconnue)",
    download: "Télécharger",
    download_failed: "Ce navigateur a refusé le téléchargement\u{202f}: réessayez.",
    retry: "Réessayer de les reprendre",
    readable: "Ces données peuvent maintenant être reprises. Les reprendre remplace vos réponses, vos notes, votre historique et votre pacte actuels\u{202f}; la copie mise de côté reste disponible.",
    restore: "Reprendre ces données",
    cancel: "Annuler",
    restored: "Les données mises de côté ont été reprises.",
    delete: "Supprimer",
    delete_question: "Supprimer définitivement ces données de cet appareil\u{202f}?",
    delete_confirm: "Oui, les supprimer",
    deleted: "Les données mises de côté ont été supprimées de cet appareil.",
    delete_failed: "Ce navigateur a refusé de supprimer ces données\u{202f}: elles sont toujours là.",
};

const EN: BackupTexts = BackupTexts {
    title: "Data put aside",
    lead: "This data saved on this device could not be restored. It is kept as it is: you can download it, try again to restore it (for example after this page is updated) or delete it.",
    legacy: "Put aside by an earlier version of this page (date unknown)",
    download: "Download",
    download_failed: "This browser refused the download: try again.",
    retry: "Try again to restore it",
    readable: "This data can now be restored. Restoring it replaces your current answers, notes, history and pact; the copy put aside stays available.",
    restore: "Restore this data",
    cancel: "Cancel",
    restored: "The data put aside was restored.",
    delete: "Delete",
    delete_question: "Delete this data from this device for good?",
    delete_confirm: "Yes, delete it",
    deleted: "The data put aside was deleted from this device.",
    delete_failed: "This browser refused to delete this data: it is still there.",
};

/// The backups texts in `lang`.
pub fn backup_texts(lang: Lang) -> &'static BackupTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// "Mises de côté le 2026-12-02 07:05 UTC", or the legacy backup's sentence.
pub fn backup_label(lang: Lang, backup: &Backup) -> String {
    match (backup.taken_label(), lang) {
        (Some(taken), Lang::Fr) => format!("Mises de côté le {taken}"),
        (Some(taken), Lang::En) => format!("Put aside on {taken}"),
        (None, _) => backup_texts(lang).legacy.to_string(),
    }
}

/// Why a retry failed, in a sentence around the reader's own.
pub fn retry_failed(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Fr => format!("Toujours impossible de les reprendre. {reason}"),
        Lang::En => format!("Still impossible to restore. {reason}"),
    }
}
