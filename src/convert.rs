//! Mapping between protobuf messages and the core: request validation (typed
//! [`ApiError`]s naming the field) and core results → protobuf, with every byte offset
//! converted to the unit the request chose. Entity ids are `e1`, `e2`, … in order of
//! first mention, stable for the same text and options.

use lede_core as core;

use crate::error::ApiError;
use crate::offsets::{OffsetMapper, OffsetUnit};
use crate::proto::lede::v1 as pb;

/// What to run on one document and how to report it.
#[derive(Debug, Clone, Copy)]
pub struct JobSpec {
    pub options: core::Options,
    pub unit: OffsetUnit,
}

/// The offset unit of a request; UNSPECIFIED and unknown values are rejected.
pub fn offset_unit(value: i32, field: &'static str) -> Result<OffsetUnit, ApiError> {
    match pb::OffsetUnit::try_from(value) {
        Ok(pb::OffsetUnit::Utf8) => Ok(OffsetUnit::Utf8),
        Ok(pb::OffsetUnit::Utf16) => Ok(OffsetUnit::Utf16),
        Ok(pb::OffsetUnit::Codepoint) => Ok(OffsetUnit::CodePoint),
        Ok(pb::OffsetUnit::Unspecified) => Err(ApiError::Invalid {
            field,
            reason: "must be set: OFFSET_UNIT_UTF8, OFFSET_UNIT_UTF16 or OFFSET_UNIT_CODEPOINT".into(),
        }),
        Err(_) => Err(ApiError::Invalid { field, reason: format!("unknown offset unit {value}") }),
    }
}

/// Validated options of an `AnalyzeOptions` message.
pub fn analyze_options(o: Option<&pb::AnalyzeOptions>, field: &'static str) -> Result<JobSpec, ApiError> {
    let o = o.ok_or(ApiError::Missing { field })?;
    let unit = offset_unit(o.offset_unit, "options.offset_unit")?;
    let mut features = core::Features { segmentation: false, quotes: false, entities: false };
    if o.features.is_empty() {
        return Err(ApiError::Invalid {
            field: "options.features",
            reason: "list at least one of FEATURE_SEGMENTATION, FEATURE_QUOTES, FEATURE_ENTITIES".into(),
        });
    }
    for &f in &o.features {
        match pb::Feature::try_from(f) {
            Ok(pb::Feature::Segmentation) => features.segmentation = true,
            Ok(pb::Feature::Quotes) => features.quotes = true,
            Ok(pb::Feature::Entities) => features.entities = true,
            Ok(pb::Feature::Unspecified) | Err(_) => {
                return Err(ApiError::Invalid { field: "options.features", reason: format!("unknown feature {f}") })
            }
        }
    }
    let min = o.min_quote_confidence;
    if !(0.0..=1.0).contains(&min) {
        return Err(ApiError::Invalid {
            field: "options.min_quote_confidence",
            reason: format!("{min} is not in 0..1"),
        });
    }
    Ok(JobSpec {
        options: core::Options {
            features,
            tokens: o.include_tokens,
            include_boilerplate: o.include_boilerplate,
            min_quote_confidence: min,
            resolved_mentions: o.include_resolved_mentions,
        },
        unit,
    })
}

/// The document of a request, checked: present, non-empty, within `max_text_bytes`.
pub fn document(doc: Option<pb::Document>, max_text_bytes: usize) -> Result<pb::Document, ApiError> {
    let doc = doc.ok_or(ApiError::Missing { field: "document" })?;
    if doc.text.len() > max_text_bytes {
        return Err(ApiError::TextTooLarge { len: doc.text.len(), limit: max_text_bytes });
    }
    if doc.text.trim().is_empty() {
        return Err(ApiError::EmptyText);
    }
    Ok(doc)
}

/// A core analysis in protobuf form.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Converted {
    pub segmentation: Option<pb::Segmentation>,
    pub quotes: Vec<pb::Quote>,
    pub entities: Vec<pb::Entity>,
}

/// The id of the entity at `index`, before [`scope_ids`].
pub fn entity_id(index: usize) -> String {
    // Written by hand: `format!` costs several times more, once per entity and speaker.
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = index + 1;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - k);
    id.push('e');
    id.extend(digits[k..].iter().map(|&d| char::from(d)));
    id
}

/// Makes entity ids unique across documents: `e3` of document `story-17` becomes
/// `story-17#e3` (in entities and in speakers' `entity_id`), so results of a whole
/// archive can be pooled without ids colliding. Documents without an id keep `e3`.
pub fn scope_ids(c: &mut Converted, doc_id: &str) {
    if doc_id.is_empty() {
        return;
    }
    let scoped = |id: &mut String| {
        if !id.is_empty() {
            let mut s = String::with_capacity(doc_id.len() + 1 + id.len());
            s.push_str(doc_id);
            s.push('#');
            s.push_str(id);
            *id = s;
        }
    };
    c.entities.iter_mut().for_each(|e| scoped(&mut e.id));
    c.quotes.iter_mut().filter_map(|q| q.speaker.as_mut()).for_each(|s| scoped(&mut s.entity_id));
}

/// Converts a core analysis of `text` to protobuf, offsets in `unit`.
pub fn analysis(text: &str, a: &core::Analysis, spec: &JobSpec) -> Converted {
    let m = OffsetMapper::new(text, spec.unit);
    let span = |s: core::Span| pb::Span { start: m.map(s.start), end: m.map(s.end) };
    let segmentation = spec.options.features.segmentation.then(|| pb::Segmentation {
        blocks: a
            .segmentation
            .blocks
            .iter()
            .map(|b| pb::Block { span: Some(span(b.span)), kind: block_kind(b.kind) as i32 })
            .collect(),
        sentences: a
            .segmentation
            .sentences
            .iter()
            .map(|s| pb::Sentence { span: Some(span(s.span)), block_index: s.block as u32 })
            .collect(),
        tokens: a
            .segmentation
            .tokens
            .iter()
            .map(|t| pb::Token { span: Some(span(t.span)), kind: token_kind(t.kind) as i32 })
            .collect(),
    });
    let quotes = a
        .quotes
        .iter()
        .map(|q| pb::Quote {
            span: Some(span(q.span)),
            parts: q.parts.iter().map(|&p| span(p)).collect(),
            r#type: quote_type(q.kind) as i32,
            cue: q.cue.map(|c| pb::Cue { span: Some(span(c)), text: text[c.range()].to_string() }),
            speaker: q.speaker.as_ref().map(|s| pb::Speaker {
                span: Some(span(s.span)),
                text: text[s.span.range()].to_string(),
                name: s.name.clone().unwrap_or_default(),
                entity_id: s.entity.map(entity_id).unwrap_or_default(),
            }),
            confidence: q.confidence,
        })
        .collect();
    let entities = a
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| pb::Entity {
            id: entity_id(i),
            r#type: entity_type(e.kind) as i32,
            canonical_name: e.canonical_name.clone(),
            mentions: e
                .mentions
                .iter()
                .map(|mn| pb::Mention {
                    span: Some(span(mn.span)),
                    text: text[mn.span.range()].to_string(),
                    kind: mention_kind(mn.kind) as i32,
                })
                .collect(),
            roles: e.roles.clone(),
            salience: e.salience,
        })
        .collect();
    Converted { segmentation, quotes, entities }
}

fn block_kind(k: core::BlockKind) -> pb::BlockKind {
    use core::BlockKind as K;
    match k {
        K::Headline => pb::BlockKind::Headline,
        K::Standfirst => pb::BlockKind::Standfirst,
        K::Byline => pb::BlockKind::Byline,
        K::Dateline => pb::BlockKind::Dateline,
        K::Body => pb::BlockKind::Body,
        K::Caption => pb::BlockKind::Caption,
        K::Credit => pb::BlockKind::Credit,
        K::Boilerplate => pb::BlockKind::Boilerplate,
        K::RelatedLink => pb::BlockKind::RelatedLink,
        K::SectionTag => pb::BlockKind::SectionTag,
        K::Correction => pb::BlockKind::Correction,
        K::Other => pb::BlockKind::Other,
    }
}

fn token_kind(k: core::TokenKind) -> pb::TokenKind {
    use core::TokenKind as K;
    match k {
        K::Word => pb::TokenKind::Word,
        K::Number => pb::TokenKind::Number,
        K::Punctuation => pb::TokenKind::Punctuation,
        K::Symbol => pb::TokenKind::Symbol,
        K::Url => pb::TokenKind::Url,
        K::Email => pb::TokenKind::Email,
        K::Handle => pb::TokenKind::Handle,
        K::Hashtag => pb::TokenKind::Hashtag,
        K::Emoji => pb::TokenKind::Emoji,
        K::Other => pb::TokenKind::Other,
    }
}

fn quote_type(k: core::QuoteType) -> pb::QuoteType {
    match k {
        core::QuoteType::Direct => pb::QuoteType::Direct,
        core::QuoteType::Mixed => pb::QuoteType::Mixed,
        core::QuoteType::Indirect => pb::QuoteType::Indirect,
    }
}

fn mention_kind(k: core::MentionKind) -> pb::MentionKind {
    match k {
        core::MentionKind::Proper => pb::MentionKind::Proper,
        core::MentionKind::Nominal => pb::MentionKind::Nominal,
        core::MentionKind::Pronoun => pb::MentionKind::Pronoun,
    }
}

fn entity_type(k: core::EntityType) -> pb::EntityType {
    use core::EntityType as K;
    match k {
        K::Person => pb::EntityType::Person,
        K::Org => pb::EntityType::Org,
        K::Gpe => pb::EntityType::Gpe,
        K::Loc => pb::EntityType::Loc,
        K::Fac => pb::EntityType::Fac,
        K::Norp => pb::EntityType::Norp,
        K::Event => pb::EntityType::Event,
        K::Law => pb::EntityType::Law,
        K::WorkOfArt => pb::EntityType::WorkOfArt,
        K::Product => pb::EntityType::Product,
        K::Date => pb::EntityType::Date,
        K::Time => pb::EntityType::Time,
        K::Money => pb::EntityType::Money,
        K::Percent => pb::EntityType::Percent,
        K::Quantity => pb::EntityType::Quantity,
        K::Cardinal => pb::EntityType::Cardinal,
        K::Ordinal => pb::EntityType::Ordinal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(features: Vec<pb::Feature>, unit: pb::OffsetUnit) -> pb::AnalyzeOptions {
        pb::AnalyzeOptions {
            features: features.into_iter().map(|f| f as i32).collect(),
            offset_unit: unit as i32,
            ..Default::default()
        }
    }

    #[test]
    fn unspecified_unit_is_rejected_naming_the_field() {
        let e = analyze_options(Some(&opts(vec![pb::Feature::Quotes], pb::OffsetUnit::Unspecified)), "options")
            .unwrap_err();
        assert!(e.to_string().starts_with("options.offset_unit"), "{e}");
    }

    #[test]
    fn empty_and_unknown_features_are_rejected() {
        assert!(analyze_options(Some(&opts(vec![], pb::OffsetUnit::Utf8)), "options").is_err());
        let mut o = opts(vec![pb::Feature::Quotes], pb::OffsetUnit::Utf8);
        o.features.push(42);
        assert!(analyze_options(Some(&o), "options").unwrap_err().to_string().contains("42"));
        assert!(analyze_options(None, "options").is_err());
    }

    fn engine() -> &'static core::Engine {
        static ENGINE: std::sync::OnceLock<core::Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(|| core::Engine::embedded().expect("embedded models"))
    }

    /// The text at `span` read in `unit`.
    fn slice(text: &str, span: &pb::Span, unit: OffsetUnit) -> String {
        let (s, e) = (span.start as usize, span.end as usize);
        match unit {
            OffsetUnit::Utf8 => text[s..e].to_string(),
            OffsetUnit::CodePoint => text.chars().skip(s).take(e - s).collect(),
            OffsetUnit::Utf16 => String::from_utf16(&text.encode_utf16().collect::<Vec<_>>()[s..e]).unwrap(),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Arbitrary bytes as a request: decoding and validation never panic.
        #[test]
        fn any_request_bytes_validate_or_fail_typed(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
            use prost::Message;
            if let Ok(req) = pb::AnalyzeRequest::decode(&bytes[..]) {
                if let (Ok(spec), Ok(doc)) = (analyze_options(req.options.as_ref(), "options"), document(req.document, 4096)) {
                    let c = crate::pool::analyze(engine(), &doc.text, &spec).expect("validated input analyses");
                    let _ = c;
                }
            }
        }

        /// Whatever the unit, every converted span reads back the text the core meant.
        #[test]
        fn converted_spans_read_back_through_the_text(text in "[ a-zA-Z\\.,\"“”‘’é😀中\n]{1,300}", unit in 0usize..3) {
            let unit = [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::CodePoint][unit];
            if text.trim().is_empty() {
                return Ok(());
            }
            let options = core::Options { tokens: true, ..core::Options::default() };
            let a = engine().analyze(&text, &options).unwrap();
            let c = analysis(&text, &a, &JobSpec { options, unit });
            let seg = c.segmentation.unwrap();
            for (t, ct) in seg.tokens.iter().zip(&a.segmentation.tokens) {
                proptest::prop_assert_eq!(slice(&text, t.span.as_ref().unwrap(), unit), &text[ct.span.range()]);
            }
            for e in &c.entities {
                for m in &e.mentions {
                    proptest::prop_assert_eq!(slice(&text, m.span.as_ref().unwrap(), unit), m.text.clone());
                }
            }
            for (q, cq) in c.quotes.iter().zip(&a.quotes) {
                proptest::prop_assert_eq!(slice(&text, q.span.as_ref().unwrap(), unit), &text[cq.span.range()]);
            }
        }
    }

    #[test]
    fn entity_ids_are_scoped_by_document_id() {
        let text = "“We will rebuild,” said Mayor Jon Malloy. Malloy left.";
        let spec = JobSpec { options: core::Options::default(), unit: OffsetUnit::Utf8 };
        let mut c = analysis(text, &engine().analyze(text, &spec.options).unwrap(), &spec);
        let before = c.entities.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert!(before.iter().all(|id| id.starts_with('e')));
        scope_ids(&mut c, "story-17");
        assert!(c.entities.iter().all(|e| e.id.starts_with("story-17#e")), "{:?}", c.entities);
        let spk = c.quotes[0].speaker.as_ref().unwrap();
        assert!(c.entities.iter().any(|e| e.id == spk.entity_id), "speaker links still resolve");
        let mut unnamed = c.clone();
        scope_ids(&mut unnamed, "");
        assert_eq!(unnamed, c);
    }

    #[test]
    fn entity_id_numbers_from_one() {
        for (i, id) in [(0, "e1"), (8, "e9"), (9, "e10"), (122, "e123"), (usize::MAX - 1, "e18446744073709551615")] {
            assert_eq!(entity_id(i), id);
        }
    }

    #[test]
    fn document_limits() {
        let d = |t: &str| Some(pb::Document { id: "a".into(), text: t.into() });
        assert!(matches!(document(d(" \n\t"), 100), Err(ApiError::EmptyText)));
        assert!(matches!(document(d("abcdef"), 3), Err(ApiError::TextTooLarge { len: 6, limit: 3 })));
        assert!(matches!(document(None, 3), Err(ApiError::Missing { .. })));
        assert!(document(d("ok"), 3).is_ok());
    }
}
