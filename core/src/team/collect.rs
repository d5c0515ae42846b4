//! Collecting answer codes and result files into one team, the way a facilitator receives them:
//! whole chat conversations pasted at once, links and bare codes mixed with prose, and exported
//! JSON files.
//!
//! **Duplicates.** A submission is identified by its nonce *and* its answers. The same code
//! pasted twice, or a person's link and their JSON file, count once, and the report says how
//! many were ignored. Two people with identical answers have different nonces and count twice.
//!
//! **Same nonce, different answers.** Changing one's answers after completing keeps the nonce,
//! so this usually means one person sent an old and a new version. Both are kept and counted,
//! and the report lists the line of each such code so the facilitator can paste again without
//! the outdated one. Keeping "the latest" is not possible without relying on the order of
//! arrival, which the collection deliberately forgets; and two different people can draw the
//! same 32-bit nonce (about one chance in a hundred among 10,000 people), so silently dropping
//! either would lose a real answer.
//!
//! **Roles of duplicates.** An exported JSON file carries no role, and a person may send their
//! link twice with different roles. The copies of one submission pool the roles they carry: a
//! single role given is kept, no role or two different roles leave the submission without role.
//! Pooling does not depend on which copy came first.
//!
//! **No order of arrival.** Submissions are kept sorted by (nonce, answers): the nonce is
//! random, so this order says nothing about who came first, and the same set of codes always
//! gives the same collection. Sorting a batch and merging it keeps 10,000 codes fast without a
//! hash table.
//!
//! **Limits.** A paste is read in time linear in its length, and three limits keep a hostile or
//! mistaken paste from freezing the page or filling its memory: [`MAX_PASTE_BYTES`] per paste,
//! [`MAX_CODES`] per collection, [`MAX_REJECTIONS_KEPT`] refused items listed per report (the
//! others are only counted). Each has its sentence in [`AddReport::summary`].

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::{codes_in_line, decode_token, CodeError, Role};
use crate::export::import_json_migrating;
use crate::i18n::{fill, grouped, plural, tables};
use crate::import::ImportError;
use crate::lang::Lang;
use std::cmp::Ordering;

/// The largest text [`Collection::add_text`] reads, in bytes: 5 MiB holds about 150,000 codes
/// with their links, fifteen times [`MAX_CODES`]. A larger paste is refused whole
/// ([`AddReport::paste_too_large`]) and adds nothing.
pub const MAX_PASTE_BYTES: usize = 5 * 1024 * 1024;

/// The most submissions one collection holds: ten times a large campaign. New submissions
/// beyond it are refused and counted in [`AddReport::over_capacity`].
pub const MAX_CODES: usize = 10_000;

/// The most refused items one [`AddReport`] lists; the others are counted in
/// [`AddReport::rejected_not_kept`], so that a paste of a million broken codes costs no memory.
pub const MAX_REJECTIONS_KEPT: usize = 200;

/// One person's answers as collected. Not for display: the team view shows aggregates only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Submission {
    nonce: u32,
    answers: Answers,
    /// Bit 0: a copy without role; bit 1 + n: a copy with `Role::ALL[n]`.
    roles_seen: u8,
}

impl Submission {
    fn new(nonce: u32, answers: Answers, role: Option<Role>) -> Submission {
        let bit = match role {
            None => 1,
            Some(role) => 2 << Role::ALL.iter().position(|r| *r == role).unwrap_or(0),
        };
        Submission {
            nonce,
            answers,
            roles_seen: bit,
        }
    }

    /// The answers, one slot per question of the bank.
    pub(crate) fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The role, when the copies of this submission name exactly one.
    pub(crate) fn role(&self) -> Option<Role> {
        let named = self.roles_seen >> 1;
        if named.count_ones() != 1 {
            return None;
        }
        Role::ALL.get(named.trailing_zeros() as usize).copied()
    }

    fn identity_cmp(&self, other: &Submission) -> Ordering {
        self.nonce
            .cmp(&other.nonce)
            .then_with(|| compare_answers(&self.answers, &other.answers))
    }
}

fn slot_rank(slot: &Option<Answer>) -> u8 {
    match slot {
        None => 0,
        Some(answer) => Answer::ALL
            .iter()
            .position(|known| known == answer)
            .map_or(0, |at| at as u8 + 1),
    }
}

fn compare_answers(a: &Answers, b: &Answers) -> Ordering {
    a.slots()
        .iter()
        .map(slot_rank)
        .cmp(b.slots().iter().map(slot_rank))
}

/// Where a refused item came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A code or link in pasted text.
    Line {
        /// The 1-based line of the pasted text.
        line: usize,
        /// The code as found, shortened to its start (e.g. `PI1.Z_kBAQEjRWcg…`) so the
        /// facilitator can recognise it without the report repeating whole codes.
        token: String,
    },
    /// An exported result file.
    File {
        /// The file's name, as given by the browser.
        name: String,
    },
}

impl Origin {
    /// "Ligne 3 (PI1.Z_kB…)" / "Line 3 (PI1.Z_kB…)", or "Fichier « a.json »" / "File “a.json”".
    pub fn describe(&self, lang: Lang) -> String {
        let words = tables::collect(lang);
        match self {
            Origin::Line { line, token } => fill(words.line, &[("line", line), ("token", token)]),
            Origin::File { name } => fill(words.file, &[("name", name)]),
        }
    }
}

/// Why an item was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A code or link that cannot be read, e.g. [`CodeError::Tampered`] or
    /// [`CodeError::BankVersion`].
    Code(CodeError),
    /// A result file that cannot be read.
    File(ImportError),
}

/// An item the collection refused, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    /// Where it was.
    pub origin: Origin,
    /// Why it was refused.
    pub reason: Refusal,
}

impl Rejected {
    /// One sentence: where, then the reason from [`CodeError::message`] or
    /// [`ImportError::message`].
    pub fn message(&self, lang: Lang) -> String {
        let reason = match &self.reason {
            Refusal::Code(error) => error.message(lang),
            Refusal::File(error) => error.message(lang),
        };
        fill(
            tables::collect(lang).refused,
            &[("place", &self.origin.describe(lang)), ("reason", &reason)],
        )
    }
}

/// What one addition did. Valid items are `accepted + duplicates`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddReport {
    /// New submissions counted.
    pub accepted: usize,
    /// Valid codes or files ignored because the same submission (same nonce, same answers) was
    /// already counted, earlier or in the same addition.
    pub duplicates: usize,
    /// Items that could not be read, in reading order, each with its line or file: the first
    /// [`MAX_REJECTIONS_KEPT`] only.
    pub rejected: Vec<Rejected>,
    /// Items that could not be read beyond the first [`MAX_REJECTIONS_KEPT`]: counted, not
    /// kept. [`AddReport::rejected_count`] is the total.
    pub rejected_not_kept: usize,
    /// The length in bytes of a pasted text refused whole for being over [`MAX_PASTE_BYTES`];
    /// nothing of it was read.
    pub paste_too_large: Option<usize>,
    /// Valid new submissions not added because the collection already held [`MAX_CODES`]: the
    /// first ones in reading order were added.
    pub over_capacity: usize,
    /// Newly accepted codes that share their nonce with a submission holding other answers:
    /// probably one person's old and new answers. Both are counted; see the module docs.
    pub same_nonce: Vec<Origin>,
    /// Valid codes or files (accepted or duplicates) that answered an earlier version of the
    /// questions and were carried over to the bank's version.
    pub migrated: usize,
}

impl AddReport {
    /// True when nothing code-like was found at all, and no limit was met.
    pub fn is_empty(&self) -> bool {
        self.accepted == 0
            && self.duplicates == 0
            && self.rejected_count() == 0
            && self.over_capacity == 0
            && self.paste_too_large.is_none()
    }

    /// Every refused item: those listed in [`AddReport::rejected`] and those only counted.
    pub fn rejected_count(&self) -> usize {
        self.rejected.len() + self.rejected_not_kept
    }

    /// Lists `rejected` while fewer than [`MAX_REJECTIONS_KEPT`] are listed, else counts it;
    /// `origin` is only built when kept, so counting costs no allocation.
    fn reject(&mut self, origin: impl FnOnce() -> Origin, reason: Refusal) {
        if self.rejected.len() < MAX_REJECTIONS_KEPT {
            self.rejected.push(Rejected {
                origin: origin(),
                reason,
            });
        } else {
            self.rejected_not_kept += 1;
        }
    }

    /// A short summary: "2 codes acceptés, 1 doublon ignoré, 1 refusé." The refused items are
    /// then listed with [`Rejected::message`]. A paste over [`MAX_PASTE_BYTES`] gives
    /// [`AddReport::paste_too_large_message`] instead, and a full collection adds
    /// [`AddReport::over_capacity_message`].
    pub fn summary(&self, lang: Lang) -> String {
        if let Some(message) = self.paste_too_large_message(lang) {
            return message;
        }
        let counts = self.counts_summary(lang);
        match self.over_capacity_message(lang) {
            Some(message) => format!("{counts} {message}"),
            None => counts,
        }
    }

    /// The sentence for a paste refused whole ([`AddReport::paste_too_large`]), `None`
    /// otherwise.
    pub fn paste_too_large_message(&self, lang: Lang) -> Option<String> {
        self.paste_too_large?;
        let limit = MAX_PASTE_BYTES / (1024 * 1024);
        Some(fill(
            tables::collect(lang).paste_too_large,
            &[("limit", &limit)],
        ))
    }

    /// The sentence for new submissions refused because the collection is full
    /// ([`AddReport::over_capacity`]), `None` otherwise.
    pub fn over_capacity_message(&self, lang: Lang) -> Option<String> {
        let n = self.over_capacity;
        if n == 0 {
            return None;
        }
        let words = tables::collect(lang);
        Some(fill(
            plural(lang, n, words.over_capacity_one, words.over_capacity_other),
            &[("limit", &grouped(MAX_CODES, lang)), ("n", &n)],
        ))
    }

    fn counts_summary(&self, lang: Lang) -> String {
        let words = tables::collect(lang);
        if self.is_empty() {
            return words.nothing_found.to_string();
        }
        let part = |n: usize, one: &'static str, other: &'static str| {
            fill(plural(lang, n, one, other), &[("n", &n)])
        };
        fill(
            words.counts,
            &[
                (
                    "accepted",
                    &part(self.accepted, words.accepted_one, words.accepted_other),
                ),
                (
                    "duplicates",
                    &part(
                        self.duplicates,
                        words.duplicates_one,
                        words.duplicates_other,
                    ),
                ),
                (
                    "refused",
                    &part(
                        self.rejected_count(),
                        words.refused_one,
                        words.refused_other,
                    ),
                ),
            ],
        )
    }

    /// Adds `other`, another part of the same addition (the files of one pick arrive one by
    /// one), to this report.
    pub fn merge(&mut self, other: AddReport) {
        self.accepted += other.accepted;
        self.duplicates += other.duplicates;
        for rejected in other.rejected {
            let Rejected { origin, reason } = rejected;
            self.reject(|| origin, reason);
        }
        self.rejected_not_kept += other.rejected_not_kept;
        self.paste_too_large = self.paste_too_large.or(other.paste_too_large);
        self.over_capacity += other.over_capacity;
        self.same_nonce.extend(other.same_nonce);
        self.migrated += other.migrated;
    }

    /// The sentence to show when some codes or files answered an earlier version of the
    /// questions ([`AddReport::migrated`]), `None` otherwise.
    pub fn migrated_message(&self, lang: Lang) -> Option<String> {
        let n = self.migrated;
        if n == 0 {
            return None;
        }
        let words = tables::collect(lang);
        Some(fill(
            plural(lang, n, words.migrated_one, words.migrated_other),
            &[("n", &n)],
        ))
    }

    /// The sentence to show when [`AddReport::same_nonce`] is not empty, `None` otherwise.
    pub fn same_nonce_message(&self, lang: Lang) -> Option<String> {
        if self.same_nonce.is_empty() {
            return None;
        }
        let places: Vec<String> = self
            .same_nonce
            .iter()
            .map(|origin| origin.describe(lang))
            .collect();
        let places = places.join(", ");
        Some(fill(
            tables::collect(lang).same_nonce,
            &[("places", &places)],
        ))
    }
}

/// The longest token a report repeats, in characters, before shortening it with `…`.
const TOKEN_SHOWN: usize = 16;

fn shorten(token: &str) -> String {
    match token.char_indices().nth(TOKEN_SHOWN) {
        Some((cut, _)) => format!("{}…", &token[..cut]),
        None => token.to_string(),
    }
}

/// Links whose fragment has no recognisable code (`#r=` followed by anything but `PI…`): a
/// facilitator would otherwise never learn that this line was skipped. Gives the text after
/// each `#r=` or `&r=`, to the end of the line: [`shorten_word`] reads only the start of it,
/// so `#r=#r=#r=…` stays linear where looking for the end of each word would not.
fn broken_links(line: &str) -> impl Iterator<Item = &str> {
    line.match_indices("#r=")
        .chain(line.match_indices("&r="))
        .filter_map(move |(at, marker)| line.get(at + marker.len()..))
}

/// [`shorten`] applied to the first word of `rest`, reading at most one character more than
/// is shown.
fn shorten_word(rest: &str) -> String {
    let mut end = rest.len();
    for (count, (at, c)) in rest.char_indices().enumerate() {
        if c.is_whitespace() || count > TOKEN_SHOWN {
            end = at;
            break;
        }
    }
    shorten(rest.get(..end).unwrap_or_default())
}

/// A team's submissions, built incrementally from pasted text and files.
///
/// Always use one collection with one bank: codes and files for another bank or a later version
/// are refused, and those of an earlier version are carried over, so every submission has one
/// slot per question of that bank.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    /// Sorted by [`Submission::identity_cmp`], no two equal.
    submissions: Vec<Submission>,
}

impl Collection {
    /// An empty collection.
    pub fn new() -> Collection {
        Collection::default()
    }

    /// How many distinct submissions (people) were collected.
    pub fn len(&self) -> usize {
        self.submissions.len()
    }

    /// True before the first accepted code.
    pub fn is_empty(&self) -> bool {
        self.submissions.is_empty()
    }

    /// Forgets every submission.
    pub fn clear(&mut self) {
        self.submissions.clear();
    }

    /// The submissions in canonical order; for aggregation only, never for display.
    pub(crate) fn submissions(&self) -> &[Submission] {
        &self.submissions
    }

    /// How many submissions share their nonce with another one (different answers).
    pub fn same_nonce_count(&self) -> usize {
        (0..self.submissions.len())
            .filter(|&at| self.shares_nonce(at))
            .count()
    }

    /// True when the submission at `at` has a neighbour with the same nonce: the list is sorted
    /// by nonce first, so every submission sharing it is adjacent.
    fn shares_nonce(&self, at: usize) -> bool {
        let nonce = |at: Option<usize>| at.and_then(|at| self.submissions.get(at)).map(|s| s.nonce);
        let own = nonce(Some(at));
        own.is_some() && (nonce(at.checked_sub(1)) == own || nonce(Some(at + 1)) == own)
    }

    /// Reads every code and share link in `text` (a chat conversation, a list, one code per
    /// line…) with [`crate::find_codes`] and [`crate::decode_code`]. Codes of an earlier version of the
    /// questions are carried over and counted in [`AddReport::migrated`]. Unreadable codes, and
    /// links whose fragment holds no code, are listed with their line; everything else still
    /// loads. A text over [`MAX_PASTE_BYTES`] is refused whole; time is linear in the text.
    pub fn add_text(&mut self, bank: &Bank, text: &str) -> AddReport {
        let mut report = AddReport::default();
        if text.len() > MAX_PASTE_BYTES {
            report.paste_too_large = Some(text.len());
            return report;
        }
        let mut batch = Vec::new();
        // The last refused token and why: a paste of one broken code repeated is then read
        // without decoding each copy.
        let mut last_refused: Option<(&str, CodeError)> = None;
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let mut has_code = false;
            for candidate in codes_in_line(line) {
                has_code = true;
                let origin = || Origin::Line {
                    line: number,
                    token: shorten(candidate),
                };
                let decoded = match &last_refused {
                    Some((token, error)) if *token == candidate => Err(error.clone()),
                    _ => decode_token(bank, candidate),
                };
                if let Err(error) = &decoded {
                    last_refused = Some((candidate, error.clone()));
                }
                match decoded {
                    Ok(code) => {
                        report.migrated += usize::from(code.is_migrated(bank));
                        batch.push((
                            Submission::new(code.nonce, code.answers, code.role),
                            origin(),
                        ))
                    }
                    Err(error) => report.reject(origin, Refusal::Code(error)),
                }
            }
            if !has_code {
                let mut links = broken_links(line);
                while report.rejected.len() < MAX_REJECTIONS_KEPT {
                    let Some(rest) = links.next() else { break };
                    let origin = || Origin::Line {
                        line: number,
                        token: shorten_word(rest),
                    };
                    report.reject(origin, Refusal::Code(CodeError::NotACode));
                }
                // Beyond the listed ones, a line of a million broken links is only counted.
                report.rejected_not_kept += links.count();
            }
        }
        self.merge(batch, &mut report);
        report
    }

    /// Reads one exported result file (`problemes-imaginaires/result`, see
    /// [`crate::export::import_json`]); a file of an earlier version of the questions is carried
    /// over and counted in [`AddReport::migrated`]. A refused file is reported with its name. Result files
    /// carry no role, so the submission has none unless its share link gives one too.
    pub fn add_json_file(&mut self, bank: &Bank, file_name: &str, text: &str) -> AddReport {
        let mut report = AddReport::default();
        let origin = Origin::File {
            name: file_name.to_string(),
        };
        match import_json_migrating(bank, text) {
            Ok(import) => {
                report.migrated += usize::from(import.migrated_from.is_some());
                let result = import.result;
                let submission = Submission::new(result.nonce, result.answers, None);
                self.merge(vec![(submission, origin)], &mut report);
            }
            Err(error) => report.reject(|| origin, Refusal::File(error)),
        }
        report
    }

    /// Adds `batch` (in reading order), counting duplicates and reporting same-nonce conflicts
    /// in reading order. New submissions beyond [`MAX_CODES`] are counted in
    /// [`AddReport::over_capacity`]: the first ones in reading order are kept.
    fn merge(&mut self, batch: Vec<(Submission, Origin)>, report: &mut AddReport) {
        let (submissions, origins): (Vec<Submission>, Vec<Origin>) = batch.into_iter().unzip();
        let mut batch: Vec<(Submission, usize)> = submissions.into_iter().zip(0..).collect();
        batch.sort_unstable_by(|(a, _), (b, _)| a.identity_cmp(b));
        let mut fresh: Vec<(Submission, usize)> = Vec::with_capacity(batch.len());
        for (submission, seq) in batch {
            if let Some((last, _)) = fresh.last_mut() {
                if last.identity_cmp(&submission) == Ordering::Equal {
                    last.roles_seen |= submission.roles_seen;
                    report.duplicates += 1;
                    continue;
                }
            }
            match self
                .submissions
                .binary_search_by(|known| known.identity_cmp(&submission))
            {
                Ok(at) => {
                    if let Some(known) = self.submissions.get_mut(at) {
                        known.roles_seen |= submission.roles_seen;
                    }
                    report.duplicates += 1;
                }
                Err(_) => fresh.push((submission, seq)),
            }
        }
        let room = MAX_CODES.saturating_sub(self.submissions.len());
        if fresh.len() > room {
            report.over_capacity += fresh.len() - room;
            fresh.sort_unstable_by_key(|(_, seq)| *seq);
            fresh.truncate(room);
            fresh.sort_unstable_by(|(a, _), (b, _)| a.identity_cmp(b));
        }
        report.accepted += fresh.len();
        let known = std::mem::take(&mut self.submissions);
        let mut merged = Vec::with_capacity(known.len() + fresh.len());
        let mut known = known.into_iter().peekable();
        let mut placed = Vec::with_capacity(fresh.len());
        for (submission, seq) in fresh {
            while let Some(before) =
                known.next_if(|k| k.identity_cmp(&submission) == Ordering::Less)
            {
                merged.push(before);
            }
            placed.push((merged.len(), seq));
            merged.push(submission);
        }
        merged.extend(known);
        self.submissions = merged;
        let mut conflicting = vec![false; origins.len()];
        for (at, seq) in placed {
            if let Some(flag) = conflicting.get_mut(seq) {
                *flag = self.shares_nonce(at);
            }
        }
        report.same_nonce.extend(
            origins
                .into_iter()
                .zip(conflicting)
                .filter_map(|(origin, conflicting)| conflicting.then_some(origin)),
        );
    }
}
