//! The interface's own words, in French and English. The bank's content lives in
//! `content/bank.toml`; only the interface chrome is here.

pub mod backups;
pub mod keep;
pub mod team;

pub use assessment_core::{answer_label, band_label, format_score};
use assessment_core::{Answer, Lang};

/// Every fixed sentence of the interface in one language.
pub struct Texts {
    pub app_title: &'static str,
    pub language_group: &'static str,
    pub intro_lead: &'static str,
    pub intro_why: &'static str,
    pub intro_how: &'static str,
    pub intro_duration: &'static str,
    pub intro_privacy: &'static str,
    pub intro_credit: &'static str,
    pub course_link: &'static str,
    pub sequence_link: &'static str,
    pub start: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub see_results: &'static str,
    pub progress_label: &'static str,
    pub next_step: &'static str,
    pub scale_hint: &'static str,
    pub results_title: &'static str,
    pub results_lead: &'static str,
    pub overall_title: &'static str,
    pub most_present: &'static str,
    pub nothing_stands_out: &'static str,
    pub chart_title: &'static str,
    pub chart_desc: &'static str,
    pub table_caption: &'static str,
    pub col_problem: &'static str,
    pub col_score: &'static str,
    pub col_band: &'static str,
    pub col_blind_spots: &'static str,
    pub start_here_title: &'static str,
    pub start_here_lead: &'static str,
    pub start_here_empty: &'static str,
    pub no_score: &'static str,
    pub blind_zone: &'static str,
    pub key_lesson: &'static str,
    pub story_title: &'static str,
    pub fixes_title: &'static str,
    pub fixes_none: &'static str,
    pub other_fixes: &'static str,
    pub why_suggested: &'static str,
    pub source: &'static str,
    pub reflect_title: &'static str,
    pub reflect_lead: &'static str,
    pub reflect_worst: &'static str,
    pub reflect_action: &'static str,
    pub restart: &'static str,
    pub restart_confirm_text: &'static str,
    pub restart_confirm: &'static str,
    pub restart_cancel: &'static str,
    pub edit_answers: &'static str,
    pub footer_credit: &'static str,
    pub footer_privacy: &'static str,
    /// The footer's link to the accessibility statement, with the state of conformance (the
    /// wording the RGAA asks for).
    pub statement_link: &'static str,
    /// The skip link to the main content (RGAA 12.7).
    pub skip_to_content: &'static str,
    /// In an iframe whose host opted in to `completed`; `{origin}` is the host.
    pub sends_scores: &'static str,
    pub opens_new_window: &'static str,
    pub out_of_ten: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_write_failed: &'static str,
    pub storage_unreadable_intro: &'static str,
    pub storage_kept: &'static str,
    pub storage_not_saving: &'static str,
    pub storage_elsewhere: &'static str,
    pub download_raw: &'static str,
    pub delete_data: &'static str,
    pub delete_data_confirm_text: &'static str,
    pub delete_data_confirm: &'static str,
    pub delete_data_done: &'static str,
    pub share_title: &'static str,
    pub share_lead: &'static str,
    pub share_who_reads: &'static str,
    pub share_from_file: &'static str,
    pub share_link_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub answer_code_label: &'static str,
    pub answer_code_hint: &'static str,
    pub shared_title: &'static str,
    pub shared_lead: &'static str,
    pub take_it: &'static str,
    pub compare_mine: &'static str,
    pub compare_none: &'static str,
    pub compare_mine_label: &'static str,
    pub compare_shared_label: &'static str,
    pub share_error_title: &'static str,
    pub share_error_kept: &'static str,
    pub dismiss: &'static str,
    pub intro_resume: &'static str,
    pub intro_show_history: &'static str,
    pub bank_loading: &'static str,
    pub bank_failed: &'static str,
    pub bank_trial_failed: &'static str,
    pub bank_no_trial: &'static str,
    pub bank_name_invalid: &'static str,
    pub bank_detail_title: &'static str,
    pub bank_name_rule: &'static str,
    pub bank_in_address: &'static str,
    pub bank_in_attribute: &'static str,
    pub bank_in_config: &'static str,
    pub bank_file: &'static str,
    pub bank_http: &'static str,
    pub bank_network: &'static str,
    pub bank_too_large: &'static str,
    pub bank_faulty: &'static str,
    pub bank_check_hint: &'static str,
    pub bank_trial_notice: &'static str,
    pub code_other_bank: &'static str,
    pub code_open_other_bank: &'static str,
    pub intro_how_custom: &'static str,
}

const FR: Texts = Texts {
    app_title: "Problèmes imaginaires",
    language_group: "Langue",
    intro_lead: "Un autodiagnostic pour les équipes numériques du service public.",
    intro_why: "Dans une grande organisation, une petite équipe qui innove se heurte vite à des freins qui semblent insurmontables : une boucle de validation sans fin, la peur d’une crise politique, une panique sécuritaire, ou l’attente d’un produit parfait avant de se lancer. Le cours de beta.gouv.fr les appelle « problèmes imaginaires » : ils naissent souvent d’une représentation différente d’une même situation, et on peut les dépasser en les comprenant.",
    intro_how: "Vous répondez à 32 affirmations, 8 par problème, en pensant à votre équipe ces derniers mois. Vous obtenez un score de santé sur 10 pour chaque problème, et des pistes concrètes tirées du cours et de la documentation beta.gouv.fr, chacune avec sa source.",
    intro_duration: "Durée : environ 10 minutes. Si vous ne savez pas répondre, choisissez « Je ne sais pas » : ce n’est pas compté dans le score, mais signalé comme zone d’ombre. Si une affirmation porte sur une structure que votre équipe n’a pas (sponsor, comité d’investissement, DSI), choisissez « Sans objet » : ce n’est pas compté non plus, et ce n’est pas une zone d’ombre.",
    intro_privacy: "Vos réponses restent sur cet appareil : rien n’est envoyé à un serveur. Elles ne quittent l’appareil que si vous les partagez vous-même (lien, code ou fichier).",
    intro_credit: "Contenu inspiré du cours « Créer des services publics numériques innovants » de beta.gouv.fr et du CNFPT, séquence 4 « Survivre en milieu hostile », présentée par Héla Ghariani, avec le témoignage de Daniel Balmy (Work in France), et de la documentation beta.gouv.fr.",
    course_link: "Le cours en ligne (beta.gouv.fr)",
    sequence_link: "La séquence 4 « Survivre en milieu hostile »",
    start: "Commencer",
    previous: "Précédent",
    next: "Suivant",
    see_results: "Voir les résultats",
    progress_label: "Progression",
    next_step: "Étape suivante :",
    scale_hint: "Pour chaque affirmation, dites à quelle fréquence c’est le cas dans votre équipe.",
    results_title: "Vos résultats",
    results_lead: "Un score de santé sur 10 par problème : plus il est haut, moins le problème vous freine. Comme le dit le cours, ces problèmes sont souvent « une représentation différente d’une même situation » : ces résultats sont un point de départ pour en parler, avec votre équipe et votre hiérarchie.",
    overall_title: "Profil d’ensemble",
    most_present: "Le problème le plus présent :",
    nothing_stands_out: "Aucun problème ne ressort fortement.",
    chart_title: "Score de santé par problème",
    chart_desc: "Barres de 0 à 10, avec les seuils 5 et 8. Le tableau qui suit donne les mêmes valeurs.",
    table_caption: "Scores par problème",
    col_problem: "Problème",
    col_score: "Score sur 10",
    col_band: "Niveau",
    col_blind_spots: "Zones d’ombre",
    start_here_title: "Par où commencer",
    start_here_lead: "Les trois pistes les plus utiles d’après vos réponses :",
    start_here_empty: "Vos réponses ne déclenchent aucune piste prioritaire. Les idées du cours restent disponibles sous chaque problème.",
    no_score: "Pas de score : aucune réponse n’a pu être comptée pour ce problème.",
    blind_zone: "Zone d’ombre : au moins la moitié des réponses sont « Je ne sais pas ». Parlez-en en équipe.",
    key_lesson: "Ce que retient le cours",
    story_title: "Ce que raconte le cours",
    fixes_title: "Pistes proposées",
    fixes_none: "Aucune réponse ne déclenche de piste pour ce problème.",
    other_fixes: "Autres pistes (cours et documentation beta.gouv.fr)",
    why_suggested: "Pourquoi cette piste :",
    source: "Source :",
    reflect_title: "À vous de jouer",
    reflect_lead: "Le cours le reconnaît : il n’y a pas de solution magique. Il donne deux conseils valables dans tous les cas, « Créez un service qui marche » et « N’hésitez pas à demander de l’aide », et deux questions à vous poser en équipe. Vos notes restent sur cet appareil.",
    reflect_worst: "Quel serait le pire scénario dans 6 mois, celui qui vous ferait regretter de vous être engagé ou engagée dans ce projet ?",
    reflect_action: "Quelle est la plus petite action qui permettrait de l’éviter ?",
    restart: "Recommencer",
    restart_confirm_text: "Effacer toutes vos réponses et revenir au début ?",
    restart_confirm: "Oui, tout effacer",
    restart_cancel: "Annuler",
    edit_answers: "Modifier mes réponses",
    footer_credit: "Questions et pistes écrites d’après le cours « Créer des services publics numériques innovants » de beta.gouv.fr et du CNFPT (avec le témoignage de Daniel Balmy), la documentation beta.gouv.fr (manifeste, page des sponsors, doc.incubateur.net, guide de 2018), le guide ANSSI / DINUM « Agilité et sécurité numériques », MonServiceSécurisé et DashLord. Chaque piste cite sa source.",
    footer_privacy: "Aucun suivi, aucun cookie : vos réponses restent sur cet appareil, sauf si vous les partagez.",
    statement_link: "Accessibilité : totalement conforme",
    skip_to_content: "Aller au contenu",
    sends_scores: "Quand vous arriverez aux résultats, vos scores par problème (pas vos réponses) seront transmis à la page qui affiche cet outil, {origin}.",
    opens_new_window: "(nouvelle fenêtre)",
    out_of_ten: "/ 10",
    storage_unavailable: "Ce navigateur ne permet pas de garder vos réponses sur cet appareil : elles seront perdues si vous fermez ou rechargez la page. Pour les garder, exportez-les en fichier depuis les résultats.",
    storage_write_failed: "Vos dernières réponses n’ont pas pu être enregistrées sur cet appareil (espace plein ?). Exportez-les en fichier depuis les résultats pour ne pas les perdre.",
    storage_unreadable_intro: "Nous n’avons pas pu reprendre les données enregistrées sur cet appareil, et l’autodiagnostic repart de zéro.",
    storage_kept: "Les données d’origine ne sont pas effacées : vous pouvez les télécharger telles quelles.",
    storage_not_saving: "Tant que vous ne les avez pas téléchargées, vos nouvelles réponses ne seront pas enregistrées, pour ne pas les écraser.",
    storage_elsewhere: "Cet onglet n’enregistre plus vos changements, pour ne pas écraser ces données\u{202f}: rechargez la page.",
    download_raw: "Télécharger les données d’origine",
    delete_data: "Effacer mes réponses sur cet appareil",
    delete_data_confirm_text: "Effacer de cet appareil vos réponses, vos notes, votre historique, votre pacte et les données mises de côté\u{202f}? Cette action est définitive.",
    delete_data_confirm: "Oui, tout effacer de cet appareil",
    delete_data_done: "Vos données ont été effacées de cet appareil.",
    share_title: "Partager vos résultats",
    share_lead: "Ce lien contient vos réponses. Il ne porte ni votre nom ni aucun identifiant, et vos réponses sont dans la partie après « # », que le navigateur n’envoie jamais à un serveur.",
    share_who_reads: "Avant de partager : toute personne qui reçoit ce lien ou ce code peut l’ouvrir et lire chacune de vos réponses, ainsi que le rôle indiqué. Ils ne sont pas chiffrés ; ils ne portent ni votre nom ni aucun identifiant.",
    share_from_file: "Cette page est ouverte depuis un fichier : ce lien ne fonctionnera que sur cet ordinateur. Pour partager vos résultats, exportez-les en fichier JSON (plus bas), que toute copie de l’outil sait reprendre, ou envoyez le code de réponses.",
    share_link_label: "Lien de partage",
    copy_link: "Copier le lien",
    copied: "Lien copié dans le presse-papiers.",
    copy_failed: "La copie automatique n’est pas possible ici : sélectionnez le lien et copiez-le (Ctrl+C).",
    answer_code_label: "Code de réponses :",
    answer_code_hint: "Le même code peut être collé dans la vue d’équipe.",
    shared_title: "Résultats partagés",
    shared_lead: "Vous consultez les résultats que quelqu’un vous a partagés, en lecture seule. Vos propres réponses, s’il y en a, ne sont pas modifiées.",
    take_it: "Faire l’autodiagnostic moi-même",
    compare_mine: "Comparer avec mes résultats",
    compare_none: "Vous n’avez pas encore de résultats sur cet appareil : faites l’autodiagnostic pour pouvoir comparer.",
    compare_mine_label: "Mes résultats",
    compare_shared_label: "Résultats partagés",
    share_error_title: "Ce lien de partage ne peut pas être ouvert",
    share_error_kept: "Vos propres réponses sur cet appareil n’ont pas été modifiées.",
    dismiss: "Fermer ce message",
    intro_resume: "Reprendre depuis un fichier exporté (résultats ou historique)",
    intro_show_history: "Voir l’historique de vos autodiagnostics",
    bank_loading: "Chargement du questionnaire…",
    bank_failed: "Le questionnaire « {name} » n’a pas pu être chargé.",
    bank_trial_failed: "Le questionnaire à essayer n’a pas pu être chargé.",
    bank_no_trial: "Aucun questionnaire à essayer sur cet appareil : lancez l’essai depuis la page de vérification.",
    bank_name_invalid: "Le nom du questionnaire demandé n’est pas valide : rien n’a été chargé.",
    bank_detail_title: "Pour la personne qui administre ce site :",
    bank_name_rule: "un nom de questionnaire ne contient que des lettres minuscules sans accent, des chiffres et des tirets (64 caractères au plus), et désigne le fichier banks/NOM.json à côté de cette page.",
    bank_in_address: "dans l’adresse (paramètre bank) : ",
    bank_in_attribute: "dans l’attribut bank de l’élément : ",
    bank_in_config: "dans config.json (champ bank) : ",
    bank_file: "fichier : {file}",
    bank_http: "le serveur a répondu {status} (404 : le fichier n’est pas à cette adresse).",
    bank_network: "le fichier n’a pas pu être demandé (réseau, navigateur, ou en-têtes CORS du serveur).",
    bank_too_large: "le fichier fait {bytes} octets, plus que la limite de {limit} octets : il n’a pas été lu.",
    bank_faulty: "le fichier a été vérifié et refusé. Premières erreurs :",
    bank_check_hint: "La page de vérification (verifier/) et la commande bank-check donnent la liste complète des erreurs.",
    bank_trial_notice: "Essai du questionnaire « {name} » : rien n’est publié, les réponses restent sur cet appareil.",
    code_other_bank: "Ce code contient des réponses au questionnaire « {name} », pas à celui de cette page.",
    code_open_other_bank: "Ouvrir ces résultats avec le questionnaire « {name} »",
    intro_how_custom: "Vous répondez à {questions} affirmations sur {problems} problèmes, en pensant à votre équipe ces derniers mois. Vous obtenez un score de santé sur 10 pour chaque problème, et des pistes concrètes, chacune avec sa source.",
};

const EN: Texts = Texts {
    app_title: "Imaginary problems",
    language_group: "Language",
    intro_lead: "A self-assessment for public-sector digital teams.",
    intro_why: "In a large organisation, a small team that innovates soon meets blockers that look insurmountable: an endless validation loop, fear of a political crisis, security panic, or waiting for a perfect product before launching. The beta.gouv.fr course calls them “imaginary problems”: they often come from a different view of the same situation, and understanding them is how you get past them.",
    intro_how: "You rate 32 statements, 8 per problem, thinking of your team over the last few months. You get a health score out of 10 for each problem, and concrete fixes drawn from the course and from the beta.gouv.fr documentation, each with its source.",
    intro_duration: "It takes about 10 minutes. If you cannot answer, choose “Don’t know”: it does not count in the score, and is flagged as a blind spot. If a statement is about something your team does not have (a sponsor, an investment committee, an IT department), choose “Not applicable”: it does not count either, and it is not a blind spot.",
    intro_privacy: "Your answers stay on this device: nothing is sent to a server. They only leave it if you share them yourself (link, code or file).",
    intro_credit: "Based on the beta.gouv.fr and CNFPT course “Créer des services publics numériques innovants” (building innovative digital public services), sequence 4 “Survivre en milieu hostile” (surviving a hostile environment), presented by Héla Ghariani, with Daniel Balmy’s testimony (Work in France), and on the beta.gouv.fr documentation.",
    course_link: "The online course (beta.gouv.fr, in French)",
    sequence_link: "Sequence 4 “Survivre en milieu hostile” (in French)",
    start: "Start",
    previous: "Previous",
    next: "Next",
    see_results: "See the results",
    progress_label: "Progress",
    next_step: "Next step:",
    scale_hint: "For each statement, say how often it is true in your team.",
    results_title: "Your results",
    results_lead: "A health score out of 10 per problem: the higher it is, the less the problem holds you back. As the course puts it, these problems are often “a different representation of the same situation”: these results are a starting point for a conversation, with your team and your management.",
    overall_title: "Overall profile",
    most_present: "The most prominent problem:",
    nothing_stands_out: "No problem stands out strongly.",
    chart_title: "Health score per problem",
    chart_desc: "Bars from 0 to 10, with thresholds at 5 and 8. The table below gives the same values.",
    table_caption: "Scores per problem",
    col_problem: "Problem",
    col_score: "Score out of 10",
    col_band: "Level",
    col_blind_spots: "Blind spots",
    start_here_title: "Start here",
    start_here_lead: "The three most useful fixes according to your answers:",
    start_here_empty: "Your answers trigger no priority fix. The course’s ideas are still listed under each problem.",
    no_score: "No score: no answer could be counted for this problem.",
    blind_zone: "Blind spot: at least half of the answers are “Don’t know”. Talk about it as a team.",
    key_lesson: "What the course takes away",
    story_title: "What the course says",
    fixes_title: "Suggested fixes",
    fixes_none: "No answer triggers a fix for this problem.",
    other_fixes: "Other ideas (course and beta.gouv.fr documentation)",
    why_suggested: "Why this fix:",
    source: "Source:",
    reflect_title: "Your turn",
    reflect_lead: "The course says it plainly: there is no magic solution. It gives two tips that always apply, “Build a service that works” and “Don’t hesitate to ask for help”, and two questions to ask yourselves as a team. Your notes stay on this device.",
    reflect_worst: "What would be the worst-case scenario in 6 months, the one that would make you say “why did I ever get into this?”",
    reflect_action: "What is the smallest action that would avoid it?",
    restart: "Start again",
    restart_confirm_text: "Erase all your answers and go back to the start?",
    restart_confirm: "Yes, erase everything",
    restart_cancel: "Cancel",
    edit_answers: "Change my answers",
    footer_credit: "Questions and fixes based on the beta.gouv.fr and CNFPT course “Créer des services publics numériques innovants” (with Daniel Balmy’s testimony), the beta.gouv.fr documentation (manifesto, sponsor page, doc.incubateur.net, 2018 guide), the ANSSI / DINUM guide “Agilité et sécurité numériques”, MonServiceSécurisé and DashLord. Each fix cites its source.",
    footer_privacy: "No tracking, no cookies: your answers stay on this device unless you share them.",
    statement_link: "Accessibility: fully compliant",
    skip_to_content: "Skip to content",
    sends_scores: "When you reach the results, your scores per problem (not your answers) will be sent to the page showing this tool, {origin}.",
    opens_new_window: "(opens a new window)",
    out_of_ten: "/ 10",
    storage_unavailable: "This browser does not let the page keep your answers on this device: they will be lost if you close or reload the page. To keep them, export them to a file from the results.",
    storage_write_failed: "Your latest answers could not be saved on this device (storage full?). Export them to a file from the results so as not to lose them.",
    storage_unreadable_intro: "We could not restore the data saved on this device, so the self-assessment starts afresh.",
    storage_kept: "The original data has not been erased: you can download it as it is.",
    storage_not_saving: "Until you download it, your new answers will not be saved, so as not to overwrite it.",
    storage_elsewhere: "This tab no longer saves your changes, so as not to overwrite that data: reload the page.",
    download_raw: "Download the original data",
    delete_data: "Delete my answers on this device",
    delete_data_confirm_text: "Delete your answers, notes, history, pact and any data put aside from this device? This cannot be undone.",
    delete_data_confirm: "Yes, delete everything from this device",
    delete_data_done: "Your data has been deleted from this device.",
    share_title: "Share your results",
    share_lead: "This link holds your answers. It carries neither your name nor any identifier, and your answers are in the part after “#”, which the browser never sends to a server.",
    share_who_reads: "Before you share: anyone who receives this link or code can open it and read every one of your answers, and the role given. They are not encrypted; they carry neither your name nor any identifier.",
    share_from_file: "This page was opened from a file: this link will only work on this computer. To share your results, export them as a JSON file (below), which any copy of the tool can read back, or send the answer code.",
    share_link_label: "Share link",
    copy_link: "Copy the link",
    copied: "Link copied to the clipboard.",
    copy_failed: "Automatic copy is not possible here: select the link and copy it (Ctrl+C).",
    answer_code_label: "Answer code:",
    answer_code_hint: "The same code can be pasted into the team view.",
    shared_title: "Shared results",
    shared_lead: "You are viewing results someone shared with you, read-only. Your own answers, if any, are not changed.",
    take_it: "Take the self-assessment myself",
    compare_mine: "Compare with my results",
    compare_none: "You have no results on this device yet: take the self-assessment to compare.",
    compare_mine_label: "My results",
    compare_shared_label: "Shared results",
    share_error_title: "This share link cannot be opened",
    share_error_kept: "Your own answers on this device have not been changed.",
    dismiss: "Close this message",
    intro_resume: "Resume from an exported file (results or history)",
    intro_show_history: "See the history of your self-assessments",
    bank_loading: "Loading the questionnaire…",
    bank_failed: "The questionnaire “{name}” could not be loaded.",
    bank_trial_failed: "The questionnaire to try could not be loaded.",
    bank_no_trial: "There is no questionnaire to try on this device: start the trial from the check page.",
    bank_name_invalid: "The name of the questionnaire asked for is not valid: nothing was loaded.",
    bank_detail_title: "For the person who runs this site:",
    bank_name_rule: "a questionnaire name has only lower-case letters without accents, digits and hyphens (64 characters at most), and means the file banks/NAME.json next to this page.",
    bank_in_address: "in the address (bank parameter): ",
    bank_in_attribute: "in the element’s bank attribute: ",
    bank_in_config: "in config.json (bank field): ",
    bank_file: "file: {file}",
    bank_http: "the server answered {status} (404: the file is not at this address).",
    bank_network: "the file could not be requested (network, browser, or the server’s CORS headers).",
    bank_too_large: "the file is {bytes} bytes, over the limit of {limit} bytes: it was not read.",
    bank_faulty: "the file was checked and refused. First errors:",
    bank_check_hint: "The check page (verifier/) and the bank-check command give the full list of errors.",
    bank_trial_notice: "Trial of the questionnaire “{name}”: nothing is published, the answers stay on this device.",
    code_other_bank: "This code holds answers to the questionnaire “{name}”, not to this page’s.",
    code_open_other_bank: "Open these results with the questionnaire “{name}”",
    intro_how_custom: "You rate {questions} statements about {problems} problems, thinking of your team over the last few months. You get a health score out of 10 for each problem, and concrete fixes, each with its source.",
};

/// The interface texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

/// "Étape 2 sur 5" / "Step 2 of 5".
/// The name of a step for the window title and the step announcement: "Étape 2 sur 5 : La crise
/// politique".
pub fn step_name(lang: Lang, step: usize, total: usize, title: &str) -> String {
    match lang {
        Lang::Fr => format!("{}\u{202f}: {title}", step_of(lang, step, total)),
        Lang::En => format!("{}: {title}", step_of(lang, step, total)),
    }
}

/// The window title of a screen: its name, then the app's.
pub fn window_title(lang: Lang, screen: Option<&str>) -> String {
    let app = texts(lang).app_title;
    match screen {
        Some(screen) => format!("{screen} – {app}"),
        None => app.to_string(),
    }
}

pub fn step_of(lang: Lang, step: usize, total: usize) -> String {
    match lang {
        Lang::Fr => format!("Étape {step} sur {total}"),
        Lang::En => format!("Step {step} of {total}"),
    }
}

/// "5 réponses sur 8" / "5 of 8 answered".
pub fn answered_of(lang: Lang, answered: usize, total: usize) -> String {
    match lang {
        Lang::Fr if answered <= 1 => format!("{answered} réponse sur {total}"),
        Lang::Fr => format!("{answered} réponses sur {total}"),
        Lang::En => format!("{answered} of {total} answered"),
    }
}

/// The note under the navigation when questions of the step are still open.
pub fn unanswered_note(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => {
            "1 question reste sans réponse : vous pouvez continuer, elle ne comptera pas.".into()
        }
        (Lang::Fr, n) => format!(
            "{n} questions restent sans réponse : vous pouvez continuer, elles ne compteront pas."
        ),
        (Lang::En, 1) => "1 question is unanswered: you can go on, it will not count.".into(),
        (Lang::En, n) => {
            format!("{n} questions are unanswered: you can go on, they will not count.")
        }
    }
}

/// "2 zones d'ombre (réponses « Je ne sais pas »)".
pub fn blind_spots(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "1 zone d’ombre (réponse « Je ne sais pas »)".into(),
        (Lang::Fr, n) => format!("{n} zones d’ombre (réponses « Je ne sais pas »)"),
        (Lang::En, 1) => "1 blind spot (“Don’t know” answer)".into(),
        (Lang::En, n) => format!("{n} blind spots (“Don’t know” answers)"),
    }
}

/// "Not applicable" answers, shown apart from the blind spots: they are neither scored nor a
/// blind spot.
pub fn not_applicable(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "1 réponse «\u{202f}Sans objet\u{202f}», hors du score (ce n’est pas une zone d’ombre)".into(),
        (Lang::Fr, n) => format!("{n} réponses «\u{202f}Sans objet\u{202f}», hors du score (ce ne sont pas des zones d’ombre)"),
        (Lang::En, 1) => "1 “Not applicable” answer, left out of the score (not a blind spot)".into(),
        (Lang::En, n) => format!("{n} “Not applicable” answers, left out of the score (not blind spots)"),
    }
}

/// Why a fix was suggested: "Vous avez répondu « Souvent » à : …".
pub fn answered_with(lang: Lang, answer: Answer) -> String {
    let label = answer_label(lang, answer);
    match lang {
        Lang::Fr => format!("Vous avez répondu « {label} » à :"),
        Lang::En => format!("You answered “{label}” to:"),
    }
}

/// Unanswered questions across the assessment, shown on the results.
pub fn unanswered_total(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::Fr, 1) => "1 question est restée sans réponse.".into(),
        (Lang::Fr, n) => format!("{n} questions sont restées sans réponse."),
        (Lang::En, 1) => "1 question was left unanswered.".into(),
        (Lang::En, n) => format!("{n} questions were left unanswered."),
    }
}
