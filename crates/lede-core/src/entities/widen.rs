//! Person names made whole: the tagger often tags only part of a name whose other words it
//! has never seen ("Lam" of "Lam Cheuk-ting", "Mertens" of "Dries Mertens"), or tags the
//! given name and the surname as two names.
//!
//! Contract: [`widen_persons`] takes the document's raw mentions (UTF-8 byte offsets, sorted
//! by start, disjoint) and returns them sorted and disjoint again. Two PERSON mentions with
//! one space between them become one. A PERSON mention outside a headline takes in the bare
//! name words right beside it, one space away in the same sentence: capitalised words that
//! are no other mention and that nothing else explains (not a common word, not seen in
//! lowercase in the document, not a title, calendar word, lexicon name, head word, group word
//! or place, no possessive or contraction, and not a frequent word of the clusters' news
//! text unless the name lists know it). A name grows to at most [`MAX_WORDS`] words. Linear
//! in the number of tokens.

use super::gazetteer::{CITY, COUNTRY, FIRST, NORP, SURNAME, SURNAME_COMMON};
use super::names::LowerSeen;
use super::RawMention;
use crate::models::{with_lowercase, Models};
use crate::types::{EntityType, Span, Token, TokenKind};

/// Longest person name built here, in words.
pub const MAX_WORDS: usize = 4;

/// A capitalised word that can only be part of a name: see the module doc.
fn bare_name_word(w: &str, models: &Models, lower_seen: &dyn LowerSeen) -> bool {
    if !w.chars().next().is_some_and(char::is_uppercase) || w.len() > 30 || w.chars().count() < 2 {
        return false;
    }
    // All-capital words are acronyms (organisations), not name words; a possessive or a
    // contraction ("Youngspiration's", "I'm") is none either, an Irish or Italian prefix is.
    if w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
        || w.match_indices(['\'', '’']).any(|(i, q)| !w[i + q.len()..].starts_with(char::is_uppercase))
    {
        return false;
    }
    if matches!(w, "Hey" | "Hi" | "Hello" | "Dear" | "Thanks" | "Welcome" | "Bye") {
        return false;
    }
    let flags = models.gazetteer.get(w);
    let listed = flags & (FIRST | SURNAME | SURNAME_COMMON) != 0;
    // A frequent word of the clusters' news text ("administrator", "currently") is a name word
    // only when the name lists know it ("Charles").
    with_lowercase(w, |l| {
        (listed || !models.clusters.contains_key(l))
            && !models.common_words.contains(l)
            && !lower_seen.contains_lower(l)
    }) && !models.is_title(w)
        && !crate::calendar::is_date_word(w)
        && !models.lexicon.contains_key(w)
        && !models.name_heads.contains_key(w)
        && flags & (COUNTRY | CITY | NORP) == 0
}

/// Widen and join PERSON mentions as the module doc says.
pub fn widen_persons(
    text: &str,
    sents: &[(usize, Vec<Token>)],
    headline_spans: &[Span],
    models: &Models,
    lower_seen: &dyn LowerSeen,
    raw: &mut Vec<RawMention>,
) {
    if !raw.iter().any(|m| m.kind == EntityType::Person) {
        return;
    }
    let one_space = |a: &Token, b: &Token| a.span.end + 1 == b.span.start && &text[a.span.end..b.span.start] == " ";
    let in_headline = |s: Span| headline_spans.iter().any(|h| h.start <= s.start && s.end <= h.end);
    let mut out: Vec<RawMention> = Vec::with_capacity(raw.len());
    let mut mi = 0; // next raw mention to place
    for (_, toks) in sents {
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else { continue };
        // Mentions before this sentence (none, as sentences cover every mention) pass through.
        while mi < raw.len() && raw[mi].span.start < first.span.start {
            out.push(raw[mi].clone());
            mi += 1;
        }
        let end_mi = mi + raw[mi..].partition_point(|m| m.span.start < last.span.end);
        let ms = &raw[mi..end_mi];
        mi = end_mi;
        // Token index where each mention starts and ends (None when it is not on token edges).
        let tok_at_start = |p: usize| toks.binary_search_by_key(&p, |t| t.span.start).ok();
        // A possessive ("Mertens's") ends the name inside its token: no words after it.
        let tok_at_end = |p: usize| match toks.binary_search_by_key(&p, |t| t.span.end) {
            Ok(i) => Some((i, true)),
            Err(i) => (i < toks.len()
                && toks[i].span.start + super::names::strip_poss(&text[toks[i].span.range()]).len() == p)
                .then_some((i, false)),
        };
        let mut k = 0;
        while k < ms.len() {
            let m = &ms[k];
            let mut cur = m.clone();
            k += 1;
            if m.kind != EntityType::Person || in_headline(m.span) {
                out.push(cur);
                continue;
            }
            let (Some(mut a), Some((mut b, mut open_end))) = (tok_at_start(m.span.start), tok_at_end(m.span.end))
            else {
                out.push(cur);
                continue;
            };
            let mut end = m.span.end;
            let words = |a: usize, b: usize| toks[a..=b].iter().filter(|t| t.kind == TokenKind::Word).count();
            // Join the next mention when it is a PERSON one space away.
            while open_end && k < ms.len() && ms[k].kind == EntityType::Person {
                let (Some(na), Some((nb, nopen))) = (tok_at_start(ms[k].span.start), tok_at_end(ms[k].span.end)) else {
                    break;
                };
                if na != b + 1
                    || !one_space(&toks[b], &toks[na])
                    || words(a, nb) > MAX_WORDS
                    || models.is_title(&text[m.span.range()])
                    || models.is_title(&text[ms[k].span.range()])
                {
                    break;
                }
                open_end = nopen;
                end = ms[k].span.end;
                if cur.role.is_none() {
                    cur.role = ms[k].role.clone();
                }
                cur.strength = cur.strength.max(ms[k].strength);
                b = nb;
                k += 1;
            }
            let free = |i: usize, out: &[RawMention], next: Option<&RawMention>| {
                let sp = toks[i].span;
                toks[i].kind == TokenKind::Word
                    && out.last().is_none_or(|p| p.span.end <= sp.start)
                    && next.is_none_or(|n| n.span.start >= sp.end)
                    && bare_name_word(&text[sp.range()], models, lower_seen)
            };
            while a > 0 && one_space(&toks[a - 1], &toks[a]) && words(a - 1, b) <= MAX_WORDS && free(a - 1, &out, None)
            {
                a -= 1;
            }
            while open_end
                && b + 1 < toks.len()
                && one_space(&toks[b], &toks[b + 1])
                && words(a, b + 1) <= MAX_WORDS
                && free(b + 1, &out, ms.get(k))
            {
                b += 1;
                end = toks[b].span.end;
            }
            let span = Span::new(toks[a].span.start, end);
            if span != cur.span {
                cur.span = span;
                cur.words = text[span.range()].split_whitespace().count();
                cur.alias_of = None;
            }
            out.push(cur);
        }
    }
    out.extend(raw.drain(mi..));
    *raw = out;
}

#[cfg(test)]
mod tests {
    use crate::entities::{extract, Entity};
    use crate::models::Models;
    use crate::segment::segment;
    use crate::types::EntityType;

    fn persons(text: &str) -> Vec<String> {
        let m = Models::embedded().unwrap();
        let seg = segment(text, &m, false);
        let ents: Vec<Entity> = extract(text, &seg, &m, &Default::default());
        ents.iter()
            .filter(|e| e.kind == EntityType::Person)
            .flat_map(|e| e.mentions.iter().map(|x| text[x.span.range()].to_string()))
            .collect()
    }

    #[test]
    fn given_name_the_tagger_left_out_joins_the_surname() {
        let text = "Later, Dries Mertens scored a goal. Mertens was happy.";
        assert_eq!(persons(text), vec!["Dries Mertens", "Mertens"]);
    }

    #[test]
    fn hyphenated_given_name_after_a_surname_is_part_of_the_name() {
        let text = "The councillor Lam Cheuk-ting won the seat.";
        assert_eq!(persons(text), vec!["Lam Cheuk-ting"]);
    }

    #[test]
    fn greeting_possessive_and_frequent_word_stay_outside_a_name() {
        assert_eq!(persons("She said, 'Hey Frank, come in.'"), vec!["Frank"]);
        let text = "The union's Baggio Leung was elected. Historian Dara Quill agreed.";
        let p = persons(text);
        assert!(p.iter().all(|n| !n.contains("union") && !n.starts_with("Historian")), "{p:?}");
    }
}
