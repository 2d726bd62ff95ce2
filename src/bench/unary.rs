//! Unary mode: `--concurrency` tasks each send one `Analyze` call at a time (closed
//! loop), cycling through the documents, until `--requests` calls have been started or
//! `--duration` has passed. Calls in flight at the end finish (bounded by `--timeout`).
//! A shed call (RESOURCE_EXHAUSTED) is counted and the task goes on at once, or with
//! `--backoff` after the delay of the server's RetryInfo.

use std::{
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc,
    },
    time::Instant,
};

use tonic::transport::Channel;
use tonic_types::StatusExt;

use super::{client, report::Recorder, BenchArgs, Doc, Report};
use crate::proto::lede::v1 as pb;

pub(super) async fn run(args: &BenchArgs, docs: Arc<Vec<Doc>>, channels: &[Channel]) -> Report {
    let next = Arc::new(AtomicU64::new(0));
    let limit = args.limit();
    let started = Instant::now();
    let end = started + args.duration;
    let options = args.options();
    let mut tasks = Vec::with_capacity(args.concurrency);
    for t in 0..args.concurrency {
        let mut c = client(args, channels[t % channels.len()].clone());
        let (docs, next, options, timeout) = (docs.clone(), next.clone(), options.clone(), args.timeout);
        let backoff = args.backoff;
        tasks.push(tokio::spawn(async move {
            let mut rec = Recorder::default();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= limit || Instant::now() >= end {
                    break;
                }
                let d = &docs[(i % docs.len() as u64) as usize];
                let mut req = tonic::Request::new(pb::AnalyzeRequest {
                    document: Some(pb::Document { id: d.id.clone(), text: d.text.clone() }),
                    options: Some(options.clone()),
                });
                req.set_timeout(timeout);
                let t0 = Instant::now();
                match c.analyze(req).await {
                    Ok(_) => rec.ok(t0.elapsed(), d.text.len(), d.words),
                    Err(s) => {
                        rec.error(t0.elapsed(), s.code());
                        if backoff && s.code() == tonic::Code::ResourceExhausted {
                            if let Some(d) = s.get_error_details().retry_info().and_then(|r| r.retry_delay) {
                                tokio::time::sleep(d.min(std::time::Duration::from_secs(1))).await;
                            }
                        }
                    }
                }
            }
            rec
        }));
    }
    let mut all = Recorder::default();
    for t in tasks {
        match t.await {
            Ok(rec) => all.merge(rec),
            Err(e) => tracing::error!("a bench task failed: {e}"),
        }
    }
    Report::new("unary", &args.target, args.concurrency, all, started.elapsed())
}
