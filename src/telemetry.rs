//! Logging and tracing: `tracing` to stderr (pretty or JSON) and, when the standard
//! `OTEL_EXPORTER_OTLP_ENDPOINT` is set, OpenTelemetry traces over OTLP/gRPC with W3C
//! trace-context propagation (incoming `traceparent` becomes the parent of call spans).
//! Spans and logs carry method names, codes, ids and sizes — never article text.

use anyhow::Context as _;
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_sdk::{propagation::TraceContextPropagator, trace::SdkTracerProvider, Resource};
use tracing_subscriber::{layer::SubscriberExt, util::SubscriberInitExt, EnvFilter, Layer};

use crate::config::{LogArgs, LogFormat};

/// Flushes traces on drop.
#[derive(Debug, Default)]
pub struct TelemetryGuard {
    provider: Option<SdkTracerProvider>,
}

impl Drop for TelemetryGuard {
    fn drop(&mut self) {
        if let Some(p) = self.provider.take() {
            let _ = p.shutdown();
        }
    }
}

/// Installs the global subscriber. `default_filter` applies when neither `--log` nor
/// RUST_LOG is set. Must run inside a tokio runtime when OTLP is enabled.
pub fn init(args: &LogArgs, default_filter: &str, otlp: bool) -> anyhow::Result<TelemetryGuard> {
    let filter = match &args.log {
        Some(f) => EnvFilter::try_new(f).with_context(|| format!("invalid --log / LEDE_LOG filter {f:?}"))?,
        None => EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter)),
    };
    let fmt = match args.log_format {
        LogFormat::Pretty => tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .with_target(false)
            .boxed(),
        LogFormat::Json => tracing_subscriber::fmt::layer()
            .json()
            .with_writer(std::io::stderr)
            .with_current_span(true)
            .with_span_list(false)
            .boxed(),
    };
    let otlp = std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT").ok().filter(|v| otlp && !v.trim().is_empty());
    let mut guard = TelemetryGuard::default();
    let otel_layer = match otlp {
        Some(endpoint) => {
            let exporter = opentelemetry_otlp::SpanExporter::builder()
                .with_tonic()
                .build()
                .with_context(|| format!("cannot set up the OTLP exporter for {endpoint}"))?;
            let service = std::env::var("OTEL_SERVICE_NAME").unwrap_or_else(|_| "lede".into());
            let provider = SdkTracerProvider::builder()
                .with_batch_exporter(exporter)
                .with_resource(Resource::builder().with_service_name(service).build())
                .build();
            let tracer = provider.tracer("lede");
            guard.provider = Some(provider);
            Some(tracing_opentelemetry::layer().with_tracer(tracer))
        }
        None => None,
    };
    opentelemetry::global::set_text_map_propagator(TraceContextPropagator::new());
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt)
        .with(otel_layer)
        .try_init()
        .context("a global tracing subscriber is already installed")?;
    Ok(guard)
}
