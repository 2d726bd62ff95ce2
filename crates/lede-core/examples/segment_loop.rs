//! Runs segmentation (blocks, sentences and tokens) in a loop, for profilers that want a
//! plain binary (`valgrind --tool=callgrind`, `perf record`). See
//! `docs/profiling/segmentation.md`.
//!
//! Usage: `segment_loop [FILE] [ITERATIONS]`. FILE holds one or more documents separated by
//! form feeds (U+000C); without it (or with `-`) the synthetic article of the criterion
//! bench is used. Prints the number of sentences and tokens so the work is not optimised
//! away.
use lede_core::{segment, Models};
#[path = "../benches/support/synthetic.rs"]
mod synthetic;
use synthetic::synthetic;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.first().map(String::as_str) {
        None | Some("-") => synthetic(200),
        Some(path) => std::fs::read_to_string(path).expect("readable UTF-8 file"),
    };
    let iters: usize = args.get(1).map_or(100, |n| n.parse().expect("ITERATIONS is a number"));
    let docs: Vec<&str> = text.split('\u{c}').collect();
    let models = Models::embedded().expect("embedded models");
    let (mut sentences, mut tokens) = (0, 0);
    for _ in 0..iters {
        for d in &docs {
            let seg = segment::segment(std::hint::black_box(d), &models, true);
            sentences += seg.sentences.len();
            tokens += seg.tokens.len();
        }
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    println!("{} docs, {bytes} bytes x {iters}: {sentences} sentences, {tokens} tokens", docs.len());
}
