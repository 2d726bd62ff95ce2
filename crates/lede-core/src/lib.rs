//! lede-core: the transport-free NLP core of lede.
//!
//! Takes `&str`, returns [`Analysis`] whose spans are **UTF-8 byte offsets** into that
//! string (see [`types`] for the span contract). No I/O at analysis time, no async, no
//! network: an [`Engine`] is built once from [`Models`] (embedded in the binary or read
//! from a folder) and shared (it is `Send + Sync`) behind an `Arc`.
//!
//! Pipeline: [`segment`] (blocks → sentences → tokens) → [`entities`] → [`quotes`]
//! (speakers are linked to entities).
//!
//! The crate has no `unsafe` code and forbids it, which is why its fuzz targets run without
//! AddressSanitizer (`cargo fuzz run -s none`): the invariants asserted inside the targets
//! are what they check.

#![forbid(unsafe_code)]

pub mod calendar;
pub mod entities;
pub mod error;
pub mod models;
pub mod quotes;
pub mod segment;
pub mod types;

pub use error::Error;
pub use models::Models;
pub use types::*;

/// The analysis engine. Cheap to share, immutable after construction.
#[derive(Debug)]
pub struct Engine {
    models: Models,
}

impl Engine {
    /// An engine over the given models.
    pub fn new(models: Models) -> Result<Engine, Error> {
        Ok(Engine { models })
    }

    /// An engine over the models embedded in the binary.
    pub fn embedded() -> Result<Engine, Error> {
        Engine::new(Models::embedded()?)
    }

    /// The models this engine uses.
    pub fn models(&self) -> &Models {
        &self.models
    }

    /// Analyse one document.
    ///
    /// Errors: [`Error::EmptyText`] when `text` has no non-whitespace character.
    pub fn analyze(&self, text: &str, opts: &Options) -> Result<Analysis, Error> {
        if text.trim().is_empty() {
            return Err(Error::EmptyText);
        }
        let need_seg = opts.features.segmentation || opts.features.quotes || opts.features.entities;
        let mut seg =
            if need_seg { segment::segment(text, &self.models, opts.tokens) } else { Segmentation::default() };
        // Entities and quotes read the same content sentences: tokenize them once.
        let sents = if opts.features.entities || opts.features.quotes {
            entities::content_sentences(text, &seg, opts)
        } else {
            Vec::new()
        };
        let entities = if opts.features.entities || opts.features.quotes {
            entities::extract_tokenized(text, &seg, &sents, &self.models)
        } else {
            Vec::new()
        };
        let quotes = if opts.features.quotes {
            quotes::extract_tokenized(text, &seg, &sents, &entities, &self.models, opts)
        } else {
            Vec::new()
        };
        // Entities computed only to resolve speakers are not returned; speaker links keep
        // their indices (entity ids are stable: the same text and options give the same).
        let entities = if opts.features.entities { entities } else { Vec::new() };
        if !opts.features.segmentation {
            seg = Segmentation::default();
        }
        Ok(Analysis { segmentation: seg, quotes, entities })
    }
}
