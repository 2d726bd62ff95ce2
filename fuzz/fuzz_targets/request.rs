//! Fuzzes the protobuf-to-core path: arbitrary bytes decoded as an `AnalyzeRequest`,
//! validated (`lede::convert`), analysed and converted back with offsets in the unit the
//! request names. Asserts that validation fails with a typed error or the result's spans
//! are in bounds (in that unit) and ordered.
//!
//!     cargo +nightly fuzz run request -- -runs=10000000   (from the repository root)
#![no_main]

use libfuzzer_sys::fuzz_target;
use prost::Message;

use lede::{convert, offsets::OffsetUnit, proto::lede::v1 as pb};

fn engine() -> &'static lede_core::Engine {
    static ENGINE: std::sync::OnceLock<lede_core::Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| lede_core::Engine::embedded().expect("embedded models"))
}

fn len_in(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => text.len(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
        OffsetUnit::CodePoint => text.chars().count(),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(req) = pb::AnalyzeRequest::decode(data) else { return };
    let (Ok(spec), Ok(doc)) = (convert::analyze_options(req.options.as_ref(), "options"), convert::document(req.document, 1 << 16))
    else {
        return;
    };
    let c = lede::pool::analyze(engine(), &doc.text, &spec).expect("validated input analyses");
    let n = len_in(&doc.text, spec.unit) as u32;
    let ok = |s: &Option<pb::Span>| {
        let s = s.expect("span set");
        assert!(s.start <= s.end && s.end <= n, "span {s:?} out of 0..{n}");
        s
    };
    if let Some(seg) = &c.segmentation {
        let spans: Vec<_> = seg.sentences.iter().map(|s| ok(&s.span)).collect();
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        seg.blocks.iter().for_each(|b| {
            ok(&b.span);
        });
        seg.tokens.iter().for_each(|t| {
            ok(&t.span);
        });
    }
    for q in &c.quotes {
        ok(&q.span);
    }
    for e in &c.entities {
        for m in &e.mentions {
            ok(&m.span);
        }
    }
});
