//! TLS, mutual TLS and bearer tokens, end to end: certificates are made for the test
//! (rcgen), the server runs on 127.0.0.1:0, clients connect with and without each
//! credential, and `lede analyze --remote https://…` runs through it all.

use std::{path::Path, process::Command};

mod common;

use lede::proto::lede::v1::{self as pb, lede_service_client::LedeServiceClient};
use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, IsCa, KeyPair};
use tonic::{
    transport::{Certificate, Channel, ClientTlsConfig, Identity},
    Code,
};

const TOKEN: &str = "test-token-0123456789";

struct Pki {
    ca: String,
    server: (String, String),
    client: (String, String),
}

fn pki() -> Pki {
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = CertifiedIssuer::self_signed(ca_params, KeyPair::generate().unwrap()).unwrap();
    let leaf = |name: &str| {
        let key = KeyPair::generate().unwrap();
        let cert = CertificateParams::new(vec![name.to_string()]).unwrap().signed_by(&key, &ca).unwrap();
        (cert.pem(), key.serialize_pem())
    };
    Pki { ca: ca.pem(), server: leaf("localhost"), client: leaf("lede-client") }
}

fn write(dir: &Path, name: &str, body: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p.to_str().unwrap().to_string()
}

fn request() -> pb::SegmentRequest {
    pb::SegmentRequest {
        document: Some(pb::Document { id: "t".into(), text: "Secure text. Two sentences.".into() }),
        offset_unit: pb::OffsetUnit::Utf8 as i32,
        include_tokens: false,
    }
}

async fn channel(port: u16, tls: ClientTlsConfig) -> Result<Channel, tonic::transport::Error> {
    Channel::from_shared(format!("https://localhost:{port}")).unwrap().tls_config(tls).unwrap().connect().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_and_bearer_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let pki = pki();
    let ca = write(dir.path(), "ca.pem", &pki.ca);
    let cert = write(dir.path(), "server.pem", &pki.server.0);
    let key = write(dir.path(), "server.key", &pki.server.1);
    let ccert = write(dir.path(), "client.pem", &pki.client.0);
    let ckey = write(dir.path(), "client.key", &pki.client.1);
    let tokens = write(dir.path(), "tokens", &format!("# rotated weekly\nold-token-abcdefghijkl\n{TOKEN}\n"));
    let srv = common::start_server(&[
        "--tls-cert",
        &cert,
        "--tls-key",
        &key,
        "--tls-client-ca",
        &ca,
        "--auth-tokens-file",
        &tokens,
    ])
    .await;
    let port = srv.addr.port();
    let ca_cert = Certificate::from_pem(&pki.ca);
    let with_identity = ClientTlsConfig::new()
        .ca_certificate(ca_cert.clone())
        .domain_name("localhost")
        .identity(Identity::from_pem(&pki.client.0, &pki.client.1));

    // Certificate and token: served.
    let ch = channel(port, with_identity.clone()).await.unwrap();
    let mut c = LedeServiceClient::new(ch.clone());
    let mut req = tonic::Request::new(request());
    req.metadata_mut().insert("authorization", format!("Bearer {TOKEN}").parse().unwrap());
    assert!(c.segment(req).await.is_ok());

    // No token, or a wrong one: UNAUTHENTICATED.
    assert_eq!(c.segment(request()).await.unwrap_err().code(), Code::Unauthenticated);
    let mut req = tonic::Request::new(request());
    req.metadata_mut().insert("authorization", "Bearer not-the-token-at-all".parse().unwrap());
    assert_eq!(c.segment(req).await.unwrap_err().code(), Code::Unauthenticated);

    // Health stays open to probes without a token.
    let mut h = tonic_health::pb::health_client::HealthClient::new(ch);
    assert!(h.check(tonic_health::pb::HealthCheckRequest { service: String::new() }).await.is_ok());

    // No client certificate: the TLS handshake is refused.
    let no_identity = ClientTlsConfig::new().ca_certificate(ca_cert).domain_name("localhost");
    let refused = match channel(port, no_identity).await {
        Err(_) => true,
        Ok(ch) => LedeServiceClient::new(ch).segment(request()).await.is_err(),
    };
    assert!(refused, "mutual TLS requires a client certificate");

    // Plaintext is refused too.
    let plain = Channel::from_shared(format!("http://127.0.0.1:{port}")).unwrap().connect().await;
    let refused = match plain {
        Err(_) => true,
        Ok(ch) => LedeServiceClient::new(ch).segment(request()).await.is_err(),
    };
    assert!(refused, "no plaintext on a TLS port");

    // The batch CLI through TLS, a client certificate and a token.
    let url = format!("https://localhost:{port}");
    let out = tokio::task::spawn_blocking(move || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lede"))
            .args([
                "analyze",
                "--remote",
                &url,
                "--tls-ca",
                &ca,
                "--tls-cert",
                &ccert,
                "--tls-key",
                &ckey,
                "--progress",
                "never",
            ])
            .env("LEDE_TOKEN", TOKEN)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(b"{\"id\":\"a\",\"text\":\"One. Two.\"}\n").unwrap();
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["id"], "a");
    assert!(line.get("error").is_none(), "{line}");
    srv.shutdown();
    srv.wait().await.unwrap();
}
