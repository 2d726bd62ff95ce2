//! TLS from PEM files (rustls via tonic): the server's identity, optionally a client CA
//! that makes client certificates mandatory (mutual TLS), and the client side for
//! `lede analyze --remote https://…`. Files are read at start; errors name the file.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use tonic::transport::{Certificate, ClientTlsConfig, Identity, ServerTlsConfig};

fn read(path: &Path, what: &str) -> anyhow::Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {what} {}", path.display()))?;
    if !bytes.windows(11).any(|w| w == b"-----BEGIN ") {
        anyhow::bail!("{what} {} is not a PEM file", path.display());
    }
    Ok(bytes)
}

/// The server's TLS configuration, or `None` for plaintext. `cert` and `key` go together.
pub fn server(
    cert: Option<&PathBuf>,
    key: Option<&PathBuf>,
    client_ca: Option<&PathBuf>,
) -> anyhow::Result<Option<ServerTlsConfig>> {
    let (cert, key) = match (cert, key) {
        (None, None) => {
            if client_ca.is_some() {
                anyhow::bail!("--tls-client-ca needs --tls-cert and --tls-key");
            }
            return Ok(None);
        }
        (Some(c), Some(k)) => (c, k),
        _ => anyhow::bail!("--tls-cert and --tls-key go together"),
    };
    let identity = Identity::from_pem(read(cert, "--tls-cert")?, read(key, "--tls-key")?);
    let mut cfg = ServerTlsConfig::new().identity(identity);
    if let Some(ca) = client_ca {
        cfg = cfg.client_ca_root(Certificate::from_pem(read(ca, "--tls-client-ca")?));
    }
    Ok(Some(cfg))
}

/// The client's TLS configuration: trust `ca` (else the system's roots are not used: a
/// CA is required for https), and present `cert`/`key` for mutual TLS.
pub fn client(ca: Option<&PathBuf>, cert: Option<&PathBuf>, key: Option<&PathBuf>) -> anyhow::Result<ClientTlsConfig> {
    let ca = ca.context("an https --remote needs --tls-ca (the CA that signed the server's certificate)")?;
    let mut cfg = ClientTlsConfig::new().ca_certificate(Certificate::from_pem(read(ca, "--tls-ca")?));
    match (cert, key) {
        (Some(c), Some(k)) => cfg = cfg.identity(Identity::from_pem(read(c, "--tls-cert")?, read(k, "--tls-key")?)),
        (None, None) => {}
        _ => anyhow::bail!("--tls-cert and --tls-key go together"),
    }
    Ok(cfg)
}
