//! Criterion benches: segmentation, entities, quotes and the whole pipeline on a synthetic
//! news-like text (and on eval texts when `../../shared/eval` exists, read at run time), plus
//! pathological inputs. Each bench asserts what it computes so a fast wrong answer fails.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lede_core::{entities, quotes, segment, Engine, Options};
use std::hint::black_box;
#[path = "support/synthetic.rs"]
mod synthetic;
use synthetic::synthetic;

fn eval_texts() -> Vec<String> {
    // The shared folder sits in the repository root or beside it, depending on the checkout.
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let mut stack: Vec<_> = ["../../shared/eval", "../../../shared/eval"]
        .iter()
        .map(|r| here.join(r))
        .filter(|p| p.is_dir())
        .take(1)
        .collect();
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "jsonl") {
                for line in std::fs::read_to_string(&p).unwrap_or_default().lines().take(50) {
                    if let Some(t) = json_text(line) {
                        out.push(t);
                    }
                }
            }
        }
    }
    out
}

/// The "text" field of a JSON line (minimal decoder; no serde dependency).
fn json_text(line: &str) -> Option<String> {
    let i = line.find("\"text\": \"").map(|i| i + 9).or_else(|| line.find("\"text\":\"").map(|i| i + 8))?;
    let mut out = String::new();
    let mut chars = line[i..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'u' => {
                    let h: String = chars.by_ref().take(4).collect();
                    out.push(char::from_u32(u32::from_str_radix(&h, 16).ok()?).unwrap_or('\u{fffd}'));
                }
                o => out.push(o),
            },
            c => out.push(c),
        }
    }
    None
}

fn benches(c: &mut Criterion) {
    let engine = Engine::embedded().unwrap();
    let models = engine.models();
    let opts = Options::default();
    let text = synthetic(200);
    let seg = segment::segment(&text, models, false);
    // 2 header blocks + 3 sentences per paragraph.
    assert_eq!(seg.sentences.len(), 2 + 3 * 200);
    let ents = entities::extract(&text, &seg, models, &opts);
    let qs = quotes::extract(&text, &seg, &ents, models, &opts);
    assert_eq!(qs.iter().filter(|q| q.kind == lede_core::QuoteType::Direct).count(), 200);
    assert!(qs.iter().all(|q| q.speaker.is_some()));

    let mut g = c.benchmark_group("synthetic");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("segment", |b| {
        b.iter(|| assert_eq!(segment::segment(black_box(&text), models, false).sentences.len(), 602))
    });
    g.bench_function("segment_tokens", |b| {
        b.iter(|| {
            let s = segment::segment(black_box(&text), models, true);
            assert_eq!(s.sentences.len(), 602);
            assert!(s.tokens.len() > 30 * 200);
        })
    });
    g.bench_function("entities", |b| {
        b.iter(|| assert!(!entities::extract(black_box(&text), &seg, models, &opts).is_empty()))
    });
    g.bench_function("quotes", |b| {
        b.iter(|| assert!(quotes::extract(black_box(&text), &seg, &ents, models, &opts).len() >= 200))
    });
    g.bench_function("pipeline", |b| {
        b.iter(|| assert_eq!(engine.analyze(black_box(&text), &opts).unwrap().segmentation.sentences.len(), 602))
    });
    g.finish();

    let docs = eval_texts();
    if !docs.is_empty() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut g = c.benchmark_group("eval_texts");
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("pipeline", |b| {
            b.iter(|| {
                for d in &docs {
                    let a = engine.analyze(black_box(d), &opts);
                    assert!(a.is_ok() || d.trim().is_empty());
                }
            })
        });
        g.finish();
    }

    // Pathological inputs: must stay linear.
    let no_punct = "word ".repeat(400_000); // 2 MB, one sentence
    let quotes_only = "\"“”‘’".repeat(100_000); // ~1.1 MB of quotation marks
    let abbrevs = "Mr. Dr. U.S. a.m. Jan. p. ".repeat(40_000);
    let dots = "a.".repeat(500_000);
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10);
    g.bench_function("no_punctuation_2mb", |b| {
        b.iter(|| assert_eq!(engine.analyze(black_box(&no_punct), &opts).unwrap().segmentation.sentences.len(), 1))
    });
    g.bench_function("quote_marks_1mb", |b| b.iter(|| assert!(engine.analyze(black_box(&quotes_only), &opts).is_ok())));
    g.bench_function("abbreviations", |b| {
        b.iter(|| assert!(engine.analyze(black_box(&abbrevs), &opts).unwrap().segmentation.sentences.len() < 1000))
    });
    g.bench_function("dots_1mb", |b| b.iter(|| assert!(engine.analyze(black_box(&dots), &opts).is_ok())));
    g.finish();
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
