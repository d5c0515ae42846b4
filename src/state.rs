//! Bridges the pure [`Session`] of the core to Yew's reducer hook.

use assessment_core::{Action, Session};
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

pub use ui_shared::SharedBank;

/// The session as components receive it: cloning is a pointer copy, and two handles are equal
/// when they point at the same state, so passing it down costs nothing per render.
pub type SessionHandle = UseReducerHandle<SessionState>;
