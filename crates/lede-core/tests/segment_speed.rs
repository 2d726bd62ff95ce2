//! Segmentation speed and linear-time checks.
//!
//! The pathological inputs run in every `cargo test` and must give the documented shape
//! (no clock assertions: speed goals live in the benches). The throughput figure (ignored by default) measures
//! the thread's CPU time from `/proc/thread-self/schedstat`, so it stays meaningful on a busy
//! machine: `cargo test --release -p lede-core --test segment_speed -- --ignored --nocapture`.
use lede_core::{segment, Models};
use std::time::Instant;

fn models() -> Models {
    Models::embedded().unwrap()
}

/// A news-like text of `paras` paragraphs of invented prose.
fn news(paras: usize) -> String {
    let mut s = String::from("Harbour Board Delays Dredging Plan\n\nBy Staff Writer\n\n");
    for i in 0..paras {
        s.push_str(&format!(
            "The harbour board met on Tuesday with Dr. Ines Varga and officials from the U.S. Army Corps of Engineers. \
             \"We will decide by Feb. {d} and not before,\" Varga said, adding that costs rose 4.{d} percent to $2,300.75 million. \
             Residents of Kestrel Bay, who have waited since 2019, were not impressed; one called the plan \"a slow joke.\" \
             The next meeting is at 9 a.m. on Monday at the town hall on Quay St. near the old ferry terminal.\n\n",
            d = i % 9 + 1
        ));
    }
    s
}

/// CPU time of this thread in nanoseconds (Linux), or wall time elsewhere.
fn cpu_ns(start: Instant) -> u128 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or_else(|| start.elapsed().as_nanos())
}

#[test]
#[ignore]
fn throughput_sentences_and_tokens() {
    let m = models();
    let text = news(400);
    let seg = segment::segment(&text, &m, true);
    assert_eq!(seg.sentences.len(), 2 + 4 * 400);
    let t0 = Instant::now();
    let c0 = cpu_ns(t0);
    let rounds = 200;
    let mut toks = 0;
    for _ in 0..rounds {
        toks += segment::segment(std::hint::black_box(&text), &m, true).tokens.len();
    }
    let cpu = (cpu_ns(t0) - c0) as f64 / 1e9;
    let mb = (text.len() * rounds) as f64 / 1e6;
    assert!(toks > 0);
    println!("sentences+tokens: {:.1} MB/s CPU ({:.1} MB in {:.3} s CPU)", mb / cpu, mb, cpu);
    let c1 = cpu_ns(t0);
    for _ in 0..rounds {
        assert!(!segment::segment(std::hint::black_box(&text), &m, false).sentences.is_empty());
    }
    let cpu = (cpu_ns(t0) - c1) as f64 / 1e9;
    println!("sentences only:   {:.1} MB/s CPU", mb / cpu);
}

/// Runs `text` through segmentation with tokens. No clock here (speed lives in the
/// benches): a quadratic step at these sizes takes hours, which CI's time limit catches,
/// and the shape assertions check the answer.
fn segmented(text: &str) -> lede_core::Segmentation {
    segment::segment(text, &models(), true)
}

#[test]
fn ten_megabytes_without_punctuation_is_linear() {
    let text = "tide ".repeat(2_000_000);
    let seg = segmented(&text);
    assert_eq!(seg.sentences.len(), 1);
    assert_eq!(seg.tokens.len(), 2_000_000);
}

#[test]
fn one_megabyte_of_quotation_marks_is_linear() {
    let text = "\"“”‘’'«»".repeat(60_000);
    let seg = segmented(&text);
    assert!(!seg.sentences.is_empty());
}

#[test]
fn thousands_of_abbreviations_in_a_row_are_linear() {
    let text = "Mr. Dr. U.S. a.m. Jan. p. St. etc. ".repeat(30_000);
    let seg = segmented(&text);
    assert!(!seg.sentences.is_empty());
    let text = "A. B. C. D. ".repeat(50_000);
    segmented(&text);
}

#[test]
fn long_dot_and_ellipsis_runs_are_linear() {
    let text = ". . . . ".repeat(100_000) + &"word. ".repeat(100_000) + &".".repeat(500_000);
    segmented(&text);
}

#[test]
fn one_huge_word_is_linear() {
    let text = "x".repeat(3_000_000) + "." + &"@".repeat(1_000_000);
    segmented(&text);
}
