//! Prints `N` valid answer codes for the built-in bank, one per line, for the team view's
//! browser benchmark (`scripts/bench-team.mjs`). Deterministic (xorshift32, fixed seed), with
//! answers that lean on a per-person tendency and about two thirds of people giving a role, as
//! in `benches/team.rs` (same generator: `benches/support/generated_codes.rs`).
//!
//! Usage: `cargo run -q -p assessment-core --example gen_codes -- 10000`

#[path = "../benches/support/generated_codes.rs"]
mod support;

use assessment_core::built_in_bank;
use std::io::{BufWriter, Write};
use support::generated_codes;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let count: u32 = match std::env::args().nth(1) {
        Some(text) => text.parse()?,
        None => 10_000,
    };
    let bank = built_in_bank()?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for code in generated_codes(&bank, count) {
        writeln!(out, "{code}")?;
    }
    out.flush()?;
    Ok(())
}
