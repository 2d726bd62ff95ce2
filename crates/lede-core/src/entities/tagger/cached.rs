//! Tagging with a per-document cache of word scores, the tagging-time twin of
//! [`Featurizer::prepare_upto`] + [`TaggerModel::decode`].
//!
//! Most of a word's features depend on one word only: its own form, lowercase form,
//! affixes, shape, clusters and word-list facts, and what it contributes to the words up to
//! two places before and after it (its lowercase form, clusters, title or head-word fact).
//! Words repeat within a document, so [`WordScores`] sums those weight rows once per
//! distinct word. The features of a few positions together take few values in a document
//! (the shapes of a word and its neighbours, the rule codes of a word and its neighbours,
//! the two previous tags), so their summed rows are cached by those values; the features of
//! a word after an `O` tag or outside the rule layer's names are cached with the word.
//! A word's gazetteer facts ([`Gazetteer::word_flags`](crate::entities::gazetteer::Gazetteer::word_flags)) are cached with it too, so only
//! the multi-word place matches are looked up per sentence. Tagging a word then adds cached
//! rows and looks up only the word bigrams, the gazetteer features and the rare remaining
//! features in the model.
//!
//! Contract: the tags are exactly those of `prepare_upto` + `decode` on the same words,
//! the same `seen_lower`, the same `lower_seen` and the same limit (the feature multiset
//! of every word is the same, and scores are exact integer sums, so the order of addition
//! does not matter; the tests below compare both paths). The trainer keeps using
//! [`Prepared`]. The cache is keyed by the word's text and valid for one [`TaggerModel`] and
//! one unchanged [`Models`] (the engine keeps a few, reused across documents). Memory is
//! linear in the number of distinct words ([`WordScores::clear_words`] bounds it).

use super::*;
use crate::models::HashMap as FastMap;

/// One weight-row sum.
type Row = [i32; NTAGS];

/// Cached facts and row sums of one distinct word.
struct Entry {
    /// The word, `arena[word.0..word.1]`.
    word: (usize, usize),
    /// [`str_hash`] of its lowercase form ([`norm`]) and of its [`shape`].
    low_h: u64,
    shape_h: u64,
    /// [`Gazetteer::word_flags`](crate::entities::gazetteer::Gazetteer::word_flags) of the word.
    gaz: u16,
    /// Features of the word itself.
    own: Row,
    /// Its previous-tag features when the previous tag is `O`.
    after_o: Row,
    /// Its rule-shape feature when its rule code is 0.
    rule0: Row,
    /// Features it gives the word after it (`-1` templates) and the one after that (`-2`).
    left: Row,
    left2: Row,
    /// Features it gives the word before it (`+1` templates) and the one before that (`+2`).
    right: Row,
    right2: Row,
}

/// What the sentinels give the words next to them: `<s>` as `-1` and `-2` neighbour,
/// `</s>` as `+1` and `+2`.
#[derive(Clone, Copy)]
struct Ends {
    left: Row,
    left2: Row,
    right: Row,
    right2: Row,
}

/// Per-document cache of word rows (see the module docs), plus the per-sentence buffers.
#[derive(Default)]
pub struct WordScores {
    /// `str_hash(word)` → index into `entries` (a colliding word gets an unindexed entry).
    index: FastMap<u64, u32>,
    arena: String,
    entries: Vec<Entry>,
    /// Shape features by the shape hashes of words `i-1`, `i`, `i+1`.
    shapes: FastMap<[u64; 3], Row>,
    /// Rule features (except rule-shape) by the rule codes of words `i-1`, `i`, `i+1`.
    rule_rows: FastMap<[u8; 3], Row>,
    /// Tag features of the two previous tags, by `prev2 * (NTAGS + 1) + prev`.
    prev_rows: Vec<Option<Row>>,
    ends: Option<Ends>,
    /// Entry of each context word of the current sentence.
    slots: Vec<u32>,
    gaz: Vec<u16>,
    rules: Vec<u8>,
    rule_scratch: RuleScratch,
    low: String,
    shape: String,
}

impl WordScores {
    /// Rule-layer codes of the last tagged sentence (see [`rule_codes`]).
    pub fn rules(&self) -> &[u8] {
        &self.rules
    }

    /// Number of distinct words cached.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is cached yet.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Forget the cached words (the rows that depend on the model only stay).
    pub fn clear_words(&mut self) {
        self.index.clear();
        self.arena.clear();
        self.entries.clear();
    }

    /// The entry of `w`, computed on first sight.
    fn entry(&mut self, fz: &Featurizer<'_>, tm: &TaggerModel, w: &str) -> u32 {
        let key = str_hash(w);
        if let Some(&e) = self.index.get(&key) {
            let (a, b) = self.entries[e as usize].word;
            if &self.arena[a..b] == w {
                return e;
            }
            // A 64-bit collision: give this occurrence its own entry, unindexed.
            return self.compute(fz, tm, w, key);
        }
        let e = self.compute(fz, tm, w, key);
        self.index.insert(key, e);
        e
    }

    fn compute(&mut self, fz: &Featurizer<'_>, tm: &TaggerModel, w: &str, word_h: u64) -> u32 {
        let m = fz.models;
        self.low.clear();
        norm_into(w, &mut self.low);
        self.shape.clear();
        shape_into(w, &mut self.shape);
        let l = self.low.as_str();
        let (hl, sh) = (str_hash(l), str_hash(&self.shape));
        let c = m.clusters.get(l).copied().unwrap_or(NO_CLUSTER);
        let title = m.is_title(w);
        let head = m.name_heads.get(w).map_or(0, |h| head_code(h.0));
        let row = |ids: &[u32]| {
            let mut r = [0; NTAGS];
            ids.iter().for_each(|&id| tm.add(id, &mut r));
            r
        };
        let mut own = row(&[
            Fh::new(T_BIAS).id(),
            Fh::new(T_WORD).h(word_h).id(),
            Fh::new(T_LOW).h(hl).id(),
            Fh::new(T_SUF2).s(suffix(l, 2)).id(),
            Fh::new(T_SUF3).s(suffix(l, 3)).id(),
            Fh::new(T_SUF4).s(suffix(l, 4)).id(),
            Fh::new(T_PRE3).s(prefix(l, 3)).id(),
            Fh::new(T_SHAPE).h(sh).id(),
        ]);
        if c == NO_CLUSTER {
            tm.add(Fh::new(T_CLUSTER).b(0xff).id(), &mut own);
        } else {
            for (level, id) in c.iter().enumerate() {
                tm.add(Fh::new(T_CLUSTER).b(level as u8).h(*id as u64).id(), &mut own);
            }
        }
        if title {
            tm.add(Fh::new(T_TITLE).id(), &mut own);
        }
        if head > 0 {
            tm.add(Fh::new(T_HEAD).b(head).id(), &mut own);
        }
        if m.is_common(w) {
            tm.add(Fh::new(T_COMMON).b(w.chars().next().is_some_and(char::is_uppercase) as u8).id(), &mut own);
        }
        if let Some(e) = m.lexicon.get(w) {
            tm.add(Fh::new(T_LEX).b(head_code(e.kind)).id(), &mut own);
        }
        let after_o = row(&[Fh::new(T_PREV_LOW).b(0).h(hl).id(), Fh::new(T_PREV_SHAPE).b(0).h(sh).id()]);
        let rule0 = row(&[Fh::new(T_RULE_SHAPE).b(0).h(sh).id()]);
        let mut left = neighbour_row(tm, T_LOW_M1, T_CLUSTER_M1, hl, c);
        if title {
            tm.add(Fh::new(T_TITLE_M1).id(), &mut left);
        }
        let mut right = neighbour_row(tm, T_LOW_P1, T_CLUSTER_P1, hl, c);
        if head > 0 {
            tm.add(Fh::new(T_HEAD_P1).b(head).id(), &mut right);
        }
        let left2 = row(&[Fh::new(T_LOW_M2).h(hl).id()]);
        let mut right2 = row(&[Fh::new(T_LOW_P2).h(hl).id()]);
        if head > 0 {
            tm.add(Fh::new(T_HEAD_P2).b(head).id(), &mut right2);
        }
        let start = self.arena.len();
        self.arena.push_str(w);
        let word = (start, self.arena.len());
        let gaz = m.gazetteer.word_flags(w);
        self.entries.push(Entry { word, low_h: hl, shape_h: sh, gaz, own, after_o, rule0, left, left2, right, right2 });
        (self.entries.len() - 1) as u32
    }
}

/// The `-1`/`+1` lowercase and cluster features of a neighbour with lowercase hash `hl`
/// and clusters `c` (a sentinel: the hash of `<s>`/`</s>` and [`NO_CLUSTER`]).
fn neighbour_row(tm: &TaggerModel, t_low: u8, t_cluster: u8, hl: u64, c: [u16; CLUSTER_LEVELS]) -> Row {
    let mut r = [0; NTAGS];
    tm.add(Fh::new(t_low).h(hl).id(), &mut r);
    for (level, &id) in c.iter().enumerate().skip(1) {
        tm.add(Fh::new(t_cluster).b(level as u8).h(id as u64).id(), &mut r);
    }
    r
}

#[inline]
fn add_row(s: &mut Row, r: &Row) {
    for t in 0..NTAGS {
        s[t] += r[t];
    }
}

impl TaggerModel {
    /// Tag `words` as `prepare_upto(words, seen_lower, lower_seen, limit)` followed by
    /// [`TaggerModel::decode`] would (one tag per word, `O` from `limit` on), using and
    /// filling the document's cache `ws`. [`WordScores::rules`] then holds the sentence's
    /// rule codes.
    #[allow(clippy::too_many_arguments)]
    pub fn tag_cached(
        &self,
        fz: &Featurizer<'_>,
        words: &[&str],
        seen_lower: &[bool],
        lower_seen: &dyn LowerSeen,
        limit: usize,
        ws: &mut WordScores,
        tags: &mut Vec<u8>,
    ) {
        let m = fz.models;
        let n = words.len();
        let featured = limit.min(n);
        let ctx = (featured + 2).min(n);
        rule_codes_into(m, words, lower_seen, &mut ws.rule_scratch, &mut ws.rules);
        tags.clear();
        if featured == 0 {
            tags.resize(n, 0);
            return;
        }
        ws.slots.clear();
        for w in &words[..ctx] {
            let e = ws.entry(fz, self, w);
            ws.slots.push(e);
        }
        // Flags are read for words `0..=featured` only, all inside the context words.
        let WordScores { entries, slots, gaz, .. } = &mut *ws;
        m.gazetteer.token_flags_from(words, ctx, |j| entries[slots[j] as usize].gaz, gaz);
        let (bos, eos) = (str_hash("<s>"), str_hash("</s>"));
        let ends = *ws.ends.get_or_insert_with(|| {
            let one = |id: u32| {
                let mut r = [0; NTAGS];
                self.add(id, &mut r);
                r
            };
            Ends {
                left: neighbour_row(self, T_LOW_M1, T_CLUSTER_M1, bos, NO_CLUSTER),
                left2: one(Fh::new(T_LOW_M2).h(bos).id()),
                right: neighbour_row(self, T_LOW_P1, T_CLUSTER_P1, eos, NO_CLUSTER),
                right2: one(Fh::new(T_LOW_P2).h(eos).id()),
            }
        });
        if ws.prev_rows.is_empty() {
            ws.prev_rows.resize((NTAGS + 1) * (NTAGS + 1), None);
        }
        let WordScores { entries, slots, gaz, rules, shapes, rule_rows, prev_rows, .. } = ws;
        let at = |j: usize| &entries[slots[j] as usize];
        // Lowercase and shape hashes of word `i + d`, sentinels outside the sentence.
        let low = |i: usize, d: isize| match i.checked_add_signed(d) {
            None => bos,
            Some(j) if j >= n => eos,
            Some(j) => at(j).low_h,
        };
        let shp = |i: usize, d: isize| match i.checked_add_signed(d) {
            None => bos,
            Some(j) if j >= n => eos,
            Some(j) => at(j).shape_h,
        };
        let first_word = words.iter().position(|w| w.chars().next().is_some_and(char::is_alphanumeric)).unwrap_or(0);
        let (mut prev2, mut prev) = (START, START);
        for i in 0..featured {
            let e = at(i);
            let (hl, sh) = (e.low_h, e.shape_h);
            let mut s = e.own;
            add_row(&mut s, if i > 0 { &at(i - 1).left } else { &ends.left });
            add_row(&mut s, if i > 1 { &at(i - 2).left2 } else { &ends.left2 });
            add_row(&mut s, if i + 1 < n { &at(i + 1).right } else { &ends.right });
            add_row(&mut s, if i + 2 < n { &at(i + 2).right2 } else { &ends.right2 });
            self.add(Fh::new(T_BI_M1).h(low(i, -1)).h(hl).id(), &mut s);
            self.add(Fh::new(T_BI_P1).h(hl).h(low(i, 1)).id(), &mut s);
            let (s_m1, s_p1) = (shp(i, -1), shp(i, 1));
            add_row(
                &mut s,
                shapes.entry([s_m1, sh, s_p1]).or_insert_with(|| {
                    let mut r = [0; NTAGS];
                    self.add(Fh::new(T_SHAPE_M1).h(s_m1).h(sh).id(), &mut r);
                    self.add(Fh::new(T_SHAPE_P1).h(sh).h(s_p1).id(), &mut r);
                    self.add(Fh::new(T_SHAPE_3).h(s_m1).h(sh).h(s_p1).id(), &mut r);
                    r
                }),
            );
            let r = rules[i];
            let (r_m1, r_p1) = (if i > 0 { rules[i - 1] } else { 255 }, if i + 1 < n { rules[i + 1] } else { 255 });
            add_row(
                &mut s,
                rule_rows.entry([r_m1, r, r_p1]).or_insert_with(|| {
                    let mut row = [0; NTAGS];
                    self.add(Fh::new(T_RULE).b(r).id(), &mut row);
                    self.add(Fh::new(T_RULE_M1).b(r_m1).b(r).id(), &mut row);
                    self.add(Fh::new(T_RULE_P1).b(r).b(r_p1).id(), &mut row);
                    row
                }),
            );
            if r == 0 {
                add_row(&mut s, &e.rule0);
            } else {
                self.add(Fh::new(T_RULE_SHAPE).b(r).h(sh).id(), &mut s);
            }
            if i == first_word {
                self.add(Fh::new(T_FIRST).h(sh).id(), &mut s);
            }
            for (t, j) in [(T_GAZ, Some(i)), (T_GAZ_M1, i.checked_sub(1)), (T_GAZ_P1, Some(i + 1).filter(|&j| j < n))] {
                if let Some(j) = j {
                    let mut g = gaz[j] & 0x3ff;
                    while g != 0 {
                        self.add(Fh::new(t).b(g.trailing_zeros() as u8).id(), &mut s);
                        g &= g - 1;
                    }
                }
            }
            if seen_lower.get(i).copied().unwrap_or(false) {
                self.add(Fh::new(T_SEENLOW).b((i == first_word) as u8).id(), &mut s);
            }
            let pr = prev_rows[prev2 as usize * (NTAGS + 1) + prev as usize].get_or_insert_with(|| {
                let mut r = [0; NTAGS];
                self.add(Fh::new(T_PREV).b(prev).id(), &mut r);
                self.add(Fh::new(T_PREV2).b(prev2).b(prev).id(), &mut r);
                r
            });
            add_row(&mut s, pr);
            if prev == 0 {
                add_row(&mut s, &e.after_o);
            } else {
                self.add(Fh::new(T_PREV_LOW).b(prev).h(hl).id(), &mut s);
                self.add(Fh::new(T_PREV_SHAPE).b(prev).h(sh).id(), &mut s);
            }
            let best = best_tag(&s, prev);
            tags.push(best);
            prev2 = prev;
            prev = best;
        }
        tags.resize(n, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Tags from the reference path (the one the trainer uses).
    fn reference(m: &Models, words: &[&str], seen: &[bool], lower: &HashSet<String>, limit: usize) -> Vec<u8> {
        let tagger = m.tagger.as_ref().expect("embedded tagger");
        let mut p = Prepared::default();
        Featurizer::new(m).prepare_upto(words, seen, lower, limit, &mut p);
        let mut tags = Vec::new();
        tagger.decode(&p, &mut tags);
        tags
    }

    #[test]
    fn cached_tags_equal_prepare_and_decode() {
        let m = Models::embedded().unwrap();
        let tagger = m.tagger.as_ref().expect("embedded tagger");
        let fz = Featurizer::new(&m);
        let lower: HashSet<String> = ["trust", "said", "harbour"].iter().map(|s| s.to_string()).collect();
        let text = "President Maria Delgado of New York said on Tuesday that the U.S. Federal Reserve would \
            raise rates . Ms Okafor of Lagos Harbour Trust said the pier would reopen . \
            Acme Inc rose 3 % to $ 52.10 in 1990s trading , Reuters reported . \
            \" We will not back down , \" Delgado said , adding that São Paulo and İstanbul had agreed . \
            The Securities and Exchange Commission ( SEC ) fined Goldman Sachs ' London unit . \
            Delgado ’s aide , Dr. John McCain-Smith Jr. , met the ΟΔΟΣ committee in Washington D.C.";
        let sentences: Vec<Vec<&str>> = text.split(" . ").map(|s| s.split(' ').collect()).collect();
        // One cache for the whole "document": later sentences hit words cached earlier.
        let mut ws = WordScores::default();
        let mut tags = Vec::new();
        let mut named = 0;
        for round in 0..2 {
            for words in &sentences {
                let seen: Vec<bool> = words.iter().map(|w| round == 1 && w.starts_with('D')).collect();
                for limit in [0, 1, 2, words.len() / 2, words.len().saturating_sub(1), words.len(), words.len() + 3] {
                    let want = reference(&m, words, &seen, &lower, limit);
                    tagger.tag_cached(&fz, words, &seen, &lower, limit, &mut ws, &mut tags);
                    assert_eq!(tags, want, "{words:?} limit {limit}");
                    assert_eq!(ws.rules(), rule_codes(&m, words, &lower).as_slice());
                    named += tags.iter().filter(|&&t| t != 0).count();
                }
            }
        }
        // The sentences do contain names (the comparison is not between two empty taggings).
        assert!(named > 50, "{named}");
        assert!(!ws.is_empty() && ws.len() < 150, "{}", ws.len());
        // Sentences of one and two words: sentinels on both sides of every word.
        for words in [vec!["Delgado"], vec!["Mr", "Delgado"], vec![""], vec![]] {
            let want = reference(&m, &words, &[], &lower, words.len());
            tagger.tag_cached(&fz, &words, &[], &lower, words.len(), &mut ws, &mut tags);
            assert_eq!(tags, want, "{words:?}");
        }
    }
}
