//! Shared by the end-to-end tests: starting the real server in-process.
#![allow(dead_code)]

use std::sync::Arc;

use clap::Parser;
use lede::config::{Cli, Command, ServeArgs};

/// `lede serve` arguments: loopback, free ports, a short grace period, plus `extra`.
/// `--addr` in `extra` replaces the default.
pub fn serve_args(extra: &[&str]) -> ServeArgs {
    let mut argv = vec!["lede", "serve", "--metrics-addr", "127.0.0.1:0", "--grace-period", "5"];
    if !extra.contains(&"--addr") {
        argv.extend(["--addr", "127.0.0.1:0"]);
    }
    // Debug builds on a busy CI machine are slow enough to trip the queue-delay shedder;
    // tests that want it pass --max-queue-delay themselves.
    if !extra.contains(&"--max-queue-delay") {
        argv.extend(["--max-queue-delay", "0"]);
    }
    argv.extend_from_slice(extra);
    match Cli::parse_from(argv).command {
        Command::Serve(a) => a,
        _ => unreachable!("parsed a serve command"),
    }
}

/// Starts the server with the embedded models.
pub async fn start_server(extra: &[&str]) -> lede::server::Running {
    let engine = Arc::new(lede::load_engine(None).expect("embedded models load"));
    lede::server::start(&serve_args(extra), engine).await.expect("server starts")
}
