//! Where a person is in the assessment and what they answered: a pure state machine that the
//! UI drives with [`Action`]s. Side effects (storage, focus, URL) live in the UI, never here.

use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::lang::Lang;

/// The screen being shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// The introduction.
    Intro,
    /// The questions of the problem at this position.
    Problem(usize),
    /// The results.
    Results,
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
    /// Write one of the reflective notes on the results page.
    Note {
        /// 0: the worst case in six months; 1: the smallest action to avoid it.
        which: usize,
        /// The note.
        text: String,
    },
    /// Forget the answers and notes and go back to the introduction.
    Restart,
}

/// The whole state of one person's assessment.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Session {
    /// The language shown.
    pub lang: Lang,
    /// The screen shown.
    pub step: Step,
    /// The answers so far.
    pub answers: Answers,
    /// The two reflective notes from the results page.
    pub notes: [String; 2],
    problem_count: usize,
}

impl Session {
    /// A fresh session on the introduction.
    pub fn new(bank: &Bank, lang: Lang) -> Self {
        Session {
            lang,
            step: Step::Intro,
            answers: Answers::for_bank(bank),
            notes: Default::default(),
            problem_count: bank.problems.len(),
        }
    }

    /// A session restored from saved data, or `None` when the data does not fit `bank`: a step
    /// past the last problem, or not exactly one answer slot per question. The fields are checked
    /// here rather than exposed, so a session always agrees with its bank.
    pub fn restore(
        bank: &Bank,
        lang: Lang,
        step: Step,
        answers: Answers,
        notes: [String; 2],
    ) -> Option<Session> {
        let problem_count = bank.problems.len();
        let step_ok = match step {
            Step::Problem(at) => at < problem_count,
            Step::Intro | Step::Results => true,
        };
        (step_ok && answers.slots().len() == bank.question_count()).then_some(Session {
            lang,
            step,
            answers,
            notes,
            problem_count,
        })
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
            Step::Results => Some(self.step_count()),
        }
    }

    /// The state after `action`. Returns `None` when nothing changes, so the UI can skip a
    /// render.
    pub fn apply(&self, action: Action) -> Option<Session> {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Start => next.step = Step::Problem(0),
            Action::Answer { question, answer } => next.answers.set(question, answer),
            Action::Next => {
                next.step = match self.step {
                    Step::Intro => Step::Problem(0),
                    Step::Problem(at) if at + 1 < self.problem_count => Step::Problem(at + 1),
                    Step::Problem(_) | Step::Results => Step::Results,
                }
            }
            Action::Previous => {
                next.step = match self.step {
                    Step::Intro | Step::Problem(0) => Step::Intro,
                    Step::Problem(at) => Step::Problem(at - 1),
                    Step::Results => Step::Problem(self.problem_count.saturating_sub(1)),
                }
            }
            Action::Note { which, text } => {
                if let Some(note) = next.notes.get_mut(which) {
                    *note = text;
                }
            }
            Action::Restart => {
                next.step = Step::Intro;
                next.answers = Answers::empty(self.answers.slots().len());
                next.notes = Default::default();
            }
        }
        (next != *self).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_bank;

    fn bank() -> Bank {
        let source = "bank b\nversion 1\n\
            problem p1\nlabel.fr a\nlabel.en a\nsummary.fr a\nsummary.en a\nlesson.fr a\nlesson.en a\n\
            fix f1\ntitle.fr t\ntitle.en t\ndetail.fr d\ndetail.en d\nsource.fr s\nsource.en s\nurl https://x.org\n\
            question q1 symptom\ntext.fr t\ntext.en t\norigin o\nfixes f1\n\
            problem p2\nlabel.fr a\nlabel.en a\nsummary.fr a\nsummary.en a\nlesson.fr a\nlesson.en a\n\
            fix f2\ntitle.fr t\ntitle.en t\ndetail.fr d\ndetail.en d\nsource.fr s\nsource.en s\nurl https://x.org\n\
            question q2 practice\ntext.fr t\ntext.en t\norigin o\nfixes f2\n";
        parse_bank(source).expect("bank")
    }

    fn after(session: &Session, action: Action) -> Session {
        session.apply(action).unwrap_or_else(|| session.clone())
    }

    #[test]
    fn steps_go_forward_and_back_through_every_problem() {
        let bank = bank();
        let mut session = Session::new(&bank, Lang::Fr);
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
        let mut session = after(&Session::new(&bank, Lang::Fr), Action::Start);
        session = after(
            &session,
            Action::Answer {
                question: 0,
                answer: Answer::Often,
            },
        );
        let switched = after(&session, Action::SetLang(Lang::En));
        assert_eq!(switched.lang, Lang::En);
        assert_eq!(switched.step, session.step);
        assert_eq!(switched.answers, session.answers);
    }

    #[test]
    fn unchanged_state_is_reported_as_no_change() {
        let bank = bank();
        let session = Session::new(&bank, Lang::Fr);
        assert_eq!(session.apply(Action::SetLang(Lang::Fr)), None);
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
        let notes = || ["a".to_string(), "b".to_string()];
        let restored =
            Session::restore(&bank, Lang::En, Step::Problem(1), answers.clone(), notes())
                .expect("valid");
        assert_eq!(restored.step_count(), 3);
        assert_eq!(restored.step_number(), Some(2));
        assert_eq!(restored.answers, answers);
        assert_eq!(
            after(&restored, Action::Next).step,
            Step::Results,
            "the restored session knows its bank's size"
        );
        assert!(
            Session::restore(&bank, Lang::En, Step::Results, answers.clone(), notes()).is_some()
        );
        assert!(Session::restore(&bank, Lang::En, Step::Problem(2), answers, notes()).is_none());
        assert!(
            Session::restore(&bank, Lang::En, Step::Intro, Answers::empty(3), notes()).is_none()
        );
    }

    #[test]
    fn restart_forgets_answers_and_notes_but_not_the_language() {
        let bank = bank();
        let mut session = Session::new(&bank, Lang::En);
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
        assert_eq!(restarted, Session::new(&bank, Lang::En));
    }
}
