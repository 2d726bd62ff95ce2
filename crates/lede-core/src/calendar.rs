//! Calendar words shared by segmentation and entity typing: month and weekday names and
//! their abbreviations, and time-zone abbreviations, in their capitalised forms. Exact
//! string matches; no offsets involved.

/// Full weekday names.
pub const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Weekday abbreviations.
pub const WEEKDAY_ABBREVIATIONS: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Full month names.
pub const MONTH_NAMES: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Month abbreviations.
pub const MONTH_ABBREVIATIONS: &[&str] =
    &["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

/// Time-zone abbreviations seen after clock times in news.
pub const TIME_ZONES: &[&str] = &["ET", "EST", "EDT", "GMT", "UTC", "BST", "PST", "PDT", "CST", "CDT"];

/// A month name or abbreviation.
pub fn is_month(w: &str) -> bool {
    MONTH_NAMES.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)
}

/// A full weekday name.
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// A four-digit year from 1800 to 2099 ("2016").
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "18" | "19" | "20")
}

/// A month or a full weekday name: a date word, never a name.
pub fn is_date_word(w: &str) -> bool {
    is_month(w) || is_weekday(w)
}
