//! The checks of every fuzz target, one module per reader of outside input, shared by the fuzz
//! targets (`fuzz/fuzz_targets/`) and by the regression tests of the core
//! (`core/tests/fuzz_regressions.rs` includes this very file), so that an input the fuzzer once
//! failed on is replayed by `cargo test` with exactly the checks that found it.
//!
//! Every reader runs against two banks: the built-in one (version 2, what users have, with its
//! migration from version 1) and the version-3 test bank (`core/tests/fixtures/bank-v3.toml`: one
//! question removed, one reworded, one new, with migrations from versions 1 and 2), so that the
//! migration paths of every reader are fuzzed as well. Each `check` must not panic on any input: a panic or a failed assertion is
//! what the fuzzer reports.

use assessment_core::{assess, parse_bank_toml, Answers, Bank, Score};
use std::sync::OnceLock;

/// The version-3 test bank, as the core's migration tests read it.
pub const BANK_V3_TOML: &str = include_str!("../../core/tests/fixtures/bank-v3.toml");

/// The built-in bank and the version-3 test bank, read once.
pub fn banks() -> &'static [Bank; 2] {
    static BANKS: OnceLock<[Bank; 2]> = OnceLock::new();
    BANKS.get_or_init(|| {
        [
            assessment_core::bank::built_in(),
            parse_bank_toml(BANK_V3_TOML).expect("the version-3 fixture is valid"),
        ]
    })
}

/// `data` as text: every reader takes `&str` (the browser hands it UTF-16 turned into UTF-8),
/// so other bytes are only decoded lossily, which still reaches the readers.
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

fn score_ok(score: Option<Score>) -> bool {
    score.is_none_or(|score| score <= Score::MAX)
}

/// What must hold of answers any reader accepted for `bank`: one slot per question, and scores
/// recomputed from them within 0 to 10 (100 tenths), with counts that add up.
pub fn check_answers(bank: &Bank, answers: &Answers) {
    assert_eq!(
        answers.slots().len(),
        bank.question_count(),
        "one answer slot per question"
    );
    let assessment = assess(bank, answers);
    assert_eq!(assessment.problems.len(), bank.problems.len());
    for (problem, result) in bank.problems.iter().zip(&assessment.problems) {
        assert!(score_ok(result.score), "problem score over 10: {result:?}");
        assert_eq!(
            result.scored + result.blind_spots + result.unanswered,
            problem.questions.len(),
            "every question counted once"
        );
        assert_eq!(result.score.is_some(), result.scored > 0);
    }
    assert!(score_ok(assessment.overall.score), "overall score over 10");
    assert_eq!(
        assessment.overall.unanswered,
        answers.slots().iter().filter(|s| s.is_none()).count()
    );
}

pub mod answer_code {
    //! The answer code (`PI1.…`), its share link (`#r=…`) and the scanner that finds codes in pasted
    //! chat text. Nothing may panic; a code that decodes must encode back to a code that decodes to
    //! the same answers, nonce and role; a fragment's code survives `share_fragment`; every token the
    //! scanner finds has the shape of a code.
    use super::{banks, check_answers, text};
    use assessment_core::{
        code_from_fragment, decode_code, encode_code, find_codes, share_fragment, Bank,
    };

    fn check_code(bank: &Bank, text: &str) {
        let Ok(code) = decode_code(bank, text) else {
            return;
        };
        check_answers(bank, &code.answers);
        assert!(u32::from(code.bank_version) <= bank.version);
        // Written again, a carried-over code is a code of this bank's own version.
        let again = encode_code(bank, &code.answers, code.nonce, code.role);
        let decoded = decode_code(bank, &again).expect("an encoded code decodes");
        assert_eq!(u32::from(decoded.bank_version), bank.version);
        assert_eq!(decoded.answers, code.answers, "{text:?} -> {again}");
        assert_eq!(decoded.nonce, code.nonce);
        assert_eq!(decoded.role, code.role);
        assert_eq!(
            encode_code(bank, &decoded.answers, decoded.nonce, decoded.role),
            again
        );
        // The same code as a share link.
        assert_eq!(decode_code(bank, &share_fragment(&again)), Ok(decoded));
    }

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        let text = text.as_ref();
        if let Some(code) = code_from_fragment(text) {
            assert!(!code.is_empty() && !code.contains('&'));
            assert_eq!(code_from_fragment(&share_fragment(code)), Some(code));
        }
        let candidates = find_codes(text);
        let line_count = text.lines().count();
        let mut previous_line = 1;
        for candidate in &candidates {
            let bytes = candidate.text.as_bytes();
            assert!(
                candidate.text.starts_with("PI")
                    && bytes.len() >= 4
                    && bytes[2].is_ascii_digit()
                    && bytes[3] == b'.'
            );
            assert!(bytes[4..]
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_'));
            assert!(candidate.line >= previous_line && candidate.line <= line_count);
            previous_line = candidate.line;
        }
        for bank in banks() {
            check_code(bank, text);
            for candidate in &candidates {
                check_code(bank, &candidate.text);
            }
        }
    }
}

pub mod stored_state {
    //! The stored state (`localStorage`, `problemes-imaginaires/state`), with migration from an
    //! earlier bank version, and the session restored from it. Nothing may panic; a state that reads
    //! must have one answer slot per question (history included), a step that exists, scores within
    //! 0 to 10, and must read back unchanged, with nothing left to migrate, once written again.
    use super::{banks, check_answers, text};
    use assessment_core::{encode_stored_checked, restore_stored, Session, Step};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        for bank in banks() {
            let Ok(restored) = restore_stored(bank, &text) else {
                continue;
            };
            let state = &restored.state;
            check_answers(bank, &state.answers);
            for entry in &state.history {
                check_answers(bank, &entry.answers);
            }
            if let Step::Problem(at) = state.step {
                assert!(
                    at < bank.problems.len(),
                    "step on a problem that does not exist"
                );
            }
            assert_eq!(
                restored.migrated_from.is_some(),
                restored.notice(assessment_core::Lang::FR).is_some()
            );
            let again =
                encode_stored_checked(bank, state).expect("what was read fits when written");
            let reread = restore_stored(bank, &again).expect("what was written reads");
            assert_eq!(&reread.state, state);
            assert_eq!(reread.migrated_from, None);
            if let Some(session) = Session::restore(bank, state.clone()) {
                check_answers(bank, &session.to_stored().answers);
            }
        }
    }
}

pub mod result_import {
    //! The result file (`problemes-imaginaires/result`, JSON export of one person's assessment),
    //! with migration from an earlier bank version. Nothing may panic; a file that reads must give
    //! one answer slot per question and scores within 0 to 10, and exporting it again must read back
    //! to the same answers, notes, language, date and nonce, with nothing left to migrate.
    use super::{banks, check_answers, text};
    use assessment_core::{export_json, import_json_migrating, Lang};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        // The round trip (a full export, then reading it) runs with one bank per input, chosen by
        // its length, so that the target keeps the pace needed for ten million executions.
        let chosen = text.len() % 2;
        for (at, bank) in banks().iter().enumerate() {
            let Ok(import) = import_json_migrating(bank, &text) else {
                continue;
            };
            let result = &import.result;
            check_answers(bank, &result.answers);
            assert_eq!(
                import.migrated_from.is_some(),
                import.notice(Lang::EN).is_some()
            );
            if at != chosen {
                continue;
            }
            let again = export_json(
                bank,
                &result.answers,
                &result.notes,
                result.lang,
                result.date,
                result.nonce,
            );
            let reread = import_json_migrating(bank, &again).expect("an exported result reads");
            assert_eq!(&reread.result, result);
            assert_eq!(reread.migrated_from, None);
        }
    }
}

pub mod history_import {
    //! The history file (`problemes-imaginaires/history`), with migration of each entry's code.
    //! Nothing may panic; a file that reads holds at most the documented number of entries, each
    //! with one answer slot per question and scores within 0 to 10; exported again, it reads back to
    //! the same entries with nothing left to migrate; comparing two entries never panics.
    use super::{banks, check_answers, text};
    use assessment_core::history::MAX_HISTORY_ENTRIES;
    use assessment_core::{compare, export_history_json, import_history_json_migrating};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        for bank in banks() {
            let Ok(import) = import_history_json_migrating(bank, &text) else {
                continue;
            };
            assert!(import.entries.len() <= MAX_HISTORY_ENTRIES);
            for entry in &import.entries {
                check_answers(bank, &entry.answers);
            }
            if let (Some(first), Some(last)) = (import.entries.first(), import.entries.last()) {
                let comparison = compare(bank, first, last);
                assert_eq!(comparison.problems.len(), bank.problems.len());
            }
            let again = export_history_json(bank, &import.entries);
            let reread =
                import_history_json_migrating(bank, &again).expect("an exported history reads");
            assert_eq!(reread.entries, import.entries);
            assert_eq!(reread.migrated_from, None);
        }
    }
}

pub mod team_paste {
    //! The team view's readers: a pasted text (chat conversation, links, bare codes) and a dropped
    //! result file, into a `Collection`, then the team aggregate. Nothing may
    //! panic; the documented limits hold (submissions, rejections kept); pasting the same text again
    //! adds nothing; the aggregate counts every person once, keeps the *k* rule and its figures
    //! within 0 to 10.
    use super::{banks, check_answers, text};
    use assessment_core::team::{DEFAULT_K, MAX_CODES, MAX_REJECTIONS_KEPT};
    use assessment_core::{Collection, Lang, Score, TeamResult};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        // The costly checks run with one bank per input, chosen by its length, so that the target
        // keeps the pace needed for ten million executions.
        let chosen = text.len() % 2;
        for (at, bank) in banks().iter().enumerate() {
            let mut collection = Collection::new();
            let report = collection.add_text(bank, &text);
            assert!(report.rejected.len() <= MAX_REJECTIONS_KEPT);
            assert!(collection.len() <= MAX_CODES);
            assert_eq!(report.accepted, collection.len());
            let _ = report.summary(Lang::FR);
            let _ = report.same_nonce_message(Lang::EN);
            if at == chosen {
                let before = collection.clone();
                let again = collection.add_text(bank, &text);
                assert_eq!(again.accepted, 0, "the same paste twice adds nothing");
                assert_eq!(collection, before);
                // The same text as a dropped result file: one file, one outcome.
                let file = collection.add_json_file(bank, "fuzz.json", &text);
                assert!(file.accepted + file.duplicates + file.rejected.len() == 1);
            }
            if collection.is_empty() {
                continue;
            }
            let team = TeamResult::compute(bank, &collection, DEFAULT_K);
            assert_eq!(team.people, collection.len());
            check_answers(bank, &team.median_answers);
            for problem in &team.problems {
                assert!(problem.scored <= team.people);
                if let Some(stats) = &problem.stats {
                    assert!(stats.count >= team.k, "figures shown below k");
                    assert!(stats.min <= stats.max && stats.max <= Score::MAX);
                }
            }
        }
    }
}

pub mod bank_toml {
    //! A bank file (`bank.toml`, read at run time behind the core's `toml` feature): TOML syntax,
    //! then `validate_bank`. Nothing may panic; a bank that validates must be usable: every question
    //! indexed in order, empty and full answers scored within 0 to 10, a code written for it decodes
    //! to the same answers, and every migration it declares carries answers over.
    use super::{check_answers, text};
    use assessment_core::{decode_code, encode_code, parse_bank_toml, Answer, Answers};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        let Ok(bank) = parse_bank_toml(&text) else {
            return;
        };
        for (at, question) in bank.questions().enumerate() {
            assert_eq!(question.index, at, "questions indexed in bank order");
            assert!(question.problem < bank.problems.len());
        }
        let empty = Answers::for_bank(&bank);
        check_answers(&bank, &empty);
        // One full set of answers per input, chosen by its length, to keep the pace.
        for answer in [Answer::ALL[text.len() % Answer::ALL.len()]] {
            let mut answers = Answers::for_bank(&bank);
            for index in 0..bank.question_count() {
                answers.set(index, answer);
            }
            check_answers(&bank, &answers);
            if bank.question_count() <= 255 {
                let code = encode_code(&bank, &answers, 7, None);
                let decoded = decode_code(&bank, &code).expect("a code for this bank decodes");
                assert_eq!(decoded.answers, answers);
            }
        }
        for migration in &bank.migrations {
            let from = migration.from;
            let count = bank
                .question_count_of(from)
                .expect("a declared version has a count");
            let migrated = bank
                .migrate(from, &vec![Some(Answer::Often); count])
                .expect("a declared migration carries answers over");
            check_answers(&bank, &migrated.answers);
        }
    }
}

pub mod query_params {
    //! URL parameters and the iframe's messages: `QueryParams` (every page's `?…`), `EmbedOptions`
    //! (`?embed=1&lang=…&theme=…&heading=…&origin=…&events=…`), `FrameHost` with the browser's
    //! `ancestorOrigins`, `normalise_origin`, `percent_decode`, the share fragment (`#r=…`) and the
    //! iframe-resizer init message. The input is split at its first NUL byte: query, then ancestor
    //! origin / message. Nothing may panic; the options stay within their documented values; an
    //! origin is exact and stable; a frame never shares the full page's storage key; `completed` is
    //! only sent to the declared origin, and only when it is the framing page's own.
    use super::text;
    use assessment_core::embed::{
        normalise_origin, percent_decode, resizer_frame_id, resizer_message, FrameHost, QueryParams,
    };
    use assessment_core::{code_from_fragment, EmbedOptions};

    fn check_origin(text: &str) {
        if let Some(origin) = normalise_origin(text) {
            assert_eq!(
                normalise_origin(&origin).as_deref(),
                Some(origin.as_str()),
                "stable"
            );
            let (scheme, rest) = origin.split_once("://").expect("scheme://host");
            assert!(scheme == "http" || scheme == "https");
            assert!(!rest.is_empty());
            assert!(rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.:".contains(&b)));
        }
    }

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        let (query, other) = text.split_once('\0').unwrap_or((&text, ""));
        let params = QueryParams::parse(query);
        let _ = params.get("lang");
        assert!(percent_decode(query).len() <= query.len() * 3, "no blow-up");
        let _ = code_from_fragment(query);
        check_origin(query);
        check_origin(other);
        if let Some(options) = EmbedOptions::from_query(query) {
            assert!((1..=6).contains(&options.heading_level));
            if let Some(origin) = &options.host_origin {
                assert_eq!(normalise_origin(origin).as_ref(), Some(origin));
            }
            assert!(!options.send_completed || options.host_origin.is_some());
            for ancestor in [None, Some(other)] {
                let host = FrameHost::new(&options, ancestor);
                let key = host.storage_key("pi:v1");
                assert!(
                    key.starts_with("pi:v1@") && key != "pi:v1",
                    "a frame has its own key"
                );
                if let Some(to) = &host.completed_to {
                    assert!(options.send_completed);
                    assert_eq!(Some(to), options.host_origin.as_ref());
                    if let Some(ancestor) = ancestor.and_then(normalise_origin) {
                        assert_eq!(&ancestor, to, "completed only to the framing page");
                    }
                }
                let target = host.message_target();
                assert!(target == "*" || normalise_origin(target).as_deref() == Some(target));
            }
        }
        if let Some(id) = resizer_frame_id(other) {
            assert!(!id.is_empty() && id.len() <= 128 && !id.contains(':'));
            assert_eq!(
                resizer_frame_id(&resizer_message(id, 480, 640, "init")),
                Some(id)
            );
        }
    }
}

pub mod storage_keys {
    //! Keys found in the browser's storage (any extension or other page version can write them),
    //! read by the backup module: `backups_of` must only offer keys that exist and belong to the main
    //! key, in a stable order, and `new_backup_key` must never reuse an existing key. Input: one key
    //! per line; the first line is the main key.
    use super::text;
    use assessment_core::backup::{backups_of, new_backup_key};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        let mut lines = text.split('\n');
        let main_key = lines.next().unwrap_or_default();
        let keys: Vec<String> = lines.map(String::from).collect();
        let found = backups_of(main_key, &keys);
        for backup in &found {
            assert!(keys.contains(&backup.key), "only existing keys");
            assert!(backup.key.starts_with(main_key));
            assert_ne!(backup.key, main_key, "never the main key itself");
            let name = backup.file_name();
            assert!(name.ends_with(".json") && !name.contains([':', '/', '\\']));
            let _ = backup.taken_label();
        }
        let mut reversed = keys.clone();
        reversed.reverse();
        assert_eq!(backups_of(main_key, &reversed).len(), found.len());
        for timestamp in [
            "2026-12-02T07:05:33.123Z",
            keys.first().map_or("", String::as_str),
        ] {
            let key = new_backup_key(main_key, timestamp, &keys);
            assert!(
                !keys.contains(&key) || keys.len() > 1000,
                "a new key is new"
            );
        }
    }
}

pub mod form_fields {
    //! The small values read from form fields, files and attributes: a date (`YYYY-MM-DD`, the
    //! review date and every file's `date`), a role key, a language tag, an answer key. Nothing may
    //! panic; a date that reads writes back to the same text and stays within its range.
    use super::text;
    use assessment_core::{Answer, Date, Lang, Role};

    /// Runs the checks on one input.
    pub fn check(data: &[u8]) {
        let text = text(data);
        if let Ok(date) = Date::parse(&text) {
            assert_eq!(date.to_string(), text.trim());
            assert!(Date::MIN <= date && date <= Date::MAX);
            assert_eq!(
                Date::from_days_since_epoch(date.days_since_epoch()),
                Some(date)
            );
            let _ = date.add_months(i32::from(data.first().copied().unwrap_or(0)) - 128);
            let _ = date.add_days(i64::from(data.last().copied().unwrap_or(0)) * 1000);
        }
        if let Some(role) = Role::from_key(&text) {
            assert_eq!(role.key(), text.as_ref());
        }
        if let Some(lang) = Lang::from_tag(&text) {
            assert!(assessment_core::i18n::language_info(lang).is_some());
        }
        if let Some(answer) = Answer::from_key(&text) {
            assert_eq!(answer.key(), text.as_ref());
        }
    }
}
