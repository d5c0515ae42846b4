//! The review meeting calendar file.

use assessment_core::{review_meeting_ics, review_meeting_ics_sharing, Date};
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).expect("date")
}

/// Undoes folding (RFC 5545 §3.1): CRLF followed by one space or tab disappears.
fn unfold(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .replace("\r\n\t", "")
        .split_terminator("\r\n")
        .map(str::to_string)
        .collect()
}

fn value<'a>(lines: &'a [String], name: &str) -> Option<&'a str> {
    lines.iter().find_map(|line| line.strip_prefix(name))
}

/// Undoes TEXT escaping.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn writes_one_all_day_event() {
    let ics = review_meeting_ics(
        "Rendez-vous à 6 mois",
        "Revoir le pacte",
        date("2027-05-28"),
        "pi-3735928559@problemes-imaginaires",
        "20261128T170000Z",
    );
    assert!(ics.ends_with("\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "only CRLF line endings"
    );
    let lines = unfold(&ics);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(value(&lines, "VERSION:"), Some("2.0"));
    let prodid = format!(
        "-//Problemes imaginaires//NONSGML Problemes imaginaires {}//FR",
        assessment_core::VERSION
    );
    assert_eq!(value(&lines, "PRODID:"), Some(prodid.as_str()));
    assert_eq!(
        value(&lines, "UID:"),
        Some("pi-3735928559@problemes-imaginaires")
    );
    assert_eq!(value(&lines, "DTSTAMP:"), Some("20261128T170000Z"));
    assert_eq!(value(&lines, "DTSTART;VALUE=DATE:"), Some("20270528"));
    assert_eq!(value(&lines, "DTEND;VALUE=DATE:"), Some("20270529"));
    assert_eq!(value(&lines, "SUMMARY:"), Some("Rendez-vous à 6 mois"));
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), 1);
}

#[test]
fn dtend_is_the_next_day_across_months_and_years() {
    for (day, next) in [
        ("2028-02-28", "20280229"),
        ("2027-02-28", "20270301"),
        ("2026-12-31", "20270101"),
    ] {
        let ics = review_meeting_ics("t", "d", date(day), "u", "20261128T170000Z");
        assert_eq!(value(&unfold(&ics), "DTEND;VALUE=DATE:"), Some(next));
    }
    let last = review_meeting_ics("t", "d", Date::MAX, "u", "20261128T170000Z");
    assert_eq!(value(&unfold(&last), "DTEND;VALUE=DATE:"), None);
}

#[test]
fn text_is_escaped() {
    let ics = review_meeting_ics(
        "Bilan; équipe, sponsor \\ DSI",
        "Ligne 1\nLigne 2\r\nLigne 3\rfin\u{7}",
        date("2027-05-28"),
        "uid,1;2",
        "2026-11-28T17:00:00Z\r\nX-EVIL:1",
    );
    let lines = unfold(&ics);
    assert_eq!(
        value(&lines, "SUMMARY:"),
        Some("Bilan\\; équipe\\, sponsor \\\\ DSI")
    );
    assert_eq!(
        value(&lines, "DESCRIPTION:"),
        Some("Ligne 1\\nLigne 2\\nLigne 3\\nfin")
    );
    assert_eq!(value(&lines, "UID:"), Some("uid\\,1\\;2"));
    assert_eq!(value(&lines, "DTSTAMP:"), Some("20261128T170000Z1"));
    assert!(!lines.iter().any(|l| l.starts_with("X-EVIL")));
}

#[test]
fn long_lines_are_folded_at_75_octets_without_splitting_characters() {
    let description =
        "Pacte de non-agression : l’équipe décide seule pendant six mois. ".repeat(8) + "😀é€";
    let ics = review_meeting_ics(
        "Rendez-vous",
        &description,
        date("2027-05-28"),
        "u",
        "20261128T170000Z",
    );
    let physical: Vec<&str> = ics.split_terminator("\r\n").collect();
    assert!(physical.len() > 15);
    for line in &physical {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(physical.iter().any(|l| l.starts_with(' ')));
    let lines = unfold(&ics);
    assert_eq!(
        value(&lines, "DESCRIPTION:").map(unescape),
        Some(description.clone())
    );
}

proptest! {
    #[test]
    fn any_text_survives_folding_and_escaping(title in any::<String>(), description in any::<String>()) {
        let ics = review_meeting_ics(&title, &description, date("2027-05-28"), "u", "20261128T170000Z");
        for line in ics.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        let lines = unfold(&ics);
        let keep = |text: &str| -> String {
            text.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| *c == '\n' || !c.is_control()).collect()
        };
        prop_assert_eq!(value(&lines, "SUMMARY:").map(unescape), Some(keep(&title)));
        prop_assert_eq!(value(&lines, "DESCRIPTION:").map(unescape), Some(keep(&description)));
    }
}

#[test]
fn the_share_link_is_only_there_when_asked_for() {
    let link = "https://example.org/#r=ABCDEF";
    let plain = review_meeting_ics(
        "Rendez-vous",
        "Refaire l’autodiagnostic",
        date("2027-05-28"),
        "u",
        "20261128T170000Z",
    );
    assert!(!plain.contains("#r="));
    let sharing = review_meeting_ics_sharing(
        "Rendez-vous",
        "Refaire l’autodiagnostic",
        link,
        date("2027-05-28"),
        "u",
        "20261128T170000Z",
    );
    let lines = unfold(&sharing);
    let description = value(&lines, "DESCRIPTION:").expect("description");
    assert_eq!(description, format!("Refaire l’autodiagnostic\\n{link}"));
}
