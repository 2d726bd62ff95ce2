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
//! match while the words so far begin some multi-word place name.

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
/// The token starts a multi-word place name (computed, not in the file).
pub const PLACE_B: u16 = 1 << 8;
/// The token continues a multi-word place name (computed, not in the file).
pub const PLACE_I: u16 = 1 << 9;

/// The flag letters of the file format, in bit order.
pub const LETTERS: &[(char, u16)] =
    &[('C', COUNTRY), ('T', CITY), ('F', FIRST), ('S', SURNAME_COMMON), ('L', SURNAME), ('N', NORP)];

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

    /// Flags of every word of a sentence: single-word flags plus [`PLACE_B`]/[`PLACE_I`]
    /// for the longest multi-word place starting at each capitalised word.
    pub fn token_flags(&self, words: &[&str], out: &mut Vec<u16>) {
        out.clear();
        out.extend(words.iter().map(|w| self.get(w) & 0xff));
        let mut buf = String::new();
        let mut i = 0;
        while i < words.len() {
            if !words[i].chars().next().is_some_and(char::is_uppercase) {
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
    }
}
