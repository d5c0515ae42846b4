//! Where a person is in the assessment and what they answered: a pure state machine that the
//! UI drives with [`Action`]s. Side effects (storage, focus, URL) live in the UI, never here.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::code::Role;
use crate::date::Date;
use crate::export::ImportedResult;
use crate::history::{HistoryEntry, MAX_HISTORY_ENTRIES};
use crate::lang::Lang;
use crate::stored::{PactFields, StoredState};
use crate::text_limits::{bounded, bounded_pact, MAX_NOTE_CHARS};

/// Drops the oldest entries of a history sorted by date beyond [`MAX_HISTORY_ENTRIES`].
fn keep_newest(history: &mut Vec<HistoryEntry>) {
    let over = history.len().saturating_sub(MAX_HISTORY_ENTRIES);
    history.drain(..over);
}

/// The screen being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The introduction.
    Intro,
    /// The questions of the problem at this position.
    Problem(usize),
    /// The results.
    Results,
    /// The history of past assessments and their comparison.
    History,
    /// The team's pact, ready to edit and print.
    Pact,
}

/// Something the person did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the language; answers are kept.
    SetLang(Lang),
    /// Leave the introduction for the first problem.
    Start,
    /// Answer a question (global index).
    Answer {
        /// Global index of the question.
        question: usize,
        /// The answer.
        answer: Answer,
    },
    /// Go to the next step (the results after the last problem).
    Next,
    /// Go back one step.
    Previous,
    /// Write one of the reflective notes on the results page (held to
    /// [`crate::text_limits::MAX_NOTE_CHARS`]).
    Note {
        /// 0: the worst case in six months; 1: the smallest action to avoid it.
        which: usize,
        /// The note.
        text: String,
    },
    /// Forget the answers and notes and go back to the introduction. The history stays.
    Restart,
    /// Record the current answers as a completed assessment: keeps `nonce` if the session has
    /// none yet, and adds or updates its entry in the history, dated `date`.
    Complete {
        /// A fresh random nonce, used only if the session has none.
        nonce: u32,
        /// Today.
        date: Date,
    },
    /// Show another screen that needs no answer: the results, the history or the pact.
    Show(Step),
    /// Set or clear the date of the review meeting.
    SetReviewDate(Option<Date>),
    /// Replace the pact's fields (each held to its limit, see [`crate::text_limits`]).
    SetPact(PactFields),
    /// Load answers from an imported result file, and show their results.
    Import(ImportedResult),
    /// Like [`Action::Import`], after keeping the answers it replaces as their own history
    /// entry dated `today`, under `fresh_nonce` (moved on if already in the history): a file
    /// with the current nonce would otherwise overwrite them.
    ImportKeepingCurrent {
        /// The file's content.
        imported: ImportedResult,
        /// Today.
        today: Date,
        /// A random nonce for the kept answers.
        fresh_nonce: u32,
    },
    /// Add imported history entries; an entry whose nonce is already known replaces it.
    MergeHistory(Vec<HistoryEntry>),
    /// Forget everything kept on this device, except the language.
    ForgetAll,
    /// Give or withdraw the optional coarse role carried by the share link and answer code.
    SetRole(Option<Role>),
    /// Take over a whole saved state: the same session changed in another tab, or a backup
    /// restored. Ignored when it does not fit the bank (see [`Session::restore`]).
    Replace(Box<StoredState>),
}

/// The whole state of one person's assessment: what is kept on the device, plus the size of
/// the bank it belongs to. Fields are read through [`StoredState`] (`session.answers`), and only
/// [`Session::apply`] changes them, so the reducer stays the one place where state moves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    state: StoredState,
    problem_count: usize,
}

impl std::ops::Deref for Session {
    type Target = StoredState;

    fn deref(&self) -> &StoredState {
        &self.state
    }
}

impl Session {
    /// A fresh session on the introduction.
    pub fn new(bank: &Bank, lang: Lang) -> Self {
        Session {
            state: Session::new_state(lang, bank.question_count()),
            problem_count: bank.problems.len(),
        }
    }

    /// Nothing kept yet but the language: the introduction, `slots` unanswered questions.
    fn new_state(lang: Lang, slots: usize) -> StoredState {
        StoredState {
            lang,
            step: Step::Intro,
            answers: Answers::empty(slots),
            notes: Default::default(),
            nonce: None,
            history: Vec::new(),
            review_date: None,
            pact: PactFields::default(),
            role: None,
        }
    }

    /// The session that `stored` describes, if it fits `bank`: the step must exist and there
    /// must be one answer slot per question.
    pub fn restore(bank: &Bank, stored: StoredState) -> Option<Session> {
        let problem_count = bank.problems.len();
        let step_ok = match stored.step {
            Step::Problem(at) => at < problem_count,
            _ => true,
        };
        (step_ok && stored.answers.slots().len() == bank.question_count()).then_some(Session {
            state: stored,
            problem_count,
        })
    }

    /// What to keep on the device for this session.
    pub fn to_stored(&self) -> StoredState {
        self.state.clone()
    }

    /// How many steps the indicator counts: one per problem, plus the results.
    pub fn step_count(&self) -> usize {
        self.problem_count + 1
    }

    /// The 1-based number of the current step, or `None` on the introduction.
    pub fn step_number(&self) -> Option<usize> {
        match self.step {
            Step::Intro => None,
            Step::Problem(at) => Some(at + 1),
            Step::Results | Step::History | Step::Pact => Some(self.step_count()),
        }
    }

    /// The state after `action`. Returns `None` when nothing changes, so the UI can skip a
    /// render.
    pub fn apply(&self, action: Action) -> Option<Session> {
        let mut next = self.state.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Start => next.step = Step::Problem(0),
            Action::Answer { question, answer } => next.answers.set(question, answer),
            Action::Next => {
                next.step = match self.step {
                    Step::Intro => Step::Problem(0),
                    Step::Problem(at) if at + 1 < self.problem_count => Step::Problem(at + 1),
                    Step::Problem(_) | Step::Results | Step::History | Step::Pact => Step::Results,
                }
            }
            Action::Previous => {
                next.step = match self.step {
                    Step::Intro | Step::Problem(0) => Step::Intro,
                    Step::Problem(at) => Step::Problem(at - 1),
                    Step::Results => Step::Problem(self.problem_count.saturating_sub(1)),
                    Step::History | Step::Pact => Step::Results,
                }
            }
            Action::Note { which, text } => {
                if let Some(note) = next.notes.get_mut(which) {
                    *note = bounded(text, note, MAX_NOTE_CHARS);
                }
            }
            Action::Restart => {
                next.step = Step::Intro;
                next.answers = Answers::empty(self.answers.slots().len());
                next.notes = Default::default();
                next.nonce = None;
                next.review_date = None;
            }
            Action::Complete { nonce, date } => {
                if self.answers.answered() == 0 {
                    return None;
                }
                let nonce = self.nonce.unwrap_or(nonce);
                next.nonce = Some(nonce);
                let entry = HistoryEntry {
                    date,
                    nonce,
                    answers: self.answers.clone(),
                };
                match next.history.iter_mut().find(|known| known.nonce == nonce) {
                    // Seeing the same results again (a reload) keeps the date they were made.
                    Some(known) if known.answers == entry.answers => {}
                    Some(known) => *known = entry,
                    None => {
                        next.history.push(entry);
                        keep_newest(&mut next.history);
                    }
                }
            }
            Action::Show(step) => {
                if !matches!(step, Step::Problem(at) if at >= self.problem_count) {
                    next.step = step;
                }
            }
            Action::SetReviewDate(date) => next.review_date = date,
            Action::SetPact(pact) => next.pact = bounded_pact(pact, &self.pact),
            Action::Import(imported) => {
                if imported.answers.slots().len() == self.answers.slots().len() {
                    next.answers = imported.answers;
                    // A file's notes replace the current ones: they are held to the limit
                    // whatever the notes they replace.
                    next.notes = imported.notes.map(|note| bounded(note, "", MAX_NOTE_CHARS));
                    next.lang = imported.lang;
                    next.nonce = Some(imported.nonce);
                    next.step = Step::Results;
                }
            }
            Action::ImportKeepingCurrent {
                imported,
                today,
                fresh_nonce,
            } => {
                if imported.answers.slots().len() != self.answers.slots().len() {
                    return None;
                }
                if self.answers.answered() > 0 {
                    let mut nonce = fresh_nonce;
                    while nonce == imported.nonce
                        || next.history.iter().any(|known| known.nonce == nonce)
                    {
                        nonce = nonce.wrapping_add(1);
                    }
                    next.history.push(HistoryEntry {
                        date: today,
                        nonce,
                        answers: self.answers.clone(),
                    });
                }
                let kept = Session {
                    state: next,
                    problem_count: self.problem_count,
                };
                return kept.apply(Action::Import(imported)).or(Some(kept));
            }
            Action::MergeHistory(entries) => {
                // An index by nonce, kept sorted, makes each look-up a binary search: a merge of
                // thousands of entries stays fast where scanning the list for each would be
                // quadratic. (A sorted Vec rather than a map: far less code in the wasm.)
                let mut by_nonce: Vec<(u32, usize)> = next
                    .history
                    .iter()
                    .enumerate()
                    .map(|(at, known)| (known.nonce, at))
                    .collect();
                by_nonce.sort_unstable();
                for entry in entries {
                    if entry.answers.slots().len() != self.answers.slots().len() {
                        continue;
                    }
                    match by_nonce.binary_search_by_key(&entry.nonce, |&(nonce, _)| nonce) {
                        Ok(found) => {
                            if let Some(known) = by_nonce
                                .get(found)
                                .and_then(|&(_, at)| next.history.get_mut(at))
                            {
                                *known = entry;
                            }
                        }
                        Err(place) => {
                            by_nonce.insert(place, (entry.nonce, next.history.len()));
                            next.history.push(entry);
                        }
                    }
                }
                next.history.sort_by_key(|entry| entry.date);
                keep_newest(&mut next.history);
            }
            Action::ForgetAll => {
                next = Session::new_state(self.lang, self.answers.slots().len());
            }
            Action::SetRole(role) => next.role = role,
            Action::Replace(stored) => {
                let problem_fits = match stored.step {
                    Step::Problem(at) => at < self.problem_count,
                    _ => true,
                };
                if problem_fits && stored.answers.slots().len() == self.answers.slots().len() {
                    next = *stored;
                }
            }
        }
        (next != self.state).then_some(Session {
            state: next,
            problem_count: self.problem_count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> Bank {
        let problem = |n: u8, polarity: &str| {
            format!(
                r#"
[[problems]]
id = "p{n}"
label = {{ fr = "a", en = "a" }}
summary = {{ fr = "a", en = "a" }}
lesson = {{ fr = "a", en = "a" }}
fixes = [{{ id = "f{n}", title = {{ fr = "t", en = "t" }}, detail = {{ fr = "d", en = "d" }}, source = {{ fr = "s", en = "s" }}, url = "https://x.org" }}]
questions = [{{ id = "q{n}", polarity = "{polarity}", text = {{ fr = "t", en = "t" }}, origin = "o", fixes = ["f{n}"] }}]
"#
            )
        };
        let source = format!(
            "id = \"b\"\nversion = 1\n{}{}",
            problem(1, "symptom"),
            problem(2, "practice")
        );
        crate::parse_bank_toml(&source).expect("bank")
    }

    fn after(session: &Session, action: Action) -> Session {
        session.apply(action).unwrap_or_else(|| session.clone())
    }

    #[test]
    fn importing_over_the_same_nonce_can_keep_the_replaced_answers() {
        let bank = bank();
        let day = |d: u8| Date::new(2026, 12, d).expect("date");
        let mut session = Session::new(&bank, Lang::EN);
        session = after(
            &session,
            Action::Answer {
                question: 0,
                answer: Answer::Never,
            },
        );
        session = after(
            &session,
            Action::Complete {
                nonce: 7,
                date: day(1),
            },
        );
        let mine = session.answers.clone();
        let theirs = Answers::from_slots(vec![Some(Answer::Always), Some(Answer::Rarely)]);
        let imported = ImportedResult {
            answers: theirs.clone(),
            notes: Default::default(),
            lang: Lang::FR,
            date: day(1),
            nonce: 7,
        };
        // The fresh nonce is taken: it moves on to a free one.
        let next = after(
            &session,
            Action::ImportKeepingCurrent {
                imported: imported.clone(),
                today: day(2),
                fresh_nonce: 7,
            },
        );
        assert_eq!(next.answers, theirs);
        assert_eq!(next.nonce, Some(7));
        assert_eq!(next.step, Step::Results);
        let kept: Vec<_> = next.history.iter().filter(|e| e.answers == mine).collect();
        assert_eq!(
            kept.len(),
            2,
            "the completed entry, still under 7, and the kept copy"
        );
        assert!(kept.iter().any(|e| e.nonce == 8 && e.date == day(2)));
        // A plain import leaves no copy.
        let plain = after(&session, Action::Import(imported));
        assert_eq!(plain.history.len(), 1);
    }

    #[test]
    fn steps_go_forward_and_back_through_every_problem() {
        let bank = bank();
        let mut session = Session::new(&bank, Lang::FR);
        assert_eq!(session.step_number(), None);
        session = after(&session, Action::Start);
        assert_eq!(session.step, Step::Problem(0));
        assert_eq!(session.step_number(), Some(1));
        session = after(&session, Action::Next);
        assert_eq!(session.step, Step::Problem(1));
        session = after(&session, Action::Next);
        assert_eq!(session.step, Step::Results);
        assert_eq!(session.step_number(), Some(3));
        assert_eq!(session.step_count(), 3);
        session = after(&session, Action::Previous);
        assert_eq!(session.step, Step::Problem(1));
        session = after(&after(&session, Action::Previous), Action::Previous);
        assert_eq!(session.step, Step::Intro);
    }

    #[test]
    fn switching_language_keeps_answers_and_step() {
        let bank = bank();
        let mut session = after(&Session::new(&bank, Lang::FR), Action::Start);
        session = after(
            &session,
            Action::Answer {
                question: 0,
                answer: Answer::Often,
            },
        );
        let switched = after(&session, Action::SetLang(Lang::EN));
        assert_eq!(switched.lang, Lang::EN);
        assert_eq!(switched.step, session.step);
        assert_eq!(switched.answers, session.answers);
    }

    #[test]
    fn unchanged_state_is_reported_as_no_change() {
        let bank = bank();
        let session = Session::new(&bank, Lang::FR);
        assert_eq!(session.apply(Action::SetLang(Lang::FR)), None);
        assert_eq!(session.apply(Action::Previous), None);
        assert_eq!(
            session.apply(Action::Note {
                which: 7,
                text: "x".into()
            }),
            None
        );
    }

    #[test]
    fn restore_checks_the_step_and_the_answer_count() {
        let bank = bank();
        let answers = Answers::from_slots(vec![Some(Answer::Often), None]);
        let stored = |step: Step, answers: Answers| {
            let mut state = Session::new(&bank, Lang::EN).to_stored();
            state.step = step;
            state.answers = answers;
            state.notes = ["a".to_string(), "b".to_string()];
            state
        };
        let restored =
            Session::restore(&bank, stored(Step::Problem(1), answers.clone())).expect("valid");
        assert_eq!(restored.step_count(), 3);
        assert_eq!(restored.step_number(), Some(2));
        assert_eq!(restored.answers, answers);
        assert_eq!(
            after(&restored, Action::Next).step,
            Step::Results,
            "the restored session knows its bank's size"
        );
        assert!(Session::restore(&bank, stored(Step::Results, answers.clone())).is_some());
        assert!(Session::restore(&bank, stored(Step::Problem(2), answers)).is_none());
        assert!(Session::restore(&bank, stored(Step::Intro, Answers::empty(3))).is_none());
        assert_eq!(
            Session::restore(&bank, restored.to_stored()),
            Some(restored.clone()),
            "to_stored keeps everything"
        );
    }

    fn day(d: u8) -> Date {
        Date::new(2026, 11, d).expect("date")
    }

    #[test]
    fn completing_keeps_one_nonce_and_one_history_entry_per_assessment() {
        let bank = bank();
        let mut session = Session::new(&bank, Lang::FR);
        assert_eq!(
            session.apply(Action::Complete {
                nonce: 7,
                date: day(1)
            }),
            None,
            "nothing answered, nothing to keep"
        );
        session = after(
            &session,
            Action::Answer {
                question: 0,
                answer: Answer::Often,
            },
        );
        session = after(
            &session,
            Action::Complete {
                nonce: 7,
                date: day(1),
            },
        );
        assert_eq!(session.nonce, Some(7));
        assert_eq!(session.history.len(), 1);
        assert_eq!(
            session.apply(Action::Complete {
                nonce: 5,
                date: day(4)
            }),
            None,
            "completing the same answers again changes nothing"
        );
        // Editing and completing again updates the same entry, with the first nonce.
        session = after(
            &session,
            Action::Answer {
                question: 1,
                answer: Answer::Always,
            },
        );
        session = after(
            &session,
            Action::Complete {
                nonce: 99,
                date: day(2),
            },
        );
        assert_eq!(session.nonce, Some(7));
        assert_eq!(session.history.len(), 1);
        assert_eq!(session.history[0].date, day(2));
        assert_eq!(session.history[0].answers, session.answers);
        // A restart starts a new assessment; the history stays.
        session = after(&session, Action::Restart);
        assert_eq!(session.nonce, None);
        session = after(
            &session,
            Action::Answer {
                question: 0,
                answer: Answer::Never,
            },
        );
        session = after(
            &session,
            Action::Complete {
                nonce: 8,
                date: day(3),
            },
        );
        assert_eq!(session.history.len(), 2);
        // Forgetting everything keeps only the language.
        let forgotten = after(&session, Action::ForgetAll);
        assert_eq!(forgotten, Session::new(&bank, Lang::FR));
    }

    #[test]
    fn merging_history_replaces_known_nonces_and_sorts_by_date() {
        let bank = bank();
        let entry = |nonce: u32, d: u8| HistoryEntry {
            date: day(d),
            nonce,
            answers: Answers::from_slots(vec![Some(Answer::Often), None]),
        };
        let mut session = Session::new(&bank, Lang::FR);
        session = after(
            &session,
            Action::MergeHistory(vec![entry(1, 5), entry(2, 3)]),
        );
        session = after(&session, Action::MergeHistory(vec![entry(1, 9)]));
        let seen: Vec<(u32, Date)> = session.history.iter().map(|e| (e.nonce, e.date)).collect();
        assert_eq!(seen, [(2, day(3)), (1, day(9))]);
        let wrong_size = HistoryEntry {
            date: day(1),
            nonce: 3,
            answers: Answers::empty(5),
        };
        assert_eq!(session.apply(Action::MergeHistory(vec![wrong_size])), None);
    }

    #[test]
    fn other_screens_lead_back_to_the_results() {
        let bank = bank();
        let session = after(&Session::new(&bank, Lang::FR), Action::Show(Step::Pact));
        assert_eq!(session.step, Step::Pact);
        assert_eq!(after(&session, Action::Previous).step, Step::Results);
        assert_eq!(session.apply(Action::Show(Step::Problem(9))), None);
    }

    #[test]
    fn restart_forgets_answers_and_notes_but_not_the_language() {
        let bank = bank();
        let mut session = Session::new(&bank, Lang::EN);
        for action in [
            Action::Start,
            Action::Answer {
                question: 1,
                answer: Answer::Always,
            },
            Action::Next,
            Action::Next,
            Action::Note {
                which: 1,
                text: "Call the DSI".into(),
            },
        ] {
            session = after(&session, action);
        }
        assert_eq!(session.step, Step::Results);
        let restarted = after(&session, Action::Restart);
        assert_eq!(restarted, Session::new(&bank, Lang::EN));
    }

    #[test]
    fn replacing_takes_over_a_fitting_state_and_ignores_the_rest() {
        let bank = bank();
        let session = Session::new(&bank, Lang::FR);
        let mut other = after(
            &after(&session, Action::Start),
            Action::Answer {
                question: 1,
                answer: Answer::Always,
            },
        );
        other = after(&other, Action::SetRole(Some(Role::Sponsor)));
        let replaced = after(&session, Action::Replace(Box::new(other.to_stored())));
        assert_eq!(replaced, other);
        assert_eq!(
            replaced.apply(Action::Replace(Box::new(other.to_stored()))),
            None,
            "the same state again changes nothing, so a tab does not save it back"
        );
        let mut wrong_size = other.to_stored();
        wrong_size.answers = Answers::empty(5);
        assert_eq!(session.apply(Action::Replace(Box::new(wrong_size))), None);
        let mut wrong_step = other.to_stored();
        wrong_step.step = Step::Problem(2);
        assert_eq!(session.apply(Action::Replace(Box::new(wrong_step))), None);
    }

    #[test]
    fn a_role_is_optional_kept_on_restart_and_forgotten_with_everything() {
        let bank = bank();
        let session = Session::new(&bank, Lang::FR);
        assert_eq!(session.role, None);
        let with_role = after(&session, Action::SetRole(Some(Role::Management)));
        assert_eq!(with_role.role, Some(Role::Management));
        assert_eq!(
            with_role.apply(Action::SetRole(Some(Role::Management))),
            None
        );
        // The role describes the person, not one assessment: starting again keeps it.
        assert_eq!(
            after(&with_role, Action::Restart).role,
            Some(Role::Management)
        );
        assert_eq!(after(&with_role, Action::SetRole(None)).role, None);
        assert_eq!(after(&with_role, Action::ForgetAll).role, None);
        let restored = Session::restore(&bank, with_role.to_stored()).expect("restorable");
        assert_eq!(restored.role, Some(Role::Management));
    }

    #[test]
    fn free_text_is_held_to_its_limit_when_typed_pasted_or_imported() {
        use crate::text_limits::{MAX_PACT_LONG_CHARS, MAX_PACT_SHORT_CHARS};
        let bank = bank();
        let session = Session::new(&bank, Lang::FR);
        let typed = after(
            &session,
            Action::Note {
                which: 0,
                text: "x".repeat(MAX_NOTE_CHARS + 50),
            },
        );
        assert_eq!(typed.notes[0].len(), MAX_NOTE_CHARS);
        let pact = PactFields {
            team: "t".repeat(MAX_PACT_SHORT_CHARS * 2),
            commitments: "c".repeat(MAX_PACT_LONG_CHARS + 1),
            ..PactFields::default()
        };
        let with_pact = after(&session, Action::SetPact(pact));
        assert_eq!(with_pact.pact.team.len(), MAX_PACT_SHORT_CHARS);
        assert_eq!(with_pact.pact.commitments.len(), MAX_PACT_LONG_CHARS);
        let imported = ImportedResult {
            answers: Answers::from_slots(vec![Some(Answer::Always), None]),
            notes: ["n".repeat(MAX_NOTE_CHARS * 3), "court".into()],
            lang: Lang::FR,
            date: day(1),
            nonce: 4,
        };
        let imported = after(&session, Action::Import(imported));
        assert_eq!(imported.notes[0].len(), MAX_NOTE_CHARS);
        assert_eq!(imported.notes[1], "court");
    }

    #[test]
    fn a_note_saved_before_the_limits_is_kept_and_may_only_shrink() {
        let bank = bank();
        let mut state = Session::new(&bank, Lang::FR).to_stored();
        let old = "o".repeat(MAX_NOTE_CHARS * 2);
        state.notes[0] = old.clone();
        let session = Session::restore(&bank, state).expect("restorable");
        assert_eq!(session.notes[0], old, "reading never cuts");
        let shorter = after(
            &session,
            Action::Note {
                which: 0,
                text: old[1..].to_string(),
            },
        );
        assert_eq!(shorter.notes[0].len(), old.len() - 1);
        let longer = after(
            &session,
            Action::Note {
                which: 0,
                text: format!("{old}plus"),
            },
        );
        assert_eq!(longer.notes[0], old);
    }
}
