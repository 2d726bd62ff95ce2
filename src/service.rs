//! The `lede.v1.LedeService` handlers. They stay thin: validate and map the request
//! (`convert`), run the analysis on the CPU pool (`pool`), map the result back.
//! `AnalyzeStream` processes a window of documents concurrently with bounded buffers,
//! answers each document exactly once (errors included), stops as soon as the client
//! goes away, and ends cleanly with UNAVAILABLE naming the last completed document when
//! the server drains.

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

type Pending = BoxFuture<'static, pb::DocumentResult>;

/// In-flight documents of a stream, released in input order or as they finish.
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
    async fn next(&mut self) -> Option<pb::DocumentResult> {
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
    let mut reading = true;
    let mut stopped_by_drain = false;
    let mut last_done: Option<(u64, String)> = None;
    let window = api.limits.stream_window.max(1);
    loop {
        let pending = in_flight.as_ref().map_or(0, InFlight::len);
        if !reading && pending == 0 {
            break;
        }
        tokio::select! {
            biased;
            _ = tx.closed() => return, // the client went away: drop all in-flight work
            Some(done) = async { in_flight.as_mut()?.next().await }, if pending > 0 => {
                last_done = Some((done.sequence, done.id.clone()));
                if tx.send(Ok(pb::AnalyzeStreamResponse { result: Some(done) })).await.is_err() {
                    return;
                }
            }
            _ = async { let _ = draining.wait_for(|d| *d).await; }, if reading => {
                reading = false;
                stopped_by_drain = true;
            }
            msg = inbound.message(), if reading && pending < window => match msg {
                Ok(Some(m)) => {
                    let q = in_flight.get_or_insert_with(|| {
                        if m.unordered { InFlight::Unordered(FuturesUnordered::new()) } else { InFlight::Ordered(FuturesOrdered::new()) }
                    });
                    match state.admit(m, api.limits.max_text_bytes) {
                        Err(result) => {
                            api.metrics.document(false, 0);
                            q.push(futures::future::ready(*result).boxed());
                        }
                        Ok((seq, doc, spec)) => {
                            let api = api.clone();
                            q.push(async move {
                                let id = doc.id.clone();
                                match api.run(Some(doc), spec).await {
                                    Ok((id, c)) => pb::DocumentResult {
                                        id, sequence: seq, segmentation: c.segmentation, quotes: c.quotes, entities: c.entities, error: None,
                                    },
                                    Err(e) => error_result(id, seq, &e),
                                }
                            }.boxed());
                        }
                    }
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
