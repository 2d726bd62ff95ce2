// Shared invariant checks, used by the property test and (copied by path) the fuzz target.
#![allow(dead_code)]
use lede_core::*;

fn ok_span(text: &str, s: Span, what: &str) {
    assert!(s.start <= s.end && s.end <= text.len(), "{what}: bad span {s:?}");
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what}: not on char boundary {s:?}");
}

/// Assert every documented invariant of an analysis of `text`.
pub fn check(text: &str, a: &Analysis) {
    let seg = &a.segmentation;
    for w in seg.blocks.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "blocks unsorted/overlapping");
    }
    for b in &seg.blocks {
        ok_span(text, b.span, "block");
        assert!(!b.span.is_empty());
    }
    for w in seg.sentences.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "sentences unsorted/overlapping");
    }
    for s in &seg.sentences {
        ok_span(text, s.span, "sentence");
        assert!(!s.span.is_empty());
        assert!(seg.blocks[s.block].span.contains(s.span), "sentence outside its block");
    }
    // Every non-whitespace char lies in some sentence.
    if !seg.blocks.is_empty() {
        let mut si = 0;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                continue;
            }
            while si < seg.sentences.len() && seg.sentences[si].span.end <= i {
                si += 1;
            }
            assert!(si < seg.sentences.len() && seg.sentences[si].span.start <= i, "char {c:?} at {i} in no sentence");
        }
    }
    let mut si = 0;
    for w in seg.tokens.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "tokens unsorted");
    }
    for t in &seg.tokens {
        ok_span(text, t.span, "token");
        assert!(!t.span.is_empty());
        while si < seg.sentences.len() && seg.sentences[si].span.end <= t.span.start {
            si += 1;
        }
        assert!(si < seg.sentences.len() && seg.sentences[si].span.contains(t.span), "token outside sentences");
    }
    for w in a.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "quotes unsorted");
        assert!(w[0].span != w[1].span, "two quotes over one span");
    }
    for q in &a.quotes {
        ok_span(text, q.span, "quote");
        assert!(!q.parts.is_empty());
        for p in &q.parts {
            ok_span(text, *p, "quote part");
            assert!(q.span.contains(*p), "part outside quote");
        }
        assert!(q.parts.windows(2).all(|w| w[0].end <= w[1].start));
        assert!((0.0..=1.0).contains(&q.confidence));
        if let Some(c) = q.cue {
            ok_span(text, c, "cue");
        }
        if let Some(s) = &q.speaker {
            ok_span(text, s.span, "speaker");
            if let Some(e) = s.entity {
                assert!(e < a.entities.len());
            }
        }
    }
    for w in a.entities.windows(2) {
        assert!(w[0].mentions[0].span.start <= w[1].mentions[0].span.start, "entities unsorted");
    }
    for e in &a.entities {
        assert!(!e.mentions.is_empty());
        assert!((0.0..=1.0).contains(&e.salience));
        assert!(!e.canonical_name.is_empty());
        for w in e.mentions.windows(2) {
            assert!(w[0].span.start <= w[1].span.start, "mentions unsorted");
        }
        for m in &e.mentions {
            ok_span(text, m.span, "mention");
            assert!(!text[m.span.range()].trim().is_empty(), "empty mention");
        }
    }
}
