//! Prometheus metrics, served as text on a separate HTTP port (`GET /metrics`).
//! Labels carry method names and status codes only, never ids or text.

use std::sync::Arc;

use prometheus_client::{
    encoding::{text::encode, EncodeLabelSet},
    metrics::{counter::Counter, family::Family, gauge::Gauge, histogram::Histogram},
    registry::Registry,
};

/// Labels of a finished call.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CallLabels {
    pub method: String,
    pub code: String,
}

/// Labels of a method.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct MethodLabels {
    pub method: String,
}

/// Labels of a processed document.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OutcomeLabels {
    pub outcome: &'static str,
}

type HistogramFamily = Family<MethodLabels, Histogram, fn() -> Histogram>;

/// All metrics of the server.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    pub requests: Family<CallLabels, Counter>,
    pub latency: HistogramFamily,
    pub documents: Family<OutcomeLabels, Counter>,
    pub bytes: Counter,
    pub in_flight: Gauge,
    pub open_streams: Gauge,
}

fn latency_histogram() -> Histogram {
    // 0.25 ms … ~16 s, doubling.
    Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(0.00025, 2.0, 17))
}

impl Metrics {
    /// A fresh registry with every metric registered.
    pub fn new() -> Arc<Metrics> {
        let mut registry = Registry::with_prefix("lede");
        let requests = Family::<CallLabels, Counter>::default();
        let latency: HistogramFamily = Family::new_with_constructor(latency_histogram as fn() -> Histogram);
        let documents = Family::<OutcomeLabels, Counter>::default();
        let bytes = Counter::default();
        let in_flight = Gauge::default();
        let open_streams = Gauge::default();
        registry.register("grpc_requests", "Finished gRPC calls by method and status code", requests.clone());
        registry.register(
            "grpc_request_duration_seconds",
            "gRPC call latency until the response headers (unary: the whole call)",
            latency.clone(),
        );
        registry.register("documents", "Documents analysed, by outcome (ok, error)", documents.clone());
        registry.register("text_bytes", "Bytes of document text analysed", bytes.clone());
        registry.register("grpc_in_flight", "gRPC calls in flight", in_flight.clone());
        registry.register("open_streams", "AnalyzeStream calls open", open_streams.clone());
        Arc::new(Metrics { registry, requests, latency, documents, bytes, in_flight, open_streams })
    }

    /// Counts one finished document.
    pub fn document(&self, ok: bool, bytes: usize) {
        self.documents.get_or_create(&OutcomeLabels { outcome: if ok { "ok" } else { "error" } }).inc();
        if ok {
            self.bytes.inc_by(bytes as u64);
        }
    }

    /// The metrics in the Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        encode(&mut out, &self.registry).expect("writing to a String cannot fail");
        out
    }
}

/// Serves on `listener` until `shutdown` resolves: `GET /metrics` (Prometheus text),
/// `GET /healthz` (200 while the process runs) and `GET /readyz` (200, then 503 once
/// `draining` turns true) — HTTP probes for deployments where gRPC probes cannot reach
/// the gRPC port (it serves TLS, or requires tokens for health).
pub async fn serve(
    listener: tokio::net::TcpListener,
    metrics: Arc<Metrics>,
    draining: tokio::sync::watch::Receiver<bool>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::{
        http::{header, StatusCode},
        routing::get,
        Router,
    };
    let app = Router::new()
        .route(
            "/metrics",
            get(move || {
                let m = metrics.clone();
                async move { ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], m.render()) }
            }),
        )
        .route("/healthz", get(|| async { "ok\n" }))
        .route(
            "/readyz",
            get(move || {
                let draining = *draining.borrow();
                async move {
                    if draining {
                        (StatusCode::SERVICE_UNAVAILABLE, "draining\n")
                    } else {
                        (StatusCode::OK, "ready\n")
                    }
                }
            }),
        );
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await
}
