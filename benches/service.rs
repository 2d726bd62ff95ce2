//! Criterion benches of the service's in-process work, on the built-in synthetic news
//! corpus (`lede::bench::corpus`) and on the "text" fields of `../shared/eval/**/*.jsonl`
//! when that folder exists (read at run time, never committed; skipped with a message
//! otherwise):
//! - `offsets`: byte → UTF-16 / code point conversion (`lede::offsets`);
//! - `pipeline`: the whole job of one document, core analysis + protobuf conversion
//!   with code-point offsets (`lede::pool::analyze`), throughput in words;
//! - `json`: the protobuf JSON mapping of a result, as `lede analyze` writes it.
//!
//! Each bench checks what it computes (sentence and quote counts the corpus guarantees,
//! offsets against a reference) so that a fast wrong answer fails instead of passing.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede::bench::corpus;
use lede::convert::JobSpec;
use lede::offsets::{OffsetMapper, OffsetUnit};
use lede::proto::lede::v1 as pb;

fn spec() -> JobSpec {
    JobSpec { options: lede_core::Options::default(), unit: OffsetUnit::CodePoint }
}

/// `n` synthetic articles of about `bytes` bytes.
fn corpus_of(n: u64, bytes: usize) -> Vec<corpus::Article> {
    (0..n).map(|i| corpus::article(i, bytes)).collect()
}

/// Checks a converted result against what the synthetic article guarantees.
fn check(a: &corpus::Article, c: &lede::convert::Converted) {
    let seg = c.segmentation.as_ref().expect("segmentation asked for");
    assert_eq!(seg.sentences.len(), a.sentences, "sentences of a synthetic article");
    let direct: Vec<_> = c.quotes.iter().filter(|q| q.r#type == pb::QuoteType::Direct as i32).collect();
    assert_eq!(direct.len(), a.direct_quotes, "direct quotes of a synthetic article");
    assert!(direct.iter().all(|q| q.speaker.is_some()), "every synthetic quote has a named speaker");
    assert!(!c.entities.is_empty());
}

/// "text" fields of the shared eval sets, when present beside the repository.
fn eval_texts() -> Option<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut stack = vec![root.clone()];
    let mut out = Vec::new();
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "jsonl") {
                for line in std::fs::read_to_string(&p).unwrap_or_default().lines() {
                    let v: serde_json::Value = match serde_json::from_str(line) {
                        Ok(v) => v,
                        Err(_) => continue,
                    };
                    if let Some(t) = v["text"].as_str().filter(|t| !t.trim().is_empty()) {
                        out.push(t.to_string());
                    }
                }
            }
        }
    }
    if out.is_empty() {
        eprintln!("note: no texts under {}; the eval benches are skipped", root.display());
        return None;
    }
    Some(out)
}

fn offsets(c: &mut Criterion) {
    let text: String = corpus_of(20, 5_000).into_iter().map(|a| a.text).collect();
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
    let want16: Vec<u32> = bounds.iter().map(|&b| text[..b].encode_utf16().count() as u32).collect();
    let mut g = c.benchmark_group("offsets");
    g.throughput(Throughput::Bytes(text.len() as u64));
    for (name, unit) in [("utf16", OffsetUnit::Utf16), ("codepoint", OffsetUnit::CodePoint)] {
        g.bench_function(format!("build_{name}"), |b| {
            b.iter(|| OffsetMapper::new(black_box(&text), unit).map(text.len()))
        });
    }
    let m = OffsetMapper::new(&text, OffsetUnit::Utf16);
    assert!(bounds.iter().zip(&want16).all(|(&b, &w)| m.map(b) == w), "UTF-16 offsets match the reference");
    g.throughput(Throughput::Elements(bounds.len() as u64));
    g.bench_function("map_utf16_per_offset", |b| {
        b.iter(|| bounds.iter().map(|&o| u64::from(m.map(black_box(o)))).sum::<u64>())
    });
    g.finish();
}

fn pipeline(c: &mut Criterion) {
    let engine = lede_core::Engine::embedded().expect("embedded models");
    let spec = spec();
    for (name, n, bytes) in [("5kb_x64", 64, 5_000), ("100kb", 1, 100_000)] {
        let docs = corpus_of(n, bytes);
        for a in &docs {
            check(a, &lede::pool::analyze(&engine, &a.text, &spec).expect("analysis succeeds"));
        }
        let words: usize = docs.iter().map(|a| corpus::words(&a.text)).sum();
        let mut g = c.benchmark_group("pipeline");
        g.throughput(Throughput::Elements(words as u64));
        g.bench_function(format!("synthetic_{name}_words"), |b| {
            b.iter(|| {
                for a in &docs {
                    let c = lede::pool::analyze(&engine, black_box(&a.text), &spec).unwrap();
                    assert_eq!(c.segmentation.map_or(0, |s| s.sentences.len()), a.sentences);
                }
            })
        });
        g.finish();
    }
    if let Some(texts) = eval_texts() {
        let words: usize = texts.iter().map(|t| corpus::words(t)).sum();
        let mut g = c.benchmark_group("pipeline");
        g.sample_size(10);
        g.throughput(Throughput::Elements(words as u64));
        g.bench_function(format!("eval_{}docs_words", texts.len()), |b| {
            b.iter(|| {
                for t in &texts {
                    let c = lede::pool::analyze(&engine, black_box(t), &spec).unwrap();
                    assert!(c.segmentation.is_some_and(|s| !s.sentences.is_empty()));
                }
            })
        });
        g.finish();
    }
}

fn json(c: &mut Criterion) {
    let engine = lede_core::Engine::embedded().expect("embedded models");
    let spec = spec();
    let results: Vec<pb::DocumentResult> = corpus_of(64, 5_000)
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let c = lede::pool::analyze(&engine, &a.text, &spec).unwrap();
            pb::DocumentResult {
                id: format!("syn-{i}"),
                sequence: i as u64,
                segmentation: c.segmentation,
                quotes: c.quotes,
                entities: c.entities,
                error: None,
            }
        })
        .collect();
    let first = serde_json::to_string(&results[0]).unwrap();
    assert!(first.contains("QUOTE_TYPE_DIRECT") && first.contains("\"sentences\""), "{first}");
    let out_bytes: usize = results.iter().map(|r| serde_json::to_string(r).unwrap().len()).sum();
    let mut g = c.benchmark_group("json");
    g.throughput(Throughput::Bytes(out_bytes as u64));
    g.bench_function("document_results_5kb_x64", |b| {
        b.iter(|| results.iter().map(|r| serde_json::to_string(black_box(r)).unwrap().len()).sum::<usize>())
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = offsets, pipeline, json
}
criterion_main!(benches);
