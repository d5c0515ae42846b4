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

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::{decode_code, find_codes, CodeError, Role};
use crate::export::import_json_migrating;
use crate::import::ImportError;
use crate::lang::Lang;
use std::cmp::Ordering;

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
        match (self, lang) {
            (Origin::Line { line, token }, Lang::Fr) => format!("Ligne {line} ({token})"),
            (Origin::Line { line, token }, Lang::En) => format!("Line {line} ({token})"),
            (Origin::File { name }, Lang::Fr) => format!("Fichier « {name} »"),
            (Origin::File { name }, Lang::En) => format!("File “{name}”"),
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
        let colon = if lang == Lang::Fr { " :" } else { ":" };
        format!("{}{colon} {reason}", self.origin.describe(lang))
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
    /// Items that could not be read, in reading order, each with its line or file.
    pub rejected: Vec<Rejected>,
    /// Newly accepted codes that share their nonce with a submission holding other answers:
    /// probably one person's old and new answers. Both are counted; see the module docs.
    pub same_nonce: Vec<Origin>,
    /// Valid codes or files (accepted or duplicates) that answered an earlier version of the
    /// questions and were carried over to the bank's version.
    pub migrated: usize,
}

impl AddReport {
    /// True when nothing code-like was found at all.
    pub fn is_empty(&self) -> bool {
        self.accepted == 0 && self.duplicates == 0 && self.rejected.is_empty()
    }

    /// A short summary: "2 codes acceptés, 1 doublon ignoré, 1 refusé." The refused items are
    /// then listed with [`Rejected::message`].
    pub fn summary(&self, lang: Lang) -> String {
        let plural = |n: usize| if n > 1 { "s" } else { "" };
        let (accepted, duplicates, rejected) =
            (self.accepted, self.duplicates, self.rejected.len());
        match lang {
            Lang::Fr if self.is_empty() => "Aucun code de réponses trouvé dans ce texte.".into(),
            Lang::En if self.is_empty() => "No answer code found in this text.".into(),
            Lang::Fr => format!(
                "{accepted} code{s1} accepté{s1}, {duplicates} doublon{s2} ignoré{s2}, {rejected} refusé{s3}.",
                s1 = plural(accepted),
                s2 = plural(duplicates),
                s3 = plural(rejected)
            ),
            Lang::En => format!(
                "{accepted} code{s1} accepted, {duplicates} duplicate{s2} ignored, {rejected} refused.",
                s1 = if accepted == 1 { "" } else { "s" },
                s2 = if duplicates == 1 { "" } else { "s" }
            ),
        }
    }

    /// Adds `other`, another part of the same addition (the files of one pick arrive one by
    /// one), to this report.
    pub fn merge(&mut self, other: AddReport) {
        self.accepted += other.accepted;
        self.duplicates += other.duplicates;
        self.rejected.extend(other.rejected);
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
        Some(match lang {
            Lang::Fr if n == 1 => "1 code ou fichier répondait à une version antérieure des questions\u{202f}: ses réponses ont été reprises (les questions retirées sont ignorées, les nouvelles restent sans réponse).".into(),
            Lang::Fr => format!("{n} codes ou fichiers répondaient à une version antérieure des questions\u{202f}: leurs réponses ont été reprises (les questions retirées sont ignorées, les nouvelles restent sans réponse)."),
            Lang::En if n == 1 => "1 code or file answered an earlier version of the questions: its answers were carried over (removed questions are left out, new ones stay unanswered).".into(),
            Lang::En => format!("{n} codes or files answered an earlier version of the questions: their answers were carried over (removed questions are left out, new ones stay unanswered)."),
        })
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
        Some(match lang {
            Lang::Fr => format!("{places} : même identifiant de réponses qu’un autre code, mais réponses différentes. C’est sans doute une personne qui a modifié ses réponses : les deux versions sont comptées. Pour ne garder que la dernière, recommencez la collecte sans l’ancien code."),
            Lang::En => format!("{places}: same answer identifier as another code, but different answers. Probably one person changed their answers: both versions are counted. To keep only the latest, collect again without the old code."),
        })
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
/// facilitator would otherwise never learn that this line was skipped.
fn broken_links(line: &str) -> impl Iterator<Item = &str> {
    line.match_indices("#r=")
        .chain(line.match_indices("&r="))
        .map(move |(at, _)| {
            let rest = &line[at + 3..];
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            &rest[..end]
        })
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
    /// line…) with [`find_codes`] and [`decode_code`]. Codes of an earlier version of the
    /// questions are carried over and counted in [`AddReport::migrated`]. Unreadable codes, and
    /// links whose fragment holds no code, are listed with their line; everything else still
    /// loads.
    pub fn add_text(&mut self, bank: &Bank, text: &str) -> AddReport {
        let mut report = AddReport::default();
        let mut batch = Vec::new();
        let candidates = find_codes(text);
        let mut candidates = candidates.iter().peekable();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let mut has_code = false;
            while let Some(candidate) = candidates.next_if(|c| c.line == number) {
                has_code = true;
                let origin = Origin::Line {
                    line: number,
                    token: shorten(&candidate.text),
                };
                match decode_code(bank, &candidate.text) {
                    Ok(code) => {
                        report.migrated += usize::from(code.is_migrated(bank));
                        batch.push((Submission::new(code.nonce, code.answers, code.role), origin))
                    }
                    Err(error) => report.rejected.push(Rejected {
                        origin,
                        reason: Refusal::Code(error),
                    }),
                }
            }
            if !has_code {
                for token in broken_links(line) {
                    report.rejected.push(Rejected {
                        origin: Origin::Line {
                            line: number,
                            token: shorten(token),
                        },
                        reason: Refusal::Code(CodeError::NotACode),
                    });
                }
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
            Err(error) => report.rejected.push(Rejected {
                origin,
                reason: Refusal::File(error),
            }),
        }
        report
    }

    /// Adds `batch` (in reading order), counting duplicates and reporting same-nonce conflicts
    /// in reading order.
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
