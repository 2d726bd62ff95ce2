//! The `lede.v1.LedeService` handlers. They stay thin: validate and map the request
//! (`convert`), run the analysis on the CPU pool (`pool`), map the result back.
//! `AnalyzeStream` processes a window of documents concurrently with bounded buffers,
//! answers each document exactly once (errors included), stops as soon as the client
//! goes away, and ends cleanly with UNAVAILABLE naming the last completed document when
//! the server drains. With each document it reads, a stream also takes the documents
//! whose messages have already arrived (it never waits for more) and sends them to the
//! CPU pool as one batch job (see [`STREAM_BATCH_DOCS`]); each document still gets its
//! own result.

use std::{
    collections::HashSet,
    hash::{BuildHasher, RandomState},
    sync::Arc,
};

use futures::{
    future::BoxFuture,
    stream::{FuturesOrdered, FuturesUnordered},
    FutureExt, StreamExt,
};
use lede_core as core;
use tokio::sync::{mpsc, watch, Semaphore};
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status, Streaming};

use crate::convert::{self, JobSpec};
use crate::error::ApiError;
use crate::metrics::Metrics;
use crate::pool::Analyzer;
use crate::proto::lede::v1::{self as pb, lede_service_server::LedeService};

/// Most documents of one stream that go to the CPU pool as one job. When a stream reads
/// a document it also takes the documents whose messages have already arrived, without
/// waiting for more, so a client that sends faster than the pool analyses gets batches
/// and pays the hand-offs between the async workers and the pool threads (a wake-up each
/// way) once per batch instead of once per document; a client that sends one document at
/// a time still gets each answered as soon as it is done. A batch is also held to half
/// the stream window per pool thread (`stream_window / (2 × workers)`), so that one
/// stream keeps every pool thread busy and a new batch is ready when one ends.
pub const STREAM_BATCH_DOCS: usize = 32;

/// Text bytes after which a stream's batch takes no more documents (a larger document
/// goes alone), so that a batch of long documents does not hold back its results.
pub const STREAM_BATCH_BYTES: usize = 512 << 10;

/// Limits of the API.
#[derive(Debug, Clone)]
pub struct ApiLimits {
    /// Largest document text accepted, in bytes.
    pub max_text_bytes: usize,
    /// Documents of one stream analysed at once.
    pub stream_window: usize,
    /// Results buffered per stream before the server stops reading its input.
    pub stream_buffer: usize,
    /// AnalyzeStream calls open at once.
    pub max_streams: usize,
}

/// The service state shared by all calls.
#[derive(Debug, Clone)]
pub struct Api {
    analyzer: Arc<Analyzer>,
    metrics: Arc<Metrics>,
    limits: ApiLimits,
    streams: Arc<Semaphore>,
    draining: watch::Receiver<bool>,
}

impl Api {
    /// The service over `analyzer`; `draining` turns true when the server shuts down.
    pub fn new(
        analyzer: Arc<Analyzer>,
        metrics: Arc<Metrics>,
        limits: ApiLimits,
        draining: watch::Receiver<bool>,
    ) -> Api {
        let streams = Arc::new(Semaphore::new(limits.max_streams));
        Api { analyzer, metrics, limits, streams, draining }
    }

    async fn run(&self, doc: Option<pb::Document>, spec: JobSpec) -> Result<(String, convert::Converted), ApiError> {
        let doc = convert::document(doc, self.limits.max_text_bytes)?;
        let bytes = doc.text.len();
        let out = self.analyzer.run(doc.text, spec).await;
        self.metrics.document(out.is_ok(), bytes);
        let mut c = out?;
        convert::scope_ids(&mut c, &doc.id);
        Ok((doc.id, c))
    }
}

fn only(features: core::Features) -> core::Options {
    core::Options { features, ..core::Options::default() }
}

const NONE: core::Features = core::Features { segmentation: false, quotes: false, entities: false };

#[tonic::async_trait]
impl LedeService for Api {
    async fn segment(&self, req: Request<pb::SegmentRequest>) -> Result<Response<pb::SegmentResponse>, Status> {
        let r = req.into_inner();
        let mut options = only(core::Features { segmentation: true, ..NONE });
        options.tokens = r.include_tokens;
        let spec = JobSpec { options, unit: convert::offset_unit(r.offset_unit, "offset_unit")? };
        let (id, c) = self.run(r.document, spec).await?;
        Ok(Response::new(pb::SegmentResponse { id, segmentation: c.segmentation }))
    }

    async fn extract_quotes(
        &self,
        req: Request<pb::ExtractQuotesRequest>,
    ) -> Result<Response<pb::ExtractQuotesResponse>, Status> {
        let r = req.into_inner();
        if !(0.0..=1.0).contains(&r.min_confidence) {
            return Err(ApiError::Invalid {
                field: "min_confidence",
                reason: format!("{} is not in 0..1", r.min_confidence),
            }
            .into());
        }
        let mut options = only(core::Features { quotes: true, ..NONE });
        options.include_boilerplate = r.include_boilerplate;
        options.min_quote_confidence = r.min_confidence;
        let spec = JobSpec { options, unit: convert::offset_unit(r.offset_unit, "offset_unit")? };
        let (id, c) = self.run(r.document, spec).await?;
        Ok(Response::new(pb::ExtractQuotesResponse { id, quotes: c.quotes }))
    }

    async fn extract_entities(
        &self,
        req: Request<pb::ExtractEntitiesRequest>,
    ) -> Result<Response<pb::ExtractEntitiesResponse>, Status> {
        let r = req.into_inner();
        let mut options = only(core::Features { entities: true, ..NONE });
        options.include_boilerplate = r.include_boilerplate;
        options.resolved_mentions = r.include_resolved_mentions;
        let spec = JobSpec { options, unit: convert::offset_unit(r.offset_unit, "offset_unit")? };
        let (id, c) = self.run(r.document, spec).await?;
        Ok(Response::new(pb::ExtractEntitiesResponse { id, entities: c.entities }))
    }

    async fn analyze(&self, req: Request<pb::AnalyzeRequest>) -> Result<Response<pb::AnalyzeResponse>, Status> {
        let r = req.into_inner();
        let spec = convert::analyze_options(r.options.as_ref(), "options")?;
        let (id, c) = self.run(r.document, spec).await?;
        Ok(Response::new(pb::AnalyzeResponse {
            id,
            segmentation: c.segmentation,
            quotes: c.quotes,
            entities: c.entities,
        }))
    }

    type AnalyzeStreamStream = ReceiverStream<Result<pb::AnalyzeStreamResponse, Status>>;

    async fn analyze_stream(
        &self,
        req: Request<Streaming<pb::AnalyzeStreamRequest>>,
    ) -> Result<Response<Self::AnalyzeStreamStream>, Status> {
        let permit = self.streams.clone().try_acquire_owned().map_err(|_| {
            Status::resource_exhausted(format!(
                "{} AnalyzeStream calls are open, the limit (--max-streams); retry after backoff",
                self.limits.max_streams
            ))
        })?;
        if *self.draining.borrow() {
            return Err(ApiError::Draining.into());
        }
        let (tx, rx) = mpsc::channel(self.limits.stream_buffer.max(1));
        let api = self.clone();
        let inbound = req.into_inner();
        tokio::spawn(async move {
            api.metrics.open_streams.inc();
            run_stream(api.clone(), inbound, tx).await;
            api.metrics.open_streams.dec();
            drop(permit);
        });
        Ok(Response::new(ReceiverStream::new(rx)))
    }
}

/// The results of one batch, in input order.
type Pending = BoxFuture<'static, Vec<pb::DocumentResult>>;

/// In-flight batches of a stream, released in input order or as they finish.
enum InFlight {
    Ordered(FuturesOrdered<Pending>),
    Unordered(FuturesUnordered<Pending>),
}

impl InFlight {
    fn push(&mut self, f: Pending) {
        match self {
            InFlight::Ordered(q) => q.push_back(f),
            InFlight::Unordered(q) => q.push(f),
        }
    }
    fn len(&self) -> usize {
        match self {
            InFlight::Ordered(q) => q.len(),
            InFlight::Unordered(q) => q.len(),
        }
    }
    async fn next(&mut self) -> Option<Vec<pb::DocumentResult>> {
        match self {
            InFlight::Ordered(q) => q.next().await,
            InFlight::Unordered(q) => q.next().await,
        }
    }
}

fn error_result(id: String, sequence: u64, e: &ApiError) -> pb::DocumentResult {
    pb::DocumentResult { id, sequence, error: Some(e.to_rpc_status()), ..Default::default() }
}

fn reject(id: String, sequence: u64, e: &ApiError) -> Box<pb::DocumentResult> {
    Box::new(error_result(id, sequence, e))
}

/// Documents of a stream admitted together, in input order: the answers already known
/// (documents rejected by validation) and the documents to analyse, which go to the CPU
/// pool as one job.
#[derive(Default)]
struct Batch {
    entries: Vec<Entry>,
    jobs: Vec<(String, JobSpec)>,
    text_bytes: usize,
}

enum Entry {
    Answered(pb::DocumentResult),
    Analyse { sequence: u64, id: String, bytes: usize },
}

impl Batch {
    fn len(&self) -> usize {
        self.entries.len()
    }

    fn add(&mut self, admitted: Result<(u64, pb::Document, JobSpec), Box<pb::DocumentResult>>, metrics: &Metrics) {
        match admitted {
            Err(result) => {
                metrics.document(false, 0);
                self.entries.push(Entry::Answered(*result));
            }
            Ok((sequence, doc, spec)) => {
                let bytes = doc.text.len();
                self.text_bytes += bytes;
                self.entries.push(Entry::Analyse { sequence, id: doc.id, bytes });
                self.jobs.push((doc.text, spec));
            }
        }
    }

    /// The batch's results, in input order, once its job has run.
    fn submit(self, api: &Api) -> Pending {
        let Batch { entries, jobs, .. } = self;
        if jobs.is_empty() {
            let done = entries.into_iter().map(|e| match e {
                Entry::Answered(r) => r,
                Entry::Analyse { .. } => unreachable!("a batch without jobs analyses nothing"),
            });
            return futures::future::ready(done.collect()).boxed();
        }
        let api = api.clone();
        async move {
            let ran = api.analyzer.run_batch(jobs).await;
            let (mut outs, failed) = match ran {
                Ok(outs) => (outs.into_iter(), None),
                Err(e) => (Vec::new().into_iter(), Some(e)),
            };
            entries
                .into_iter()
                .map(|e| match e {
                    Entry::Answered(r) => r,
                    Entry::Analyse { sequence, id, bytes } => {
                        if let Some(e) = &failed {
                            api.metrics.document(false, bytes);
                            return error_result(id, sequence, e);
                        }
                        let out = outs.next().unwrap_or_else(|| {
                            Err(ApiError::Internal("the batch job lost a document; this is a bug".into()))
                        });
                        api.metrics.document(out.is_ok(), bytes);
                        match out {
                            Ok(mut c) => {
                                convert::scope_ids(&mut c, &id);
                                pb::DocumentResult {
                                    id,
                                    sequence,
                                    segmentation: c.segmentation,
                                    quotes: c.quotes,
                                    entities: c.entities,
                                    error: None,
                                }
                            }
                            Err(e) => error_result(id, sequence, &e),
                        }
                    }
                })
                .collect()
        }
        .boxed()
    }
}

/// Per-stream state: options in force and the ids seen (as 64-bit hashes, so memory
/// stays small on archives of millions of documents).
struct StreamState {
    spec: Option<Result<JobSpec, ApiError>>,
    ids: HashSet<u64>,
    hasher: RandomState,
    sequence: u64,
}

impl StreamState {
    /// Validates one message; returns the job to run or the error result to send.
    fn admit(
        &mut self,
        m: pb::AnalyzeStreamRequest,
        max_text: usize,
    ) -> Result<(u64, pb::Document, JobSpec), Box<pb::DocumentResult>> {
        let seq = self.sequence;
        self.sequence += 1;
        if let Some(o) = m.options.as_ref() {
            self.spec = Some(convert::analyze_options(Some(o), "options"));
        }
        let id = m.document.as_ref().map(|d| d.id.clone()).unwrap_or_default();
        let spec = match &self.spec {
            None => return Err(reject(id, seq, &ApiError::Missing { field: "options (on the first message)" })),
            Some(Err(e)) => {
                return Err(reject(id, seq, &ApiError::Invalid { field: "options", reason: e.to_string() }))
            }
            Some(Ok(s)) => *s,
        };
        if id.is_empty() {
            return Err(reject(id, seq, &ApiError::Missing { field: "document.id" }));
        }
        if !self.ids.insert(self.hasher.hash_one(&id)) {
            return Err(reject(id.clone(), seq, &ApiError::DuplicateId { id }));
        }
        match convert::document(m.document, max_text) {
            Ok(doc) => Ok((seq, doc, spec)),
            Err(e) => Err(reject(id, seq, &e)),
        }
    }
}

async fn run_stream(
    api: Api,
    mut inbound: Streaming<pb::AnalyzeStreamRequest>,
    tx: mpsc::Sender<Result<pb::AnalyzeStreamResponse, Status>>,
) {
    let mut state = StreamState { spec: None, ids: HashSet::new(), hasher: RandomState::new(), sequence: 0 };
    let mut draining = api.draining.clone();
    let mut in_flight: Option<InFlight> = None;
    // Documents read and not yet answered: the window counts these, not batches.
    let mut docs_in_flight = 0usize;
    let mut reading = true;
    let mut stopped_by_drain = false;
    let mut last_done: Option<(u64, String)> = None;
    let window = api.limits.stream_window.max(1);
    let batch_docs = (window / (2 * api.analyzer.workers())).clamp(1, STREAM_BATCH_DOCS);
    let max_text = api.limits.max_text_bytes;
    loop {
        let batches = in_flight.as_ref().map_or(0, InFlight::len);
        if !reading && batches == 0 {
            break;
        }
        tokio::select! {
            biased;
            _ = tx.closed() => return, // the client went away: drop all in-flight work
            Some(done) = async { in_flight.as_mut()?.next().await }, if batches > 0 => {
                for result in done {
                    docs_in_flight -= 1;
                    last_done = Some((result.sequence, result.id.clone()));
                    if tx.send(Ok(pb::AnalyzeStreamResponse { result: Some(result) })).await.is_err() {
                        return;
                    }
                }
            }
            _ = async { let _ = draining.wait_for(|d| *d).await; }, if reading => {
                reading = false;
                stopped_by_drain = true;
            }
            msg = inbound.message(), if reading && docs_in_flight < window => match msg {
                Ok(Some(m)) => {
                    let q = in_flight.get_or_insert_with(|| {
                        if m.unordered { InFlight::Unordered(FuturesUnordered::new()) } else { InFlight::Ordered(FuturesOrdered::new()) }
                    });
                    let mut batch = Batch::default();
                    batch.add(state.admit(m, max_text), &api.metrics);
                    // Take the messages that have already arrived, never waiting for one.
                    // `message()` keeps its progress in `inbound`, not in the future, so
                    // dropping it when nothing is ready loses nothing (the `select!`
                    // relies on the same).
                    let room = (window - docs_in_flight).min(batch_docs);
                    while batch.len() < room && batch.text_bytes < STREAM_BATCH_BYTES {
                        match inbound.message().now_or_never() {
                            None => break,
                            Some(Ok(Some(m))) => batch.add(state.admit(m, max_text), &api.metrics),
                            Some(Ok(None)) => {
                                reading = false;
                                break;
                            }
                            Some(Err(status)) => {
                                tracing::debug!(code = ?status.code(), "stream input ended with an error");
                                let _ = tx.send(Err(status)).await;
                                return;
                            }
                        }
                    }
                    docs_in_flight += batch.len();
                    q.push(batch.submit(&api));
                }
                Ok(None) => reading = false,
                Err(status) => {
                    // The client cancelled or sent garbage: tell it (if it still listens) and stop.
                    tracing::debug!(code = ?status.code(), "stream input ended with an error");
                    let _ = tx.send(Err(status)).await;
                    return;
                }
            },
        }
    }
    if stopped_by_drain {
        let (seq, id) = last_done.map_or((String::from("none"), String::new()), |(s, i)| (s.to_string(), i));
        let msg = format!(
            "server is shutting down: documents up to sequence {seq} (id {id:?}) were answered; resend the rest"
        );
        let mut s = ApiError::Draining.to_status();
        s = Status::with_details(s.code(), msg, s.details().to_vec().into());
        let _ = tx.send(Err(s)).await;
    }
}
