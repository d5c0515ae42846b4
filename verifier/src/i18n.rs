//! The check page's own words, in French and English, in one struct so that they can move to
//! the UI's language files as they are. Sentences that take a value carry a `{name}`
//! placeholder, filled by [`fill`]; plurals are two entries (`_one` and `_many`).
//! The bank's errors and warnings are worded by the core, like the command line's.

use assessment_core::Lang;

/// Every fixed sentence of the check page in one language.
pub struct Texts {
    pub app_title: &'static str,
    pub doc_title: &'static str,
    pub language_group: &'static str,
    /// The skip link to the main content (RGAA 12.7).
    pub skip_to_content: &'static str,
    pub back_to_assessment: &'static str,
    pub lead: &'static str,
    pub privacy: &'static str,
    pub pick_title: &'static str,
    pub file_label: &'static str,
    /// `{max}`: the size limit.
    pub file_hint: &'static str,
    pub drop_hint: &'static str,
    pub drop_here: &'static str,
    pub reading: &'static str,
    /// `{name}`.
    pub checked_file: &'static str,
    pub publishable: &'static str,
    pub warnings_one: &'static str,
    /// `{n}`.
    pub warnings_many: &'static str,
    pub errors_one: &'static str,
    /// `{n}`.
    pub errors_many: &'static str,
    /// `{name}`.
    pub refused_type: &'static str,
    /// `{name}`, `{size}`, `{max}`.
    pub refused_size: &'static str,
    /// `{name}`.
    pub refused_unreadable: &'static str,
    pub megabytes: &'static str,
    pub errors_title: &'static str,
    pub errors_lead: &'static str,
    pub warnings_title: &'static str,
    pub warnings_lead: &'static str,
    pub no_warning: &'static str,
    pub about_title: &'static str,
    pub bank_id: &'static str,
    pub bank_version: &'static str,
    pub bank_languages: &'static str,
    pub count_problems: &'static str,
    pub count_questions: &'static str,
    pub count_fixes: &'static str,
    pub actions_title: &'static str,
    pub try_it: &'static str,
    pub try_hint: &'static str,
    pub opens_new_tab: &'static str,
    pub trial_failed: &'static str,
    pub download: &'static str,
    /// `{file}`.
    pub download_hint: &'static str,
    pub download_failed: &'static str,
    pub preview_title: &'static str,
    pub preview_lead: &'static str,
    pub preview_lang: &'static str,
    pub summary: &'static str,
    pub lesson: &'static str,
    pub story: &'static str,
    pub questions: &'static str,
    pub fixes: &'static str,
    /// `{answers}`: the worrying answers, e.g. « Souvent » ou « Systématiquement ».
    pub triggers_on: &'static str,
    pub or: &'static str,
    pub origin: &'static str,
    pub source: &'static str,
    pub link: &'static str,
    pub link_not_clickable: &'static str,
    /// After a text shown in the bank's default language because its translation is missing.
    pub missing_translation: &'static str,
    /// Opening and closing quotes around a value, with their spaces.
    pub quote_open: &'static str,
    pub quote_close: &'static str,
    /// The colon with its space (U+202F before it in French).
    pub colon: &'static str,
}

const FR: Texts = Texts {
    app_title: "Vérifier un questionnaire",
    doc_title: "Problèmes imaginaires – vérifier un questionnaire",
    language_group: "Langue",
    skip_to_content: "Aller au contenu",
    back_to_assessment: "Retour à l’autodiagnostic",
    lead: "Cette page vérifie un fichier de questionnaire avant sa mise en ligne : elle liste les erreurs à corriger et les points à relire, montre chaque problème, question et piste dans chaque langue, permet d’essayer le questionnaire et de le télécharger au format attendu par le dossier banks/ du site.",
    privacy: "Le fichier reste sur votre appareil : il est lu par votre navigateur, rien n’est envoyé.",
    pick_title: "Choisir le fichier",
    file_label: "Fichier du questionnaire (.toml ou .json)",
    file_hint: "Taille maximale : {max}.",
    drop_hint: "Vous pouvez aussi déposer le fichier dans ce cadre.",
    drop_here: "Déposez le fichier ici.",
    reading: "Lecture du fichier…",
    checked_file: "Fichier vérifié : {name}",
    publishable: "Ce questionnaire peut être publié.",
    warnings_one: "Un point est à relire (voir l’avertissement).",
    warnings_many: "{n} points sont à relire (voir les avertissements).",
    errors_one: "Ce questionnaire contient 1 erreur : il ne peut pas être publié tant qu’elle n’est pas corrigée.",
    errors_many: "Ce questionnaire contient {n} erreurs : il ne peut pas être publié tant qu’elles ne sont pas corrigées.",
    refused_type: "« {name} » n’est pas un fichier .toml ou .json : choisissez le fichier du questionnaire.",
    refused_size: "« {name} » est trop volumineux ({size}) : un questionnaire ne peut pas dépasser {max}. Rien n’a été lu.",
    refused_unreadable: "« {name} » n’a pas pu être lu par le navigateur.",
    megabytes: "Mo",
    errors_title: "Erreurs",
    errors_lead: "Chaque erreur nomme l’élément (problème, question, piste) et le champ à corriger.",
    warnings_title: "Avertissements",
    warnings_lead: "Le questionnaire fonctionne, mais ces points ne sont probablement pas voulus.",
    no_warning: "Aucun avertissement.",
    about_title: "Le questionnaire",
    bank_id: "Identifiant",
    bank_version: "Version",
    bank_languages: "Langues",
    count_problems: "Problèmes",
    count_questions: "Questions",
    count_fixes: "Pistes",
    actions_title: "Essayer et publier",
    try_it: "Essayer ce questionnaire",
    try_hint: "Ouvre l’autodiagnostic avec ce questionnaire, sur cet appareil seulement : rien n’est publié.",
    opens_new_tab: "(nouvel onglet)",
    trial_failed: "Le navigateur a refusé de garder le questionnaire pour l’essai (stockage désactivé ou plein) : l’essai n’est pas possible ici.",
    download: "Télécharger le questionnaire normalisé",
    download_hint: "Le fichier {file}, à déposer dans le dossier banks/ du site.",
    download_failed: "Le navigateur a refusé le téléchargement.",
    preview_title: "Aperçu",
    preview_lead: "Chaque problème avec ses questions et ses pistes, tel que le questionnaire les montrera.",
    preview_lang: "Langue de l’aperçu",
    summary: "Résumé",
    lesson: "À retenir",
    story: "Anecdote",
    questions: "Questions",
    fixes: "Pistes",
    triggers_on: "Les réponses {answers} proposent :",
    or: "ou",
    origin: "Origine",
    source: "Source",
    link: "Lien",
    missing_translation: "(traduction manquante : texte de la langue par défaut)",
    link_not_clickable: "(non cliquable : seuls les liens https:// et relatifs le sont)",
    quote_open: "«\u{202F}",
    quote_close: "\u{202F}»",
    colon: "\u{202F}: ",
};

const EN: Texts = Texts {
    app_title: "Check a questionnaire",
    doc_title: "Problèmes imaginaires – check a questionnaire",
    language_group: "Language",
    skip_to_content: "Skip to content",
    back_to_assessment: "Back to the self-assessment",
    lead: "This page checks a questionnaire file before it goes live: it lists the errors to fix and the points to review, shows every problem, question and fix in each language, lets you try the questionnaire and download it in the format the site’s banks/ folder expects.",
    privacy: "The file stays on your device: your browser reads it, nothing is sent.",
    pick_title: "Choose the file",
    file_label: "Questionnaire file (.toml or .json)",
    file_hint: "Maximum size: {max}.",
    drop_hint: "You can also drop the file in this frame.",
    drop_here: "Drop the file here.",
    reading: "Reading the file…",
    checked_file: "File checked: {name}",
    publishable: "This questionnaire can be published.",
    warnings_one: "One point needs reviewing (see the warning).",
    warnings_many: "{n} points need reviewing (see the warnings).",
    errors_one: "This questionnaire contains 1 error: it cannot be published until it is fixed.",
    errors_many: "This questionnaire contains {n} errors: it cannot be published until they are fixed.",
    refused_type: "“{name}” is not a .toml or .json file: choose the questionnaire’s file.",
    refused_size: "“{name}” is too large ({size}): a questionnaire cannot exceed {max}. Nothing was read.",
    refused_unreadable: "“{name}” could not be read by the browser.",
    megabytes: "MB",
    errors_title: "Errors",
    errors_lead: "Each error names the item (problem, question, fix) and the field to correct.",
    warnings_title: "Warnings",
    warnings_lead: "The questionnaire works, but these points are probably not intended.",
    no_warning: "No warning.",
    about_title: "The questionnaire",
    bank_id: "Id",
    bank_version: "Version",
    bank_languages: "Languages",
    count_problems: "Problems",
    count_questions: "Questions",
    count_fixes: "Fixes",
    actions_title: "Try and publish",
    try_it: "Try this questionnaire",
    try_hint: "Opens the self-assessment with this questionnaire, on this device only: nothing is published.",
    opens_new_tab: "(new tab)",
    trial_failed: "The browser refused to keep the questionnaire for the trial (storage disabled or full): it cannot be tried here.",
    download: "Download the normalised questionnaire",
    download_hint: "The file {file}, to drop into the site’s banks/ folder.",
    download_failed: "The browser refused the download.",
    preview_title: "Preview",
    preview_lead: "Every problem with its questions and fixes, as the questionnaire will show them.",
    preview_lang: "Preview language",
    summary: "Summary",
    lesson: "Key lesson",
    story: "Story",
    questions: "Questions",
    fixes: "Fixes",
    triggers_on: "The answers {answers} suggest:",
    or: "or",
    origin: "Origin",
    source: "Source",
    link: "Link",
    missing_translation: "(missing translation: the default language’s text)",
    link_not_clickable: "(not clickable: only https:// and relative links are)",
    quote_open: "“",
    quote_close: "”",
    colon: ": ",
};

/// The check page's sentences in `lang`: the page for administrators speaks French and
/// English (its words are not in `content/i18n/` yet); any other language reads French.
pub fn texts(lang: Lang) -> &'static Texts {
    if lang == Lang::EN {
        &EN
    } else {
        &FR
    }
}

/// `template` with each `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (key, value) in values {
        text = text.replace(&format!("{{{key}}}"), value);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [&Texts; 2] = [&FR, &EN];

    fn every(t: &Texts) -> Vec<&'static str> {
        vec![
            t.lead,
            t.privacy,
            t.file_hint,
            t.checked_file,
            t.warnings_one,
            t.warnings_many,
            t.errors_one,
            t.errors_many,
            t.refused_type,
            t.refused_size,
            t.refused_unreadable,
            t.errors_lead,
            t.warnings_lead,
            t.try_hint,
            t.trial_failed,
            t.download_hint,
            t.triggers_on,
            t.link_not_clickable,
            t.missing_translation,
        ]
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill(FR.errors_many, &[("n", "3")]),
            "Ce questionnaire contient 3 erreurs\u{202F}: il ne peut pas être publié tant qu’elles ne sont pas corrigées."
        );
        assert_eq!(fill("{a}{b}{a}", &[("a", "x"), ("b", "y")]), "xyx");
    }

    #[test]
    fn french_typography() {
        for text in every(&FR) {
            // `https://` is a scheme, not punctuation.
            let prose = text.replace("://", "");
            for mark in [':', ';', '!', '?'] {
                let mut prev = None;
                for c in prose.chars() {
                    if c == mark {
                        assert_eq!(prev, Some('\u{202F}'), "{mark} without U+202F in {text}");
                    }
                    prev = Some(c);
                }
            }
            assert!(!text.contains('\''), "straight apostrophe in {text}");
            assert!(
                !text.contains("« ") && !text.contains(" »"),
                "plain space in « » in {text}"
            );
            assert!(!text.contains('·'), "point médian in {text}");
        }
    }

    #[test]
    fn both_languages_have_the_same_placeholders() {
        let placeholders = |text: &str| {
            let mut found: Vec<String> = text
                .split('{')
                .skip(1)
                .filter_map(|part| part.split_once('}').map(|(key, _)| key.to_string()))
                .collect();
            found.sort();
            found
        };
        for (fr, en) in every(ALL[0]).into_iter().zip(every(ALL[1])) {
            assert_eq!(placeholders(fr), placeholders(en), "{fr} / {en}");
        }
    }
}
