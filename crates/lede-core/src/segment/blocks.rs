//! Block splitting and classification.
//!
//! Contract: [`blocks`] returns blocks whose spans are UTF-8 byte offsets, trimmed of
//! whitespace, non-empty, sorted and disjoint, and that together cover every non-whitespace
//! character of the text. Blocks are paragraphs split at blank lines, and also at single
//! newlines when a line looks like a standalone unit (headline, caption, bullet, list item).
//! Hard-wrapped paragraphs stay one block. Kinds come from honest surface rules (see
//! [`classify`]) and the `block_cues.tsv` model. Linear time: every line is visited a
//! bounded number of times, and classification only looks at a bounded prefix of a block.

use crate::models::Models;
use crate::types::{Block, BlockKind, Span};

/// One non-blank line, trimmed.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    chars: usize,
    words: usize,
}

const BULLETS: &[char] = &['•', '·', '▪', '●', '◦', '‣', '⁃', '-', '*', '–', '—'];

/// True when a line starts with a bullet mark followed by a space.
pub fn starts_with_bullet(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if BULLETS.contains(&c) => {
            matches!(it.next(), Some(' ' | '\t' | '\u{a0}')) || matches!(c, '•' | '▪' | '●' | '◦' | '‣' | '⁃')
        }
        _ => false,
    }
}

/// True when `s` ends with sentence-final punctuation, possibly followed by closing quotes
/// or brackets.
pub fn ends_terminal(s: &str) -> bool {
    for c in s.chars().rev() {
        match c {
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' => continue,
            '.' | '!' | '?' | '…' | ':' | ';' => return true,
            _ => return false,
        }
    }
    false
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Split `text` into lines (trimmed, non-blank) grouped into paragraphs at blank lines.
fn paragraphs(text: &str) -> Vec<Vec<Line>> {
    let mut paras: Vec<Vec<Line>> = Vec::new();
    let mut cur: Vec<Line> = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    loop {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |p| start + p);
        let raw = &text[start..end];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            if !cur.is_empty() {
                paras.push(std::mem::take(&mut cur));
            }
        } else {
            let lead = raw.len() - raw.trim_start().len();
            let s = start + lead;
            cur.push(Line { span: Span::new(s, s + trimmed.len()), chars: 0, words: 0 });
        }
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    if !cur.is_empty() {
        paras.push(cur);
    }
    paras
}

/// The largest char boundary of `s` at or below `n`.
pub fn floor_char(s: &str, n: usize) -> usize {
    if n >= s.len() {
        return s.len();
    }
    let mut n = n;
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// Unclassified block spans.
pub fn block_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for mut para in paragraphs(text) {
        if para.len() >= 2 {
            // Count chars and words with a bound: long lines are long, whatever the exact figure.
            for l in para.iter_mut() {
                let t = &text[l.span.range()];
                l.chars = if t.len() > 400 { 400 } else { t.chars().count() };
                l.words = if t.len() > 400 { 60 } else { count_words(t, usize::MAX) };
            }
        }
        // A hard-wrapped paragraph: lines of similar, moderate length that break mid-sentence.
        let n = para.len();
        // Bullet lists are never wrapped prose.
        let wrapped = n >= 2 && !para.iter().any(|l| starts_with_bullet(&text[l.span.range()])) && {
            let long = para[..n - 1].iter().filter(|l| l.chars >= 45 && l.chars <= 110).count();
            let mid = para[..n - 1].iter().filter(|l| l.chars >= 45 && !ends_terminal(&text[l.span.range()])).count();
            long * 2 >= n - 1 && mid >= 1 && para.iter().all(|l| l.chars <= 110)
        };
        let mut start = para[0].span.start;
        for w in para.windows(2) {
            let (l, nx) = (w[0], w[1]);
            let lt = &text[l.span.range()];
            let nt = &text[nx.span.range()];
            let soft = if starts_with_bullet(nt) {
                false
            } else if wrapped {
                true
            } else {
                !ends_terminal(lt)
                    && starts_lower(nt)
                    && (l.words >= 4 || lt.ends_with(',') || lt.ends_with('-') || ends_terminal(nt))
            };
            if !soft {
                out.push(Span::new(start, l.span.end));
                start = nx.span.start;
            }
        }
        out.push(Span::new(start, para[n - 1].span.end));
    }
    out
}

/// Split `text` into classified blocks.
pub fn blocks(text: &str, models: &Models) -> Vec<Block> {
    let spans = block_spans(text);
    let mut out: Vec<Block> = Vec::with_capacity(spans.len());
    let mut seen_body = false;
    let mut seen_headline = false;
    for (i, &span) in spans.iter().enumerate() {
        let next = spans.get(i + 1).map(|s| &text[s.range()]);
        let prev = out.last().map(|b| b.kind);
        let kind = classify(&text[span.range()], models, Context { index: i, prev, next, seen_body, seen_headline });
        match kind {
            BlockKind::Body => seen_body = true,
            BlockKind::Headline => seen_headline = true,
            _ => {}
        }
        out.push(Block { span, kind });
    }
    out
}

/// What [`classify`] knows about a block's neighbourhood.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub index: usize,
    pub prev: Option<BlockKind>,
    pub next: Option<&'a str>,
    pub seen_body: bool,
    pub seen_headline: bool,
}

/// The number of whitespace-separated words of `s`, counting no further than `cap` (and
/// scanning no further than the `cap`-th word). In ASCII text only spaces, tabs and newlines
/// separate words (a lone `\r` does not); other text splits at any Unicode whitespace.
pub fn count_words(s: &str, cap: usize) -> usize {
    if !s.is_ascii() {
        let mut n = 0;
        let mut in_word = false;
        for c in s.chars() {
            let space = c.is_whitespace();
            if !space && !in_word {
                n += 1;
                if n >= cap {
                    return cap;
                }
            }
            in_word = !space;
        }
        return n.min(cap);
    }
    #[inline]
    fn ws(x: u8) -> bool {
        matches!(x, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }
    // A word starts at the first byte, or after a space, tab or newline, at a byte that is
    // not whitespace. Pairs of bytes are counted a chunk at a time: the inner loop has no
    // exit, so it vectorises, and the count still stops soon after the `cap`-th word.
    let b = s.as_bytes();
    let mut n = usize::from(b.first().is_some_and(|&x| !ws(x)));
    if n >= cap {
        return cap;
    }
    const CHUNK: usize = 64;
    let mut start = 1;
    while start < b.len() {
        let end = (start + CHUNK).min(b.len());
        let count = b[start - 1..end - 1]
            .iter()
            .zip(&b[start..end])
            .map(|(&prev, &x)| {
                // Branch-free, so the loop vectorises: `\t`..=`\r` are 9..=13.
                let sep = (prev == b' ') | (prev == b'\n') | (prev == b'\t');
                let space = (x == b' ') | (x.wrapping_sub(b'\t') < 5);
                u8::from(sep & !space)
            })
            // At most CHUNK (< 256) per chunk: byte lanes cannot overflow.
            .fold(0u8, u8::wrapping_add);
        n += usize::from(count);
        if n >= cap {
            return cap;
        }
        start = end;
    }
    n
}

fn is_short_unpunctuated(s: &str, max_words: usize) -> bool {
    s.len() <= 200 && count_words(s, max_words + 1) <= max_words && !ends_terminal(s) && !s.ends_with(',')
}

fn capitalised_words(s: &str) -> (usize, usize) {
    let mut caps = 0;
    let mut total = 0;
    for w in s.split_whitespace() {
        total += 1;
        if w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
            caps += 1;
        }
    }
    (caps, total)
}

/// A line that is only a date: "Friday, July 21, 2017".
fn is_date_line(s: &str) -> bool {
    const DATE_WORDS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "updated",
        "published",
        "am",
        "pm",
        "a.m",
        "p.m",
        "gmt",
        "utc",
        "est",
        "edt",
        "bst",
        "et",
    ];
    if s.len() > 80 {
        return false;
    }
    let mut has_date_word = false;
    for w in s.split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/') {
        let w = w.trim_matches(|c: char| c == '.' || c == ':');
        if w.is_empty() || w.chars().all(|c| c.is_ascii_digit() || c == ':') {
            continue;
        }
        if DATE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w)) {
            has_date_word = true;
        } else {
            return false;
        }
    }
    has_date_word
}

/// The kind of one block, from its text and neighbourhood.
pub fn classify(s: &str, models: &Models, cx: Context<'_>) -> BlockKind {
    let head = &s[..floor_char(s, 160)];
    // Every word-count rule below looks at 30 words at most.
    let words = if s.len() > 600 { 100 } else { count_words(s, 31) };
    if let Some(kind) = cue_kind(s, models) {
        return kind;
    }
    // A promo line between two pieces of site boilerplate ("Get more with …" / tagline /
    // "Learn more") is boilerplate too (shorter lines there are section tags).
    if !cx.seen_body
        && cx.prev == Some(BlockKind::Boilerplate)
        && (4..=25).contains(&words)
        && cx.next.is_some_and(|n| cue_kind(n, models) == Some(BlockKind::Boilerplate))
    {
        return BlockKind::Boilerplate;
    }
    if words <= 12
        && (head.starts_with("By ") || head.starts_with("BY "))
        && head[3..].chars().next().is_some_and(|c| c.is_uppercase())
    {
        return BlockKind::Byline;
    }
    if starts_with_bullet(s) {
        return if cx.seen_body { BlockKind::Body } else { BlockKind::Standfirst };
    }
    if is_date_line(s) {
        return BlockKind::Dateline;
    }
    // Only the two rules below need the capitalised-word counts (rarely both).
    let capitalised = || capitalised_words(head);
    if words <= 3 && is_short_unpunctuated(s, 3) && {
        let (caps, total) = capitalised();
        caps == total
    } {
        let after_boiler = matches!(cx.prev, Some(BlockKind::Boilerplate));
        // A one- or two-word tag right above an unpunctuated headline-like line.
        let top_tag = words <= 2
            && !cx.seen_headline
            && !cx.seen_body
            && cx.next.is_some_and(|n| count_words(n, words + 1) > words && is_short_unpunctuated(n, 30));
        // A topic tag under the headline or standfirst, before the body.
        let under_head =
            !cx.seen_body && cx.seen_headline && matches!(cx.prev, Some(BlockKind::Headline | BlockKind::Standfirst));
        if after_boiler || top_tag || under_head {
            return BlockKind::SectionTag;
        }
    }
    if !cx.seen_headline && !cx.seen_body && words <= 30 && s.len() <= 300 {
        let (caps, total) = capitalised();
        let title_case = total > 0 && caps * 10 >= total * 6;
        if !ends_terminal(s) || s.ends_with('?') || title_case {
            return BlockKind::Headline;
        }
    }
    if cx.seen_body && is_short_unpunctuated(s, 25) {
        // Inside the body, a standalone unpunctuated line is a related-story teaser when it
        // reads like a headline (six words or more), else a crosshead or stray label.
        return if words >= 6 { BlockKind::RelatedLink } else { BlockKind::Other };
    }
    BlockKind::Body
}

/// The kind given by the `block_cues.tsv` model alone, if a cue matches.
fn cue_kind(s: &str, models: &Models) -> Option<BlockKind> {
    models.block_cue_index.kind(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The word count as first written (memchr over separators), kept as the reference.
    fn count_words_reference(s: &str, cap: usize) -> usize {
        if !s.is_ascii() {
            return s.split_whitespace().take(cap).count();
        }
        let ws = |x: u8| matches!(x, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
        let b = s.as_bytes();
        let mut n = usize::from(b.first().is_some_and(|&x| !ws(x)));
        for p in memchr::memchr3_iter(b' ', b'\n', b'\t', b) {
            if n >= cap {
                return cap;
            }
            if b.get(p + 1).is_some_and(|&x| !ws(x)) {
                n += 1;
            }
        }
        n.min(cap)
    }

    proptest! {
        #[test]
        fn count_words_matches_reference(s in "[a \t\n\r\x0b\x0c\u{a0}\u{2003}é]{0,40}", cap in 0usize..12) {
            prop_assert_eq!(count_words(&s, cap), count_words_reference(&s, cap));
            prop_assert_eq!(count_words(&s, usize::MAX), count_words_reference(&s, usize::MAX));
        }

        #[test]
        fn count_words_matches_reference_ascii(s in "[ab \t\n\r\x0b\x0c]{0,40}", cap in 0usize..12) {
            prop_assert_eq!(count_words(&s, cap), count_words_reference(&s, cap));
            prop_assert_eq!(count_words(&s, usize::MAX), count_words_reference(&s, usize::MAX));
        }
    }

    fn kinds(text: &str) -> Vec<(String, BlockKind)> {
        let m = Models::embedded().unwrap();
        blocks(text, &m).into_iter().map(|b| (text[b.span.range()].to_string(), b.kind)).collect()
    }

    #[test]
    fn paragraphs_and_standalone_lines() {
        let text = "Rivers Rise Again\nBy Ann Example\n\nThe river rose on Monday.\nIt fell on Tuesday.\n";
        let k = kinds(text);
        assert_eq!(
            k,
            vec![
                ("Rivers Rise Again".to_string(), BlockKind::Headline),
                ("By Ann Example".to_string(), BlockKind::Byline),
                ("The river rose on Monday.".to_string(), BlockKind::Body),
                ("It fell on Tuesday.".to_string(), BlockKind::Body),
            ]
        );
    }

    #[test]
    fn hard_wrapped_paragraph_is_one_block() {
        let text = "The committee met on a grey morning to discuss the budget for the\ncoming year, and after a long debate the members agreed to postpone\nthe vote until the spring.\n\nNext paragraph.";
        let k = kinds(text);
        assert_eq!(k.len(), 2);
        assert!(k[0].0.ends_with("spring."));
    }

    #[test]
    fn soft_join_lowercase_continuation() {
        let text = "This is a sentence\ncut off in the middle because pdf.";
        assert_eq!(block_spans(text).len(), 1);
        let text = "features\ncontact manager\nevents, activities\n";
        assert_eq!(block_spans(text).len(), 3);
    }

    #[test]
    fn boilerplate_and_friends() {
        let text = "Advertisement\n\nWorld\n\nA Headline Here\n\n• First point of the story\n• Second point\n\nBody text starts here. It goes on.\n\nRelated: Other story\n\nAdditional reporting by Sam Writer\n\nA boat at dusk. Photo: Example Agency";
        let k: Vec<BlockKind> = kinds(text).into_iter().map(|x| x.1).collect();
        use BlockKind::*;
        assert_eq!(
            k,
            vec![Boilerplate, SectionTag, Headline, Standfirst, Standfirst, Body, RelatedLink, Credit, Caption]
        );
    }
}
