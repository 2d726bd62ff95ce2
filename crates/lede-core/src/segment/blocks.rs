//! Block splitting and classification.
//!
//! Contract: [`blocks`] returns blocks whose spans are UTF-8 byte offsets, trimmed of
//! whitespace, non-empty, sorted and disjoint, and that together cover every non-whitespace
//! character of the text. Blocks are paragraphs split at blank lines, and also at single
//! newlines when a line looks like a standalone unit (headline, caption, bullet, list item).
//! Hard-wrapped paragraphs stay one block. Kinds come from honest surface rules (see
//! [`classify`]) and the `block_cues.tsv` model; then only the main run of body
//! paragraphs stays body (see [`blocks`]), so prose-like site furniture above or below the
//! story (a cookie notice, a newsletter promo, an author's note, reader comments) is not.
//! Linear time: every line is visited a bounded number of times, blocks are classified at
//! most twice, and classification only looks at a bounded prefix of a block.

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

/// True when the breaks of `para` read as prose cut mid-sentence: at least a third of the
/// lines that do not end a sentence go on in lower case, or after `,` / `-` (a list of
/// headlines, one per line, starts every line with a capital).
fn continues_prose(text: &str, para: &[Line]) -> bool {
    let (mut open, mut lower) = (0, 0);
    for w in para.windows(2) {
        let lt = &text[w[0].span.range()];
        if ends_terminal(lt) {
            continue;
        }
        open += 1;
        let nt = &text[w[1].span.range()];
        if starts_lower(nt) || lt.ends_with([',', '-']) {
            lower += 1;
        }
    }
    lower * 3 >= open
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
            long * 2 >= n - 1 && mid >= 1 && para.iter().all(|l| l.chars <= 110) && continues_prose(text, &para)
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
///
/// Two steps: every block is classified in order ([`classify_all`]), then the article body
/// is taken to be the main run of body paragraphs ([`body_window`]); body-like blocks
/// outside it (a cookie notice above the headline, an author bio, a newsletter promo or
/// reader comments below the story) are not body. When such a block came before the run,
/// the blocks before it are classified again as not yet in the body, since "in the body"
/// changes how short lines read (a headline, not a related link).
pub fn blocks(text: &str, models: &Models) -> Vec<Block> {
    let spans = block_spans(text);
    let mut out = classify_all(text, &spans, models, 0);
    if let Some((lo, hi)) = body_window(text, &out) {
        if out[..lo].iter().any(|b| b.kind == BlockKind::Body) {
            out = classify_all(text, &spans, models, lo);
        }
        for b in &mut out[hi + 1..] {
            if b.kind == BlockKind::Body {
                b.kind = BlockKind::Other;
            }
        }
    }
    out
}

/// Classify every block in order; a block before `body_from` that reads as body is not
/// (a standfirst right under the headline or another standfirst, else other) and does not
/// open the body.
fn classify_all(text: &str, spans: &[Span], models: &Models, body_from: usize) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(spans.len());
    let mut seen_body = false;
    let mut seen_headline = false;
    // The body paragraph before ends with a colon: short lines after it are list items.
    let mut list_open = false;
    // A summary box ("Key points", "What you need to know") is open above the body.
    let mut summary_open = false;
    for (i, &span) in spans.iter().enumerate() {
        let s = &text[span.range()];
        let next = spans.get(i + 1).map(|s| &text[s.range()]);
        let prev = out.last().map(|b| b.kind);
        let mut kind = classify(s, models, Context { index: i, prev, next, seen_body, seen_headline });
        // List items of three words or more ("Lot area: 5,000 sq ft") under "… includes:".
        if list_open
            && matches!(kind, BlockKind::RelatedLink | BlockKind::Other)
            && is_short_unpunctuated(s, 25)
            && count_words(s, 3) >= 3
        {
            kind = BlockKind::Body;
        } else {
            list_open = kind == BlockKind::Body && s.ends_with(':') && count_words(s, 3) >= 3;
        }
        // The points of a summary box lose their bullets in a copy: short one-sentence
        // lines right under its heading are standfirst, up to the first longer paragraph.
        if summary_open && kind == BlockKind::Body && !seen_body && count_words(s, 26) <= 25 && one_sentence(s) {
            kind = BlockKind::Standfirst;
        } else {
            summary_open = !seen_body
                && kind == BlockKind::Standfirst
                && (summary_open || cue_kind(s, models) == Some(BlockKind::Standfirst));
        }
        if kind == BlockKind::Body && i < body_from {
            kind = if matches!(prev, Some(BlockKind::Headline | BlockKind::Standfirst)) {
                BlockKind::Standfirst
            } else {
                BlockKind::Other
            };
        }
        match kind {
            BlockKind::Body => seen_body = true,
            BlockKind::Headline => seen_headline = true,
            _ => {}
        }
        out.push(Block { span, kind });
    }
    out
}

/// True when `s` has no sentence end before its last few characters.
fn one_sentence(s: &str) -> bool {
    let body = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    !body.contains(". ") && !body.contains("? ") && !body.contains("! ")
}

/// An author's note at the foot of a story: a name of one to three capitalised words, then
/// "is a …", "covers …", "writes about …" or "reports on …", naming the job (reporter,
/// correspondent, writer, …) or how to reach them ("Reach her at …"), in at most 60 words.
fn is_author_bio(s: &str) -> bool {
    const VERBS: &[&str] =
        &[" is a ", " is an ", " is the ", " covers ", " writes about ", " reports on ", " has covered "];
    const JOBS: &[&str] = &[
        "reporter",
        "correspondent",
        "writer",
        "editor",
        "columnist",
        "journalist",
        "contributor",
        "critic",
        "photographer",
        "producer",
    ];
    if s.len() > 500 || count_words(s, 61) > 60 {
        return false;
    }
    let Some((name, verb)) = VERBS.iter().filter_map(|v| s.find(v).map(|p| (&s[..p], *v))).min_by_key(|(n, _)| n.len())
    else {
        return false;
    };
    let (caps, total) = capitalised_words(name);
    if !(1..=3).contains(&total) || caps != total || name.contains(['"', '“', ',']) {
        return false;
    }
    let lower = s.to_lowercase();
    matches!(verb, " covers " | " writes about " | " reports on " | " has covered ")
        || JOBS.iter().any(|j| lower.contains(j))
        || ["reach her", "reach him", "reach them", "email her", "email him", "follow her", "follow him"]
            .iter()
            .any(|r| lower.contains(r))
}

/// What a block other than body costs the body run that spans it, in words of body.
const BODY_GAP_COST: i64 = 6;
/// Words of a body block that count towards its run (a long block is body anyway).
const BODY_WORDS_CAP: usize = 60;
/// Words a body block needs before it adds to its run: a stray short line of prose (a
/// list of teasers, a "Tags:" line, a promo) does not pull the run across furniture, and
/// a short paragraph or list item inside the run costs nothing.
const BODY_WORDS_FLOOR: i64 = 8;

/// The main run of body paragraphs: the blocks `lo..=hi` that maximise the words of body
/// paragraphs inside (each counted up to [`BODY_WORDS_CAP`], less [`BODY_WORDS_FLOOR`], at
/// least 0) minus [`BODY_GAP_COST`] for every other block inside; of equal runs, the
/// longest. A run never spans a credit line or an end-of-story marker
/// ([`is_end_marker`]). Ads, captions, crossheads and a few related links between
/// paragraphs cost less than the paragraphs around them, so the run goes across them; a
/// menu or a list of headlines costs more than a stray prose line beyond it. The best run
/// before or after the main one is taken in too when it scores at least half as much and
/// no barrier lies between (a story split by a long box of links; a long comment thread
/// is then kept rather than chosen over the story). Linear: a few maximum-sum passes.
/// `None` when no body block has more than [`BODY_WORDS_FLOOR`] words.
fn body_window(text: &str, blocks: &[Block]) -> Option<(usize, usize)> {
    const BARRIER: i64 = i64::MIN / 4;
    let scores: Vec<i64> = blocks
        .iter()
        .map(|b| {
            let s = &text[b.span.range()];
            match b.kind {
                BlockKind::Body => (count_words(s, BODY_WORDS_CAP) as i64 - BODY_WORDS_FLOOR).max(0),
                // A credit line ("Reporting by …; Editing by …") ends the story.
                BlockKind::Credit if count_words(s, 26) <= 25 => BARRIER,
                _ if is_end_marker(s) => BARRIER,
                _ => -BODY_GAP_COST,
            }
        })
        .collect();
    let is_body = |i: usize| blocks[i].kind == BlockKind::Body;
    let (best, mut lo, mut hi) = max_run(&scores, 0, blocks.len(), is_body)?;
    let clear = |a: usize, b: usize| scores[a..b].iter().all(|&x| x != BARRIER);
    if let Some((score, l, _)) = max_run(&scores, 0, lo, is_body) {
        if score * 2 >= best && clear(l, lo) {
            lo = l;
        }
    }
    if let Some((score, _, h)) = max_run(&scores, hi + 1, blocks.len(), is_body) {
        if score * 2 >= best && clear(hi + 1, h) {
            hi = h;
        }
    }
    // It ends before an author's note at its foot.
    while hi > lo && is_author_bio(&text[blocks[hi].span.range()]) {
        hi = (lo..hi).rev().find(|&i| is_body(i)).unwrap_or(lo);
    }
    Some((lo, hi))
}

/// The maximum-sum run of `scores[from..to]` that starts and ends on a body block:
/// (score, first, last). `None` when no run scores above 0.
fn max_run(scores: &[i64], from: usize, to: usize, is_body: impl Fn(usize) -> bool) -> Option<(i64, usize, usize)> {
    let (mut best, mut best_lo, mut best_hi) = (0i64, from, None);
    let (mut sum, mut lo) = (0i64, from);
    for (i, &score) in scores.iter().enumerate().take(to).skip(from) {
        if sum < 0 {
            sum = 0;
            lo = i;
        }
        sum += score;
        // A short body block adds nothing but stays in the run (a last one-line paragraph).
        if sum >= best && is_body(i) {
            (best, best_lo, best_hi) = (sum, lo, Some(i));
        }
    }
    // Without a paragraph long enough to count there is no run to tell apart.
    if best == 0 {
        return None;
    }
    let hi = best_hi?;
    // The run starts at its first body block.
    let lo = (best_lo..=hi).find(|&i| is_body(i)).unwrap_or(hi);
    Some((best, lo, hi))
}

/// A line that closes a story: a press release's end mark ("###", "-30-") or the heading of
/// what follows it ("About the author", "About Northfield Biosystems", "Media contact",
/// "Forward-looking statements").
fn is_end_marker(s: &str) -> bool {
    const EXACT: &[&str] = &[
        "###",
        "# # #",
        "-30-",
        "- 30 -",
        "about the author",
        "about the authors",
        "about the writer",
        "forward-looking statements",
        "forward looking statements",
        "safe harbor statement",
        "media contact",
        "media contacts",
        "press contact",
        "media inquiries",
    ];
    if s.len() > 60 {
        return false;
    }
    let t = s.trim_end_matches([':', '.']).trim();
    if EXACT.iter().any(|e| e.eq_ignore_ascii_case(t)) {
        return true;
    }
    // "About" and a capitalised name of up to four words, alone on its line.
    t.strip_prefix("About ").is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()))
            && !ends_terminal(s.trim_end_matches(':'))
    })
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
        if !has_non_ascii_space(s) {
            // Other characters are all word bytes: count by bytes, with every ASCII
            // whitespace (a lone `\r` too, as `char::is_whitespace` says) separating words.
            return count_words_bytes::<true>(s.as_bytes(), cap);
        }
        // Byte by byte: only the non-ASCII characters whose first byte is C2, E1, E2 or E3
        // can be whitespace (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029,
        // U+202F, U+205F, U+3000), so only those are decoded. Any other byte of a non-ASCII
        // character is part of a word.
        let b = s.as_bytes();
        let (mut n, mut in_word, mut i) = (0, false, 0);
        while i < b.len() {
            let x = b[i];
            let (space, len) = if x < 0x80 {
                (x == b' ' || x.wrapping_sub(b'\t') < 5, 1)
            } else if matches!(x, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
                let c = s[i..].chars().next().unwrap_or('x');
                (c.is_whitespace(), c.len_utf8())
            } else {
                (false, 1)
            };
            if !space && !in_word {
                n += 1;
                if n >= cap {
                    return cap;
                }
            }
            in_word = !space;
            i += len;
        }
        return n.min(cap);
    }
    count_words_bytes::<false>(s.as_bytes(), cap)
}

/// True when `s` holds a non-ASCII whitespace character (all of them start with byte C2,
/// E1, E2 or E3, which are never continuation bytes).
fn has_non_ascii_space(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b)
        .chain(memchr::memchr_iter(0xE1, b))
        .any(|i| s[i..].chars().next().is_some_and(char::is_whitespace))
}

/// [`count_words`] over bytes where only ASCII whitespace separates words: after a space,
/// tab or newline (`ALL_WS`: after any ASCII whitespace) a byte that is not whitespace starts
/// a word.
fn count_words_bytes<const ALL_WS: bool>(b: &[u8], cap: usize) -> usize {
    #[inline]
    fn ws(x: u8) -> bool {
        matches!(x, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }
    // A word starts at the first byte, or after a separator, at a byte that is not
    // whitespace. Pairs of bytes are counted a chunk at a time: the inner loop has no
    // exit, so it vectorises, and the count still stops soon after the `cap`-th word.
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
                let space = (x == b' ') | (x.wrapping_sub(b'\t') < 5);
                let sep = if ALL_WS {
                    (prev == b' ') | (prev.wrapping_sub(b'\t') < 5)
                } else {
                    (prev == b' ') | (prev == b'\n') | (prev == b'\t')
                };
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
    // One or two words are a menu item or label, not the headline.
    if !cx.seen_headline && !cx.seen_body && (3..=30).contains(&words) && s.len() <= 300 {
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
    if !cx.seen_body && is_short_unpunctuated(s, 30) {
        // Before the body, a line that is not a sentence is not a paragraph of it: a menu
        // item or label, or a dek under the headline.
        return if words >= 5 && matches!(cx.prev, Some(BlockKind::Headline | BlockKind::Standfirst)) {
            BlockKind::Standfirst
        } else {
            BlockKind::Other
        };
    }
    // A short line of prose right above a photo credit is the photo's caption.
    if words <= 40 && !s.contains(['"', '“', '”']) && cx.next.is_some_and(|n| is_credit_line(n, models)) {
        return BlockKind::Caption;
    }
    BlockKind::Body
}

/// A photo credit standing alone on its line: a caption cue on a short line ("Photo credit:
/// Ann Lee | Herald", "Credit: Getty Images"), or a few capitalised words with a separator
/// and no final punctuation ("ANN LEE, Courier-Ledger", "Ann Lee/Herald").
fn is_credit_line(s: &str, models: &Models) -> bool {
    if s.len() > 120 {
        return false;
    }
    let words = count_words(s, 9);
    if words <= 8 && cue_kind(s, models) == Some(BlockKind::Caption) {
        return true;
    }
    words <= 6 && !ends_terminal(s) && s.contains([',', '/', '|']) && {
        let (caps, total) = capitalised_words(s);
        caps == total
    }
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
        fn count_words_matches_reference_unicode_spaces(
            s in "[a \u{85}\u{a0}\u{a9}\u{1680}\u{1681}\u{2000}-\u{200b}\u{2019}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{3001}é€😀]{0,40}",
            any in "(\\PC|\\s){0,40}",
            cap in 0usize..12,
        ) {
            for t in [&s, &any] {
                prop_assert_eq!(count_words(t, cap), count_words_reference(t, cap));
                prop_assert_eq!(count_words(t, usize::MAX), count_words_reference(t, usize::MAX));
            }
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

    fn kind_of(k: &[(String, BlockKind)], prefix: &str) -> BlockKind {
        k.iter().find(|(t, _)| t.starts_with(prefix)).unwrap_or_else(|| panic!("no block {prefix}")).1
    }

    #[test]
    fn headline_list_is_not_hard_wrapped_prose() {
        // "Most read" teasers, one per line: every line starts with a capital.
        let text = "Most read\nFerry operator fined after engine fire off Gull Point harbour\nSchool rebuilt two years after storm finally opens its doors\nWhy the price of a pint keeps climbing in seaside towns\n";
        assert_eq!(block_spans(text).len(), 4);
        // Prose cut mid-sentence still joins.
        let text = "The harbour board said the fire started in the engine room of the\nferry shortly after it left the quay, and that nobody had been hurt\nin the blaze.";
        assert_eq!(block_spans(text).len(), 1);
    }

    #[test]
    fn menu_items_before_headline_do_not_open_the_body() {
        let text = "Home\nNews\nSport\nCulture\nWeather\nRiver ferry service to resume after six-week closure\nBy Ann Example\n\nThe river ferry will run again from Monday, the operator said on Tuesday.\n\nRepairs to the landing stage took longer than planned.";
        let k = kinds(text);
        for item in ["Home", "News", "Sport", "Culture", "Weather"] {
            assert_ne!(kind_of(&k, item), BlockKind::Body, "{item}");
            assert_ne!(kind_of(&k, item), BlockKind::Headline, "{item}");
        }
        assert_eq!(kind_of(&k, "River ferry"), BlockKind::Headline);
        assert_eq!(kind_of(&k, "The river ferry will"), BlockKind::Body);
    }

    #[test]
    fn prose_line_above_photo_credit_is_caption() {
        let text = "Ferry Fares Rise\n\nPassengers wait at the quay on a wet morning.\nPhoto credit: Ann Lee | Harbour Herald\n\nFares will rise next month, the operator said.\n\nDockworkers unload crates at dawn.\nJOEL BRANDT, Harbour Herald\n\nThe operator blamed fuel costs for the rise.";
        let k = kinds(text);
        assert_eq!(kind_of(&k, "Passengers wait"), BlockKind::Caption);
        assert_eq!(kind_of(&k, "Dockworkers unload"), BlockKind::Caption);
        assert_eq!(kind_of(&k, "Fares will rise"), BlockKind::Body);
    }

    #[test]
    fn list_items_after_colon_paragraph_are_body() {
        let text = "Council Budget Agreed\n\nThe council agreed its budget on Monday after a long debate.\n\nThe plan includes:\nTwo new buses for the northern routes\nLonger opening hours at the library\nA repaired roof for the town hall\n\nThe budget takes effect in April, officials said.";
        let k = kinds(text);
        for item in ["Two new buses", "Longer opening", "A repaired roof"] {
            assert_eq!(kind_of(&k, item), BlockKind::Body, "{item}");
        }
    }

    #[test]
    fn summary_box_points_without_bullets_are_standfirst() {
        let text = "Maize Prices Fall\nWhat you need to know:\nPrices have fallen by half since October.\nThe ministry will buy surplus grain.\n\nMaize farmers in the west of the county say prices have fallen by half since October, leaving many unable to repay loans taken out for seed and fertiliser.\n\nThe ministry said it would buy surplus grain from next month.";
        let k = kinds(text);
        assert_eq!(kind_of(&k, "What you need"), BlockKind::Standfirst);
        assert_eq!(kind_of(&k, "Prices have fallen"), BlockKind::Standfirst);
        assert_eq!(kind_of(&k, "The ministry will"), BlockKind::Standfirst);
        assert_eq!(kind_of(&k, "Maize farmers"), BlockKind::Body);
        assert_eq!(kind_of(&k, "The ministry said"), BlockKind::Body);
    }

    #[test]
    fn prose_outside_the_main_run_is_not_body() {
        // A notice above the menu and a promo and a comment below the furniture at the foot.
        let text = "This site shows notices about your account and your settings at the top of every page you visit.\nAccept\nReject\nHome\nNews\nSport\nBusiness\nWeather\nCouncil votes to keep harbour library open\nBy Ann Example\n\nThe council voted on Monday to keep the harbour library open for another three years, reversing a plan to close it in the spring.\n\nCampaigners had gathered more than four thousand signatures and filled the public gallery for the vote.\n\n\"This is a good day for the town,\" said Mira Holt, who led the campaign.\n\nShare\nMost popular\nFerry fares to rise in April\nNew bakery opens on Quay Street\nTwo hurt in crash on coast road\nComments\nGreat news, the library is the best thing in this town by a long way.\nReply";
        let k = kinds(text);
        assert_ne!(kind_of(&k, "This site shows notices"), BlockKind::Body);
        assert_eq!(kind_of(&k, "Council votes"), BlockKind::Headline);
        assert_eq!(kind_of(&k, "The council voted"), BlockKind::Body);
        assert_eq!(kind_of(&k, "\"This is a good day"), BlockKind::Body);
        assert_ne!(kind_of(&k, "Great news"), BlockKind::Body);
    }

    #[test]
    fn live_blog_entries_stay_in_the_body() {
        let text = "Budget day live\n\n14:05\nFuel duty frozen\nThe minister says fuel duty will be frozen for another year, saving the average driver a small amount and keeping a cut that was first brought in four years ago.\nShare\n13:40\nMarkets calm\nThe currency barely moved as the statement began, traders said, suggesting that investors had expected most of what the minister announced in her first ten minutes.\nShare\n13:10\nThe minister is on her feet and opens with a defence of the government's record on prices, saying inflation is now close to its target after two difficult years.\nShare";
        let k = kinds(text);
        for p in ["The minister says", "The currency barely", "The minister is on"] {
            assert_eq!(kind_of(&k, p), BlockKind::Body, "{p}");
        }
    }

    #[test]
    fn press_release_about_section_is_not_body() {
        let text = "Gullwing Foods Opens New Bakery\n\nPORT ELLIS, March 3, 2026 -- Gullwing Foods today opened a new bakery in Port Ellis that will employ 80 people.\n\n\"We are proud to bake in the town where we started,\" said chief executive Ana Ruiz.\n\nAbout Gullwing Foods\nGullwing Foods makes bread and cakes sold in more than 400 shops across the region and employs 900 people.\nMedia contact:\nSam Writer\n###";
        let k = kinds(text);
        assert_eq!(kind_of(&k, "PORT ELLIS"), BlockKind::Body);
        assert_ne!(kind_of(&k, "Gullwing Foods makes"), BlockKind::Body);
    }

    #[test]
    fn author_bio_at_foot_is_not_body() {
        let text = "Clinic Hours Cut\n\nThe town clinic will close at noon on Saturdays from next month, health officials said on Tuesday.\n\nOfficials blamed a shortage of nurses and said the change would be reviewed in the autumn.\n\nAnn Example covers health for the Harbour Herald. Reach her at ann@example.org.";
        let k = kinds(text);
        assert_eq!(kind_of(&k, "Officials blamed"), BlockKind::Body);
        assert_ne!(kind_of(&k, "Ann Example covers"), BlockKind::Body);
        // The same sentence shape in the middle of a story is body.
        assert!(!is_author_bio("The mayor is a former teacher who moved to the town in 1990."));
    }

    #[test]
    fn text_after_credit_line_is_not_body() {
        let text = "Orders Fall Again\n\nFactory orders fell for a third month in January, official data showed on Tuesday.\n\nEconomists had expected a small rise after two weak months.\n\nReporting by Ann Example; Editing by Sam Writer\nOur principles of trust and accuracy apply to every story we publish.";
        let k = kinds(text);
        assert_eq!(kind_of(&k, "Economists had"), BlockKind::Body);
        assert_ne!(kind_of(&k, "Our principles"), BlockKind::Body);
    }

    #[test]
    fn newsletter_cookie_and_print_cues() {
        let m = Models::embedded().unwrap();
        for (line, want) in [
            ("Get local news delivered to your inbox!", BlockKind::Boilerplate),
            ("We and our partners store and read information on your device.", BlockKind::Boilerplate),
            ("This site and 90 vendors use cookies and similar technologies.", BlockKind::Boilerplate),
            ("Thanks for reading Harbour Notes! Subscribe for free to get new posts.", BlockKind::Boilerplate),
            ("Published in the print edition of the May 4 issue.", BlockKind::Boilerplate),
            ("Start your day with the news. Sign up for our morning briefing.", BlockKind::Boilerplate),
            ("(With inputs from agencies)", BlockKind::Credit),
            ("Key points", BlockKind::Standfirst),
            ("Image caption, Crews work through the night to clear the road.", BlockKind::Caption),
            ("Image source, Harbour Herald", BlockKind::Caption),
            ("SKIP ADVERTISEMENT", BlockKind::Boilerplate),
        ] {
            assert_eq!(cue_kind(line, &m), Some(want), "{line}");
        }
    }

    #[test]
    fn story_split_by_a_long_link_box_stays_body() {
        let para = "The harbour board met on Monday to discuss the plan for the new quay, which would let larger ferries dock in bad weather and cut delays for the island routes.";
        let links = "Related\nFerry fares to rise in April\nNew bakery opens on Quay Street\nTwo hurt in crash on coast road\nCouncil names new harbour master\nStorm closes coast road for a day\nSchool wins national choir prize\nLibrary to stay open on Sundays";
        let text = format!("Harbour Quay Plan Approved\n\n{para}\n\n{para}\n\n{links}\n\n{para}\n\n{para}");
        let k = kinds(&text);
        assert_eq!(k.iter().filter(|(_, kind)| *kind == BlockKind::Body).count(), 4);
    }
}
