//! Command-line and environment configuration (`LEDE_*`), validated at start.

use std::{net::SocketAddr, path::PathBuf, time::Duration};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// lede: news text in, structure out (blocks, sentences, quotes, entities).
#[derive(Debug, Parser)]
#[command(name = "lede", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the gRPC server.
    Serve(ServeArgs),
    /// Analyse JSON Lines or text files (or stdin) and write JSON Lines results.
    Analyze(crate::cli::AnalyzeArgs),
    /// Load-test a running server (loopback only), or generate a synthetic archive.
    Bench(crate::bench::BenchArgs),
}

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable, coloured when stderr is a terminal.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Logging options shared by all commands.
#[derive(Debug, Clone, Args)]
pub struct LogArgs {
    /// Log format.
    #[arg(long, env = "LEDE_LOG_FORMAT", value_enum, default_value = "pretty")]
    pub log_format: LogFormat,
    /// Log filter (tracing-subscriber EnvFilter syntax, e.g. `info,lede=debug`);
    /// RUST_LOG is used when this is not set.
    #[arg(long, env = "LEDE_LOG")]
    pub log: Option<String>,
}

/// Models folder shared by all commands.
#[derive(Debug, Clone, Args)]
pub struct ModelArgs {
    /// Folder of model files that override the embedded ones (same file names).
    #[arg(long, env = "LEDE_MODELS", value_name = "DIR")]
    pub models: Option<PathBuf>,
}

pub(crate) fn parse_millis(s: &str) -> Result<Duration, String> {
    s.parse::<u64>().map(Duration::from_millis).map_err(|_| format!("{s:?} is not a whole number of milliseconds"))
}

pub(crate) fn parse_duration_secs(s: &str) -> Result<Duration, String> {
    let v: f64 = s.parse().map_err(|_| format!("{s:?} is not a number of seconds"))?;
    if !(v.is_finite() && v >= 0.0) {
        return Err(format!("{s:?} must be a non-negative number of seconds"));
    }
    Ok(Duration::from_secs_f64(v))
}

pub(crate) fn parse_positive(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(v) => Ok(v),
        Err(_) => Err(format!("{s:?} is not a positive integer")),
    }
}

/// Options of `lede serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address for gRPC (HOST:PORT; port 0 picks a free one).
    #[arg(long, env = "LEDE_ADDR", default_value = "0.0.0.0:50051")]
    pub addr: SocketAddr,
    /// Address for Prometheus metrics at /metrics (HOST:PORT).
    #[arg(long, env = "LEDE_METRICS_ADDR", default_value = "0.0.0.0:9090")]
    pub metrics_addr: SocketAddr,
    /// Seconds to finish in-flight work after SIGTERM/SIGINT before exiting.
    #[arg(long, env = "LEDE_GRACE_PERIOD", default_value = "25", value_parser = parse_duration_secs)]
    pub grace_period: Duration,
    /// Seconds between turning health NOT_SERVING and closing the listener on shutdown,
    /// for load balancers that poll health to notice (0 under Kubernetes with a preStop
    /// hook). New calls are still served meanwhile; streams end at once.
    #[arg(long, env = "LEDE_DRAIN_DELAY", default_value = "0", value_parser = parse_duration_secs)]
    pub drain_delay: Duration,
    /// Seconds a unary call may take when the client sends no grpc-timeout (0: no limit).
    #[arg(long, env = "LEDE_REQUEST_TIMEOUT", default_value = "30", value_parser = parse_duration_secs)]
    pub request_timeout: Duration,
    /// Unary calls in flight before new ones are shed with RESOURCE_EXHAUSTED.
    #[arg(long, env = "LEDE_MAX_CONCURRENCY", default_value = "256", value_parser = parse_positive)]
    pub max_concurrency: usize,
    /// Milliseconds a new analysis may expect to wait for a CPU (documents waiting × their mean
    /// run time ÷ workers) before new unary calls are shed with RESOURCE_EXHAUSTED (0: shed
    /// only at --max-concurrency).
    #[arg(long, env = "LEDE_MAX_QUEUE_DELAY", default_value = "20", value_parser = parse_millis)]
    pub max_queue_delay: Duration,
    /// AnalyzeStream calls open at once.
    #[arg(long, env = "LEDE_MAX_STREAMS", default_value = "64", value_parser = parse_positive)]
    pub max_streams: usize,
    /// Largest document text accepted, in bytes.
    #[arg(long, env = "LEDE_MAX_TEXT_BYTES", default_value = "10485760", value_parser = parse_positive)]
    pub max_text_bytes: usize,
    /// Largest gRPC message accepted, in bytes (decoded); larger ones get OUT_OF_RANGE.
    #[arg(long, env = "LEDE_MAX_MESSAGE_BYTES", default_value = "16777216", value_parser = parse_positive)]
    pub max_message_bytes: usize,
    /// Threads of the CPU pool that runs analyses (default: the number of cores).
    #[arg(long, env = "LEDE_WORKERS", value_parser = parse_positive)]
    pub workers: Option<usize>,
    /// Documents of one stream analysed concurrently.
    #[arg(long, env = "LEDE_STREAM_WINDOW", default_value = "32", value_parser = parse_positive)]
    pub stream_window: usize,
    /// PEM certificate chain to serve TLS with (needs --tls-key); plaintext without.
    #[arg(long, env = "LEDE_TLS_CERT", value_name = "PEM")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(long, env = "LEDE_TLS_KEY", value_name = "PEM")]
    pub tls_key: Option<PathBuf>,
    /// PEM CA certificates: clients must present a certificate signed by one (mutual TLS).
    #[arg(long, env = "LEDE_TLS_CLIENT_CA", value_name = "PEM")]
    pub tls_client_ca: Option<PathBuf>,
    /// File of accepted bearer tokens, one per line (`#` starts a comment line). With a
    /// token configured, calls without `authorization: Bearer <token>` get UNAUTHENTICATED.
    #[arg(long, env = "LEDE_AUTH_TOKENS_FILE", value_name = "PATH")]
    pub auth_tokens_file: Option<PathBuf>,
    /// One accepted bearer token (at least 16 printable ASCII characters).
    #[arg(long, env = "LEDE_AUTH_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub auth_token: Option<String>,
    /// Require the token for health checks too (exempt by default, for probes).
    #[arg(long, env = "LEDE_AUTH_HEALTH")]
    pub auth_health: bool,
    /// Require the token for reflection too (exempt by default).
    #[arg(long, env = "LEDE_AUTH_REFLECTION")]
    pub auth_reflection: bool,
    #[command(flatten)]
    pub models: ModelArgs,
    #[command(flatten)]
    pub log: LogArgs,
}

impl ServeArgs {
    /// Checks what clap cannot check alone.
    pub fn validate(&self) -> anyhow::Result<()> {
        if self.addr == self.metrics_addr && self.addr.port() != 0 {
            anyhow::bail!("--addr and --metrics-addr are both {}: give them different ports", self.addr);
        }
        if self.max_text_bytes > u32::MAX as usize {
            anyhow::bail!(
                "--max-text-bytes {} is over 4 GiB, the largest offset a response can carry",
                self.max_text_bytes
            );
        }
        if let Some(dir) = &self.models.models {
            if !dir.is_dir() {
                anyhow::bail!("--models {}: not a folder", dir.display());
            }
        }
        Ok(())
    }
}
