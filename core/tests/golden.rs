//! Golden files: what earlier versions of the tool wrote (`tests/golden/`, written once by
//! `examples/write_golden.rs` from the inputs in `tests/golden_support`) must still read back
//! as the same answers, notes, dates and nonces, and writing the same inputs again must give
//! the same bytes. A fixture is never edited to make this test pass: a deliberate format change
//! is asserted here as a documented difference: the below-k figures of `team-small-en`, and,
//! from 0.4.0, the release version in every export (`with_version_*` below).

mod golden_support;

use assessment_core::{
    assess, decode_code, decode_stored, encode_code, encode_stored, escape_markdown, export_csv,
    export_history_json, export_json, export_markdown, export_team_csv, export_team_json,
    export_team_markdown, import_history_json, import_json, Collection, ImportedResult, Lang, Role,
    TeamResult, GENERATOR, VERSION,
};
use golden_support::*;

/// French typography as bank version 2 brought it (docs/content-changes.md): U+202F before
/// `; : ! ? »` and after `«`, U+00A0 before `%` and between a number and `mois`, `jours`,
/// `semaines`. The only documented difference between what the writers wrote before and write
/// now: a French golden file with this applied is what the writers now write, given the version-1
/// bank with this applied too (its texts had no non-breaking space either).
fn retypeset(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (at, &c) in chars.iter().enumerate() {
        let next = chars.get(at + 1).copied();
        let before = at.checked_sub(1).map(|i| chars[i]);
        if c == ' ' {
            let rest: String = chars[at + 1..].iter().take(9).collect();
            let unit = before.is_some_and(|b| b.is_ascii_digit())
                && ["mois", "jours", "semaines"].iter().any(|u| {
                    rest.starts_with(u)
                        && !rest[u.len()..].starts_with(|c: char| c.is_alphanumeric())
                });
            if matches!(next, Some(';' | ':' | '!' | '?' | '»')) || before == Some('«') {
                out.push('\u{202f}');
            } else if next == Some('%') || unit {
                out.push('\u{a0}');
            } else {
                out.push(c);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` with its French retypeset like [`retypeset`].
fn retypeset_french(text: &mut assessment_core::Text) {
    let french = retypeset(text.in_language("fr").unwrap_or_default());
    text.set("fr", french);
}

/// The version-1 bank with its French texts retypeset like [`retypeset`].
fn retypeset_bank() -> assessment_core::Bank {
    let mut bank = bank();
    for problem in &mut bank.problems {
        for text in [
            &mut problem.label,
            &mut problem.summary,
            &mut problem.lesson,
        ] {
            retypeset_french(text);
        }
        if let Some(story) = &mut problem.story {
            retypeset_french(story);
        }
        for fix in &mut problem.fixes {
            for text in [&mut fix.title, &mut fix.detail, &mut fix.source] {
                retypeset_french(text);
            }
        }
        for question in &mut problem.questions {
            retypeset_french(&mut question.text);
        }
    }
    bank
}

/// What a golden file must now be written as: French files retypeset, except what the person
/// wrote (`kept`: their notes, as the file spells them), which is never touched; English files
/// with no space before `;` (the team exports joined their notes with " ; ") and the band
/// "To watch" renamed "Needs watching", "Where to start" renamed "Start here", and the k threshold
/// called a hiding threshold rather than an anonymity one (a code is not anonymous); in both
/// languages the credit line names the beta.gouv.fr documentation besides the course.
fn now_written(name: &str, lang: Lang, kept: &[String]) -> String {
    let text = golden(name);
    match lang {
        Lang::FR => {
            // Retypeset the words around each kept text, not the kept text itself.
            let mut pieces = vec![text.as_str()];
            let mut out = String::new();
            for keep in kept.iter().filter(|k| !k.is_empty()) {
                let mut next = Vec::new();
                for piece in pieces {
                    let mut parts = piece.split(keep.as_str()).peekable();
                    while let Some(part) = parts.next() {
                        next.push(part);
                        if parts.peek().is_some() {
                            next.push(keep.as_str());
                        }
                    }
                }
                pieces = next;
            }
            for piece in pieces {
                if kept.iter().any(|k| k == piece) {
                    out += piece;
                } else {
                    out += &retypeset(piece);
                }
            }
            out.replace("Seuil d’anonymat", "Seuil de masquage").replace(
                "(séquence 4, «\u{202f}Survivre en milieu hostile\u{202f}»)\u{202f}:",
                "(séquence 4, «\u{202f}Survivre en milieu hostile\u{202f}») et la documentation beta.gouv.fr\u{202f}; chaque piste cite sa source\u{202f}:",
            )
        }
        _ => text
            .replace(" ; ", "; ")
            .replace("To watch", "Needs watching")
            .replace("Where to start", "Start here")
            .replace("Anonymity threshold", "Hiding threshold")
            .replace(
                "Questions and fixes written after the beta.gouv.fr / CNFPT course “Créer des services publics numériques innovants” (sequence 4, “Survivre en milieu hostile”):",
                "Questions and fixes based on the beta.gouv.fr / CNFPT course “Créer des services publics numériques innovants” (sequence 4, “Survivre en milieu hostile”) and the beta.gouv.fr documentation; each fix cites its source:",
            ),
    }
}

/// The bank the writers are given for `lang`: see [`now_written`].
fn writing_bank(lang: Lang) -> assessment_core::Bank {
    match lang {
        Lang::FR => retypeset_bank(),
        _ => bank(),
    }
}

/// Documented change (docs/export-format.md and docs/team-format.md, "Release version"): from
/// 0.4.0 a JSON export has `"appVersion"` right after `bank`. `old`, a file written before,
/// plus exactly that line.
fn with_version_json(old: &str) -> String {
    let bank_at = old.find("\n  \"bank\": {\n").expect("a bank member");
    let end =
        bank_at + old[bank_at..].find("\n  },\n").expect("the end of bank") + "\n  },\n".len();
    format!(
        "{}  \"appVersion\": \"{VERSION}\",\n{}",
        &old[..end],
        &old[end..]
    )
}

/// The same for a CSV export: one last row, the product and its version in the first cell and
/// the other cells empty (as many separators as the header row).
fn with_version_csv(old: &str, separator: char) -> String {
    let header = old.lines().next().expect("a header row");
    let empty_cells = header.matches(separator).count();
    format!(
        "{old}{}{}\r\n",
        GENERATOR,
        separator.to_string().repeat(empty_cells)
    )
}

/// The same for a Markdown export: one last paragraph after the credit line.
fn with_version_markdown(old: &str) -> String {
    format!("{old}\n{}\n", GENERATOR)
}

#[test]
fn the_version_is_cargos_and_the_generator_names_it() {
    assert_eq!(VERSION, env!("CARGO_PKG_VERSION"));
    assert_eq!(GENERATOR, format!("Problèmes imaginaires {VERSION}"));
    let parts: Vec<&str> = VERSION.split('.').collect();
    assert_eq!(parts.len(), 3, "SemVer major.minor.patch: {VERSION}");
    assert!(parts.iter().all(|p| p.parse::<u32>().is_ok()), "{VERSION}");
}

#[test]
fn stored_states_read_back_and_write_the_same_bytes() {
    let bank = bank();
    for (stem, state) in stored_states() {
        let text = golden(&format!("{stem}.json"));
        assert_eq!(decode_stored(&bank, &text), Ok(state.clone()), "{stem}");
        assert_eq!(encode_stored(&bank, &state), text, "{stem}");
    }
    let full = decode_stored(&bank, &golden("stored-full.json")).expect("full");
    assert_eq!(digits(&full.answers), "31425300425143215551242041322314");
    assert_eq!(full.history.len(), 3);
    assert_eq!(full.role, Some(Role::Management));
    assert_eq!(full.nonce, Some(3_735_928_559));
    assert_eq!(full.notes[1], "Appeler la DSI, vite\r\n— avant l’été");
    assert_eq!(full.pact.commitments, "Rendez-vous dans 6 mois\\");
    assert_eq!(full.review_date, Some(date("2027-05-28")));
}

#[test]
fn result_files_read_back_and_write_the_same_bytes() {
    let bank = bank();
    let day = date(RESULT_DATE);
    for (stem, lang, answers, notes) in results() {
        let json = golden(&format!("{stem}.json"));
        assert_eq!(
            import_json(&bank, &json),
            Ok(ImportedResult {
                answers: answers.clone(),
                notes: notes.clone(),
                lang,
                date: day,
                nonce: RESULT_NONCE,
            }),
            "{stem}"
        );
        let written = export_json(&bank, &answers, &notes, lang, day, RESULT_NONCE);
        assert_eq!(written, with_version_json(&json), "{stem}");
        assert_ne!(written, json, "{stem}: the version is written");
        // The new file reads back as the old one did.
        assert_eq!(
            import_json(&bank, &written),
            import_json(&bank, &json),
            "{stem}"
        );
        let writing = writing_bank(lang);
        let kept: Vec<String> = notes.iter().map(|note| escape_markdown(note)).collect();
        let separator = if lang == Lang::FR { ';' } else { ',' };
        assert_eq!(
            export_csv(&writing, &answers, lang),
            with_version_csv(&now_written(&format!("{stem}.csv"), lang, &[]), separator),
            "{stem}"
        );
        let share = (!stem.contains("empty")).then_some(SHARE_URL);
        assert_eq!(
            export_markdown(&writing, &answers, &notes, lang, day, share),
            with_version_markdown(&now_written(&format!("{stem}.md"), lang, &kept)),
            "{stem}"
        );
    }
}

#[test]
fn result_scores_are_those_of_the_answers() {
    let bank = bank();
    for (stem, overall, first) in [
        ("result-fr", "\"score\": \"4.0\"", "\"score\": \"2.7\""),
        ("result-en", "\"score\": \"4.0\"", "\"score\": \"2.7\""),
        ("result-empty-en", "\"score\": null", "\"score\": null"),
    ] {
        let text = golden(&format!("{stem}.json"));
        let imported = import_json(&bank, &text).expect(stem);
        let assessment = assess(&bank, &imported.answers);
        let expected = assessment
            .overall
            .score
            .map_or("null".to_string(), |s| format!("\"{}\"", s.format('.')));
        assert!(overall.ends_with(&expected), "{stem}: {expected}");
        assert!(text.contains(overall), "{stem}");
        assert!(text.contains(first), "{stem}");
        // A file whose scores were edited still gives the answers' own scores.
        let edited = text.replace(overall, "\"score\": \"9.9\"");
        let reread = import_json(&bank, &edited).expect(stem);
        assert_eq!(assess(&bank, &reread.answers), assessment, "{stem}");
    }
}

#[test]
fn the_history_file_reads_back_and_writes_the_same_bytes() {
    let bank = bank();
    let text = golden("history.json");
    assert_eq!(import_history_json(&bank, &text), Ok(history()));
    let written = export_history_json(&bank, &history());
    assert_eq!(written, with_version_json(&text));
    assert_eq!(import_history_json(&bank, &written), Ok(history()));
}

#[test]
fn answer_codes_decode_to_their_answers_and_encode_back() {
    let bank = bank();
    let text = golden("codes.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines.len(), 20);
    assert!(lines[0].starts_with(&format!("{WORKED_EXAMPLE}\t")));
    for (line, fixture) in lines.iter().zip(codes()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [code, answers, role, nonce] = fields[..] else {
            panic!("four fields: {line}");
        };
        assert_eq!(answers, fixture.digits, "{line}");
        assert_eq!(role, role_key(fixture.role), "{line}");
        assert_eq!(nonce, fixture.nonce.to_string(), "{line}");
        let decoded = decode_code(&bank, code).expect(line);
        assert_eq!(digits(&decoded.answers), answers, "{line}");
        assert_eq!(decoded.role, fixture.role, "{line}");
        assert_eq!(decoded.nonce, fixture.nonce, "{line}");
        assert_eq!(
            encode_code(&bank, &decoded.answers, decoded.nonce, decoded.role),
            code
        );
    }
}

#[test]
fn team_exports_write_the_same_bytes() {
    let bank = bank();
    let codes = golden("team-codes.txt");
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &codes);
    assert_eq!((report.accepted, report.rejected.len()), (7, 0));
    for (line, fixture) in codes.lines().zip(team_codes()) {
        let decoded = decode_code(&bank, line).expect(line);
        assert_eq!(digits(&decoded.answers), fixture.digits);
        assert_eq!((decoded.nonce, decoded.role), (fixture.nonce, fixture.role));
    }
    let result = TeamResult::compute(&bank, &collection, 3);
    let day = date(TEAM_DATE);
    for (lang, suffix) in [(Lang::FR, "fr"), (Lang::EN, "en")] {
        let writing = writing_bank(lang);
        assert_eq!(
            export_team_json(&writing, &result, lang, day),
            with_version_json(&now_written(&format!("team-{suffix}.json"), lang, &[])),
            "{suffix}"
        );
        let separator = if lang == Lang::FR { ';' } else { ',' };
        assert_eq!(
            export_team_csv(&writing, &result, lang),
            with_version_csv(
                &now_written(&format!("team-{suffix}.csv"), lang, &[]),
                separator
            ),
            "{suffix}"
        );
        assert_eq!(
            export_team_markdown(&writing, &result, lang, day),
            with_version_markdown(&now_written(&format!("team-{suffix}.md"), lang, &[])),
            "{suffix}"
        );
    }
    let mut small = Collection::new();
    let two: Vec<&str> = codes.lines().take(2).collect();
    small.add_text(&bank, &two.join("\n"));
    let small = TeamResult::compute(&bank, &small, 3);
    // Documented change (docs/team-format.md): from this version, below k the per-problem
    // figures are omitted. The file written before, with figures, differs exactly by that.
    // And, from 0.4.0, by the release version.
    let mut expected: serde_json::Value =
        serde_json::from_str(&with_version_json(&golden("team-small-en.json")))
            .expect("golden JSON");
    let mut any_hidden = false;
    for problem in expected["problems"].as_array_mut().expect("problems") {
        if problem["scored"].as_u64().unwrap_or(0) > 0 {
            problem["stats"] = serde_json::Value::Null;
            problem["band"] = "none".into();
            problem["hidden"] = "fewer-than-k".into();
            any_hidden = true;
        }
    }
    assert!(any_hidden);
    expected["rules"]["belowK"] = "Fewer than 3 people: the detail per question and the figures per problem (minimum, median, maximum, quartiles, band) are hidden, because with so few answers they would let someone’s score be recognised. Only the number of answers received is given.".into();
    let written = export_team_json(&bank, &small, Lang::EN, day);
    let actual: serde_json::Value = serde_json::from_str(&written).expect("written JSON");
    assert_eq!(actual, expected);
    for figure in ["\"min\"", "\"median\"", "\"max\"", "\"q1\""] {
        assert!(!written.contains(figure), "{figure}");
    }
}

#[test]
fn result_files_join_a_team_like_their_code() {
    let bank = bank();
    let mut collection = Collection::new();
    let report = collection.add_json_file(&bank, "fr.json", &golden("result-fr.json"));
    assert_eq!((report.accepted, report.rejected.len()), (1, 0));
    // The English file is the same submission (same nonce, same answers).
    let report = collection.add_json_file(&bank, "en.json", &golden("result-en.json"));
    assert_eq!((report.accepted, report.duplicates), (0, 1));
    let code = encode_code(&bank, &result_answers(), RESULT_NONCE, None);
    let report = collection.add_text(&bank, &code);
    assert_eq!((report.accepted, report.duplicates), (0, 1));
}
