//! The `lede` binary: `lede serve` (gRPC server), `lede analyze` (batch job) and
//! `lede bench` (load generator).

use std::{process::ExitCode, sync::Arc};

use clap::Parser;
use lede::config::{Cli, Command, LogArgs};

/// mimalloc instead of glibc malloc: the analysis pool allocates per sentence on every
/// thread, and glibc's arenas cost about 12 % of the server's CPU under load (see
/// BENCHMARKS.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lede: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            args.validate()?;
            let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
            rt.block_on(async {
                let _telemetry = lede::telemetry::init(&args.log, "info", true)?;
                let engine = Arc::new(lede::load_engine(args.models.models.as_deref())?);
                let running = lede::server::start(&args, engine).await?;
                lede::server::termination_signal().await;
                tracing::info!("shutdown signal received");
                running.shutdown();
                running.wait().await?;
                Ok(ExitCode::SUCCESS)
            })
        }
        Command::Analyze(args) => {
            init_cli_logs(&args.log)?;
            // Documents that failed are error lines in the output, not a failed run.
            lede::cli::run(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench(args) => {
            init_cli_logs(&args.log)?;
            lede::bench::run(&args)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn init_cli_logs(log: &LogArgs) -> anyhow::Result<()> {
    // The batch job logs warnings and its closing summary only, to stderr.
    let _guard = lede::telemetry::init(log, "warn,lede::cli=info", false)?;
    std::mem::forget(_guard);
    Ok(())
}
