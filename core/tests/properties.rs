//! Properties that must hold for every answer pattern.

mod common;

use assessment_core::{assess, parse_bank_toml, recommend, Answer, Answers, Bank};
use common::SMALL_BANK;
use proptest::prelude::*;

fn bank() -> Bank {
    parse_bank_toml(SMALL_BANK).expect("fixture bank")
}

fn any_slot() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)
    ]
}

fn any_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
    proptest::collection::vec(any_slot(), 5)
}

fn mirrored(answer: Answer) -> Answer {
    match answer {
        Answer::Never => Answer::Always,
        Answer::Rarely => Answer::Often,
        Answer::Often => Answer::Rarely,
        Answer::Always => Answer::Never,
        Answer::DontKnow => Answer::DontKnow,
        Answer::NotApplicable => Answer::NotApplicable,
    }
}

proptest! {
    #[test]
    fn scores_stay_between_zero_and_ten(slots in any_answers()) {
        let bank = bank();
        let result = assess(&bank, &Answers::from_slots(slots));
        for problem in &result.problems {
            if let Some(score) = problem.score {
                prop_assert!(score.tenths() <= 100);
                prop_assert_eq!(problem.band(), Some(score.band()));
            }
            prop_assert_eq!(problem.score.is_some(), problem.scored > 0);
        }
    }

    #[test]
    fn dont_know_weighs_exactly_like_no_answer(slots in any_answers()) {
        let bank = bank();
        let with_dont_know = assess(&bank, &Answers::from_slots(slots.clone()));
        let blanked: Vec<Option<Answer>> = slots
            .into_iter()
            .map(|slot| slot.filter(|answer| *answer != Answer::DontKnow))
            .collect();
        let without = assess(&bank, &Answers::from_slots(blanked));
        for (a, b) in with_dont_know.problems.iter().zip(&without.problems) {
            prop_assert_eq!(a.score, b.score);
        }
    }

    #[test]
    fn mirrored_answers_mirror_the_score(slots in any_answers()) {
        let bank = bank();
        let mirror: Vec<Option<Answer>> = slots.iter().map(|slot| slot.map(mirrored)).collect();
        let straight = assess(&bank, &Answers::from_slots(slots));
        let reversed = assess(&bank, &Answers::from_slots(mirror));
        for (a, b) in straight.problems.iter().zip(&reversed.problems) {
            if let (Some(a), Some(b)) = (a.score, b.score) {
                // Rounding half up both ways can add one tenth on an exact .05.
                let sum = u32::from(a.tenths()) + u32::from(b.tenths());
                prop_assert!(sum == 100 || sum == 101, "{} + {}", a.tenths(), b.tenths());
            }
        }
    }

    #[test]
    fn recommendations_are_ordered_by_severity_and_explained(slots in any_answers()) {
        let bank = bank();
        let answers = Answers::from_slots(slots);
        let assessment = assess(&bank, &answers);
        let result = recommend(&bank, &answers, &assessment);
        let severities: Vec<u8> = result
            .ordered
            .iter()
            .map(|r| assessment.problems[r.fix.problem].score.map_or(u8::MAX, |s| s.tenths()))
            .collect();
        prop_assert!(severities.windows(2).all(|pair| pair[0] <= pair[1]));
        for recommendation in &result.ordered {
            prop_assert!(!recommendation.triggers.is_empty());
            for trigger in &recommendation.triggers {
                prop_assert!(trigger.concern >= 2);
                prop_assert_eq!(answers.get(trigger.question), Some(trigger.answer));
                let question = bank.question(trigger.question).expect("question");
                prop_assert!(question.fixes.contains(&recommendation.fix));
            }
        }
        prop_assert_eq!(result.start_here(), &result.ordered[..result.ordered.len().min(3)]);
    }
}

proptest! {
    #[test]
    fn the_small_sort_is_a_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..40)) {
        let mut ours = items.clone();
        assessment_core::recommend::sort_small_by_key(&mut ours, |item| item.0);
        let mut reference = items;
        reference.sort_by_key(|item| item.0);
        prop_assert_eq!(ours, reference);
    }
}
