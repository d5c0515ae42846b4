//! Prints `N` valid answer codes for the built-in bank, one per line, for the team view's
//! browser benchmark (`scripts/bench-team.mjs`). Deterministic (xorshift32, fixed seed), with
//! answers that lean on a per-person tendency and about two thirds of people giving a role, as
//! in `benches/team.rs`.
//!
//! Usage: `cargo run -q -p assessment-core --example gen_codes -- 10000`

use assessment_core::{built_in_bank, encode_code, Answer, Answers, Role};
use std::io::{BufWriter, Write};

struct XorShift(u32);

impl XorShift {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let count: u32 = match std::env::args().nth(1) {
        Some(text) => text.parse()?,
        None => 10_000,
    };
    let bank = built_in_bank()?;
    let mut random = XorShift(0x9E37_79B9);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for _ in 0..count {
        let tendency = (random.next() % 4) as usize;
        let slots = (0..bank.question_count())
            .map(|_| {
                Some(match random.next() % 10 {
                    0 => Answer::DontKnow,
                    1..=6 => Answer::ALL[tendency],
                    _ => Answer::ALL[(random.next() % 4) as usize],
                })
            })
            .collect();
        let role = match random.next() % 6 {
            0 | 1 => None,
            n => Role::ALL.get(n as usize - 2).copied(),
        };
        let code = encode_code(&bank, &Answers::from_slots(slots), random.next(), role);
        writeln!(out, "{code}")?;
    }
    out.flush()?;
    Ok(())
}
