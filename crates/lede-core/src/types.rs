//! Result types of the core.
//!
//! Contract: every [`Span`] is a half-open range of **UTF-8 byte offsets** into the
//! analysed `&str`, always on `char` boundaries, with `start <= end`. Lists of spans
//! (blocks, sentences, tokens, mentions, quote parts) are sorted by `start`.
//! Indices (`Sentence::block`, `Speaker::entity`) point into the sibling vectors of the
//! same [`Analysis`].

use std::ops::Range;

/// A half-open range `[start, end)` of UTF-8 byte offsets into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets). Panics in debug builds if reversed.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "reversed span {start}..{end}");
        Span { start, end }
    }

    /// The span as a `Range<usize>`, for slicing: `&text[span.range()]`.
    #[inline]
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What a block of an article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Headline,
    Standfirst,
    Byline,
    Dateline,
    Body,
    Caption,
    Credit,
    Boilerplate,
    RelatedLink,
    SectionTag,
    Correction,
    Other,
}

impl BlockKind {
    /// True for blocks that quotes and entities are taken from by default
    /// (not boilerplate, teasers or section tags).
    pub fn is_content(self) -> bool {
        !matches!(self, BlockKind::Boilerplate | BlockKind::RelatedLink | BlockKind::SectionTag)
    }
}

/// A block: a paragraph-level unit (a line or a group of lines) with its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub kind: BlockKind,
}

/// A sentence, inside exactly one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Segmentation::blocks`].
    pub block: usize,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Handle,
    Hashtag,
    Emoji,
    Other,
}

/// A token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Blocks, sentences and (when asked) tokens of a document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Segmentation {
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    /// Empty unless [`Options::tokens`] was set.
    pub tokens: Vec<Token>,
}

/// Direct ("…"), mixed (reported speech with a quoted fragment) or indirect (reported).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteType {
    Direct,
    Mixed,
    Indirect,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The mention nearest the quote (a name, "she", "the spokesman").
    pub span: Span,
    /// Who the mention resolves to (canonical name), when known.
    pub name: Option<String>,
    /// Index into [`Analysis::entities`], when the speaker is a known entity.
    pub entity: Option<usize>,
}

/// A quote: what was said, how, and by whom.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quoted or reported content, from the first part's start to the last part's end.
    pub span: Span,
    /// The pieces of content when an attribution interrupts the quote; one part otherwise.
    pub parts: Vec<Span>,
    pub kind: QuoteType,
    /// The speech verb or phrase ("said", "according to").
    pub cue: Option<Span>,
    pub speaker: Option<Speaker>,
    /// 0.0 ..= 1.0.
    pub confidence: f32,
}

/// OntoNotes-style entity types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Event,
    Law,
    WorkOfArt,
    Product,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
    Cardinal,
    Ordinal,
}

/// Proper name, common-noun phrase ("the spokesman") or pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionKind {
    Proper,
    Nominal,
    Pronoun,
}

/// One place in the text where an entity is named or referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub kind: MentionKind,
}

/// A canonical entity: every mention of one person, organisation, place, …
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub kind: EntityType,
    pub canonical_name: String,
    /// Sorted by start.
    pub mentions: Vec<Mention>,
    /// Titles and roles seen with the entity ("President", "foreign ministry spokeswoman").
    pub roles: Vec<String>,
    /// 0.0 ..= 1.0: how central the entity is to the document.
    pub salience: f32,
}

/// Which stages to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Features {
    pub segmentation: bool,
    pub quotes: bool,
    pub entities: bool,
}

impl Features {
    pub const ALL: Features = Features { segmentation: true, quotes: true, entities: true };
}

/// Options of one analysis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    pub features: Features,
    /// Return tokens in the segmentation.
    pub tokens: bool,
    /// Take quotes and entities from boilerplate, teasers and section tags too, and quotes from
    /// editor's notes.
    pub include_boilerplate: bool,
    /// Quotes below this confidence are dropped.
    pub min_quote_confidence: f32,
    /// Also list, under each entity, the pronoun and nominal mentions ("she", "the
    /// spokesman") that quote attribution resolved to it. Off: mentions are names only.
    pub resolved_mentions: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            features: Features::ALL,
            tokens: false,
            include_boilerplate: false,
            min_quote_confidence: 0.0,
            resolved_mentions: false,
        }
    }
}

/// The whole analysis of one document. Parts not asked for in [`Features`] are empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Analysis {
    pub segmentation: Segmentation,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
}
