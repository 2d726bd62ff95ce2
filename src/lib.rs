//! lede: a gRPC service and batch CLI that turns news text into structure.
//!
//! The NLP work is done by the transport-free `lede-core` crate (UTF-8 byte offsets);
//! this crate maps protobuf to the core ([`convert`]), converts offsets to the unit the
//! caller asked for ([`offsets`]), maps errors to gRPC in one place ([`error`]), runs
//! CPU work on a bounded pool ([`pool`]) and serves it ([`server`], [`service`],
//! [`layers`], [`metrics`], [`telemetry`]); [`cli`] is the batch job and [`bench`] the
//! load generator.

pub mod auth;
pub mod bench;
pub mod cli;
pub mod config;
pub mod convert;
pub mod error;
pub mod layers;
pub mod metrics;
pub mod offsets;
pub mod pool;
pub mod proto;
pub mod queue_delay;
pub mod server;
pub mod service;
pub mod telemetry;
pub mod tls;

/// Loads the models: embedded, or overridden from `dir`.
pub fn load_engine(dir: Option<&std::path::Path>) -> anyhow::Result<lede_core::Engine> {
    use anyhow::Context as _;
    let models = match dir {
        Some(d) => lede_core::Models::from_dir(d).with_context(|| format!("cannot load --models {}", d.display()))?,
        None => lede_core::Models::embedded().context("cannot load the embedded models")?,
    };
    tracing::info!(models = %models.describe(), "models loaded");
    Ok(lede_core::Engine::new(models)?)
}
