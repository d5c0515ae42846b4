//! Collecting codes and files into a team: what is accepted, counted once, or refused.

mod team_support;

use assessment_core::team::{Origin, Refusal, TeamResult};
use assessment_core::{
    export_json, parse_bank_toml, CodeError, Collection, Date, ImportError, Lang, Role,
};
use team_support::{answers, code, real_bank, small_bank, small_bank_with};

/// A valid code with one payload character changed, same length: the checksum fails.
fn tampered(code: &str) -> String {
    let mut chars: Vec<char> = code.chars().collect();
    let at = 10;
    chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
    chars.into_iter().collect()
}

#[test]
fn a_chat_message_loads_two_links_and_reports_the_tampered_code() {
    let bank = real_bank();
    let first = code(&bank, &"O".repeat(32), 11, Some(Role::Member));
    let second = code(&bank, &"N".repeat(32), 22, None);
    let third = code(&bank, &"A".repeat(32), 33, None);
    let chat = format!(
        "Alice: voici mon lien https://example.org/outil/#r={first}\n\
         Bob: et le mien ! https://example.org/outil/#r={second} merci\n\
         Chloé: bonjour à tous\n\
         Chloé: {}\n\
         Fin de la discussion.",
        tampered(&third)
    );
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &chat);
    assert_eq!(report.accepted, 2, "{report:?}");
    assert_eq!(report.duplicates, 0);
    assert_eq!(report.rejected.len(), 1);
    let rejected = &report.rejected[0];
    assert_eq!(rejected.reason, Refusal::Code(CodeError::Tampered));
    let Origin::Line { line, token } = &rejected.origin else {
        panic!("a pasted code is reported by line: {rejected:?}");
    };
    assert_eq!(*line, 4);
    assert!(token.starts_with("PI1.") && token.ends_with('…'), "{token}");
    assert!(token.chars().count() < third.len());
    assert!(rejected.message(Lang::FR).starts_with("Ligne 4 (PI1."));
    assert!(rejected.message(Lang::EN).contains("changed or cut"));
    assert_eq!(collection.len(), 2);
    assert_eq!(
        report.summary(Lang::FR),
        "2 codes acceptés, 0 doublon ignoré, 1 refusé."
    );
    assert_eq!(
        report.summary(Lang::EN),
        "2 codes accepted, 0 duplicates ignored, 1 refused."
    );
}

#[test]
fn the_same_code_twice_counts_once_and_says_so() {
    let bank = small_bank();
    let one = code(&bank, "NAN OR", 7, None);
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &format!("{one}\n{one}\n"));
    assert_eq!((report.accepted, report.duplicates), (1, 1));
    // Pasted again later: still one person.
    let report = collection.add_text(&bank, &format!("encore : {one}"));
    assert_eq!((report.accepted, report.duplicates), (0, 1));
    assert_eq!(collection.len(), 1);
    assert_eq!(
        report.summary(Lang::FR),
        "0 code accepté, 1 doublon ignoré, 0 refusé."
    );
    assert!(report.same_nonce.is_empty());
}

#[test]
fn identical_answers_with_different_nonces_are_two_people() {
    let bank = small_bank();
    let text = format!(
        "{}\n{}",
        code(&bank, "NAN OR", 1, None),
        code(&bank, "NAN OR", 2, None)
    );
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &text);
    assert_eq!((report.accepted, report.duplicates), (2, 0));
    assert_eq!(collection.len(), 2);
}

#[test]
fn codes_for_another_bank_version_are_refused_with_the_reason() {
    let bank = small_bank();
    let newer = parse_bank_toml(&small_bank_with("version = 3", "version = 4")).unwrap();
    let other = parse_bank_toml(&small_bank_with(
        r#"id = "test-bank""#,
        r#"id = "other-bank""#,
    ))
    .unwrap();
    let text = format!(
        "{}\n{}\n{}",
        code(&newer, "NAN OR", 1, None),
        code(&bank, "NAN OR", 2, None),
        code(&other, "NAN OR", 3, None)
    );
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &text);
    assert_eq!(report.accepted, 1);
    let reasons: Vec<_> = report
        .rejected
        .iter()
        .map(|r| (r.origin.clone(), r.reason.clone()))
        .collect();
    assert!(matches!(
        &reasons[0],
        (
            Origin::Line { line: 1, .. },
            Refusal::Code(CodeError::BankVersion { code: 4, ours: 3 })
        )
    ));
    assert!(matches!(
        &reasons[1],
        (
            Origin::Line { line: 3, .. },
            Refusal::Code(CodeError::ForeignBank)
        )
    ));
    assert!(report.rejected[0].message(Lang::EN).contains(
        "version 4 of the questions, newer than this page’s (version 3): update this page."
    ));
}

#[test]
fn a_link_without_a_code_is_listed_and_text_without_codes_is_empty() {
    let bank = small_bank();
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, "bonjour\nhttps://example.org/outil/#r=oups\n");
    assert_eq!(report.accepted, 0);
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(
        report.rejected[0].origin,
        Origin::Line {
            line: 2,
            token: "oups".into()
        }
    );
    assert_eq!(
        report.rejected[0].reason,
        Refusal::Code(CodeError::NotACode)
    );

    let report = collection.add_text(&bank, "rien ici, API1.x ne compte pas");
    assert!(report.is_empty());
    assert_eq!(
        report.summary(Lang::FR),
        "Aucun code de réponses trouvé dans ce texte."
    );
}

#[test]
fn the_same_nonce_with_other_answers_is_kept_twice_and_reported() {
    let bank = small_bank();
    let old = code(&bank, "NAN OR", 42, Some(Role::Member));
    let new = code(&bank, "AAA OR", 42, Some(Role::Member));
    let mut collection = Collection::new();
    // Listed in reading order, whatever the canonical order of the answers.
    let report = collection.add_text(&bank, &format!("{new}\nautre chose\n{old}"));
    assert_eq!((report.accepted, report.duplicates), (2, 0));
    let lines: Vec<usize> = report
        .same_nonce
        .iter()
        .map(|origin| match origin {
            Origin::Line { line, .. } => *line,
            Origin::File { .. } => 0,
        })
        .collect();
    assert_eq!(lines, [1, 3]);
    assert!(report
        .same_nonce_message(Lang::FR)
        .unwrap()
        .contains("les deux versions sont comptées"));
    assert_eq!(collection.len(), 2);
    assert_eq!(collection.same_nonce_count(), 2);

    // Arriving in two pastes: only the newcomer is in the second report.
    let mut collection = Collection::new();
    collection.add_text(&bank, &new);
    let report = collection.add_text(&bank, &old);
    assert_eq!(report.same_nonce.len(), 1);
    assert_eq!(collection.same_nonce_count(), 2);
}

#[test]
fn json_result_files_are_read_and_errors_name_the_file() {
    let bank = small_bank();
    let date = Date::new(2026, 11, 28).unwrap();
    let file = export_json(
        &bank,
        &answers("NAN OR"),
        &[String::new(), String::new()],
        Lang::FR,
        date,
        9,
    );
    let mut collection = Collection::new();
    let report = collection.add_json_file(&bank, "alice.json", &file);
    assert_eq!((report.accepted, report.duplicates), (1, 0));

    // The person's share link too: one person, and the link's role is kept.
    let report = collection.add_text(&bank, &code(&bank, "NAN OR", 9, Some(Role::Management)));
    assert_eq!((report.accepted, report.duplicates), (0, 1));
    assert_eq!(collection.len(), 1);

    let report = collection.add_json_file(&bank, "bob.json", "{ pas du json");
    assert_eq!(report.accepted, 0);
    assert_eq!(
        report.rejected[0].origin,
        Origin::File {
            name: "bob.json".into()
        }
    );
    assert!(matches!(
        report.rejected[0].reason,
        Refusal::File(ImportError::Json(_))
    ));
    assert!(report.rejected[0]
        .message(Lang::FR)
        .starts_with("Fichier « bob.json » : Ce fichier n’est pas un JSON valide"));

    let newer = parse_bank_toml(&small_bank_with("version = 3", "version = 4")).unwrap();
    let file = export_json(
        &newer,
        &answers("NAN OR"),
        &[String::new(), String::new()],
        Lang::EN,
        date,
        10,
    );
    let report = collection.add_json_file(&bank, "carol.json", &file);
    assert!(matches!(
        report.rejected[0].reason,
        Refusal::File(ImportError::BankVersion { file: 4, ours: 3 })
    ));
}

#[test]
fn copies_of_one_submission_pool_their_roles_whatever_their_order() {
    let bank = small_bank();
    let role_of = |texts: &[String]| {
        let mut collection = Collection::new();
        for text in texts {
            collection.add_text(&bank, text);
        }
        // Three such people make a role group visible only if the role was kept.
        let mut people = collection.clone();
        for nonce in [100, 101] {
            people.add_text(&bank, &code(&bank, "NAN OR", nonce, Some(Role::Sponsor)));
        }
        for nonce in [200, 201, 202] {
            people.add_text(&bank, &code(&bank, "AAA OR", nonce, Some(Role::Partner)));
        }
        let result = TeamResult::compute(&bank, &people, 3);
        result.role_gaps.shown().map(|gaps| {
            gaps.groups
                .iter()
                .map(|g| (g.role, g.people))
                .collect::<Vec<_>>()
        })
    };
    let with_role = code(&bank, "NAN OR", 5, Some(Role::Sponsor));
    let without = code(&bank, "NAN OR", 5, None);
    let other_role = code(&bank, "NAN OR", 5, Some(Role::Member));
    let expected = Some(vec![(Role::Sponsor, 3), (Role::Partner, 3)]);
    assert_eq!(role_of(&[with_role.clone(), without.clone()]), expected);
    assert_eq!(role_of(&[without.clone(), with_role.clone()]), expected);
    // Two different roles for one submission: it keeps none, so the sponsors are too few.
    assert_eq!(role_of(&[with_role.clone(), other_role.clone()]), None);
    assert_eq!(role_of(&[other_role, with_role]), None);
}

#[test]
fn ten_thousand_codes_load_and_duplicates_are_found() {
    let bank = real_bank();
    let mut state = 0x2545_f491_u32;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    let letters = ['N', 'R', 'O', 'A', '?'];
    let codes: Vec<String> = (0..10_000u32)
        .map(|at| {
            let spec: String = (0..32).map(|_| letters[(next() % 5) as usize]).collect();
            code(&bank, &spec, at, None)
        })
        .collect();
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &codes.join("\n"));
    assert_eq!(report.accepted, 10_000);
    let report = collection.add_text(&bank, &codes[..500].join(" "));
    assert_eq!((report.accepted, report.duplicates), (0, 500));
    assert_eq!(collection.len(), 10_000);
}
