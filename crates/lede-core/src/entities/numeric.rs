//! Dates, times, durations ("twelve years" DATE, "48 hours" TIME, with a trailing "ago"),
//! money, percentages, ordinals and cardinals found by simple token rules.
//!
//! Contract: [`find`] returns raw mentions (UTF-8 byte offsets, inside the sentence's
//! tokens, non-overlapping, sorted) for one sentence. One left-to-right pass with bounded
//! look-ahead: linear in the number of tokens.

use super::{RawMention, Strength};
use crate::calendar::{is_date_word, WEEKDAYS};
use crate::models::with_lowercase;
use crate::types::{EntityType, Span, Token, TokenKind};

const RELATIVE_DAYS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];
const PERIODS: &[&str] = &[
    "week",
    "month",
    "year",
    "weekend",
    "decade",
    "century",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "morning",
    "afternoon",
    "evening",
    "night",
];
const SCALE: &[&str] = &["million", "billion", "trillion", "thousand", "hundred", "bn", "m", "k"];
const CURRENCY_WORDS: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees", "cents", "francs", "pesos", "rubles",
    "roubles",
];
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "twentieth",
    "hundredth",
];
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
];

/// The type of a duration whose unit is `unit` (lowercase): calendar units are DATE, clock
/// units TIME (OntoNotes: "twelve years", "48 hours").
fn duration_kind(unit: &str) -> Option<EntityType> {
    match unit {
        "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "decade" | "decades"
        | "century" | "centuries" => Some(EntityType::Date),
        "hour" | "hours" | "minute" | "minutes" => Some(EntityType::Time),
        _ => None,
    }
}

/// End (exclusive token index) of a duration "NUMBER UNIT [ago]" whose number ends before `b`.
fn duration_end<'t>(w: impl Fn(usize) -> &'t str, b: usize) -> Option<(usize, EntityType)> {
    let kind = with_lowercase(w(b), duration_kind)?;
    Some(if w(b + 1).eq_ignore_ascii_case("ago") { (b + 2, kind) } else { (b + 1, kind) })
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "18" | "19" | "20")
}

fn is_day(w: &str) -> bool {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !d.is_empty()
        && d.len() <= 2
        && d.bytes().all(|b| b.is_ascii_digit())
        && d.parse::<u32>().is_ok_and(|x| (1..=31).contains(&x))
}

/// Find numeric and calendar mentions in one sentence's tokens.
pub fn find(text: &str, toks: &[Token], out: &mut Vec<RawMention>) {
    let n = toks.len();
    let w = |i: usize| -> &str {
        if i < n {
            &text[toks[i].span.range()]
        } else {
            ""
        }
    };
    let push = |a: usize, b: usize, kind: EntityType, out: &mut Vec<RawMention>| {
        let span = Span::new(toks[a].span.start, toks[b - 1].span.end);
        out.push(RawMention { span, kind, strength: Strength::Rule, role: None, alias_of: None, words: b - a });
    };
    let mut lw = String::new(); // the current token in lowercase (one buffer for the sentence)
    let mut i = 0;
    while i < n {
        let t = w(i);
        lw.clear();
        super::names::push_lowercase(&mut lw, t);
        // Dates around a month or weekday.
        let is_month = is_date_word(t)
            && !WEEKDAYS.contains(&t)
            && (t != "May" || is_day(w(i + 1)) || is_year(w(i + 1)) || (i > 0 && is_day(w(i - 1))));
        if WEEKDAYS.contains(&t) || is_month {
            let mut a = i;
            if is_month && i > 0 && is_day(w(i - 1)) {
                a = i - 1;
            }
            let mut b = i + 1;
            let abbreviated = t.len() <= 4 && !matches!(t, "May" | "June" | "July");
            if abbreviated && w(b) == "." && toks[b].span.start == toks[i].span.end {
                b += 1;
            }
            if WEEKDAYS.contains(&t) && w(b) == "," && is_date_word(w(b + 1)) && !WEEKDAYS.contains(&w(b + 1)) {
                // "Tuesday, March 3, 2026": the weekday and the date in apposition are two
                // mentions, the weekday alone and the date from its month on.
                push(i, b, EntityType::Date, out);
                i = b + 1;
                continue;
            }
            if WEEKDAYS.contains(&t) && matches!(w(b), "morning" | "afternoon" | "evening" | "night") {
                // "Thursday night": a time of day (OntoNotes TIME).
                push(i, b + 1, EntityType::Time, out);
                i = b + 1;
                continue;
            }
            if is_day(w(b)) {
                b += 1;
            }
            if w(b) == "," && is_year(w(b + 1)) {
                b += 2;
            } else if is_year(w(b)) {
                b += 1;
            }
            // Keep a day number that we took before the month only if not already emitted.
            if a < i && out.last().is_some_and(|m| m.span.end > toks[a].span.start) {
                a = i;
            }
            push(a, b, EntityType::Date, out);
            i = b;
            continue;
        }
        if RELATIVE_DAYS.contains(&lw.as_str()) {
            push(i, i + 1, EntityType::Date, out);
            i += 1;
            continue;
        }
        if matches!(lw.as_str(), "last" | "next" | "this" | "earlier" | "later")
            && PERIODS.contains(&w(i + 1).to_lowercase().as_str())
            && toks.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word)
        {
            push(i, i + 2, EntityType::Date, out);
            i += 2;
            continue;
        }
        if matches!(lw.as_str(), "noon" | "midnight") {
            push(i, i + 1, EntityType::Time, out);
            i += 1;
            continue;
        }
        // Money: currency symbol + number (+ scale).
        if toks[i].kind == TokenKind::Symbol
            && matches!(t, "$" | "€" | "£" | "¥" | "₹")
            && toks.get(i + 1).is_some_and(|x| x.kind == TokenKind::Number)
        {
            let mut b = i + 2;
            if SCALE.contains(&w(b).to_lowercase().as_str()) {
                b += 1;
            }
            push(i, b, EntityType::Money, out);
            i = b;
            continue;
        }
        if toks[i].kind == TokenKind::Number {
            let lt = t.to_ascii_lowercase();
            let next = w(i + 1).to_lowercase();
            if t.ends_with('%') {
                push(i, i + 1, EntityType::Percent, out);
                i += 1;
            } else if matches!(next.as_str(), "percent" | "per" | "%") {
                let b = if next == "per" && w(i + 2) == "cent" { i + 3 } else { i + 2 };
                push(i, b, EntityType::Percent, out);
                i = b;
            } else if lt.ends_with("am") || lt.ends_with("pm") || t.contains(':') {
                push(i, i + 1, EntityType::Time, out);
                i += 1;
            } else if matches!(next.as_str(), "a.m." | "p.m." | "am" | "pm") {
                push(i, i + 2, EntityType::Time, out);
                i += 2;
            } else if lt.ends_with("st") || lt.ends_with("nd") || lt.ends_with("rd") || lt.ends_with("th") {
                push(i, i + 1, EntityType::Ordinal, out);
                i += 1;
            } else if is_year(t) || (lt.len() == 5 && lt.ends_with('s') && is_year(&lt[..4])) {
                push(i, i + 1, EntityType::Date, out);
                i += 1;
            } else {
                let mut b = i + 1;
                if SCALE.contains(&next.as_str()) {
                    b += 1;
                }
                if let Some((e, kind)) = duration_end(w, b) {
                    push(i, e, kind, out);
                    i = e;
                    continue;
                }
                let kind = if CURRENCY_WORDS.contains(&w(b).to_lowercase().as_str()) {
                    b += 1;
                    EntityType::Money
                } else {
                    EntityType::Cardinal
                };
                push(i, b, kind, out);
                i = b;
            }
            continue;
        }
        if toks[i].kind == TokenKind::Word && ORDINALS.contains(&lw.as_str()) {
            push(i, i + 1, EntityType::Ordinal, out);
            i += 1;
            continue;
        }
        if toks[i].kind == TokenKind::Word && (NUMBER_WORDS.contains(&lw.as_str()) || lw == "one") {
            let mut b = i + 1;
            while b < n && b < i + 4 && NUMBER_WORDS.contains(&w(b).to_lowercase().as_str()) {
                b += 1;
            }
            if let Some((e, kind)) = duration_end(w, b) {
                push(i, e, kind, out);
                i = e;
                continue;
            }
            if lw == "one" {
                // "one" alone is too often a pronoun to be a cardinal.
                i += 1;
                continue;
            }
            push(i, b, EntityType::Cardinal, out);
            i = b;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn found(text: &str) -> Vec<(&str, EntityType)> {
        let toks = tokenize(text, Span::new(0, text.len()));
        let mut out = Vec::new();
        find(text, &toks, &mut out);
        out.iter().map(|m| (&text[m.span.range()], m.kind)).collect()
    }

    #[test]
    fn durations_are_dates_or_times() {
        assert_eq!(
            found("She worked there for twelve years and left 48 hours ago, after 15 years of talks."),
            vec![
                ("twelve years", EntityType::Date),
                ("48 hours ago", EntityType::Time),
                ("15 years", EntityType::Date)
            ]
        );
        assert_eq!(
            found("Seventeen years ago it took one day."),
            vec![("Seventeen years ago", EntityType::Date), ("one day", EntityType::Date)]
        );
        // "one" without a unit is not a number mention; other numbers stay cardinals.
        assert_eq!(found("One of the three boats sank."), vec![("three", EntityType::Cardinal)]);
    }

    #[test]
    fn weekday_with_a_part_of_the_day_is_a_time() {
        assert_eq!(found("They met on Thursday night in Leeds."), vec![("Thursday night", EntityType::Time)]);
    }

    #[test]
    fn weekday_in_apposition_to_a_date_is_a_mention_of_its_own() {
        assert_eq!(
            found("They met on Tuesday, March 3, 2026."),
            vec![("Tuesday", EntityType::Date), ("March 3, 2026", EntityType::Date)]
        );
    }
}
