//! Writes the golden files of `core/tests/golden/` from the fixed inputs of
//! `tests/golden_support`. Run it only to add a new golden file: the committed files record what
//! earlier versions wrote, and `tests/golden.rs` checks that today's code still reads them (and
//! writes the same bytes).
//!
//! Usage, from `core/`: `cargo run -q -p assessment-core --example write_golden`

#[path = "../tests/golden_support/mod.rs"]
mod golden_support;

use assessment_core::{
    encode_code, encode_stored, export_csv, export_history_json, export_json, export_markdown,
    export_team_csv, export_team_json, export_team_markdown, Collection, Lang, TeamResult,
};
use golden_support::*;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN_DIR);
    std::fs::create_dir_all(&dir)?;
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text);
    let bank = bank();

    for (stem, state) in stored_states() {
        write(&format!("{stem}.json"), &encode_stored(&bank, &state))?;
    }

    let day = date(RESULT_DATE);
    for (stem, lang, answers, notes) in results() {
        let share = (!stem.contains("empty")).then_some(SHARE_URL);
        write(
            &format!("{stem}.json"),
            &export_json(&bank, &answers, &notes, lang, day, RESULT_NONCE),
        )?;
        write(&format!("{stem}.csv"), &export_csv(&bank, &answers, lang))?;
        write(
            &format!("{stem}.md"),
            &export_markdown(&bank, &answers, &notes, lang, day, share),
        )?;
    }

    write("history.json", &export_history_json(&bank, &history()))?;

    let mut lines = String::from("# code\tanswers (0 unanswered, 1 never, 2 rarely, 3 often, 4 always, 5 don't know)\trole\tnonce\n");
    for code in codes() {
        let text = encode_code(
            &bank,
            &answers_from_digits(&code.digits),
            code.nonce,
            code.role,
        );
        lines += &format!(
            "{text}\t{}\t{}\t{}\n",
            code.digits,
            role_key(code.role),
            code.nonce
        );
    }
    write("codes.txt", &lines)?;

    let team: Vec<String> = team_codes()
        .iter()
        .map(|code| {
            encode_code(
                &bank,
                &answers_from_digits(&code.digits),
                code.nonce,
                code.role,
            )
        })
        .collect();
    write("team-codes.txt", &(team.join("\n") + "\n"))?;
    let mut collection = Collection::new();
    collection.add_text(&bank, &team.join("\n"));
    let result = TeamResult::compute(&bank, &collection, 3);
    let day = date(TEAM_DATE);
    for (lang, suffix) in [(Lang::FR, "fr"), (Lang::EN, "en")] {
        write(
            &format!("team-{suffix}.json"),
            &export_team_json(&bank, &result, lang, day),
        )?;
        write(
            &format!("team-{suffix}.csv"),
            &export_team_csv(&bank, &result, lang),
        )?;
        write(
            &format!("team-{suffix}.md"),
            &export_team_markdown(&bank, &result, lang, day),
        )?;
    }
    let mut small = Collection::new();
    small.add_text(&bank, &team[..2].join("\n"));
    let small = TeamResult::compute(&bank, &small, 3);
    write(
        "team-small-en.json",
        &export_team_json(&bank, &small, Lang::EN, day),
    )?;
    Ok(())
}
