//! Custom hooks, one per file.

pub mod use_persisted_session;
