//! Body-vs-not line F1 of the block rules on our own labelled web-copied pages.
//!
//! The pages in `fixtures/pages/{tuning,heldout}` are invented text written for this
//! project, each shaped like a select-all copy of a different kind of news page (see
//! `fixtures/pages/README.md` for the label format and the convention). Every labelled line
//! is mapped to the kind of the block that contains it; a line is predicted body when that
//! block is [`BlockKind::Body`]. The test prints per-page and micro F1 of the body class,
//! for our rules and for the line baseline "at least 10 words and final punctuation", and
//! fails when the micro F1 falls below a floor set slightly under the measured figure.
//!
//! `LEDE_PAGES_MISSES=tuning` (or `heldout`, or a file-name fragment) also prints every
//! line the rules get wrong on the matching pages; `LEDE_PAGES_DUMP=t01` prints every line
//! of the matching pages with its label and predicted kind.
use lede_core::{segment, BlockKind, Models};
use std::path::{Path, PathBuf};

/// Floors on micro line F1 of the body class (measured: see docs/segmentation.md).
const TUNING_FLOOR: f64 = 0.93;
const HELDOUT_FLOOR: f64 = 0.93;

/// One labelled line: byte range in the stripped text, gold label, line text.
struct Line {
    start: usize,
    end: usize,
    label: char,
}

/// A page: the text as a user would paste it, and the labels of its non-blank lines.
struct Page {
    name: String,
    text: String,
    lines: Vec<Line>,
}

fn load(path: &Path) -> Page {
    let raw = std::fs::read_to_string(path).unwrap();
    let mut text = String::new();
    let mut lines = Vec::new();
    for (n, l) in raw.lines().enumerate() {
        if l.trim().is_empty() {
            text.push('\n');
            continue;
        }
        let (label, content) = l
            .split_once('|')
            .filter(|(p, _)| matches!(*p, "B" | "C" | "N"))
            .unwrap_or_else(|| panic!("{}:{}: line without a B|, C| or N| label", path.display(), n + 1));
        let start = text.len();
        text.push_str(content);
        lines.push(Line { start, end: text.len(), label: label.chars().next().unwrap() });
        text.push('\n');
    }
    Page { name: path.file_stem().unwrap().to_string_lossy().into_owned(), text, lines }
}

fn pages(dir: &str) -> Vec<Page> {
    let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages").join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| load(p)).collect()
}

/// True/false positives and false negatives of the body class.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, gold: bool, pred: bool) {
        match (gold, pred) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }
    fn merge(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn f1(&self) -> f64 {
        if self.tp == 0 {
            return 0.0;
        }
        2.0 * self.tp as f64 / (2 * self.tp + self.fp + self.fn_) as f64
    }
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

/// The line baseline: at least 10 words and final punctuation (closing quotes and brackets
/// after it allowed).
fn baseline(line: &str) -> bool {
    let t = line.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    line.split_whitespace().count() >= 10 && t.ends_with(['.', '!', '?', '…'])
}

/// Kind of the block containing each line (by the line's first non-blank byte), and whether
/// that block is an `Other` block (a crosshead) with body blocks right before and after it.
fn line_kinds(page: &Page, models: &Models) -> Vec<(Option<BlockKind>, bool)> {
    let seg = segment::segment(&page.text, models, false);
    let b = &seg.blocks;
    page.lines
        .iter()
        .map(|l| {
            let at = l.start + (page.text[l.start..l.end].len() - page.text[l.start..l.end].trim_start().len());
            match b.iter().position(|b| b.span.start <= at && at < b.span.end) {
                Some(i) => {
                    let inside = b[i].kind == BlockKind::Other
                        && i > 0
                        && b[i - 1].kind == BlockKind::Body
                        && b.get(i + 1).is_some_and(|n| n.kind == BlockKind::Body);
                    (Some(b[i].kind), inside)
                }
                None => (None, false),
            }
        })
        .collect()
}

/// Scores of one set of pages.
#[derive(Default, Clone, Copy)]
struct Scores {
    /// Our rules, crossheads labelled body.
    ours: Counts,
    /// The line baseline.
    base: Counts,
    /// Our rules with crosshead lines left out of the count.
    no_crossheads: Counts,
    /// Our rules, reading an `Other` block between two body blocks as body.
    crossheads_as_body: Counts,
}

/// Scores one set of pages; prints per-page figures and the misses asked for.
fn score(set: &str, models: &Models) -> Scores {
    let show = std::env::var("LEDE_PAGES_MISSES").unwrap_or_default();
    let dump = std::env::var("LEDE_PAGES_DUMP").unwrap_or_default();
    let mut all = Scores::default();
    for page in pages(set) {
        let kinds = line_kinds(&page, models);
        let (mut o, mut b) = (Counts::default(), Counts::default());
        for (l, &(k, inside)) in page.lines.iter().zip(&kinds) {
            let gold = l.label != 'N';
            let pred = k == Some(BlockKind::Body);
            let s = &page.text[l.start..l.end];
            o.add(gold, pred);
            b.add(gold, baseline(s));
            if l.label != 'C' {
                all.no_crossheads.add(gold, pred);
            }
            all.crossheads_as_body.add(gold, pred || inside);
            if !dump.is_empty() && page.name.contains(&dump) {
                let mark = if gold != pred { "✗" } else { " " };
                println!("  {mark} {}|{:?}| {}", l.label, k, s.chars().take(100).collect::<String>());
            }
            if gold != pred && !show.is_empty() && (show == set || page.name.contains(&show)) {
                println!("  miss {} {}|{:?}| {}", page.name, l.label, k, s.chars().take(90).collect::<String>());
            }
        }
        println!(
            "{set:8} {:28} ours F1 {:.3} (P {:.3} R {:.3})  baseline F1 {:.3}",
            page.name,
            o.f1(),
            o.precision(),
            o.recall(),
            b.f1()
        );
        all.ours.merge(o);
        all.base.merge(b);
    }
    let (o, b) = (all.ours, all.base);
    println!(
        "{set:8} MICRO ours F1 {:.3} (P {:.3} R {:.3}, {} body lines)  baseline F1 {:.3} (P {:.3} R {:.3})",
        o.f1(),
        o.precision(),
        o.recall(),
        o.tp + o.fn_,
        b.f1(),
        b.precision(),
        b.recall()
    );
    println!(
        "{set:8} MICRO ours F1 {:.3} without crosshead lines, {:.3} reading in-body `Other` as body",
        all.no_crossheads.f1(),
        all.crossheads_as_body.f1()
    );
    all
}

#[test]
fn body_line_f1_on_own_labelled_pages() {
    let models = Models::embedded().unwrap();
    let tuning = score("tuning", &models).ours;
    let heldout = score("heldout", &models).ours;
    assert!(tuning.f1() >= TUNING_FLOOR, "tuning pages: body line F1 {:.3} < {TUNING_FLOOR}", tuning.f1());
    assert!(heldout.f1() >= HELDOUT_FLOOR, "held-out pages: body line F1 {:.3} < {HELDOUT_FLOOR}", heldout.f1());
}

#[test]
fn every_page_is_labelled_and_has_body() {
    for set in ["tuning", "heldout"] {
        for p in pages(set) {
            assert!(p.lines.iter().any(|l| l.label == 'B'), "{}: no body line", p.name);
            assert!(p.lines.iter().any(|l| l.label == 'N'), "{}: no non-body line", p.name);
        }
    }
}
