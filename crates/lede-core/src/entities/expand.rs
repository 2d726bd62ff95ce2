//! Organisation names the tagger cut short, mended with two local rules on one sentence.
//!
//! Contract: [`mend`] takes one sentence's tokens and its raw mentions (sorted by start,
//! disjoint, UTF-8 byte offsets) and returns them still sorted and disjoint, every span
//! still on token boundaries inside the sentence:
//! - a name spelled out before its acronym in brackets ("International Agency for Ocean
//!   Studies (IAOS)") becomes one mention when the capitalised words before the bracket,
//!   skipping connectors (of, for, and, the, on, &), have exactly the acronym's letters as
//!   initials; the mentions inside it are dropped;
//! - an organisation followed by a capitalised organisation head word ("CBC News") takes
//!   the word in;
//! - two capitalised plurals joined by "and" in one mention ("Democrats and Republicans")
//!   are two mentions ("Marks and Spencer", with one plural, stays one name).
//!
//! Bounded: each bracket looks back at most [`MAX_EXPANSION`] tokens; linear in the tokens.

use super::tagged::fine_type;
use super::tagger::NameType;
use super::{is_numeric, RawMention, Strength};
use crate::models::Models;
use crate::types::{EntityType, Span, Token, TokenKind};

/// Longest expansion looked at, in tokens (words and connectors).
pub const MAX_EXPANSION: usize = 12;

const CONNECTORS: &[&str] = &["of", "for", "and", "the", "on", "&", "de", "du", "des"];

/// Mend the sentence's mentions in place.
pub fn mend(text: &str, toks: &[Token], models: &Models, found: &mut Vec<RawMention>) {
    expand_before_acronyms(text, toks, models, found);
    attach_org_heads(text, toks, models, found);
    split_plural_pairs(text, found);
}

/// "Democrats and Republicans" tagged as one name: two groups, one mention each.
fn split_plural_pairs(text: &str, found: &mut Vec<RawMention>) {
    let plural = |w: &str| {
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
    };
    let mut k = 0;
    while k < found.len() {
        let m = &found[k];
        let s = &text[m.span.range()];
        let mut parts = s.split(' ');
        let (Some(a), Some("and"), Some(b), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            k += 1;
            continue;
        };
        if is_numeric(m.kind) || m.kind == EntityType::Person || !plural(a) || !plural(b) {
            k += 1;
            continue;
        }
        let (start, end) = (m.span.start, m.span.end);
        let first = RawMention { span: Span::new(start, start + a.len()), words: 1, ..m.clone() };
        let second = RawMention { span: Span::new(end - b.len(), end), words: 1, ..m.clone() };
        found[k] = first;
        found.insert(k + 1, second);
        k += 2;
    }
}

fn word<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    &text[toks[i].span.range()]
}

fn acronym(w: &str) -> Option<&str> {
    (w.len() >= 3 && w.len() <= 8 && w.bytes().all(|b| b.is_ascii_uppercase())).then_some(w)
}

/// First token index of the spelled-out name ending just before token `end`, when its
/// initials are `acr`.
fn expansion_start(text: &str, toks: &[Token], end: usize, acr: &str) -> Option<usize> {
    let letters = acr.as_bytes();
    let mut need = letters.len();
    let mut i = end;
    while i > 0 && end - i < MAX_EXPANSION {
        i -= 1;
        let w = word(text, toks, i);
        if toks[i].kind != TokenKind::Word {
            return None;
        }
        if CONNECTORS.contains(&w) {
            continue;
        }
        let first = w.chars().next()?;
        if !first.is_uppercase() || need == 0 || first != letters[need - 1] as char {
            return None;
        }
        need -= 1;
        if need == 0 {
            return Some(i);
        }
    }
    None
}

fn expand_before_acronyms(text: &str, toks: &[Token], models: &Models, found: &mut Vec<RawMention>) {
    let mut i = 1;
    while i + 2 < toks.len() {
        let acr = word(text, toks, i + 1);
        if word(text, toks, i) != "(" || word(text, toks, i + 2) != ")" || acronym(acr).is_none() {
            i += 1;
            continue;
        }
        if let Some(a) = expansion_start(text, toks, i, acr) {
            let span = Span::new(toks[a].span.start, toks[i - 1].span.end);
            let inside = |m: &RawMention| m.span.start >= span.start && m.span.end <= span.end;
            let crossing = |m: &RawMention| m.span.start < span.end && m.span.end > span.start && !inside(m);
            let already = found.iter().any(|m| m.span == span && !is_numeric(m.kind));
            if !already && !found.iter().any(crossing) {
                let s = &text[span.range()];
                let kind = fine_type(s, NameType::Org, models);
                found.retain(|m| !inside(m));
                let words = s.split_whitespace().count();
                found.push(RawMention { span, kind, strength: Strength::Rule, role: None, alias_of: None, words });
                // The acronym itself names the same thing.
                let asp = toks[i + 1].span;
                found.retain(|m| m.span != asp);
                found.push(RawMention {
                    span: asp,
                    kind,
                    strength: Strength::Rule,
                    role: None,
                    alias_of: None,
                    words: 1,
                });
                found.sort_by_key(|m| m.span.start);
            }
        }
        i += 3;
    }
}

fn attach_org_heads(text: &str, toks: &[Token], models: &Models, found: &mut Vec<RawMention>) {
    let mut k = 0;
    while k < found.len() {
        let m = &found[k];
        if m.kind != EntityType::Org {
            k += 1;
            continue;
        }
        // The token right after the mention, one space away.
        let next = toks.partition_point(|t| t.span.start < m.span.end);
        let Some(t) = toks.get(next) else { break };
        let w = &text[t.span.range()];
        let is_head = t.kind == TokenKind::Word
            && t.span.start == m.span.end + 1
            && text.as_bytes()[m.span.end] == b' '
            && w.chars().next().is_some_and(char::is_uppercase)
            && models.name_heads.get(w).is_some_and(|h| h.0 == EntityType::Org);
        // Only a free word, or a one-word mention of its own, is taken in.
        let owner = found.get(k + 1).filter(|n| n.span.start < t.span.end);
        if !is_head || owner.is_some_and(|n| n.span != t.span) {
            k += 1;
            continue;
        }
        if owner.is_some() {
            found.remove(k + 1);
        }
        let m = &mut found[k];
        m.span = Span::new(m.span.start, t.span.end);
        m.words += 1;
        m.alias_of = None;
        m.strength = Strength::Rule;
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::extract;
    use crate::segment::segment;
    use crate::types::Options;

    fn names(text: &str) -> Vec<(String, EntityType)> {
        let m = Models::embedded().unwrap();
        let seg = segment(text, &m, false);
        extract(text, &seg, &m, &Options::default())
            .into_iter()
            .filter(|e| !is_numeric(e.kind))
            .map(|e| (e.canonical_name, e.kind))
            .collect()
    }

    #[test]
    fn a_name_spelled_out_before_its_acronym_is_one_organisation() {
        let text = "The director of the International Agency for Ocean Studies (IAOS) spoke on Monday. IAOS will publish the data.";
        let got = names(text);
        assert!(got.contains(&("International Agency for Ocean Studies".to_string(), EntityType::Org)), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n == "Ocean" || n == "Studies" || n == "IAOS"), "{got:?}");
    }

    #[test]
    fn initials_that_do_not_match_leave_the_mentions_alone() {
        let text = "Officials at Harbour Board (HQ) said the plan was ready.";
        let got = names(text);
        assert!(!got.iter().any(|(n, _)| n.contains("(")), "{got:?}");
    }

    #[test]
    fn organisation_head_word_after_a_name_joins_it() {
        let text = "He said so in an interview on Monday with CBC News.";
        let got = names(text);
        assert!(got.contains(&("CBC News".to_string(), EntityType::Org)), "{got:?}");
    }
}
