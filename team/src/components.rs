//! The team view, one concern per file.

pub mod add_report;
pub mod app;
pub mod box_plot;
pub mod collect_panel;
pub mod confirm_clear;
pub mod distributions;
pub mod export_bar;
pub mod foreign_codes;
pub mod k_field;
pub mod results_view;
pub mod role_gaps;
pub mod stats_table;
pub mod talk_about_it;
pub mod team_fixes;
pub mod workshop_view;
