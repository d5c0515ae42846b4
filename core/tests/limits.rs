//! Hostile or mistaken input at the documented limits: every reader of pasted text is linear,
//! every list has a bound with its sentence, and user text cannot change an export's markup.
//! Timings are asserted in the debug build too, so they hold with a wide margin in release.

mod team_support;

use assessment_core::history::MAX_HISTORY_ENTRIES;
use assessment_core::team::{
    AddReport, Origin, Refusal, Rejected, MAX_CODES, MAX_PASTE_BYTES, MAX_REJECTIONS_KEPT,
};
use assessment_core::{
    csv_cell, encode_code, escape_markdown, export_csv, export_history_json, export_markdown,
    find_codes, import_history_json, Action, Answer, Answers, CodeError, Collection, Date,
    HistoryEntry, ImportError, Lang, Session,
};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};
use team_support::{real_bank, small_bank};

/// Held by every test of this file, so that the timed ones do not share the processor with
/// the others.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn alone() -> MutexGuard<'static, ()> {
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The fastest of three runs: the machine is shared, and one slow run says nothing.
fn best_of_3(mut run: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// `unit` repeated to the largest length at most [`MAX_PASTE_BYTES`].
fn at_limit(unit: &str) -> String {
    unit.repeat(MAX_PASTE_BYTES / unit.len())
}

/// Deterministic junk at the limit: code-like pieces, link pieces, letters, digits, spaces,
/// line breaks, accents, in a xorshift32 order.
fn junk() -> String {
    let pieces = [
        "PI1.", "PI", "#r=", "&r=", "A", "z", "0", "9", "-", "_", " ", "\n", "\r\n", "é", "😀",
        "API1.", "PI1.AAAA", "#", "&", ".", "\t",
    ];
    let mut state: u32 = 0x9e37_79b9;
    let mut out = String::with_capacity(MAX_PASTE_BYTES);
    loop {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let piece = pieces[state as usize % pieces.len()];
        if out.len() + piece.len() > MAX_PASTE_BYTES {
            break out;
        }
        out.push_str(piece);
    }
}

/// `PI1.` followed by three characters counting up, each token different from the previous
/// one, to the limit.
fn distinct_codes() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(MAX_PASTE_BYTES);
    for n in 0.. {
        if out.len() + 9 > MAX_PASTE_BYTES {
            break;
        }
        out.push_str("PI1.");
        for shift in [12, 6, 0] {
            out.push(char::from(ALPHABET[(n >> shift) & 63]));
        }
        out.push(if n % 40 == 39 { '\n' } else { ' ' });
    }
    out
}

fn assert_fast(what: &str, elapsed: Duration) {
    eprintln!("{what}: {elapsed:?}");
    assert!(elapsed < Duration::from_secs(1), "{what}: {elapsed:?}");
}

#[test]
fn pastes_at_the_limit_are_read_in_well_under_a_second() {
    let _alone = alone();
    let bank = real_bank();
    for (what, text) in [
        ("#r= repeated", at_limit("#r=")),
        ("&r= repeated", at_limit("&r=")),
        ("PI1. repeated", at_limit("PI1. ")),
        ("PI1.#r= on one line", at_limit("PI1.#r=")),
        ("junk", junk()),
        ("distinct short codes", distinct_codes()),
    ] {
        assert!(text.len() <= MAX_PASTE_BYTES, "{what}");
        let mut report = AddReport::default();
        let elapsed = best_of_3(|| report = Collection::new().add_text(&bank, &text));
        assert_fast(what, elapsed);
        assert!(report.paste_too_large.is_none(), "{what}");
        assert!(report.rejected.len() <= MAX_REJECTIONS_KEPT, "{what}");
        // find_codes is linear too, but gives one `String` per token: timed by the bench.
        assert!(find_codes(&text).len() <= text.len() / 4, "{what}");
    }
}

#[test]
fn rejections_beyond_the_limit_are_counted_not_kept() {
    let _alone = alone();
    let bank = real_bank();
    let text = at_limit("PI1. ");
    let report = Collection::new().add_text(&bank, &text);
    let found = text.len() / 5;
    assert_eq!(report.rejected.len(), MAX_REJECTIONS_KEPT);
    assert_eq!(report.rejected_not_kept, found - MAX_REJECTIONS_KEPT);
    assert_eq!(report.rejected_count(), found);
    assert_eq!(
        report.summary(Lang::EN),
        format!("0 codes accepted, 0 duplicates ignored, {found} refused.")
    );
    let links = at_limit("#r=");
    let report = Collection::new().add_text(&bank, &links);
    assert_eq!(report.rejected_count(), links.len() / 3);
    assert_eq!(report.rejected.len(), MAX_REJECTIONS_KEPT);
    // Merging reports keeps the bound too.
    let mut merged = AddReport::default();
    for _ in 0..3 {
        merged.merge(report.clone());
    }
    assert_eq!(merged.rejected.len(), MAX_REJECTIONS_KEPT);
    assert_eq!(merged.rejected_count(), 3 * report.rejected_count());
    let one = Rejected {
        origin: Origin::File {
            name: "a.json".into(),
        },
        reason: Refusal::Code(CodeError::NotACode),
    };
    merged.merge(AddReport {
        rejected: vec![one],
        ..AddReport::default()
    });
    assert_eq!(merged.rejected_count(), 3 * report.rejected_count() + 1);
}

#[test]
fn a_paste_over_the_limit_is_refused_whole_with_a_sentence() {
    let _alone = alone();
    let bank = small_bank();
    let code = encode_code(&bank, &Answers::for_bank(&bank), 1, None);
    let mut text = format!("{code}\n");
    text.push_str(&" ".repeat(MAX_PASTE_BYTES + 1 - text.len()));
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &text);
    assert_eq!(report.paste_too_large, Some(MAX_PASTE_BYTES + 1));
    assert!(collection.is_empty(), "nothing is added");
    assert_eq!((report.accepted, report.rejected_count()), (0, 0));
    assert!(!report.is_empty());
    assert_eq!(
        report.summary(Lang::FR),
        "Ce texte dépasse 5\u{a0}Mo, la taille maximale d’un collage\u{202f}: rien n’a été lu. Collez-le en plusieurs fois."
    );
    assert_eq!(
        report.summary(Lang::EN),
        "This text is larger than 5 MB, the most one paste can hold: nothing was read. Paste it in several parts."
    );
    // One byte less is read.
    text.pop();
    let report = collection.add_text(&bank, &text);
    assert_eq!((report.accepted, report.paste_too_large), (1, None));
}

#[test]
fn a_full_collection_refuses_more_codes_with_a_sentence() {
    let _alone = alone();
    let bank = small_bank();
    let mut answers = Answers::for_bank(&bank);
    answers.set(0, Answer::Often);
    let codes: Vec<String> = (0..MAX_CODES as u32 + 5)
        .map(|nonce| encode_code(&bank, &answers, nonce, None))
        .collect();
    let mut collection = Collection::new();
    let start = Instant::now();
    let report = collection.add_text(&bank, &codes.join("\n"));
    assert_fast("10,005 codes", start.elapsed());
    assert_eq!((report.accepted, report.over_capacity), (MAX_CODES, 5));
    assert_eq!(collection.len(), MAX_CODES);
    assert_eq!(
        report.summary(Lang::FR),
        "10\u{a0}000 codes acceptés, 0 doublon ignoré, 0 refusé. La collecte a atteint sa limite de 10\u{202f}000 codes\u{202f}: 5 codes de plus n’ont pas été ajoutés. Pour une campagne plus grande, faites plusieurs collectes."
            .replace("10\u{a0}000 codes acceptés", "10000 codes acceptés")
    );
    assert_eq!(
        report.over_capacity_message(Lang::EN).as_deref(),
        Some("The collection has reached its limit of 10,000 codes: 5 more codes were not added. For a larger campaign, split it into several collections.")
    );
    // The first codes in reading order were kept: the last five are still refused, and a
    // known one is still a duplicate.
    let report = collection.add_text(&bank, &codes[MAX_CODES..].join("\n"));
    assert_eq!((report.accepted, report.over_capacity), (0, 5));
    let report = collection.add_text(&bank, &codes[0]);
    assert_eq!((report.duplicates, report.over_capacity), (1, 0));
    assert_eq!(report.over_capacity_message(Lang::FR), None);
}

fn day(n: i64) -> Date {
    Date::from_days_since_epoch(20_000 + n).expect("date")
}

fn entries(bank: &assessment_core::Bank, nonces: std::ops::Range<u32>) -> Vec<HistoryEntry> {
    nonces
        .map(|nonce| {
            let mut answers = Answers::for_bank(bank);
            answers.set(nonce as usize % 5, Answer::Always);
            HistoryEntry {
                date: day(i64::from(nonce % 97)),
                nonce,
                answers,
            }
        })
        .collect()
}

#[test]
fn history_imports_are_bounded_with_a_sentence() {
    let _alone = alone();
    let bank = small_bank();
    let full = entries(&bank, 0..MAX_HISTORY_ENTRIES as u32);
    let text = export_history_json(&bank, &full);
    let start = Instant::now();
    assert_eq!(import_history_json(&bank, &text), Ok(full));
    assert_fast("history import at the limit", start.elapsed());
    let over = export_history_json(&bank, &entries(&bank, 0..MAX_HISTORY_ENTRIES as u32 + 1));
    let error = import_history_json(&bank, &over).expect_err("over the limit");
    assert_eq!(
        error,
        ImportError::TooManyEntries {
            count: MAX_HISTORY_ENTRIES + 1,
            limit: MAX_HISTORY_ENTRIES
        }
    );
    assert_eq!(
        error.message(Lang::FR),
        "Ce fichier contient 1\u{202f}001 entrées d’historique, plus que les 1\u{202f}000 que cette page garde\u{202f}: il ne peut pas être importé. Choisissez un historique exporté par cet outil."
    );
    assert_eq!(
        error.message(Lang::EN),
        "This file holds 1,001 history entries, more than the 1,000 this page keeps: it cannot be imported. Choose a history exported by this tool."
    );
}

#[test]
fn merging_histories_at_the_limit_is_fast_and_keeps_the_newest() {
    let _alone = alone();
    let bank = small_bank();
    let limit = MAX_HISTORY_ENTRIES as u32;
    let session = Session::new(&bank, Lang::FR);
    let mut merged = session.clone();
    let elapsed = best_of_3(|| {
        let first = session
            .apply(Action::MergeHistory(entries(&bank, 0..limit)))
            .expect("changed");
        // Half of them known (replaced), half new.
        merged = first
            .apply(Action::MergeHistory(entries(
                &bank,
                limit / 2..limit + limit / 2,
            )))
            .expect("changed");
    });
    assert_fast("two merges at the limit", elapsed);
    assert_eq!(merged.history.len(), MAX_HISTORY_ENTRIES);
    assert!(merged.history.windows(2).all(|w| w[0].date <= w[1].date));
    let nonces: std::collections::BTreeSet<u32> = merged.history.iter().map(|e| e.nonce).collect();
    assert_eq!(nonces.len(), MAX_HISTORY_ENTRIES, "one entry per nonce");
    // What was dropped is the oldest.
    let kept_oldest = merged.history[0].date;
    let all = entries(&bank, 0..limit + limit / 2);
    assert!(all
        .iter()
        .filter(|e| !nonces.contains(&e.nonce))
        .all(|e| e.date <= kept_oldest));
}

/// True when `needle` occurs in `text` without a backslash just before it.
fn unescaped(text: &str, needle: &str) -> bool {
    text.match_indices(needle)
        .any(|(at, _)| !text[..at].ends_with('\\'))
}

const HOSTILE: &str =
    "# Titre <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e/x.png)";

#[test]
fn notes_cannot_make_html_links_images_or_headings() {
    let _alone = alone();
    let bank = real_bank();
    let answers = Answers::for_bank(&bank);
    let notes = [
        HOSTILE.to_string(),
        "ok\n# h\n> q\n- l\n+ p\n  1. n\n2) m\n===\n---|---\n| a |\r<b>\r\n`c` *e* _u_ ~s~ \\"
            .to_string(),
    ];
    let day = Date::new(2026, 12, 2).expect("date");
    for lang in [Lang::FR, Lang::EN] {
        let markdown = export_markdown(
            &bank,
            &answers,
            &notes,
            lang,
            day,
            Some("javascript:alert(1)"),
        );
        let at = markdown.find("Titre").expect("the note is there");
        let notes_part = &markdown[markdown[..at].rfind("\n## ").expect("notes heading")..];
        let notes_part = &notes_part[4..notes_part.find("\n---\n").expect("credit")];
        for forbidden in [
            "<script",
            "<b>",
            "](",
            "![",
            "<javascript",
            "\n#",
            "\n>",
            "\n-",
            "\n+",
            "\n1.",
            "\n2)",
            "\n===",
            "\n|",
            "\r<",
            "`c`",
            "*e*",
            "_u_",
            "~s~",
        ] {
            assert!(
                !unescaped(notes_part, forbidden),
                "{forbidden:?} in {notes_part}"
            );
        }
        assert!(notes_part.contains(
            "\\# Titre \\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\) \\!\\[i\\]\\(http://e/x.png\\)"
        ));
        assert!(
            notes_part.contains("javascript:alert\\(1\\)"),
            "the URL is text"
        );
    }
    assert_eq!(escape_markdown("  1. x"), "  1\\. x");
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
    let _alone = alone();
    for (cell, expected) in [
        ("=1+1", "'=1+1"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-1", "-1"),
        ("+2,5", "+2,5"),
        ("-3.0", "-3.0"),
        ("-", "'-"),
        ("-1-1", "'-1-1"),
        ("a=b", "a=b"),
        ("", ""),
        ("– tiret", "– tiret"),
    ] {
        assert_eq!(csv_cell(cell), expected, "{cell:?}");
    }
    // Through the export: a bank whose statement starts with `=`.
    let source = team_support::small_bank_with(
        "text.en = \"We wait for sign-offs.\"",
        "text.en = \"=HYPERLINK(\\\"http://e\\\")\"",
    );
    let bank = assessment_core::parse_bank_toml(&source).expect("bank");
    let csv = export_csv(&bank, &Answers::for_bank(&bank), Lang::EN);
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://e\"\")\","), "{csv}");
}
