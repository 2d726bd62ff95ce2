//! Quote extraction: direct quotes from paired quotation marks, indirect (reported) speech
//! from `<speaker> <cue> (that) <clause>` / `<clause>, <speaker> <cue>` patterns, and mixed
//! quotes (reported speech containing a quoted fragment).
//!
//! Contract: [`extract`] returns quotes sorted by span start; spans are UTF-8 byte offsets,
//! the quote span excludes the quotation marks and covers its parts; speaker and cue spans lie
//! in the same or an adjacent sentence. Speakers link to the entity whose mention overlaps the
//! speaker phrase, or for he/she to the nearest preceding PERSON mention. Confidence (0..=1):
//! direct 0.85 with an adjacent cue and speaker (+0.05 for a name), 0.7 via a colon in the
//! previous paragraph, 0.35 without speaker, −0.15 under three words; mixed 0.7; indirect 0.6
//! (name/pronoun speaker) or 0.5 (other speakers). Quotes below `opts.min_quote_confidence`
//! are dropped. Linear: one pairing pass, and bounded token windows around each quote.

pub mod attribution;
pub mod marks;

use attribution::{Attribution, SpeakerKind};

use crate::entities::content_sentences;
use crate::models::Models;
use crate::segment::tokenize;
use crate::segment::tokens::is_punct;
use crate::types::{Entity, EntityType, Options, Quote, QuoteType, Segmentation, Span, Speaker, TokenKind};

const WINDOW: usize = 300;

fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Content span without trailing commas/whitespace (the attribution's punctuation).
fn content(text: &str, sp: Span) -> Span {
    let s = &text[sp.range()];
    let t = s.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    Span::new(sp.start, sp.start + t.len())
}

struct Resolver<'a> {
    text: &'a str,
    entities: &'a [Entity],
    /// (mention span, entity index), sorted by start.
    mentions: Vec<(Span, usize)>,
}

impl Resolver<'_> {
    fn speaker(&self, sp: Span, kind: SpeakerKind) -> Speaker {
        let i = self.mentions.partition_point(|(m, _)| m.end <= sp.start);
        let inside = self.mentions[i..]
            .iter()
            .take_while(|(m, _)| m.start < sp.end)
            .filter(|(m, e)| m.end <= sp.end && !crate::entities::is_numeric(self.entities[*e].kind))
            .last();
        if let Some(&(_, e)) = inside {
            return Speaker { span: sp, name: Some(self.entities[e].canonical_name.clone()), entity: Some(e) };
        }
        if kind == SpeakerKind::Pronoun {
            let p = self.text[sp.range()].to_lowercase();
            if p == "he" || p == "she" {
                let prev = self.mentions[..i].iter().rev().find(|(_, e)| self.entities[*e].kind == EntityType::Person);
                if let Some(&(_, e)) = prev {
                    return Speaker { span: sp, name: Some(self.entities[e].canonical_name.clone()), entity: Some(e) };
                }
            }
            return Speaker { span: sp, name: None, entity: None };
        }
        let name = (kind == SpeakerKind::Name).then(|| self.text[sp.range()].to_string());
        Speaker { span: sp, name, entity: None }
    }
}

/// Extract quotes.
pub fn extract(text: &str, seg: &Segmentation, entities: &[Entity], models: &Models, opts: &Options) -> Vec<Quote> {
    let blocks: Vec<usize> =
        (0..seg.blocks.len()).filter(|&i| opts.include_boilerplate || seg.blocks[i].kind.is_content()).collect();
    let block_spans: Vec<Span> = blocks.iter().map(|&i| seg.blocks[i].span).collect();
    let pairs = marks::pair(text, &block_spans);
    let mut mentions: Vec<(Span, usize)> =
        entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.span, i))).collect();
    mentions.sort_by_key(|m| m.0.start);
    let res = Resolver { text, entities, mentions };
    let sent_of = |pos: usize| -> Option<Span> {
        let i = seg.sentences.partition_point(|s| s.span.end <= pos);
        seg.sentences.get(i).filter(|s| s.span.start <= pos).map(|s| s.span)
    };
    let block_of = |pos: usize| -> Option<usize> {
        let i = block_spans.partition_point(|b| b.end <= pos);
        (i < block_spans.len() && block_spans[i].start <= pos).then_some(i)
    };

    let mut quotes: Vec<Quote> = Vec::new();
    let mut fragments: Vec<Span> = Vec::new();
    let mut direct_ranges: Vec<Span> = Vec::new();
    let mut k = 0;
    while k < pairs.len() {
        let p = &pairs[k];
        let mut parts: Vec<Span> = p.parts.iter().map(|s| content(text, *s)).filter(|s| !s.is_empty()).collect();
        if parts.is_empty() {
            k += 1;
            continue;
        }
        let mut raw_end = p.close_end;
        let close_sent = sent_of(p.close).unwrap_or(Span::new(p.close, p.close_end));
        let next_open = pairs.get(k + 1).map_or(text.len(), |q| q.open);
        let lim = ceil(text, close_sent.end.max(p.close_end).min(next_open).min(p.close_end + WINDOW));
        let toks = tokenize(text, Span::new(p.close_end, lim.max(p.close_end)));
        let mut attr: Option<(Attribution, f32)> = attribution::after(text, &toks, 0, models).map(|a| (a, 0.85));
        if let Some((a, _)) = attr {
            // Interrupted quote: "A," he said, "B."
            if let Some(q) = pairs.get(k + 1) {
                let gap_start = toks.get(a.end_tok.saturating_sub(1)).map_or(p.close_end, |t| t.span.end);
                let gap = &text[gap_start.min(q.open)..q.open];
                // Only punctuation between the attribution and the next quote, or the rest of
                // the attribution's sentence ("…, who chairs the committee.") when short.
                let only_punct = gap.chars().all(|c| c.is_whitespace() || c == ',' || c == ':' || c == '—' || c == '.');
                let short_tail = gap.len() <= 120 && gap.trim_end().ends_with('.') && !gap.contains(['"', '“', '”']);
                if (only_punct || short_tail) && block_of(q.open) == block_of(p.close) {
                    parts.extend(q.parts.iter().map(|s| content(text, *s)).filter(|s| !s.is_empty()));
                    raw_end = q.close_end;
                    k += 1;
                }
            }
        } else {
            let open_sent = sent_of(p.open).unwrap_or(Span::new(p.open, p.open));
            let from = ceil(text, open_sent.start.max(p.open.saturating_sub(WINDOW)));
            let btoks = tokenize(text, Span::new(from, p.open.max(from)));
            attr = attribution::before(text, &btoks, btoks.len(), models).map(|a| (a, 0.85));
            if attr.is_none() {
                // "Smith said:" closing the previous paragraph.
                if let Some(bi) = block_of(p.open) {
                    if bi > 0
                        && text[block_spans[bi].start..p.open].trim().is_empty()
                        && text[block_spans[bi - 1].range()].ends_with(':')
                    {
                        let pb = block_spans[bi - 1];
                        let from = ceil(text, pb.start.max(pb.end.saturating_sub(WINDOW)));
                        let ptoks = tokenize(text, Span::new(from, pb.end));
                        attr = attribution::before(text, &ptoks, ptoks.len(), models).map(|a| (a, 0.7));
                    }
                }
            }
        }
        let span = Span::new(parts[0].start, parts[parts.len() - 1].end);
        let words = word_count(&text[span.range()]);
        k += 1;
        // A short unattributed quote inside a sentence is a fragment (scare quotes, partial
        // quotes) that may make a reported sentence Mixed.
        let embedded = sent_of(p.open).is_some_and(|s| word_count(&text[s.start..p.open]) >= 2);
        if attr.is_none() && (words < 3 || (words <= 8 && embedded)) {
            fragments.push(Span::new(p.open, raw_end));
            continue;
        }
        let (mut conf, speaker, cue) = match attr {
            Some((a, c)) => (
                c + if a.kind == SpeakerKind::Name { 0.05 } else { 0.0 },
                Some(res.speaker(a.speaker, a.kind)),
                Some(a.cue),
            ),
            None => (0.35, None, None),
        };
        if words < 3 {
            conf -= 0.15;
        }
        direct_ranges.push(Span::new(p.open, raw_end));
        quotes.push(Quote { span, parts, kind: QuoteType::Direct, cue, speaker, confidence: conf });
    }

    // Reported speech, sentence by sentence.
    for (si, toks) in content_sentences(text, seg, opts) {
        let sent = seg.sentences[si].span;
        if direct_ranges.iter().any(|d| d.start < sent.end && sent.start < d.end) {
            continue;
        }
        if let Some(q) = indirect(text, sent, &toks, models, &fragments, &res) {
            quotes.push(q);
        }
    }
    quotes.retain(|q| q.confidence >= opts.min_quote_confidence);
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes
}

/// The clause end: sentence end without final punctuation.
fn clause_end(text: &str, sent: Span) -> usize {
    let s = &text[sent.range()];
    let t = s.trim_end_matches(|c: char| matches!(c, '.' | '!' | '?' | '…') || c.is_whitespace());
    sent.start + t.len()
}

fn indirect(
    text: &str,
    sent: Span,
    toks: &[crate::types::Token],
    models: &Models,
    fragments: &[Span],
    res: &Resolver<'_>,
) -> Option<Quote> {
    let n = toks.len();
    if n < 5 {
        return None;
    }
    let w = |i: usize| &text[toks[i].span.range()];
    let opens_quote = |i: usize| i < n && matches!(w(i), "\"" | "“" | "‘" | "«");
    let mut found: Option<(Span, Attribution, f32)> = None;
    // "According to X, clause."
    if w(0).eq_ignore_ascii_case("according") && n > 3 && w(1) == "to" {
        if let Some((sp, kind, e)) = attribution::np_forward(text, toks, 2, models) {
            if e < n && w(e) == "," && e + 1 < n {
                let clause = Span::new(toks[e + 1].span.start, clause_end(text, sent).max(toks[e + 1].span.start));
                let a =
                    Attribution { speaker: sp, kind, cue: Span::new(toks[0].span.start, toks[1].span.end), end_tok: e };
                found = Some((clause, a, 0.5));
            }
        }
    }
    // "<speaker> <cue> (that) clause" near the sentence start.
    if found.is_none() {
        for v in 1..n.min(12) {
            let Some(c) = attribution::cue_at(text, toks, v, models) else {
                continue;
            };
            if w(v).chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let mut s = v;
            while s > 0
                && matches!(
                    w(s - 1).to_lowercase().as_str(),
                    "also" | "has" | "had" | "have" | "later" | "previously" | "then"
                )
            {
                s -= 1;
            }
            let Some((sp, kind, a)) = attribution::np_backward(text, toks, s, models) else {
                break;
            };
            let lead_ok = (0..a).all(|j| toks[j].kind != TokenKind::Word || matches!(w(j), "But" | "And" | "However" | "Yet" | "Still" | "So"))
                // A role before the name: "Local fisherman Tomas Ferreira said".
                || (a <= 3 && a > 0 && models.is_title(w(a - 1)) && (0..a).all(|j| toks[j].kind == TokenKind::Word));
            if !lead_ok {
                break;
            }
            let mut j = v + c;
            let lemma = models.cue_lemma(w(v)).unwrap_or("");
            if matches!(lemma, "tell" | "inform" | "assure" | "warn" | "remind") {
                if let Some((_, _, e)) = attribution::np_forward(text, toks, j, models) {
                    j = e;
                } else if j < n
                    && toks[j].kind == TokenKind::Word
                    && w(j).chars().next().is_some_and(char::is_lowercase)
                    && w(j) != "that"
                {
                    j += 1; // "told reporters"
                }
            }
            if j < n && matches!(w(j), "that" | "," | ":") {
                j += 1;
            }
            if j >= n || opens_quote(j) || toks[j].kind == TokenKind::Punctuation {
                break;
            }
            let clause = Span::new(toks[j].span.start, clause_end(text, sent).max(toks[j].span.start));
            let a = Attribution {
                speaker: sp,
                kind,
                cue: Span::new(toks[v].span.start, toks[v + c - 1].span.end),
                end_tok: v + c,
            };
            found = Some((clause, a, if kind == SpeakerKind::Nominal { 0.5 } else { 0.6 }));
            break;
        }
    }
    // "clause, <speaker> <cue>." at the sentence end.
    if found.is_none() {
        let lo = n.saturating_sub(14);
        for c in (lo.max(1)..n).rev() {
            if w(c) != "," {
                continue;
            }
            if let Some(a) = attribution::after(text, toks, c + 1, models) {
                let tail = &toks[a.end_tok.min(n)..];
                let tail_ok = tail.len() <= 6
                    && tail.iter().all(|t| {
                        t.kind != TokenKind::Punctuation
                            || !matches!(&text[t.span.range()], "," | ";" | "\"" | "“" | "”")
                    });
                if tail_ok && !opens_quote(0) {
                    let end = toks[c].span.start;
                    let clause = Span::new(toks[0].span.start, end);
                    let conf = if a.kind == SpeakerKind::Nominal { 0.5 } else { 0.6 };
                    found = Some((clause, a, conf));
                }
            }
            break;
        }
    }
    let (clause, a, conf) = found?;
    let clause = trim(text, clause);
    if word_count(&text[clause.range()]) < 4 {
        return None;
    }
    let mixed = fragments.iter().any(|f| clause.start <= f.start && f.end <= clause.end + 4);
    let (kind, conf) = if mixed { (QuoteType::Mixed, 0.7) } else { (QuoteType::Indirect, conf) };
    Some(Quote {
        span: clause,
        parts: vec![clause],
        kind,
        cue: Some(a.cue),
        speaker: Some(res.speaker(a.speaker, a.kind)),
        confidence: conf,
    })
}

fn trim(text: &str, sp: Span) -> Span {
    let s = &text[sp.range()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim().trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let _ = is_punct;
    let _ = floor(text, 0);
    Span::new(sp.start + lead, sp.start + lead + t.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Engine;

    fn quotes(text: &str) -> Vec<Quote> {
        Engine::embedded().unwrap().analyze(text, &Options::default()).unwrap().quotes
    }

    #[test]
    fn direct_after_and_before() {
        let text = "Spokeswoman Lina Okafor spoke on Monday. “We will not accept this outcome,” she said. Paulo Reyes said: “The talks are over for now.”";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "We will not accept this outcome");
        let s = q[0].speaker.as_ref().unwrap();
        assert_eq!(&text[s.span.range()], "she");
        assert_eq!(s.name.as_deref(), Some("Lina Okafor"));
        assert_eq!(&text[q[0].cue.unwrap().range()], "said");
        assert_eq!(&text[q[1].span.range()], "The talks are over for now.");
        assert_eq!(&text[q[1].speaker.as_ref().unwrap().span.range()], "Paulo Reyes");
        assert_eq!(q[1].kind, QuoteType::Direct);
    }

    #[test]
    fn interrupted_quote_is_one() {
        let text = "\"The bridge is safe,\" said Mayor Tom Whitfield, \"and it will reopen next week.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].parts.len(), 2);
        assert_eq!(&text[q[0].parts[0].range()], "The bridge is safe");
        assert_eq!(&text[q[0].parts[1].range()], "and it will reopen next week.");
        assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "Mayor Tom Whitfield");
        assert_eq!(q[0].speaker.as_ref().unwrap().name.as_deref(), Some("Tom Whitfield"));
    }

    #[test]
    fn indirect_and_mixed() {
        let text = "Ana Ruiz said that the harbour would close for repairs in May.\n\nThe repairs were overdue and badly planned, officials said.\n\nRuiz said the plan was \"a disgrace\" and should be dropped.";
        let q = quotes(text);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Indirect);
        assert_eq!(&text[q[0].span.range()], "the harbour would close for repairs in May");
        assert_eq!(q[0].speaker.as_ref().unwrap().name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(&text[q[1].span.range()], "The repairs were overdue and badly planned");
        assert_eq!(&text[q[1].speaker.as_ref().unwrap().span.range()], "officials");
        assert_eq!(q[2].kind, QuoteType::Mixed);
        assert_eq!(q[2].speaker.as_ref().unwrap().name.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn unbalanced_marks_do_not_stop_extraction() {
        let text = "A stray “ mark opens here.\n\n“This quote is fine,” he said. \" Another stray.\n\n“So is this one,” she added.";
        let q = quotes(text);
        let direct: Vec<&str> =
            q.iter().filter(|q| q.kind == QuoteType::Direct).map(|q| &text[q.span.range()]).collect();
        assert_eq!(direct, vec!["This quote is fine", "So is this one"]);
    }
}
