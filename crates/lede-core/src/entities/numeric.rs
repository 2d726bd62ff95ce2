//! Dates, times, durations ("twelve years" DATE, "48 hours" TIME, with a trailing "ago"),
//! money, percentages, ordinals and cardinals found by simple token rules.
//!
//! Contract: [`find`] returns raw mentions (UTF-8 byte offsets, inside the sentence's
//! tokens, non-overlapping, sorted) for one sentence. One left-to-right pass with bounded
//! look-ahead: linear in the number of tokens.
//!
//! Every word list below is matched on the token's lowercase form. Instead of scanning the
//! lists per token, [`classify`] looks a token up once in a table built from the lists (key:
//! the lowercased ASCII bytes packed into a `u128`) and returns a bit set of the lists that
//! contain it, plus whether the token, as written, is a weekday or month name. A non-ASCII
//! token can only lowercase to an ASCII list word if it contains the Kelvin sign (the one
//! non-ASCII char whose lowercase is ASCII), so any other non-ASCII token is in no list
//! without being lowercased. Tests check [`classify`] against the lists themselves.

use super::{RawMention, Strength};
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::calendar::{is_date_word, is_year, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS};
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
/// Number words from two up ("two" … "ninety", "hundred", "dozen", …); "one" is a
/// determiner as often as a number.
pub(crate) const NUMBER_WORDS: &[&str] = &[
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

/// Bits of [`classify`]: the lists that contain a token's lowercase form (or, for
/// [`WEEKDAY`] and [`MONTH`], the token as written).
const RELATIVE_DAY: u32 = 1;
const PERIOD: u32 = 1 << 1;
const SCALE_WORD: u32 = 1 << 2;
const CURRENCY: u32 = 1 << 3;
const ORDINAL: u32 = 1 << 4;
const NUMBER_WORD: u32 = 1 << 5;
/// "one"
const ONE: u32 = 1 << 6;
/// "last", "next", "this", "earlier", "later"
const DEICTIC: u32 = 1 << 7;
/// "noon", "midnight"
const NOON: u32 = 1 << 8;
/// "percent", "per", "%"
const PERCENT: u32 = 1 << 9;
/// "a.m.", "p.m.", "am", "pm"
const CLOCK_SUFFIX: u32 = 1 << 10;
/// A full weekday name as written ([`WEEKDAYS`]).
const WEEKDAY: u32 = 1 << 11;
/// A month name or abbreviation as written ([`crate::calendar::is_month`]).
const MONTH: u32 = 1 << 12;

/// Longest key [`pack`] takes (the length goes into the top byte).
const PACK_MAX: usize = 15;

/// `w` (ASCII, at most [`PACK_MAX`] bytes) as a `u128`, ASCII-lowercased if `lower`.
#[inline]
fn pack(w: &[u8], lower: bool) -> u128 {
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    if lower {
        buf.make_ascii_lowercase();
    }
    buf[15] = w.len() as u8;
    u128::from_le_bytes(buf)
}

/// The lookup tables behind [`classify`]: lowercase keys, and case-sensitive keys (calendar
/// names); `filter` has the [`filter_bit`] of every key, so most tokens are rejected by one
/// bit test before they are packed and hashed.
struct Table {
    lower: HashMap<u128, u32, foldhash::fast::FixedState>,
    exact: HashMap<u128, u32, foldhash::fast::FixedState>,
    filter: [u64; 64],
}

/// A bit (of 4,096) from the length and the case-folded first and last bytes of an ASCII
/// word of 1..=15 bytes; `b | 0x20` maps an ASCII letter and its lowercase form alike and
/// leaves a byte that lowercasing keeps as it is, so a word and its lowercase share the bit.
#[inline]
fn filter_bit(b: &[u8]) -> usize {
    let first = ((b[0] | 0x20) & 31) as usize;
    let last = ((b[b.len() - 1] | 0x20) & 7) as usize;
    (b.len() & 15) << 8 | first << 3 | last
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table { lower: HashMap::default(), exact: HashMap::default(), filter: [0; 64] };
        let lists: [(&[&str], u32); 11] = [
            (RELATIVE_DAYS, RELATIVE_DAY),
            (PERIODS, PERIOD),
            (SCALE, SCALE_WORD),
            (CURRENCY_WORDS, CURRENCY),
            (ORDINALS, ORDINAL),
            (NUMBER_WORDS, NUMBER_WORD),
            (&["one"], ONE),
            (&["last", "next", "this", "earlier", "later"], DEICTIC),
            (&["noon", "midnight"], NOON),
            (&["percent", "per", "%"], PERCENT),
            (&["a.m.", "p.m.", "am", "pm"], CLOCK_SUFFIX),
        ];
        for (list, bit) in lists {
            for w in list {
                assert!(w.is_ascii() && w.len() <= PACK_MAX && *w == w.to_lowercase());
                *t.lower.entry(pack(w.as_bytes(), false)).or_default() |= bit;
                let f = filter_bit(w.as_bytes());
                t.filter[f / 64] |= 1 << (f % 64);
            }
        }
        for (list, bit) in [(WEEKDAYS, WEEKDAY), (MONTH_NAMES, MONTH), (MONTH_ABBREVIATIONS, MONTH)] {
            for w in list {
                assert!(w.is_ascii() && w.len() <= PACK_MAX);
                *t.exact.entry(pack(w.as_bytes(), false)).or_default() |= bit;
                let f = filter_bit(w.as_bytes());
                t.filter[f / 64] |= 1 << (f % 64);
            }
        }
        t
    })
}

/// The bit set of lists that contain `w.to_lowercase()`, with [`WEEKDAY`] / [`MONTH`] when
/// `w` itself is a weekday or month name; 0 for most tokens. Inlined: most tokens are
/// rejected by the filter bit; the table lookups and rare cases are out of line.
#[inline]
fn classify(w: &str) -> u32 {
    let b = w.as_bytes();
    if b.is_empty() {
        return 0;
    }
    if b.len() <= PACK_MAX && b.is_ascii() {
        let f = filter_bit(b);
        if table().filter[f / 64] & (1 << (f % 64)) == 0 {
            return 0;
        }
        return lookup_ascii(b);
    }
    classify_rare(w)
}

/// [`classify`] of an ASCII word of at most [`PACK_MAX`] bytes that passed the filter.
#[inline(never)]
fn lookup_ascii(b: &[u8]) -> u32 {
    let t = table();
    let mut c = t.lower.get(&pack(b, true)).copied().unwrap_or(0);
    if b[0].is_ascii_uppercase() {
        c |= t.exact.get(&pack(b, false)).copied().unwrap_or(0);
    }
    c
}

/// [`classify`] of a longer ASCII word (in no list) or of a non-ASCII word.
#[cold]
#[inline(never)]
fn classify_rare(w: &str) -> u32 {
    if w.is_ascii() || !w.contains('\u{212A}') {
        // Longer than every list word; or non-ASCII without the KELVIN SIGN, the one
        // non-ASCII char that lowercases to ASCII (`k`), while the lists hold ASCII words only.
        return 0;
    }
    let l = w.to_lowercase();
    if l.is_ascii() && l.len() <= PACK_MAX {
        table().lower.get(&pack(l.as_bytes(), false)).copied().unwrap_or(0)
    } else {
        0
    }
}

/// `w` ends with the ASCII `suffix` ignoring ASCII case (as `w.to_ascii_lowercase().ends_with(suffix)`).
fn ends_with_ci(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len() && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

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
    let mut i = 0;
    while i < n {
        let t = w(i);
        let c = classify(t);
        let weekday = c & WEEKDAY != 0;
        // Dates around a month or weekday.
        let is_month =
            c & MONTH != 0 && (t != "May" || is_day(w(i + 1)) || is_year(w(i + 1)) || (i > 0 && is_day(w(i - 1))));
        if weekday || is_month {
            let mut a = i;
            if is_month && i > 0 && is_day(w(i - 1)) {
                a = i - 1;
            }
            let mut b = i + 1;
            let abbreviated = t.len() <= 4 && !matches!(t, "May" | "June" | "July");
            if abbreviated && w(b) == "." && toks[b].span.start == toks[i].span.end {
                b += 1;
            }
            if weekday && w(b) == "," && is_date_word(w(b + 1)) && !WEEKDAYS.contains(&w(b + 1)) {
                // "Tuesday, March 3, 2026": the weekday and the date in apposition are two
                // mentions, the weekday alone and the date from its month on.
                push(i, b, EntityType::Date, out);
                i = b + 1;
                continue;
            }
            if weekday && matches!(w(b), "morning" | "afternoon" | "evening" | "night") {
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
        if c & RELATIVE_DAY != 0 {
            push(i, i + 1, EntityType::Date, out);
            i += 1;
            continue;
        }
        if c & DEICTIC != 0
            && classify(w(i + 1)) & PERIOD != 0
            && toks.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word)
        {
            push(i, i + 2, EntityType::Date, out);
            i += 2;
            continue;
        }
        if c & NOON != 0 {
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
            if classify(w(b)) & SCALE_WORD != 0 {
                b += 1;
            }
            push(i, b, EntityType::Money, out);
            i = b;
            continue;
        }
        if toks[i].kind == TokenKind::Number {
            let next = w(i + 1);
            let nc = classify(next);
            if t.ends_with('%') {
                push(i, i + 1, EntityType::Percent, out);
                i += 1;
            } else if nc & PERCENT != 0 {
                let b = if next.eq_ignore_ascii_case("per") && w(i + 2) == "cent" { i + 3 } else { i + 2 };
                push(i, b, EntityType::Percent, out);
                i = b;
            } else if ends_with_ci(t, "am") || ends_with_ci(t, "pm") || t.contains(':') {
                push(i, i + 1, EntityType::Time, out);
                i += 1;
            } else if nc & CLOCK_SUFFIX != 0 {
                push(i, i + 2, EntityType::Time, out);
                i += 2;
            } else if ends_with_ci(t, "st") || ends_with_ci(t, "nd") || ends_with_ci(t, "rd") || ends_with_ci(t, "th") {
                push(i, i + 1, EntityType::Ordinal, out);
                i += 1;
            } else if is_year(t) || (t.len() == 5 && ends_with_ci(t, "s") && t.get(..4).is_some_and(is_year)) {
                push(i, i + 1, EntityType::Date, out);
                i += 1;
            } else {
                let mut b = i + 1;
                if nc & SCALE_WORD != 0 {
                    b += 1;
                }
                if let Some((e, kind)) = duration_end(w, b) {
                    push(i, e, kind, out);
                    i = e;
                    continue;
                }
                let kind = if classify(w(b)) & CURRENCY != 0 {
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
        if toks[i].kind == TokenKind::Word && c & ORDINAL != 0 {
            push(i, i + 1, EntityType::Ordinal, out);
            i += 1;
            continue;
        }
        if toks[i].kind == TokenKind::Word && c & (NUMBER_WORD | ONE) != 0 {
            let mut b = i + 1;
            while b < n && b < i + 4 && classify(w(b)) & NUMBER_WORD != 0 {
                b += 1;
            }
            if let Some((e, kind)) = duration_end(w, b) {
                push(i, e, kind, out);
                i = e;
                continue;
            }
            if c & ONE != 0 {
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
    use proptest::prelude::*;

    /// The list-scanning `find` that [`classify`] replaced (session 4), kept as the reference.
    fn find_reference(text: &str, toks: &[Token], out: &mut Vec<RawMention>) {
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
            crate::entities::names::push_lowercase(&mut lw, t);
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

    fn reference_class(w: &str) -> u32 {
        let l = w.to_lowercase();
        let l = l.as_str();
        let mut c = 0;
        let lists: [(&[&str], u32); 11] = [
            (RELATIVE_DAYS, RELATIVE_DAY),
            (PERIODS, PERIOD),
            (SCALE, SCALE_WORD),
            (CURRENCY_WORDS, CURRENCY),
            (ORDINALS, ORDINAL),
            (NUMBER_WORDS, NUMBER_WORD),
            (&["one"], ONE),
            (&["last", "next", "this", "earlier", "later"], DEICTIC),
            (&["noon", "midnight"], NOON),
            (&["percent", "per", "%"], PERCENT),
            (&["a.m.", "p.m.", "am", "pm"], CLOCK_SUFFIX),
        ];
        for (list, bit) in lists {
            if list.contains(&l) {
                c |= bit;
            }
        }
        if WEEKDAYS.contains(&w) {
            c |= WEEKDAY;
        }
        if crate::calendar::is_month(w) {
            c |= MONTH;
        }
        c
    }

    /// Every list word, in several casings and with the Kelvin sign for `k`, and near misses.
    fn list_words() -> Vec<String> {
        let mut words = Vec::new();
        let lists: [&[&str]; 9] = [
            RELATIVE_DAYS,
            PERIODS,
            SCALE,
            CURRENCY_WORDS,
            ORDINALS,
            NUMBER_WORDS,
            WEEKDAYS,
            MONTH_NAMES,
            MONTH_ABBREVIATIONS,
        ];
        let extra = [
            "one", "last", "next", "this", "earlier", "later", "noon", "midnight", "percent", "per", "%", "a.m.",
            "p.m.", "am", "pm",
        ];
        for w in lists.iter().flat_map(|l| l.iter()).chain(extra.iter()) {
            let mut cap = w.to_lowercase();
            cap[..1].make_ascii_uppercase();
            for v in [w.to_string(), w.to_uppercase(), w.to_lowercase(), cap] {
                words.push(v.replace('k', "\u{212A}"));
                words.push(v.replace('K', "\u{212A}"));
                words.push(format!("{v}s"));
                words.push(v[1..].to_string());
                words.push(format!("{v}\0"));
                words.push(v);
            }
        }
        words
    }

    #[test]
    fn classify_is_list_membership() {
        for w in list_words() {
            assert_eq!(classify(&w), reference_class(&w), "{w:?}");
        }
        for w in ["", "K", "\u{212A}", "İ", "Straße", "123", "3pm", "a.M.", "thousandsthousands", "sixteen-year"] {
            assert_eq!(classify(w), reference_class(w), "{w:?}");
        }
    }

    #[test]
    fn only_the_kelvin_sign_lowercases_to_ascii() {
        for c in (0x80..=0x10_FFFFu32).filter_map(char::from_u32) {
            if c != '\u{212A}' {
                assert!(c.to_lowercase().any(|l| !l.is_ascii()), "{c:?}");
            }
        }
    }

    fn piece() -> impl Strategy<Value = String> {
        let words: Vec<String> = list_words();
        prop_oneof![
            4 => prop::sample::select(words),
            1 => prop::sample::select(vec!["12", "1990s", "2015", "7", "31st", "10:30", "5pm", "3AM", "45%", "$", "€", ",", ".", "cent", "ago", "years", "Hours", "day", "May", "1.5"]).prop_map(String::from),
            1 => "[A-Za-z]{1,10}",
            1 => "[0-9]{1,5}[a-zA-Z%]{0,2}",
            1 => "\\PC{1,6}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn classify_matches_reference(w in "\\PC{0,12}", p in piece()) {
            prop_assert_eq!(classify(&w), reference_class(&w));
            prop_assert_eq!(classify(&p), reference_class(&p));
        }

        #[test]
        fn find_matches_reference(parts in prop::collection::vec((piece(), 0u8..3), 0..24)) {
            let mut text = String::new();
            for (p, sep) in &parts {
                text.push_str(p);
                text.push_str([" ", "", ", "][*sep as usize]);
            }
            let toks = tokenize(&text, Span::new(0, text.len()));
            let (mut a, mut b) = (Vec::new(), Vec::new());
            find(&text, &toks, &mut a);
            find_reference(&text, &toks, &mut b);
            let key = |v: &[RawMention]| v.iter().map(|m| (m.span, m.kind, m.words)).collect::<Vec<_>>();
            prop_assert_eq!(key(&a), key(&b), "{:?}", text);
        }
    }

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
