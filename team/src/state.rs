//! The team view's state and every change to it, in one pure reducer ([`TeamState::reduce`]),
//! as the assessment page has its `Session`: components only dispatch [`TeamAction`]s.
//!
//! The shared values are compared by pointer: they are rebuilt only when codes are added or
//! cleared or *k* changes, and a deep comparison on every render would be wasted work (a team
//! result of 10,000 people is still small, but the bank is not). Nothing is persisted: pasted
//! codes are people's answers, and the page forgets them when it closes.

use assessment_core::team::{effective_k, AddReport, DEFAULT_K};
use assessment_core::{Collection, Lang, TeamResult};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

pub use ui_shared::SharedBank;

/// The team result currently shown.
#[derive(Clone, Debug)]
pub struct SharedResult(pub Rc<TeamResult>);

impl PartialEq for SharedResult {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedResult {
    type Target = TeamResult;

    fn deref(&self) -> &TeamResult {
        &self.0
    }
}

/// What the last addition (one paste, or one batch of files) did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feedback {
    pub report: AddReport,
    /// Files the browser could not read at all (too large, unreadable).
    pub unreadable_files: Vec<String>,
}

impl Feedback {
    /// Adds another part of the same batch (the files of one pick arrive one by one).
    pub fn merge(&mut self, report: AddReport) {
        // The core's merge, so that every count (migrated codes too) adds up.
        self.report.merge(report);
    }
}

/// Everything a facilitator can do to the team view.
#[derive(Clone, Debug, PartialEq)]
pub enum TeamAction {
    /// Pasted or dropped text: links, codes, whole chat messages.
    AddText(String),
    /// One file of a picked or dropped batch, read as text (`Err` when the browser could not
    /// read it); `first` starts a new report.
    AddFile {
        first: bool,
        name: String,
        text: Result<String, ()>,
    },
    /// Forget every code.
    Clear,
    /// The *k* asked for; `None` when the field holds no whole number.
    SetK(Option<usize>),
    SetLang(Lang),
    /// Workshop mode on or off; either way the results are hidden again.
    ToggleWorkshop,
    /// Show the results in workshop mode.
    Reveal,
}

/// The team view's state.
#[derive(Clone, Debug)]
pub struct TeamState {
    bank: SharedBank,
    /// Every distinct submission. Shared with the previous state until a change, which then
    /// works on its own copy (`Rc::make_mut`): the reducer stays pure, and a copy costs less
    /// than decoding the codes.
    collection: Rc<Collection>,
    pub lang: Lang,
    /// The anonymity threshold applied.
    pub k: usize,
    /// The last *k* asked for was below the minimum (or not a number) and was raised.
    pub k_raised: bool,
    /// `None` before the first accepted code.
    pub result: Option<SharedResult>,
    /// What the last addition did; `None` before the first one.
    pub feedback: Option<Rc<Feedback>>,
    /// The last change was "clear all".
    pub cleared: bool,
    pub workshop: bool,
    pub revealed: bool,
}

impl TeamState {
    /// An empty team view for `bank`, in `lang`.
    pub fn new(bank: SharedBank, lang: Lang) -> TeamState {
        TeamState {
            bank,
            collection: Rc::new(Collection::new()),
            lang,
            k: DEFAULT_K,
            k_raised: false,
            result: None,
            feedback: None,
            cleared: false,
            workshop: false,
            revealed: false,
        }
    }

    /// Distinct submissions collected so far.
    pub fn people(&self) -> usize {
        self.collection.len()
    }

    /// The result of the current collection at the current *k*.
    fn recompute(&mut self) {
        self.result = (!self.collection.is_empty()).then(|| {
            SharedResult(Rc::new(TeamResult::compute(
                &self.bank,
                &self.collection,
                self.k,
            )))
        });
    }

    /// Applies a change to the collection and records what it did.
    fn collect(&mut self, action: TeamAction) {
        let bank = self.bank.clone();
        let collection = Rc::make_mut(&mut self.collection);
        let feedback = match action {
            TeamAction::AddText(text) => Feedback {
                report: collection.add_text(&bank, &text),
                unreadable_files: Vec::new(),
            },
            TeamAction::AddFile { first, name, text } => {
                let mut feedback = match (&self.feedback, first) {
                    (Some(previous), false) => Feedback::clone(previous),
                    _ => Feedback::default(),
                };
                match text {
                    Ok(text) => feedback.merge(collection.add_json_file(&bank, &name, &text)),
                    Err(()) => feedback.unreadable_files.push(name),
                }
                feedback
            }
            // Clear; the reducer handles the other actions itself.
            _ => {
                collection.clear();
                Feedback::default()
            }
        };
        self.feedback = Some(Rc::new(feedback));
        self.recompute();
    }
}

impl Reducible for TeamState {
    type Action = TeamAction;

    fn reduce(self: Rc<Self>, action: TeamAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        match action {
            TeamAction::SetK(requested) => {
                let wanted = requested.unwrap_or(DEFAULT_K);
                let applied = effective_k(wanted);
                next.k_raised = applied != wanted || requested.is_none();
                if applied != next.k {
                    next.k = applied;
                    next.recompute();
                }
            }
            TeamAction::SetLang(lang) => next.lang = lang,
            TeamAction::ToggleWorkshop => {
                next.workshop = !next.workshop;
                next.revealed = false;
            }
            TeamAction::Reveal => next.revealed = true,
            change => {
                next.cleared = change == TeamAction::Clear;
                next.collect(change);
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use assessment_core::{built_in_bank, encode_code, Answer, Answers};

    fn start() -> Rc<TeamState> {
        let bank = built_in_bank().map(|bank| SharedBank(Rc::new(bank)));
        let bank = bank.unwrap_or_else(|error| panic!("built-in bank: {error}"));
        Rc::new(TeamState::new(bank, Lang::FR))
    }

    fn code(state: &TeamState, nonce: u32) -> String {
        let mut answers = Answers::for_bank(&state.bank);
        answers.set(0, Answer::Often);
        encode_code(&state.bank, &answers, nonce, None)
    }

    #[test]
    fn a_batch_of_files_adds_up_every_count_migrated_ones_included() {
        let mut feedback = Feedback::default();
        for migrated in [1, 0, 2] {
            feedback.merge(AddReport {
                accepted: 1,
                migrated,
                ..AddReport::default()
            });
        }
        assert_eq!(feedback.report.accepted, 3);
        assert_eq!(feedback.report.migrated, 3);
        assert!(feedback.report.migrated_message(Lang::FR).is_some());
    }

    #[test]
    fn pasting_codes_counts_people_once_and_reports() {
        let state = start();
        let text = format!(
            "{}\n{}\n{}\nnot a code",
            code(&state, 1),
            code(&state, 2),
            code(&state, 1)
        );
        let state = state.reduce(TeamAction::AddText(text));
        assert_eq!(state.people(), 2);
        assert_eq!(state.result.as_ref().map(|result| result.people), Some(2));
        let feedback = state.feedback.clone().unwrap_or_default();
        assert_eq!(feedback.report.accepted, 2);
        assert_eq!(feedback.report.duplicates, 1);
        assert!(!state.cleared);
    }

    #[test]
    fn the_previous_state_is_left_as_it_was() {
        let before = start();
        let after = before.clone().reduce(TeamAction::AddText(code(&before, 7)));
        assert_eq!((before.people(), after.people()), (0, 1));
        assert!(before.result.is_none() && before.feedback.is_none());
    }

    #[test]
    fn a_batch_of_files_makes_one_report() {
        let state = start();
        let state = state.reduce(TeamAction::AddFile {
            first: true,
            name: "a.json".into(),
            text: Err(()),
        });
        let state = state.reduce(TeamAction::AddFile {
            first: false,
            name: "b.json".into(),
            text: Ok("{}".into()),
        });
        let feedback = state.feedback.clone().unwrap_or_default();
        assert_eq!(feedback.unreadable_files, vec!["a.json".to_string()]);
        assert_eq!(
            feedback.report.rejected.len(),
            1,
            "b.json is not a result file"
        );
        let state = state.reduce(TeamAction::AddFile {
            first: true,
            name: "c.json".into(),
            text: Err(()),
        });
        let feedback = state.feedback.clone().unwrap_or_default();
        assert_eq!(
            feedback.unreadable_files,
            vec!["c.json".to_string()],
            "a new batch"
        );
        assert!(feedback.report.rejected.is_empty());
    }

    #[test]
    fn k_below_the_minimum_is_raised_and_said() {
        let state = start().reduce(TeamAction::SetK(Some(1)));
        assert_eq!((state.k, state.k_raised), (DEFAULT_K, true));
        let state = state.reduce(TeamAction::SetK(Some(5)));
        assert_eq!((state.k, state.k_raised), (5, false));
        let state = state.reduce(TeamAction::SetK(None));
        assert_eq!((state.k, state.k_raised), (DEFAULT_K, true));
    }

    #[test]
    fn clearing_forgets_everything_and_says_so() {
        let state = start();
        let state = state.clone().reduce(TeamAction::AddText(code(&state, 3)));
        let state = state.reduce(TeamAction::Clear);
        assert_eq!(state.people(), 0);
        assert!(state.result.is_none());
        assert!(state.cleared);
        assert_eq!(state.feedback.as_deref(), Some(&Feedback::default()));
    }

    #[test]
    fn workshop_mode_hides_the_results_until_revealed() {
        let state = start().reduce(TeamAction::ToggleWorkshop);
        assert!(state.workshop && !state.revealed);
        let state = state.reduce(TeamAction::Reveal);
        assert!(state.revealed);
        let state = state.reduce(TeamAction::ToggleWorkshop);
        assert!(!state.workshop && !state.revealed);
    }
}
