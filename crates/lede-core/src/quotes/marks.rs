//! Quotation-mark pairing in one linear pass.
//!
//! Contract: [`pair`] scans the given blocks in order once and returns paired quotations:
//! the byte offsets (UTF-8) of the opening and closing marks and the content parts (one per
//! paragraph for multi-paragraph quotes, marks excluded, whitespace trimmed). It handles
//! “ ” ‘ ’ « » " ' and ``…'' (an opening “ typed after a word or stop and before a space
//! closes: `…now.“`; a closing ” typed after a space and before a word or an ellipsis opens:
//! `”Yes`, `” … and yet`, also after a direction or byte-order mark; in
//! `them,'''` the first apostrophe closes a nested single and the last two the double). A
//! double or guillemet quotation whose closing mark is missing runs to the end of its
//! paragraph (or of the last paragraph it continues) when it opened a clause and before a word
//! (`said Lund. “Our members …` and a new paragraph); any other unbalanced mark is dropped at
//! the end of its paragraph (or when a new opener of the same family appears). Scanning goes
//! on after either: one pass, never quadratic. A double opener mid-clause inside an open double
//! quotation of the same paragraph is a nested quotation typed with the outer marks (`“… what
//! he calls “hell” than …”`) when the outer one closes after it; if the outer one does not close
//! in its paragraph, the nested opener starts a quotation of its own, as above.
//! A multi-paragraph quotation goes on only where the next paragraph opens with the same style
//! of mark (straight after straight, curly after curly, `''` after `''`).
//! A nickname between a given name and a surname ("Ana “Annie” Lund") is no quotation.
//! In a transcript turn opened with a straight mark ("\"PENCE: … “Shark Tank.” …"), curly
//! marks are nested inside the straight quotation.

use crate::types::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

/// A paired quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark.
    pub close_end: usize,
    /// Byte offset of the closing mark.
    pub close: usize,
    /// Content pieces, one per paragraph, marks excluded.
    pub parts: Vec<Span>,
    /// False when the closing mark is missing and the quotation was closed at the end of its
    /// paragraph (`close == close_end` there).
    pub closed: bool,
}

impl Pair {
    /// The content span from the first part's start to the last part's end.
    pub fn span(&self) -> Span {
        Span::new(self.parts[0].start, self.parts[self.parts.len() - 1].end)
    }
}

#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    pos: usize,
    content: usize,
    /// Opened at the start of its paragraph (or after a colon): may run on to the next one.
    para: bool,
    /// Opened where a quotation can start a clause (the paragraph's start, after a stop, a
    /// colon or a comma) and before a word: if its closing mark is missing, it runs to the end
    /// of its paragraph. Elsewhere ("An “unbalanced start.", "a stray “ mark") it is dropped.
    lead: bool,
}

impl Open {
    fn new(text: &str, block_start: usize, family: Family, pos: usize, len: usize) -> Open {
        let before = text[block_start..pos].trim_end();
        let para = before.is_empty() || before.ends_with(':');
        let after_stop = para || before.ends_with(['.', '!', '?', ',', ';', '”', '"']);
        let lead = after_stop && text[pos + len..].starts_with(|c: char| !c.is_whitespace());
        Open { family, pos, content: pos + len, para, lead }
    }
}

/// A same-style opener held as nested inside an open double quotation: its mark's offset and
/// length, and its closing mark's offset and length once seen.
#[derive(Debug, Clone, Copy)]
struct Nested {
    open: usize,
    len: usize,
    close: Option<(usize, usize)>,
}

/// What a character at a position can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family, bool),
    Close(Family),
    Either(Family),
}

fn trim_span(text: &str, a: usize, b: usize) -> Span {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    Span::new(a + lead, a + lead + t.len())
}

/// True when the quotation with content `content..close` (marks at `open` and `close`, the
/// closing one ending at `close_end`) is a nickname inside a name: "Ana “Annie” Lund",
/// "Marcia \"Cia\" Price". Its content is one to three capitalised words, the mark opens after a
/// capitalised word and one space, and one space and a capitalised word follow the closing mark.
pub(crate) fn nickname(text: &str, open: usize, content: usize, close: usize, close_end: usize) -> bool {
    let inner = &text[content..close];
    // (Length first: this runs for every quotation, most of them long.)
    if inner.len() > 30 {
        return false;
    }
    let words = inner.split(' ').count();
    let cap =
        |x: &str| x.starts_with(char::is_uppercase) && x.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-'));
    let before = &text[..open];
    let after = &text[close_end..];
    (1..=3).contains(&words)
        && inner.split(' ').all(cap)
        && before.ends_with(' ')
        && !before.ends_with("  ")
        && before.trim_end().rsplit(' ').next().is_some_and(cap)
        && after
            .strip_prefix(' ')
            .is_some_and(|a| a.split(' ').next().is_some_and(|x| cap(x.trim_end_matches([',', '.', ';', ':']))))
}

/// True when the character at byte `i` is an apostrophe for a year's dropped digits ("in ‘08",
/// "the ’90s"), not a quotation mark.
pub(crate) fn year_elision(text: &str, i: usize) -> bool {
    let mut rest = text[i..].chars();
    if !matches!(rest.next(), Some('‘' | '’' | '\'')) {
        return false;
    }
    let (d1, d2, d3) = (rest.next(), rest.next(), rest.next());
    d1.is_some_and(|d| d.is_ascii_digit())
        && d2.is_some_and(|d| d.is_ascii_digit())
        && d3.is_none_or(|d| !d.is_alphanumeric() || d == 's')
}

/// True when an ellipsis (`…` or `...`), after at most one space, starts at byte `i` and a
/// word follows it: the cut start of a quotation ("“ … what I learned”").
fn ellipsis_after(text: &str, i: usize) -> bool {
    let rest = text[i..].strip_prefix(' ').unwrap_or(&text[i..]);
    let rest = rest.strip_prefix('…').or_else(|| rest.strip_prefix("...")).map(|r| r.trim_start_matches(' '));
    rest.is_some_and(|r| r.starts_with(char::is_alphanumeric))
}

fn role(text: &str, i: usize, c: char) -> Option<(Role, usize)> {
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    // (A direction or byte-order mark, "\u{202a}”This …", stands where a space would.)
    let space_before = prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    });
    let word_after = next.is_some_and(|n| n.is_alphanumeric());
    let word_before = prev.is_some_and(|p| p.is_alphanumeric());
    if year_elision(text, i) {
        return None;
    }
    Some(match c {
        // "…in the future.“ Next": an opening mark typed for a closing one, after a word or a
        // stop and before a space or the end.
        '“' if !space_before && next.is_none_or(char::is_whitespace) => (Role::Close(Family::Double), 3),
        '“' | '„' => (Role::Open(Family::Double, true), 3),
        // "”Fortunately, …": a closing mark typed for an opening one, after a space or at the
        // start of a paragraph and before a word.
        // ("” … what I learned …": also before an ellipsis that opens a cut quotation.)
        '”' if space_before && (word_after || ellipsis_after(text, i + 3)) => (Role::Open(Family::Double, true), 3),
        '”' => (Role::Close(Family::Double), 3),
        '«' => (Role::Open(Family::Guillemet, true), 2),
        '»' => (Role::Close(Family::Guillemet), 2),
        '"' => (if space_before { Role::Either(Family::Double) } else { Role::Close(Family::Double) }, 1),
        '`' if next == Some('`') => (Role::Open(Family::Double, true), 2),
        // "…bomb them,'''": a nested single closing before the double ''.
        '\'' if next == Some('\'') && !space_before && text[i + 2..].starts_with('\'') => {
            (Role::Close(Family::Single), 1)
        }
        '\'' if next == Some('\'') => {
            (if space_before { Role::Either(Family::Double) } else { Role::Close(Family::Double) }, 2)
        }
        '‘' => (Role::Open(Family::Single, true), 3),
        '’' | '\'' => {
            if word_before && word_after {
                return None; // apostrophe: don't, O’Brien
            }
            if space_before && word_after {
                (Role::Open(Family::Single, c == '’'), c.len_utf8())
            } else if !space_before {
                (Role::Close(Family::Single), c.len_utf8())
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// Pair quotation marks inside `blocks` (sorted, disjoint spans), in one pass.
pub fn pair(text: &str, blocks: &[Span]) -> Vec<Pair> {
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut parts: Vec<Span> = Vec::new();
    let mut prev_end = 0;
    // A same-style opener inside an open double quotation, mid-clause ("“… what he calls
    // “hell” than …”"): held as nested until the outer quotation closes.
    let mut inner: Option<Nested> = None;
    for b in blocks {
        let s = &text[b.range()];
        let mut skip_first_open = false;
        let mut consumed = b.start;
        if let Some(o) = open {
            // The previous paragraph ended inside a quote: continue only if this one opens again.
            // The same style reopens it: a straight mark after a straight one, a curly after a
            // curly ("\"…¶“…”" is a new quotation, not a continuation).
            let first = s.chars().next();
            let opener = text[o.pos..].chars().next();
            let same_style = match opener {
                Some('"') => first == Some('"'),
                Some('\'') => s.starts_with("''"),
                _ => first != Some('"') && !s.starts_with("''"),
            };
            let reopens = same_style
                && (matches!(
                    (o.family, first),
                    (Family::Double, Some('“' | '"' | '„'))
                        | (Family::Guillemet, Some('«'))
                        | (Family::Single, Some('‘'))
                ) || (o.family == Family::Double && s.starts_with("''")));
            if reopens && o.para {
                skip_first_open = true;
                let len = if s.starts_with("''") { 2 } else { first.map_or(1, char::len_utf8) };
                open = Some(Open { content: b.start + len, ..o });
                consumed = b.start + len;
            } else {
                // Not reopened: the quotation ran to the end of the previous paragraph with
                // its closing mark missing ("said Lund. “Our members … twice." and a new
                // paragraph). Close it there rather than lose it.
                close_unbalanced(&mut out, o, &mut parts, prev_end);
                open = None;
            }
        }
        // A transcript turn ("\"PENCE: Well, …"): curly marks inside the straight quotation
        // are nested ("… an episode of “Shark Tank.” …").
        let turn = s.starts_with('"') && transcript_label(&s[1..]);
        let mut nested = false;
        for (off, c) in s.char_indices() {
            if !matches!(c, '“' | '”' | '„' | '«' | '»' | '"' | '`' | '\'' | '‘' | '’') {
                continue;
            }
            if turn && open.is_some_and(|o| text[o.pos..].starts_with('"')) {
                if c == '“' && !nested {
                    nested = true;
                    continue;
                }
                if c == '”' && nested {
                    nested = false;
                    continue;
                }
            }
            if skip_first_open && off == 0 {
                continue;
            }
            let i = b.start + off;
            if i < consumed {
                continue; // the second character of a two-character mark
            }
            let Some((r, len)) = role(text, i, c) else {
                continue;
            };
            consumed = i + len;
            match (open, r) {
                (None, Role::Open(f, _)) | (None, Role::Either(f)) => open = Some(Open::new(text, b.start, f, i, len)),
                (None, Role::Close(_)) => {}
                (Some(o), Role::Close(f)) | (Some(o), Role::Either(f))
                    if f == o.family && inner.is_some_and(|x| x.close.is_none()) =>
                {
                    // The nested quotation closes; the outer one stays open.
                    if let Some(x) = inner.as_mut() {
                        x.close = Some((i, len));
                    }
                }
                (Some(o), Role::Close(f)) | (Some(o), Role::Either(f)) if f == o.family => {
                    inner = None;
                    parts.push(trim_span(text, o.content, i));
                    let p = Pair {
                        open: o.pos,
                        close: i,
                        close_end: i + len,
                        parts: std::mem::take(&mut parts),
                        closed: true,
                    };
                    // A nickname inside a name ("Ana “Annie” Lund") is no quotation.
                    let nick = p.parts.len() == 1 && nickname(text, o.pos, o.content, i, i + len);
                    if !p.span().is_empty() && !nick {
                        out.push(p);
                    }
                    open = None;
                }
                (Some(o), Role::Open(f, _)) if f == o.family => {
                    let next = Open::new(text, b.start, f, i, len);
                    if f == Family::Double && inner.is_none() && o.pos >= b.start && !next.lead {
                        // Mid-clause inside the same paragraph: a nested quotation typed with
                        // the outer marks.
                        inner = Some(Nested { open: i, len, close: None });
                        continue;
                    }
                    // A new opener of the same family: the old one was unbalanced (and a nested
                    // quotation it held is a quotation of its own).
                    emit_inner(text, &mut out, inner.take());
                    parts.clear();
                    open = Some(next);
                }
                _ => {} // other families inside a quote (nested singles) are ignored
            }
        }
        // The outer quotation did not close in its paragraph: the nested opener was the real
        // one (as if it had replaced the outer opener when it came).
        match inner.take() {
            Some(Nested { open: at, len: l, close: None }) => {
                parts.clear();
                open = open.map(|o| Open::new(text, b.start, o.family, at, l));
            }
            closed @ Some(_) => {
                emit_inner(text, &mut out, closed);
                parts.clear();
                open = None;
            }
            None => {}
        }
        if let Some(o) = open {
            if o.content <= b.end {
                parts.push(trim_span(text, o.content, b.end));
            }
        }
        prev_end = b.end;
    }
    if let Some(o) = open {
        close_unbalanced(&mut out, o, &mut parts, prev_end);
    }
    out
}

/// Emit a nested quotation held while its outer one stayed open, as a quotation of its own,
/// once the outer one turns out unbalanced (only if it closed).
fn emit_inner(text: &str, out: &mut Vec<Pair>, inner: Option<Nested>) {
    if let Some(Nested { open: at, len: l, close: Some((close, len)) }) = inner {
        let p =
            Pair { open: at, close, close_end: close + len, parts: vec![trim_span(text, at + l, close)], closed: true };
        if !p.span().is_empty() && !nickname(text, at, at + l, close, close + len) {
            out.push(p);
        }
    }
}

/// Emit a double or guillemet quotation whose closing mark is missing, closed at `end` (the
/// end of its last paragraph), when it opened a clause ([`Open::lead`]) and holds a word. A
/// single mark left open is more often an apostrophe ("CBS‘ show") and is dropped.
fn close_unbalanced(out: &mut Vec<Pair>, o: Open, parts: &mut Vec<Span>, end: usize) {
    let p = Pair { open: o.pos, close: end, close_end: end, parts: std::mem::take(parts), closed: false };
    if o.lead && o.family != Family::Single && !p.parts.is_empty() && !p.span().is_empty() {
        out.push(p);
    }
}

/// True when `s` opens with a speaker label in capitals and a colon ("PENCE: …",
/// "JAKE TAPPER: …").
fn transcript_label(s: &str) -> bool {
    let Some(colon) = s.get(..s.len().min(40)).and_then(|h| h.find(':')) else {
        return false;
    };
    capitals_label(&s[..colon]) && s[colon + 1..].starts_with(' ')
}

/// True for a speaker label in capitals, as transcripts print them ("WALLACE", "JAKE TAPPER").
pub(crate) fn capitals_label(label: &str) -> bool {
    label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && label.chars().all(|c| c.is_ascii_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<String> {
        let blocks: Vec<Span> = crate::segment::blocks::block_spans(text);
        pair(text, &blocks)
            .iter()
            .map(|p| p.parts.iter().map(|s| &text[s.range()]).collect::<Vec<_>>().join("|"))
            .collect()
    }

    #[test]
    fn styles() {
        assert_eq!(
            contents("He said “we won” and ‘they lost’ and «oui» and \"fine\"."),
            vec!["we won", "they lost", "oui", "fine"]
        );
        assert_eq!(contents("``Old style,'' he wrote."), vec!["Old style,"]);
        assert_eq!(contents("Don’t touch O'Brien's \"box\" now."), vec!["box"]);
    }

    #[test]
    fn triple_apostrophe_does_not_reverse_a_span() {
        let _ = contents("a ''' b '' c '''");
        assert_eq!(contents("''It works,'' he said."), vec!["It works,"]);
    }

    #[test]
    fn an_apostrophe_for_a_year_is_no_quotation_mark() {
        assert_eq!(
            contents("He said in ‘08 that voters changed. “I do sense it,” he said of the ’90s."),
            vec!["I do sense it,"]
        );
    }

    #[test]
    fn recovery_and_multi_paragraph() {
        assert_eq!(contents("An “unbalanced start.\n\nThen “a real one” here."), vec!["a real one"]);
        // Opened at a clause's start and never closed: it runs to the paragraph's end.
        assert_eq!(
            contents("Lund said. “We will go on.\n\nThen “a real one” here."),
            vec!["We will go on.", "a real one"]
        );
        assert_eq!(contents("He said: “We will go on, and"), vec!["We will go on, and"]);
        assert_eq!(contents("“One.\n\n“Two.\n\nNext."), vec!["One.|Two."]);
        // Not a single mark, nor one followed by a space.
        assert_eq!(contents("Lund said, ‘We will go on.\n\nNext “ one."), Vec::<String>::new());
        assert_eq!(contents("“First part of it.\n\n“Second part,” she said."), vec!["First part of it.|Second part,"]);
        assert_eq!(contents("Stray ” mark then “ok now” fine."), vec!["ok now"]);
    }

    #[test]
    fn a_nested_quotation_typed_with_the_outer_marks_stays_inside() {
        assert_eq!(
            contents("“I’d rather live in what he calls “hell” than live with him.” ― Ada Lund"),
            vec!["I’d rather live in what he calls “hell” than live with him."]
        );
        assert_eq!(contents("\"He wrote “Peter Pan,” and left,\" she said."), vec!["He wrote “Peter Pan,” and left,"]);
        // An opener left unclosed in its paragraph: the later quotation is one of its own.
        assert_eq!(contents("Lund said the port was “broken. Then Berg said “it works” and left."), vec!["it works"]);
        assert_eq!(contents("Lund said the “port. Berg said “it works” and “no.”"), vec!["it works", "no."]);
        assert_eq!(contents("He said it was “over. Lee said “not yet\n\nNext."), Vec::<String>::new());
    }

    #[test]
    fn only_the_same_style_reopens_a_multi_paragraph_quote() {
        // A straight-quoted passage left open, then a curly quotation of its own.
        assert_eq!(contents("\"One.\n\n\"Two.\n\n“Three,” she said."), vec!["One.|Two.", "Three,"]);
        assert_eq!(contents("“One.\n\n“Two,” she said."), vec!["One.|Two,"]);
        assert_eq!(contents("''One.\n\n''Two,'' she said."), vec!["One.|Two,"]);
    }

    #[test]
    fn an_opening_mark_typed_for_a_closing_one_closes() {
        assert_eq!(
            contents("\"The pool is out of balance. A fix is needed now.“\n\nPrices rose."),
            vec!["The pool is out of balance. A fix is needed now."]
        );
        assert_eq!(contents("“Do you want that?“ he asked. “No.”"), vec!["Do you want that?", "No."]);
        // Before a word it still opens.
        assert_eq!(contents("He said “yes” and “no” twice."), vec!["yes", "no"]);
    }

    #[test]
    fn a_closing_mark_typed_for_an_opening_one_opens() {
        assert_eq!(contents("”Fortunately, he is open.” ― Ada Park."), vec!["Fortunately, he is open."]);
        assert_eq!(contents("Lind said ”no way” twice."), vec!["no way"]);
        // After a word or before a space it still closes.
        assert_eq!(contents("“Yes,” she said. Stray ” mark."), vec!["Yes,"]);
    }

    #[test]
    fn a_nested_single_closing_before_a_double_apostrophe_close() {
        assert_eq!(
            contents("''Voters will not accept 'We will bomb them,''' said Park. ''Next.''"),
            vec!["Voters will not accept 'We will bomb them,'", "Next."]
        );
    }

    #[test]
    fn curly_marks_inside_a_straight_quoted_transcript_turn_are_nested() {
        let text = "\"LIND: The union calls it “Harbour Hour.” It is not.\n\n\"PELL: It is a strike.\"";
        assert_eq!(contents(text), vec!["LIND: The union calls it “Harbour Hour.” It is not.|PELL: It is a strike."]);
        // Outside a transcript turn, a curly pair is a quotation of its own.
        assert_eq!(contents("\"The union calls it “Harbour Hour.” It is not."), vec!["Harbour Hour."]);
    }
}
