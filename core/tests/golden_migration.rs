//! What users already saved with version 1 of the built-in bank (the golden files in
//! `tests/golden/`) read by a later bank that removes, rewords and adds questions
//! (`fixtures/bank-v3.toml`, the fake version 3: A6 removed, B3 reworded as B3b, C9 new; called
//! `v2` below, as it was written when it was the fake version 2): every reader carries the answers over, keeps everything else, and says so
//! in one line. Version 1 itself still reads them exactly as before (`tests/golden.rs`).

mod golden_support;

use assessment_core::{
    assess, decode_code, decode_stored, encode_stored, export_history_json, export_json,
    import_history_json, import_history_json_migrating, import_json, import_json_migrating,
    parse_bank_toml, restore_stored, Answers, Bank, CodeError, Collection, HistoryEntry,
    ImportError, Lang, Step, StoredError, StoredState,
};
use golden_support::*;

const V2: &str = include_str!("fixtures/bank-v3.toml");

const NOTICE_FR: &str = "Vos réponses de la version 1 ont été reprises\u{202f}; 1 question est nouvelle et 1 question a été retirée.";
const NOTICE_EN: &str =
    "Your answers from version 1 were kept; 1 question is new and 1 question was removed.";

fn v2() -> Bank {
    parse_bank_toml(V2).expect("the version-2 fixture is valid")
}

/// Version-1 answers as version 2 must hold them, worked out by question id rather than with
/// the migration table: B3's answer on B3b, A6's dropped, C9 unanswered, the rest by id.
fn to_v2(v1_answers: &Answers) -> Answers {
    let (v1, v2) = (bank(), v2());
    let slots = v2
        .questions()
        .map(|question| {
            let old_id = match question.id.as_str() {
                "B3b" => "B3",
                "C9" => return None,
                id => id,
            };
            let at = v1.questions().position(|q| q.id == old_id)?;
            v1_answers.get(at)
        })
        .collect();
    Answers::from_slots(slots)
}

fn history_to_v2(entries: &[HistoryEntry]) -> Vec<HistoryEntry> {
    entries
        .iter()
        .map(|entry| HistoryEntry {
            answers: to_v2(&entry.answers),
            ..entry.clone()
        })
        .collect()
}

fn state_to_v2(state: &StoredState) -> StoredState {
    StoredState {
        answers: to_v2(&state.answers),
        history: history_to_v2(&state.history),
        ..state.clone()
    }
}

#[test]
fn the_mapping_by_id_is_what_the_fixture_says() {
    let (v1, v2) = (bank(), v2());
    let b3 = v1.questions().position(|q| q.id == "B3").expect("B3");
    let b3b = v2.questions().position(|q| q.id == "B3b").expect("B3b");
    let c9 = v2.questions().position(|q| q.id == "C9").expect("C9");
    assert!(v2.questions().all(|q| q.id != "A6"));
    let answers = result_answers();
    let migrated = to_v2(&answers);
    assert_eq!(migrated.slots().len(), v2.question_count());
    assert_eq!(migrated.get(b3b), answers.get(b3));
    assert_eq!(migrated.get(c9), None);
}

#[test]
fn stored_states_of_version_1_are_carried_over_to_version_2() {
    let bank = v2();
    for (stem, state) in stored_states() {
        let text = golden(&format!("{stem}.json"));
        let restored = restore_stored(&bank, &text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        assert_eq!(restored.state, state_to_v2(&state), "{stem}");
        assert_eq!(restored.migrated_from, Some(1), "{stem}");
        assert_eq!(
            (restored.new_questions, restored.removed_questions),
            (1, 1),
            "{stem}"
        );
        assert_eq!(restored.notice(Lang::FR).as_deref(), Some(NOTICE_FR));
        assert_eq!(restored.notice(Lang::EN).as_deref(), Some(NOTICE_EN));
        assert_eq!(decode_stored(&bank, &text), Ok(restored.state.clone()));
        // Saved again, it is a version-2 state: read back as is, with no notice.
        let saved = encode_stored(&bank, &restored.state);
        assert!(saved.contains(r#""bank":{"id":"problemes-imaginaires","version":3}"#));
        let again = restore_stored(&bank, &saved).expect("version 2 reads itself");
        assert_eq!(again.state, restored.state, "{stem}");
        assert_eq!((again.migrated_from, again.notice(Lang::FR)), (None, None));
    }
    let full = decode_stored(&bank, &golden("stored-full.json")).expect("full");
    assert_eq!(full.history.len(), 3);
    assert_eq!(full.notes[1], "Appeler la DSI, vite\r\n— avant l’été");
    assert_eq!(full.pact.commitments, "Rendez-vous dans 6 mois\\");
    assert_eq!(full.review_date, Some(date("2027-05-28")));
    assert_eq!(full.step, Step::Results);
    let mid = decode_stored(&bank, &golden("stored-mid.json")).expect("mid");
    assert_eq!(mid.step, Step::Problem(1));
}

#[test]
fn version_1_still_reads_its_own_states_with_no_notice() {
    let bank = bank();
    for (stem, state) in stored_states() {
        let restored = restore_stored(&bank, &golden(&format!("{stem}.json"))).expect(stem);
        assert_eq!(restored.state, state, "{stem}");
        assert_eq!(restored.migrated_from, None);
        assert_eq!((restored.new_questions, restored.removed_questions), (0, 0));
        assert_eq!(restored.notice(Lang::EN), None);
    }
}

#[test]
fn a_step_on_a_problem_gone_since_goes_back_to_the_introduction() {
    let text = golden("stored-mid.json").replace("problem:political-crisis", "problem:gone");
    let restored = restore_stored(&v2(), &text).expect("carried over");
    assert_eq!(restored.state.step, Step::Intro);
    // The same version has no excuse for an unknown problem: it is corrupted data.
    assert!(matches!(
        restore_stored(&bank(), &text),
        Err(StoredError::Corrupted(_))
    ));
    let garbage = golden("stored-mid.json").replace("problem:political-crisis", "nowhere");
    assert!(matches!(
        restore_stored(&v2(), &garbage),
        Err(StoredError::Corrupted(_))
    ));
}

#[test]
fn a_version_2_state_is_refused_by_version_1_as_newer() {
    let (v1, v2) = (bank(), v2());
    let migrated = decode_stored(&v2, &golden("stored-full.json")).expect("carried over");
    let saved = encode_stored(&v2, &migrated);
    let error = restore_stored(&v1, &saved).expect_err("newer");
    assert_eq!(error, StoredError::NewerBank { stored: 3, ours: 1 });
    assert_eq!(
        error.message(Lang::FR),
        "Les réponses enregistrées sur cet appareil portent sur une version plus récente des questions (version 3, cette page a la version 1)\u{202f}: mettez cette page à jour pour les reprendre."
    );
    assert_eq!(
        error.to_string(),
        "The answers saved on this device are for a newer version of the questions (version 3, this page has version 1): update this page to restore them."
    );
}

#[test]
fn a_state_of_an_unknown_earlier_version_is_refused_with_a_sentence() {
    let text = golden("stored-full.json").replace(
        r#""bank":{"id":"problemes-imaginaires","version":1}"#,
        r#""bank":{"id":"problemes-imaginaires","version":0}"#,
    );
    for (bank, ours) in [(bank(), 1), (v2(), 3)] {
        let error = restore_stored(&bank, &text).expect_err("no migration from 0");
        assert_eq!(error, StoredError::OlderBank { stored: 0, ours });
        assert!(error
            .message(Lang::FR)
            .contains("version 0 des questions, que cette page"));
        assert!(error.to_string().contains("cannot carry over"));
    }
    let other = golden("stored-full.json").replace(
        r#""id":"problemes-imaginaires""#,
        r#""id":"autre-questionnaire""#,
    );
    assert_eq!(restore_stored(&v2(), &other), Err(StoredError::ForeignBank));
}

#[test]
fn result_files_of_version_1_are_carried_over() {
    let bank = v2();
    let day = date(RESULT_DATE);
    for (stem, lang, answers, notes) in results() {
        let text = golden(&format!("{stem}.json"));
        let import = import_json_migrating(&bank, &text).unwrap_or_else(|e| panic!("{stem}: {e}"));
        let expected = to_v2(&answers);
        assert_eq!(import.result.answers, expected, "{stem}");
        assert_eq!(import.result.notes, notes, "{stem}");
        assert_eq!(
            (import.result.lang, import.result.date, import.result.nonce),
            (lang, day, RESULT_NONCE)
        );
        assert_eq!(import.migrated_from, Some(1));
        assert_eq!(import.notice(Lang::FR).as_deref(), Some(NOTICE_FR));
        assert_eq!(import.notice(Lang::EN).as_deref(), Some(NOTICE_EN));
        assert_eq!(import_json(&bank, &text), Ok(import.result.clone()));
        // Scores in the file are never trusted: an edited one changes nothing.
        let edited = text.replace("\"score\": \"4.0\"", "\"score\": \"9.9\"");
        let reread = import_json(&bank, &edited).expect(stem);
        assert_eq!(
            assess(&bank, &reread.answers),
            assess(&bank, &expected),
            "{stem}"
        );
    }
    let own =
        import_json_migrating(&golden_support::bank(), &golden("result-fr.json")).expect("v1");
    assert_eq!((own.migrated_from, own.notice(Lang::FR)), (None, None));
}

#[test]
fn a_version_2_result_file_is_refused_by_version_1_as_newer() {
    let (v1, v2) = (bank(), v2());
    let file = export_json(
        &v2,
        &to_v2(&result_answers()),
        &result_notes(),
        Lang::FR,
        date(RESULT_DATE),
        RESULT_NONCE,
    );
    let error = import_json(&v1, &file).expect_err("newer");
    assert_eq!(error, ImportError::BankVersion { file: 3, ours: 1 });
    assert!(error.message(Lang::FR).contains("mettez cette page à jour"));
    // A version-1 file naming C9, a question version 1 never had, is refused by name.
    let with_c9 = golden("result-fr.json").replace("\"question\": \"A6\"", "\"question\": \"C9\"");
    assert_eq!(
        import_json(&v2, &with_c9),
        Err(ImportError::UnknownQuestion {
            question: "C9".into()
        })
    );
}

#[test]
fn the_history_file_of_version_1_is_carried_over() {
    let bank = v2();
    let text = golden("history.json");
    let import = import_history_json_migrating(&bank, &text).expect("carried over");
    assert_eq!(import.entries, history_to_v2(&history()));
    assert_eq!(import.migrated_from, Some(1));
    assert_eq!(import.notice(Lang::FR).as_deref(), Some(NOTICE_FR));
    assert_eq!(import.notice(Lang::EN).as_deref(), Some(NOTICE_EN));
    assert_eq!(
        import_history_json(&bank, &text),
        Ok(import.entries.clone())
    );
    // Exported again by version 2, then read by version 1: newer, refused.
    let saved = export_history_json(&bank, &import.entries);
    let error = import_history_json(&golden_support::bank(), &saved).expect_err("newer");
    assert_eq!(error, ImportError::BankVersion { file: 3, ours: 1 });
    assert!(error.to_string().contains("update this page"));
}

#[test]
fn answer_codes_of_version_1_are_carried_over() {
    let bank = v2();
    let text = golden("codes.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    for (line, fixture) in lines.iter().zip(codes()) {
        let code = line.split('\t').next().expect("a code");
        let decoded = decode_code(&bank, code).expect(line);
        assert_eq!(
            decoded.answers,
            to_v2(&answers_from_digits(&fixture.digits)),
            "{line}"
        );
        assert_eq!((decoded.nonce, decoded.role), (fixture.nonce, fixture.role));
        assert!(decoded.is_migrated(&bank));
        assert_eq!(
            decoded.migration_notice(&bank, Lang::FR).as_deref(),
            Some(NOTICE_FR)
        );
    }
}

#[test]
fn the_team_view_carries_version_1_codes_and_files_over_and_says_so() {
    let bank = v2();
    let mut collection = Collection::new();
    let report = collection.add_text(&bank, &golden("team-codes.txt"));
    assert_eq!(
        (report.accepted, report.rejected.len(), report.migrated),
        (7, 0, 7)
    );
    assert_eq!(
        report.migrated_message(Lang::FR).as_deref(),
        Some("7 codes ou fichiers répondaient à une version antérieure des questions\u{202f}: leurs réponses ont été reprises (les questions retirées sont ignorées, les nouvelles restent sans réponse).")
    );
    assert_eq!(
        report.migrated_message(Lang::EN).as_deref(),
        Some("7 codes or files answered an earlier version of the questions: their answers were carried over (removed questions are left out, new ones stay unanswered).")
    );

    let mut collection = Collection::new();
    let mut report = collection.add_json_file(&bank, "fr.json", &golden("result-fr.json"));
    assert_eq!((report.accepted, report.migrated), (1, 1));
    assert_eq!(
        report.migrated_message(Lang::EN).as_deref(),
        Some("1 code or file answered an earlier version of the questions: its answers were carried over (removed questions are left out, new ones stay unanswered).")
    );
    // The same person's English file is the same submission once carried over.
    report.merge(collection.add_json_file(&bank, "en.json", &golden("result-en.json")));
    assert_eq!(
        (report.accepted, report.duplicates, report.migrated),
        (1, 1, 2)
    );
    assert_eq!(collection.len(), 1);

    // Version 1 reads its own codes and files with nothing to say.
    let mut own = Collection::new();
    let report = own.add_text(&golden_support::bank(), &golden("team-codes.txt"));
    assert_eq!((report.accepted, report.migrated), (7, 0));
    assert_eq!(report.migrated_message(Lang::FR), None);
}

#[test]
fn a_version_2_code_is_refused_by_version_1_as_newer() {
    let v2 = v2();
    let code = assessment_core::encode_code(&v2, &Answers::for_bank(&v2), 7, None);
    let error = decode_code(&bank(), &code).expect_err("newer");
    assert_eq!(error, CodeError::BankVersion { code: 3, ours: 1 });
    assert!(error.message(Lang::FR).contains("mettez cette page à jour"));
}
