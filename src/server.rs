//! `lede serve`: assembles the gRPC server (API, health, reflection v1 + v1alpha, gzip,
//! tower layers) and the metrics endpoint, and runs the drain on shutdown:
//! health `""` → NOT_SERVING and streams stop reading, the listener closes, in-flight
//! calls finish, and whatever is still running after the grace period is dropped.
//! The health name `liveness` stays SERVING for as long as the process runs.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context as _;
use lede_core::Engine;
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};
use tonic::{codec::CompressionEncoding, transport::server::TcpIncoming};
use tonic_health::ServingStatus;

use crate::config::ServeArgs;
use crate::layers::{Deadline, Observe, PolicyLayer, Shed};
use crate::metrics::{self, Metrics};
use crate::pool::Analyzer;
use crate::proto::{self, lede::v1::lede_service_server::LedeServiceServer};
use crate::queue_delay::QueueDelay;
use crate::service::{Api, ApiLimits};

/// The health service name that stays SERVING while the process lives.
pub const LIVENESS: &str = "liveness";

/// A started server.
#[derive(Debug)]
pub struct Running {
    /// The bound gRPC address.
    pub addr: SocketAddr,
    /// The bound metrics address.
    pub metrics_addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    task: JoinHandle<anyhow::Result<()>>,
}

impl Running {
    /// Starts the drain (as SIGTERM does).
    pub fn shutdown(&self) {
        let _ = self.shutdown.send(true);
    }

    /// Waits for the server to stop.
    pub async fn wait(self) -> anyhow::Result<()> {
        self.task.await.context("server task panicked")?
    }
}

/// Binds both listeners and starts serving in the background.
pub async fn start(args: &ServeArgs, engine: Arc<Engine>) -> anyhow::Result<Running> {
    args.validate()?;
    let tls = crate::tls::server(args.tls_cert.as_ref(), args.tls_key.as_ref(), args.tls_client_ca.as_ref())?;
    let tokens = crate::auth::load_tokens(args.auth_tokens_file.as_deref(), args.auth_token.as_deref())?;
    let auth = crate::auth::Auth::new(tokens, args.auth_health, args.auth_reflection);
    let secured = (tls.is_some(), args.tls_client_ca.is_some(), auth.enabled());
    let listener =
        TcpListener::bind(args.addr).await.with_context(|| format!("cannot listen on --addr {}", args.addr))?;
    let metrics_listener = TcpListener::bind(args.metrics_addr)
        .await
        .with_context(|| format!("cannot listen on --metrics-addr {}", args.metrics_addr))?;
    let addr = listener.local_addr()?;
    let metrics_addr = metrics_listener.local_addr()?;

    let workers = args.workers.unwrap_or_else(num_cpus::get);
    let mut analyzer = Analyzer::new(engine, workers, workers * 4)?;
    let mut shed = Shed::new(args.max_concurrency);
    if !args.max_queue_delay.is_zero() {
        let delay = Arc::new(QueueDelay::new(args.max_queue_delay, workers));
        analyzer = analyzer.with_queue_delay(delay.clone());
        shed = shed.with_queue_delay(delay);
    }
    let analyzer = Arc::new(analyzer);
    let metrics = Metrics::new();
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let limits = ApiLimits {
        max_text_bytes: args.max_text_bytes,
        stream_window: args.stream_window,
        stream_buffer: args.stream_window,
        max_streams: args.max_streams,
    };
    let api = Api::new(analyzer, metrics.clone(), limits, shutdown_rx.clone());

    let (health, health_service) = tonic_health::server::health_reporter();
    health.set_service_status("", ServingStatus::Serving).await;
    health.set_service_status(LIVENESS, ServingStatus::Serving).await;
    health.set_serving::<LedeServiceServer<Api>>().await;

    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(proto::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;

    let lede = LedeServiceServer::new(api)
        .max_decoding_message_size(args.max_message_bytes)
        .max_encoding_message_size(usize::MAX)
        .accept_compressed(CompressionEncoding::Gzip)
        .send_compressed(CompressionEncoding::Gzip);

    let unary_default = (!args.request_timeout.is_zero()).then_some(args.request_timeout);
    let mut builder = tonic::transport::Server::builder();
    if let Some(tls) = tls {
        builder = builder.tls_config(tls).context("invalid TLS configuration")?;
    }
    let router = builder
        .layer(PolicyLayer(Observe { metrics: metrics.clone() }))
        .layer(PolicyLayer(auth))
        .layer(PolicyLayer(Deadline { unary_default }))
        .layer(PolicyLayer(shed))
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(lede);

    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    let grace = args.grace_period;
    let drain_delay = args.drain_delay;
    let mut stop = shutdown_rx.clone();
    // The HTTP port (metrics, /healthz, /readyz) stays up until the drain is over.
    let (metrics_stop_tx, metrics_stop_rx) = tokio::sync::oneshot::channel::<()>();
    let metrics_stop = async move {
        let _ = metrics_stop_rx.await;
    };
    let metrics_task = tokio::spawn(metrics::serve(metrics_listener, metrics, shutdown_rx.clone(), metrics_stop));

    let task = tokio::spawn(async move {
        let (accepting_tx, accepting_rx) = tokio::sync::oneshot::channel::<()>();
        let serve = tokio::spawn(router.serve_with_incoming_shutdown(incoming, async move {
            let _ = accepting_rx.await;
        }));
        let _ = stop.wait_for(|d| *d).await;
        tracing::info!(
            grace_s = grace.as_secs_f64(),
            drain_delay_s = drain_delay.as_secs_f64(),
            "draining: health NOT_SERVING, no new calls, finishing in-flight work"
        );
        health.set_service_status("", ServingStatus::NotServing).await;
        health.set_not_serving::<LedeServiceServer<Api>>().await;
        tokio::time::sleep(drain_delay).await;
        let _ = accepting_tx.send(());
        match tokio::time::timeout(grace, serve).await {
            Ok(Ok(Ok(()))) => tracing::info!("drained; all calls finished"),
            Ok(Ok(Err(e))) => return Err(anyhow::Error::new(e).context("gRPC server failed")),
            Ok(Err(e)) => return Err(anyhow::Error::new(e).context("gRPC server task panicked")),
            Err(_) => tracing::warn!("grace period over; dropping the calls still open"),
        }
        let _ = metrics_stop_tx.send(());
        let _ = tokio::time::timeout(Duration::from_secs(1), metrics_task).await;
        Ok(())
    });
    tracing::info!(%addr, %metrics_addr, workers, tls = secured.0, mutual_tls = secured.1, bearer_auth = secured.2, "lede serving");
    Ok(Running { addr, metrics_addr, shutdown: shutdown_tx, task })
}

/// Resolves on SIGTERM or SIGINT.
pub async fn termination_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = ctrl_c.await;
                return;
            }
        };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
