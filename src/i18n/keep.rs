//! Texts of the "keep" features: exports, import, print, history, rendez-vous and pact. Kept
//! apart from `i18n.rs` because they belong to screens a person reaches only after the results.

use assessment_core::{answer_label, Answer, Date, Lang};

/// Every fixed sentence of the keep features in one language.
pub struct KeepTexts {
    pub title: &'static str,
    pub lead: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub export_markdown: &'static str,
    pub download_failed: &'static str,
    pub import_result: &'static str,
    pub import_result_hint: &'static str,
    pub import_result_done: &'static str,
    pub import_same_question: &'static str,
    pub import_same_confirm: &'static str,
    pub import_same_cancel: &'static str,
    pub import_same_cancelled: &'static str,
    pub file_unreadable: &'static str,
    pub print: &'static str,
    pub rdv_title: &'static str,
    pub rdv_lead: &'static str,
    pub rdv_date: &'static str,
    pub rdv_hint: &'static str,
    pub download_ics: &'static str,
    pub ics_title: &'static str,
    pub ics_with_link: &'static str,
    pub show_history: &'static str,
    pub show_pact: &'static str,
    pub back: &'static str,
    pub back_to_start: &'static str,
    pub history_title: &'static str,
    pub history_lead: &'static str,
    pub history_empty: &'static str,
    pub current: &'static str,
    pub compare_title: &'static str,
    pub compare_before: &'static str,
    pub compare_after: &'static str,
    pub compare_needs_two: &'static str,
    pub history_file_title: &'static str,
    pub export_history: &'static str,
    pub import_history: &'static str,
    pub import_history_hint: &'static str,
    pub col_change: &'static str,
    pub overall: &'static str,
    pub changed_title: &'static str,
    pub nothing_changed: &'static str,
    pub no_answer: &'static str,
    pub pact_title: &'static str,
    pub pact_intro: &'static str,
    pub pact_hint: &'static str,
    pub pact_team: &'static str,
    pub pact_sponsor: &'static str,
    pub pact_date: &'static str,
    pub pact_autonomy: &'static str,
    pub pact_transparency: &'static str,
    pub pact_commitments: &'static str,
    pub pact_review: &'static str,
    pub default_autonomy: &'static str,
    pub default_transparency: &'static str,
    pub sign_team: &'static str,
    pub sign_sponsor: &'static str,
    pub sign_hint: &'static str,
    pub print_pact: &'static str,
}

const FR: KeepTexts = KeepTexts {
    title: "Garder vos résultats",
    lead: "Vos résultats ne sont gardés que dans ce navigateur. Téléchargez-les pour les conserver ailleurs ou les retravailler.",
    export_json: "Télécharger (JSON, pour réimporter)",
    export_csv: "Télécharger le tableau (CSV)",
    export_markdown: "Télécharger le résumé (Markdown)",
    download_failed: "Ce navigateur a refusé le téléchargement : réessayez, ou utilisez le lien de partage.",
    import_result: "Importer un fichier de résultats (JSON)",
    import_result_hint: "Les réponses et les notes du fichier remplacent vos réponses et vos notes actuelles ; vos résultats actuels restent dans l’historique.",
    import_result_done: "Fichier importé : les résultats affichés sont ceux du fichier.",
    import_same_question: "Ce fichier vient de ce même autodiagnostic, et ses réponses diffèrent de vos réponses actuelles. Les remplacer par celles du fichier ? Vos réponses actuelles seront gardées dans l’historique, datées d’aujourd’hui.",
    import_same_confirm: "Oui, importer le fichier",
    import_same_cancel: "Annuler",
    import_same_cancelled: "Import annulé : rien n’a changé.",
    file_unreadable: "Ce fichier n’a pas pu être lu (trop volumineux ou illisible)\u{202f}: choisissez un fichier JSON exporté par cet outil.",
    print: "Imprimer les résultats",
    rdv_title: "Le rendez-vous à 6 mois",
    rdv_lead: "Le cours propose un pacte de non-agression : six mois d’autonomie pour l’équipe en échange d’une totale transparence, puis un rendez-vous pour juger sur les résultats, et refaire cet autodiagnostic.",
    rdv_date: "Date du rendez-vous",
    rdv_hint: "Par défaut, six mois après aujourd’hui. Une date incomplète n’est pas enregistrée.",
    download_ics: "Ajouter à mon agenda (fichier .ics)",
    ics_title: "Rendez-vous à 6 mois : problèmes imaginaires",
    ics_with_link: "Ajouter le lien de partage, qui contient toutes mes réponses, à la description de l’événement",
    show_history: "Voir l’historique et comparer",
    show_pact: "Préparer le pacte",
    back: "Retour aux résultats",
    back_to_start: "Retour à l’accueil",
    history_title: "Historique de vos autodiagnostics",
    history_lead: "Chaque autodiagnostic terminé dans ce navigateur est gardé ici, du plus ancien au plus récent.",
    history_empty: "Aucun autodiagnostic terminé pour l’instant.",
    current: "(résultats affichés)",
    compare_title: "Comparer deux autodiagnostics",
    compare_before: "Avant",
    compare_after: "Après",
    compare_needs_two: "Pour comparer, il faut deux autodiagnostics terminés : refaites-le plus tard, par exemple au rendez-vous à 6 mois.",
    history_file_title: "Sauvegarder ou fusionner l’historique",
    export_history: "Télécharger l’historique (JSON)",
    import_history: "Importer un historique (JSON)",
    import_history_hint: "Les autodiagnostics du fichier s’ajoutent à votre historique ; un autodiagnostic déjà présent est remplacé.",
    col_change: "Évolution",
    overall: "Score global",
    changed_title: "Réponses qui ont changé",
    nothing_changed: "Aucune réponse n’a changé.",
    no_answer: "sans réponse",
    pact_title: "Pacte de non-agression",
    pact_intro: "L’idée vient du cours « Créer des services publics numériques innovants » de beta.gouv.fr et du CNFPT : pour sortir de la boucle de validation infinie, l’équipe obtient six mois d’autonomie en échange d’une totale transparence, puis chacun juge sur les résultats.",
    pact_hint: "Chaque champ est prérempli d’après vos résultats et reste modifiable avant d’imprimer. Vos modifications sont gardées dans ce navigateur.",
    pact_team: "Équipe",
    pact_sponsor: "Sponsor",
    pact_date: "Date du pacte",
    pact_autonomy: "L’équipe reçoit : l’autonomie",
    pact_transparency: "L’équipe donne en échange : la transparence",
    pact_commitments: "Nos premiers chantiers",
    pact_review: "Rendez-vous de bilan",
    default_autonomy: "Pendant six mois, l’équipe décide seule de ses priorités, de son organisation et de ses outils, sans validation préalable des décisions opérationnelles.",
    default_transparency: "En échange, l’équipe rend son travail visible : backlog ouvert, démonstrations régulières (toutes les 2 à 4 semaines), statistiques d’usage et d’impact publiques.",
    sign_team: "Pour l’équipe",
    sign_sponsor: "Pour le sponsor",
    sign_hint: "Nom, date et signature",
    print_pact: "Imprimer le pacte",
};

const EN: KeepTexts = KeepTexts {
    title: "Keep your results",
    lead: "Your results are only kept in this browser. Download them to keep them elsewhere or work on them.",
    export_json: "Download (JSON, to import again)",
    export_csv: "Download the table (CSV)",
    export_markdown: "Download the summary (Markdown)",
    download_failed: "This browser refused the download: try again, or use the share link.",
    import_result: "Import a results file (JSON)",
    import_result_hint: "The file’s answers and notes replace your current answers and notes; your current results stay in the history.",
    import_result_done: "File imported: the results shown are the file’s.",
    import_same_question: "This file comes from this same self-assessment, and its answers differ from your current ones. Replace them with the file’s? Your current answers will be kept in the history, dated today.",
    import_same_confirm: "Yes, import the file",
    import_same_cancel: "Cancel",
    import_same_cancelled: "Import cancelled: nothing changed.",
    file_unreadable: "This file could not be read (too large or unreadable): choose a JSON file exported by this tool.",
    print: "Print the results",
    rdv_title: "The 6-month review",
    rdv_lead: "The course suggests a non-aggression pact: six months of autonomy for the team in exchange for full transparency, then a meeting to judge on results, and to take this self-assessment again.",
    rdv_date: "Date of the review",
    rdv_hint: "Six months from today by default. An incomplete date is not saved.",
    download_ics: "Add to my calendar (.ics file)",
    ics_title: "6-month review: imaginary problems",
    ics_with_link: "Add the share link, which holds all my answers, to the event’s description",
    show_history: "See the history and compare",
    show_pact: "Prepare the pact",
    back: "Back to the results",
    back_to_start: "Back to the start",
    history_title: "History of your self-assessments",
    history_lead: "Every self-assessment completed in this browser is kept here, oldest first.",
    history_empty: "No completed self-assessment yet.",
    current: "(results shown)",
    compare_title: "Compare two self-assessments",
    compare_before: "Before",
    compare_after: "After",
    compare_needs_two: "Comparing needs two completed self-assessments: take it again later, for example at the 6-month review.",
    history_file_title: "Save or merge the history",
    export_history: "Download the history (JSON)",
    import_history: "Import a history (JSON)",
    import_history_hint: "The file’s self-assessments are added to your history; one already there is replaced.",
    col_change: "Change",
    overall: "Overall score",
    changed_title: "Answers that changed",
    nothing_changed: "No answer changed.",
    no_answer: "no answer",
    pact_title: "Non-aggression pact",
    pact_intro: "The idea comes from the beta.gouv.fr and CNFPT course “Créer des services publics numériques innovants”: to get out of the endless validation loop, the team gets six months of autonomy in exchange for full transparency, then everyone judges on results.",
    pact_hint: "Each field is prefilled from your results and can be edited before printing. Your changes are kept in this browser.",
    pact_team: "Team",
    pact_sponsor: "Sponsor",
    pact_date: "Date of the pact",
    pact_autonomy: "The team gets: autonomy",
    pact_transparency: "In return the team gives: transparency",
    pact_commitments: "Our first work items",
    pact_review: "Review meeting",
    default_autonomy: "For six months, the team alone decides on its priorities, its organisation and its tools, with no prior sign-off on operational decisions.",
    default_transparency: "In return, the team makes its work visible: open backlog, regular demos (every 2 to 4 weeks), public usage and impact statistics.",
    sign_team: "For the team",
    sign_sponsor: "For the sponsor",
    sign_hint: "Name, date and signature",
    print_pact: "Print the pact",
};

/// The keep texts in `lang`.
pub fn keep_texts(lang: Lang) -> &'static KeepTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// A day as people write it: 28/11/2026 in French, 2026-11-28 in English.
pub fn format_date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::Fr => format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year()),
        Lang::En => date.to_string(),
    }
}

/// The calendar event's description; the share link, when asked for, follows on its own line.
pub fn ics_description(lang: Lang, today: Date) -> String {
    let today = format_date(lang, today);
    match lang {
        Lang::Fr => format!("Refaire l’autodiagnostic « Problèmes imaginaires » et le comparer avec les résultats du {today}."),
        Lang::En => format!("Take the “Imaginary problems” self-assessment again and compare it with the results of {today}."),
    }
}

/// "3 autodiagnostics importés." after a history import.
pub fn history_imported(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 0 | 1) => format!("{count} autodiagnostic importé."),
        (Lang::Fr, n) => format!("{n} autodiagnostics importés."),
        (Lang::En, 1) => "1 self-assessment imported.".into(),
        (Lang::En, n) => format!("{n} self-assessments imported."),
    }
}

/// The table caption of a comparison.
pub fn comparison_caption(lang: Lang, older: &str, newer: &str) -> String {
    match lang {
        Lang::Fr => format!("Scores sur 10 : {older} et {newer}"),
        Lang::En => format!("Scores out of 10: {older} and {newer}"),
    }
}

/// « Souvent → Rarement », with "sans réponse" for an unanswered question.
pub fn answer_change(lang: Lang, before: Option<Answer>, after: Option<Answer>) -> String {
    let label = |answer: Option<Answer>| {
        answer.map_or(keep_texts(lang).no_answer, |a| answer_label(lang, a))
    };
    format!("{} → {}", label(before), label(after))
}

/// ": " in English, " : " in French.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " : ",
        Lang::En => ": ",
    }
}
