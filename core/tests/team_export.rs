//! Team exports: JSON that parses back and identifies nobody, CSV and Markdown with the medians,
//! hidden figures staying hidden.

mod team_support;

use assessment_core::team::{TeamResult, TEAM_RESULT_FORMAT};
use assessment_core::{
    export_team_csv, export_team_json, export_team_markdown, Bank, Collection, Date, Lang, Role,
};
use serde_json::Value;
use team_support::{code, real_bank, small_bank};

fn date() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// Four people with roles: loop scores 10.0, 10.0, 3.3, 2.2 → median 6.7 (exact 6.65); the
/// sponsor group has one person and must not appear anywhere.
fn codes(bank: &Bank) -> Vec<String> {
    vec![
        code(bank, "NAN NA", 1_234_567, Some(Role::Management)),
        code(bank, "NAN ??", 7_654_321, Some(Role::Management)),
        code(bank, "AAA NA", 99, Some(Role::Member)),
        code(bank, "ONO ?A", 4_242, Some(Role::Sponsor)),
    ]
}

fn result_for(bank: &Bank, codes: &[String]) -> TeamResult {
    let mut collection = Collection::new();
    collection.add_text(bank, &codes.join("\n"));
    TeamResult::compute(bank, &collection, 3)
}

fn keys(json: &Value, out: &mut Vec<String>) {
    match json {
        Value::Object(members) => {
            for (key, value) in members {
                out.push(key.clone());
                keys(value, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| keys(item, out)),
        _ => {}
    }
}

#[test]
fn the_json_file_parses_back_and_holds_no_nonce_nor_code() {
    let bank = small_bank();
    let codes = codes(&bank);
    let result = result_for(&bank, &codes);
    for lang in assessment_core::i18n::languages()
        .iter()
        .map(|info| info.lang())
    {
        let text = export_team_json(&bank, &result, lang, date());
        assert!(text.ends_with("}\n"));
        let json = serde_json::from_str::<Value>(&text).expect("valid JSON");
        assert_eq!(
            json.get("format").and_then(Value::as_str),
            Some(TEAM_RESULT_FORMAT)
        );
        assert_eq!(json.get("formatVersion").and_then(Value::as_u64), Some(1));
        assert_eq!(json.get("k").and_then(Value::as_u64), Some(3));
        assert_eq!(json.get("people").and_then(Value::as_u64), Some(4));
        let mut found = Vec::new();
        keys(&json, &mut found);
        assert!(
            !found.iter().any(|k| k == "nonce" || k == "code"),
            "{found:?}"
        );
        for code in &codes {
            assert!(!text.contains(&code[..12]));
        }
        for nonce in ["1234567", "7654321", "4242"] {
            assert!(!text.contains(nonce), "{nonce} in {text}");
        }
        assert!(!text.contains("sponsor"), "a group of one is never named");

        let problem = &json.get("problems").and_then(Value::as_array).unwrap()[0];
        let stats = problem.get("stats").unwrap();
        assert_eq!(stats.get("median").and_then(Value::as_str), Some("6.7"));
        assert_eq!(stats.get("q1").and_then(Value::as_str), Some("2.8"));
        assert_eq!(stats.get("q3").and_then(Value::as_str), Some("10.0"));
        assert_eq!(stats.get("iqr").and_then(Value::as_str), Some("7.2"));
        assert_eq!(problem.get("band").and_then(Value::as_str), Some("watch"));

        let question = &json.get("questions").and_then(Value::as_array).unwrap()[0];
        let distribution = question.get("distribution").unwrap();
        assert_eq!(distribution.get("never").and_then(Value::as_u64), Some(2));
        assert_eq!(distribution.get("always").and_then(Value::as_u64), Some(1));
        assert!(question.get("hidden").unwrap().is_null());

        let roles = json.get("roleGaps").unwrap();
        assert_eq!(
            roles.get("status").and_then(Value::as_str),
            Some("groups-too-small")
        );
    }
}

#[test]
fn hidden_figures_stay_hidden_in_every_export() {
    let bank = small_bank();
    let result = result_for(&bank, &codes(&bank)[..2]);
    let json =
        serde_json::from_str::<Value>(&export_team_json(&bank, &result, Lang::EN, date())).unwrap();
    for question in json.get("questions").and_then(Value::as_array).unwrap() {
        assert!(question.get("distribution").unwrap().is_null());
        assert_eq!(
            question.get("hidden").and_then(Value::as_str),
            Some("fewer-than-k")
        );
        assert!(question.get("medianAnswer").unwrap().is_null());
    }
    assert_eq!(
        json.get("talkAboutIt")
            .and_then(Value::as_array)
            .map(Vec::len),
        Some(0)
    );
    assert_eq!(
        json.get("fixes").and_then(Value::as_array).map(Vec::len),
        Some(0)
    );

    // With two people, min and max would be their scores: no per-problem figure at all.
    for problem in json.get("problems").and_then(Value::as_array).unwrap() {
        assert!(problem.get("stats").unwrap().is_null());
        assert_eq!(problem.get("band").and_then(Value::as_str), Some("none"));
        assert_eq!(
            problem.get("hidden").and_then(Value::as_str),
            Some("fewer-than-k")
        );
    }
    assert!(json["rules"]["belowK"]
        .as_str()
        .unwrap()
        .starts_with("Fewer than 3 people"));

    let csv = export_team_csv(&bank, &result, Lang::FR);
    assert!(csv.contains("Masqué : moins de 3 personnes ont répondu"));
    for line in csv.lines().filter(|line| line.starts_with("Problème;")) {
        let fields: Vec<&str> = line.split(';').collect();
        assert_eq!(fields[6..13], ["", "", "", "", "", "", ""], "{line}");
        assert!(line.ends_with("reconnaître quelqu’un."), "{line}");
    }
    let markdown = export_team_markdown(&bank, &result, Lang::EN, date());
    assert!(markdown.contains("Hidden: fewer than 3 people answered"));
    assert!(markdown.contains("Fewer than 3 people: the detail per question and the figures per problem (minimum, median, maximum, quartiles, band) are hidden"));
    assert!(markdown.contains("**People: 2** · Hiding threshold: k = 3"));
}

#[test]
fn the_csv_has_the_medians_and_the_language_conventions() {
    let bank = small_bank();
    let result = result_for(&bank, &codes(&bank));
    let fr = export_team_csv(&bank, &result, Lang::FR);
    assert!(fr.starts_with("\u{feff}Type;Problème;Question;Énoncé;Rôle;Personnes;Min;Q1;Médiane;"));
    assert!(fr.contains("Problème;Boucle;;;;4;2,2;2,8;6,7;10,0;10,0;7,2;À surveiller;"));
    assert!(fr.contains(
        "Question;Boucle;Q1;On attend des validations.;;4;;;;;;;;2;0;1;1;0;Souvent;À discuter"
    ));
    assert!(fr.lines().all(|line| !line.contains("Sponsor")));
    assert!(fr.ends_with("\r\n"));
    let en = export_team_csv(&bank, &result, Lang::EN);
    assert!(en.contains("Problem,Loop,,,,4,2.2,2.8,6.7,10.0,10.0,7.2,Needs watching,"));
}

#[test]
fn the_markdown_summary_has_the_medians_rules_and_fixes() {
    let bank = small_bank();
    let result = result_for(&bank, &codes(&bank));
    let fr = export_team_markdown(&bank, &result, Lang::FR, date());
    assert!(fr.starts_with("# Résultats d’équipe « Problèmes imaginaires » — 2026-11-28\n"));
    assert!(fr.contains("| Boucle | 4 | 6,7 / 10 | À surveiller | 7,2 (2,8–10,0) | 2,2–10,0 |"));
    assert!(fr.contains("## À discuter"));
    assert!(fr.contains("1. Q1 « On attend des validations. »"));
    assert!(fr.contains("Écarts entre rôles masqués"));
    assert!(fr.contains("## Pistes pour l’équipe"));
    assert!(fr.contains("premier quartile est la médiane de la moitié basse"));
    assert!(!fr.contains("Sponsor"));
    let en = export_team_markdown(&bank, &result, Lang::EN, date());
    assert!(en.contains("| Loop | 4 | 6.7 / 10 | Needs watching | 7.2 (2.8–10.0) | 2.2–10.0 |"));
}

#[test]
fn role_gaps_appear_in_every_export_when_groups_are_large_enough() {
    let bank = real_bank();
    let healthy = "NANANANA NANANANA NANANANA NANANANA";
    let unhealthy = "ANANANAN ANANANAN ANANANAN ANANANAN";
    let mut codes = Vec::new();
    for nonce in 0..3 {
        codes.push(code(&bank, healthy, nonce, Some(Role::Management)));
        codes.push(code(&bank, unhealthy, 10 + nonce, Some(Role::Member)));
    }
    let result = result_for(&bank, &codes);
    let md = export_team_markdown(&bank, &result, Lang::EN, date());
    assert!(
        md.contains("| Problem | Team member (3) | Management (3) | Role gap |"),
        "{md}"
    );
    assert!(md.contains("| 0.0 | 10.0 | 10.0 |"));
    let csv = export_team_csv(&bank, &result, Lang::FR);
    assert!(csv.contains("Écart entre rôles : Encadrement 10,0 ; Membre de l’équipe 0,0 → 10,0"));
    assert!(csv.contains("Groupe de rôle;"));
    let json =
        serde_json::from_str::<Value>(&export_team_json(&bank, &result, Lang::EN, date())).unwrap();
    let roles = json.get("roleGaps").unwrap();
    assert_eq!(roles.get("status").and_then(Value::as_str), Some("shown"));
    let gap = roles.get("problems").and_then(Value::as_array).unwrap()[0]
        .get("gap")
        .unwrap();
    assert_eq!(gap.get("value").and_then(Value::as_str), Some("10.0"));
    assert_eq!(
        gap.get("highest").and_then(Value::as_str),
        Some("management")
    );
    assert_eq!(gap.get("lowest").and_then(Value::as_str), Some("member"));
}
