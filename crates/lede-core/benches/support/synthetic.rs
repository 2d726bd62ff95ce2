//! The synthetic news article shared by `benches/pipeline.rs` and `examples/segment_loop.rs`
//! (in a plain folder, so Cargo does not take it for a bench of its own): a headline, a
//! byline and `paras` paragraphs of exactly 3 sentences with one attributed direct quote
//! each, so a bench can assert its counts.

/// A synthetic article of `paras` paragraphs, each with exactly 3 sentences and one quote.
pub fn synthetic(paras: usize) -> String {
    let names = ["Maria Olsen", "Tariq Haddad", "Lena Novak", "Chen Wei"];
    let mut s = String::from("Council Weighs New Budget\n\nBy Staff Writer\n\n");
    for i in 0..paras {
        let n = names[i % names.len()];
        s.push_str(&format!(
            "The council met on Tuesday in Paris with Dr. {n} and officials from the U.S. Treasury. \"We will review the plan by Jan. 5 and report back,\" said {n}. The cost rose 3.5 percent to $1,200.50 million.\n\n"
        ));
    }
    s
}
