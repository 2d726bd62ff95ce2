//! Block cues (`block_cues.tsv`) indexed for matching.
//!
//! Contract: [`CueIndex::kind`] gives the kind of the first cue, in file order, that matches
//! a block's text, or `None`; the same answer as trying each cue in turn. Matching is on the
//! lowercase text (`str::to_lowercase`):
//! - `exact`: a block of at most 160 bytes whose text, without final `.`, `!`, `:`, `»`,
//!   `›`, `>` and whitespace, is the phrase (trailing spaces of the phrase ignored);
//! - `prefix`: the block's first 160 bytes (cut at a char boundary) start with the phrase;
//! - `contains`: a block of at most 600 bytes and 45 words contains the phrase, or ends with
//!   it when the phrase ends with a space (its trailing spaces then ignored).
//!
//! The index is built once with the models: a hash map for the exact phrases, the prefixes
//! grouped by first byte, and an Aho-Corasick automaton for the contained phrases, so a
//! block costs a lowercasing, a lookup, a few prefix comparisons and one scan, whatever the
//! number of cues. No offsets leave this module.

use std::borrow::Cow;
use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

use super::blocks::{count_words, floor_char};
use crate::models::{BlockCue, CueMatch};
use crate::types::BlockKind;

/// Bytes of a block that the prefix and exact cues look at.
const HEAD: usize = 160;
/// Longest block (bytes) that a `contains` cue applies to.
const CONTAINS_MAX_BYTES: usize = 600;
/// Most words a block may have for a `contains` cue to apply.
const CONTAINS_MAX_WORDS: usize = 45;

/// The cues of `block_cues.tsv`, indexed by how they match. Built by [`CueIndex::new`].
#[derive(Debug, Clone, Default)]
pub struct CueIndex {
    /// Kind of each cue, by position in the file.
    kinds: Vec<BlockKind>,
    /// Exact phrase (trailing spaces trimmed) → first cue with it.
    exact: HashMap<String, usize>,
    /// (cue, prefix phrase) by the phrase's first byte, in file order; an empty phrase
    /// (which every text starts with) in the last bucket.
    prefix: Vec<Vec<(usize, String)>>,
    /// Contained phrases: a leftmost-first automaton (which can use a vectorised
    /// prefilter) says whether any occurs; an overlapping one (pattern ids map through
    /// `contains_cue`) then finds them all.
    contains_any: Option<AhoCorasick>,
    contains: Option<AhoCorasick>,
    contains_cue: Vec<usize>,
    /// `contains` cues ending in a space, which also match at the very end of the text
    /// without it: (cue, phrase with trailing spaces trimmed).
    contains_at_end: Vec<(usize, String)>,
    /// The first `contains` cue, if any: a block whose earlier cue matched needs no scan.
    first_contains: usize,
}

impl CueIndex {
    /// Index `cues` (lowercase phrases, in file order).
    pub fn new(cues: &[BlockCue]) -> CueIndex {
        let mut ix = CueIndex { first_contains: usize::MAX, prefix: vec![Vec::new(); 257], ..CueIndex::default() };
        let mut contained = Vec::new();
        for (i, cue) in cues.iter().enumerate() {
            ix.kinds.push(cue.kind);
            match cue.how {
                CueMatch::Exact => {
                    ix.exact.entry(cue.phrase.trim_end().to_string()).or_insert(i);
                }
                CueMatch::Prefix => {
                    let bucket = cue.phrase.as_bytes().first().map_or(256, |&b| usize::from(b));
                    ix.prefix[bucket].push((i, cue.phrase.clone()));
                }
                CueMatch::Contains => {
                    contained.push(cue.phrase.as_str());
                    ix.contains_cue.push(i);
                    ix.first_contains = ix.first_contains.min(i);
                    if cue.phrase.ends_with(' ') {
                        ix.contains_at_end.push((i, cue.phrase.trim_end().to_string()));
                    }
                }
            }
        }
        let automaton = |kind: MatchKind| {
            (!contained.is_empty()).then(|| {
                AhoCorasick::builder()
                    .match_kind(kind)
                    .build(&contained)
                    .expect("a few hundred short phrases fit an automaton")
            })
        };
        ix.contains_any = automaton(MatchKind::LeftmostFirst);
        ix.contains = automaton(MatchKind::Standard);
        ix
    }

    /// The kind of the first cue matching `s`, if any.
    pub fn kind(&self, s: &str) -> Option<BlockKind> {
        let head = &s[..floor_char(s, HEAD)];
        let contains_applies = s.len() <= CONTAINS_MAX_BYTES;
        // ASCII text lowercases byte by byte, so one lowercase copy serves the head and the
        // whole block. Other text is lowercased as a whole string each time (`to_lowercase`
        // treats a final sigma by its context).
        let mut buf = [0u8; CONTAINS_MAX_BYTES];
        let scope = if contains_applies { s } else { head };
        let ascii = scope.is_ascii();
        let lower_scope = if ascii { lowercase(scope, &mut buf) } else { Cow::Owned(to_lowercase(head)) };
        let lower = &lower_scope[..if ascii { head.len() } else { lower_scope.len() }];
        let mut best = usize::MAX;
        if s.len() <= HEAD {
            let bare =
                lower.trim_end_matches(|c: char| matches!(c, '.' | '!' | ':' | '»' | '›' | '>') || c.is_whitespace());
            if let Some(&i) = self.exact.get(bare) {
                best = i;
            }
        }
        let first = lower.as_bytes().first().map(|&b| usize::from(b));
        for bucket in [Some(256), first].into_iter().flatten() {
            // Buckets are in file order: the first hit is the earliest cue of its bucket.
            if let Some((i, _)) =
                self.prefix.get(bucket).and_then(|b| b.iter().find(|(_, p)| lower.starts_with(p.as_str())))
            {
                best = best.min(*i);
            }
        }
        if self.first_contains < best
            && contains_applies
            && count_words(s, CONTAINS_MAX_WORDS + 1) <= CONTAINS_MAX_WORDS
        {
            let lower_all = if ascii { lower_scope } else { Cow::Owned(to_lowercase(s)) };
            best = best.min(self.first_contained(&lower_all));
        }
        self.kinds.get(best).copied()
    }

    /// The first `contains` cue matching `lower` (a lowercase block), or `usize::MAX`.
    fn first_contained(&self, lower: &str) -> usize {
        let mut best = usize::MAX;
        if let (Some(any), Some(all)) = (&self.contains_any, &self.contains) {
            // Most blocks hold no cue phrase: a quick search rules them out before the
            // overlapping scan that finds every hit.
            if any.is_match(lower) {
                for m in all.find_overlapping_iter(lower) {
                    best = best.min(self.contains_cue[m.pattern().as_usize()]);
                }
            }
        }
        for (i, phrase) in &self.contains_at_end {
            if *i < best && lower.ends_with(phrase.as_str()) {
                best = *i;
            }
        }
        best
    }
}

/// The lowercase of ASCII `s`, written into `buf` when it fits.
fn lowercase<'b>(s: &str, buf: &'b mut [u8]) -> Cow<'b, str> {
    match buf.get_mut(..s.len()) {
        Some(b) => {
            b.copy_from_slice(s.as_bytes());
            b.make_ascii_lowercase();
            // ASCII in, ASCII out: always valid UTF-8.
            Cow::Borrowed(std::str::from_utf8(b).unwrap_or_default())
        }
        None => Cow::Owned(s.to_ascii_lowercase()),
    }
}

/// `s.to_lowercase()`, with the runs of ASCII between other characters lowercased in bulk
/// (`str::to_lowercase` searches the case table for every character after the first
/// non-ASCII one). A capital sigma, lowercased by its context, leaves it to
/// `str::to_lowercase`; every other character maps on its own, as there.
fn to_lowercase(s: &str) -> String {
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let n = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..n]);
        out[start..].make_ascii_lowercase();
        rest = &rest[n..];
        if let Some(c) = rest.chars().next() {
            out.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::Models;
    use proptest::prelude::*;

    /// Trying each cue in turn, as the rules read (the reference for the index).
    fn kind_reference(cues: &[BlockCue], s: &str) -> Option<BlockKind> {
        let head = &s[..floor_char(s, HEAD)];
        let lower = head.to_lowercase();
        let bare =
            lower.trim_end_matches(|c: char| matches!(c, '.' | '!' | ':' | '»' | '›' | '>') || c.is_whitespace());
        let all = s.to_lowercase();
        let few_words = count_words(s, 46) <= 45;
        cues.iter()
            .find(|cue| match cue.how {
                CueMatch::Exact => s.len() <= HEAD && bare == cue.phrase.trim_end(),
                CueMatch::Prefix => lower.starts_with(&cue.phrase),
                CueMatch::Contains => {
                    s.len() <= CONTAINS_MAX_BYTES
                        && few_words
                        && (all.contains(&cue.phrase)
                            || (cue.phrase.ends_with(' ') && all.ends_with(cue.phrase.trim_end())))
                }
            })
            .map(|cue| cue.kind)
    }

    fn models() -> &'static Models {
        static M: std::sync::OnceLock<Models> = std::sync::OnceLock::new();
        M.get_or_init(|| Models::embedded().unwrap())
    }

    #[test]
    fn examples() {
        let m = models();
        let ix = CueIndex::new(&m.block_cues);
        for (s, kind) in [
            ("Advertisement", Some(BlockKind::Boilerplate)),
            ("ADVERTISEMENT:", Some(BlockKind::Boilerplate)),
            ("Reporting by Ana Ruiz; editing by Sam Lee", Some(BlockKind::Credit)),
            ("A boat at dusk. Photo: Example Agency", Some(BlockKind::Caption)),
            ("A boat at dusk, Photo:", Some(BlockKind::Caption)),
            ("The council met on Tuesday.", None),
            ("", None),
        ] {
            assert_eq!(ix.kind(s), kind, "{s:?}");
            assert_eq!(kind_reference(&m.block_cues, s), kind, "{s:?}");
        }
    }

    /// Pieces of cue phrases and of their surroundings, with case and Unicode twists.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(" ".to_string()),
            Just("\u{a0}".to_string()),
            Just("\n".to_string()),
            Just(".".to_string()),
            Just(":".to_string()),
            Just("»".to_string()),
            Just("Photo: ".to_string()),
            Just("PHOTO".to_string()),
            Just("(AP Photo".to_string()),
            Just("Getty Images".to_string()),
            Just("/".to_string()),
            Just("Related".to_string()),
            Just("Share".to_string()),
            Just("Advertisement".to_string()),
            Just("contributed to this report".to_string()),
            Just("Editor’s note".to_string()),
            Just("Copyright ©".to_string()),
            Just("\u{212a}".to_string()),
            Just("İ".to_string()),
            Just("Σ".to_string()),
            Just("é".to_string()),
            "[a-zA-Z]{1,8}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn to_lowercase_is_str_to_lowercase(parts in prop::collection::vec(piece(), 0..30), any in "\\PC{0,40}") {
            let s: String = parts.concat();
            prop_assert_eq!(to_lowercase(&s), s.to_lowercase());
            prop_assert_eq!(to_lowercase(&any), any.to_lowercase());
            let mixed = format!("{s}{any}İSTANBUL ÑAndú");
            prop_assert_eq!(to_lowercase(&mixed), mixed.to_lowercase());
        }

        #[test]
        fn index_matches_trying_each_cue(parts in prop::collection::vec(piece(), 0..30), pad in 0usize..700) {
            let m = models();
            let ix = CueIndex::new(&m.block_cues);
            let s: String = parts.concat();
            prop_assert_eq!(ix.kind(&s), kind_reference(&m.block_cues, &s));
            // Around the 160- and 600-byte limits.
            let long = "x".repeat(pad) + &s;
            prop_assert_eq!(ix.kind(&long), kind_reference(&m.block_cues, &long));
            let long = s.clone() + &" word".repeat(pad / 5);
            prop_assert_eq!(ix.kind(&long), kind_reference(&m.block_cues, &long));
        }

        #[test]
        fn index_matches_any_cue_list(
            cues in prop::collection::vec((0u8..3, "[a-c ]{0,4}"), 0..12),
            s in "[a-cA-C .:]{0,24}",
        ) {
            let kinds = [BlockKind::Boilerplate, BlockKind::Credit, BlockKind::Caption, BlockKind::Other];
            let cues: Vec<BlockCue> = cues
                .into_iter()
                .enumerate()
                .map(|(i, (how, phrase))| BlockCue {
                    kind: kinds[i % kinds.len()],
                    how: [CueMatch::Exact, CueMatch::Prefix, CueMatch::Contains][how as usize],
                    phrase,
                })
                .collect();
            let ix = CueIndex::new(&cues);
            prop_assert_eq!(ix.kind(&s), kind_reference(&cues, &s));
        }
    }
}
