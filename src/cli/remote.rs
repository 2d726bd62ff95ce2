//! `lede analyze --remote URL`: the same job through a server's `AnalyzeStream`.
//! Input order is kept: local error results (bad records) are interleaved with the
//! server's in-order results by position. If the stream breaks, every document not yet
//! answered still gets an error line (UNAVAILABLE) and the command exits non-zero.

use anyhow::Context as _;
use tokio::sync::mpsc;
use tokio_stream::{wrappers::ReceiverStream, StreamExt};
use tonic::codec::CompressionEncoding;

use super::{bad_result, input, AnalyzeArgs, Numbered, Sink};
use crate::convert::JobSpec;
use crate::offsets::OffsetUnit;
use crate::proto::{google::rpc, lede::v1 as pb};

/// What the writer expects next, in input order.
enum Expect {
    /// A local error result, ready.
    Local(pb::DocumentResult),
    /// The server's answer for the document at `seq`.
    Remote { seq: u64, id: String, bytes: usize },
}

fn options(spec: &JobSpec) -> pb::AnalyzeOptions {
    let f = spec.options.features;
    let mut features = Vec::new();
    if f.segmentation {
        features.push(pb::Feature::Segmentation as i32);
    }
    if f.quotes {
        features.push(pb::Feature::Quotes as i32);
    }
    if f.entities {
        features.push(pb::Feature::Entities as i32);
    }
    pb::AnalyzeOptions {
        features,
        offset_unit: match spec.unit {
            OffsetUnit::Utf8 => pb::OffsetUnit::Utf8,
            OffsetUnit::Utf16 => pb::OffsetUnit::Utf16,
            OffsetUnit::CodePoint => pb::OffsetUnit::Codepoint,
        } as i32,
        include_tokens: spec.options.tokens,
        include_boilerplate: spec.options.include_boilerplate,
        min_quote_confidence: spec.options.min_quote_confidence,
    }
}

pub(super) fn run(args: &AnalyzeArgs, url: &str, spec: JobSpec, sink: &mut Sink) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    rt.block_on(run_async(args, url.to_string(), spec, sink))
}

async fn run_async(args: &AnalyzeArgs, url: String, spec: JobSpec, sink: &mut Sink) -> anyhow::Result<()> {
    let endpoint = tonic::transport::Endpoint::from_shared(url.clone())
        .with_context(|| format!("--remote {url:?} is not a URL"))?;
    let channel = endpoint.connect().await.with_context(|| format!("cannot connect to --remote {url}"))?;
    let mut client = pb::lede_service_client::LedeServiceClient::new(channel)
        .max_decoding_message_size(usize::MAX)
        .send_compressed(CompressionEncoding::Gzip)
        .accept_compressed(CompressionEncoding::Gzip);

    let (req_tx, req_rx) = mpsc::channel::<pb::AnalyzeStreamRequest>(64);
    let (exp_tx, mut exp_rx) = mpsc::unbounded_channel::<Expect>();
    let files = args.files.clone();
    let format = args.format;
    let a = args.clone();
    let first_options = options(&spec);
    let reader = std::thread::Builder::new().name("lede-reader".into()).spawn(move || {
        let mut seq = 0u64;
        let mut first = true;
        input::read_all(&files, format, |record| {
            let s = seq;
            seq += 1;
            if !a.keep(s) {
                return true;
            }
            let n = Numbered { seq: s, record };
            match n.record {
                input::Record::Bad { id, reason } => exp_tx.send(Expect::Local(bad_result(n.seq, id, reason))).is_ok(),
                input::Record::Doc(d) => {
                    let _ = exp_tx.send(Expect::Remote { seq: n.seq, id: d.id.clone(), bytes: d.text.len() });
                    let req = pb::AnalyzeStreamRequest {
                        document: Some(pb::Document { id: d.id, text: d.text }),
                        options: first.then(|| first_options.clone()),
                        unordered: false,
                    };
                    first = false;
                    req_tx.blocking_send(req).is_ok()
                }
            }
        })
    })?;

    let mut responses = client
        .analyze_stream(ReceiverStream::new(req_rx))
        .await
        .with_context(|| format!("AnalyzeStream on {url} failed"))?
        .into_inner();
    let mut broken: Option<tonic::Status> = None;
    while let Some(exp) = exp_rx.recv().await {
        match exp {
            Expect::Local(r) => sink.write(&r, 0)?,
            Expect::Remote { seq, id, bytes } => {
                let got = if broken.is_none() { responses.next().await } else { None };
                let result = match got {
                    Some(Ok(pb::AnalyzeStreamResponse { result: Some(mut r) })) if r.id == id => {
                        r.sequence = seq;
                        r
                    }
                    Some(Ok(other)) => {
                        broken = Some(tonic::Status::internal(format!(
                            "the server answered out of order (expected id {id:?}, got {:?})",
                            other.result.map(|r| r.id)
                        )));
                        unanswered(seq, id, broken.as_ref())
                    }
                    Some(Err(status)) => {
                        broken = Some(status);
                        unanswered(seq, id, broken.as_ref())
                    }
                    None => {
                        if broken.is_none() {
                            broken = Some(tonic::Status::unavailable("the server closed the stream early"));
                        }
                        unanswered(seq, id, broken.as_ref())
                    }
                };
                let b = if result.error.is_none() { bytes } else { 0 };
                sink.write(&result, b)?;
            }
        }
    }
    reader.join().map_err(|_| anyhow::anyhow!("the input reader panicked"))??;
    if let Some(s) = broken {
        anyhow::bail!(
            "the stream to {url} broke ({:?}: {}); the documents after it have error results",
            s.code(),
            s.message()
        );
    }
    Ok(())
}

fn unanswered(seq: u64, id: String, cause: Option<&tonic::Status>) -> pb::DocumentResult {
    let msg =
        cause.map_or_else(|| "no answer".to_string(), |s| format!("not analysed: {:?}: {}", s.code(), s.message()));
    pb::DocumentResult {
        id,
        sequence: seq,
        error: Some(rpc::Status { code: tonic::Code::Unavailable as i32, message: msg, details: Vec::new() }),
        ..Default::default()
    }
}
