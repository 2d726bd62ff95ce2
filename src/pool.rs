//! The CPU pool: analyses run on a bounded rayon pool sized to the cores, never on the
//! async workers. A semaphore bounds the jobs queued or running (backpressure: callers
//! wait for a slot), and a job whose caller has gone away (cancelled call, expired
//! deadline, closed stream) is skipped before it starts.
//!
//! A job is one document ([`Analyzer::run`], unary calls) or a batch of a stream's
//! documents ([`Analyzer::run_batch`]): one hand-off to a pool thread and one back for
//! the lot, one queue slot, the documents analysed one after the other on that thread.
//! Each document of a batch stays on its own: it gets its own result (a panic fails that
//! document alone), the queue-delay gauge counts it as waiting until it starts and takes
//! its own run time, and the batch stops between documents once its caller has gone.

use std::{panic::AssertUnwindSafe, sync::Arc, time::Instant};

use lede_core::Engine;
use tokio::sync::{oneshot, Semaphore};

use crate::convert::{self, Converted, JobSpec};
use crate::error::ApiError;
use crate::queue_delay::{QueueDelay, Waiting};

/// Runs analyses on a dedicated thread pool.
#[derive(Debug)]
pub struct Analyzer {
    engine: Arc<Engine>,
    pool: rayon::ThreadPool,
    slots: Arc<Semaphore>,
    workers: usize,
    delay: Option<Arc<QueueDelay>>,
}

/// The analysis of one document on a pool thread.
type DocFn = fn(&Engine, &str, &JobSpec) -> Result<Converted, ApiError>;

impl Analyzer {
    /// A pool of `workers` threads admitting at most `queue` jobs at once.
    pub fn new(engine: Arc<Engine>, workers: usize, queue: usize) -> anyhow::Result<Analyzer> {
        let workers = workers.max(1);
        let pool =
            rayon::ThreadPoolBuilder::new().num_threads(workers).thread_name(|i| format!("lede-cpu-{i}")).build()?;
        Ok(Analyzer { engine, pool, slots: Arc::new(Semaphore::new(queue.max(workers))), workers, delay: None })
    }

    /// Count every document waiting for a CPU (slot and worker thread) in `delay`, and
    /// report each document's run time there.
    pub fn with_queue_delay(mut self, delay: Arc<QueueDelay>) -> Analyzer {
        self.delay = Some(delay);
        self
    }

    /// Number of worker threads.
    pub fn workers(&self) -> usize {
        self.workers
    }

    /// The engine.
    pub fn engine(&self) -> &Arc<Engine> {
        &self.engine
    }

    /// Analyses `text` as `spec` says, off the async workers. Waits for a queue slot.
    pub async fn run(&self, text: String, spec: JobSpec) -> Result<Converted, ApiError> {
        let waiting = self.delay.as_ref().map(|d| d.wait());
        let permit = self.slots.clone().acquire_owned().await.map_err(|_| ApiError::Draining)?;
        let (tx, rx) = oneshot::channel();
        let engine = self.engine.clone();
        let delay = self.delay.clone();
        self.pool.spawn(move || {
            let _permit = permit;
            drop(waiting);
            if tx.is_closed() {
                return; // the caller is gone: skip the work
            }
            let _ = tx.send(run_one(analyze, &engine, &text, &spec, delay.as_deref()));
        });
        rx.await.map_err(|_| ApiError::Internal("the analysis worker stopped".into()))?
    }

    /// Analyses several documents, in order, as one job on one pool thread: one result per
    /// document, in the order given. Waits for one queue slot. Documents not yet started
    /// when the caller goes away (this future is dropped) are skipped.
    pub async fn run_batch(&self, docs: Vec<(String, JobSpec)>) -> Result<Vec<Result<Converted, ApiError>>, ApiError> {
        self.run_batch_with(docs, analyze).await
    }

    async fn run_batch_with(
        &self,
        docs: Vec<(String, JobSpec)>,
        analyze: DocFn,
    ) -> Result<Vec<Result<Converted, ApiError>>, ApiError> {
        // One guard per document: each stops counting when its own document starts.
        let waiting: Vec<Waiting> =
            self.delay.as_ref().map_or_else(Vec::new, |d| docs.iter().map(|_| d.wait()).collect());
        let permit = self.slots.clone().acquire_owned().await.map_err(|_| ApiError::Draining)?;
        let (tx, rx) = oneshot::channel();
        let engine = self.engine.clone();
        let delay = self.delay.clone();
        self.pool.spawn(move || {
            let _permit = permit;
            let mut waiting = waiting.into_iter();
            let mut out = Vec::with_capacity(docs.len());
            for (text, spec) in docs {
                drop(waiting.next());
                if tx.is_closed() {
                    return; // the caller is gone: skip this document and the rest
                }
                out.push(run_one(analyze, &engine, &text, &spec, delay.as_deref()));
            }
            let _ = tx.send(out);
        });
        rx.await.map_err(|_| ApiError::Internal("the analysis worker stopped".into()))
    }
}

/// One document on a pool thread: a panic becomes this document's error, and its run
/// time goes to the queue-delay gauge.
fn run_one(
    analyze: DocFn,
    engine: &Engine,
    text: &str,
    spec: &JobSpec,
    delay: Option<&QueueDelay>,
) -> Result<Converted, ApiError> {
    let started = Instant::now();
    let out = std::panic::catch_unwind(AssertUnwindSafe(|| analyze(engine, text, spec)))
        .unwrap_or_else(|_| Err(ApiError::Internal("the analysis panicked; this is a bug".into())));
    if let Some(d) = delay {
        d.finished(started.elapsed());
    }
    out
}

/// The whole job on one document: core analysis and conversion to protobuf.
pub fn analyze(engine: &Engine, text: &str, spec: &JobSpec) -> Result<Converted, ApiError> {
    let a = engine.analyze(text, &spec.options)?;
    Ok(convert::analysis(text, &a, spec))
}
