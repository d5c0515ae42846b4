//! A calendar file (RFC 5545) for the six-month review meeting, so the team can put the
//! "rendez-vous à 6 mois" of its pact in any calendar without an account anywhere.
//!
//! One all-day event: `DTSTART;VALUE=DATE` and `DTEND` the next day, text escaped, lines ending
//! in CRLF and folded at 75 octets without ever cutting a UTF-8 character in two.

use crate::date::Date;

/// The longest content line, in octets, before folding.
const LINE_OCTETS: usize = 75;

/// Escapes a TEXT value: backslash, `;`, `,` and line breaks (CRLF, CR or LF become `\n`).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT values.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (continuations start with one space), then CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        // The leading space counts in the next line's 75 octets.
        limit = LINE_OCTETS - 1;
    }
}

/// A calendar with one all-day event on `date`, whose description is `description` only.
///
/// The share link is left out on purpose: it carries every answer, unencrypted, and calendar
/// entries get copied to shared agendas and invitations. See [`review_meeting_ics_sharing`].
///
/// `uid` must be unique and stable for this meeting (e.g. built from the nonce), so importing
/// the file again updates the event rather than duplicating it. `stamp_utc` is the creation
/// time as `YYYYMMDDTHHMMSSZ` (e.g. `20261128T170000Z`), read by the UI from the browser's
/// clock; characters other than digits, `T` and `Z` are dropped from it.
pub fn review_meeting_ics(
    title: &str,
    description: &str,
    date: Date,
    uid: &str,
    stamp_utc: &str,
) -> String {
    calendar(title, description, date, uid, stamp_utc)
}

/// Like [`review_meeting_ics`], with `share_link` on its own line after the description: only
/// when the person asked for it, knowing the link holds all their answers.
pub fn review_meeting_ics_sharing(
    title: &str,
    description: &str,
    share_link: &str,
    date: Date,
    uid: &str,
    stamp_utc: &str,
) -> String {
    calendar(
        title,
        &format!("{description}\n{share_link}"),
        date,
        uid,
        stamp_utc,
    )
}

fn calendar(title: &str, description: &str, date: Date, uid: &str, stamp_utc: &str) -> String {
    let stamp: String = stamp_utc
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == 'T' || *c == 'Z')
        .collect();
    let mut out = String::new();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        // The release that wrote the file, like every export (RFC 5545 3.7.3: owner, product).
        format!(
            "PRODID:-//Problemes imaginaires//NONSGML Problemes imaginaires {}//FR",
            crate::VERSION
        ),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", date.compact()),
    ];
    // The day after 9999-12-31 cannot be written: an all-day event without DTEND lasts one day.
    if let Some(next) = date.add_days(1) {
        lines.push(format!("DTEND;VALUE=DATE:{}", next.compact()));
    }
    lines.extend([
        format!("SUMMARY:{}", escape_text(title)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ]);
    for line in &lines {
        push_folded(&mut out, line);
    }
    out
}
