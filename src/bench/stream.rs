//! Stream mode: `--concurrency` `AnalyzeStream` calls; a reader thread produces
//! documents (the `--input` archive, streamed, or synthetic articles) and a distributor
//! hands them round-robin to the streams until the input ends, `--requests` documents
//! were sent or `--duration` passed; then the streams are closed and their last results
//! awaited (at most `--timeout` more). A document's latency runs from its hand-off to the
//! stream to its result. Documents left unanswered when a stream breaks count as errors
//! with the stream's status code.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Instant,
};

use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;
use tonic::transport::Channel;

use super::{client, input, report::Recorder, BenchArgs, Doc, Report};
use crate::proto::lede::v1 as pb;

/// Documents sent on one stream and not answered yet: sequence → (sent, bytes, words).
type Pending = Arc<Mutex<HashMap<u64, (Instant, usize, usize)>>>;

fn lock(p: &Pending) -> std::sync::MutexGuard<'_, HashMap<u64, (Instant, usize, usize)>> {
    p.lock().unwrap_or_else(|e| e.into_inner())
}

/// Starts the thread that produces the documents of the run.
fn reader(args: &BenchArgs, tx: mpsc::Sender<Doc>) -> std::thread::JoinHandle<anyhow::Result<()>> {
    let args = args.clone();
    std::thread::spawn(move || {
        let limit = args.limit();
        let mut n = 0u64;
        match &args.input {
            Some(path) => input::read_all(std::slice::from_ref(path), input::InputFormat::Jsonl, |r| {
                if n >= limit {
                    return false;
                }
                match r {
                    input::Record::Doc(d) if !d.text.trim().is_empty() => {
                        n += 1;
                        tx.blocking_send(Doc::new(d.id, d.text)).is_ok()
                    }
                    _ => true,
                }
            }),
            None => {
                while n < limit && tx.blocking_send(args.synthetic(n)).is_ok() {
                    n += 1;
                }
                Ok(())
            }
        }
    })
}

pub(super) async fn run(args: &BenchArgs, channels: &[Channel]) -> anyhow::Result<Report> {
    let started = Instant::now();
    let end = tokio::time::Instant::from_std(started + args.duration);
    let (doc_tx, mut doc_rx) = mpsc::channel::<Doc>(64);
    let reader = reader(args, doc_tx);

    let mut senders = Vec::new();
    let mut pendings = Vec::new();
    let mut consumers = Vec::new();
    for s in 0..args.concurrency {
        let (tx, rx) = mpsc::channel::<pb::AnalyzeStreamRequest>(4);
        let pending: Pending = Arc::default();
        let mut c = client(args, channels[s % channels.len()].clone());
        let p = pending.clone();
        let finish_by = end + args.timeout;
        consumers.push(tokio::spawn(async move {
            let mut rec = Recorder::default();
            let work = async {
                let mut responses = c.analyze_stream(ReceiverStream::new(rx)).await?.into_inner();
                while let Some(m) = responses.message().await? {
                    let Some(r) = m.result else { continue };
                    let Some((t0, bytes, words)) = lock(&p).remove(&r.sequence) else { continue };
                    match &r.error {
                        None => rec.ok(t0.elapsed(), bytes, words),
                        Some(e) => rec.error(t0.elapsed(), tonic::Code::from_i32(e.code)),
                    }
                }
                Ok::<(), tonic::Status>(())
            };
            let err = match tokio::time::timeout_at(finish_by, work).await {
                Ok(Ok(())) => None,
                Ok(Err(s)) => Some(s),
                Err(_) => Some(tonic::Status::deadline_exceeded("results still missing after --duration + --timeout")),
            };
            (rec, err)
        }));
        senders.push((tx, 0u64));
        pendings.push(pending);
    }

    // Distribute documents round-robin until the input ends or the time is up.
    let options = args.options();
    let mut i = 0usize;
    'feed: while let Ok(Some(d)) = tokio::time::timeout_at(end, doc_rx.recv()).await {
        // Skip streams that have ended; stop when none is left.
        for _ in 0..senders.len() {
            let s = i % senders.len();
            i += 1;
            let (tx, seq) = &mut senders[s];
            if tx.is_closed() {
                continue;
            }
            let req = pb::AnalyzeStreamRequest {
                document: Some(pb::Document { id: d.id.clone(), text: d.text.clone() }),
                options: (*seq == 0).then(|| options.clone()),
                unordered: args.unordered,
            };
            lock(&pendings[s]).insert(*seq, (Instant::now(), d.text.len(), d.words));
            match tokio::time::timeout_at(end, tx.send(req)).await {
                Ok(Ok(())) => {
                    *seq += 1;
                    continue 'feed;
                }
                Ok(Err(_)) => {
                    lock(&pendings[s]).remove(seq);
                }
                Err(_) => {
                    lock(&pendings[s]).remove(seq);
                    break 'feed;
                }
            }
        }
        break;
    }
    drop(doc_rx);
    drop(senders);

    let mut all = Recorder::default();
    let mut stream_error = None;
    for (c, pending) in consumers.into_iter().zip(&pendings) {
        let (rec, err) = c.await?;
        all.merge(rec);
        let code = err.as_ref().map_or(tonic::Code::Unavailable, |s| s.code());
        for (_, (t0, _, _)) in lock(pending).drain() {
            all.error(t0.elapsed(), code);
        }
        if let Some(e) = err {
            stream_error.get_or_insert_with(|| format!("{:?}: {}", e.code(), e.message()));
        }
    }
    let elapsed = started.elapsed();
    reader.join().map_err(|_| anyhow::anyhow!("the document reader panicked"))??;
    let mut report = Report::new("stream", &args.target, args.concurrency, all, elapsed);
    report.stream_error = stream_error;
    Ok(report)
}
