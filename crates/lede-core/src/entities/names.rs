//! Proper-name mentions: runs of capitalised tokens inside one sentence, typed with the
//! lexicon, titles, head words and given names.
//!
//! Contract: [`find`] returns raw mentions whose spans are UTF-8 byte offsets into the text,
//! inside the sentence's tokens, without a leading determiner, title or trailing possessive
//! `'s`. Linear in the number of tokens (lexicon and title look-ups are bounded windows).

use std::collections::HashSet;
use std::hash::BuildHasher;

use super::{RawMention, Strength};
use crate::models::{with_lowercase, Models};
use crate::types::{EntityType, Span, Token, TokenKind};

const CONNECTORS_ALWAYS: &[&str] =
    &["de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "la", "le", "al", "bin", "ibn", "&"];
const CONNECTORS_ORG: &[&str] = &["of", "for", "on"];
const PRONOUN_LIKE: &[&str] = &["I", "I'm", "I’m", "I'd", "I’d", "I've", "I’ve", "I'll", "I’ll", "OK", "TV"];

/// The words seen in lowercase somewhere in a document (words whose first letter is
/// lowercase), asked with a word's lowercase form.
pub trait LowerSeen {
    /// True when `lower` was seen.
    fn contains_lower(&self, lower: &str) -> bool;
}

impl<S: BuildHasher> LowerSeen for HashSet<String, S> {
    fn contains_lower(&self, lower: &str) -> bool {
        self.contains(lower)
    }
}

impl<S: BuildHasher> LowerSeen for HashSet<&str, S> {
    fn contains_lower(&self, lower: &str) -> bool {
        self.contains(lower)
    }
}

/// Per-document facts the typer uses.
pub struct DocInfo<'a> {
    /// Words seen in lowercase somewhere in the document.
    pub lower_seen: &'a dyn LowerSeen,
}

/// Append `w.to_lowercase()` to `out` (without allocating for ASCII words).
pub fn push_lowercase(out: &mut String, w: &str) {
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        if w.bytes().any(|b| b.is_ascii_uppercase()) {
            out[start..].make_ascii_lowercase();
        }
    } else if w.contains('Σ') {
        // `str::to_lowercase` lowercases a final capital sigma by its context.
        out.push_str(&w.to_lowercase());
    } else {
        // Otherwise `str::to_lowercase` is `char::to_lowercase` of each char, without the copy.
        out.reserve(w.len());
        for c in w.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
}

fn is_cap_word(text: &str, t: &Token) -> bool {
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = &text[t.span.range()];
    let first = w.chars().next().unwrap_or(' ');
    first.is_uppercase() && !crate::calendar::is_date_word(strip_poss(w)) && !PRONOUN_LIKE.contains(&w)
}

/// The word without a trailing possessive `'s` / `’s` / `'`.
pub fn strip_poss(w: &str) -> &str {
    for suf in ["'s", "’s", "'S", "’S"] {
        if let Some(s) = w.strip_suffix(suf) {
            if !s.is_empty() {
                return s;
            }
        }
    }
    w
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Find name mentions in one sentence's tokens. `in_headline` relaxes sentence-initial rules
/// to every word (title case).
pub fn find(
    text: &str,
    toks: &[Token],
    models: &Models,
    doc: &DocInfo<'_>,
    in_headline: bool,
    out: &mut Vec<RawMention>,
) {
    let n = toks.len();
    let word = |i: usize| &text[toks[i].span.range()];
    // Index of the first word of the sentence (after opening quotes/brackets/bullets).
    let first_word = toks.iter().position(|t| t.kind == TokenKind::Word).unwrap_or(n);
    let mut i = 0;
    while i < n {
        if !is_cap_word(text, &toks[i]) {
            i += 1;
            continue;
        }
        // Grow a run of capitalised words with connectors and title periods.
        let start = i;
        let mut end = i + 1; // exclusive
        while end < n {
            let w = word(end - 1);
            if strip_poss(w) != w {
                break; // a possessive ends the name
            }
            let nx = &toks[end];
            if is_cap_word(text, nx) {
                end += 1;
                continue;
            }
            let nw = word(end);
            let cap_after = end + 1 < n && is_cap_word(text, &toks[end + 1]);
            if nw == "." && cap_after && models.is_title(w) && toks[end - 1].span.end == nx.span.start {
                end += 2;
                continue;
            }
            if cap_after && CONNECTORS_ALWAYS.contains(&nw) {
                end += 2;
                continue;
            }
            if cap_after && CONNECTORS_ORG.contains(&nw) {
                let head = |x: &str| models.name_heads.get(x).is_some_and(|h| !h.1) || models.is_title(x);
                if head(w) || head(word(start)) {
                    end += 2;
                    // "University of the West": allow "the" after "of".
                    continue;
                }
            }
            if nw == "of"
                && end + 2 < n
                && word(end + 1) == "the"
                && is_cap_word(text, &toks[end + 2])
                && models.name_heads.get(w).is_some_and(|h| !h.1)
            {
                end += 3;
                continue;
            }
            break;
        }
        process_run(text, toks, start, end, models, doc, in_headline, first_word, out);
        i = end;
    }
}

#[allow(clippy::too_many_arguments)]
fn process_run(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    models: &Models,
    doc: &DocInfo<'_>,
    in_headline: bool,
    first_word: usize,
    out: &mut Vec<RawMention>,
) {
    let word = |i: usize| &text[toks[i].span.range()];
    // Split the run at common words (title-case headlines, "But", "The") and at words seen in
    // lowercase elsewhere when they open a sentence or sit in a headline.
    let droppable = |i: usize| {
        let w = strip_poss(word(i));
        if models.lexicon.contains_key(w) || models.first_names.contains(w) {
            return false;
        }
        if is_acronym(w) {
            return false;
        }
        with_lowercase(w, |lw| {
            models.common_words.contains(lw) || ((i == first_word || in_headline) && doc.lower_seen.contains_lower(lw))
        })
    };
    let mut seg_start = start;
    let mut i = start;
    while i <= end {
        let cut = i == end
            || (toks[i].kind == TokenKind::Word
                && word(i).chars().next().is_some_and(char::is_uppercase)
                && droppable(i));
        if cut {
            if i > seg_start {
                let (mut a, mut b) = (seg_start, i);
                // Trim connectors/periods at the edges.
                while a < b && (toks[a].kind != TokenKind::Word || !is_cap_word(text, &toks[a])) {
                    a += 1;
                }
                while b > a && (toks[b - 1].kind != TokenKind::Word || !is_cap_word(text, &toks[b - 1])) {
                    b -= 1;
                }
                if b > a {
                    emit(text, toks, a, b, models, out);
                }
            }
            seg_start = i + 1;
        }
        i += 1;
    }
}

/// Length in tokens of the longest title phrase starting at token `i` (0 when none).
fn title_at(text: &str, toks: &[Token], i: usize, end: usize, models: &Models) -> usize {
    let mut best = 0;
    let mut phrase = String::new();
    for (k, j) in (i..end.min(i + models.max_title_words)).enumerate() {
        if toks[j].kind != TokenKind::Word {
            break;
        }
        if k > 0 {
            phrase.push(' ');
        }
        push_lowercase(&mut phrase, &text[toks[j].span.range()]);
        if models.titles.contains(&phrase) {
            best = k + 1;
        }
    }
    best
}

/// Emit mentions for the capitalised token range `a..b`.
fn emit(text: &str, toks: &[Token], a: usize, b: usize, models: &Models, out: &mut Vec<RawMention>) {
    // A title inside the run: what precedes it is its own name, what follows is a person.
    let mut j = a;
    while j < b {
        let k = title_at(text, toks, j, b, models);
        if k > 0 {
            let mut rest = j + k;
            if rest < b && &text[toks[rest].span.range()] == "." {
                rest += 1;
            }
            if rest < b && is_cap_word(text, &toks[rest]) {
                if j > a {
                    emit_plain(text, toks, a, j, models, None, out);
                }
                let role = text[toks[j].span.start..toks[j + k - 1].span.end].to_string();
                emit_plain(text, toks, rest, b, models, Some(role), out);
                return;
            }
        }
        j += 1;
    }
    // A lowercase title just before the run: "spokeswoman Hua Chunying".
    let role = if a > 0 && toks[a - 1].kind == TokenKind::Word {
        let w = &text[toks[a - 1].span.range()];
        (w.chars().next().is_some_and(char::is_lowercase) && models.is_title(w) && !models.is_common(w))
            .then(|| w.to_string())
    } else {
        None
    };
    emit_plain(text, toks, a, b, models, role, out);
}

fn emit_plain(
    text: &str,
    toks: &[Token],
    a: usize,
    b: usize,
    models: &Models,
    role: Option<String>,
    out: &mut Vec<RawMention>,
) {
    let start = toks[a].span.start;
    let last = &text[toks[b - 1].span.range()];
    let end = toks[b - 1].span.end - (last.len() - strip_poss(last).len());
    if end <= start {
        return;
    }
    let s = &text[start..end];
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() == 1 && s.chars().count() < 2 {
        return;
    }
    let (kind, strength, alias_of) = type_name(s, &words, models, role.is_some());
    out.push(RawMention { span: Span::new(start, end), kind, strength, role, alias_of, words: words.len() });
}

/// Type a name from its text.
pub fn type_name(s: &str, words: &[&str], models: &Models, titled: bool) -> (EntityType, Strength, Option<String>) {
    if let Some(e) = models.lexicon.get(s) {
        return (e.kind, Strength::Lexicon, e.alias_of.clone());
    }
    if titled {
        return (EntityType::Person, Strength::Rule, None);
    }
    let last = *words.last().unwrap();
    if let Some(&(k, _)) = models.name_heads.get(last) {
        return (k, Strength::Rule, None);
    }
    for w in &words[..words.len() - 1] {
        if let Some(&(k, false)) = models.name_heads.get(*w) {
            return (k, Strength::Rule, None);
        }
    }
    if models.first_names.contains(words[0]) {
        return (EntityType::Person, Strength::Rule, None);
    }
    if words.len() == 1 && is_acronym(s) {
        return (EntityType::Org, Strength::Rule, None);
    }
    // A known place or nationality followed by more words: "Afghan Ambassador" is not a place.
    match words.len() {
        1 => (EntityType::Org, Strength::Weak, None),
        2 | 3 => (EntityType::Person, Strength::Weak, None),
        _ => (EntityType::Org, Strength::Weak, None),
    }
}

#[cfg(test)]
mod tests {
    use super::push_lowercase;

    #[test]
    fn push_lowercase_appends_to_lowercase() {
        let words = [
            "",
            "said",
            "Said",
            "U.S.",
            "McDONALD",
            "ÉCOLE",
            "Straße",
            "İstanbul",
            "ΟΔΟΣ",
            "Σ",
            "ΣΑΣ",
            "ὈΔΥΣΣΕΎΣ",
            "Ǆemal",
            "Ⅻ",
            "Ａｂｃ",
            "naïve",
            "O’Brien",
            "DŽ",
            "Ωmega's",
            "東京",
            "КИЇВ",
        ];
        for w in words {
            let mut out = String::from("x ");
            push_lowercase(&mut out, w);
            assert_eq!(out, format!("x {}", w.to_lowercase()), "{w}");
        }
        // Every char of the Basic Multilingual Plane and beyond, alone and inside a word.
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            for w in [c.to_string(), format!("A{c}b"), format!("{c}{c}")] {
                let mut out = String::new();
                push_lowercase(&mut out, &w);
                assert_eq!(out, w.to_lowercase(), "{:?}", w);
            }
        }
    }
}
