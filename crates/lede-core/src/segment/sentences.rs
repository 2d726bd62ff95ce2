//! Sentence splitting inside one block.
//!
//! Contract: [`split_block`] appends the sentences of one block, as UTF-8 byte-offset spans
//! trimmed of whitespace, sorted, disjoint and inside the block; together they cover every
//! non-whitespace character of the block. A sentence ends at `.`, `!`, `?`, `…` (with any
//! closing quotes/brackets kept) when what follows looks like a new sentence: a capital, a
//! digit, an opening quote, or, in informal text, a lower-case word after an ordinary word.
//! Abbreviations, initials, decimals, URLs, emails, ellipses before lower case, closing
//! quotes before an attribution and parentheses do not end one. A few other openers start a
//! sentence: inline bullets and repeated list markers, caption credits ("Photo: …"), a date
//! opening the block, emoticons, bare links and header time stamps before a capital. The
//! rules are listed in `docs/segmentation.md`. Runs in linear time: one pass over the block,
//! with look-aheads bounded to a few dozen bytes or consumed afterwards.

use crate::models::{AbbrevClass, Models};
use crate::types::{Sentence, Span};

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '[', '{', '„'];
const INLINE_BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣'];

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

/// The shape of a list marker word ("1.)", "2)", "3.", "a."), if it is one.
fn marker_shape(w: &str) -> Option<u8> {
    let b = w.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &w[digits..];
    if digits > 0 && digits <= 3 {
        return match rest {
            ".)" => Some(1),
            ")" => Some(2),
            "." => Some(3),
            _ => None,
        };
    }
    if b.len() == 2 && b[0].is_ascii_lowercase() && b[1] == b'.' {
        return Some(4);
    }
    None
}

/// The next whitespace-delimited word after byte `k` (bounded), stripped of punctuation.
fn next_word(s: &str, k: usize) -> &str {
    let rest = &s[k..];
    let lim = super::blocks::floor_char(rest, 40);
    let w = rest[..lim].split_whitespace().next().unwrap_or("");
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.').trim_end_matches('.')
}

/// Call `f` with `w` lowercased, without allocating for short ASCII words.
#[inline]
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 40];
    if w.len() <= buf.len() && w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        // ASCII in, ASCII out.
        f(std::str::from_utf8(b).unwrap_or(""))
    } else {
        f(&w.to_lowercase())
    }
}

/// The class of an abbreviation (case-insensitive, without its final period).
#[inline]
fn abbrev(models: &Models, w: &str) -> Option<AbbrevClass> {
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    with_lower(w, |l| models.abbreviations.get(l).copied())
}

/// A common word that is not also a given name.
fn is_common_word(models: &Models, w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 20
        && with_lower(w, |l| models.common_words.contains(l))
        && !models.first_names.contains(w)
}

/// Decide whether a `.` ending `word` (the text before the period, without it) ends a
/// sentence when the next non-space character is `nc` and the next word is `next_word()`
/// (computed only by the rules that need it).
fn period_splits<'s>(
    word: &str,
    nc: char,
    next_word: impl Fn() -> &'s str,
    words_in_sent: usize,
    models: &Models,
) -> bool {
    if word.is_empty() || word.len() > 40 {
        return true;
    }
    let next_common = || is_common_word(models, next_word());
    // "at 6 P.M. Mr. Smith left": a title abbreviation after a general one starts a sentence;
    // a title word ("President") does too, except after a dotted capital acronym, which
    // usually modifies it ("U.S. President").
    let next_title = || {
        let acronym = word.contains('.')
            && word.chars().all(|c| c.is_uppercase() || c == '.')
            && !word.eq_ignore_ascii_case("a.m")
            && !word.eq_ignore_ascii_case("p.m");
        let nw = next_word();
        abbrev(models, nw) == Some(AbbrevClass::Title) || (!acronym && nw.len() <= 40 && models.is_title(nw))
    };
    // List markers at the start of a sentence: "1. The first item", "a. The first".
    let marker = (word.len() <= 3 && word.bytes().all(|c| c.is_ascii_digit()))
        || (word.len() == 1 && word.as_bytes()[0].is_ascii_lowercase());
    if words_in_sent == 1 && marker {
        return false;
    }
    // "then-Sen. Jo Park", "ex-Gov. Lee": a title abbreviation after a hyphenated prefix.
    let class = abbrev(models, word).or_else(|| {
        let (_, tail) = word.rsplit_once('-')?;
        abbrev(models, tail).filter(|&c| c == AbbrevClass::Title)
    });
    if let Some(class) = class {
        return match class {
            AbbrevClass::Title => !(nc.is_uppercase() || nc.is_ascii_digit()),
            AbbrevClass::Number => !nc.is_ascii_digit() && next_common(),
            AbbrevClass::General => next_common() || (words_in_sent >= 5 && next_title()),
        };
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap();
    if chars.next().is_none() && first.is_uppercase() {
        // An initial ("J. Smith") unless a common word follows ("you and I. Did you…").
        return next_common();
    }
    let dotted =
        word.contains('.') && word.split('.').all(|p| p.chars().count() <= 3 && p.chars().all(char::is_alphabetic));
    if dotted {
        return next_common() || (words_in_sent >= 5 && next_title());
    }
    true
}

/// Credit labels that start their own sentence inside a caption ("… at dusk. Photo: Agency").
const CREDIT_LABELS: &[&str] = &[
    "Image:",
    "Images:",
    "Photo:",
    "Photos:",
    "Photograph:",
    "Picture:",
    "Video:",
    "Credit:",
    "Illustration:",
    "Graphic:",
];

/// Bytes that stop the fast scan inside a word: terminal marks and non-ASCII lead bytes
/// (which may be whitespace, `…` or full-width marks).
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0x80;
    while k < 256 {
        t[k] = true;
        k += 1;
    }
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b' ' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\r' as usize] = true;
    t[0x0b] = true;
    t[0x0c] = true;
    t
};

/// Classes of bytes for the one pass over a word: [`W_SPACE`] ends it, [`W_LINK`] may make
/// it a link or an email, [`W_PAREN`] opens or closes a parenthesis and [`W_STOP`] (a
/// terminal mark or a non-ASCII byte) stops the byte-speed skip.
static WORD_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < 256 {
        t[k] = if is_ascii_ws(k as u8) {
            W_SPACE
        } else if STOP[k] {
            W_STOP
        } else {
            match k as u8 {
                b':' | b'@' => W_LINK,
                b'(' | b')' => W_PAREN,
                _ => 0,
            }
        };
        k += 1;
    }
    t
};
const W_SPACE: u8 = 1;
const W_LINK: u8 = 2;
const W_PAREN: u8 = 4;
const W_STOP: u8 = 8;

#[inline]
const fn is_ascii_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t' | b'\r' | 0x0b | 0x0c)
}

/// True for a word made only of bullet marks ("•", "⁃").
fn is_bullet_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| INLINE_BULLETS.contains(&c))
}

/// The offset of the first non-whitespace character at or after `i` (`s.len()` if none).
fn skip_space(s: &str, i: usize) -> usize {
    s.len() - s[i..].trim_start().len()
}

/// The length of a date opening a block ("Thursday, May 7, 2015", "May 7, 2015") when a
/// capitalised sentence follows it on the same line, else `None`. Looks at 48 bytes at most.
fn leading_date(s: &str) -> Option<usize> {
    let head = &s[..super::blocks::floor_char(s, 48)];
    let mut pos = 0;
    let mut parts = head.split(' ');
    let mut w = parts.next()?;
    let take = |w: &str, pos: &mut usize| *pos += w.len() + 1;
    if crate::calendar::WEEKDAYS.contains(&w.trim_end_matches(',')) {
        take(w, &mut pos);
        w = parts.next()?;
    }
    if !crate::calendar::MONTH_NAMES.contains(&w) {
        return None;
    }
    take(w, &mut pos);
    let day = parts.next()?;
    let d = day.strip_suffix(',')?;
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    take(day, &mut pos);
    let year = parts.next()?;
    if year.len() != 4 || !year.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let end = pos + 4;
    let rest = &s[end..];
    let next = rest.trim_start_matches([' ', '\t']);
    (next.len() < rest.len() && next.chars().next().is_some_and(char::is_uppercase)).then_some(end)
}

/// Append the sentences of block `block_idx` (span `block`) to `out`.
pub fn split_block(text: &str, block: Span, block_idx: usize, models: &Models, out: &mut Vec<Sentence>) {
    let s = &text[block.range()];
    let base = block.start;
    let n = s.len();
    let b = s.as_bytes();
    let push = |from: usize, to: usize, out: &mut Vec<Sentence>| {
        let piece = &s[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let t = piece.trim();
        if !t.is_empty() {
            let st = base + from + lead;
            out.push(Sentence { span: Span::new(st, st + t.len()), block: block_idx });
        }
    };
    let mut sent_start = 0usize;
    let mut word_start = 0usize;
    let mut at_word_start = true;
    let mut protected_until = 0usize;
    let mut words_in_sent = 0usize;
    let mut marker: Option<u8> = None;
    let mut in_parens = false;
    let mut i = 0usize;
    // A pull quote with its attribution: the whole block is one unit.
    if is_pull_quote(s) {
        push(0, n, out);
        return;
    }
    // A dateline opening the block: "Thursday, May 7, 2015 The council met …".
    if let Some(e) = leading_date(s) {
        push(0, e, out);
        sent_start = e;
        i = e;
    }
    while i < n {
        let byte = b[i];
        let (c, cl) = if byte < 0x80 { (byte as char, 1) } else { decode(s, i) };
        // Where the byte-speed skip stops, when this step scanned a word.
        let mut skip_to = None;
        if is_ascii_ws(byte) || (byte >= 0x80 && c.is_whitespace()) {
            at_word_start = true;
            i += cl;
            continue;
        }
        if at_word_start {
            at_word_start = false;
            word_start = i;
            // One pass over the word's bytes: its end, whether it may be a link, its last
            // parenthesis, and where the byte-speed skip below would stop.
            let mut wend = i;
            let mut maybe_link = false;
            let mut paren = 0u8;
            let mut first_stop = None;
            while wend < n {
                let x = b[wend];
                let class = WORD_BYTES[usize::from(x)];
                if class != 0 {
                    if class == W_SPACE {
                        break;
                    }
                    maybe_link |= class == W_LINK;
                    if class == W_PAREN {
                        paren = x;
                    }
                    if class == W_STOP && wend > i && first_stop.is_none() {
                        first_stop = Some(wend);
                    }
                }
                wend += 1;
            }
            skip_to = Some(first_stop.unwrap_or(wend));
            let w = &s[i..wend];
            // Inline bullets start a new sentence; a bullet alone is not a word.
            if byte >= 0x80 && INLINE_BULLETS.contains(&c) {
                if i > sent_start {
                    push(sent_start, i, out);
                    sent_start = i;
                    words_in_sent = 0;
                    marker = None;
                }
                if is_bullet_word(w) {
                    i = wend;
                    continue;
                }
            }
            words_in_sent += 1;
            // A photo credit inside a caption: "… at dusk. Photo: Agency".
            if words_in_sent >= 2 && w.len() <= 13 && w.ends_with(':') && CREDIT_LABELS.contains(&w) {
                push(sent_start, i, out);
                sent_start = i;
                words_in_sent = 1;
                marker = None;
            }
            // Track an open parenthesis: "(John? from school)" does not end a sentence.
            if paren != 0 {
                in_parens = paren == b'(';
            }
            // An emoticon ends a sentence when a capitalised word follows: "Thanks :) See you".
            if w.len() <= 3 && !c.is_alphanumeric() && is_emoticon(w) && {
                let k = skip_space(s, wend);
                k > wend && char_at(s, k).is_some_and(char::is_uppercase)
            } {
                let k = skip_space(s, wend);
                push(sent_start, wend, out);
                sent_start = k;
                words_in_sent = 0;
                marker = None;
                in_parens = false;
                at_word_start = true;
                i = k;
                continue;
            }
            // URLs and emails are protected from splitting.
            let is_link = (maybe_link
                && (w.contains("://") || w.find('@').is_some_and(|at| at > 0 && w[at..].contains('.'))))
                || w.starts_with("www.")
                || w.starts_with("WWW.");
            if is_link {
                let mut e = wend;
                while e > i && matches!(b[e - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b'"' | b'\'') {
                    e -= 1;
                }
                protected_until = e;
                // A bare link (no final punctuation) followed by a capitalised word or another
                // link ends its sentence: "see www.example.org The next …".
                let k = skip_space(s, wend);
                if e == wend && k > wend && k < n && next_starts_sentence_after_link(&s[k..]) {
                    push(sent_start, wend, out);
                    sent_start = k;
                    words_in_sent = 0;
                    marker = None;
                    in_parens = false;
                    at_word_start = true;
                    protected_until = 0;
                    i = k;
                    continue;
                }
            }
            // A date-time stamp ("06/02/2031 10:53") after a capitalised word or a handle
            // ("Ana Ruiz@Desk 06/02/2031 10:53 AM") opens a header-like sentence.
            if words_in_sent >= 2 && c.is_ascii_digit() && w.len() >= 6 && is_numeric_date(w) && {
                let k = skip_space(s, wend);
                let next = s[k..super::blocks::floor_char(&s[k..], 9) + k].split_whitespace().next().unwrap_or("");
                // The words before: a handle, or a capitalised name of two words or more.
                let lo = super::blocks::floor_char(s, i.saturating_sub(60));
                let mut prev = s[lo..i].split_whitespace().rev();
                let caps = |w: Option<&str>| w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
                let (p1, p2) = (prev.next(), prev.next());
                is_clock(next) && (p1.is_some_and(|w| w.contains('@')) || (caps(p1) && caps(p2)))
            } {
                push(sent_start, i, out);
                sent_start = i;
                words_in_sent = 1;
                marker = None;
                in_parens = false;
            }
            // A clock time with AM/PM followed by a capitalised word that is not a day or
            // month ("sent 06/02/2001 10:53 AM I have …") ends a header-like sentence.
            if (w == "AM" || w == "PM") && {
                let before = s[..i].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
                is_clock(before)
            } {
                let k = skip_space(s, wend);
                if k > wend && k < n && {
                    let nw = next_word(s, k);
                    nw.chars().next().is_some_and(char::is_uppercase) && !is_day_or_month(nw)
                } {
                    push(sent_start, wend, out);
                    sent_start = k;
                    words_in_sent = 0;
                    marker = None;
                    in_parens = false;
                    at_word_start = true;
                    i = k;
                    continue;
                }
            }
            let mw = if byte < 0x80 { w } else { w.trim_start_matches(INLINE_BULLETS) };
            let shape = if mw.len() <= 5 { marker_shape(mw) } else { None };
            if words_in_sent == 1 {
                marker = shape;
            } else if shape.is_some() && shape == marker && char_at(s, wend).is_some() && {
                let k = skip_space(s, wend);
                char_at(s, k).is_some_and(char::is_uppercase)
            } {
                push(sent_start, i, out);
                sent_start = i;
                words_in_sent = 1;
            }
        }
        if i < protected_until {
            i = protected_until;
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？') {
            // Skip the rest of an ASCII word at byte speed: to the stop the word scan found,
            // or by scanning.
            match skip_to {
                Some(stop) if stop >= i + cl => i = stop,
                _ => {
                    i += cl;
                    while i < n && !STOP[b[i] as usize] {
                        i += 1;
                    }
                }
            }
            continue;
        }
        // "compounds. . . . The practice": a period ends the sentence and a spaced ellipsis
        // opens the next one.
        if c == '.' && b.get(i + 1) == Some(&b' ') && char_before(s, i).is_some_and(char::is_alphanumeric) {
            if let Some(e) = ellipsis_end(b, i + 2) {
                let k = e + s[e..].len() - s[e..].trim_start().len();
                if k > e && char_at(s, k).is_some_and(char::is_uppercase) {
                    push(sent_start, i + 1, out);
                    sent_start = i + 2;
                    words_in_sent = 0;
                    marker = None;
                    at_word_start = true;
                    i = k;
                    continue;
                }
            }
        }
        // A run of terminal marks, including spaced ellipses ". . .".
        let run_start = i;
        let mut j = i;
        let mut dots = 0usize;
        let mut bang = false;
        let mut ellipsis = false;
        let mut closed = false;
        loop {
            match char_at(s, j) {
                Some('.') => {
                    dots += 1;
                    j += 1;
                }
                Some(d @ ('!' | '?' | '！' | '？' | '。')) => {
                    bang |= d != '。';
                    j += d.len_utf8();
                }
                Some('…') => {
                    ellipsis = true;
                    j += '…'.len_utf8();
                }
                Some(' ')
                    if dots > 0
                        && b.get(j + 1) == Some(&b'.')
                        && (b.get(j + 2).is_none_or(|&x| x == b' ' || x == b'.' || x == b'"' || x == b'\n')
                            || dots >= 1 && char_before(s, run_start) == Some(' ')) =>
                {
                    ellipsis = true;
                    j += 1;
                }
                Some(d) if CLOSERS.contains(&d) => {
                    closed = true;
                    j += d.len_utf8();
                }
                // A wrongly curled closing quote: "… decision.“ However".
                Some('“') if char_at(s, j + 3).is_none_or(char::is_whitespace) => {
                    closed = true;
                    j += 3;
                }
                _ => break,
            }
        }
        if dots >= 2 {
            ellipsis = true;
        }
        let after = j;
        let mut k = j;
        while let Some(d) = char_at(s, k) {
            if !d.is_whitespace() {
                break;
            }
            k += d.len_utf8();
        }
        if k >= n {
            break;
        }
        let had_space = k > after;
        let nc = char_at(s, k).unwrap();
        let starts_like_sentence =
            nc.is_uppercase() || nc.is_ascii_digit() || OPENERS.contains(&nc) || INLINE_BULLETS.contains(&nc);
        let word =
            s[word_start..run_start].trim_start_matches(|c: char| OPENERS.contains(&c) || INLINE_BULLETS.contains(&c));
        let split = if !had_space {
            // "world.Today" / "1,000.That" / "is it good?what do": no space, but clearly a new
            // sentence.
            if bang && !closed && !ellipsis && !in_parens {
                nc.is_alphabetic()
                    && char_at(s, k + nc.len_utf8()).is_some_and(|d| d.is_lowercase() || d == '\'' || d == '’')
                    && char_before(s, run_start).is_some_and(char::is_lowercase)
            } else {
                c == '.'
                    && !ellipsis
                    && dots == 1
                    && after == run_start + 1
                    && nc.is_uppercase()
                    && char_at(s, k + nc.len_utf8()).is_some_and(char::is_lowercase)
                    && char_before(s, run_start).is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                    && run_start - word_start >= 2
                    && abbrev(models, &s[word_start..run_start]).is_none()
            }
        } else if nc.is_lowercase() {
            // "sounds good. want to come?": informal text starts sentences in lower case. Not
            // after abbreviations, initials, ellipses, a closing quote (attribution) or before
            // an inline list marker ("a) … b) …").
            // A detached " ." or " !" ends one ("very friendly . and").
            (!ellipsis || bang)
                && !closed
                && !in_parens
                && !next_is_marker(s, k)
                && if word.is_empty() {
                    true
                } else if bang {
                    // Not after a brand name with one "!" ("Yahoo! in"); "wow! see", "NOW!! see" do.
                    c == '?' || after > run_start + 1 || !is_brand_like(word)
                } else {
                    plain_word(word) && abbrev(models, word).is_none()
                }
        } else if !starts_like_sentence {
            false
        } else if ellipsis {
            nc.is_uppercase() && next_word(s, k) != "I"
        } else if bang {
            true
        } else {
            period_splits(word, nc, || next_word(s, k), words_in_sent, models)
        };
        if split {
            push(sent_start, after, out);
            sent_start = k;
            words_in_sent = 0;
            marker = None;
            in_parens = false;
            at_word_start = true;
            i = k;
        } else {
            i = after;
        }
    }
    push(sent_start, n, out);
}

/// True for a block that is a quotation followed only by its attribution, with no final
/// punctuation: `"We will rebuild. Not now, but soon." - Ana Ruiz` or `“…” Local blogger,
/// “Title of the post”`. Such pull quotes and epigraphs are one unit. Only short blocks
/// (≤ 600 bytes) are considered; the attribution has at most 12 words.
fn is_pull_quote(s: &str) -> bool {
    if s.len() > 600 || !(s.starts_with('"') || s.starts_with('“')) || super::blocks::ends_terminal(s) {
        return false;
    }
    // The last closing quote right after sentence-final punctuation.
    let Some(q) = ["?\"", "!\"", ".\"", "?”", "!”", ".”"].iter().filter_map(|p| s.rfind(p).map(|i| i + p.len())).max()
    else {
        return false;
    };
    let tail = s[q..].trim();
    let first = tail.chars().next();
    // An attribution: a dash and a name, a name ("Ana Ruiz"), or a name or role and a comma
    // ("Local blogger, “Post title”").
    let name = || tail.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let role = || first.is_some_and(char::is_uppercase) && tail.split_whitespace().take(4).any(|w| w.ends_with(','));
    !tail.is_empty()
        && super::blocks::count_words(tail, 13) <= 12
        && !tail.contains(['.', '!', '?'])
        && (matches!(first, Some('-' | '–' | '—' | '~')) || name() || role())
}

/// Decode the char at byte `i` (a char boundary) and its length.
#[inline]
fn decode(s: &str, i: usize) -> (char, usize) {
    let c = char_at(s, i).unwrap();
    (c, c.len_utf8())
}

/// The end of an ellipsis ("...", ". . .", "…") starting at byte `i`, if one starts there.
/// Scans only the ellipsis itself.
fn ellipsis_end(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i..i + 3) == Some("…".as_bytes()) {
        return Some(i + 3);
    }
    let mut j = i;
    let mut dots = 0;
    while j < b.len() && b[j] == b'.' {
        dots += 1;
        j += 1;
        if b.get(j) == Some(&b' ') && b.get(j + 1) == Some(&b'.') {
            j += 1;
        }
    }
    (dots >= 3).then_some(j)
}

/// True for an ordinary word before a period: at least two characters, with a letter, made of
/// letters, digits, apostrophes and hyphens (not an initial, not a dotted abbreviation).
fn plain_word(w: &str) -> bool {
    w.len() >= 2
        && w.len() <= 40
        && w.chars().any(char::is_alphabetic)
        && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&'))
}

/// True for a capitalised, not all-capital word ("Yahoo", "Jeopardy"): before a single "!"
/// and a lower-case word it is probably a name, not the end of a sentence.
fn is_brand_like(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
}

/// True for a text emoticon such as ":)", ";-)" or ":D" (it starts with a mark).
fn is_emoticon(w: &str) -> bool {
    matches!(w, ":)" | ":-)" | ";)" | ";-)" | ":(" | ":-(" | ":D" | ":-D" | ":P" | ":p" | "=)" | "^^" | "<3")
}

/// True when `rest` (the text after a bare link) opens a new sentence: a capitalised word
/// or another link.
fn next_starts_sentence_after_link(rest: &str) -> bool {
    let w = rest[..super::blocks::floor_char(rest, 12)].split_whitespace().next().unwrap_or("");
    let lw = w.as_bytes();
    w.starts_with("http://")
        || w.starts_with("https://")
        || w.starts_with("www.")
        || (w.chars().next().is_some_and(char::is_uppercase) && lw.len() >= 2)
}

/// True for a numeric date "6/2/2031" or "06/02/31".
fn is_numeric_date(w: &str) -> bool {
    let mut parts = w.split('/');
    let ok = |p: Option<&str>, lo: usize, hi: usize| {
        p.is_some_and(|p| p.len() >= lo && p.len() <= hi && p.bytes().all(|c| c.is_ascii_digit()))
    };
    ok(parts.next(), 1, 2) && ok(parts.next(), 1, 2) && ok(parts.next(), 2, 4) && parts.next().is_none()
}

/// True for a clock time "10:53" or "10:53:07".
fn is_clock(w: &str) -> bool {
    let mut parts = w.split(':');
    let h = parts.next().unwrap_or("");
    let ok = |p: &str, lo: usize| p.len() >= lo && p.len() <= 2 && p.bytes().all(|c| c.is_ascii_digit());
    ok(h, 1) && parts.next().is_some_and(|m| ok(m, 2)) && parts.all(|x| ok(x, 2))
}

/// True for a day or month name (or its abbreviation), capitalised.
fn is_day_or_month(w: &str) -> bool {
    use crate::calendar;
    calendar::is_date_word(w) || calendar::WEEKDAY_ABBREVIATIONS.contains(&w) || calendar::TIME_ZONES.contains(&w)
}

/// True when the word at `k` is an inline list marker such as "b)" or "ii)".
fn next_is_marker(s: &str, k: usize) -> bool {
    let rest = &s[k..super::blocks::floor_char(&s[k..], 6) + k];
    let w = rest.split_whitespace().next().unwrap_or("");
    w.len() <= 4 && w.ends_with(')') && w[..w.len() - 1].chars().all(|c| c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        let m = Models::embedded().unwrap();
        let mut out = Vec::new();
        split_block(text, Span::new(0, text.len()), 0, &m, &mut out);
        out.iter().map(|s| &text[s.span.range()]).collect()
    }

    #[test]
    fn basic_and_abbreviations() {
        assert_eq!(sents("Hello World. My name is Jonas."), vec!["Hello World.", "My name is Jonas."]);
        assert_eq!(sents("My name is Jonas E. Smith."), vec!["My name is Jonas E. Smith."]);
        assert_eq!(sents("Please turn to p. 55."), vec!["Please turn to p. 55."]);
        assert_eq!(
            sents("They met Mr. Smith at 5 p.m. on Jan. 5 in the U.S. capital."),
            vec!["They met Mr. Smith at 5 p.m. on Jan. 5 in the U.S. capital."]
        );
        assert_eq!(sents("I live in the U.S. How about you?"), vec!["I live in the U.S.", "How about you?"]);
        assert_eq!(
            sents("They work for the U.S. Government in Virginia."),
            vec!["They work for the U.S. Government in Virginia."]
        );
        assert_eq!(sents("It rose 3.5 percent. Then it fell."), vec!["It rose 3.5 percent.", "Then it fell."]);
        assert_eq!(
            sents("Let's ask Jane and co. They should know."),
            vec!["Let's ask Jane and co.", "They should know."]
        );
    }

    #[test]
    fn title_abbreviation_after_a_hyphenated_prefix_does_not_end_a_sentence() {
        assert_eq!(
            sents("Park met then-Sen. Ida Lund. And ex-Gov. Tam Roe came later."),
            vec!["Park met then-Sen. Ida Lund.", "And ex-Gov. Tam Roe came later."]
        );
        // A hyphenated word that is no abbreviation still ends its sentence.
        assert_eq!(sents("It was a long-term. Plan ahead."), vec!["It was a long-term.", "Plan ahead."]);
    }

    #[test]
    fn quotes_and_attribution() {
        assert_eq!(
            sents("\"This is great,\" she said. Then she left."),
            vec!["\"This is great,\" she said.", "Then she left."]
        );
        assert_eq!(sents("“It was late. We left,” he said."), vec!["“It was late.", "We left,” he said."]);
        assert_eq!(
            sents("She turned to him, \"This is great.\" She held the book."),
            vec!["She turned to him, \"This is great.\"", "She held the book."]
        );
        assert_eq!(
            sents("She turned to him, \"This is great.\" she said."),
            vec!["She turned to him, \"This is great.\" she said."]
        );
    }

    #[test]
    fn urls_emails_ellipses_lists() {
        assert_eq!(
            sents("Her email is Jane.Doe@example.com. I sent her an email."),
            vec!["Her email is Jane.Doe@example.com.", "I sent her an email."]
        );
        assert_eq!(
            sents("See https://www.example.com/a.html. Please check it."),
            vec!["See https://www.example.com/a.html.", "Please check it."]
        );
        assert_eq!(
            sents("I never meant that.... She left the store."),
            vec!["I never meant that....", "She left the store."]
        );
        assert_eq!(sents("Hello!! Long time no see."), vec!["Hello!!", "Long time no see."]);
        assert_eq!(sents("1.) The first item 2.) The second item"), vec!["1.) The first item", "2.) The second item"]);
        assert_eq!(
            sents("Hello world.Today is Tuesday.Mr. Smith went."),
            vec!["Hello world.", "Today is Tuesday.", "Mr. Smith went."]
        );
    }

    #[test]
    fn wrapped_lines_do_not_split() {
        let t = "The vote was\npostponed until spring. Nobody\nobjected.";
        assert_eq!(sents(t), vec!["The vote was\npostponed until spring.", "Nobody\nobjected."]);
    }
}
