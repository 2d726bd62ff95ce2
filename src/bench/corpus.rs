//! A built-in, deterministic generator of news-like articles for benchmarks and load
//! tests (our own text, no data set needed). Every article is a headline, a byline and
//! paragraphs of exactly three sentences, one of which is a direct quote attributed to a
//! named speaker, so that a benchmark can assert what a correct analysis finds:
//! `2 + 3 × paragraphs` sentences and `paragraphs` direct quotes, each with a speaker.
//! Names, places and punctuation include non-ASCII characters (é, ñ, curly quotes and
//! apostrophes) so that offset conversion does real work.

use std::fmt::Write as _;

/// A small xorshift generator: deterministic across platforms, no dependency.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const NAMES: &[&str] = &[
    "Maria Olsen",
    "Tariq Haddad",
    "Lena Novak",
    "Chen Wei",
    "José Núñez",
    "Zoë Álvarez",
    "Amara Okafor",
    "Pieter de Vries",
    "Ingrid Sørensen",
    "Rahul Mehta",
];
const ROLES: &[&str] = &[
    "a spokeswoman for the ministry",
    "the finance minister",
    "the mayor",
    "a senior analyst",
    "the union’s general secretary",
    "the chief executive",
];
const CITIES: &[&str] = &["Paris", "Riverton", "Lagos", "Montréal", "São Paulo", "Geneva", "Oslo", "Nairobi"];
const ORGS: &[&str] = &[
    "city council",
    "European Commission",
    "central bank",
    "World Health Organization",
    "transport authority",
    "Harbour Trust",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: &[&str] = &["January", "March", "April", "June", "September", "November"];
const TOPICS: &[&str] =
    &["flood defences", "rail links", "school meals", "the harbour bridge", "public housing", "clean water"];
const QUOTES: &[&str] = &[
    "We will rebuild every street and every bridge",
    "Nobody in this city will be left behind",
    "The numbers speak for themselves",
    "This is the most important decision of the decade",
    "We have listened to residents and changed the plan",
    "There is no money left for anything else",
];
const HEADLINES: &[&str] = &[
    "Council weighs new budget after a difficult year",
    "Ministers agree plan for flood defences",
    "Harbour bridge reopens after repairs",
    "Central bank holds rates as prices cool",
];

/// One synthetic article and what a correct analysis must find in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub text: String,
    /// Paragraphs of the body.
    pub paragraphs: usize,
    /// Sentences: headline + byline + 3 per paragraph.
    pub sentences: usize,
    /// Direct quotes, one per paragraph, each with a named speaker.
    pub direct_quotes: usize,
}

/// Writes one body paragraph: three sentences, one direct quote.
fn paragraph(rng: &mut Rng, out: &mut String) {
    let name = rng.pick(NAMES);
    let role = rng.pick(ROLES);
    let city = rng.pick(CITIES);
    let org = rng.pick(ORGS);
    let day = rng.pick(DAYS);
    let month = rng.pick(MONTHS);
    let topic = rng.pick(TOPICS);
    let quote = rng.pick(QUOTES);
    let pct = 1 + rng.below(40);
    let tenth = rng.below(10);
    let amount = 10 + rng.below(990);
    let _ = match rng.below(3) {
        0 => write!(
            out,
            "The {org} met on {day} in {city} to discuss {topic} with {name}, {role}. \
             “{quote},” said {name}. \
             The cost of the plan rose {pct}.{tenth} percent to ${amount} million in {month}."
        ),
        1 => write!(
            out,
            "Officials in {city} said on {day} that spending on {topic} would reach ${amount} million this year. \
             \"{quote},\" {name} told reporters. \
             The {org}’s own figures show a rise of {pct} percent since {month}."
        ),
        _ => write!(
            out,
            "{name}, {role}, visited {city} on {day} to inspect {topic}. \
             “{quote},” {name} said. \
             About {amount} people attended the meeting, {pct} percent more than in {month}."
        ),
    };
    out.push_str("\n\n");
}

/// An article of at least `min_bytes` bytes (and at least one paragraph), from `seed`.
pub fn article(seed: u64, min_bytes: usize) -> Article {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(min_bytes + 512);
    text.push_str(rng.pick(HEADLINES));
    text.push_str("\n\nBy ");
    text.push_str(rng.pick(NAMES));
    text.push_str("\n\n");
    let mut paragraphs = 0;
    while paragraphs == 0 || text.len() < min_bytes {
        paragraph(&mut rng, &mut text);
        paragraphs += 1;
    }
    Article { text, paragraphs, sentences: 2 + 3 * paragraphs, direct_quotes: paragraphs }
}

/// Whitespace-separated words of `text` (the unit of the words/s figures).
pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The JSON line `{"id": ..., "text": ...}` of a document.
pub fn json_line(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_deterministic_and_sized() {
        let a = article(7, 5_000);
        assert_eq!(a, article(7, 5_000));
        assert_ne!(a.text, article(8, 5_000).text);
        assert!(a.text.len() >= 5_000 && a.text.len() < 5_600, "{}", a.text.len());
        assert_eq!(a.sentences, 2 + 3 * a.paragraphs);
        assert!(!a.text.is_ascii(), "offset conversion must have work to do");
        assert_eq!(article(1, 0).paragraphs, 1);
    }

    #[test]
    fn words_and_json_lines() {
        assert_eq!(words(" a  b\nc "), 3);
        let line = json_line("d1", "say “hi”\n");
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["text"], "say “hi”\n");
    }
}
