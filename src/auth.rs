//! Optional bearer-token check, as a [`Policy`] layer: with tokens configured, every call
//! must carry `authorization: Bearer <token>` matching one of them (compared in constant
//! time), else UNAUTHENTICATED. Health checks and reflection are exempt unless
//! configured otherwise. Tokens never appear in logs.

use std::{path::Path, sync::Arc};

use anyhow::Context as _;
use futures::future::BoxFuture;
use http::{Request, Response};
use tonic::body::Body;
use tower::Service;

use crate::layers::Policy;

/// The token check. An empty token list lets every call through.
#[derive(Clone, Default)]
pub struct Auth {
    tokens: Arc<Vec<Vec<u8>>>,
    /// Require the token for grpc.health.v1 too.
    pub protect_health: bool,
    /// Require the token for reflection too.
    pub protect_reflection: bool,
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth").field("tokens", &self.tokens.len()).finish_non_exhaustive()
    }
}

impl Auth {
    /// A check accepting any of `tokens`.
    pub fn new(tokens: Vec<String>, protect_health: bool, protect_reflection: bool) -> Auth {
        Auth {
            tokens: Arc::new(tokens.into_iter().map(String::into_bytes).collect()),
            protect_health,
            protect_reflection,
        }
    }

    /// Whether any token is configured.
    pub fn enabled(&self) -> bool {
        !self.tokens.is_empty()
    }

    fn exempt(&self, path: &str) -> bool {
        (!self.protect_health && path.starts_with("/grpc.health.v1.Health/"))
            || (!self.protect_reflection && path.starts_with("/grpc.reflection."))
    }

    fn accepts(&self, header: Option<&http::HeaderValue>) -> bool {
        let Some(given) = header.and_then(|v| v.as_bytes().strip_prefix(b"Bearer ")) else { return false };
        // Check every token so timing does not depend on which one matched.
        self.tokens.iter().fold(false, |ok, t| ok | constant_time_eq(t, given))
    }
}

/// Equality whose time depends only on the lengths.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Reads tokens: one per non-empty line of `file` (lines starting with `#` skipped),
/// plus `single` when given.
pub fn load_tokens(file: Option<&Path>, single: Option<&str>) -> anyhow::Result<Vec<String>> {
    let mut tokens = Vec::new();
    if let Some(path) = file {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read --auth-tokens-file {}", path.display()))?;
        tokens.extend(text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from));
        if tokens.is_empty() {
            anyhow::bail!("--auth-tokens-file {} holds no token", path.display());
        }
    }
    if let Some(t) = single.map(str::trim).filter(|t| !t.is_empty()) {
        tokens.push(t.to_string());
    }
    if let Some(bad) = tokens.iter().find(|t| t.len() < 16 || !t.bytes().all(|b| b.is_ascii_graphic())) {
        anyhow::bail!(
            "an auth token is shorter than 16 characters or has spaces or non-ASCII characters ({} characters)",
            bad.len()
        );
    }
    Ok(tokens)
}

impl Policy for Auth {
    fn apply<S>(&self, req: Request<Body>, mut inner: S) -> BoxFuture<'static, Result<Response<Body>, S::Error>>
    where
        S: Service<Request<Body>, Response = Response<Body>> + Send + 'static,
        S::Future: Send + 'static,
        S::Error: Send + 'static,
    {
        if !self.enabled()
            || self.exempt(req.uri().path())
            || self.accepts(req.headers().get(http::header::AUTHORIZATION))
        {
            return Box::pin(inner.call(req));
        }
        let status =
            tonic::Status::unauthenticated("missing or invalid bearer token (send `authorization: Bearer <token>`)");
        Box::pin(futures::future::ready(Ok(status.into_http())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_match_exactly() {
        let a = Auth::new(vec!["0123456789abcdef".into()], false, false);
        let h = |s: &str| http::HeaderValue::from_str(s).unwrap();
        assert!(a.accepts(Some(&h("Bearer 0123456789abcdef"))));
        assert!(!a.accepts(Some(&h("Bearer 0123456789abcdeg"))));
        assert!(!a.accepts(Some(&h("Bearer 0123456789abcdef0"))));
        assert!(!a.accepts(Some(&h("0123456789abcdef"))));
        assert!(!a.accepts(None));
        assert!(a.exempt("/grpc.health.v1.Health/Check"));
        assert!(!a.exempt("/lede.v1.LedeService/Analyze"));
    }

    #[test]
    fn short_tokens_are_refused_at_start() {
        assert!(load_tokens(None, Some("short")).is_err());
        assert_eq!(load_tokens(None, Some(" 0123456789abcdef ")).unwrap(), ["0123456789abcdef"]);
        assert!(load_tokens(None, None).unwrap().is_empty());
    }
}
