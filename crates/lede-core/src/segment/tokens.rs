//! Tokenizer: splits a span of text into words, numbers, punctuation, symbols, URLs,
//! emails, @handles, #hashtags and emoji.
//!
//! Contract: [`tokenize`] returns tokens whose spans are UTF-8 byte offsets into the whole
//! text, on char boundaries, sorted, non-overlapping, non-empty, inside the given span and
//! never containing whitespace (except none: URLs stop at whitespace). It runs in time linear
//! in the span: every look-ahead scans bytes that are then consumed, or at most a bounded
//! window.

use crate::types::{Span, Token, TokenKind};

/// True for apostrophes that may sit inside a word ("don't", "O’Brien").
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// True for characters classed as punctuation.
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '%' | '#' | '@' | '&');
    }
    matches!(c as u32,
        0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
        | 0x2010..=0x2027 | 0x2030..=0x205E | 0x2E00..=0x2E4F | 0x3001..=0x3003 | 0x3008..=0x3011
        | 0xFF01..=0xFF0F | 0xFF1A | 0xFF1B | 0xFF1F)
}

/// True for emoji and pictographs (and the joiners/modifiers used inside emoji sequences).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF)
}

fn is_emoji_joiner(c: char) -> bool {
    matches!(c as u32, 0x200D | 0xFE0F | 0xFE0E | 0x1F3FB..=0x1F3FF | 0x20E3)
}

/// True for symbols (currency, math, other).
pub fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '+'
            | '<'
            | '='
            | '>'
            | '^'
            | '`'
            | '|'
            | '~'
            | '%'
            | '#'
            | '@'
            | '&'
            | '°'
            | '©'
            | '®'
            | '™'
            | '§'
            | '±'
            | '×'
            | '÷'
            | '€'
            | '£'
            | '¥'
            | '¢'
            | '₹'
            | '₽'
            | '₩'
            | '₿'
    ) || matches!(c as u32, 0x20A0..=0x20CF | 0x2100..=0x214F | 0x2190..=0x23FF | 0x25A0..=0x25FF)
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || matches!(c as u32, 0x0300..=0x036F)
}

/// Tokenize `span` of `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    // About one token per five bytes of news text: one allocation for most sentences.
    let mut out = Vec::with_capacity(span.len() / 4 + 4);
    tokenize_into(text, span, &mut out);
    out
}

/// ASCII letters, digits and `_`: the bytes of a plain ASCII word.
static ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < 128 {
        t[k] = (k as u8).is_ascii_alphanumeric() || k as u8 == b'_';
        k += 1;
    }
    t
};

/// True for an ASCII letter, digit or `_` (a table lookup: this runs once per byte of text).
#[inline]
fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD[usize::from(b)]
}

/// True for an ASCII byte that ends a plain ASCII word for sure: not alphanumeric and not one
/// of the marks that may continue a word, an abbreviation or an email (`. _ ' - @ % +`).
#[inline]
fn ends_ascii_word(b: u8) -> bool {
    b < 0x80 && !b.is_ascii_alphanumeric() && !matches!(b, b'.' | b'_' | b'\'' | b'-' | b'@' | b'%' | b'+')
}

/// Tokenize `span` of `text`, appending to `out` (no allocation besides `out`'s growth).
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let end = span.end;
    let mut i = span.start;
    let next_char = |i: usize| -> Option<char> {
        if i < end {
            text[i..end].chars().next()
        } else {
            None
        }
    };
    while i < end {
        let byte = bytes[i];
        if byte < 0x80 {
            if matches!(byte, b' ' | b'\n' | b'\t' | b'\r' | 0x0b | 0x0c) {
                i += 1;
                continue;
            }
            // Fast path: a plain ASCII word ended by a space or simple punctuation.
            if byte.is_ascii_alphabetic()
                && !(matches!(byte | 0x20, b'h' | b'w')
                    && (starts_with_ci(bytes, i, end, b"http://")
                        || starts_with_ci(bytes, i, end, b"https://")
                        || starts_with_ci(bytes, i, end, b"www.")))
            {
                let mut j = i + 1;
                while j < end && is_ascii_word_byte(bytes[j]) {
                    j += 1;
                }
                if j >= end || ends_ascii_word(bytes[j]) {
                    out.push(Token { span: Span::new(i, j), kind: TokenKind::Word });
                    i = j;
                    continue;
                }
            }
        }
        let c = next_char(i).unwrap();
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        let start = i;
        // URLs
        if c.is_ascii_alphabetic()
            && (starts_with_ci(bytes, i, end, b"http://")
                || starts_with_ci(bytes, i, end, b"https://")
                || starts_with_ci(bytes, i, end, b"www."))
        {
            let mut j = i;
            while let Some(d) = next_char(j) {
                if d.is_whitespace() || matches!(d, '"' | '<' | '>' | '“' | '”') {
                    break;
                }
                j += d.len_utf8();
            }
            let j = trim_trailing_punct(text, start, j);
            out.push(Token { span: Span::new(start, j), kind: TokenKind::Url });
            i = j;
            continue;
        }
        // @handles and #hashtags
        if (c == '@' || c == '#') && next_char(i + 1).is_some_and(is_word_char) {
            let mut j = i + 1;
            while let Some(d) = next_char(j) {
                if !is_word_char(d) {
                    break;
                }
                j += d.len_utf8();
            }
            let kind = if c == '@' { TokenKind::Handle } else { TokenKind::Hashtag };
            out.push(Token { span: Span::new(start, j), kind });
            i = j;
            continue;
        }
        if is_word_char(c) {
            // Email: local part of [alnum . _ % + -], '@', domain with a dot.
            if let Some(j) = scan_email(text, i, end) {
                out.push(Token { span: Span::new(start, j), kind: TokenKind::Email });
                i = j;
                continue;
            }
            if c.is_ascii_digit() {
                let j = scan_number(text, i, end);
                // Number followed directly by letters: "5th", "1990s", "3pm", "G20"-like.
                let mut k = j;
                while let Some(d) = next_char(k) {
                    if !is_word_char(d) {
                        break;
                    }
                    k += d.len_utf8();
                }
                let suffix = &text[j..k];
                let kind = if suffix.is_empty()
                    || ["st", "nd", "rd", "th", "s", "am", "pm", "m", "bn", "k"]
                        .iter()
                        .any(|x| x.eq_ignore_ascii_case(suffix))
                {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                if kind == TokenKind::Number && next_char(k) == Some('%') {
                    k += 1;
                }
                out.push(Token { span: Span::new(start, k), kind });
                i = k;
                continue;
            }
            let j = scan_word(text, i, end);
            out.push(Token { span: Span::new(start, j), kind: TokenKind::Word });
            i = j;
            continue;
        }
        if is_emoji(c) {
            let mut j = i + cl;
            while let Some(d) = next_char(j) {
                if is_emoji_joiner(d) || (is_emoji(d) && text[..j].ends_with('\u{200D}')) {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Token { span: Span::new(start, j), kind: TokenKind::Emoji });
            i = j;
            continue;
        }
        if c == '.' || c == '-' || c == '!' || c == '?' {
            // Runs of the same mark are one token ("...", "--", "!!").
            let mut j = i + 1;
            while j < end && bytes[j] == c as u8 {
                j += 1;
            }
            out.push(Token { span: Span::new(start, j), kind: TokenKind::Punctuation });
            i = j;
            continue;
        }
        let kind = if is_punct(c) {
            TokenKind::Punctuation
        } else if is_symbol(c) {
            TokenKind::Symbol
        } else {
            TokenKind::Other
        };
        let mut j = i + cl;
        // Keep combining marks with the character they modify.
        while let Some(d) = next_char(j) {
            if matches!(d as u32, 0x0300..=0x036F | 0xFE00..=0xFE0F) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        out.push(Token { span: Span::new(start, j), kind });
        i = j;
    }
}

fn starts_with_ci(bytes: &[u8], i: usize, end: usize, pat: &[u8]) -> bool {
    i + pat.len() <= end && bytes[i..i + pat.len()].eq_ignore_ascii_case(pat)
}

fn trim_trailing_punct(text: &str, start: usize, mut j: usize) -> usize {
    while j > start {
        let c = text[..j].chars().next_back().unwrap();
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '\'' | '’' | '"' | '”') {
            j -= c.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// End of an email starting at `i`, if one starts there.
fn scan_email(text: &str, i: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = i;
    // Bounded windows keep this linear on long runs without '@'.
    let local_end = end.min(i + 64);
    while j < local_end && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'.' | b'_' | b'%' | b'+' | b'-')) {
        j += 1;
    }
    if j >= end || b[j] != b'@' || j == i {
        return None;
    }
    let mut k = j + 1;
    let mut last_dot = None;
    let domain_end = end.min(j + 1 + 255);
    while k < domain_end && (b[k].is_ascii_alphanumeric() || b[k] == b'-' || b[k] == b'.') {
        if b[k] == b'.' {
            last_dot = Some(k);
        }
        k += 1;
    }
    // Strip trailing dots; the domain needs an inner dot followed by letters.
    while k > j + 1 && b[k - 1] == b'.' {
        k -= 1;
    }
    match last_dot {
        Some(d) if d > j + 1 && d + 1 < k => Some(k),
        _ => None,
    }
}

/// End of a number at `i`: digits with inner `,` `.` `:` groups followed by digits.
fn scan_number(text: &str, i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    while j < end && b[j].is_ascii_digit() {
        j += 1;
    }
    while j + 1 < end && matches!(b[j], b',' | b'.' | b':') && b[j + 1].is_ascii_digit() {
        j += 1;
        while j < end && b[j].is_ascii_digit() {
            j += 1;
        }
    }
    j
}

/// End of a word at `i`: word chars with inner apostrophes and hyphens, and dotted
/// abbreviations such as "U.S." or "a.m." (final period included).
fn scan_word(text: &str, i: usize, end: usize) -> usize {
    let next = |j: usize| -> Option<char> {
        if j < end {
            text[j..end].chars().next()
        } else {
            None
        }
    };
    let b = text.as_bytes();
    let run = |mut j: usize| -> usize {
        while j < end && is_ascii_word_byte(b[j]) {
            j += 1;
        }
        if j >= end || b[j] < 0x80 {
            return j;
        }
        while let Some(d) = next(j) {
            if !is_word_char(d) {
                break;
            }
            j += d.len_utf8();
        }
        j
    };
    let mut j = run(i);
    // Dotted abbreviation: segments of 1-2 letters each followed by '.'.
    if j - i <= 2 && next(j) == Some('.') && next(j + 1).is_some_and(|c| c.is_alphabetic()) {
        let mut k = j;
        let mut segments = 1;
        loop {
            // k is at a '.'
            let s = k + 1;
            let e = run(s);
            if e == s || e - s > 2 || !text[s..e].chars().all(char::is_alphabetic) || next(e) != Some('.') {
                break;
            }
            k = e;
            segments += 1;
        }
        if segments >= 2 {
            return k + 1;
        }
    }
    loop {
        match next(j) {
            Some(c)
                if (is_apostrophe(c) || c == '-' || c == '‐') && next(j + c.len_utf8()).is_some_and(is_word_char) =>
            {
                j = run(j + c.len_utf8());
            }
            _ => break,
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text, Span::new(0, text.len())).into_iter().map(|t| (&text[t.span.range()], t.kind)).collect()
    }

    #[test]
    fn words_numbers_punct() {
        use TokenKind::*;
        assert_eq!(
            toks("Don’t pay $1,000.50 (3.5%) to O'Brien-Smith..."),
            vec![
                ("Don’t", Word),
                ("pay", Word),
                ("$", Symbol),
                ("1,000.50", Number),
                ("(", Punctuation),
                ("3.5%", Number),
                (")", Punctuation),
                ("to", Word),
                ("O'Brien-Smith", Word),
                ("...", Punctuation)
            ]
        );
    }

    #[test]
    fn urls_emails_handles_emoji() {
        use TokenKind::*;
        assert_eq!(
            toks("See https://example.org/a_b?x=1. Mail jo.doe@example.com, @jo_d #news 👍🏽!"),
            vec![
                ("See", Word),
                ("https://example.org/a_b?x=1", Url),
                (".", Punctuation),
                ("Mail", Word),
                ("jo.doe@example.com", Email),
                (",", Punctuation),
                ("@jo_d", Handle),
                ("#news", Hashtag),
                ("👍🏽", Emoji),
                ("!", Punctuation)
            ]
        );
    }

    #[test]
    fn dotted_abbreviations() {
        assert_eq!(
            toks("the U.S. at 5 a.m. today").iter().map(|t| t.0).collect::<Vec<_>>(),
            vec!["the", "U.S.", "at", "5", "a.m.", "today"]
        );
        assert_eq!(toks("Jones.").iter().map(|t| t.0).collect::<Vec<_>>(), vec!["Jones", "."]);
    }

    #[test]
    fn span_is_respected() {
        let text = "ab cd ef";
        let t = tokenize(text, Span::new(3, 5));
        assert_eq!(t.len(), 1);
        assert_eq!(&text[t[0].span.range()], "cd");
    }
}
