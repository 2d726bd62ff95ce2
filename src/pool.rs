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

    /// Analyses `text` as `spec` says, off the async workers: a batch of one. Waits for a
    /// queue slot.
    pub async fn run(&self, text: String, spec: JobSpec) -> Result<Converted, ApiError> {
        self.run_batch(vec![(text, spec)])
            .await?
            .pop()
            .unwrap_or_else(|| Err(ApiError::Internal("the analysis worker stopped".into())))
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

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::Duration;

    use super::*;

    const MS: Duration = Duration::from_millis(1);

    fn analyzer(delay: Option<Arc<QueueDelay>>) -> Analyzer {
        let engine = Arc::new(Engine::embedded().expect("embedded models load"));
        let a = Analyzer::new(engine, 1, 4).unwrap();
        match delay {
            Some(d) => a.with_queue_delay(d),
            None => a,
        }
    }

    fn spec() -> JobSpec {
        JobSpec { options: lede_core::Options::default(), unit: crate::offsets::OffsetUnit::Utf8 }
    }

    fn docs(texts: &[&str]) -> Vec<(String, JobSpec)> {
        texts.iter().map(|t| (t.to_string(), spec())).collect()
    }

    fn panics_on_boom(engine: &Engine, text: &str, spec: &JobSpec) -> Result<Converted, ApiError> {
        assert_ne!(text, "boom", "a bug in one document's analysis");
        analyze(engine, text, spec)
    }

    #[tokio::test]
    async fn a_panic_in_one_document_of_a_batch_fails_that_document_alone() {
        let a = analyzer(None);
        let texts = ["Jane Roe spoke in Riverton.", "boom", "“Soon,” said Lee Park."];
        let out = a.run_batch_with(docs(&texts), panics_on_boom).await.unwrap();
        assert_eq!(out.len(), 3);
        assert!(matches!(&out[1], Err(ApiError::Internal(m)) if m.contains("panicked")), "{:?}", out[1]);
        for i in [0, 2] {
            let c = out[i].as_ref().expect("the neighbours of a panicking document succeed");
            assert_eq!(*c, analyze(a.engine(), texts[i], &spec()).unwrap(), "document {i} keeps its own result");
        }
    }

    static GATE: AtomicBool = AtomicBool::new(false);

    fn first_waits_for_the_gate(_: &Engine, text: &str, _: &JobSpec) -> Result<Converted, ApiError> {
        while text == "first" && !GATE.load(Ordering::SeqCst) {
            std::thread::sleep(MS);
        }
        Ok(Converted::default())
    }

    #[tokio::test]
    async fn a_batch_counts_each_document_as_waiting_until_it_starts() {
        let q = Arc::new(QueueDelay::new(Duration::from_secs(1), 1));
        q.finished(MS); // a mean run time of 1 ms: the expected wait is 1 ms per waiting document
        let a = Arc::new(analyzer(Some(q.clone())));
        let job = tokio::spawn({
            let a = a.clone();
            async move { a.run_batch_with(docs(&["first", "a", "b", "c"]), first_waits_for_the_gate).await }
        });
        // "first" runs (held at the gate): the three documents behind it still wait.
        let t0 = Instant::now();
        while q.expected_wait() != 3 * MS {
            assert!(t0.elapsed() < Duration::from_secs(10), "expected wait {:?}", q.expected_wait());
            tokio::time::sleep(MS).await;
        }
        GATE.store(true, Ordering::SeqCst);
        let out = job.await.unwrap().unwrap();
        assert_eq!(out.len(), 4);
        assert!(out.iter().all(Result::is_ok));
        assert_eq!(q.expected_wait(), Duration::ZERO, "no document waits once the batch is done");
    }

    fn two_ms(_: &Engine, _: &str, _: &JobSpec) -> Result<Converted, ApiError> {
        std::thread::sleep(2 * MS);
        Ok(Converted::default())
    }

    #[tokio::test]
    async fn a_batch_reports_the_run_time_of_each_document_not_of_the_batch() {
        let q = Arc::new(QueueDelay::new(Duration::from_secs(1), 1));
        let a = analyzer(Some(q.clone()));
        let out = a.run_batch_with(docs(&["x"; 8]), two_ms).await.unwrap();
        assert_eq!(out.len(), 8);
        let _one = q.wait();
        let mean = q.expected_wait(); // one waiting document × mean run time
        assert!(mean >= 2 * MS && mean < 8 * MS, "the batch took 16 ms or more, a document about 2: {mean:?}");
    }
}
