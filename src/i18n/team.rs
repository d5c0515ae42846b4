//! Texts that lead to the team view: the optional role before sharing and the link to the
//! team page. Kept apart from `i18n.rs` so the team feature stays in its own files.

use assessment_core::Lang;

/// The fixed sentences about the team view in one language.
pub struct TeamTexts {
    pub role_label: &'static str,
    pub role_none: &'static str,
    pub role_hint: &'static str,
    pub team_view: &'static str,
    pub team_view_hint: &'static str,
}

const FR: TeamTexts = TeamTexts {
    role_label: "Votre rôle (facultatif)",
    role_none: "Non précisé",
    role_hint: "Le rôle voyage avec le lien et le code. Il sert seulement, dans la vue d’équipe, à comparer des groupes d’au moins 3 personnes ; ce n’est jamais un nom.",
    team_view: "Vue d’équipe",
    team_view_hint: "Réunir les codes de plusieurs personnes, sans nom, sans compte et sans serveur.",
};

const EN: TeamTexts = TeamTexts {
    role_label: "Your role (optional)",
    role_none: "Not given",
    role_hint: "The role travels with the link and the code. It is only used, in the team view, to compare groups of at least 3 people; it is never a name.",
    team_view: "Team view",
    team_view_hint: "Bring several people’s codes together, with no name, no account and no server.",
};

pub fn team_texts(lang: Lang) -> &'static TeamTexts {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
