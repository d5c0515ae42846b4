//! A small bank shared by the integration tests (TOML, as `content/bank.toml`): two problems,
//! polarities mixed.
//!
//! Problem `loop`: Q1 symptom, Q2 practice, Q3 symptom. Problem `fear`: Q4 symptom, Q5 practice.
#![allow(dead_code)]

pub const SMALL_BANK: &str = r#"
# test bank
id = "test-bank"
version = 3

[[problems]]
id = "loop"
label.fr = "Boucle"
label.en = "Loop"
summary.fr = "Résumé boucle"
summary.en = "Loop summary"
lesson.fr = "Leçon boucle"
lesson.en = "Loop lesson"

[[problems.fixes]]
id = "L-F1"
title.fr = "Pacte"
title.en = "Pact"
detail.fr = "Détail pacte"
detail.en = "Pact detail"
source.fr = "Cours"
source.en = "Course"
url = "https://beta.gouv.fr/a"

[[problems.fixes]]
id = "L-F2"
title.fr = "Transparence"
title.en = "Transparency"
detail.fr = "Détail transparence"
detail.en = "Transparency detail"
source.fr = "Cours"
source.en = "Course"
url = "https://beta.gouv.fr/b"

[[problems.questions]]
id = "Q1"
polarity = "symptom"
text.fr = "On attend des validations."
text.en = "We wait for sign-offs."
origin = "Cours"
fixes = ["L-F1", "L-F2"]

[[problems.questions]]
id = "Q2"
polarity = "practice"
text.fr = "Un rendez-vous est fixé."
text.en = "A checkpoint is set."
origin = "Cours"
fixes = ["L-F1"]

[[problems.questions]]
id = "Q3"
polarity = "symptom"
text.fr = "On fait du reporting."
text.en = "We report."
origin = "Cours"
fixes = ["L-F2"]

[[problems]]
id = "fear"
label.fr = "Peur"
label.en = "Fear"
summary.fr = "Résumé peur"
summary.en = "Fear summary"
lesson.fr = "Leçon peur"
lesson.en = "Fear lesson"
story.fr = "Histoire"
story.en = "Story"

[[problems.fixes]]
id = "P-F1"
title.fr = "Aller voir"
title.en = "Go and see"
detail.fr = "Détail"
detail.en = "Detail"
source.fr = "Cours"
source.en = "Course"
url = "https://beta.gouv.fr/c"

[[problems.questions]]
id = "Q4"
polarity = "symptom"
text.fr = "On a peur."
text.en = "We are afraid."
origin = "Cours"
fixes = ["P-F1"]

[[problems.questions]]
id = "Q5"
polarity = "practice"
text.fr = "On rencontre les opposants."
text.en = "We meet opponents."
origin = "Cours"
fixes = ["P-F1", "L-F1"]
"#;

/// The small bank with `from` replaced by `to` once; panics if `from` is absent, so a test
/// cannot silently check the unmodified bank.
pub fn small_bank_with(from: &str, to: &str) -> String {
    assert!(SMALL_BANK.contains(from), "fixture has no {from:?}");
    SMALL_BANK.replacen(from, to, 1)
}

/// Any answer slot, unanswered included: for property tests.
pub fn any_slot() -> impl proptest::strategy::Strategy<Value = Option<assessment_core::Answer>> {
    use proptest::prelude::*;
    prop_oneof![
        Just(None),
        proptest::sample::select(assessment_core::Answer::ALL.to_vec()).prop_map(Some)
    ]
}

/// Any role, none included: for property tests.
pub fn any_role() -> impl proptest::strategy::Strategy<Value = Option<assessment_core::Role>> {
    use proptest::prelude::*;
    prop_oneof![
        Just(None),
        proptest::sample::select(assessment_core::Role::ALL.to_vec()).prop_map(Some)
    ]
}
