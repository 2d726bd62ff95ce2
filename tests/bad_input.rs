//! Hostile and unusual input through the real server: each case gets a result with valid
//! spans or a typed error, never a panic or a hang. (The table in docs/reliability.md
//! lists these cases and what they give.)

mod common;

use lede::proto::lede::v1::{self as pb, lede_service_client::LedeServiceClient};
use tonic::{transport::Channel, Code};

async fn start() -> (lede::server::Running, LedeServiceClient<Channel>) {
    let srv = common::start_server(&[]).await;
    let c = LedeServiceClient::connect(format!("http://{}", srv.addr))
        .await
        .unwrap()
        .max_decoding_message_size(usize::MAX)
        .max_encoding_message_size(usize::MAX);
    (srv, c)
}

async fn analyze(c: &mut LedeServiceClient<Channel>, text: &str) -> Result<pb::AnalyzeResponse, tonic::Status> {
    let options = pb::AnalyzeOptions {
        features: vec![1, 2, 3],
        offset_unit: pb::OffsetUnit::Utf8 as i32,
        include_tokens: true,
        ..Default::default()
    };
    c.analyze(pb::AnalyzeRequest {
        document: Some(pb::Document { id: "x".into(), text: text.into() }),
        options: Some(options),
    })
    .await
    .map(|r| r.into_inner())
}

/// Every span is in bounds, on char boundaries, and lists are in order.
fn assert_valid(text: &str, r: &pb::AnalyzeResponse, case: &str) {
    let ok = |s: &Option<pb::Span>| {
        let s = s.expect("span set");
        let (a, b) = (s.start as usize, s.end as usize);
        assert!(a <= b && b <= text.len(), "{case}: span {a}..{b} out of bounds");
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b), "{case}: span {a}..{b} off char boundaries");
        (a, b)
    };
    let seg = r.segmentation.as_ref().expect("segmentation");
    for list in [
        seg.blocks.iter().map(|b| &b.span).collect::<Vec<_>>(),
        seg.sentences.iter().map(|s| &s.span).collect(),
        seg.tokens.iter().map(|t| &t.span).collect(),
    ] {
        let spans: Vec<_> = list.into_iter().map(ok).collect();
        assert!(spans.windows(2).all(|w| w[0].1 <= w[1].0), "{case}: spans overlap or are out of order");
    }
    for q in &r.quotes {
        ok(&q.span);
        q.parts.iter().for_each(|p| {
            ok(&Some(*p));
        });
    }
    for e in &r.entities {
        for m in &e.mentions {
            let (a, b) = ok(&m.span);
            assert_eq!(&text[a..b], m.text, "{case}: mention text");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_texts_give_valid_results() {
    let (srv, mut c) = start().await;
    let cases: Vec<(&str, String)> = vec![
        ("nul bytes", "Officials met.\0 The \0mayor said \"yes\".\0".to_string()),
        ("control characters", "Line\u{1}one.\u{7} Two\u{1b}[31m red.\u{8} End.".to_string()),
        (
            "mixed scripts and RTL",
            "Der Minister sagte: „Ja“. قال الوزير إن الخطة ناجحة. 外交部发言人华春莹说。 Mr. Smith agreed.".to_string(),
        ),
        ("emoji and combining marks", "Zoe\u{301} said 👩🏽‍🚀 “we land at noon.” Cafe\u{301}s 🇫🇷 closed.".to_string()),
        (
            "CRLF and lone CR",
            "Headline here\r\n\r\nFirst para. “Quote,” he said.\r\nSecond line.\rThird after lone CR.".to_string(),
        ),
        ("only quotation marks", "\"“”‘’«»".repeat(50_000)),
        ("100k-deep parentheses", format!("{}x{}", "(".repeat(100_000), ")".repeat(100_000))),
        ("1 MB without a space", "a".repeat(1 << 20)),
        ("1 MB of dots", ".".repeat(1 << 20)),
        ("abbreviations in a row", "Mr. Dr. St. Jan. U.S. a.m. ".repeat(20_000)),
        ("lone surrogate replacement char", "Text with \u{FFFD} replacement.".to_string()),
    ];
    for (case, text) in &cases {
        let r = analyze(&mut c, text).await.unwrap_or_else(|e| panic!("{case}: {e:?}"));
        assert_valid(text, &r, case);
    }
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_inputs_get_typed_errors() {
    let (srv, mut c) = start().await;
    for (case, text, code) in [
        ("empty", String::new(), Code::InvalidArgument),
        ("whitespace only", " \n\t\r\n ".to_string(), Code::InvalidArgument),
        ("over --max-text-bytes", "word ".repeat(2_200_000), Code::InvalidArgument),
        ("50 MB document, over --max-message-bytes", "x".repeat(50 << 20), Code::OutOfRange),
    ] {
        let e = analyze(&mut c, &text).await.expect_err(case);
        assert_eq!(e.code(), code, "{case}: {e:?}");
        assert!(!e.message().is_empty());
    }
    srv.shutdown();
    srv.wait().await.unwrap();
}
