//! Block quotations without quotation marks: a paragraph that the paragraph before it
//! introduces with a verb of speech and a colon ("The governor added:¶It is typical of …",
//! "In a memo to staff, Lund wrote:¶The port will …"). News sets such passages off as their own
//! paragraph instead of quoting them; the words are the speaker's, but without marks we
//! cannot tell they are verbatim, so the quote is reported speech (indirect).
//!
//! Contract: [`find`] takes the content paragraphs (`blocks`, sorted, UTF-8 byte offsets into
//! `text`) and returns one [`BlockQuote`] per introduced paragraph, in document order. The
//! content is the whole paragraph, trimmed, without its closing full stop; the attribution
//! (speaker and cue) lies in the paragraph before. A paragraph is taken only when it reads as
//! prose: it opens with a capital letter (not a quotation mark, markup or a list item), has at
//! least [`MIN_WORDS`] words and ends a sentence. The caller drops paragraphs that hold
//! quotations of their own.

use super::attribution::{self, Attribution};
use super::paragraph_tail;
use crate::models::Models;
use crate::types::Span;

/// Fewer words than this are a label or a heading, not a passage ("Update:¶Polls close at 8.").
const MIN_WORDS: usize = 5;

/// Lemmas of verbs that introduce a passage in the speaker's words ("said:", "wrote:",
/// "added:", "continued:"). Verbs of thinking or finding introduce lists and findings instead.
const CUES: &[&str] = &[
    "say", "add", "write", "continue", "explain", "argue", "tell", "declare", "state", "conclude", "testify", "reply",
    "respond", "answer", "warn", "insist", "post", "tweet", "remark", "note",
];

/// An introduced paragraph and its attribution.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BlockQuote {
    pub content: Span,
    pub attr: Attribution,
}

pub(crate) fn find(text: &str, blocks: &[Span], models: &Models) -> Vec<BlockQuote> {
    let mut out = Vec::new();
    for pair in blocks.windows(2) {
        let (intro, body) = (pair[0], pair[1]);
        // Adjacent paragraphs only: nothing (a caption, boilerplate) stands between.
        if !text[intro.end..body.start].trim().is_empty() || !text[intro.range()].trim_end().ends_with(':') {
            continue;
        }
        let Some(content) = passage(text, body) else { continue };
        let toks = paragraph_tail(text, intro);
        let Some(attr) = attribution::before(text, &toks, toks.len(), models) else { continue };
        if attr.speaker.is_empty() || !attribution::cue_lemma(text, attr.cue, models).is_some_and(|l| CUES.contains(&l))
        {
            continue;
        }
        out.push(BlockQuote { content, attr });
    }
    out
}

/// The paragraph `body` as a passage of prose: trimmed, without its closing full stop; None
/// when it opens with anything but a capital letter or ends without ending a sentence.
fn passage(text: &str, body: Span) -> Option<Span> {
    let s = &text[body.range()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.starts_with(|c: char| c.is_uppercase()) || t.split_whitespace().count() < MIN_WORDS {
        return None;
    }
    // A heading or a shouted line is no passage ("WHAT THE POLLS SHOW.").
    if !t.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    let end = if let Some(x) = t.strip_suffix('.') {
        x.len()
    } else if t.ends_with(['!', '?']) {
        t.len()
    } else {
        return None;
    };
    Some(Span::new(body.start + lead, body.start + lead + end))
}
