//! The service's typed errors and their one mapping to gRPC: `tonic::Status` with
//! google.rpc error details (BadRequest, ErrorInfo, RetryInfo) for unary calls, and the
//! same content as a `google.rpc.Status` message for per-document stream results.

use std::{collections::HashMap, time::Duration};

use prost::Message;
use tonic::Code;
use tonic_types::{ErrorDetails, StatusExt};

use crate::proto::google::rpc;

/// The error domain reported in google.rpc.ErrorInfo.
pub const DOMAIN: &str = "lede.v1";

/// Everything a request or a document can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A required field is missing.
    #[error("{field} is required")]
    Missing { field: &'static str },
    /// A field has a value outside what is accepted.
    #[error("{field}: {reason}")]
    Invalid { field: &'static str, reason: String },
    /// The document's text is empty or only whitespace.
    #[error("document.text is empty or only whitespace")]
    EmptyText,
    /// The document's text is over the configured limit.
    #[error("document.text is {len} bytes, over the limit of {limit} bytes (--max-text-bytes)")]
    TextTooLarge { len: usize, limit: usize },
    /// The same document id came twice in one stream.
    #[error("document.id {id:?} was already used in this stream")]
    DuplicateId { id: String },
    /// The server is at its concurrency limit.
    #[error(
        "server overloaded: {in_flight} analyses in flight (limit {limit}, --max-concurrency); retry after backoff"
    )]
    Overloaded { in_flight: usize, limit: usize },
    /// A new analysis would wait longer than the target for a CPU.
    #[error(
        "server overloaded: a new analysis would wait about {expected_ms} ms for a CPU (limit {target_ms} ms, --max-queue-delay); retry after backoff"
    )]
    Queueing { expected_ms: u64, target_ms: u64 },
    /// The server is shutting down.
    #[error("server is shutting down; retry on another instance")]
    Draining,
    /// The call was cancelled or its deadline passed before the work ran.
    #[error("the call was cancelled")]
    Cancelled,
    /// A bug: the analysis failed unexpectedly. Never includes article text.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// The gRPC code of this error.
    pub fn code(&self) -> Code {
        match self {
            ApiError::Missing { .. }
            | ApiError::Invalid { .. }
            | ApiError::EmptyText
            | ApiError::TextTooLarge { .. }
            | ApiError::DuplicateId { .. } => Code::InvalidArgument,
            ApiError::Overloaded { .. } | ApiError::Queueing { .. } => Code::ResourceExhausted,
            ApiError::Draining => Code::Unavailable,
            ApiError::Cancelled => Code::Cancelled,
            ApiError::Internal(_) => Code::Internal,
        }
    }

    /// A short machine-readable reason (google.rpc.ErrorInfo.reason).
    pub fn reason(&self) -> &'static str {
        match self {
            ApiError::Missing { .. } => "MISSING_FIELD",
            ApiError::Invalid { .. } => "INVALID_FIELD",
            ApiError::EmptyText => "EMPTY_TEXT",
            ApiError::TextTooLarge { .. } => "TEXT_TOO_LARGE",
            ApiError::DuplicateId { .. } => "DUPLICATE_ID",
            ApiError::Overloaded { .. } | ApiError::Queueing { .. } => "OVERLOADED",
            ApiError::Draining => "DRAINING",
            ApiError::Cancelled => "CANCELLED",
            ApiError::Internal(_) => "INTERNAL",
        }
    }

    fn details(&self) -> ErrorDetails {
        let mut meta = HashMap::new();
        let mut d = ErrorDetails::new();
        match self {
            ApiError::Missing { field } => {
                d.add_bad_request_violation(*field, "required");
            }
            ApiError::Invalid { field, reason } => {
                d.add_bad_request_violation(*field, reason.clone());
            }
            ApiError::EmptyText => {
                d.add_bad_request_violation("document.text", "must contain a non-whitespace character");
            }
            ApiError::TextTooLarge { len, limit } => {
                d.add_bad_request_violation("document.text", format!("{len} bytes; the limit is {limit} bytes"));
                meta.insert("limit_bytes".to_string(), limit.to_string());
                meta.insert("size_bytes".to_string(), len.to_string());
            }
            ApiError::DuplicateId { .. } => {
                d.add_bad_request_violation("document.id", "must be unique within a stream");
            }
            ApiError::Overloaded { limit, .. } => {
                d.set_retry_info(Some(Duration::from_millis(100)));
                meta.insert("limit".to_string(), limit.to_string());
            }
            ApiError::Queueing { expected_ms, target_ms } => {
                d.set_retry_info(Some(Duration::from_millis(100)));
                meta.insert("queue_delay_ms".to_string(), expected_ms.to_string());
                meta.insert("target_ms".to_string(), target_ms.to_string());
            }
            ApiError::Draining => {
                d.set_retry_info(Some(Duration::from_millis(0)));
            }
            ApiError::Cancelled | ApiError::Internal(_) => {}
        }
        d.set_error_info(self.reason(), DOMAIN, meta);
        d
    }

    /// The error as a `tonic::Status` carrying google.rpc error details.
    pub fn to_status(&self) -> tonic::Status {
        tonic::Status::with_error_details(self.code(), self.to_string(), self.details())
    }

    /// The error as a `google.rpc.Status` message (for per-document results).
    pub fn to_rpc_status(&self) -> rpc::Status {
        status_to_rpc(&self.to_status())
    }
}

impl From<ApiError> for tonic::Status {
    fn from(e: ApiError) -> tonic::Status {
        e.to_status()
    }
}

impl From<lede_core::Error> for ApiError {
    fn from(e: lede_core::Error) -> ApiError {
        match e {
            lede_core::Error::EmptyText => ApiError::EmptyText,
            other => ApiError::Internal(other.to_string()),
        }
    }
}

/// A `tonic::Status` as a `google.rpc.Status` message, keeping its error details.
pub fn status_to_rpc(s: &tonic::Status) -> rpc::Status {
    // tonic carries the details as an encoded google.rpc.Status: same wire format.
    if !s.details().is_empty() {
        if let Ok(mut decoded) = rpc::Status::decode(s.details()) {
            decoded.code = s.code() as i32;
            decoded.message = s.message().to_string();
            return decoded;
        }
    }
    rpc::Status { code: s.code() as i32, message: s.message().to_string(), details: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_names_the_limit_and_carries_bad_request() {
        let e = ApiError::TextTooLarge { len: 2000, limit: 1000 };
        let s = e.to_status();
        assert_eq!(s.code(), Code::InvalidArgument);
        assert!(s.message().contains("1000"), "{}", s.message());
        let det = s.get_error_details();
        let br = det.bad_request().expect("bad request details");
        assert_eq!(br.field_violations[0].field, "document.text");
        assert_eq!(det.error_info().unwrap().reason, "TEXT_TOO_LARGE");
    }

    #[test]
    fn rpc_status_keeps_code_message_and_details() {
        let r = ApiError::Overloaded { in_flight: 9, limit: 8 }.to_rpc_status();
        assert_eq!(r.code, Code::ResourceExhausted as i32);
        assert!(r.message.contains("limit 8"));
        assert!(r.details.iter().any(|a| a.type_url.ends_with("google.rpc.RetryInfo")));
    }
}
