//! The loopback guard of `lede bench`: a load generator is a denial-of-service tool
//! pointed at whatever URL it is given, so it refuses any target that is not on this
//! machine (127.0.0.0/8, ::1, or a name that resolves only to those) unless the caller
//! says `--allow-remote`. This keeps a mistyped or copy-pasted URL from flooding a shared
//! or production server, and keeps benchmarks measuring lede rather than the network.

use std::net::{IpAddr, SocketAddr};

/// Why a target was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TargetError {
    #[error("--target {0:?} is not a URL like http://127.0.0.1:50051")]
    BadUrl(String),
    #[error("--target {url:?}: cannot resolve {host:?}: {reason}")]
    Unresolved { url: String, host: String, reason: String },
    #[error(
        "--target {url:?} resolves to {addr}, which is not a loopback address; \
         lede bench only loads servers on this machine unless --allow-remote is given"
    )]
    NotLoopback { url: String, addr: IpAddr },
}

/// Host and port of an `http://host:port` URL (IPv6 hosts in brackets).
fn host_port(url: &str) -> Result<(String, u16), TargetError> {
    let bad = || TargetError::BadUrl(url.to_string());
    let uri: http::Uri = url.parse().map_err(|_| bad())?;
    match uri.scheme_str() {
        Some("http") | Some("https") => {}
        _ => return Err(bad()),
    }
    let host = uri.host().ok_or_else(bad)?.trim_start_matches('[').trim_end_matches(']').to_string();
    let port = uri.port_u16().unwrap_or(if uri.scheme_str() == Some("https") { 443 } else { 80 });
    Ok((host, port))
}

/// Checks that `url` points at this machine (or that remote targets are allowed).
pub async fn check(url: &str, allow_remote: bool) -> Result<(), TargetError> {
    let (host, port) = host_port(url)?;
    if allow_remote {
        return Ok(());
    }
    let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::net::lookup_host((host.as_str(), port))
            .await
            .map_err(|e| TargetError::Unresolved { url: url.into(), host: host.clone(), reason: e.to_string() })?
            .collect(),
    };
    if addrs.is_empty() {
        return Err(TargetError::Unresolved { url: url.into(), host, reason: "no addresses".into() });
    }
    match addrs.iter().find(|a| !is_loopback(a.ip())) {
        Some(a) => Err(TargetError::NotLoopback { url: url.into(), addr: a.ip() }),
        None => Ok(()),
    }
}

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn only_loopback_unless_allowed() {
        assert_eq!(check("http://127.0.0.1:50051", false).await, Ok(()));
        assert_eq!(check("http://127.8.9.10:1", false).await, Ok(()));
        assert_eq!(check("http://[::1]:50051", false).await, Ok(()));
        assert_eq!(check("http://localhost:50051", false).await, Ok(()));
        for remote in
            ["http://10.0.0.5:50051", "http://192.168.1.2:1", "http://8.8.8.8:443", "http://[::ffff:10.0.0.1]:1"]
        {
            assert!(matches!(check(remote, false).await, Err(TargetError::NotLoopback { .. })), "{remote}");
            assert_eq!(check(remote, true).await, Ok(()));
        }
        assert!(matches!(check("127.0.0.1:50051", false).await, Err(TargetError::BadUrl(_))));
        assert!(matches!(check("ftp://127.0.0.1/", true).await, Err(TargetError::BadUrl(_))));
    }
}
