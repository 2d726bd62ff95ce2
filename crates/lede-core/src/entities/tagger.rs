//! Statistical name tagger: an averaged perceptron over BIO tags, decoded greedily left to
//! right with the two previous tags as features.
//!
//! Contract: the tagger works on one sentence given as words (`&str`, no offsets; the caller
//! maps word indices back to its UTF-8 byte-offset tokens). [`TaggerModel::tag`] returns
//! name chunks as word-index ranges `start..end` with a [`NameType`], sorted, disjoint,
//! never empty. Features ([`Featurizer::prepare`], [`Prepared::features`]) are shared with
//! the trainer (`lede-train`), so training and tagging see exactly the same ids; tagging
//! goes through [`TaggerModel::tag_cached`] (module `cached`), which gives the same tags with
//! the one-word features summed once per distinct word of a document. Time is
//! linear in the number of words (a bounded number of hashed features per word, one table
//! look-up each).
//!
//! Model file `ner_tagger.bin` (little-endian): magic `LEDETAG\0`, `u32` format version
//! ([`MODEL_VERSION`]), `u32` number of tags (must be [`NTAGS`]), `u32` number of features
//! `n`, `f32` scale, `n × u32` feature hashes (strictly increasing), `n × NTAGS × i16`
//! quantised weights (weight = q × scale, scale > 0). Anything else is [`Error::ModelFormat`].
//! Version 2 changed how feature ids are hashed (string hashes combined per template), so a
//! version-1 file is refused rather than silently mis-read.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::names::LowerSeen;

use crate::error::Error;
use crate::models::{Models, CLUSTER_LEVELS};
use crate::types::{EntityType, Span, Token, TokenKind};

mod cached;
pub use cached::WordScores;

/// Format version of `ner_tagger.bin` this build reads and writes.
pub const MODEL_VERSION: u32 = 2;
const MAGIC: &[u8; 8] = b"LEDETAG\0";

/// Name types the tagger predicts (training labels are mapped onto these).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameType {
    Person,
    Org,
    /// A place: GPE, LOC or FAC (split after tagging).
    Loc,
    Norp,
    /// Any other name (events, works, products, laws).
    Misc,
}

/// All name types, in tag order.
pub const NAME_TYPES: [NameType; 5] = [NameType::Person, NameType::Org, NameType::Loc, NameType::Norp, NameType::Misc];
/// Number of BIO tags: `O`, then `B-t`, `I-t` for each type.
pub const NTAGS: usize = 1 + 2 * NAME_TYPES.len();

impl NameType {
    /// Parse a training label (`PERSON`, `ORG`, `LOC`, `GPE`, `NORP`, `EVENT`, `MISC`, …).
    /// `None` for labels the tagger does not learn (dates are found by rules).
    pub fn from_label(l: &str) -> Option<NameType> {
        Some(match l {
            "PERSON" | "PER" => NameType::Person,
            "ORG" => NameType::Org,
            "LOC" | "GPE" | "FAC" => NameType::Loc,
            "NORP" => NameType::Norp,
            "MISC" | "EVENT" | "PRODUCT" | "WORK_OF_ART" | "LAW" => NameType::Misc,
            _ => return None,
        })
    }

    /// The default entity type of a chunk of this name type.
    pub fn entity_type(self) -> EntityType {
        match self {
            NameType::Person => EntityType::Person,
            NameType::Org => EntityType::Org,
            NameType::Loc => EntityType::Gpe,
            NameType::Norp => EntityType::Norp,
            NameType::Misc => EntityType::Product,
        }
    }

    fn index(self) -> usize {
        NAME_TYPES.iter().position(|t| *t == self).unwrap()
    }
}

/// Tag id of `B-t`.
pub fn tag_b(t: NameType) -> u8 {
    (1 + 2 * t.index()) as u8
}

/// Tag id of `I-t`.
pub fn tag_i(t: NameType) -> u8 {
    (2 + 2 * t.index()) as u8
}

/// The type of a tag (`None` for `O`).
pub fn tag_type(tag: u8) -> Option<NameType> {
    (tag > 0).then(|| NAME_TYPES[(tag as usize - 1) / 2])
}

fn is_inside(tag: u8) -> bool {
    tag > 0 && tag.is_multiple_of(2)
}

/// True when `tag` may follow `prev` in BIO (`I-t` only after `B-t`/`I-t`).
pub fn allowed(prev: u8, tag: u8) -> bool {
    !is_inside(tag) || (prev > 0 && tag_type(prev) == tag_type(tag))
}

/// Chunks (`start..end`, type) of a BIO tag sequence.
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, NameType)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(t) = tag_type(tags[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && tags[j] == tag_i(t) {
            j += 1;
        }
        out.push((i, j, t));
        i = j;
    }
    out
}

// ---------------------------------------------------------------- feature hashing

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// 64-bit FNV-1a of a string: computed once per word and window slot, then combined.
#[inline]
fn str_hash(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for &x in s.as_bytes() {
        h = (h ^ x as u64).wrapping_mul(FNV_PRIME);
    }
    h
}

/// A feature id under construction: a template id combined with small codes and
/// precomputed string hashes (one multiply each), finished by a 64-bit avalanche.
#[derive(Clone, Copy)]
struct Fh(u64);

impl Fh {
    #[inline]
    fn new(template: u8) -> Fh {
        Fh((template as u64 + 1).wrapping_mul(MIX))
    }
    /// Add a precomputed hash or a small code.
    #[inline]
    fn h(self, x: u64) -> Fh {
        Fh((self.0.rotate_left(23) ^ x).wrapping_mul(MIX))
    }
    #[inline]
    fn b(self, x: u8) -> Fh {
        self.h(x as u64)
    }
    #[inline]
    fn s(self, s: &str) -> Fh {
        self.h(str_hash(s))
    }
    #[inline]
    fn id(self) -> u32 {
        // murmur3's fmix64.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^= h >> 33;
        h as u32
    }
}

// Feature templates.
const T_BIAS: u8 = 1;
const T_WORD: u8 = 2;
const T_LOW: u8 = 3;
const T_LOW_M1: u8 = 4;
const T_LOW_P1: u8 = 5;
const T_LOW_M2: u8 = 6;
const T_LOW_P2: u8 = 7;
const T_BI_M1: u8 = 8;
const T_BI_P1: u8 = 9;
const T_SUF2: u8 = 10;
const T_SUF3: u8 = 11;
const T_SUF4: u8 = 12;
const T_PRE3: u8 = 13;
const T_SHAPE: u8 = 14;
const T_SHAPE_M1: u8 = 15;
const T_SHAPE_P1: u8 = 16;
const T_SHAPE_3: u8 = 17;
const T_FIRST: u8 = 18;
const T_GAZ: u8 = 19;
const T_GAZ_M1: u8 = 20;
const T_GAZ_P1: u8 = 21;
const T_TITLE_M1: u8 = 22;
const T_TITLE: u8 = 23;
const T_HEAD: u8 = 24;
const T_HEAD_P1: u8 = 25;
const T_HEAD_P2: u8 = 26;
const T_COMMON: u8 = 27;
const T_SEENLOW: u8 = 28;
const T_LEX: u8 = 29;
const T_RULE: u8 = 30;
const T_RULE_SHAPE: u8 = 31;
const T_RULE_M1: u8 = 32;
const T_RULE_P1: u8 = 33;
const T_CLUSTER: u8 = 34;
const T_CLUSTER_M1: u8 = 35;
const T_CLUSTER_P1: u8 = 36;
const T_PREV: u8 = 40;
const T_PREV2: u8 = 41;
const T_PREV_LOW: u8 = 42;
const T_PREV_SHAPE: u8 = 43;

/// Lowercase with ASCII digits folded to `0`.
pub fn norm(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    norm_into(w, &mut s);
    s
}

/// [`norm`], appended to `out`.
fn norm_into(w: &str, out: &mut String) {
    if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_digit()) {
        // The common case, same result as the general loop below.
        let start = out.len();
        out.push_str(w);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in w.chars() {
        if c.is_ascii_digit() {
            out.push('0');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Short word shape: `X` upper, `x` lower, `d` digit, other chars kept; runs collapsed,
/// at most 6 symbols ("McCain" → "XxXx", "U.S." → "X.X.", "1990s" → "dx").
pub fn shape(w: &str) -> String {
    let mut s = String::with_capacity(8);
    shape_into(w, &mut s);
    s
}

/// [`shape`], appended to `out`.
fn shape_into(w: &str, out: &mut String) {
    let start = out.len();
    let mut last = '\0';
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k != last {
            out.push(k);
            last = k;
            if out.len() - start >= 6 {
                break;
            }
        }
    }
}

/// The short strings (lowercase forms or shapes) of a sentence's words in one buffer, with
/// [`PAD`] sentinels on each side (`<s>` before, `</s>` after) so the feature window
/// `i-2..=i+2` of word `i` needs no bounds logic. No allocation per word once warm.
#[derive(Default)]
struct Window {
    buf: String,
    bounds: Vec<(usize, usize)>,
    /// [`str_hash`] of each string, same indices as `bounds`.
    hashes: Vec<u64>,
}

/// Sentinels on each side of a [`Window`].
const PAD: usize = 2;

impl Window {
    /// Fill with the strings `write` appends for each word.
    fn fill(&mut self, words: &[&str], mut write: impl FnMut(&str, &mut String)) {
        self.buf.clear();
        self.bounds.clear();
        self.hashes.clear();
        for _ in 0..PAD {
            self.push_with(|b| b.push_str("<s>"));
        }
        for w in words {
            self.push_with(|b| write(w, b));
        }
        for _ in 0..PAD {
            self.push_with(|b| b.push_str("</s>"));
        }
    }

    fn push_with(&mut self, write: impl FnOnce(&mut String)) {
        let start = self.buf.len();
        write(&mut self.buf);
        self.hashes.push(str_hash(&self.buf[start..]));
        self.bounds.push((start, self.buf.len()));
    }

    /// The [`str_hash`] of the string at padded index `k`.
    #[inline]
    fn hash(&self, k: usize) -> u64 {
        self.hashes[k]
    }

    /// The string at padded index `k` (word `k - PAD`, or a sentinel).
    #[inline]
    fn get(&self, k: usize) -> &str {
        let (a, b) = self.bounds[k];
        &self.buf[a..b]
    }

    /// Number of words.
    fn len(&self) -> usize {
        self.bounds.len().saturating_sub(2 * PAD)
    }
}

fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Feature extraction over one sentence, shared by tagging and training.
pub struct Featurizer<'m> {
    models: &'m Models,
}

/// Per-sentence precomputed word facts. Reuse one across sentences: its buffers keep their
/// capacity, so a warm `Prepared` allocates nothing per word.
#[derive(Default)]
pub struct Prepared {
    low: Window,
    shapes: Window,
    /// Word clusters of each padded slot ([`NO_CLUSTER`] for sentinels and unknown words).
    clusters: Vec<[u16; CLUSTER_LEVELS]>,
    gaz: Vec<u16>,
    /// Each word is a title ([`Models::is_title`]).
    title: Vec<bool>,
    /// Each word's name-head code (0: not a head word).
    head: Vec<u8>,
    /// Rule-layer codes of each word (see [`rule_codes`]).
    pub rules: Vec<u8>,
    /// Static features of the first `featured` words, flattened; `offs[i]..offs[i+1]`.
    feats: Vec<u32>,
    featured: usize,
    offs: Vec<usize>,
    rule_scratch: RuleScratch,
}

impl Prepared {
    /// Static feature ids of word `i`.
    pub fn features(&self, i: usize) -> &[u32] {
        &self.feats[self.offs[i]..self.offs[i + 1]]
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.low.len()
    }

    /// Number of leading words that have features (and get tags from [`TaggerModel::decode`]).
    pub fn featured(&self) -> usize {
        self.featured
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.low.len() == 0
    }

    /// Feature ids that depend on the previous tags (`prev2`, `prev`; [`START`] before the
    /// sentence), for word `i`.
    pub fn tag_features(&self, i: usize, prev2: u8, prev: u8) -> [u32; 4] {
        [
            Fh::new(T_PREV).b(prev).id(),
            Fh::new(T_PREV2).b(prev2).b(prev).id(),
            Fh::new(T_PREV_LOW).b(prev).h(self.low.hash(i + PAD)).id(),
            Fh::new(T_PREV_SHAPE).b(prev).h(self.shapes.hash(i + PAD)).id(),
        ]
    }
}

/// Cluster ids of a sentinel or of a word without a cluster.
const NO_CLUSTER: [u16; CLUSTER_LEVELS] = [u16::MAX; CLUSTER_LEVELS];

/// The pseudo-tag before the first word.
pub const START: u8 = NTAGS as u8;

fn head_code(k: EntityType) -> u8 {
    k as u8 + 1
}

impl<'m> Featurizer<'m> {
    /// A featurizer over the lexicons of `models`.
    pub fn new(models: &'m Models) -> Featurizer<'m> {
        Featurizer { models }
    }

    /// Compute the static features of a sentence. `seen_lower[i]` tells that word `i`'s
    /// lowercase form occurs in lowercase elsewhere in the document; `lower_seen` is the set
    /// of lowercase-initial words of the document (for the rule layer's features).
    pub fn prepare(&self, words: &[&str], seen_lower: &[bool], lower_seen: &dyn LowerSeen, p: &mut Prepared) {
        self.prepare_upto(words, seen_lower, lower_seen, words.len(), p);
    }

    /// [`Featurizer::prepare`], but features only for the first `limit` words (the rest of
    /// the sentence is still their context): [`TaggerModel::decode`] then tags only those and
    /// gives the others `O`. For a caller that knows no name can end after word `limit - 1`.
    pub fn prepare_upto(
        &self,
        words: &[&str],
        seen_lower: &[bool],
        lower_seen: &dyn LowerSeen,
        limit: usize,
        p: &mut Prepared,
    ) {
        let m = self.models;
        let n = words.len();
        p.featured = limit.min(n);
        // The words a featured word's features read (up to two to its right); the word facts
        // below are looked up for those only, and left at their defaults after them.
        let ctx = (p.featured + 2).min(n);
        rule_codes_into(m, words, lower_seen, &mut p.rule_scratch, &mut p.rules);
        p.low.fill(words, norm_into);
        p.shapes.fill(words, shape_into);
        p.clusters.clear();
        p.clusters.resize(PAD, NO_CLUSTER);
        p.clusters.extend((0..ctx).map(|i| m.clusters.get(p.low.get(i + PAD)).copied().unwrap_or(NO_CLUSTER)));
        p.clusters.resize(n + 2 * PAD, NO_CLUSTER);
        m.gazetteer.token_flags(words, &mut p.gaz);
        p.title.clear();
        p.title.extend(words[..ctx].iter().map(|w| m.is_title(w)));
        p.title.resize(n, false);
        p.head.clear();
        p.head.extend(words[..ctx].iter().map(|w| m.name_heads.get(*w).map_or(0, |h| head_code(h.0))));
        p.head.resize(n, 0);
        p.feats.clear();
        p.offs.clear();
        let first_word = words.iter().position(|w| w.chars().next().is_some_and(char::is_alphanumeric)).unwrap_or(0);
        for i in 0..p.featured {
            p.offs.push(p.feats.len());
            self.word_features(words, seen_lower, first_word, p, i);
        }
        p.offs.push(p.feats.len());
    }

    /// Push the static features of word `i` (the order is part of the model: the scores are
    /// float sums in this order).
    fn word_features(&self, words: &[&str], seen_lower: &[bool], first_word: usize, p: &mut Prepared, i: usize) {
        let m = self.models;
        let n = words.len();
        let Prepared { low: lows, shapes, clusters, gaz, title, head, rules, feats: f, .. } = p;
        let k = i + PAD;
        let l = lows.get(k);
        let (l_m2, l_m1, hl, l_p1, l_p2) =
            (lows.hash(k - 2), lows.hash(k - 1), lows.hash(k), lows.hash(k + 1), lows.hash(k + 2));
        let (s_m1, sh, s_p1) = (shapes.hash(k - 1), shapes.hash(k), shapes.hash(k + 1));
        let w = words[i];
        f.extend_from_slice(&[
            Fh::new(T_BIAS).id(),
            Fh::new(T_WORD).s(w).id(),
            Fh::new(T_LOW).h(hl).id(),
            Fh::new(T_LOW_M1).h(l_m1).id(),
            Fh::new(T_LOW_P1).h(l_p1).id(),
            Fh::new(T_LOW_M2).h(l_m2).id(),
            Fh::new(T_LOW_P2).h(l_p2).id(),
            Fh::new(T_BI_M1).h(l_m1).h(hl).id(),
            Fh::new(T_BI_P1).h(hl).h(l_p1).id(),
            Fh::new(T_SUF2).s(suffix(l, 2)).id(),
            Fh::new(T_SUF3).s(suffix(l, 3)).id(),
            Fh::new(T_SUF4).s(suffix(l, 4)).id(),
            Fh::new(T_PRE3).s(prefix(l, 3)).id(),
            Fh::new(T_SHAPE).h(sh).id(),
            Fh::new(T_SHAPE_M1).h(s_m1).h(sh).id(),
            Fh::new(T_SHAPE_P1).h(sh).h(s_p1).id(),
            Fh::new(T_SHAPE_3).h(s_m1).h(sh).h(s_p1).id(),
        ]);
        if i == first_word {
            f.push(Fh::new(T_FIRST).h(sh).id());
        }
        // Word clusters: every level of the word (an unknown word is a feature too), the
        // middle and fine levels of its neighbours.
        let (c_m1, c, c_p1) = (clusters[k - 1], clusters[k], clusters[k + 1]);
        if c == NO_CLUSTER {
            f.push(Fh::new(T_CLUSTER).b(0xff).id());
        } else {
            for (level, id) in c.iter().enumerate() {
                f.push(Fh::new(T_CLUSTER).b(level as u8).h(*id as u64).id());
            }
        }
        for (t, cn) in [(T_CLUSTER_M1, c_m1), (T_CLUSTER_P1, c_p1)] {
            for (level, id) in cn.iter().enumerate().skip(1) {
                f.push(Fh::new(t).b(level as u8).h(*id as u64).id());
            }
        }
        for (t, j) in [(T_GAZ, Some(i)), (T_GAZ_M1, i.checked_sub(1)), (T_GAZ_P1, Some(i + 1).filter(|&j| j < n))] {
            if let Some(j) = j {
                // Set flag bits, lowest first (flags use bits 0..10).
                let mut g = gaz[j] & 0x3ff;
                while g != 0 {
                    f.push(Fh::new(t).b(g.trailing_zeros() as u8).id());
                    g &= g - 1;
                }
            }
        }
        if i > 0 && title[i - 1] {
            f.push(Fh::new(T_TITLE_M1).id());
        }
        if title[i] {
            f.push(Fh::new(T_TITLE).id());
        }
        if head[i] > 0 {
            f.push(Fh::new(T_HEAD).b(head[i]).id());
        }
        if i + 1 < n && head[i + 1] > 0 {
            f.push(Fh::new(T_HEAD_P1).b(head[i + 1]).id());
        }
        if i + 2 < n && head[i + 2] > 0 {
            f.push(Fh::new(T_HEAD_P2).b(head[i + 2]).id());
        }
        if m.is_common(w) {
            f.push(Fh::new(T_COMMON).b(w.chars().next().is_some_and(char::is_uppercase) as u8).id());
        }
        if seen_lower.get(i).copied().unwrap_or(false) {
            f.push(Fh::new(T_SEENLOW).b((i == first_word) as u8).id());
        }
        if let Some(e) = m.lexicon.get(w) {
            f.push(Fh::new(T_LEX).b(head_code(e.kind)).id());
        }
        f.push(Fh::new(T_RULE).b(rules[i]).id());
        f.push(Fh::new(T_RULE_SHAPE).b(rules[i]).h(sh).id());
        f.push(Fh::new(T_RULE_M1).b(if i > 0 { rules[i - 1] } else { 255 }).b(rules[i]).id());
        f.push(Fh::new(T_RULE_P1).b(rules[i]).b(if i + 1 < n { rules[i + 1] } else { 255 }).id());
    }
}

/// Reusable buffers of [`rule_codes`].
#[derive(Default)]
struct RuleScratch {
    text: String,
    toks: Vec<Token>,
    found: Vec<super::RawMention>,
}

/// What the rule layer ([`super::names`]) says about each word: 0 outside its names, else
/// `1 + 4·type + 2·inside + strong` (strong: typed by the lexicon or a rule, not a guess).
/// The words are re-joined with single spaces so rules run on the same words at training
/// and tagging time.
pub fn rule_codes(m: &Models, words: &[&str], lower_seen: &dyn LowerSeen) -> Vec<u8> {
    let mut codes = Vec::new();
    rule_codes_into(m, words, lower_seen, &mut RuleScratch::default(), &mut codes);
    codes
}

fn rule_codes_into(m: &Models, words: &[&str], lower_seen: &dyn LowerSeen, sc: &mut RuleScratch, codes: &mut Vec<u8>) {
    let RuleScratch { text, toks, found } = sc;
    text.clear();
    toks.clear();
    found.clear();
    for w in words {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        let c = w.chars().next().unwrap_or(' ');
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_alphanumeric() {
            TokenKind::Word
        } else {
            TokenKind::Punctuation
        };
        toks.push(Token { span: Span::new(start, text.len()), kind });
    }
    let doc = super::names::DocInfo { lower_seen };
    super::names::find(text, toks, m, &doc, false, found);
    codes.clear();
    codes.resize(words.len(), 0);
    let mut k = 0;
    for r in found.iter() {
        while k < toks.len() && toks[k].span.end <= r.span.start {
            k += 1;
        }
        let strong = (r.strength != super::Strength::Weak) as u8;
        let mut j = k;
        while j < toks.len() && toks[j].span.start < r.span.end {
            codes[j] = 1 + 4 * (r.kind as u8) + 2 * ((j > k) as u8) + strong;
            j += 1;
        }
    }
}

// ---------------------------------------------------------------- the model

#[derive(Default, Clone, Copy)]
struct PassHasher(u64);

impl Hasher for PassHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u32(&mut self, i: u32) {
        // Ids are already hashes: spread them over the 64 bits the table uses.
        self.0 = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The best tag allowed after `prev` ([`START`] before the sentence); the first in tag
/// order on a tie.
#[inline]
fn best_tag(scores: &[i32; NTAGS], prev: u8) -> u8 {
    let pv = if prev == START { 0 } else { prev };
    let mut best = 0u8;
    let mut bs = i32::MIN;
    for (t, &s) in scores.iter().enumerate() {
        if allowed(pv, t as u8) && s > bs {
            bs = s;
            best = t as u8;
        }
    }
    best
}

/// A trained tagger: feature id → weight row.
pub struct TaggerModel {
    /// Quantised weight rows, in the table itself: a hit costs one dependent memory access
    /// fewer than an index into a separate array, and `i16` rows keep the table small
    /// enough to stay in cache. Scores are exact integer sums (the common scale factor does
    /// not change which tag wins).
    rows: HashMap<u32, [i16; NTAGS], BuildHasherDefault<PassHasher>>,
}

impl std::fmt::Debug for TaggerModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TaggerModel({} features)", self.rows.len())
    }
}

fn fmt_err(reason: impl Into<String>) -> Error {
    Error::ModelFormat { name: "ner_tagger.bin".into(), reason: reason.into() }
}

impl TaggerModel {
    /// Build from feature ids and float weight rows (`NTAGS` per feature), quantising them
    /// to `i16` exactly as [`TaggerModel::to_bytes`] does.
    pub fn to_bytes(features: &[(u32, [f32; NTAGS])]) -> Vec<u8> {
        let mut feats: Vec<&(u32, [f32; NTAGS])> = features.iter().collect();
        feats.sort_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        let max = feats.iter().flat_map(|f| f.1.iter()).fold(0f32, |a, w| a.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut out = Vec::with_capacity(24 + feats.len() * (4 + 2 * NTAGS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&MODEL_VERSION.to_le_bytes());
        out.extend_from_slice(&(NTAGS as u32).to_le_bytes());
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for f in &feats {
            out.extend_from_slice(&f.0.to_le_bytes());
        }
        for f in &feats {
            for w in f.1 {
                let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Parse `ner_tagger.bin`.
    pub fn from_bytes(b: &[u8]) -> Result<TaggerModel, Error> {
        if b.len() < 24 || &b[..8] != MAGIC {
            return Err(fmt_err("not a lede tagger model (bad magic)"));
        }
        let u32_at = |o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap());
        let version = u32_at(8);
        if version != MODEL_VERSION {
            return Err(fmt_err(format!("model version {version}, this build reads {MODEL_VERSION}")));
        }
        if u32_at(12) as usize != NTAGS {
            return Err(fmt_err(format!("{} tags, expected {NTAGS}", u32_at(12))));
        }
        let n = u32_at(16) as usize;
        let scale = f32::from_le_bytes(b[20..24].try_into().unwrap());
        if !(scale.is_finite() && scale > 0.0) || b.len() != 24 + n * 4 + n * NTAGS * 2 {
            return Err(fmt_err("truncated or oversized model"));
        }
        let wb = &b[24 + 4 * n..];
        let mut rows = HashMap::with_capacity_and_hasher(n, Default::default());
        let mut prev = None;
        for (k, row) in wb.chunks_exact(2 * NTAGS).enumerate() {
            let h = u32_at(24 + 4 * k);
            if prev.is_some_and(|p| p >= h) {
                return Err(fmt_err("feature ids not strictly increasing"));
            }
            prev = Some(h);
            let w = std::array::from_fn(|t| i16::from_le_bytes([row[2 * t], row[2 * t + 1]]));
            rows.insert(h, w);
        }
        Ok(TaggerModel { rows })
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the model has no feature.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    #[inline]
    fn add(&self, id: u32, scores: &mut [i32; NTAGS]) {
        if let Some(w) = self.rows.get(&id) {
            for t in 0..NTAGS {
                scores[t] += w[t] as i32;
            }
        }
    }

    /// Greedy BIO decoding of a prepared sentence; returns one tag per word (`O` for the
    /// words after [`Prepared::featured`]).
    pub fn decode(&self, p: &Prepared, tags: &mut Vec<u8>) {
        tags.clear();
        let (mut prev2, mut prev) = (START, START);
        for i in 0..p.featured() {
            let mut scores = [0i32; NTAGS];
            for &id in p.features(i) {
                self.add(id, &mut scores);
            }
            for id in p.tag_features(i, prev2, prev) {
                self.add(id, &mut scores);
            }
            let best = best_tag(&scores, prev);
            tags.push(best);
            prev2 = prev;
            prev = best;
        }
        tags.resize(p.len(), 0);
    }

    /// Tag a sentence: name chunks as word ranges.
    pub fn tag(
        &self,
        fz: &Featurizer<'_>,
        words: &[&str],
        seen_lower: &[bool],
        lower_seen: &dyn LowerSeen,
    ) -> Vec<(usize, usize, NameType)> {
        let mut p = Prepared::default();
        fz.prepare(words, seen_lower, lower_seen, &mut p);
        let mut tags = Vec::new();
        self.decode(&p, &mut tags);
        chunks(&tags)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn bio_helpers() {
        let p = tag_b(NameType::Person);
        let pi = tag_i(NameType::Person);
        let o = tag_b(NameType::Org);
        assert!(allowed(p, pi));
        assert!(!allowed(o, pi));
        assert!(!allowed(0, pi));
        assert_eq!(
            chunks(&[0, p, pi, o, 0, p]),
            vec![(1, 3, NameType::Person), (3, 4, NameType::Org), (5, 6, NameType::Person)]
        );
        assert_eq!(shape("McCain"), "XxXx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(norm("B52s"), "b00s");
        assert_eq!(suffix("ab", 3), "ab");
        assert_eq!(prefix("général", 3), "gén");
    }

    #[test]
    fn norm_fast_path_matches_the_char_loop() {
        let slow = |w: &str| -> String {
            w.chars().flat_map(|c| if c.is_ascii_digit() { vec!['0'] } else { c.to_lowercase().collect() }).collect()
        };
        for w in ["McCain", "B52s", "U.S.", "général", "ΟΔΟΣ", "İstanbul", "1990s", ""] {
            assert_eq!(norm(w), slow(w), "{w}");
        }
    }

    #[test]
    fn reused_prepared_equals_fresh() {
        let m = Models::embedded().unwrap();
        let fz = Featurizer::new(&m);
        let seen = HashSet::<String>::new();
        let a = ["President", "Maria", "Delgado", "of", "New", "York", "said", "on", "Tuesday", "."];
        let b = ["Acme", "Inc", "rose", "3", "%"];
        let mut reused = Prepared::default();
        fz.prepare(&a, &[], &seen, &mut reused);
        fz.prepare(&b, &[false, true], &seen, &mut reused);
        let mut fresh = Prepared::default();
        fz.prepare(&b, &[false, true], &seen, &mut fresh);
        assert_eq!(reused.len(), b.len());
        assert_eq!(reused.rules, fresh.rules);
        for i in 0..b.len() {
            assert_eq!(reused.features(i), fresh.features(i));
            assert_eq!(reused.tag_features(i, START, 0), fresh.tag_features(i, START, 0));
        }
    }

    #[test]
    fn prepare_upto_tags_the_same_prefix_and_o_after() {
        let m = Models::embedded().unwrap();
        let tagger = m.tagger.as_ref().expect("embedded tagger");
        let fz = Featurizer::new(&m);
        let seen = HashSet::<String>::new();
        let words = ["Ms", "Okafor", "of", "Lagos", "Harbour", "Trust", "said", "the", "pier", "would", "reopen", "."];
        let (mut full, mut cut) = (Prepared::default(), Prepared::default());
        fz.prepare(&words, &[], &seen, &mut full);
        fz.prepare_upto(&words, &[], &seen, 6, &mut cut);
        assert_eq!((full.featured(), cut.featured(), cut.len()), (words.len(), 6, words.len()));
        for i in 0..6 {
            // Same features: the words after the limit are still context.
            assert_eq!(full.features(i), cut.features(i));
        }
        let (mut a, mut b) = (Vec::new(), Vec::new());
        tagger.decode(&full, &mut a);
        tagger.decode(&cut, &mut b);
        assert_eq!(&a[..6], &b[..6]);
        assert!(b[6..].iter().all(|&t| t == 0));
        assert_eq!(b.len(), words.len());
    }

    #[test]
    fn model_roundtrip_and_bad_files() {
        let mut w = [0f32; NTAGS];
        w[1] = 2.5;
        w[3] = -1.0;
        let bytes = TaggerModel::to_bytes(&[(7, w), (3, [0.5; NTAGS])]);
        let m = TaggerModel::from_bytes(&bytes).unwrap();
        assert_eq!(m.len(), 2);
        let mut s = [0i32; NTAGS];
        m.add(7, &mut s);
        // Scale 2.5 / 32767: 2.5 → 32767, -1.0 → -13107, 0.5 → 6553.
        assert_eq!((s[1], s[3], s[0]), (32767, -13107, 0));
        m.add(3, &mut s);
        assert_eq!((s[1], s[0]), (32767 + 6553, 6553));
        let mut bad = bytes.clone();
        bad[8] = 9;
        assert!(matches!(TaggerModel::from_bytes(&bad), Err(Error::ModelFormat { .. })));
        assert!(matches!(TaggerModel::from_bytes(b"LEDETAG"), Err(Error::ModelFormat { .. })));
        assert!(matches!(TaggerModel::from_bytes(&bytes[..bytes.len() - 1]), Err(Error::ModelFormat { .. })));
    }
}
