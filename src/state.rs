//! Bridges the pure [`Session`] of the core to Yew's reducer hook.

use assessment_core::{Action, Bank, Session};
use std::ops::Deref;
use std::rc::Rc;
use yew::{Reducible, UseReducerHandle};

/// The session as Yew state. The reducer only delegates to [`Session::apply`], which is pure;
/// returning the same `Rc` when nothing changed lets Yew skip the render.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(SessionState(next)),
            None => self,
        }
    }
}

impl Deref for SessionState {
    type Target = Session;

    fn deref(&self) -> &Session {
        &self.0
    }
}

/// The validated bank, shared by every component. Compared by pointer: the bank never changes
/// while the app runs, and a deep comparison on every render would be wasted work.
#[derive(Clone, Debug)]
pub struct SharedBank(pub Rc<Bank>);

impl PartialEq for SharedBank {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedBank {
    type Target = Bank;

    fn deref(&self) -> &Bank {
        &self.0
    }
}

/// The session as components receive it: cloning is a pointer copy, and two handles are equal
/// when they point at the same state, so passing it down costs nothing per render.
pub type SessionHandle = UseReducerHandle<SessionState>;
