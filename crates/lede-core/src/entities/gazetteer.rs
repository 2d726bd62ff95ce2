//! Name lists used as soft features by the statistical tagger and to split places into
//! GPE/LOC: places (countries, states, cities), given names, surnames, group words.
//!
//! Contract: [`Gazetteer::parse`] reads `ner_gazetteer.tsv` (`NAME<TAB>FLAGS`, FLAGS a
//! string of the letters below, after the common `# lede-model ner_gazetteer v1` header
//! already checked by [`crate::models`]). Names are case-sensitive and may have several
//! words separated by single spaces. [`Gazetteer::token_flags`] marks each token of a
//! sentence (given as `&str` words, no offsets involved) with its single-word flags and with
//! the B/I position of the longest multi-word place match; it runs in
//! `O(tokens × max_words)` with no allocation beyond one reusable buffer, and only extends a
//! match while the words so far begin some multi-word place name. Everything it needs to
//! know about one word alone is [`Gazetteer::word_flags`], so a caller that caches facts per
//! distinct word (the tagger's word cache) passes those to [`Gazetteer::token_flags_from`]
//! instead of looking every token up again.

use crate::models::{HashMap, HashSet};

/// A country, US state, continent or country alias (letter `C`).
pub const COUNTRY: u16 = 1;
/// A city of at least 15,000 people (letter `T`).
pub const CITY: u16 = 1 << 1;
/// A given name (letter `F`).
pub const FIRST: u16 = 1 << 2;
/// One of the most frequent surnames (letter `S`).
pub const SURNAME_COMMON: u16 = 1 << 3;
/// A less frequent surname (letter `L`).
pub const SURNAME: u16 = 1 << 4;
/// A nationality, religious or political group word (letter `N`).
pub const NORP: u16 = 1 << 5;
/// A given name borne mostly by women (letter `W`; not a tagger feature).
pub const FEMALE: u16 = 1 << 11;
/// A given name borne mostly by men (letter `M`; not a tagger feature).
pub const MALE: u16 = 1 << 12;
/// The token starts a multi-word place name (computed, not in the file).
pub const PLACE_B: u16 = 1 << 8;
/// The token continues a multi-word place name (computed, not in the file).
pub const PLACE_I: u16 = 1 << 9;
/// In [`Gazetteer::word_flags`] only: the word is capitalised and is the first word of some
/// multi-word place name, so a place match may start at it.
pub const PLACE_START: u16 = 1 << 15;

/// The flag letters of the file format, in bit order.
pub const LETTERS: &[(char, u16)] = &[
    ('C', COUNTRY),
    ('T', CITY),
    ('F', FIRST),
    ('S', SURNAME_COMMON),
    ('L', SURNAME),
    ('N', NORP),
    ('W', FEMALE),
    ('M', MALE),
];

/// Name → flags, built once.
#[derive(Debug, Default)]
pub struct Gazetteer {
    map: HashMap<String, u16>,
    /// Every word-boundary prefix (`"New"`, `"New York"` for `"New York City"`) of the
    /// multi-word place names.
    place_prefixes: HashSet<String>,
    max_words: usize,
}

impl Gazetteer {
    /// Parse body lines (`(line number, line)`), as given by the model loader.
    pub fn parse(lines: &[(usize, &str)]) -> Result<Gazetteer, String> {
        let mut g = Gazetteer {
            map: HashMap::with_capacity_and_hasher(lines.len(), Default::default()),
            place_prefixes: HashSet::default(),
            max_words: 1,
        };
        for (no, l) in lines {
            let (name, flags) = l.split_once('\t').ok_or_else(|| format!("line {no}: expected NAME<TAB>FLAGS"))?;
            if name.is_empty() {
                return Err(format!("line {no}: empty name"));
            }
            let mut bits = 0u16;
            for c in flags.trim().chars() {
                let b = LETTERS.iter().find(|(l, _)| *l == c).ok_or_else(|| format!("line {no}: unknown flag {c}"))?;
                bits |= b.1;
            }
            g.max_words = g.max_words.max(name.split(' ').count());
            *g.map.entry(name.to_string()).or_insert(0) |= bits;
        }
        // After all lines: a name's flags are the union of its lines.
        for (name, &f) in &g.map {
            if f & (COUNTRY | CITY) != 0 {
                g.place_prefixes.extend(name.match_indices(' ').map(|(i, _)| name[..i].to_string()));
            }
        }
        Ok(g)
    }

    /// Flags of an exact name (0 when absent).
    pub fn get(&self, name: &str) -> u16 {
        self.map.get(name).copied().unwrap_or(0)
    }

    /// True for a country or city name.
    pub fn is_place(&self, name: &str) -> bool {
        self.get(name) & (COUNTRY | CITY) != 0
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there is no name.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// What [`Gazetteer::token_flags`] needs to know of one word alone: its single-word
    /// flags, plus [`PLACE_START`] when a multi-word place may start at it.
    pub fn word_flags(&self, w: &str) -> u16 {
        let start =
            self.max_words > 1 && w.chars().next().is_some_and(char::is_uppercase) && self.place_prefixes.contains(w);
        (self.get(w) & 0xff) | if start { PLACE_START } else { 0 }
    }

    /// Flags of every word of a sentence: single-word flags plus [`PLACE_B`]/[`PLACE_I`]
    /// for the longest multi-word place starting at each capitalised word.
    pub fn token_flags(&self, words: &[&str], out: &mut Vec<u16>) {
        self.token_flags_from(words, words.len(), |j| self.word_flags(words[j]), out);
    }

    /// [`Gazetteer::token_flags`] of the words before `upto`, given the
    /// [`Gazetteer::word_flags`] of each of them as `word_flags(j)`: `out` gets one entry per
    /// word, those from `upto` on are 0 but for the [`PLACE_I`] of a place begun before `upto`.
    pub fn token_flags_from(&self, words: &[&str], upto: usize, word_flags: impl Fn(usize) -> u16, out: &mut Vec<u16>) {
        let upto = upto.min(words.len());
        out.clear();
        out.extend((0..upto).map(&word_flags));
        out.resize(words.len(), 0);
        let mut buf = String::new();
        let mut i = 0;
        while i < upto {
            if out[i] & PLACE_START == 0 {
                // Not capitalised, or no place name begins with it: no match of 2+ words.
                i += 1;
                continue;
            }
            let mut best = 0;
            buf.clear();
            buf.push_str(words[i]);
            for k in 1..self.max_words.min(words.len() - i) {
                if !self.place_prefixes.contains(buf.as_str()) {
                    break;
                }
                buf.push(' ');
                buf.push_str(words[i + k]);
                if self.map.get(buf.as_str()).is_some_and(|f| f & (COUNTRY | CITY) != 0) {
                    best = k + 1;
                }
            }
            if best >= 2 {
                out[i] |= PLACE_B;
                for f in &mut out[i + 1..i + best] {
                    *f |= PLACE_I;
                }
                i += best;
            } else {
                i += 1;
            }
        }
        for f in &mut out[..upto] {
            *f &= !PLACE_START;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_and_multiword_places() {
        let lines = [(2, "Port Ellery\tT"), (3, "Ellery\tS"), (4, "Nadia\tF"), (5, "Zembla\tC")];
        let g = Gazetteer::parse(&lines).unwrap();
        let mut out = Vec::new();
        g.token_flags(&["Nadia", "went", "to", "Port", "Ellery", "in", "Zembla"], &mut out);
        assert_eq!(out, vec![FIRST, 0, 0, PLACE_B, SURNAME_COMMON | PLACE_I, 0, COUNTRY]);
        assert!(g.is_place("Zembla"));
        // A three-word place whose two-word prefix is no place is still found.
        let g = Gazetteer::parse(&[(2, "Rio de Janeiro\tT"), (3, "Rio\tF")]).unwrap();
        g.token_flags(&["in", "Rio", "de", "Janeiro", "and", "Rio"], &mut out);
        assert_eq!(out, vec![0, FIRST | PLACE_B, PLACE_I, PLACE_I, 0, FIRST]);
        assert!(Gazetteer::parse(&[(2, "X\tQ")]).is_err());
        // From cached word flags: the same flags before `upto`, nothing but PLACE_I after.
        let words = ["Rio", "de", "Janeiro", "Rio", "Rio", "de", "Janeiro", "x"];
        let mut full = Vec::new();
        g.token_flags(&words, &mut full);
        for upto in 0..=words.len() + 1 {
            g.token_flags_from(&words, upto, |j| g.word_flags(words[j]), &mut out);
            assert_eq!(out.len(), words.len());
            for j in 0..words.len() {
                if j < upto {
                    assert_eq!(out[j], full[j], "{upto} {j}");
                } else {
                    assert_eq!(out[j] & !PLACE_I, 0, "{upto} {j}");
                }
            }
        }
    }
}
