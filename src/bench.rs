//! `lede bench`: a bounded load generator for a running lede server (loopback only
//! unless `--allow-remote`, see [`target`]).
//!
//! Modes: `unary` sends `Analyze` calls from `--concurrency` tasks; `stream` sends
//! documents through `--concurrency` `AnalyzeStream` calls (an archive with `--input`,
//! or synthetic articles); `ready` polls gRPC health until the server is SERVING and
//! reports how long that took (cold start); `generate` writes a synthetic JSON Lines
//! archive (no server needed). Documents come from the built-in generator ([`corpus`],
//! `--doc-bytes` each) or from `--input` (JSON Lines, as `lede analyze` reads them).
//! Every run stops by itself: after `--duration` seconds or `--requests` calls, whichever
//! comes first, and every call carries a deadline. The result is a [`report::Report`]
//! (requests/s, MB/s, words/s, latency percentiles, errors by status code), printed as a
//! table or, with `--json`, as one JSON object.

pub mod corpus;
pub mod report;
mod stream;
pub mod target;
mod unary;

use std::{
    io::{BufWriter, Write as _},
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use tonic::{codec::CompressionEncoding, transport::Channel};

use crate::cli::{input, FeatureArg, Offsets};
use crate::config::{parse_duration_secs, parse_positive};
use crate::proto::lede::v1::{self as pb, lede_service_client::LedeServiceClient};

pub use report::Report;

/// What `lede bench` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    /// Unary Analyze calls.
    Unary,
    /// AnalyzeStream calls.
    Stream,
    /// Wait until gRPC health says SERVING and report the time taken.
    Ready,
    /// Write a synthetic JSON Lines archive to --output (no server).
    Generate,
}

/// The longest run allowed, whatever `--duration` says.
pub const MAX_DURATION: Duration = Duration::from_secs(3600);

/// Options of `lede bench`.
#[derive(Debug, Clone, Args)]
pub struct BenchArgs {
    /// What to do.
    #[arg(long, value_enum, default_value = "unary")]
    pub mode: Mode,
    /// The server's URL. Must be a loopback address unless --allow-remote.
    #[arg(long, default_value = "http://127.0.0.1:50051")]
    pub target: String,
    /// Allow a target that is not on this machine. A load generator floods whatever it is
    /// pointed at; the default keeps a wrong URL from hitting a shared or production server.
    #[arg(long)]
    pub allow_remote: bool,
    /// Calls in flight (unary) or streams open (stream) at once.
    #[arg(long, default_value = "8", value_parser = parse_positive)]
    pub concurrency: usize,
    /// HTTP/2 connections the calls are spread over.
    #[arg(long, default_value = "1", value_parser = parse_positive)]
    pub connections: usize,
    /// Size of each synthetic document, in bytes (at least; whole paragraphs are added).
    #[arg(long, default_value = "5000")]
    pub doc_bytes: usize,
    /// Distinct synthetic documents that unary calls cycle through.
    #[arg(long, default_value = "64", value_parser = parse_positive)]
    pub distinct_docs: usize,
    /// Seed of the synthetic generator.
    #[arg(long, default_value = "1")]
    pub seed: u64,
    /// Read documents from this JSON Lines file (.gz/.zst too) instead of synthesising them.
    /// Unary mode loads it in memory; stream mode streams it.
    #[arg(long, value_name = "PATH")]
    pub input: Option<PathBuf>,
    /// Stop sending after this many seconds (at most 3600).
    #[arg(long, default_value = "10", value_parser = parse_duration_secs)]
    pub duration: Duration,
    /// Stop after this many calls (unary) or documents (stream).
    #[arg(long)]
    pub requests: Option<u64>,
    /// Deadline of each unary call, in seconds (sent as grpc-timeout); in stream mode,
    /// how long to wait for the last results once sending stops.
    #[arg(long, default_value = "10", value_parser = parse_duration_secs)]
    pub timeout: Duration,
    /// Stages to ask for (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "segmentation,quotes,entities")]
    pub features: Vec<FeatureArg>,
    /// Offset unit to ask for.
    #[arg(long, value_enum, default_value = "codepoint")]
    pub offsets: Offsets,
    /// Ask for results out of input order in stream mode.
    #[arg(long)]
    pub unordered: bool,
    /// Compress requests and responses with gzip.
    #[arg(long)]
    pub gzip: bool,
    /// Unary mode: after a shed call (RESOURCE_EXHAUSTED), wait the delay the server asks
    /// for in its RetryInfo before the task's next call, as a well-behaved client does
    /// (without it the task goes on at once, which floods a server that is shedding).
    #[arg(long)]
    pub backoff: bool,
    /// Generate mode: write the archive here.
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Generate mode: bytes of text to write (at least).
    #[arg(long)]
    pub total_bytes: Option<u64>,
    /// Print the report as one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub log: crate::config::LogArgs,
}

/// One document to send.
#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub id: String,
    pub text: String,
    pub words: usize,
}

impl Doc {
    fn new(id: String, text: String) -> Doc {
        let words = corpus::words(&text);
        Doc { id, text, words }
    }
}

impl BenchArgs {
    /// The options every request carries.
    pub(crate) fn options(&self) -> pb::AnalyzeOptions {
        let mut features = Vec::new();
        for (f, p) in [
            (FeatureArg::Segmentation, pb::Feature::Segmentation),
            (FeatureArg::Quotes, pb::Feature::Quotes),
            (FeatureArg::Entities, pb::Feature::Entities),
        ] {
            if self.features.contains(&f) {
                features.push(p as i32);
            }
        }
        let unit = match self.offsets {
            Offsets::Utf8 => pb::OffsetUnit::Utf8,
            Offsets::Utf16 => pb::OffsetUnit::Utf16,
            Offsets::Codepoint => pb::OffsetUnit::Codepoint,
        };
        pb::AnalyzeOptions { features, offset_unit: unit as i32, ..Default::default() }
    }

    /// The request limit: `--requests`, or none.
    pub(crate) fn limit(&self) -> u64 {
        self.requests.unwrap_or(u64::MAX)
    }

    /// The synthetic document number `i`.
    pub(crate) fn synthetic(&self, i: u64) -> Doc {
        let a = corpus::article(self.seed.wrapping_add(i), self.doc_bytes);
        Doc::new(format!("syn-{i}"), a.text)
    }

    fn validate(&self) -> anyhow::Result<()> {
        if self.duration.is_zero() || self.duration > MAX_DURATION {
            anyhow::bail!("--duration must be more than 0 and at most {} seconds", MAX_DURATION.as_secs());
        }
        if self.timeout.is_zero() {
            anyhow::bail!("--timeout must be more than 0 seconds");
        }
        if self.requests == Some(0) {
            anyhow::bail!("--requests must be at least 1");
        }
        Ok(())
    }
}

/// What a run produced.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// A load run (unary or stream).
    Load(Box<Report>),
    /// Time until the server answered SERVING.
    Ready(Duration),
    /// A generated archive: documents and bytes of text written.
    Generated { docs: u64, bytes: u64 },
}

/// Runs `lede bench` and prints its result; used by the binary.
pub fn run(args: &BenchArgs) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let out = rt.block_on(run_async(args))?;
    match out {
        Outcome::Load(r) if args.json => println!("{}", serde_json::to_string(&r)?),
        Outcome::Load(r) => print!("{}", r.table()),
        Outcome::Ready(d) if args.json => println!("{}", serde_json::json!({ "ready_ms": d.as_secs_f64() * 1e3 })),
        Outcome::Ready(d) => println!("SERVING after {:.1} ms", d.as_secs_f64() * 1e3),
        Outcome::Generated { docs, bytes } if args.json => {
            println!("{}", serde_json::json!({ "docs": docs, "bytes": bytes }))
        }
        Outcome::Generated { docs, bytes } => eprintln!("wrote {docs} documents, {bytes} bytes of text"),
    }
    Ok(())
}

/// Runs `lede bench` and returns its result (for tests and embedding).
pub async fn run_async(args: &BenchArgs) -> anyhow::Result<Outcome> {
    args.validate()?;
    if args.mode == Mode::Generate {
        let a = args.clone();
        return tokio::task::spawn_blocking(move || generate(&a)).await?;
    }
    target::check(&args.target, args.allow_remote).await?;
    if args.mode == Mode::Ready {
        return Ok(Outcome::Ready(wait_ready(args).await?));
    }
    let channels = connect(args).await?;
    let report = match args.mode {
        Mode::Unary => {
            let docs = Arc::new(load_docs(args).await?);
            unary::run(args, docs, &channels).await
        }
        _ => stream::run(args, &channels).await?,
    };
    Ok(Outcome::Load(Box::new(report)))
}

/// A client over `channel` with the message limits and compression of `args`.
pub(crate) fn client(args: &BenchArgs, channel: Channel) -> LedeServiceClient<Channel> {
    let c = LedeServiceClient::new(channel).max_decoding_message_size(usize::MAX).max_encoding_message_size(usize::MAX);
    if args.gzip {
        c.send_compressed(CompressionEncoding::Gzip).accept_compressed(CompressionEncoding::Gzip)
    } else {
        c
    }
}

async fn connect(args: &BenchArgs) -> anyhow::Result<Vec<Channel>> {
    let endpoint = tonic::transport::Endpoint::from_shared(args.target.clone())
        .with_context(|| format!("--target {:?} is not a URL", args.target))?
        .connect_timeout(Duration::from_secs(5))
        .tcp_nodelay(true);
    let mut out = Vec::with_capacity(args.connections);
    for _ in 0..args.connections {
        out.push(endpoint.connect().await.with_context(|| format!("cannot connect to --target {}", args.target))?);
    }
    Ok(out)
}

/// The documents of a unary run: `--input` in memory, or `--distinct-docs` synthetic ones.
async fn load_docs(args: &BenchArgs) -> anyhow::Result<Vec<Doc>> {
    let Some(path) = args.input.clone() else {
        return Ok((0..args.distinct_docs as u64).map(|i| args.synthetic(i)).collect());
    };
    let docs = tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<Doc>> {
        let mut docs = Vec::new();
        input::read_all(std::slice::from_ref(&path), input::InputFormat::Jsonl, |r| {
            if let input::Record::Doc(d) = r {
                if !d.text.trim().is_empty() {
                    docs.push(Doc::new(d.id, d.text));
                }
            }
            true
        })?;
        Ok(docs)
    })
    .await??;
    if docs.is_empty() {
        anyhow::bail!("--input has no documents with text");
    }
    Ok(docs)
}

/// Polls gRPC health ("" service) until SERVING; the time from the first try.
async fn wait_ready(args: &BenchArgs) -> anyhow::Result<Duration> {
    use tonic_health::pb::{health_check_response::ServingStatus, health_client::HealthClient, HealthCheckRequest};
    let started = Instant::now();
    let endpoint =
        tonic::transport::Endpoint::from_shared(args.target.clone())?.connect_timeout(Duration::from_secs(1));
    while started.elapsed() < args.duration {
        if let Ok(ch) = endpoint.connect().await {
            let mut h = HealthClient::new(ch);
            let mut req = tonic::Request::new(HealthCheckRequest { service: String::new() });
            req.set_timeout(Duration::from_secs(1));
            if let Ok(r) = h.check(req).await {
                if r.into_inner().status == ServingStatus::Serving as i32 {
                    return Ok(started.elapsed());
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    anyhow::bail!("{} was not SERVING after {:?}", args.target, args.duration)
}

/// Writes a synthetic archive of at least `--total-bytes` bytes of text.
fn generate(args: &BenchArgs) -> anyhow::Result<Outcome> {
    let total = args.total_bytes.context("--mode generate needs --total-bytes")?;
    let out: Box<dyn std::io::Write> = match &args.output {
        Some(p) => Box::new(std::fs::File::create(p).with_context(|| format!("cannot create {}", p.display()))?),
        None => Box::new(std::io::stdout()),
    };
    let mut out = BufWriter::with_capacity(1 << 20, out);
    let (mut docs, mut bytes) = (0u64, 0u64);
    while bytes < total {
        let d = args.synthetic(docs);
        bytes += d.text.len() as u64;
        writeln!(out, "{}", corpus::json_line(&d.id, &d.text)).context("cannot write the archive")?;
        docs += 1;
    }
    out.flush().context("cannot write the archive")?;
    Ok(Outcome::Generated { docs, bytes })
}
