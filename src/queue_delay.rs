//! The wait a new analysis can expect before a CPU takes it, for shedding overload at once
//! instead of queueing it.
//!
//! Contract: the CPU pool holds a [`Waiting`] guard for each document from the moment its
//! job asks for a pool slot until the document starts on a worker thread (or is dropped;
//! the documents of a stream's batch job start one after the other), and reports each
//! document's run time with [`QueueDelay::finished`]. [`QueueDelay::expected_wait`] is then
//! `documents waiting × mean run time ÷ workers` (the mean is an exponentially weighted one
//! over recent documents, so it follows their sizes), and [`QueueDelay::over_target`] says
//! when that is longer than the target: the `Shed` layer refuses new unary calls then with
//! RESOURCE_EXHAUSTED. This is a concurrency limit that adapts to the cost of the calls:
//! with 5 KB articles (~0.5 ms each) and a 20 ms target on 2 workers it admits about 80
//! waiting documents, with 1 MB documents one or two. Nothing here reads requests or text.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Documents waiting for a CPU and the mean run time of a document.
#[derive(Debug)]
pub struct QueueDelay {
    target: Duration,
    workers: u64,
    waiting: AtomicUsize,
    /// Mean run time of recent documents, nanoseconds (0 until the first one ends).
    mean_ns: AtomicU64,
}

/// One document waiting for a CPU; dropping it (the document started, or its caller went
/// away) ends the wait.
#[derive(Debug)]
pub struct Waiting(Arc<QueueDelay>);

impl Drop for Waiting {
    fn drop(&mut self) {
        self.0.waiting.fetch_sub(1, Ordering::Relaxed);
    }
}

impl QueueDelay {
    /// A gauge for a pool of `workers` threads that calls a wait over `target` too long.
    pub fn new(target: Duration, workers: usize) -> QueueDelay {
        QueueDelay { target, workers: workers.max(1) as u64, waiting: AtomicUsize::new(0), mean_ns: AtomicU64::new(0) }
    }

    /// The target wait.
    pub fn target(&self) -> Duration {
        self.target
    }

    /// A document starts waiting for a CPU.
    pub fn wait(self: &Arc<Self>) -> Waiting {
        self.waiting.fetch_add(1, Ordering::Relaxed);
        Waiting(self.clone())
    }

    /// A document ran for `ran` on a worker. Each new one weighs 1/8 in the mean.
    pub fn finished(&self, ran: Duration) {
        let ran = u64::try_from(ran.as_nanos()).unwrap_or(u64::MAX);
        let _ = self.mean_ns.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |m| {
            Some(if m == 0 { ran } else { m - m / 8 + ran / 8 })
        });
    }

    /// The wait a document asking now can expect: documents ahead of it × mean run time ÷
    /// workers.
    pub fn expected_wait(&self) -> Duration {
        let waiting = self.waiting.load(Ordering::Relaxed) as u64;
        Duration::from_nanos(waiting.saturating_mul(self.mean_ns.load(Ordering::Relaxed)) / self.workers)
    }

    /// The expected wait, when it is longer than the target.
    pub fn over_target(&self) -> Option<Duration> {
        let w = self.expected_wait();
        (w > self.target).then_some(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: Duration = Duration::from_millis(1);

    #[test]
    fn no_measured_job_means_no_expected_wait() {
        let q = Arc::new(QueueDelay::new(20 * MS, 2));
        let _w: Vec<Waiting> = (0..100).map(|_| q.wait()).collect();
        assert_eq!(q.over_target(), None);
    }

    #[test]
    fn waiting_jobs_times_mean_run_time_over_workers() {
        let q = Arc::new(QueueDelay::new(20 * MS, 2));
        q.finished(MS);
        let w: Vec<Waiting> = (0..40).map(|_| q.wait()).collect();
        assert_eq!(q.expected_wait(), 20 * MS);
        assert_eq!(q.over_target(), None, "exactly the target is not over it");
        let extra = q.wait();
        assert_eq!(q.over_target(), Some(Duration::from_micros(20_500)));
        // Jobs that start (or whose callers leave) stop counting.
        drop(extra);
        drop(w);
        assert_eq!(q.expected_wait(), Duration::ZERO);
    }

    #[test]
    fn the_mean_follows_the_cost_of_recent_jobs() {
        let q = QueueDelay::new(20 * MS, 1);
        q.finished(8 * MS);
        for _ in 0..64 {
            q.finished(MS);
        }
        let m = Duration::from_nanos(q.mean_ns.load(Ordering::Relaxed));
        assert!(m < 2 * MS, "{m:?}");
    }
}
