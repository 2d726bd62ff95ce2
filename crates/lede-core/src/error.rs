//! Typed errors of the core (no offsets involved).

use std::path::PathBuf;

/// Everything the core can refuse or fail at.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The text is empty or only whitespace: there is nothing to analyse.
    #[error("text is empty or only whitespace")]
    EmptyText,
    /// A model file could not be read.
    #[error("cannot read model file {path}: {source}")]
    ModelIo {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A model file is malformed or of an unsupported format version.
    #[error("invalid model file {name}: {reason}")]
    ModelFormat { name: String, reason: String },
}
