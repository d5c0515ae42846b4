//! Calendar dates, without time or time zone.
//!
//! The widget only needs days: the day an assessment was made, the day of the six-month review.
//! The browser tells the UI what day it is; the core never reads a clock, so every rule here is
//! deterministic and tested. Years are limited to 0–9999 because dates are written `YYYY-MM-DD`.

use crate::i18n::{fill, tables};
use crate::lang::Lang;
use std::fmt;

/// A valid day of the proleptic Gregorian calendar, year 0 to 9999.
///
/// Fields are private so that a `Date` is always a real day; ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text or numbers are not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not written `YYYY-MM-DD` with digits.
    Format {
        /// The text found.
        value: String,
    },
    /// Well written, but no such day (month 13, 30 February…).
    NoSuchDay {
        /// The date as written or given.
        value: String,
    },
}

impl DateError {
    /// The error as a sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let words = tables::errors(lang);
        match self {
            DateError::Format { value } => fill(words.date_format, &[("value", value)]),
            DateError::NoSuchDay { value } => fill(words.date_no_such_day, &[("value", value)]),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EN))
    }
}

impl std::error::Error for DateError {}

/// True for leap years of the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// How many days `month` (1–12) has in `year`; 0 for a month out of range.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The first day that can be represented, 0000-01-01.
    pub const MIN: Date = Date {
        year: 0,
        month: 1,
        day: 1,
    };
    /// The last day that can be represented, 9999-12-31.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The date `year`-`month`-`day`, if that day exists and the year is 0 to 9999.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if (0..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month) {
            Ok(Date { year, month, day })
        } else {
            Err(DateError::NoSuchDay {
                value: format!("{year:04}-{month:02}-{day:02}"),
            })
        }
    }

    /// Reads `YYYY-MM-DD` exactly (surrounding spaces are ignored).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes.iter().enumerate().all(|(at, &b)| match at {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape_ok {
            return Err(DateError::Format {
                value: text.to_string(),
            });
        }
        let number = |from: usize, to: usize| {
            bytes
                .get(from..to)
                .unwrap_or_default()
                .iter()
                .fold(0i32, |n, b| n * 10 + i32::from(b - b'0'))
        };
        Date::new(number(0, 4), number(5, 7) as u8, number(8, 10) as u8).map_err(|_| {
            DateError::NoSuchDay {
                value: text.to_string(),
            }
        })
    }

    /// The year, 0 to 9999.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYYMMDD`, as iCalendar writes dates.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// The same day `months` months later (earlier when negative). When that month is
    /// shorter, the day is clamped to its last day: 31 August + 6 months is 28 or 29 February.
    /// The result stays between [`Date::MIN`] and [`Date::MAX`].
    pub fn add_months(self, months: i32) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        if total < 0 {
            return Date::MIN;
        }
        if total >= 10_000 * 12 {
            return Date::MAX;
        }
        let year = (total / 12) as i32;
        let month = (total % 12) as u8 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year =
            (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days after 1970-01-01, if it is within 0000–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let days = days.checked_add(719_468)?;
        let era = days.div_euclid(146_097);
        let day_of_era = days - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        let year = i32::try_from(year).ok()?;
        Date::new(year, month as u8, day as u8).ok()
    }

    /// The date `days` days later (earlier when negative), if it is within 0000–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch().checked_add(days)?)
    }

    /// How many days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        Date::parse(text)
    }
}
