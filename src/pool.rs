//! The CPU pool: analyses run on a bounded rayon pool sized to the cores, never on the
//! async workers. A semaphore bounds the jobs queued or running (backpressure: callers
//! wait for a slot), and a job whose caller has gone away (cancelled call, expired
//! deadline, closed stream) is skipped before it starts.

use std::{panic::AssertUnwindSafe, sync::Arc, time::Instant};

use lede_core::Engine;
use tokio::sync::{oneshot, Semaphore};

use crate::convert::{self, Converted, JobSpec};
use crate::error::ApiError;
use crate::queue_delay::QueueDelay;

/// Runs analyses on a dedicated thread pool.
#[derive(Debug)]
pub struct Analyzer {
    engine: Arc<Engine>,
    pool: rayon::ThreadPool,
    slots: Arc<Semaphore>,
    workers: usize,
    delay: Option<Arc<QueueDelay>>,
}

impl Analyzer {
    /// A pool of `workers` threads admitting at most `queue` jobs at once.
    pub fn new(engine: Arc<Engine>, workers: usize, queue: usize) -> anyhow::Result<Analyzer> {
        let workers = workers.max(1);
        let pool =
            rayon::ThreadPoolBuilder::new().num_threads(workers).thread_name(|i| format!("lede-cpu-{i}")).build()?;
        Ok(Analyzer { engine, pool, slots: Arc::new(Semaphore::new(queue.max(workers))), workers, delay: None })
    }

    /// Count every job waiting for a CPU (slot and worker thread) in `delay`, and report
    /// its run time there.
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
            let started = Instant::now();
            let out = std::panic::catch_unwind(AssertUnwindSafe(|| analyze(&engine, &text, &spec)))
                .unwrap_or_else(|_| Err(ApiError::Internal("the analysis panicked; this is a bug".into())));
            if let Some(d) = delay {
                d.finished(started.elapsed());
            }
            let _ = tx.send(out);
        });
        rx.await.map_err(|_| ApiError::Internal("the analysis worker stopped".into()))?
    }
}

/// The whole job on one document: core analysis and conversion to protobuf.
pub fn analyze(engine: &Engine, text: &str, spec: &JobSpec) -> Result<Converted, ApiError> {
    let a = engine.analyze(text, &spec.options)?;
    Ok(convert::analysis(text, &a, spec))
}
