//! Calendar rules: parsing, month arithmetic with clamping, leap years, day counts.

use assessment_core::{Date, DateError, Lang};
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

#[test]
fn parses_and_prints_iso_dates() {
    let day = date("2026-11-28");
    assert_eq!((day.year(), day.month(), day.day()), (2026, 11, 28));
    assert_eq!(day.to_string(), "2026-11-28");
    assert_eq!(day.compact(), "20261128");
    assert_eq!(date(" 0001-01-01 ").to_string(), "0001-01-01");
    assert_eq!("2024-02-29".parse::<Date>(), Ok(date("2024-02-29")));
}

#[test]
fn refuses_badly_written_dates() {
    for text in [
        "",
        "2026-1-28",
        "2026/11/28",
        "28-11-2026",
        "2026-11-28T10:00",
        "+026-11-28",
        "２０２６-11-28",
        "2026-11-2é",
    ] {
        assert!(
            matches!(Date::parse(text), Err(DateError::Format { .. })),
            "{text:?}"
        );
    }
}

#[test]
fn refuses_days_that_do_not_exist() {
    for text in [
        "2026-02-29",
        "1900-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "2026-01-00",
    ] {
        assert_eq!(
            Date::parse(text),
            Err(DateError::NoSuchDay { value: text.into() }),
            "{text:?}"
        );
    }
    assert!(Date::parse("2000-02-29").is_ok());
    assert!(Date::new(10_000, 1, 1).is_err());
    assert!(Date::new(-1, 1, 1).is_err());
}

#[test]
fn errors_speak_french_and_english() {
    let error = Date::parse("demain").unwrap_err();
    assert!(error.message(Lang::FR).contains("AAAA-MM-JJ"));
    assert!(error.to_string().contains("YYYY-MM-DD"));
    let error = Date::parse("2026-02-30").unwrap_err();
    assert!(error.message(Lang::FR).contains("n’existe pas"));
    assert!(error.to_string().contains("does not exist"));
}

#[test]
fn adding_months_clamps_the_day() {
    assert_eq!(date("2026-08-31").add_months(6), date("2027-02-28"));
    assert_eq!(date("2027-08-31").add_months(6), date("2028-02-29"));
    assert_eq!(date("2026-01-31").add_months(1), date("2026-02-28"));
    assert_eq!(date("2026-03-31").add_months(-1), date("2026-02-28"));
    assert_eq!(date("2026-05-15").add_months(6), date("2026-11-15"));
    assert_eq!(date("2026-11-28").add_months(6), date("2027-05-28"));
    assert_eq!(date("2026-11-28").add_months(12), date("2027-11-28"));
    assert_eq!(date("2026-11-28").add_months(-23), date("2024-12-28"));
    assert_eq!(date("9999-10-01").add_months(6), Date::MAX);
    assert_eq!(date("0000-03-01").add_months(-6), Date::MIN);
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    assert!(assessment_core::date::is_leap_year(2000));
    assert!(assessment_core::date::is_leap_year(2024));
    assert!(!assessment_core::date::is_leap_year(1900));
    assert!(!assessment_core::date::is_leap_year(2026));
}

#[test]
fn day_counts_and_order() {
    assert_eq!(date("1970-01-01").days_since_epoch(), 0);
    assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
    assert_eq!(date("1969-12-31").days_since_epoch(), -1);
    assert_eq!(date("2026-11-28").days_until(date("2027-05-28")), 181);
    assert_eq!(date("2024-02-28").add_days(1), Some(date("2024-02-29")));
    assert_eq!(date("2026-12-31").add_days(1), Some(date("2027-01-01")));
    assert_eq!(Date::MAX.add_days(1), None);
    assert_eq!(Date::MIN.add_days(-1), None);
    assert!(date("2026-11-28") < date("2026-12-01"));
    assert!(date("2025-12-31") < date("2026-01-01"));
}

proptest! {
    #[test]
    fn days_round_trip(days in Date::MIN.days_since_epoch()..=Date::MAX.days_since_epoch()) {
        let day = Date::from_days_since_epoch(days).expect("in range");
        prop_assert_eq!(day.days_since_epoch(), days);
        prop_assert_eq!(Date::parse(&day.to_string()), Ok(day));
        if let Some(next) = day.add_days(1) {
            prop_assert!(day < next);
        }
    }

    #[test]
    fn parsing_any_text_never_panics(text in "\\PC{0,12}") {
        let _ = Date::parse(&text);
    }
}
