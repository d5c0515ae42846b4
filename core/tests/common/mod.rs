//! A small bank shared by the integration tests: two problems, polarities mixed.
//!
//! Problem `loop`: Q1 symptom, Q2 practice, Q3 symptom. Problem `fear`: Q4 symptom, Q5 practice.
#![allow(dead_code)]

pub const SMALL_BANK: &str = "\
# test bank
bank test-bank
version 3

problem loop
label.fr Boucle
label.en Loop
summary.fr Résumé boucle
summary.en Loop summary
lesson.fr Leçon boucle
lesson.en Loop lesson

fix L-F1
title.fr Pacte
title.en Pact
detail.fr Détail pacte
detail.en Pact detail
source.fr Cours
source.en Course
url https://beta.gouv.fr/a

fix L-F2
title.fr Transparence
title.en Transparency
detail.fr Détail transparence
detail.en Transparency detail
source.fr Cours
source.en Course
url https://beta.gouv.fr/b

question Q1 symptom
text.fr On attend des validations.
text.en We wait for sign-offs.
origin Cours
fixes L-F1 L-F2

question Q2 practice
text.fr Un rendez-vous est fixé.
text.en A checkpoint is set.
origin Cours
fixes L-F1

question Q3 symptom
text.fr On fait du reporting.
text.en We report.
origin Cours
fixes L-F2

problem fear
label.fr Peur
label.en Fear
summary.fr Résumé peur
summary.en Fear summary
lesson.fr Leçon peur
lesson.en Fear lesson
story.fr Histoire
story.en Story

fix P-F1
title.fr Aller voir
title.en Go and see
detail.fr Détail
detail.en Detail
source.fr Cours
source.en Course
url https://beta.gouv.fr/c

question Q4 symptom
text.fr On a peur.
text.en We are afraid.
origin Cours
fixes P-F1

question Q5 practice
text.fr On rencontre les opposants.
text.en We meet opponents.
origin Cours
fixes P-F1 L-F1
";

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
