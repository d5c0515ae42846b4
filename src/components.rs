//! The interface, one component per file.

pub mod app;
pub mod fix_card;
pub mod footer;
pub mod header;
pub mod intro;
pub mod lang_switch;
pub mod overall_summary;
pub mod problem_result;
pub mod problem_step;
pub mod question;
pub mod reflection;
pub mod restart_control;
pub mod results;
pub mod score_chart;
pub mod score_table;
pub mod start_here;
pub mod stepper;
pub mod widget;
