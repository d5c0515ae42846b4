//! The check page's components: each renders part of the state and dispatches actions.

pub mod app;
pub mod findings;
pub mod pick_file;
pub mod preview;
pub mod publish;
