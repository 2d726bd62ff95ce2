//! `lede analyze`: the batch job. Reads documents (see [`input`]), analyses them on all
//! cores (or through a server's `AnalyzeStream` with `--remote`), and writes one JSON
//! line per input record, in input order: a `DocumentResult` in the protobuf JSON
//! mapping, with offsets in the `--offsets` unit. Bad records become error results.

pub mod input;
mod remote;

use std::{
    io::{self, BufWriter, IsTerminal, Write},
    path::PathBuf,
    sync::{mpsc, Arc},
    time::{Duration, Instant},
};

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use lede_core::Engine;
use rayon::prelude::*;

use crate::convert::JobSpec;
use crate::error::ApiError;
use crate::offsets::OffsetUnit;
use crate::proto::lede::v1 as pb;

use input::{InputFormat, Record};

/// Offset unit names on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Offsets {
    /// UTF-8 bytes.
    Utf8,
    /// UTF-16 code units (JavaScript, Java).
    Utf16,
    /// Unicode code points (Python).
    Codepoint,
}

/// A stage, on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FeatureArg {
    Segmentation,
    Quotes,
    Entities,
}

/// Options of `lede analyze`.
#[derive(Debug, Clone, Args)]
pub struct AnalyzeArgs {
    /// Input files: JSON Lines or plain text, optionally .gz/.zst compressed. None or
    /// `-` reads stdin.
    pub files: Vec<PathBuf>,
    /// Write results here instead of stdout.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Input framing.
    #[arg(long, value_enum, default_value = "auto")]
    pub format: InputFormat,
    /// Stages to run (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', default_value = "segmentation,quotes,entities")]
    pub features: Vec<FeatureArg>,
    /// Unit of every offset in the output.
    #[arg(long, value_enum, default_value = "codepoint")]
    pub offsets: Offsets,
    /// Include tokens in the segmentation.
    #[arg(long)]
    pub tokens: bool,
    /// Also take quotes and entities from boilerplate, teasers and section tags, and quotes from
    /// editor's notes.
    #[arg(long)]
    pub include_boilerplate: bool,
    /// Drop quotes below this confidence (0..1).
    #[arg(long, default_value = "0")]
    pub min_quote_confidence: f32,
    /// Also list under each entity the pronoun and nominal mentions ("she", "the
    /// spokesman") that quote attribution resolved to it (default: names only).
    #[arg(long)]
    pub resolved_mentions: bool,
    /// Process only shard I of N (documents whose position modulo N is I), e.g. 0/4.
    #[arg(long, value_name = "I/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
    /// Analyse through a running server's AnalyzeStream (e.g. http://127.0.0.1:50051).
    #[arg(long, value_name = "URL")]
    pub remote: Option<String>,
    /// Compress the --remote stream with gzip both ways: worth it over slow links, costs
    /// CPU on both ends (about 30% more server CPU on loopback or inside a cluster).
    #[arg(long)]
    pub gzip: bool,
    /// Bearer token sent with --remote calls.
    #[arg(long, env = "LEDE_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,
    /// PEM CA certificate that signed the server's certificate (https --remote).
    #[arg(long, value_name = "PEM")]
    pub tls_ca: Option<PathBuf>,
    /// PEM client certificate for mutual TLS with --remote (needs --tls-key).
    #[arg(long, value_name = "PEM")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(long, value_name = "PEM")]
    pub tls_key: Option<PathBuf>,
    /// Threads for local analysis (default: the number of cores).
    #[arg(long, env = "LEDE_WORKERS")]
    pub workers: Option<usize>,
    /// Show a progress bar (default: when stderr is a terminal).
    #[arg(long, value_enum, default_value = "auto")]
    pub progress: Toggle,
    #[command(flatten)]
    pub models: crate::config::ModelArgs,
    #[command(flatten)]
    pub log: crate::config::LogArgs,
}

/// auto / always / never.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Toggle {
    Auto,
    Always,
    Never,
}

fn parse_shard(s: &str) -> Result<(u64, u64), String> {
    let (i, n) = s.split_once('/').ok_or_else(|| format!("{s:?}: expected I/N, e.g. 0/4"))?;
    let i: u64 = i.trim().parse().map_err(|_| format!("{s:?}: I is not a number"))?;
    let n: u64 = n.trim().parse().map_err(|_| format!("{s:?}: N is not a number"))?;
    if n == 0 || i >= n {
        return Err(format!("{s:?}: need 0 <= I < N"));
    }
    Ok((i, n))
}

impl AnalyzeArgs {
    /// The job all documents get.
    pub fn spec(&self) -> anyhow::Result<JobSpec> {
        if !(0.0..=1.0).contains(&self.min_quote_confidence) {
            anyhow::bail!("--min-quote-confidence {} is not in 0..1", self.min_quote_confidence);
        }
        let has = |f| self.features.contains(&f);
        Ok(JobSpec {
            options: lede_core::Options {
                features: lede_core::Features {
                    segmentation: has(FeatureArg::Segmentation),
                    quotes: has(FeatureArg::Quotes),
                    entities: has(FeatureArg::Entities),
                },
                tokens: self.tokens,
                include_boilerplate: self.include_boilerplate,
                min_quote_confidence: self.min_quote_confidence,
                resolved_mentions: self.resolved_mentions,
            },
            unit: match self.offsets {
                Offsets::Utf8 => OffsetUnit::Utf8,
                Offsets::Utf16 => OffsetUnit::Utf16,
                Offsets::Codepoint => OffsetUnit::CodePoint,
            },
        })
    }

    fn keep(&self, seq: u64) -> bool {
        self.shard.is_none_or(|(i, n)| seq % n == i)
    }
}

/// One input record with its position.
#[derive(Debug)]
pub(crate) struct Numbered {
    pub seq: u64,
    pub record: Record,
}

/// Counters for the closing log line and the progress bar.
#[derive(Debug, Default)]
pub struct Tally {
    pub docs: u64,
    pub errors: u64,
    pub bytes: u64,
}

/// The JSON line of a result.
pub(crate) fn json_line(r: &pb::DocumentResult) -> String {
    serde_json::to_string(r).expect("protobuf JSON mapping cannot fail")
}

/// The error result of a bad record.
pub(crate) fn bad_result(seq: u64, id: String, reason: String) -> pb::DocumentResult {
    let e = ApiError::Invalid { field: "input", reason };
    let mut status = e.to_rpc_status();
    status.message = e.to_string().trim_start_matches("input: ").to_string();
    pb::DocumentResult { id, sequence: seq, error: Some(status), ..Default::default() }
}

/// One result, serialised (on a worker thread), with what the tally needs.
pub(crate) struct Line {
    json: String,
    text_bytes: usize,
    failed: bool,
}

impl Line {
    fn of(r: &pb::DocumentResult, text_bytes: usize) -> Line {
        Line { json: json_line(r), text_bytes, failed: r.error.is_some() }
    }
}

/// Writes result lines and keeps the tally and the progress bar.
pub(crate) struct Sink {
    out: Box<dyn Write + Send>,
    bar: Option<indicatif::ProgressBar>,
    pub tally: Tally,
}

impl Sink {
    fn new(args: &AnalyzeArgs) -> anyhow::Result<Sink> {
        let out: Box<dyn Write + Send> = match &args.output {
            Some(p) => Box::new(BufWriter::with_capacity(
                1 << 20,
                std::fs::File::create(p).with_context(|| format!("cannot create --output {}", p.display()))?,
            )),
            None => Box::new(BufWriter::with_capacity(1 << 20, io::stdout())),
        };
        let show = match args.progress {
            Toggle::Always => true,
            Toggle::Never => false,
            Toggle::Auto => io::stderr().is_terminal(),
        };
        let bar = show.then(|| {
            let b = indicatif::ProgressBar::new_spinner();
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} {human_pos} docs ({per_sec}) {msg}",
                )
                .expect("valid template"),
            );
            b.enable_steady_tick(Duration::from_millis(200));
            b
        });
        Ok(Sink { out, bar, tally: Tally::default() })
    }

    /// Writes one result.
    pub(crate) fn write(&mut self, r: &pb::DocumentResult, text_bytes: usize) -> anyhow::Result<()> {
        self.write_line(&Line::of(r, text_bytes))
    }

    /// Writes one serialised result and counts it.
    pub(crate) fn write_line(&mut self, line: &Line) -> anyhow::Result<()> {
        self.tally.docs += 1;
        if line.failed {
            self.tally.errors += 1;
        } else {
            self.tally.bytes += line.text_bytes as u64;
        }
        self.out.write_all(line.json.as_bytes()).context("cannot write results")?;
        self.out.write_all(b"\n").context("cannot write results")?;
        if let Some(b) = &self.bar {
            b.inc(1);
            if self.tally.docs.is_multiple_of(64) {
                b.set_message(format!("{} errors, {:.1} MB", self.tally.errors, self.tally.bytes as f64 / 1e6));
            }
        }
        Ok(())
    }

    fn finish(mut self, started: Instant) -> anyhow::Result<Tally> {
        self.out.flush().context("cannot write results")?;
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        tracing::info!(
            docs = self.tally.docs,
            errors = self.tally.errors,
            mb = self.tally.bytes as f64 / 1e6,
            secs,
            mb_per_s = self.tally.bytes as f64 / 1e6 / secs,
            "analyze finished"
        );
        Ok(self.tally)
    }
}

/// Runs `lede analyze`. Returns the tally (documents and errors written).
pub fn run(args: &AnalyzeArgs) -> anyhow::Result<Tally> {
    let spec = args.spec()?;
    let reads_stdin = args.files.is_empty() || args.files.iter().any(|f| f.as_os_str() == "-");
    if reads_stdin && io::stdin().is_terminal() {
        anyhow::bail!("no input: name FILES (JSON Lines or text, .gz/.zst too) or pipe JSON Lines on stdin; see `lede analyze --help`");
    }
    let started = Instant::now();
    let mut sink = Sink::new(args)?;
    if let Some(url) = &args.remote {
        remote::run(args, url, spec, &mut sink)?;
    } else {
        run_local(args, spec, &mut sink)?;
    }
    sink.finish(started)
}

const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

fn run_local(args: &AnalyzeArgs, spec: JobSpec, sink: &mut Sink) -> anyhow::Result<()> {
    let models = match &args.models.models {
        Some(dir) => {
            lede_core::Models::from_dir(dir).with_context(|| format!("cannot load --models {}", dir.display()))?
        }
        None => lede_core::Models::embedded().context("cannot load the embedded models")?,
    };
    let engine = Arc::new(Engine::new(models)?);
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(args.workers.unwrap_or_else(num_cpus::get).max(1)).build()?;
    // Reader thread → bounded channel of batches → parallel analysis → ordered writes.
    let (tx, rx) = mpsc::sync_channel::<Vec<Numbered>>(2);
    let files = args.files.clone();
    let format = args.format;
    let keep = {
        let a = args.clone();
        move |seq| a.keep(seq)
    };
    let reader = std::thread::Builder::new().name("lede-reader".into()).spawn(move || {
        let mut batch = Vec::new();
        let mut bytes = 0usize;
        let mut seq = 0u64;
        let mut open = true;
        let res = input::read_all(&files, format, |record| {
            let s = seq;
            seq += 1;
            if !keep(s) {
                return true;
            }
            if let Record::Doc(d) = &record {
                bytes += d.text.len();
            }
            batch.push(Numbered { seq: s, record });
            if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                bytes = 0;
                open = tx.send(std::mem::take(&mut batch)).is_ok();
            }
            open
        });
        if !batch.is_empty() && open {
            let _ = tx.send(batch);
        }
        res
    })?;
    // Analysis and serialisation run on the pool; a writer thread writes the previous
    // batch meanwhile (bounded: two batches in flight).
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (wtx, wrx) = mpsc::sync_channel::<Vec<Line>>(2);
        let writer = scope.spawn(move || -> anyhow::Result<()> {
            for batch in wrx {
                for line in &batch {
                    sink.write_line(line)?;
                }
            }
            Ok(())
        });
        for batch in rx {
            let lines: Vec<Line> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|n| {
                        let (r, bytes) = analyze_record(&engine, n, &spec);
                        Line::of(&r, bytes)
                    })
                    .collect()
            });
            if wtx.send(lines).is_err() {
                break; // the writer failed: its error is returned below
            }
        }
        drop(wtx);
        writer.join().map_err(|_| anyhow::anyhow!("the output writer panicked"))?
    })?;
    reader.join().map_err(|_| anyhow::anyhow!("the input reader panicked"))??;
    Ok(())
}

fn analyze_record(engine: &Engine, n: Numbered, spec: &JobSpec) -> (pb::DocumentResult, usize) {
    match n.record {
        Record::Bad { id, reason } => (bad_result(n.seq, id, reason), 0),
        Record::Doc(d) => {
            let bytes = d.text.len();
            let out = if d.text.trim().is_empty() {
                Err(ApiError::EmptyText)
            } else {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| crate::pool::analyze(engine, &d.text, spec)))
                    .unwrap_or_else(|_| Err(ApiError::Internal("the analysis panicked; this is a bug".into())))
            };
            let r = match out {
                Ok(mut c) => {
                    crate::convert::scope_ids(&mut c, &d.id);
                    pb::DocumentResult {
                        id: d.id,
                        sequence: n.seq,
                        segmentation: c.segmentation,
                        quotes: c.quotes,
                        entities: c.entities,
                        error: None,
                    }
                }
                Err(e) => pb::DocumentResult {
                    id: d.id,
                    sequence: n.seq,
                    error: Some(e.to_rpc_status()),
                    ..Default::default()
                },
            };
            (r, bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_syntax() {
        assert_eq!(parse_shard("1/4"), Ok((1, 4)));
        assert!(parse_shard("4/4").is_err());
        assert!(parse_shard("0/0").is_err());
        assert!(parse_shard("x").is_err());
    }
}
