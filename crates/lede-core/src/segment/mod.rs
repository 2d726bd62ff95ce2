//! Segmentation: blocks → sentences → tokens.
//!
//! Contract: [`segment`] returns a [`Segmentation`] whose spans are UTF-8 byte offsets into
//! `text`, on char boundaries, sorted and disjoint within each list. Blocks cover every
//! non-whitespace character; sentences never cross a block boundary and cover every
//! non-whitespace character of their block; tokens (only when asked) lie inside sentences.
//! Everything runs in time linear in the length of the text.

pub mod blocks;
pub mod cues;
pub mod dateline;
pub mod sentences;
pub mod tokens;

pub use tokens::{tokenize, tokenize_into};

use crate::models::Models;
use crate::types::Segmentation;

/// Segment `text` into blocks and sentences, and tokens when `tokens` is true.
pub fn segment(text: &str, models: &Models, tokens: bool) -> Segmentation {
    let blocks = blocks::blocks(text, models);
    let mut sentences = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        sentences::split_block(text, b.span, i, models, &mut sentences);
    }
    let mut toks = Vec::new();
    if tokens {
        // About one token per five bytes of news text.
        toks.reserve(text.len() / 5);
        for s in &sentences {
            tokens::tokenize_into(text, s.span, &mut toks);
        }
    }
    let tokens = toks;
    Segmentation { blocks, sentences, tokens }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::BlockKind;

    #[test]
    fn sentences_stay_in_blocks() {
        let m = Models::embedded().unwrap();
        let text = "Storm Hits Coast\n\nThe storm arrived on Monday. Roads closed\n\nA line without punctuation";
        let seg = segment(text, &m, true);
        assert_eq!(seg.blocks[0].kind, BlockKind::Headline);
        let s: Vec<&str> = seg.sentences.iter().map(|s| &text[s.span.range()]).collect();
        assert_eq!(
            s,
            vec!["Storm Hits Coast", "The storm arrived on Monday.", "Roads closed", "A line without punctuation"]
        );
        for s in &seg.sentences {
            assert!(seg.blocks[s.block].span.contains(s.span));
        }
        assert_eq!(&text[seg.tokens[0].span.range()], "Storm");
        assert_eq!(seg.tokens.len(), 3 + 6 + 2 + 4);
    }
}
