//! The team result depends only on the set of submissions: not on the order of the codes, not
//! on how they were split into pastes, and not on duplicates.

mod team_support;

use assessment_core::team::TeamResult;
use assessment_core::{encode_code, Answers, Collection};
use proptest::prelude::*;
use team_support::{any_role, any_slot, small_bank};

/// People drawing from few answer patterns and few nonces, so that duplicates with other roles,
/// same-nonce conflicts and shared answers all happen.
fn any_codes() -> impl Strategy<Value = Vec<String>> {
    (
        proptest::collection::vec(proptest::collection::vec(any_slot(), 5), 1..4),
        proptest::collection::vec(
            (any::<proptest::sample::Index>(), 0u32..4, any_role()),
            0..14,
        ),
    )
        .prop_map(|(patterns, people)| {
            let bank = small_bank();
            people
                .into_iter()
                .map(|(pattern, nonce, role)| {
                    let slots = pattern.get(&patterns).clone();
                    encode_code(&bank, &Answers::from_slots(slots), nonce, role)
                })
                .collect()
        })
}

fn collect(codes: &[String]) -> Collection {
    let mut collection = Collection::new();
    collection.add_text(&small_bank(), &codes.join("\n"));
    collection
}

fn result(collection: &Collection) -> TeamResult {
    TeamResult::compute(&small_bank(), collection, 3)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_order_of_the_codes_does_not_matter(
        (codes, shuffled) in any_codes().prop_flat_map(|codes| {
            let shuffled = Just(codes.clone()).prop_shuffle();
            (Just(codes), shuffled)
        })
    ) {
        let (a, b) = (collect(&codes), collect(&shuffled));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(result(&a), result(&b));
    }

    #[test]
    fn duplicates_do_not_change_the_result(
        codes in any_codes(),
        copies in proptest::collection::vec(any::<proptest::sample::Index>(), 0..10),
    ) {
        let mut with_copies = codes.clone();
        if !codes.is_empty() {
            with_copies.extend(copies.iter().map(|at| at.get(&codes).clone()));
        }
        let mut collection = collect(&with_copies);
        // Pasting everything again adds nobody.
        let report = collection.add_text(&small_bank(), &with_copies.join(" "));
        prop_assert_eq!(report.accepted, 0);
        prop_assert_eq!(report.duplicates, with_copies.len());
        prop_assert_eq!(result(&collection), result(&collect(&codes)));
    }

    #[test]
    fn splitting_into_several_pastes_does_not_matter(codes in any_codes(), cut in any::<proptest::sample::Index>()) {
        let cut = if codes.is_empty() { 0 } else { cut.index(codes.len() + 1) };
        let (head, tail) = codes.split_at(cut);
        let bank = small_bank();
        let mut collection = Collection::new();
        collection.add_text(&bank, &tail.join("\n"));
        collection.add_text(&bank, &head.join("\n"));
        prop_assert_eq!(result(&collection), result(&collect(&codes)));
    }

    #[test]
    fn every_problem_statistic_is_ordered_and_hidden_below_k(codes in any_codes()) {
        let team = result(&collect(&codes));
        for problem in &team.problems {
            match problem.stats {
                None => prop_assert!(
                    problem.scored == 0 && problem.hidden.is_none()
                        || problem.scored < team.k && problem.hidden.is_some()
                ),
                Some(s) => {
                    prop_assert!(problem.scored >= team.k);
                    prop_assert_eq!(s.count, problem.scored);
                    prop_assert!(s.min.tenths() as u16 * 2 <= s.q1.half_tenths());
                    prop_assert!(s.q1 <= s.median && s.median <= s.q3);
                    prop_assert!(s.q3.half_tenths() <= s.max.tenths() as u16 * 2);
                }
            }
        }
        for question in &team.questions {
            if let Some(distribution) = question.distribution.shown() {
                prop_assert!(distribution.answered() >= team.k);
            }
        }
    }
}
