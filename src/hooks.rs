//! Custom hooks, one per file.

pub mod use_frame_bridge;
pub mod use_persisted_session;
