//! Time and chance, read from the browser and handed to the pure core, which never reads
//! them itself (so its tests stay deterministic).

/// Today's local date as (year, month 1–12, day).
pub fn today() -> (i32, u8, u8) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}

/// The current UTC time as an iCalendar stamp, e.g. `20261128T170000Z`.
pub fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// A random 32-bit nonce that tells two submissions apart. It only needs to be unlikely to
/// collide, not secret, but `crypto.getRandomValues` is there in every browser that runs
/// WebAssembly and, unlike `Math.random`, is not seeded per page in a guessable way. Should it
/// ever fail, a nonce from the clock still tells most submissions apart.
pub fn nonce() -> u32 {
    let mut bytes = [0u8; 4];
    let drawn = gloo_utils::window()
        .crypto()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes));
    match drawn {
        Ok(_) => u32::from_le_bytes(bytes),
        Err(_) => (js_sys::Date::now() * 1000.0) as u64 as u32,
    }
}
