//! Datelines: where a news story was filed, opening its first paragraph ("WASHINGTON —",
//! "ORLANDO, Fla. (Reuters) -", "PARIS, Aug 31 (Reuters) -", "Washington (AFP) –").
//!
//! Contract: the functions take one sentence's tokens and return token indices into them
//! (or byte spans from those tokens, UTF-8 offsets into the whole text). A dateline is no
//! part of its sentence's clause: never a speaker, never a name run into the sentence's
//! subject ("WASHINGTON — Mara Lund" is a place and a person).

use crate::types::{Span, Token, TokenKind};

fn w<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    &text[toks[i].span.range()]
}

fn is_cap(text: &str, toks: &[Token], i: usize) -> bool {
    toks[i].kind == TokenKind::Word && w(text, toks, i).chars().next().is_some_and(char::is_uppercase)
}

fn is_dash(x: &str) -> bool {
    matches!(x, "—" | "–" | "-" | "--" | "―")
}

/// The first token after a dateline opening the tokens: a place in capitals, then up to a
/// dozen tokens with no lowercase word, then a dash; or a title-case place with its agency in
/// parentheses right before the dash. 0 when there is none.
pub fn dateline_end(text: &str, toks: &[Token]) -> usize {
    let caps = |k: usize| {
        let x = w(text, toks, k);
        toks[k].kind == TokenKind::Word
            && x.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !x.chars().any(char::is_lowercase)
    };
    // "Washington (AFP) – …": a title-case place with its agency in parentheses before a dash.
    let n = toks.len();
    if let Some(p) = (1..n.min(5)).find(|&k| w(text, toks, k) == "(") {
        let place = (0..p).all(|k| is_cap(text, toks, k) || matches!(w(text, toks, k), "," | "."));
        let close = (p + 2..n.min(p + 5)).find(|&k| w(text, toks, k) == ")");
        if let Some(q) = close.filter(|&q| {
            place && q + 2 < n && (p + 1..q).all(|k| is_cap(text, toks, k)) && is_dash(w(text, toks, q + 1))
        }) {
            return q + 2;
        }
    }
    if toks.is_empty() || !caps(0) || w(text, toks, 0).chars().count() < 3 {
        return 0;
    }
    for k in 1..toks.len().min(14) {
        let x = w(text, toks, k);
        if is_dash(x) {
            return k + 1;
        }
        if toks[k].kind == TokenKind::Word && x.starts_with(char::is_lowercase) {
            return 0;
        }
    }
    0
}

/// The place and the agency of a dateline ending before token `end` (from [`dateline_end`]):
/// the capitalised words before the first comma, parenthesis or dash ("ORLANDO", "NEW YORK"),
/// and the words inside the parentheses ("Reuters"), as byte spans.
pub fn parts(text: &str, toks: &[Token], end: usize) -> (Option<Span>, Option<Span>) {
    let stop = (0..end).find(|&k| matches!(w(text, toks, k), "," | "(") || is_dash(w(text, toks, k))).unwrap_or(end);
    let place = (stop > 0 && (0..stop).all(|k| is_cap(text, toks, k)))
        .then(|| Span::new(toks[0].span.start, toks[stop - 1].span.end));
    let open = (0..end).find(|&k| w(text, toks, k) == "(");
    let agency = open.and_then(|o| {
        let close = (o + 1..end).find(|&k| w(text, toks, k) == ")")?;
        (close > o + 1 && (o + 1..close).all(|k| is_cap(text, toks, k)))
            .then(|| Span::new(toks[o + 1].span.start, toks[close - 1].span.end))
    });
    (place, agency)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn split(text: &str) -> (usize, Option<&str>, Option<&str>) {
        let toks = tokenize(text, Span::new(0, text.len()));
        let end = dateline_end(text, &toks);
        let (place, agency) = parts(text, &toks, end);
        (end, place.map(|s| &text[s.range()]), agency.map(|s| &text[s.range()]))
    }

    #[test]
    fn place_and_agency_of_a_dateline() {
        assert_eq!(split("WASHINGTON — Mara Lund said."), (2, Some("WASHINGTON"), None));
        assert_eq!(split("NEW YORK (Reuters) - Shares fell."), (6, Some("NEW YORK"), Some("Reuters")));
        assert_eq!(split("Washington (AFP) – Talks stalled."), (5, Some("Washington"), Some("AFP")));
        let (end, place, _) = split("ORLANDO, Fla. — Police said.");
        assert_eq!((end, place), (5, Some("ORLANDO")));
        assert_eq!(split("Mara Lund said — again — that it failed.").0, 0);
    }
}
