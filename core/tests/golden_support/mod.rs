//! The inputs behind the golden files in `core/tests/golden/`: fixed answers, notes, dates,
//! nonces and roles, so that `examples/write_golden.rs` writes the same bytes every time and
//! `tests/golden.rs` knows what each file must read back as.
//!
//! Never change a value here once its files are committed: the files record what users already
//! saved, and the test compares them with these inputs.
#![allow(dead_code)]

use assessment_core::{
    parse_bank_toml, Answer, Answers, Bank, Date, HistoryEntry, Lang, PactFields, Role, Step,
    StoredState,
};

/// Where the files live, from the crate root.
pub const GOLDEN_DIR: &str = "tests/golden";

/// The text of one golden file.
#[allow(dead_code)] // write_golden.rs writes these files and never reads them
pub fn golden(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(GOLDEN_DIR)
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Version 1 of the built-in bank, the one every golden file was written with (a verbatim copy
/// of `content/bank.toml` before version 2): the files are read and written again with it.
/// What the shipped version 2 makes of them is `tests/golden_v2.rs`.
pub const BANK_V1: &str = include_str!("../fixtures/bank-v1.toml");

pub fn bank() -> Bank {
    parse_bank_toml(BANK_V1).expect("the version-1 fixture is valid")
}

pub fn date(text: &str) -> Date {
    Date::parse(text).expect("fixture date")
}

/// Answers from one digit per question, the stored-state spelling: 0 unanswered, 1 never,
/// 2 rarely, 3 often, 4 always, 5 don't know.
pub fn answers_from_digits(digits: &str) -> Answers {
    Answers::from_slots(
        digits
            .bytes()
            .map(|digit| match digit {
                b'1' => Some(Answer::Never),
                b'2' => Some(Answer::Rarely),
                b'3' => Some(Answer::Often),
                b'4' => Some(Answer::Always),
                b'5' => Some(Answer::DontKnow),
                b'6' => Some(Answer::NotApplicable),
                _ => None,
            })
            .collect(),
    )
}

/// The inverse of [`answers_from_digits`].
pub fn digits(answers: &Answers) -> String {
    answers
        .slots()
        .iter()
        .map(|slot| match slot {
            None => '0',
            Some(Answer::Never) => '1',
            Some(Answer::Rarely) => '2',
            Some(Answer::Often) => '3',
            Some(Answer::Always) => '4',
            Some(Answer::DontKnow) => '5',
            // Bank version 2 added "not applicable"; no golden file holds it.
            Some(Answer::NotApplicable) => '6',
        })
        .collect()
}

/// A deterministic pseudo-random digit string (xorshift32), answered mostly.
pub fn generated_digits(seed: u32, questions: usize) -> String {
    let mut state = seed.max(1);
    (0..questions)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            char::from(b'0' + (state % 6) as u8)
        })
        .collect()
}

/// Every kind of answer, some unanswered, two blind spots in one problem.
pub const RESULT_DIGITS: &str = "31425300" /* validation loop */;
pub const RESULT_DIGITS_REST: &str = "425143215551242041322314";

pub fn result_answers() -> Answers {
    answers_from_digits(&format!("{RESULT_DIGITS}{RESULT_DIGITS_REST}"))
}

/// Notes that need escaping in every format: quotes, separators, pipes, line breaks, a tab, a
/// control character, non-ASCII and an emoji.
pub fn result_notes() -> [String; 2] {
    [
        "Le comité « stratégique » dit \"non\"; encore | toujours\nsur deux lignes\tet\u{1}😀"
            .to_string(),
        "Appeler la DSI, vite\r\n— avant l’été".to_string(),
    ]
}

pub const RESULT_DATE: &str = "2026-11-28";
pub const RESULT_NONCE: u32 = 3_735_928_559;
pub const SHARE_URL: &str = "https://example.org/outils/autodiagnostic/#r=PI1.example";

/// The result files written: (file stem, language, answers, notes).
pub fn results() -> Vec<(&'static str, Lang, Answers, [String; 2])> {
    let bank = bank();
    vec![
        ("result-fr", Lang::FR, result_answers(), result_notes()),
        ("result-en", Lang::EN, result_answers(), result_notes()),
        (
            "result-empty-en",
            Lang::EN,
            Answers::for_bank(&bank),
            Default::default(),
        ),
    ]
}

pub fn history() -> Vec<HistoryEntry> {
    let bank = bank();
    let count = bank.question_count();
    vec![
        HistoryEntry {
            date: date("2025-11-28"),
            nonce: 12,
            answers: answers_from_digits(&generated_digits(11, count)),
        },
        HistoryEntry {
            date: date("2026-05-28"),
            nonce: 4_294_967_295,
            answers: answers_from_digits(&generated_digits(22, count)),
        },
        HistoryEntry {
            date: date("2026-11-28"),
            nonce: 0,
            answers: Answers::for_bank(&bank),
        },
    ]
}

/// The stored states written: (file stem, state).
pub fn stored_states() -> Vec<(&'static str, StoredState)> {
    let bank = bank();
    let full = StoredState {
        lang: Lang::FR,
        step: Step::Results,
        answers: result_answers(),
        notes: result_notes(),
        nonce: Some(RESULT_NONCE),
        history: history(),
        review_date: Some(date("2027-05-28")),
        pact: PactFields {
            team: "Équipe « Démarches » 😀".into(),
            sponsor: "DGS \"adjointe\"".into(),
            date: "28/11/2026".into(),
            autonomy: "Tout ce qui ne touche pas\nau budget".into(),
            transparency: "Démo toutes les 2 semaines; stats publiques".into(),
            commitments: "Rendez-vous dans 6 mois\\".into(),
        },
        role: Some(Role::Management),
    };
    let minimal = StoredState {
        lang: Lang::EN,
        step: Step::Intro,
        answers: Answers::for_bank(&bank),
        notes: Default::default(),
        nonce: None,
        history: Vec::new(),
        review_date: None,
        pact: PactFields::default(),
        role: None,
    };
    let mut mid_answers = Answers::for_bank(&bank);
    for (at, answer) in [
        Answer::Often,
        Answer::Never,
        Answer::DontKnow,
        Answer::Always,
    ]
    .into_iter()
    .cycle()
    .take(11)
    .enumerate()
    {
        mid_answers.set(at, answer);
    }
    let mid = StoredState {
        lang: Lang::FR,
        step: Step::Problem(1),
        answers: mid_answers,
        notes: ["Le pire…".into(), String::new()],
        nonce: None,
        history: history().into_iter().take(1).collect(),
        review_date: None,
        pact: PactFields::default(),
        role: Some(Role::Member),
    };
    vec![
        ("stored-full", full),
        ("stored-minimal", minimal),
        ("stored-mid", mid),
    ]
}

/// One answer code: its answers as digits, its role and nonce.
pub struct CodeFixture {
    pub digits: String,
    pub role: Option<Role>,
    pub nonce: u32,
}

/// The worked example of `docs/answer-code.md`.
pub const WORKED_EXAMPLE: &str = "PI1.Z_kBAQEjRWcgZAAAAAAAAAAAAAAFT8PjSg";

/// Twenty codes: the worked example, the extremes, then generated ones with every role.
pub fn codes() -> Vec<CodeFixture> {
    let count = bank().question_count();
    let mut worked = "3100000000000000000000000000000".to_string();
    worked.push('5');
    let mut codes = vec![
        CodeFixture {
            digits: worked,
            role: Some(Role::Member),
            nonce: 0x0123_4567,
        },
        CodeFixture {
            digits: "0".repeat(count),
            role: None,
            nonce: 0,
        },
        CodeFixture {
            digits: "4".repeat(count),
            role: Some(Role::Partner),
            nonce: u32::MAX,
        },
        CodeFixture {
            digits: "5".repeat(count),
            role: Some(Role::Sponsor),
            nonce: 1,
        },
    ];
    let roles = [
        None,
        Some(Role::Member),
        Some(Role::Management),
        Some(Role::Sponsor),
        Some(Role::Partner),
    ];
    for n in 0..16u32 {
        codes.push(CodeFixture {
            digits: generated_digits(1000 + n, count),
            role: roles[n as usize % roles.len()],
            nonce: 0x9E37_79B9u32.wrapping_mul(n + 1),
        });
    }
    codes
}

/// A team of seven: three members, three from management (role groups shown) and one sponsor
/// (a group too small to be named); fixed nonces, answers that disagree on some questions and
/// leave blind spots on others.
pub fn team_codes() -> Vec<CodeFixture> {
    let count = bank().question_count();
    let people = [
        (Some(Role::Member), 101, "11112222333344445555000011112222"),
        (Some(Role::Member), 202, "11114444333322221111555544443333"),
        (Some(Role::Member), 303, "12341234123412341234123455551234"),
        (
            Some(Role::Management),
            404,
            "44443333222211114444333322221111",
        ),
        (
            Some(Role::Management),
            505,
            "44441111222233334444555511112222",
        ),
        (
            Some(Role::Management),
            606,
            "43214321432143214321432155554321",
        ),
        (Some(Role::Sponsor), 707, "22223333444411110000555522223333"),
    ];
    people
        .into_iter()
        .map(|(role, nonce, digits)| {
            assert_eq!(digits.len(), count);
            CodeFixture {
                digits: digits.to_string(),
                role,
                nonce,
            }
        })
        .collect()
}

pub const TEAM_DATE: &str = "2026-12-01";

pub fn role_key(role: Option<Role>) -> &'static str {
    role.map_or("none", Role::key)
}
