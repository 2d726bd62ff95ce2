//! OpenTelemetry export: with `OTEL_EXPORTER_OTLP_ENDPOINT` set, call spans reach an OTLP
//! collector (a fake one on 127.0.0.1), parented by the caller's `traceparent`, and carry
//! no article text. Its own test binary: it installs the global tracing subscriber.

use std::sync::{Arc, Mutex};

mod common;

use lede::proto::lede::v1::{self as pb, lede_service_client::LedeServiceClient};
use opentelemetry_proto::tonic::collector::trace::v1::{
    trace_service_server::{TraceService, TraceServiceServer},
    ExportTraceServiceRequest, ExportTraceServiceResponse,
};

#[derive(Clone, Default)]
struct Collector(Arc<Mutex<Vec<ExportTraceServiceRequest>>>);

#[tonic::async_trait]
impl TraceService for Collector {
    async fn export(
        &self,
        req: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        self.0.lock().unwrap().push(req.into_inner());
        Ok(tonic::Response::new(ExportTraceServiceResponse { partial_success: None }))
    }
}

const SECRET_TEXT: &str = "Zebulon Quartermaine said the vault code was 4411.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spans_reach_the_collector_with_the_callers_trace_id_and_no_text() {
    let collector = Collector::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let otlp_addr = listener.local_addr().unwrap();
    let svc = TraceServiceServer::new(collector.clone());
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(svc)
            .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener)),
    );
    std::env::set_var("OTEL_EXPORTER_OTLP_ENDPOINT", format!("http://{otlp_addr}"));
    let args = common::serve_args(&[]);
    let guard = lede::telemetry::init(&args.log, "info", true).unwrap();
    let srv = common::start_server(&[]).await;
    let mut c = LedeServiceClient::connect(format!("http://{}", srv.addr)).await.unwrap();
    let trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
    let mut req = tonic::Request::new(pb::AnalyzeRequest {
        document: Some(pb::Document { id: "otel-1".into(), text: SECRET_TEXT.into() }),
        options: Some(pb::AnalyzeOptions {
            features: vec![pb::Feature::Entities as i32],
            offset_unit: pb::OffsetUnit::Utf8 as i32,
            ..Default::default()
        }),
    });
    req.metadata_mut().insert("traceparent", format!("00-{trace_id}-00f067aa0ba902b7-01").parse().unwrap());
    c.analyze(req).await.unwrap();
    srv.shutdown();
    srv.wait().await.unwrap();
    drop(guard); // flushes the batch exporter

    let got = collector.0.lock().unwrap().clone();
    let spans: Vec<_> =
        got.iter().flat_map(|r| &r.resource_spans).flat_map(|rs| &rs.scope_spans).flat_map(|ss| &ss.spans).collect();
    let call = spans.iter().find(|s| s.name == "grpc.call").expect("a grpc.call span was exported");
    let hex: String = call.trace_id.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, trace_id, "the span continues the caller's trace");
    let dump = format!("{got:?}");
    assert!(!dump.contains("Zebulon") && !dump.contains("vault"), "no article text in traces");
}
