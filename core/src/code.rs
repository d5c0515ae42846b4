//! The answer code: one person's answers as a short, versioned, URL-safe text such as
//! `PI1.AbC…`, for share links (`#r=CODE`) and for a team facilitator who collects many codes
//! from a chat and reads them all at once.
//!
//! Why this shape (see `docs/answer-code.md`):
//! - it travels in a URL *fragment*, which browsers never send to a server, and holds no
//!   personal data: answers, an optional coarse role, and a random nonce;
//! - the nonce tells submissions apart: the same code pasted twice is one submission, while two
//!   people who answered identically still have different codes;
//! - a bank fingerprint, the bank version and a checksum make every damaged, foreign or outdated
//!   code fail with a precise reason instead of silently giving wrong answers.
//!
//! Every byte decoded here comes from outside, so decoding only uses checked access.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::i18n::{fill, tables};
use crate::lang::Lang;
use std::fmt;

/// The newest format version this code reads and writes: 2 since "not applicable" (value 6).
/// A code is written in format 1 when it holds no "not applicable" answer (see `format_for`).
pub const CODE_VERSION: u8 = 2;

/// Bytes before the packed answers: fingerprint (2), bank version, role, nonce (4), count.
const HEADER_LEN: usize = 9;
/// Bytes of the trailing checksum.
const CHECKSUM_LEN: usize = 4;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A coarse role the person may give, never a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Membre de l'équipe / Team member.
    Member,
    /// Encadrement / Management.
    Management,
    /// Sponsor.
    Sponsor,
    /// Partenaire / Partner.
    Partner,
}

impl Role {
    /// Every role, in the order a form shows them.
    pub const ALL: [Role; 4] = [Role::Member, Role::Management, Role::Sponsor, Role::Partner];

    /// A stable short name for form values and data files.
    pub fn key(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Management => "management",
            Role::Sponsor => "sponsor",
            Role::Partner => "partner",
        }
    }

    /// The role with this [`Role::key`], if any.
    pub fn from_key(key: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.key() == key)
    }

    /// The visible label in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let words = tables::labels(lang);
        match self {
            Role::Member => words.role_member,
            Role::Management => words.role_management,
            Role::Sponsor => words.role_sponsor,
            Role::Partner => words.role_partner,
        }
    }

    fn byte(role: Option<Role>) -> u8 {
        match role {
            None => 0,
            Some(Role::Member) => 1,
            Some(Role::Management) => 2,
            Some(Role::Sponsor) => 3,
            Some(Role::Partner) => 4,
        }
    }

    fn from_byte(byte: u8) -> Result<Option<Role>, CodeError> {
        match byte {
            0 => Ok(None),
            1..=4 => Ok(Role::ALL.get(usize::from(byte - 1)).copied()),
            _ => Err(CodeError::BadRole),
        }
    }
}

/// What a valid code holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AnswerCode {
    /// The bank version the answers were given to: the bank's own, or an earlier one whose
    /// answers were carried over (see [`AnswerCode::migration_notice`]).
    pub bank_version: u8,
    /// The role the person chose, if any.
    pub role: Option<Role>,
    /// The random number that identifies this submission.
    pub nonce: u32,
    /// The answers, one slot per question of the bank.
    pub answers: Answers,
}

impl AnswerCode {
    /// Whether the answers were given to an earlier version of `bank` and carried over.
    pub fn is_migrated(&self, bank: &Bank) -> bool {
        self.bank_version != version_byte(bank)
    }

    /// The one-line notice to show when the answers were carried over from an earlier version
    /// of `bank`, e.g. "Your answers from version 1 were kept; 1 question is new."; `None`
    /// when the code was made on the bank's own version.
    pub fn migration_notice(&self, bank: &Bank, lang: Lang) -> Option<String> {
        if !self.is_migrated(bank) {
            return None;
        }
        let from = u32::from(self.bank_version);
        let blank = vec![None; bank.question_count_of(from)?];
        bank.migrate(from, &blank).ok()?.notice(lang)
    }
}

/// Why a text is not a usable answer code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// The text does not start with `PI1.` (nor contain `#r=PI…`).
    NotACode,
    /// A code of a later format version (`PI2.` to `PI9.`).
    FutureVersion(u8),
    /// A character that cannot be in a code, or a length no code can have.
    Malformed,
    /// The code is shorter than its own question count requires.
    Truncated,
    /// The checksum does not match: the code was changed or cut when copied.
    Tampered,
    /// Answers to another questionnaire (another bank id).
    ForeignBank,
    /// Answers to a later version of this questionnaire, or to an earlier one this bank has no
    /// migration for (earlier versions it knows are carried over).
    BankVersion {
        /// The version in the code.
        code: u8,
        /// This page's version.
        ours: u8,
    },
    /// The code has a different number of answers than the bank has questions.
    QuestionCount {
        /// Answers in the code.
        code: usize,
        /// Questions in the bank.
        ours: usize,
    },
    /// An answer value that does not exist (only possible in a crafted code).
    BadAnswer {
        /// The id of the question it is for.
        question_id: String,
    },
    /// A role value that does not exist.
    BadRole,
}

impl CodeError {
    /// The error as one sentence in `lang`: what is wrong, and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let words = tables::errors(lang);
        match self {
            CodeError::NotACode => words.code_not_a_code.to_string(),
            CodeError::FutureVersion(n) => fill(words.code_future_version, &[("n", n)]),
            CodeError::Malformed => words.code_malformed.to_string(),
            CodeError::Truncated => words.code_truncated.to_string(),
            CodeError::Tampered => words.code_tampered.to_string(),
            CodeError::ForeignBank => words.code_foreign_bank.to_string(),
            CodeError::BankVersion { code, ours } => {
                let template = if code > ours {
                    words.code_newer_bank
                } else {
                    words.code_older_bank
                };
                fill(template, &[("code", code), ("ours", ours)])
            }
            CodeError::QuestionCount { code, ours } => {
                fill(words.code_question_count, &[("code", code), ("ours", ours)])
            }
            CodeError::BadAnswer { question_id } => {
                fill(words.code_bad_answer, &[("question_id", question_id)])
            }
            CodeError::BadRole => words.code_bad_role.to_string(),
        }
    }
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EN))
    }
}

impl std::error::Error for CodeError {}

/// FNV-1a, 32 bits: tiny, and plenty to catch copy mistakes (it is not a signature).
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// The two bytes that identify a bank in a code: the high 16 bits of FNV-1a-32 of its id.
fn fingerprint(bank: &Bank) -> [u8; 2] {
    bank_fingerprint(&bank.id)
}

/// The fingerprint that codes made on the bank with id `bank_id` carry.
pub fn bank_fingerprint(bank_id: &str) -> [u8; 2] {
    let hash = fnv1a32(bank_id.as_bytes()).to_be_bytes();
    [hash[0], hash[1]]
}

/// The bank fingerprint written at the start of a code, without reading the rest: for a code
/// already refused as [`CodeError::ForeignBank`] (so its checksum held) of which only the start
/// was kept, as the team view's report keeps it (`PI1.Z_kBAQEjRWcg…`). `None` when the text
/// does not start like a code.
pub fn code_start_fingerprint(start: &str) -> Option<[u8; 2]> {
    let body = start.trim().strip_prefix("PI")?;
    let mut chars = body.chars();
    chars.next().filter(char::is_ascii_digit)?;
    if chars.next() != Some('.') {
        return None;
    }
    let head: String = chars.take(4).collect();
    if head.len() < 4 {
        return None;
    }
    let (bytes, _) = from_base64url(&head).ok()?;
    Some([*bytes.first()?, *bytes.get(1)?])
}

/// The bank fingerprint of a code (bare, `#r=CODE` or a share link), when its checksum holds:
/// a page that refused it as [`CodeError::ForeignBank`] compares it with
/// [`bank_fingerprint`] of the other banks it knows, to name the questionnaire the code is for.
/// `None` for anything that is not an intact code.
pub fn code_fingerprint(text: &str) -> Option<[u8; 2]> {
    let text = text.trim();
    let code = match text.find('#') {
        Some(hash) => text.get(hash..).and_then(code_from_fragment)?,
        None => text,
    };
    let body = code.strip_prefix("PI")?;
    let mut chars = body.chars();
    chars.next().filter(char::is_ascii_digit)?;
    if chars.next() != Some('.') {
        return None;
    }
    let (payload, canonical) = from_base64url(chars.as_str()).ok()?;
    if !canonical || payload.len() < HEADER_LEN + CHECKSUM_LEN {
        return None;
    }
    let (data, checksum) = payload.split_at(payload.len() - CHECKSUM_LEN);
    if fnv1a32(data).to_be_bytes() != checksum {
        return None;
    }
    Some([*data.first()?, *data.get(1)?])
}

/// The bank version as written in a code: versions above 255 are written 255.
fn version_byte(bank: &Bank) -> u8 {
    u8::try_from(bank.version).unwrap_or(u8::MAX)
}

fn answer_value(answer: Option<Answer>) -> u8 {
    match answer {
        None => 0,
        Some(Answer::Never) => 1,
        Some(Answer::Rarely) => 2,
        Some(Answer::Often) => 3,
        Some(Answer::Always) => 4,
        Some(Answer::DontKnow) => 5,
        Some(Answer::NotApplicable) => 6,
    }
}

/// The answer of a 3-bit value in a code of format `format`: 6 ("not applicable") exists from
/// format 2 on; a format-1 code never held it, so there it is a hand-made code.
fn answer_from_value(value: u8, format: u32) -> Result<Option<Answer>, ()> {
    match value {
        0 => Ok(None),
        1..=5 => Ok(Answer::ALL.get(usize::from(value - 1)).copied()),
        6 if format >= 2 => Ok(Some(Answer::NotApplicable)),
        _ => Err(()),
    }
}

/// The format a code of these answers is written in: 1, readable by every page since the
/// first, unless an answer is "not applicable", which only format 2 holds. A page that only
/// knows format 1 then says the code comes from a newer version of the tool
/// (`FutureVersion(2)`) instead of misreading it.
fn format_for(answers: &Answers, count: usize) -> u32 {
    let not_applicable = (0..count).any(|at| answers.get(at) == Some(Answer::NotApplicable));
    if not_applicable {
        2
    } else {
        1
    }
}

/// Encodes `bytes` as base64url without padding.
fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let byte = |at: usize| u32::from(chunk.get(at).copied().unwrap_or(0));
        let group = (byte(0) << 16) | (byte(1) << 8) | byte(2);
        for at in 0..=chunk.len() {
            out.push(char::from(
                ALPHABET[((group >> (18 - 6 * at)) & 63) as usize],
            ));
        }
    }
    out
}

fn sextet(byte: u8) -> Option<u32> {
    let value = match byte {
        b'A'..=b'Z' => byte - b'A',
        b'a'..=b'z' => byte - b'a' + 26,
        b'0'..=b'9' => byte - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Decodes base64url without padding. `Err` on a character outside the alphabet. The flag is
/// false when the text has a dangling character or non-zero leftover bits: such a text is
/// never written by [`base64url`], so accepting it would give one code two spellings.
fn from_base64url(text: &str) -> Result<(Vec<u8>, bool), CodeError> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in text.bytes() {
        buffer = (buffer << 6) | sextet(byte).ok_or(CodeError::Malformed)?;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Ok((bytes, bits < 6 && buffer == 0))
}

/// The code for `answers` to `bank`: `PI1.` and the base64url payload described in
/// `docs/answer-code.md`. The `nonce` must come from the UI (random, drawn once when the
/// assessment is completed); the core never draws randomness.
///
/// A bank of more than 255 questions cannot be encoded whole: only the first 255 answers are
/// written, and decoding such a code reports [`CodeError::QuestionCount`].
pub fn encode_code(bank: &Bank, answers: &Answers, nonce: u32, role: Option<Role>) -> String {
    let count = bank.question_count().min(255);
    let mut payload = Vec::with_capacity(HEADER_LEN + (3 * count).div_ceil(8) + CHECKSUM_LEN);
    payload.extend_from_slice(&fingerprint(bank));
    payload.push(version_byte(bank));
    payload.push(Role::byte(role));
    payload.extend_from_slice(&nonce.to_be_bytes());
    payload.push(count as u8);
    let mut packed = vec![0u8; (3 * count).div_ceil(8)];
    for question in 0..count {
        let value = answer_value(answers.get(question));
        for bit in 0..3 {
            if value & (4 >> bit) != 0 {
                let at = 3 * question + bit;
                if let Some(byte) = packed.get_mut(at / 8) {
                    *byte |= 0x80 >> (at % 8);
                }
            }
        }
    }
    payload.extend_from_slice(&packed);
    payload.extend_from_slice(&fnv1a32(&payload).to_be_bytes());
    format!("PI{}.{}", format_for(answers, count), base64url(&payload))
}

/// Reads a code given to `bank`. Accepts a bare code, a `#r=CODE` fragment or a full URL whose
/// fragment holds `r=CODE`; surrounding whitespace is ignored. Never panics.
pub fn decode_code(bank: &Bank, text: &str) -> Result<AnswerCode, CodeError> {
    let text = text.trim();
    let code = match text.find('#') {
        Some(hash) => text
            .get(hash..)
            .and_then(code_from_fragment)
            .ok_or(CodeError::NotACode)?,
        None => text,
    };
    decode_token(bank, code)
}

/// [`decode_code`] of a bare code, without surrounding whitespace nor fragment: what
/// [`codes_in_line`] finds. The team view calls it directly for each of up to a million tokens
/// of a paste.
pub(crate) fn decode_token(bank: &Bank, code: &str) -> Result<AnswerCode, CodeError> {
    let body = code.strip_prefix("PI").ok_or(CodeError::NotACode)?;
    let mut chars = body.chars();
    let version = chars
        .next()
        .and_then(|c| c.to_digit(10))
        .ok_or(CodeError::NotACode)?;
    if chars.next() != Some('.') {
        return Err(CodeError::NotACode);
    }
    let format = version;
    match format {
        0 => return Err(CodeError::NotACode),
        n if n <= u32::from(CODE_VERSION) => {}
        n => return Err(CodeError::FutureVersion(n as u8)),
    }
    let (payload, canonical) = from_base64url(chars.as_str())?;
    if payload.len() < HEADER_LEN + CHECKSUM_LEN {
        return Err(CodeError::Truncated);
    }
    let (data, checksum) = payload.split_at(payload.len() - CHECKSUM_LEN);
    if fnv1a32(data).to_be_bytes() != checksum {
        // A damaged code: its own question count cannot be trusted, so the length this bank's
        // codes have tells a cut code from a changed one.
        let ours = HEADER_LEN + (3 * bank.question_count().min(255)).div_ceil(8) + CHECKSUM_LEN;
        return Err(match payload.len() {
            len if len < ours => CodeError::Truncated,
            len if len > ours => CodeError::Malformed,
            _ => CodeError::Tampered,
        });
    }
    // The checksum holds: the code is as it was written. A length that disagrees with its own
    // question count, or a non-canonical spelling, can then only be a hand-made code.
    let count = usize::from(data.get(HEADER_LEN - 1).copied().unwrap_or(0));
    let packed_len = (3 * count).div_ceil(8);
    if data.len() != HEADER_LEN + packed_len || !canonical {
        return Err(CodeError::Malformed);
    }
    let byte = |at: usize| data.get(at).copied().unwrap_or(0);
    if [byte(0), byte(1)] != fingerprint(bank) {
        return Err(CodeError::ForeignBank);
    }
    // A code made on an earlier version of this bank is read with that version's questions,
    // then carried over; a later version cannot be read.
    let ours = version_byte(bank);
    let version = byte(2);
    let version_error = CodeError::BankVersion {
        code: version,
        ours,
    };
    let expected = match version {
        _ if version > ours => return Err(version_error),
        _ if version == ours => bank.question_count(),
        _ => bank
            .question_count_of(u32::from(version))
            .ok_or(version_error.clone())?,
    };
    if count != expected {
        return Err(CodeError::QuestionCount {
            code: count,
            ours: expected,
        });
    }
    let role = Role::from_byte(byte(3))?;
    let nonce = u32::from_be_bytes([byte(4), byte(5), byte(6), byte(7)]);
    let packed = data.get(HEADER_LEN..).unwrap_or_default();
    let bit = |at: usize| {
        packed
            .get(at / 8)
            .map_or(0, |byte| (byte >> (7 - at % 8)) & 1)
    };
    let mut slots = Vec::with_capacity(count);
    for question in 0..count {
        let value = (bit(3 * question) << 2) | (bit(3 * question + 1) << 1) | bit(3 * question + 2);
        let answer = answer_from_value(value, format).map_err(|()| CodeError::BadAnswer {
            question_id: bank
                .question_id_of(u32::from(version), question)
                .map(String::from)
                .unwrap_or_default(),
        })?;
        slots.push(answer);
    }
    if (3 * count..8 * packed_len).any(|at| bit(at) != 0) {
        return Err(CodeError::Malformed);
    }
    let answers = if version == ours {
        Answers::from_slots(slots)
    } else {
        bank.migrate(u32::from(version), &slots)
            .map_err(|_| version_error)?
            .answers
    };
    Ok(AnswerCode {
        bank_version: version,
        role,
        nonce,
        answers,
    })
}

/// A code-like token found in free text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CodeCandidate {
    /// The token, e.g. `PI1.AbC…`; decode it with [`decode_code`].
    pub text: String,
    /// The 1-based line it was found on.
    pub line: usize,
}

fn is_code_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

/// Every token of `text` that starts like a code (`PI`, a digit, `.`) followed by base64url
/// characters, with its line number, in reading order. A token must not be glued to a
/// preceding letter or digit (`API1.` is not a code). Links (`…#r=PI1.…`) and prose around
/// the codes are fine: the team view decodes each candidate and reports per-line errors.
/// Linear in the length of `text`: every byte is looked at a bounded number of times.
pub fn find_codes(text: &str) -> Vec<CodeCandidate> {
    text.lines()
        .enumerate()
        .flat_map(|(index, line)| {
            codes_in_line(line).map(move |token| CodeCandidate {
                text: token.to_string(),
                line: index + 1,
            })
        })
        .collect()
}

/// The code-like tokens of one line, as [`find_codes`] finds them, without copying them: the
/// team view streams them so that a huge paste never holds a list of every candidate.
pub(crate) fn codes_in_line(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // Each search starts where the previous one stopped, so the line is read once. A plain
        // byte loop: `str::find` costs more per match, and a paste may hold a million.
        while let Some(start) = next_pi(bytes, at) {
            at = start + 2;
            let glued = start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_alphanumeric);
            let shaped = bytes.get(start + 2).is_some_and(u8::is_ascii_digit)
                && bytes.get(start + 3) == Some(&b'.');
            if glued || !shaped {
                continue;
            }
            let mut end = start + 4;
            while bytes.get(end).copied().is_some_and(is_code_byte) {
                end += 1;
            }
            at = end;
            if let Some(token) = line.get(start..end) {
                return Some(token);
            }
        }
        None
    })
}

/// The position of the next `PI` in `bytes` from `from`.
fn next_pi(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(&byte) = bytes.get(at) {
        if byte == b'P' && bytes.get(at + 1) == Some(&b'I') {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// The URL fragment that shares `code`: `#r=CODE`.
pub fn share_fragment(code: &str) -> String {
    format!("#r={code}")
}

/// The code in a URL fragment such as `#r=CODE` or `lang=fr&r=CODE` (leading `#` optional,
/// other `&`-separated parameters allowed). `None` when there is no non-empty `r` parameter.
pub fn code_from_fragment(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .split('&')
        .find_map(|param| param.strip_prefix("r="))
        .filter(|code| !code.is_empty())
}
