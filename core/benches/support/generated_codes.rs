//! Deterministic answer codes for the team benchmarks (`benches/team.rs`, and through
//! `examples/gen_codes.rs` the browser one): xorshift32 with a fixed seed, so runs compare from
//! one machine to another. Answers lean on a per-person tendency, so scores spread like a real
//! team's, with some "don't know"; about two thirds of people give a role.

use assessment_core::{encode_code, Answer, Answers, Bank, Role};

struct XorShift(u32);

impl XorShift {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        self.0
    }
}

/// `count` valid codes for `bank`, always the same ones.
pub fn generated_codes(bank: &Bank, count: u32) -> impl Iterator<Item = String> + '_ {
    let mut random = XorShift(0x9E37_79B9);
    (0..count).map(move |_| {
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
        encode_code(bank, &Answers::from_slots(slots), random.next(), role)
    })
}
