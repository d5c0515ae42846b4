//! The interface, one component per file.

pub mod app;
pub mod comparison_view;
pub mod confirm_action;
pub mod fix_card;
pub mod footer;
pub mod header;
pub mod history_view;
pub mod intro;
pub mod keep_panel;
pub mod lang_switch;
pub mod overall_summary;
pub mod pact_view;
pub mod problem_result;
pub mod problem_step;
pub mod question;
pub mod reflection;
pub mod results;
pub mod results_body;
pub mod score_chart;
pub mod score_table;
pub mod share_panel;
pub mod shared_view;
pub mod start_here;
pub mod stepper;
pub mod storage_notice;
pub mod widget;
