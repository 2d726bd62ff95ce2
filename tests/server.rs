//! End-to-end tests: the real server on 127.0.0.1:0, called with tonic clients.
//! Every RPC, a stream with a bad document in the middle, streams of many documents sent
//! at once (analysed in batches: order, bad documents among good ones, unordered),
//! health, reflection v1 and v1alpha, deadlines, size limits, load shedding, gzip,
//! metrics and the drain.

use std::{sync::Arc, time::Duration};

mod common;

use lede::proto::lede::v1::{self as pb, lede_service_client::LedeServiceClient};
use tonic::{codec::CompressionEncoding, transport::Channel, Code};
use tonic_types::StatusExt;

/// A fictional article (our own text) with non-ASCII characters before the spans, so
/// that the three offset units differ.
const ARTICLE: &str = "Zoë’s café reopens 😀 after the flood\n\n\
By Ana Pérez\n\n\
The mayor of Riverton, Jon Malloy, visited the café on Monday. \
“We will rebuild every street,” Malloy said. “Nobody is leaving.”\n\n\
Local officials said the repairs would take a year.\n";

async fn start(extra: &[&str]) -> (lede::server::Running, Channel) {
    let running = common::start_server(extra).await;
    let channel = Channel::from_shared(format!("http://{}", running.addr)).unwrap().connect().await.expect("connects");
    (running, channel)
}

fn client(ch: &Channel) -> LedeServiceClient<Channel> {
    LedeServiceClient::new(ch.clone()).max_decoding_message_size(64 << 20).max_encoding_message_size(64 << 20)
}

fn doc(id: &str, text: &str) -> Option<pb::Document> {
    Some(pb::Document { id: id.into(), text: text.into() })
}

fn all_features() -> Vec<i32> {
    vec![pb::Feature::Segmentation as i32, pb::Feature::Quotes as i32, pb::Feature::Entities as i32]
}

fn options(unit: pb::OffsetUnit) -> Option<pb::AnalyzeOptions> {
    Some(pb::AnalyzeOptions {
        features: all_features(),
        offset_unit: unit as i32,
        include_tokens: true,
        ..Default::default()
    })
}

/// The substring of `text` at `span`, reading the span in `unit`.
fn slice(text: &str, span: &pb::Span, unit: pb::OffsetUnit) -> String {
    let (s, e) = (span.start as usize, span.end as usize);
    match unit {
        pb::OffsetUnit::Utf8 => text[s..e].to_string(),
        pb::OffsetUnit::Codepoint => text.chars().skip(s).take(e - s).collect(),
        pb::OffsetUnit::Utf16 => {
            let u: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&u[s..e]).expect("span on UTF-16 boundaries")
        }
        pb::OffsetUnit::Unspecified => unreachable!(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn analyze_offsets_in_all_three_units_point_at_the_same_text() {
    let (srv, ch) = start(&[]).await;
    let mut c = client(&ch);
    let mut by_unit = Vec::new();
    for unit in [pb::OffsetUnit::Utf8, pb::OffsetUnit::Utf16, pb::OffsetUnit::Codepoint] {
        let r = c
            .analyze(pb::AnalyzeRequest { document: doc("a1", ARTICLE), options: options(unit) })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(r.id, "a1");
        let seg = r.segmentation.expect("segmentation asked for");
        assert!(!seg.blocks.is_empty() && !seg.sentences.is_empty() && !seg.tokens.is_empty());
        let sentences: Vec<String> =
            seg.sentences.iter().map(|s| slice(ARTICLE, s.span.as_ref().unwrap(), unit)).collect();
        assert!(sentences.iter().any(|s| s.starts_with("The mayor of Riverton")), "{sentences:?}");
        let tokens: Vec<String> = seg.tokens.iter().map(|t| slice(ARTICLE, t.span.as_ref().unwrap(), unit)).collect();
        assert!(tokens.contains(&"😀".to_string()) || tokens.contains(&"café".to_string()), "{tokens:?}");
        for e in &r.entities {
            for m in &e.mentions {
                assert_eq!(slice(ARTICLE, m.span.as_ref().unwrap(), unit), m.text, "mention text matches its span");
            }
        }
        for q in &r.quotes {
            let s = slice(ARTICLE, q.span.as_ref().unwrap(), unit);
            assert!(ARTICLE.contains(&s));
            if let Some(sp) = &q.speaker {
                assert_eq!(slice(ARTICLE, sp.span.as_ref().unwrap(), unit), sp.text);
            }
        }
        let quoted: Vec<String> = r.quotes.iter().map(|q| slice(ARTICLE, q.span.as_ref().unwrap(), unit)).collect();
        assert!(quoted.iter().any(|q| q.contains("We will rebuild every street")), "{quoted:?}");
        by_unit.push((sentences, tokens, quoted));
    }
    // The same text is found whatever the unit.
    assert_eq!(by_unit[0], by_unit[1]);
    assert_eq!(by_unit[0], by_unit[2]);
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn segment_quotes_and_entities_rpcs() {
    let (srv, ch) = start(&[]).await;
    let mut c = client(&ch);
    let unit = pb::OffsetUnit::Codepoint as i32;
    let s = c
        .segment(pb::SegmentRequest { document: doc("s", ARTICLE), offset_unit: unit, include_tokens: false })
        .await
        .unwrap()
        .into_inner();
    let seg = s.segmentation.unwrap();
    assert!(seg.tokens.is_empty(), "tokens only when asked");
    assert!(seg.blocks.len() >= 3);
    assert!(seg.sentences.windows(2).all(|w| w[0].span.unwrap().end <= w[1].span.unwrap().start));

    let q = c
        .extract_quotes(pb::ExtractQuotesRequest {
            document: doc("q", ARTICLE),
            offset_unit: unit,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(q.id, "q");
    let direct = q.quotes.iter().find(|q| q.r#type == pb::QuoteType::Direct as i32).expect("a direct quote");
    let speaker = direct.speaker.as_ref().expect("the quote has a speaker");
    assert!(speaker.text.contains("Malloy"), "{speaker:?}");

    let e = c
        .extract_entities(pb::ExtractEntitiesRequest {
            document: doc("e", ARTICLE),
            offset_unit: unit,
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();
    let malloy = e.entities.iter().find(|e| e.canonical_name == "Jon Malloy").expect("Jon Malloy is an entity");
    assert_eq!(malloy.r#type, pb::EntityType::Person as i32);
    assert!(malloy.mentions.len() >= 2, "“Malloy” groups under “Jon Malloy”: {malloy:?}");
    assert_eq!(
        malloy.id,
        "e#e".to_string() + &(e.entities.iter().position(|x| x.id == malloy.id).unwrap() + 1).to_string()
    );
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_get_typed_errors_with_details() {
    let (srv, ch) = start(&["--max-text-bytes", "1000", "--max-message-bytes", "4000"]).await;
    let mut c = client(&ch);
    let unit = pb::OffsetUnit::Utf8 as i32;

    let e = c
        .segment(pb::SegmentRequest { document: doc("x", "  \n "), offset_unit: unit, ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    assert_eq!(e.get_error_details().bad_request().unwrap().field_violations[0].field, "document.text");

    let e = c
        .segment(pb::SegmentRequest { document: doc("x", "Fine text."), offset_unit: 0, ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    assert!(e.message().contains("offset_unit"), "{}", e.message());

    let e = c
        .segment(pb::SegmentRequest { document: doc("x", "Fine text."), offset_unit: 99, ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);

    let e = c
        .analyze(pb::AnalyzeRequest {
            document: doc("x", "Fine text."),
            options: Some(pb::AnalyzeOptions { offset_unit: unit, ..Default::default() }),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    assert!(e.message().contains("features"), "{}", e.message());

    // Over the text limit: the error names the limit.
    let big = "word ".repeat(300);
    let e = c
        .segment(pb::SegmentRequest { document: doc("x", &big), offset_unit: unit, ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::InvalidArgument);
    assert!(e.message().contains("1000"), "{}", e.message());
    assert_eq!(e.get_error_details().error_info().unwrap().reason, "TEXT_TOO_LARGE");

    // Over the message limit: refused before decoding, naming the limit.
    let huge = "word ".repeat(2000);
    let e = c
        .segment(pb::SegmentRequest { document: doc("x", &huge), offset_unit: unit, ..Default::default() })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::OutOfRange, "{e:?}");
    assert!(e.message().contains("4000"), "{}", e.message());
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_answers_every_document_once_in_order_and_a_bad_one_fails_alone() {
    let (srv, ch) = start(&[]).await;
    let mut c = client(&ch);
    let n = 200;
    let mut reqs = Vec::new();
    for i in 0..n {
        let text = if i == 77 { String::new() } else { format!("Story {i}. “It works,” said Jane Roe. {ARTICLE}") };
        let id = if i == 120 { "d-5".to_string() } else { format!("d-{i}") }; // 120 repeats id d-5
        reqs.push(pb::AnalyzeStreamRequest {
            document: doc(&id, &text),
            options: (i == 0).then(|| options(pb::OffsetUnit::Codepoint)).flatten(),
            unordered: false,
        });
    }
    let mut out = c.analyze_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner();
    let mut results = Vec::new();
    while let Some(r) = out.message().await.unwrap() {
        results.push(r.result.unwrap());
    }
    assert_eq!(results.len(), n);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r.sequence, i as u64, "in order");
        match i {
            77 => {
                let e = r.error.as_ref().expect("empty text fails");
                assert_eq!(e.code, Code::InvalidArgument as i32);
                assert_eq!(r.id, "d-77");
            }
            120 => assert!(r.error.as_ref().expect("duplicate id fails").message.contains("d-5")),
            _ => {
                assert!(r.error.is_none(), "doc {i}: {:?}", r.error);
                assert!(!r.entities.is_empty() && r.segmentation.is_some());
            }
        }
    }
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unordered_stream_and_missing_options() {
    let (srv, ch) = start(&[]).await;
    let mut c = client(&ch);
    let reqs: Vec<_> = (0..50)
        .map(|i| pb::AnalyzeStreamRequest {
            document: doc(&format!("u{i}"), &"Short one. ".repeat(1 + (i % 7) * 200)),
            options: (i == 0).then(|| options(pb::OffsetUnit::Utf16)).flatten(),
            unordered: true,
        })
        .collect();
    let mut out = c.analyze_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner();
    let mut ids = Vec::new();
    while let Some(r) = out.message().await.unwrap() {
        let r = r.result.unwrap();
        assert!(r.error.is_none());
        ids.push(r.id);
    }
    ids.sort();
    let mut want: Vec<String> = (0..50).map(|i| format!("u{i}")).collect();
    want.sort();
    assert_eq!(ids, want, "every document exactly once");

    // No options on the first message: every document says why.
    let reqs = vec![pb::AnalyzeStreamRequest { document: doc("n1", "Text."), options: None, unordered: false }];
    let mut out = c.analyze_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner();
    let r = out.message().await.unwrap().unwrap().result.unwrap();
    assert!(r.error.unwrap().message.contains("options"));
    srv.shutdown();
    srv.wait().await.unwrap();
}

/// A short article of its own for document `i`, with non-ASCII text so that the offset
/// units differ.
fn story(i: usize) -> String {
    format!("Zoë Park {i} said the café on Dock Street {i} would reopen. “We are ready,” said Ana Pérez.\n")
}

/// Reads a whole stream of results.
async fn results(mut out: tonic::Streaming<pb::AnalyzeStreamResponse>) -> Vec<pb::DocumentResult> {
    let mut results = Vec::new();
    while let Some(r) = out.message().await.unwrap() {
        results.push(r.result.unwrap());
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_small_documents_sent_at_once_come_back_in_order_each_with_its_own_analysis() {
    // One pool thread and a wide window: the server analyses these in batches of up to 32.
    let (srv, ch) = start(&["--workers", "1", "--stream-window", "64"]).await;
    let mut c = client(&ch);
    let units = [pb::OffsetUnit::Utf8, pb::OffsetUnit::Utf16, pb::OffsetUnit::Codepoint];
    let n = 300;
    // The options change every 7 documents, so batches mix them.
    let unit = |i: usize| units[(i / 7) % 3];
    let reqs: Vec<_> = (0..n)
        .map(|i| pb::AnalyzeStreamRequest {
            document: doc(&format!("s{i}"), &story(i)),
            options: (i % 7 == 0).then(|| options(unit(i))).flatten(),
            unordered: false,
        })
        .collect();
    let results = results(c.analyze_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner()).await;
    assert_eq!(results.len(), n);
    for (i, r) in results.iter().enumerate() {
        assert_eq!((r.sequence, r.id.as_str()), (i as u64, format!("s{i}").as_str()), "in input order");
        assert!(r.error.is_none(), "doc {i}: {:?}", r.error);
        // The same as a unary call on that document alone, with the options in force.
        let want = c
            .analyze(pb::AnalyzeRequest { document: doc(&r.id, &story(i)), options: options(unit(i)) })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(r.segmentation, want.segmentation, "doc {i}");
        assert_eq!(r.quotes, want.quotes, "doc {i}");
        assert_eq!(r.entities, want.entities, "doc {i}");
        assert!(r.entities.iter().all(|e| e.id.starts_with(&format!("s{i}#"))), "ids scoped to their document");
    }
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_documents_among_a_batch_fail_alone_while_their_neighbours_succeed() {
    let (srv, ch) = start(&["--workers", "1", "--stream-window", "64", "--max-text-bytes", "2000"]).await;
    let mut c = client(&ch);
    let n = 150;
    let mut reqs = Vec::new();
    for i in 0..n {
        let mut r = pb::AnalyzeStreamRequest {
            document: doc(&format!("b{i}"), &story(i)),
            options: (i == 0).then(|| options(pb::OffsetUnit::Utf8)).flatten(),
            unordered: false,
        };
        match i {
            5 => r.document = doc("b5", ""),
            6 => r.document = doc("b6", " \n\t "),
            31 => r.document = doc("b31", &story(31).repeat(40)),
            32 => r.document = doc("", &story(32)),
            33 => r.document = doc("b2", &story(33)),
            64 => r.document = None,
            // Bad options fail the documents until good ones come again.
            90 => r.options = Some(pb::AnalyzeOptions { features: vec![], ..options(pb::OffsetUnit::Utf8).unwrap() }),
            95 => r.options = options(pb::OffsetUnit::Utf16),
            _ => {}
        }
        reqs.push(r);
    }
    let results = results(c.analyze_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner()).await;
    assert_eq!(results.len(), n);
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r.sequence, i as u64, "in input order");
        let code = r.error.as_ref().map(|e| Code::from(e.code));
        match i {
            5 | 6 | 32 | 64 | 90..=94 => assert_eq!(code, Some(Code::InvalidArgument), "doc {i}: {:?}", r.error),
            31 => assert!(
                r.error.as_ref().expect("too large fails").message.contains("--max-text-bytes"),
                "{:?}",
                r.error
            ),
            33 => assert!(r.error.as_ref().expect("a repeated id fails").message.contains("b2"), "{:?}", r.error),
            _ => {
                assert_eq!(code, None, "doc {i}: {:?}", r.error);
                assert_eq!(r.id, format!("b{i}"));
                assert!(r.segmentation.is_some(), "doc {i}");
                let own = i.to_string();
                assert!(r.entities.iter().any(|e| e.canonical_name == own), "doc {i}: the analysis of its own text");
            }
        }
    }
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unordered_stream_of_many_documents_answers_each_exactly_once() {
    // Two pool threads, so batches can finish out of order.
    let (srv, ch) = start(&["--workers", "2", "--stream-window", "32"]).await;
    let mut c = client(&ch);
    let n = 400;
    let text = |i: usize| if i % 50 == 49 { "Short one. ".repeat(4_000) } else { story(i) };
    let reqs: Vec<_> = (0..n)
        .map(|i| pb::AnalyzeStreamRequest {
            document: doc(&format!("u{i}"), &if i == 123 { String::new() } else { text(i) }),
            options: (i == 0).then(|| options(pb::OffsetUnit::Codepoint)).flatten(),
            unordered: true,
        })
        .collect();
    let results = results(c.analyze_stream(tokio_stream::iter(reqs)).await.unwrap().into_inner()).await;
    assert_eq!(results.len(), n);
    let mut seen = vec![false; n];
    for r in &results {
        let i = r.sequence as usize;
        assert!(!std::mem::replace(&mut seen[i], true), "document {i} answered twice");
        assert_eq!(r.id, format!("u{i}"), "the result carries its own document's id");
        assert_eq!(r.error.is_some(), i == 123, "doc {i}: {:?}", r.error);
        if i != 123 {
            let sentences = &r.segmentation.as_ref().unwrap().sentences;
            let last = sentences.last().unwrap().span.as_ref().unwrap();
            assert_eq!(last.end as usize, text(i).trim_end().chars().count(), "doc {i}: spans of its own text");
        }
    }
    assert!(seen.iter().all(|&s| s), "every document answered");
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_reflection_and_gzip() {
    use tonic_health::pb::{health_check_response::ServingStatus, health_client::HealthClient, HealthCheckRequest};
    let (srv, ch) = start(&[]).await;
    let mut h = HealthClient::new(ch.clone());
    for name in ["", "liveness", "lede.v1.LedeService"] {
        let r = h.check(HealthCheckRequest { service: name.into() }).await.unwrap().into_inner();
        assert_eq!(r.status, ServingStatus::Serving as i32, "{name:?}");
    }

    {
        use tonic_reflection::pb::v1::{
            server_reflection_client::ServerReflectionClient, server_reflection_request::MessageRequest,
            server_reflection_response::MessageResponse, ServerReflectionRequest,
        };
        let mut r = ServerReflectionClient::new(ch.clone());
        let req = ServerReflectionRequest {
            host: String::new(),
            message_request: Some(MessageRequest::ListServices(String::new())),
        };
        let mut s = r.server_reflection_info(tokio_stream::iter(vec![req])).await.unwrap().into_inner();
        let Some(MessageResponse::ListServicesResponse(l)) = s.message().await.unwrap().unwrap().message_response
        else {
            panic!()
        };
        assert!(l.service.iter().any(|s| s.name == "lede.v1.LedeService"), "{l:?}");
    }
    {
        use tonic_reflection::pb::v1alpha::{
            server_reflection_client::ServerReflectionClient, server_reflection_request::MessageRequest,
            server_reflection_response::MessageResponse, ServerReflectionRequest,
        };
        let mut r = ServerReflectionClient::new(ch.clone());
        let req = ServerReflectionRequest {
            host: String::new(),
            message_request: Some(MessageRequest::ListServices(String::new())),
        };
        let mut s = r.server_reflection_info(tokio_stream::iter(vec![req])).await.unwrap().into_inner();
        let Some(MessageResponse::ListServicesResponse(l)) = s.message().await.unwrap().unwrap().message_response
        else {
            panic!()
        };
        assert!(l.service.iter().any(|s| s.name == "lede.v1.LedeService"), "{l:?}");
    }

    let mut gz = client(&ch).send_compressed(CompressionEncoding::Gzip).accept_compressed(CompressionEncoding::Gzip);
    let r = gz
        .extract_entities(pb::ExtractEntitiesRequest {
            document: doc("g", ARTICLE),
            offset_unit: 1,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(!r.into_inner().entities.is_empty());
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deadline_exceeded_when_the_request_timeout_passes() {
    // The server's own limit for calls without grpc-timeout (a client that sends
    // grpc-timeout also enforces it itself; the layer's header path is unit-tested).
    let (srv, ch) = start(&["--workers", "1", "--request-timeout", "0.005"]).await;
    let mut c = client(&ch);
    let text = "The minister said the plan would work. “It will,” Smith said. ".repeat(60_000); // ~4 MB
    let e = c
        .analyze(pb::AnalyzeRequest { document: doc("slow", &text), options: options(pb::OffsetUnit::Utf8) })
        .await
        .unwrap_err();
    assert_eq!(e.code(), Code::DeadlineExceeded, "{e:?}");
    assert!(e.message().contains("--request-timeout"), "{}", e.message());
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overload_is_shed_with_resource_exhausted_and_retry_info() {
    let (srv, ch) = start(&["--workers", "1", "--max-concurrency", "1"]).await;
    let text = Arc::new("Officials said the bridge would open in May. “Soon,” said Lee Park. ".repeat(20_000));
    let mut tasks = Vec::new();
    for i in 0..8 {
        let mut c = client(&ch);
        let text = text.clone();
        tasks.push(tokio::spawn(async move {
            c.analyze(pb::AnalyzeRequest {
                document: doc(&format!("o{i}"), &text),
                options: options(pb::OffsetUnit::Utf8),
            })
            .await
        }));
    }
    let mut shed = 0;
    let mut ok = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => ok += 1,
            Err(e) => {
                assert_eq!(e.code(), Code::ResourceExhausted, "{e:?}");
                assert!(e.get_error_details().retry_info().is_some());
                shed += 1;
            }
        }
    }
    assert!(ok >= 1 && shed >= 1, "ok {ok}, shed {shed}");
    // Recovers as soon as load drops.
    let mut c = client(&ch);
    assert!(c
        .segment(pb::SegmentRequest { document: doc("after", "Back. Again."), offset_unit: 1, ..Default::default() })
        .await
        .is_ok());
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_that_would_wait_past_max_queue_delay_is_shed_at_once() {
    let (srv, ch) = start(&["--workers", "1", "--max-queue-delay", "1"]).await;
    let para = "Officials said the bridge would open in May. “Soon,” said Lee Park. ";
    let analyze = |id: &'static str, text: String| {
        let mut c = client(&ch);
        async move {
            c.analyze(pb::AnalyzeRequest { document: doc(id, &text), options: options(pb::OffsetUnit::Utf8) }).await
        }
    };
    // One finished call teaches the server what an analysis costs (well over 1 ms here).
    analyze("seed", para.repeat(300)).await.unwrap();
    // One call runs on the only worker, a second waits for it: a third would wait longer
    // than 1 ms and is refused at once, with the reason and a retry hint.
    // Big enough to still be running 200 ms later in an optimised build too.
    let big = if cfg!(debug_assertions) { 3_000 } else { 30_000 };
    let running = tokio::spawn(analyze("a", para.repeat(big)));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let waiting = tokio::spawn(analyze("b", para.repeat(big)));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let t0 = std::time::Instant::now();
    let e = analyze("c", para.to_string()).await.unwrap_err();
    assert_eq!(e.code(), Code::ResourceExhausted, "{e:?}");
    assert!(e.message().contains("--max-queue-delay"), "{}", e.message());
    let det = e.get_error_details();
    assert!(det.retry_info().is_some());
    assert_eq!(det.error_info().unwrap().reason, "OVERLOADED");
    assert!(t0.elapsed() < Duration::from_secs(1), "shed at once, not after queueing");
    assert!(running.await.unwrap().is_ok());
    assert!(waiting.await.unwrap().is_ok());
    // The queue is gone: calls are admitted again.
    assert!(analyze("after", para.to_string()).await.is_ok());
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn extract_entities_lists_resolved_pronoun_mentions_when_asked() {
    let (srv, ch) = start(&[]).await;
    let text = "Harbour Board spokeswoman Mara Velden said on Tuesday that the vote would wait. \
                \"We need more time,\" she said.";
    let c = client(&ch);
    let ask = |resolved: bool| {
        let req = pb::ExtractEntitiesRequest {
            document: doc("r", text),
            offset_unit: pb::OffsetUnit::Utf8 as i32,
            include_resolved_mentions: resolved,
            ..Default::default()
        };
        let mut c = c.clone();
        async move { c.extract_entities(req).await.unwrap().into_inner() }
    };
    let kinds = |r: &pb::ExtractEntitiesResponse| -> Vec<(String, i32)> {
        let e = r.entities.iter().find(|e| e.canonical_name == "Mara Velden").expect("Mara Velden");
        e.mentions
            .iter()
            .map(|m| {
                let sp = m.span.as_ref().unwrap();
                (text[sp.start as usize..sp.end as usize].to_string(), m.kind)
            })
            .collect()
    };
    assert_eq!(kinds(&ask(false).await), vec![("Mara Velden".to_string(), pb::MentionKind::Proper as i32)]);
    assert_eq!(
        kinds(&ask(true).await),
        vec![
            ("Mara Velden".to_string(), pb::MentionKind::Proper as i32),
            ("she".to_string(), pb::MentionKind::Pronoun as i32)
        ]
    );
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_endpoint_counts_calls() {
    let (srv, ch) = start(&[]).await;
    let mut c = client(&ch);
    c.segment(pb::SegmentRequest { document: doc("m", "One. Two."), offset_unit: 1, ..Default::default() })
        .await
        .unwrap();
    let _ = c.segment(pb::SegmentRequest { document: doc("m", ""), offset_unit: 1, ..Default::default() }).await;
    let body = http_get(srv.metrics_addr, "/metrics").await;
    assert!(body.contains("lede_grpc_requests_total{method=\"Segment\",code=\"Ok\"} 1"), "{body}");
    assert!(body.contains("lede_grpc_requests_total{method=\"Segment\",code=\"InvalidArgument\"} 1"), "{body}");
    assert!(body.contains("lede_grpc_request_duration_seconds_bucket"), "{body}");
    assert!(body.contains("lede_documents_total{outcome=\"ok\"} 1"), "{body}");
    assert!(!body.contains("One. Two."), "no text in metrics");
    assert!(http_get(srv.metrics_addr, "/readyz").await.starts_with("HTTP/1.1 200"));
    srv.shutdown();
    srv.wait().await.unwrap();
}

async fn http_get(addr: std::net::SocketAddr, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drain_flips_health_and_ends_open_streams_after_documents_in_flight() {
    use tonic_health::pb::{health_check_response::ServingStatus, health_client::HealthClient, HealthCheckRequest};
    let (srv, ch) = start(&["--drain-delay", "2"]).await;
    let mut c = client(&ch);
    let (tx, rx) = tokio::sync::mpsc::channel(8);
    let mut out = c.analyze_stream(tokio_stream::wrappers::ReceiverStream::new(rx)).await.unwrap().into_inner();
    tx.send(pb::AnalyzeStreamRequest {
        document: doc("k0", ARTICLE),
        options: options(pb::OffsetUnit::Utf8),
        unordered: false,
    })
    .await
    .unwrap();
    let first = out.message().await.unwrap().unwrap().result.unwrap();
    assert_eq!(first.id, "k0");

    srv.shutdown();
    // Health flips on the open connection while the stream drains.
    let mut h = HealthClient::new(ch.clone());
    let mut flipped = false;
    for _ in 0..50 {
        let r = h.check(HealthCheckRequest { service: String::new() }).await.unwrap().into_inner();
        if r.status == ServingStatus::NotServing as i32 {
            flipped = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(flipped, "health \"\" turns NOT_SERVING while draining");
    let live = h.check(HealthCheckRequest { service: "liveness".into() }).await.unwrap().into_inner();
    assert_eq!(live.status, ServingStatus::Serving as i32);

    // The HTTP readiness probe says the same; liveness stays up.
    assert!(http_get(srv.metrics_addr, "/readyz").await.starts_with("HTTP/1.1 503"));
    assert!(http_get(srv.metrics_addr, "/healthz").await.starts_with("HTTP/1.1 200"));

    // The stream ends cleanly, naming the last document answered.
    let end = out.message().await.unwrap_err();
    assert_eq!(end.code(), Code::Unavailable);
    assert!(end.message().contains("\"k0\""), "{}", end.message());
    drop(tx);
    tokio::time::timeout(Duration::from_secs(10), srv.wait()).await.expect("drains within the grace period").unwrap();
}
