//! `lede bench` against the real server on 127.0.0.1:0, in-process: tiny bounded runs
//! of every mode must report exactly the calls they made and no errors. No timings are
//! asserted (speed figures live in BENCHMARKS.md).

use std::sync::Arc;

use clap::Parser;
use lede::bench::{self, BenchArgs, Outcome, Report};
use lede::config::{Cli, Command, ServeArgs};

fn serve_args() -> ServeArgs {
    let argv = [
        "lede",
        "serve",
        "--addr",
        "127.0.0.1:0",
        "--metrics-addr",
        "127.0.0.1:0",
        "--grace-period",
        "5",
        "--max-queue-delay",
        "0",
    ];
    match Cli::parse_from(argv).command {
        Command::Serve(a) => a,
        _ => unreachable!(),
    }
}

fn bench_args(extra: &[&str]) -> BenchArgs {
    let mut argv = vec!["lede", "bench"];
    argv.extend_from_slice(extra);
    match Cli::parse_from(argv).command {
        Command::Bench(a) => a,
        _ => unreachable!(),
    }
}

async fn start() -> (lede::server::Running, String) {
    let engine = Arc::new(lede::load_engine(None).expect("embedded models load"));
    let running = lede::server::start(&serve_args(), engine).await.expect("server starts");
    let url = format!("http://{}", running.addr);
    (running, url)
}

async fn load(args: &BenchArgs) -> Report {
    match bench::run_async(args).await.expect("bench runs") {
        Outcome::Load(r) => *r,
        other => panic!("expected a load report, got {other:?}"),
    }
}

fn assert_clean(r: &Report, n: u64) {
    assert_eq!(r.requests, n, "{}", r.table());
    assert_eq!(r.ok, n, "{}", r.table());
    assert_eq!(r.errors, 0, "{}", r.table());
    assert!(r.errors_by_code.is_empty(), "{:?}", r.errors_by_code);
    assert!(r.stream_error.is_none(), "{:?}", r.stream_error);
    assert_eq!(r.latency_ok.count, n);
    assert!(r.latency_ok.p50_ms <= r.latency_ok.p99_ms && r.latency_ok.p99_ms <= r.latency_ok.max_ms);
    assert!(r.mb_per_s > 0.0 && r.words_per_s > 0.0);
    assert!(r.mean_doc_bytes >= 2_000.0, "{}", r.mean_doc_bytes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unary_and_stream_runs_report_every_call_and_no_error() {
    let (srv, url) = start().await;
    let common = ["--target", url.as_str(), "--doc-bytes", "2000", "--duration", "120"];

    let mut a = common.to_vec();
    a.extend(["--requests", "50", "--concurrency", "4", "--distinct-docs", "7"]);
    let r = load(&bench_args(&a)).await;
    assert_eq!(r.mode, "unary");
    assert_clean(&r, 50);

    let mut a = common.to_vec();
    a.extend(["--mode", "stream", "--requests", "30", "--concurrency", "3"]);
    let r = load(&bench_args(&a)).await;
    assert_eq!(r.mode, "stream");
    assert_clean(&r, 30);

    let mut a = common.to_vec();
    a.extend(["--mode", "stream", "--requests", "20", "--concurrency", "2", "--unordered", "--gzip"]);
    assert_clean(&load(&bench_args(&a)).await, 20);

    let ready = bench::run_async(&bench_args(&["--mode", "ready", "--target", &url, "--duration", "10"])).await;
    assert!(matches!(ready, Ok(Outcome::Ready(_))), "{ready:?}");

    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stream_of_a_generated_archive_answers_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("archive.jsonl");
    let p = path.to_str().unwrap();
    let gen = bench_args(&["--mode", "generate", "--output", p, "--total-bytes", "100000", "--doc-bytes", "3000"]);
    let Outcome::Generated { docs, bytes } = bench::run_async(&gen).await.unwrap() else { panic!("not generated") };
    assert!(bytes >= 100_000 && (25..=40).contains(&docs), "{docs} docs, {bytes} bytes");
    assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count() as u64, docs);

    let (srv, url) = start().await;
    let a =
        bench_args(&["--target", &url, "--mode", "stream", "--input", p, "--concurrency", "2", "--duration", "120"]);
    let r = load(&a).await;
    assert_clean(&r, docs);
    // Every byte of the archive's text was analysed.
    assert!((r.mb_per_s * r.elapsed_s * 1e6 - bytes as f64).abs() < 1.0, "{}", r.table());
    srv.shutdown();
    srv.wait().await.unwrap();
}

#[tokio::test]
async fn refuses_targets_off_this_machine_without_sending_anything() {
    let a = bench_args(&["--target", "http://10.1.2.3:50051", "--requests", "1"]);
    let e = bench::run_async(&a).await.unwrap_err();
    assert!(e.to_string().contains("not a loopback address"), "{e}");
    let a = bench_args(&["--target", "http://127.0.0.1:1", "--requests", "1", "--duration", "0"]);
    assert!(bench::run_async(&a).await.is_err(), "--duration 0 is refused");
}
