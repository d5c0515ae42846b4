//! The team result: the k threshold, disagreement, blind spots, role gaps and team fixes.

mod team_support;

use assessment_core::team::{
    effective_k, Disagreement, Distribution, Hidden, RoleGaps, TeamResult, Visibility, DEFAULT_K,
};
use assessment_core::{assess, recommend, Answer, Band, Bank, Collection, Lang, Polarity, Role};
use team_support::{answers, real_bank, small_bank, team};

fn compute(bank: &Bank, people: &[(&str, Option<Role>)], k: usize) -> TeamResult {
    TeamResult::compute(bank, &team(bank, people), k)
}

fn disputed(result: &TeamResult) -> Vec<usize> {
    result.disagreements.iter().map(|d| d.question).collect()
}

fn nothing_per_question_is_shown(result: &TeamResult) {
    for question in &result.questions {
        assert_eq!(
            question.distribution,
            Visibility::Hidden(Hidden::FewerThanK { k: result.k })
        );
        assert_eq!(question.median_answer, None);
    }
    assert!(result.disagreements.is_empty());
    assert!(result.blind_spots.is_empty());
    assert!(result.role_gaps.shown().is_none());
    assert!(result.fixes.ordered.is_empty());
    assert_eq!(result.median_answers.answered(), 0);
}

// Two people at both ends of the scale with many "don't know": everything would be listed if
// it were not for the threshold.
const SPLIT: [(&str, Option<Role>); 3] = [
    ("NNN ??", Some(Role::Member)),
    ("AAA ??", Some(Role::Management)),
    ("ANA ??", Some(Role::Member)),
];

#[test]
fn with_two_people_nothing_per_question_is_exposed() {
    let bank = small_bank();
    let result = compute(&bank, &SPLIT[..2], DEFAULT_K);
    assert_eq!((result.k, result.people), (3, 2));
    assert!(result.is_below_k());
    nothing_per_question_is_shown(&result);
    // Per-problem statistics would show each person's score: only the count is given.
    assert_eq!(result.problems[0].scored, 2);
    assert_eq!(result.problems[0].stats, None);
    assert_eq!(result.problems[0].band_key(), "none");
    assert_eq!(result.problems[0].hidden, Some(Hidden::FewerThanK { k: 3 }));
}

#[test]
fn with_three_people_it_is() {
    let bank = small_bank();
    let result = compute(&bank, &SPLIT, DEFAULT_K);
    assert!(!result.is_below_k());
    for question in &result.questions {
        assert!(question.distribution.shown().is_some());
    }
    // Every question is split one against two: ties keep bank order.
    assert_eq!(disputed(&result), [0, 1, 2]);
    let blind: Vec<usize> = result.blind_spots.iter().map(|b| b.question).collect();
    assert_eq!(blind, [3, 4]);
    assert!(!result.fixes.ordered.is_empty());
}

#[test]
fn k_cannot_go_below_three_and_can_be_raised() {
    assert_eq!(effective_k(0), 3);
    assert_eq!(effective_k(1), 3);
    assert_eq!(effective_k(5), 5);
    let bank = small_bank();
    let result = compute(&bank, &SPLIT[..2], 1);
    assert_eq!(result.k, 3);
    nothing_per_question_is_shown(&result);

    let four = [SPLIT[0], SPLIT[1], SPLIT[2], ("RRR OO", None)];
    let result = compute(&bank, &four, 5);
    assert_eq!((result.k, result.people), (5, 4));
    nothing_per_question_is_shown(&result);
    assert!(Hidden::FewerThanK { k: 5 }
        .message(Lang::FR)
        .contains("moins de 5 personnes"));
    let result = compute(&bank, &four, 4);
    assert!(result
        .questions
        .iter()
        .all(|q| q.distribution.shown().is_some()));
}

#[test]
fn a_question_answered_by_fewer_than_k_is_hidden_even_in_a_large_team() {
    let bank = small_bank();
    // Q5 answered by two people only.
    let result = compute(
        &bank,
        &[
            ("NNN N-", None),
            ("NNN N-", None),
            ("NNN NA", None),
            ("NNN NA", None),
        ],
        3,
    );
    assert!(result.questions[3].distribution.shown().is_some());
    assert_eq!(
        result.questions[4].distribution,
        Visibility::Hidden(Hidden::FewerThanK { k: 3 })
    );
    assert_eq!(result.median_answer(4), None);
}

#[test]
fn disagreement_needs_both_ends_and_a_large_enough_smaller_camp() {
    let distribution = |spec: &str| {
        let mut d = Distribution::default();
        for answer in answers(spec).slots().iter().flatten() {
            d.add(*answer);
        }
        d
    };
    // Both ends, even split.
    assert!(Disagreement::of(0, &distribution("NNAA")).is_some());
    // No "always": rarely against often is not a dispute.
    assert!(Disagreement::of(0, &distribution("NROO")).is_none());
    // One dissenting voice in five is enough, one in six is not.
    assert!(Disagreement::of(0, &distribution("NAAAA")).is_some());
    assert!(Disagreement::of(0, &distribution("NAAAAA")).is_none());
    // "Don't know" is left out of the shares.
    let d = Disagreement::of(0, &distribution("NA????")).unwrap();
    assert_eq!(
        (d.low, d.high, d.never, d.always, d.scored()),
        (1, 1, 1, 1, 2)
    );
}

#[test]
fn the_talk_about_it_list_is_ranked_by_how_evenly_the_team_is_split() {
    let bank = small_bank();
    // Per question (columns): Q1 N N A A (2/4 camp, 2/4 ends) · Q2 N A A A (1/4) ·
    // Q3 N R O A (2/4 camp, 1/4 ends) · Q4 N R O O (no "always") · Q5 N A ? ? (1/2, 1/2).
    let result = compute(
        &bank,
        &[
            ("NNN NN", None),
            ("NAR R?", None),
            ("AAO OA", None),
            ("AAA O?", None),
        ],
        3,
    );
    assert_eq!(disputed(&result), [0, 4, 2, 1]);
    let first = result.disagreements[0];
    assert_eq!((first.low, first.high), (2, 2));
}

#[test]
fn blind_spots_need_a_third_of_the_answers_and_two_people() {
    let bank = small_bank();
    // Q1: 1 of 3 (one person only) · Q2: 2 of 6 (a third) · Q3: 2 of 7 (less) ·
    // Q4: 3 of 4, Q5: 4 of 7 — ranked by share.
    let result = compute(
        &bank,
        &[
            ("??? ??", None),
            ("N?? ??", None),
            ("NNN ??", None),
            ("-NN N?", None),
            ("-NN -N", None),
            ("-NN -N", None),
            ("--N -N", None),
        ],
        3,
    );
    let blind: Vec<(usize, usize, usize)> = result
        .blind_spots
        .iter()
        .map(|b| (b.question, b.dont_know, b.answered))
        .collect();
    assert_eq!(blind, [(3, 3, 4), (4, 4, 7), (1, 2, 6)]);
}

#[test]
fn role_gaps_compare_groups_of_at_least_k_and_hide_small_ones() {
    let bank = small_bank();
    let management = Some(Role::Management);
    let member = Some(Role::Member);
    let sponsor = Some(Role::Sponsor);
    let people = [
        // Management sees no validation loop (10.0), members see it (0.0 to 2.2).
        ("NAN NA", management),
        ("NAN NA", management),
        ("NAN ??", management),
        ("AAA NA", member),
        ("ONA NA", member),
        ("ANO NA", member),
        ("AAA AN", sponsor),
        ("AAA AN", sponsor),
    ];
    let result = compute(&bank, &people, 3);
    let comparison = result.role_gaps.shown().expect("two groups of three");
    let groups: Vec<(Role, usize)> = comparison
        .groups
        .iter()
        .map(|g| (g.role, g.people))
        .collect();
    assert_eq!(groups, [(Role::Member, 3), (Role::Management, 3)]);
    assert!(comparison.some_groups_too_small);
    assert!(result
        .role_gaps
        .note(Lang::EN, 3)
        .unwrap()
        .contains("Some groups have fewer than 3 people"));

    let loop_gap = &comparison.problems[0];
    let medians: Vec<_> = loop_gap
        .medians
        .iter()
        .map(|(role, median)| (*role, median.map(|m| m.format(Lang::EN))))
        .collect();
    assert_eq!(
        medians,
        [
            (Role::Member, Some("1.1".to_string())),
            (Role::Management, Some("10.0".to_string()))
        ]
    );
    let gap = loop_gap.gap.expect("two medians");
    assert_eq!((gap.highest, gap.lowest), (Role::Management, Role::Member));
    assert_eq!(gap.value.format('.'), "8.9");
    // Fear: only two managers have a score, so their median is hidden and there is no gap.
    let fear = &comparison.problems[1];
    assert_eq!(fear.medians[1], (Role::Management, None));
    assert_eq!(fear.gap, None);

    // With two managers only, no group can be compared and sizes are not given.
    let result = compute(&bank, &people[1..], 3);
    assert_eq!(result.role_gaps, RoleGaps::GroupsTooSmall);
    assert!(result
        .role_gaps
        .note(Lang::FR, 3)
        .unwrap()
        .contains("masqués"));

    let result = compute(&bank, &[("NAN NA", None); 4], 3);
    assert_eq!(result.role_gaps, RoleGaps::NoRoles);
}

#[test]
fn the_median_answer_takes_the_more_worrying_middle_answer_on_ties() {
    let d = |spec: &str| {
        let mut d = Distribution::default();
        for answer in answers(spec).slots().iter().flatten() {
            d.add(*answer);
        }
        d
    };
    assert_eq!(
        d("NRA").median_answer(Polarity::Symptom),
        Some(Answer::Rarely)
    );
    assert_eq!(
        d("RO").median_answer(Polarity::Symptom),
        Some(Answer::Often)
    );
    assert_eq!(
        d("RO").median_answer(Polarity::Practice),
        Some(Answer::Rarely)
    );
    assert_eq!(
        d("NNAA?").median_answer(Polarity::Symptom),
        Some(Answer::Always)
    );
    assert_eq!(
        d("??N").median_answer(Polarity::Practice),
        Some(Answer::Never)
    );
    assert_eq!(
        d("???").median_answer(Polarity::Symptom),
        Some(Answer::DontKnow)
    );
    assert_eq!(d("").median_answer(Polarity::Symptom), None);
}

#[test]
fn team_fixes_are_the_individual_fixes_of_the_median_answers() {
    let bank = real_bank();
    let specs = [
        "OOOOOOOO NNNNNNNN AAAAAAAA ????????",
        "AOAOAOAO NNNNNNNN AAAAAAAA ????????",
        "ONONONON RRRRRRRR NANANANA ???????N",
    ];
    let people: Vec<(&str, Option<Role>)> = specs.iter().map(|s| (*s, None)).collect();
    let result = compute(&bank, &people, 3);
    let expected_answers = answers("OOOOOOOO NNNNNNNN AAAAAAAA ???????N");
    assert_eq!(result.median_answers, expected_answers);
    let assessment = assess(&bank, &expected_answers);
    assert_eq!(result.median_assessment, assessment);
    assert_eq!(
        result.fixes,
        recommend(&bank, &expected_answers, &assessment)
    );
    assert!(!result.fixes.ordered.is_empty());
    // The security problem: "always" everywhere scores 5.0 (symptoms 0, practices 3), twice;
    // the third person scores 10.0.
    let security = result.problems[2].stats.unwrap();
    assert_eq!(security.median.format(Lang::EN), "5.0");
    assert_eq!(security.max.format('.'), "10.0");
    assert_eq!(result.problems[2].band(), Some(Band::Watch));
    // The last problem: one person scored it, from a single answer.
    assert_eq!(result.problems[3].scored, 1);
}

#[test]
fn an_empty_collection_gives_an_empty_result() {
    let bank = small_bank();
    let result = TeamResult::compute(&bank, &Collection::new(), 3);
    assert_eq!(result.people, 0);
    assert!(result
        .problems
        .iter()
        .all(|p| p.stats.is_none() && p.scored == 0));
    nothing_per_question_is_shown(&result);
    assert_eq!(result.role_gaps, RoleGaps::NoRoles);
}

#[test]
fn not_applicable_is_counted_apart_never_as_a_blind_spot_nor_a_score() {
    let bank = small_bank();
    // Q2 and Q5 (practices about structures some teams lack): several "not applicable".
    let result = compute(
        &bank,
        &[
            ("NXN NX", None),
            ("NXN NX", None),
            ("RXN NX", None),
            ("NNN N?", None),
        ],
        3,
    );
    assert!(result.blind_spots.iter().all(|b| b.question != 1));
    let shown = |question: usize| match &result.questions[question].distribution {
        Visibility::Shown(distribution) => *distribution,
        Visibility::Hidden(_) => panic!("hidden"),
    };
    let q2 = shown(1);
    assert_eq!(q2.count(Answer::NotApplicable), 3);
    assert_eq!((q2.answered(), q2.scored()), (4, 1));
    // Q5: three "not applicable" and one "don't know": one person is no blind spot either.
    let q5 = shown(4);
    assert_eq!((q5.count(Answer::NotApplicable), q5.scored()), (3, 0));
    assert_eq!(
        result.questions[4].median_answer,
        Some(Answer::DontKnow),
        "nobody scored: the median says so"
    );
    // In the exports: a count in the CSV note, a line after the Markdown table, a JSON field.
    let csv = assessment_core::export_team_csv(&bank, &result, assessment_core::Lang::FR);
    assert!(csv.contains("Sans objet\u{202f}: 3"), "{csv}");
    let day = assessment_core::Date::parse("2026-12-02").expect("date");
    let md = assessment_core::export_team_markdown(&bank, &result, assessment_core::Lang::EN, day);
    assert!(md.contains("\nNot applicable: Q2 (3), Q5 (3)\n"), "{md}");
    let json = assessment_core::export_team_json(&bank, &result, assessment_core::Lang::EN, day);
    assert!(json.contains("\"notApplicable\": 3"), "{json}");
}
