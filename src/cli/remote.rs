//! `lede analyze --remote URL`: the same job through a server's `AnalyzeStream`.
//!
//! Exactly one output line per input record, in input order: local error results (bad
//! records) are queued between the documents sent to the server, and a slot is written
//! when everything before it is written. Documents sent but not yet answered keep their
//! text; when the stream breaks (server restart, dropped connection, drain) the command
//! reconnects with exponential backoff and resends them, so every document is answered
//! once. When retries are exhausted, every document left gets an UNAVAILABLE error line
//! and the command exits non-zero.

use std::{collections::VecDeque, time::Duration};

use anyhow::Context as _;
use tokio::sync::mpsc;
use tokio_stream::wrappers::UnboundedReceiverStream;
use tonic::{codec::CompressionEncoding, Code};

use super::{bad_result, input, AnalyzeArgs, Sink};
use crate::convert::JobSpec;
use crate::offsets::OffsetUnit;
use crate::proto::{google::rpc, lede::v1 as pb};

/// Documents sent but unanswered, at most (their texts are kept for resending).
const WINDOW: usize = 256;
/// Reconnection attempts in a row before giving up.
const MAX_ATTEMPTS: u32 = 10;

/// One input record from the reader thread, in input order.
enum Item {
    Local(pb::DocumentResult),
    Doc { seq: u64, doc: pb::Document },
}

/// A place in the output.
enum Slot {
    Local(pb::DocumentResult),
    Remote { seq: u64, doc: pb::Document, answer: Option<pb::DocumentResult> },
}

fn options(spec: &JobSpec) -> pb::AnalyzeOptions {
    let f = spec.options.features;
    let features = [
        (f.segmentation, pb::Feature::Segmentation),
        (f.quotes, pb::Feature::Quotes),
        (f.entities, pb::Feature::Entities),
    ]
    .into_iter()
    .filter_map(|(on, feat)| on.then_some(feat as i32))
    .collect();
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
        include_resolved_mentions: spec.options.resolved_mentions,
    }
}

pub(super) fn run(args: &AnalyzeArgs, url: &str, spec: JobSpec, sink: &mut Sink) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    rt.block_on(run_async(args, url.to_string(), spec, sink))
}

/// Status codes after which reconnecting and resending can succeed.
fn retryable(code: Code) -> bool {
    matches!(
        code,
        Code::Unavailable | Code::ResourceExhausted | Code::Unknown | Code::Internal | Code::Aborted | Code::Cancelled
    )
}

/// The output queue and what the stream still owes.
struct Queue {
    slots: VecDeque<Slot>,
    unanswered: usize,
}

impl Queue {
    /// Writes every slot at the front that is ready.
    fn flush(&mut self, sink: &mut Sink) -> anyhow::Result<()> {
        loop {
            match self.slots.front_mut() {
                Some(Slot::Local(_)) => {
                    let Some(Slot::Local(r)) = self.slots.pop_front() else { unreachable!() };
                    sink.write(&r, 0)?;
                }
                Some(Slot::Remote { answer: Some(_), .. }) => {
                    let Some(Slot::Remote { answer: Some(r), doc, .. }) = self.slots.pop_front() else {
                        unreachable!()
                    };
                    sink.write(&r, if r.error.is_none() { doc.text.len() } else { 0 })?;
                }
                _ => return Ok(()),
            }
        }
    }

    /// Records the server's next answer (answers come in the order documents were sent).
    fn answer(&mut self, mut r: pb::DocumentResult) -> Result<(), String> {
        let slot = self.slots.iter_mut().find(|s| matches!(s, Slot::Remote { answer: None, .. }));
        match slot {
            Some(Slot::Remote { seq, doc, answer }) if doc.id == r.id => {
                r.sequence = *seq;
                *answer = Some(r);
                self.unanswered -= 1;
                Ok(())
            }
            Some(Slot::Remote { doc, .. }) => Err(format!("expected an answer for id {:?}, got {:?}", doc.id, r.id)),
            _ => Err(format!("an answer for id {:?} that was not asked for", r.id)),
        }
    }

    /// Unanswered documents, in order, to (re)send.
    fn to_resend(&self) -> Vec<pb::Document> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Remote { doc, answer: None, .. } => Some(doc.clone()),
                _ => None,
            })
            .collect()
    }

    /// Gives every unanswered document an error answer.
    fn fail_unanswered(&mut self, why: &str) {
        for s in &mut self.slots {
            if let Slot::Remote { seq, doc, answer: answer @ None } = s {
                *answer = Some(unanswered(*seq, doc.id.clone(), why));
            }
        }
        self.unanswered = 0;
    }
}

/// Adds the bearer token to every call.
#[derive(Clone)]
struct Bearer(Option<tonic::metadata::MetadataValue<tonic::metadata::Ascii>>);

impl tonic::service::Interceptor for Bearer {
    fn call(&mut self, mut req: tonic::Request<()>) -> Result<tonic::Request<()>, tonic::Status> {
        if let Some(v) = &self.0 {
            req.metadata_mut().insert("authorization", v.clone());
        }
        Ok(req)
    }
}

type Client = pb::lede_service_client::LedeServiceClient<
    tonic::service::interceptor::InterceptedService<tonic::transport::Channel, Bearer>,
>;

/// How to reach the server.
#[derive(Clone)]
struct Target {
    endpoint: tonic::transport::Endpoint,
    bearer: Bearer,
    gzip: bool,
}

fn target(args: &AnalyzeArgs, url: &str) -> anyhow::Result<Target> {
    let mut endpoint = tonic::transport::Endpoint::from_shared(url.to_string())
        .with_context(|| format!("--remote {url:?} is not a URL"))?
        .connect_timeout(Duration::from_secs(5));
    if url.starts_with("https://") {
        let tls = crate::tls::client(args.tls_ca.as_ref(), args.tls_cert.as_ref(), args.tls_key.as_ref())?;
        endpoint = endpoint.tls_config(tls).context("invalid TLS configuration")?;
    } else if args.tls_ca.is_some() || args.tls_cert.is_some() {
        anyhow::bail!("--tls-ca/--tls-cert need an https:// --remote URL");
    }
    let bearer = match args.token.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => Some(format!("Bearer {t}").parse().context("--token has characters not allowed in a header")?),
        None => None,
    };
    Ok(Target { endpoint, bearer: Bearer(bearer), gzip: args.gzip })
}

async fn connect(t: &Target) -> Result<Client, String> {
    let channel = t.endpoint.connect().await.map_err(|e| format!("cannot connect: {e}"))?;
    let client = pb::lede_service_client::LedeServiceClient::with_interceptor(channel, t.bearer.clone())
        .max_decoding_message_size(usize::MAX)
        .max_encoding_message_size(usize::MAX);
    Ok(if t.gzip {
        client.send_compressed(CompressionEncoding::Gzip).accept_compressed(CompressionEncoding::Gzip)
    } else {
        client
    })
}

async fn run_async(args: &AnalyzeArgs, url: String, spec: JobSpec, sink: &mut Sink) -> anyhow::Result<()> {
    let target = target(args, &url)?;
    let (item_tx, mut items) = mpsc::channel::<Item>(WINDOW);
    let files = args.files.clone();
    let format = args.format;
    let a = args.clone();
    let reader = std::thread::Builder::new().name("lede-reader".into()).spawn(move || {
        let mut seq = 0u64;
        input::read_all(&files, format, |record| {
            let s = seq;
            seq += 1;
            if !a.keep(s) {
                return true;
            }
            let item = match record {
                input::Record::Bad { id, reason } => Item::Local(bad_result(s, id, reason)),
                input::Record::Doc(d) => Item::Doc { seq: s, doc: pb::Document { id: d.id, text: d.text } },
            };
            item_tx.blocking_send(item).is_ok()
        })
    })?;

    let opts = options(&spec);
    let mut queue = Queue { slots: VecDeque::new(), unanswered: 0 };
    let mut input_done = false;
    let mut attempts = 0u32;
    let mut gave_up: Option<String> = None;
    'connection: while !(input_done && queue.unanswered == 0) {
        if let Some(why) = &gave_up {
            // No server: every document left gets an error line.
            queue.fail_unanswered(why);
            queue.flush(sink)?;
            match items.recv().await {
                Some(Item::Local(r)) => queue.slots.push_back(Slot::Local(r)),
                Some(Item::Doc { seq, doc }) => {
                    queue.slots.push_back(Slot::Remote { seq, doc, answer: None });
                    queue.unanswered += 1;
                }
                None => input_done = true,
            }
            continue;
        }
        if attempts > 0 {
            let backoff = Duration::from_millis(100u64 << attempts.min(6)).min(Duration::from_secs(5));
            tracing::warn!(attempt = attempts, backoff_ms = backoff.as_millis() as u64, "reconnecting to {url}");
            tokio::time::sleep(backoff).await;
        }
        let mut client = match connect(&target).await {
            Ok(c) => c,
            Err(e) => {
                attempts += 1;
                if attempts >= MAX_ATTEMPTS {
                    gave_up = Some(format!("{url}: {e} ({attempts} attempts)"));
                }
                continue;
            }
        };
        // Unbounded, but never more than WINDOW documents: new input is read only while
        // fewer than WINDOW are unanswered. Sending never waits, so reading answers never
        // stalls behind a full request stream.
        let (req_tx, req_rx) = mpsc::unbounded_channel::<pb::AnalyzeStreamRequest>();
        let mut first_sent = false;
        for doc in queue.to_resend() {
            let options = (!first_sent).then(|| opts.clone());
            first_sent = true;
            let _ = req_tx.send(pb::AnalyzeStreamRequest { document: Some(doc), options, unordered: false });
        }
        let mut responses = match client.analyze_stream(UnboundedReceiverStream::new(req_rx)).await {
            Ok(r) => r.into_inner(),
            Err(status) if retryable(status.code()) => {
                attempts += 1;
                if attempts >= MAX_ATTEMPTS {
                    gave_up = Some(format!("{:?}: {}", status.code(), status.message()));
                }
                continue;
            }
            Err(status) => {
                gave_up = Some(format!("{:?}: {}", status.code(), status.message()));
                continue;
            }
        };
        let mut sender = Some(req_tx);
        loop {
            if input_done && queue.unanswered == 0 {
                break 'connection;
            }
            if input_done {
                sender = None; // half-close: the server ends the stream after the last answer
            }
            tokio::select! {
                item = items.recv(), if !input_done && queue.unanswered < WINDOW && sender.is_some() => match item {
                    Some(Item::Local(r)) => {
                        queue.slots.push_back(Slot::Local(r));
                        queue.flush(sink)?;
                    }
                    Some(Item::Doc { seq, doc }) => {
                        let req = pb::AnalyzeStreamRequest {
                            document: Some(doc.clone()),
                            options: (!first_sent).then(|| opts.clone()),
                            unordered: false,
                        };
                        first_sent = true;
                        queue.slots.push_back(Slot::Remote { seq, doc, answer: None });
                        queue.unanswered += 1;
                        if let Some(tx) = &sender {
                            let _ = tx.send(req); // a closed stream shows up as an error below
                        }
                    }
                    None => input_done = true,
                },
                msg = responses.message() => match msg {
                    Ok(Some(pb::AnalyzeStreamResponse { result: Some(r) })) => {
                        if let Err(e) = queue.answer(r) {
                            gave_up = Some(format!("the server answered out of order: {e}"));
                            continue 'connection;
                        }
                        attempts = 0;
                        queue.flush(sink)?;
                    }
                    Ok(Some(_)) => {}
                    Ok(None) if queue.unanswered == 0 && input_done => break 'connection,
                    Ok(None) => {
                        attempts += 1;
                        tracing::warn!(unanswered = queue.unanswered, "the server closed the stream early");
                        if attempts >= MAX_ATTEMPTS {
                            gave_up = Some("the server keeps closing the stream early".into());
                        }
                        continue 'connection;
                    }
                    Err(status) => {
                        tracing::warn!(code = ?status.code(), message = status.message(), unanswered = queue.unanswered, "stream broke");
                        attempts += 1;
                        if !retryable(status.code()) || attempts >= MAX_ATTEMPTS {
                            gave_up = Some(format!("{:?}: {}", status.code(), status.message()));
                        }
                        continue 'connection;
                    }
                },
            }
        }
    }
    queue.flush(sink)?;
    reader.join().map_err(|_| anyhow::anyhow!("the input reader panicked"))??;
    if let Some(why) = gave_up {
        anyhow::bail!("gave up on --remote {url} ({why}); the documents not analysed have error lines");
    }
    Ok(())
}

fn unanswered(seq: u64, id: String, why: &str) -> pb::DocumentResult {
    pb::DocumentResult {
        id,
        sequence: seq,
        error: Some(rpc::Status {
            code: Code::Unavailable as i32,
            message: format!("not analysed: {why}"),
            details: Vec::new(),
        }),
        ..Default::default()
    }
}
