//! Tower layers around the gRPC routes (outermost first):
//! [`Observe`] (tracing span with the caller's `traceparent`, Prometheus call metrics),
//! [`Deadline`] (`grpc-timeout` or the server's unary timeout → DEADLINE_EXCEEDED) and
//! [`Shed`] (concurrency limit, and an expected wait for a CPU over `--max-queue-delay`
//! (see [`crate::queue_delay`]): shed → RESOURCE_EXHAUSTED with RetryInfo).
//! Health checks and reflection are never shed. No request body or text is read here.

use std::{
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
    time::{Duration, Instant},
};

use futures::future::BoxFuture;
use http::{Request, Response};
use tokio::sync::Semaphore;
use tonic::body::Body;
use tower::{Layer, Service};
use tracing::Instrument;
use tracing_opentelemetry::OpenTelemetrySpanExt;

use crate::error::ApiError;
use crate::metrics::{CallLabels, MethodLabels, Metrics};
use crate::queue_delay::QueueDelay;

/// The path prefix of the lede API.
pub const API_PREFIX: &str = "/lede.v1.LedeService/";
/// The streaming method of the API.
pub const STREAM_PATH: &str = "/lede.v1.LedeService/AnalyzeStream";

/// True for the unary methods of the API (the ones that are shed and get the server's
/// default timeout).
pub fn is_unary_api(path: &str) -> bool {
    path.starts_with(API_PREFIX) && path != STREAM_PATH
}

/// A request policy: what to do around the inner service for one call.
pub trait Policy: Clone + Send + Sync + 'static {
    /// Handles `req`, calling `inner` or answering by itself.
    fn apply<S>(&self, req: Request<Body>, inner: S) -> BoxFuture<'static, Result<Response<Body>, S::Error>>
    where
        S: Service<Request<Body>, Response = Response<Body>> + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Send + 'static;
}

/// A [`Layer`] applying a [`Policy`].
#[derive(Clone, Debug)]
pub struct PolicyLayer<P>(pub P);

impl<S, P: Clone> Layer<S> for PolicyLayer<P> {
    type Service = PolicyService<P, S>;
    fn layer(&self, inner: S) -> Self::Service {
        PolicyService { policy: self.0.clone(), inner }
    }
}

/// The service of a [`PolicyLayer`].
#[derive(Clone, Debug)]
pub struct PolicyService<P, S> {
    policy: P,
    inner: S,
}

impl<P, S> Service<Request<Body>> for PolicyService<P, S>
where
    P: Policy,
    S: Service<Request<Body>, Response = Response<Body>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<Body>) -> Self::Future {
        // The ready service handles this call; a fresh clone takes its place.
        let fresh = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, fresh);
        self.policy.apply(req, inner)
    }
}

async fn call<S>(mut inner: S, req: Request<Body>) -> Result<Response<Body>, S::Error>
where
    S: Service<Request<Body>, Response = Response<Body>>,
{
    inner.call(req).await
}

/// Tracing span and metrics for every call.
#[derive(Clone, Debug)]
pub struct Observe {
    pub metrics: Arc<Metrics>,
}

struct HeaderExtractor<'a>(&'a http::HeaderMap);

impl opentelemetry::propagation::Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }
    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(|k| k.as_str()).collect()
    }
}

/// The gRPC status code of a response whose status is in its headers (trailers-only
/// responses: every error); `OK` otherwise.
fn response_code(res: &Response<Body>) -> tonic::Code {
    res.headers()
        .get("grpc-status")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<i32>().ok())
        .map(tonic::Code::from_i32)
        .unwrap_or(tonic::Code::Ok)
}

impl Policy for Observe {
    fn apply<S>(&self, req: Request<Body>, inner: S) -> BoxFuture<'static, Result<Response<Body>, S::Error>>
    where
        S: Service<Request<Body>, Response = Response<Body>> + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Send + 'static,
    {
        let method = req.uri().path().rsplit('/').next().unwrap_or("").to_string();
        let span = tracing::info_span!("grpc.call", otel.kind = "server", rpc.method = %method, rpc.grpc.status_code = tracing::field::Empty);
        let parent = opentelemetry::global::get_text_map_propagator(|p| p.extract(&HeaderExtractor(req.headers())));
        let _ = span.set_parent(parent);
        let metrics = self.metrics.clone();
        let start = Instant::now();
        metrics.in_flight.inc();
        Box::pin(
            async move {
                let out = call(inner, req).await;
                metrics.in_flight.dec();
                let code = match &out {
                    Ok(res) => response_code(res),
                    Err(_) => tonic::Code::Internal,
                };
                let secs = start.elapsed().as_secs_f64();
                tracing::Span::current().record("rpc.grpc.status_code", code as i32);
                tracing::debug!(code = ?code, ms = secs * 1e3, "call finished");
                metrics.requests.get_or_create(&CallLabels { method: method.clone(), code: format!("{code:?}") }).inc();
                metrics.latency.get_or_create(&MethodLabels { method }).observe(secs);
                out
            }
            .instrument(span),
        )
    }
}

/// Deadlines: `grpc-timeout` when the caller sent one, else the server's default for
/// unary API calls. Expiry answers DEADLINE_EXCEEDED and drops the work.
#[derive(Clone, Debug)]
pub struct Deadline {
    pub unary_default: Option<Duration>,
}

/// Parses a `grpc-timeout` header value ("100m", "5S", "1H"): at most 8 digits and a unit.
pub fn parse_grpc_timeout(v: &str) -> Option<Duration> {
    if v.len() < 2 || v.len() > 9 {
        return None;
    }
    let (digits, unit) = v.split_at(v.len() - 1);
    let n: u64 = digits.parse().ok()?;
    Some(match unit {
        "H" => Duration::from_secs(n.checked_mul(3600)?),
        "M" => Duration::from_secs(n.checked_mul(60)?),
        "S" => Duration::from_secs(n),
        "m" => Duration::from_millis(n),
        "u" => Duration::from_micros(n),
        "n" => Duration::from_nanos(n),
        _ => return None,
    })
}

/// tonic's own grpc-timeout handling (outside our layers) answers CANCELLED when the same
/// deadline passes; we fire this much earlier so callers get DEADLINE_EXCEEDED.
const AHEAD_OF_TONIC: Duration = Duration::from_millis(2);

impl Policy for Deadline {
    fn apply<S>(&self, req: Request<Body>, inner: S) -> BoxFuture<'static, Result<Response<Body>, S::Error>>
    where
        S: Service<Request<Body>, Response = Response<Body>> + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Send + 'static,
    {
        let path = req.uri().path();
        let header = req.headers().get("grpc-timeout").and_then(|v| v.to_str().ok()).and_then(parse_grpc_timeout);
        let (limit, source) = match (header, self.unary_default) {
            (Some(h), _) => (Some(h), "grpc-timeout"),
            (None, Some(d)) if is_unary_api(path) => (Some(d), "--request-timeout"),
            _ => (None, ""),
        };
        let Some(limit) = limit else {
            return Box::pin(call(inner, req));
        };
        Box::pin(async move {
            match tokio::time::timeout(limit.saturating_sub(AHEAD_OF_TONIC), call(inner, req)).await {
                Ok(out) => out,
                Err(_) => Ok(tonic::Status::deadline_exceeded(format!(
                    "deadline of {} ms ({source}) exceeded before the analysis finished",
                    limit.as_millis()
                ))
                .into_http()),
            }
        })
    }
}

/// Load shedding: at most `limit` unary API calls in flight; more are refused at once.
#[derive(Clone, Debug)]
pub struct Shed {
    pub permits: Arc<Semaphore>,
    pub limit: usize,
    /// Also shed while a new analysis would wait longer than the gauge's target for a CPU.
    pub delay: Option<Arc<QueueDelay>>,
}

impl Shed {
    /// A shedder admitting `limit` concurrent unary calls.
    pub fn new(limit: usize) -> Shed {
        Shed { permits: Arc::new(Semaphore::new(limit)), limit, delay: None }
    }

    /// Also shed new calls while `delay` expects a wait for a CPU longer than its target.
    pub fn with_queue_delay(mut self, delay: Arc<QueueDelay>) -> Shed {
        self.delay = Some(delay);
        self
    }
}

impl Policy for Shed {
    fn apply<S>(&self, req: Request<Body>, inner: S) -> BoxFuture<'static, Result<Response<Body>, S::Error>>
    where
        S: Service<Request<Body>, Response = Response<Body>> + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Send + 'static,
    {
        if !is_unary_api(req.uri().path()) {
            return Box::pin(call(inner, req));
        }
        if let Some(d) = &self.delay {
            if let Some(wait) = d.over_target() {
                let e = ApiError::Queueing {
                    expected_ms: wait.as_millis() as u64,
                    target_ms: d.target().as_millis() as u64,
                };
                return Box::pin(futures::future::ready(Ok(e.to_status().into_http())));
            }
        }
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => Box::pin(async move {
                let out = call(inner, req).await;
                drop(permit);
                out
            }),
            Err(_) => {
                let e = ApiError::Overloaded { in_flight: self.limit, limit: self.limit };
                Box::pin(futures::future::ready(Ok(e.to_status().into_http())))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grpc_timeout_units() {
        assert_eq!(parse_grpc_timeout("100m"), Some(Duration::from_millis(100)));
        assert_eq!(parse_grpc_timeout("2S"), Some(Duration::from_secs(2)));
        assert_eq!(parse_grpc_timeout("1H"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_grpc_timeout("m"), None);
        assert_eq!(parse_grpc_timeout("123456789S"), None);
        assert_eq!(parse_grpc_timeout("10x"), None);
    }

    fn slow_inner(
    ) -> impl Service<Request<Body>, Response = Response<Body>, Error = std::convert::Infallible, Future = impl Send>
           + Clone
           + Send {
        tower::service_fn(|_req: Request<Body>| async {
            tokio::time::sleep(Duration::from_millis(500)).await;
            Ok::<_, std::convert::Infallible>(Response::new(Body::default()))
        })
    }

    #[tokio::test]
    async fn grpc_timeout_header_answers_deadline_exceeded() {
        let mut svc = PolicyLayer(Deadline { unary_default: None }).layer(slow_inner());
        let req = Request::builder()
            .uri("/lede.v1.LedeService/Analyze")
            .header("grpc-timeout", "20m")
            .body(Body::default())
            .unwrap();
        let started = Instant::now();
        let res = svc.call(req).await.unwrap();
        assert_eq!(response_code(&res), tonic::Code::DeadlineExceeded);
        assert!(started.elapsed() < Duration::from_millis(400));
        // No header and no default: the call runs to its end.
        let req = Request::builder().uri("/lede.v1.LedeService/Analyze").body(Body::default()).unwrap();
        assert_eq!(response_code(&svc.call(req).await.unwrap()), tonic::Code::Ok);
    }

    #[tokio::test]
    async fn shed_refuses_beyond_the_limit_but_not_health() {
        let shed = Shed::new(1);
        let held = shed.permits.clone().try_acquire_owned().unwrap();
        let mut svc = PolicyLayer(shed).layer(tower::service_fn(|_r: Request<Body>| async {
            Ok::<_, std::convert::Infallible>(Response::new(Body::default()))
        }));
        let req = Request::builder().uri("/lede.v1.LedeService/Segment").body(Body::default()).unwrap();
        assert_eq!(response_code(&svc.call(req).await.unwrap()), tonic::Code::ResourceExhausted);
        let req = Request::builder().uri("/grpc.health.v1.Health/Check").body(Body::default()).unwrap();
        assert_eq!(response_code(&svc.call(req).await.unwrap()), tonic::Code::Ok);
        drop(held);
        let req = Request::builder().uri("/lede.v1.LedeService/Segment").body(Body::default()).unwrap();
        assert_eq!(response_code(&svc.call(req).await.unwrap()), tonic::Code::Ok);
    }

    #[test]
    fn only_unary_api_calls_are_limited() {
        assert!(is_unary_api("/lede.v1.LedeService/Analyze"));
        assert!(!is_unary_api(STREAM_PATH));
        assert!(!is_unary_api("/grpc.health.v1.Health/Check"));
    }
}
