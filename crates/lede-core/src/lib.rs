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

use std::sync::Mutex;

pub use error::Error;
pub use models::Models;
pub use types::*;

/// The analysis engine. Cheap to share, immutable after construction (its only inner
/// state is a pool of the tagger's reusable buffers and word caches, which depend on the
/// engine's models alone and never change a result).
pub struct Engine {
    models: Models,
    /// Tagger scratch space, one per analysis in flight, reused by the next analysis.
    scratch: Mutex<Vec<entities::tagged::Scratch>>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("models", &self.models).finish_non_exhaustive()
    }
}

/// Most tagger scratch spaces an engine keeps for reuse (one per concurrent analysis).
const MAX_POOLED_SCRATCH: usize = 64;

impl Engine {
    /// An engine over the given models.
    pub fn new(models: Models) -> Result<Engine, Error> {
        Ok(Engine { models, scratch: Mutex::new(Vec::new()) })
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
        let mut entities = if opts.features.entities || opts.features.quotes {
            // A scratch from the pool (a fresh one if the pool is empty or its lock poisoned);
            // it goes back after use, so its word cache serves the next documents.
            let mut scratch = self.scratch.lock().ok().and_then(|mut p| p.pop()).unwrap_or_default();
            let found = entities::extract_tokenized(text, &seg, &sents, &self.models, &mut scratch);
            if let Ok(mut pool) = self.scratch.lock() {
                if pool.len() < MAX_POOLED_SCRATCH {
                    pool.push(scratch);
                }
            }
            found
        } else {
            Vec::new()
        };
        let resolve = opts.resolved_mentions && opts.features.entities;
        let quotes = if opts.features.quotes || resolve {
            quotes::extract_tokenized(text, &seg, &sents, &entities, &self.models, opts)
        } else {
            Vec::new()
        };
        if resolve {
            entities::add_resolved_mentions(text, &quotes, &mut entities);
        }
        let quotes = if opts.features.quotes { quotes } else { Vec::new() };
        // Entities computed only to resolve speakers are not returned; speaker links keep
        // their indices (entity ids are stable: the same text and options give the same).
        let entities = if opts.features.entities { entities } else { Vec::new() };
        if !opts.features.segmentation {
            seg = Segmentation::default();
        }
        Ok(Analysis { segmentation: seg, quotes, entities })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The engine reuses the tagger's word cache across documents: a warm engine must give
    /// every document exactly the analysis a fresh engine gives it.
    #[test]
    fn warm_engine_equals_fresh_engine() {
        let texts = [
            include_str!("../tests/fixtures/harbour_article.txt"),
            include_str!("../tests/fixtures/web_copied_ferry.txt"),
            "Port Authority Names New Chief\n\nBy Ana Ruiz\n\nLAGOS — The Lagos Harbour Trust named \
             Maria Okafor its chief executive on Tuesday. “We will rebuild the pier,” Okafor said.",
            "Senator Helena Marchetti told reporters in Brazil on Monday that the Northfield Water \
             Authority had missed its deadline. Marchetti said the delay would cost $12 million.",
            "SÃO PAULO (Reuters) - Petrobras and the U.S. Securities and Exchange Commission agreed \
             on a 3.5% settlement, the company's CEO José Núñez said in İstanbul.",
        ];
        let opts = Options::default();
        let warm = Engine::embedded().unwrap();
        for t in texts.iter().chain(texts.iter().rev()) {
            warm.analyze(t, &opts).unwrap();
        }
        for t in texts.iter().rev() {
            let fresh = Engine::embedded().unwrap().analyze(t, &opts).unwrap();
            assert!(!fresh.entities.is_empty());
            assert_eq!(warm.analyze(t, &opts).unwrap(), fresh, "{t:.60}");
        }
    }
}
