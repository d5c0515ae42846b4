//! The small values read from form fields, files and attributes: a date (`YYYY-MM-DD`, the
//! review date and every file's `date`), a role key, a language tag, an answer key. Nothing may
//! panic; a date that reads writes back to the same text and stays within its range.
#![no_main]

use assessment_core::{Answer, Date, Lang, Role};
use assessment_core_fuzz::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    if let Ok(date) = Date::parse(&text) {
        assert_eq!(date.to_string(), text.trim());
        assert!(Date::MIN <= date && date <= Date::MAX);
        assert_eq!(Date::from_days_since_epoch(date.days_since_epoch()), Some(date));
        let _ = date.add_months(i32::from(data.first().copied().unwrap_or(0)) - 128);
        let _ = date.add_days(i64::from(data.last().copied().unwrap_or(0)) * 1000);
    }
    if let Some(role) = Role::from_key(&text) {
        assert_eq!(role.key(), text.as_ref());
    }
    if let Some(lang) = Lang::from_tag(&text) {
        assert!(Lang::ALL.contains(&lang));
    }
    if let Some(answer) = Answer::from_key(&text) {
        assert_eq!(answer.key(), text.as_ref());
    }
});
