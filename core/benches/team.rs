//! Team mode at campaign scale: 10,000 answer codes pasted at once.
//!
//! Run with `cargo bench -p assessment-core --bench team`. Prints, separately, the time to find
//! and decode the codes into a collection, to aggregate them, and to write the three exports,
//! as the minimum and median of 20 runs after a warm-up. The codes are generated
//! deterministically (xorshift32), so runs are comparable from one machine to another.

#[path = "support/generated_codes.rs"]
mod support;

use assessment_core::{
    built_in_bank, export_team_csv, export_team_json, export_team_markdown, find_codes, Collection,
    Date, Lang, TeamResult,
};
use std::hint::black_box;
use std::time::{Duration, Instant};
use support::generated_codes;

const PEOPLE: u32 = 10_000;
const WARM_UP: usize = 3;
const RUNS: usize = 20;

/// 10,000 share links in a chat-like text: one message per line, some with prose around.
fn pasted_text() -> String {
    let bank = built_in_bank().expect("built-in bank");
    let mut text = String::new();
    for (person, code) in generated_codes(&bank, PEOPLE).enumerate() {
        if person % 3 == 0 {
            text += &format!(
                "Personne {person} : voici mon lien https://example.org/outil/#r={code} merci\n"
            );
        } else {
            text += &code;
            text.push('\n');
        }
    }
    text
}

fn time<T>(mut run: impl FnMut() -> T) -> (Duration, Duration) {
    for _ in 0..WARM_UP {
        black_box(run());
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(run());
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    (times[0], times[RUNS / 2])
}

fn report(label: &str, (min, median): (Duration, Duration)) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<38} min {:>8.2} ms   median {:>8.2} ms",
        ms(min),
        ms(median)
    );
}

fn main() {
    let bank = built_in_bank().expect("built-in bank");
    let text = pasted_text();
    println!(
        "team mode, {PEOPLE} codes in {} KB of pasted text, {RUNS} runs after {WARM_UP} warm-up runs",
        text.len() / 1024
    );

    let mut collection = Collection::new();
    let load = collection.add_text(&bank, &text);
    assert_eq!(load.accepted + load.duplicates, PEOPLE as usize);
    assert!(load.rejected.is_empty());
    let result = TeamResult::compute(&bank, &collection, 3);
    let date = Date::new(2026, 11, 28).expect("valid date");

    report("find_codes only", time(|| find_codes(&text)));
    let decode = time(|| {
        let mut fresh = Collection::new();
        fresh.add_text(&bank, &text);
        fresh
    });
    report("find + decode (Collection::add_text)", decode);
    let aggregate = time(|| TeamResult::compute(&bank, &collection, 3));
    report("aggregate (TeamResult::compute)", aggregate);
    report(
        "decode + aggregate",
        time(|| {
            let mut fresh = Collection::new();
            fresh.add_text(&bank, &text);
            TeamResult::compute(&bank, &fresh, 3)
        }),
    );
    report(
        "export JSON + CSV + Markdown (FR)",
        time(|| {
            (
                export_team_json(&bank, &result, Lang::FR, date),
                export_team_csv(&bank, &result, Lang::FR),
                export_team_markdown(&bank, &result, Lang::FR, date),
            )
        }),
    );
}
