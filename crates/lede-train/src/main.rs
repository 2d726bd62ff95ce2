//! `lede-train`: builds the entity gazetteer model file and trains the averaged-perceptron
//! entity tagger of lede-core (see `docs/entities.md` for the exact recipe).
//!
//! ```text
//! lede-train gazetteer --src DIR --out FILE [--surnames N] [--gmb-norp] [--sex-ratio R]
//! lede-train train --models DIR --out FILE [--epochs N] [--seed S] [--dev-frac F]
//!                  [--prune EPS] [--bags N] [--drop LABEL,...] FILE.conll.gz...
//! ```
//!
//! Training input: gzip CoNLL, `token<TAB>BIO-tag`, blank line between sentences,
//! `-DOCSTART-` between documents. Labels are mapped with `NameType::from_label`
//! (GPE/LOC/FAC → place, EVENT/MISC → misc; DATE and unknown labels → O). Features come from
//! `lede_core::entities::tagger::Featurizer` over the model files in `--models`, so the
//! trainer and the engine see identical features. Deterministic for a given seed.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

use lede_core::entities::gazetteer::LETTERS;
use lede_core::entities::tagger::{
    allowed, chunks, tag_b, tag_i, Featurizer, NameType, Prepared, TaggerModel, NTAGS, START,
};
use lede_core::Models;

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let r = match args.first().map(String::as_str) {
        Some("gazetteer") => gazetteer(&args[1..]),
        Some("train") => train(&args[1..]),
        _ => Err("usage: lede-train gazetteer|train [OPTIONS] (see docs/entities.md)".into()),
    };
    if let Err(e) = r {
        eprintln!("lede-train: {e}");
        std::process::exit(2);
    }
}

/// `--name value` options and positional arguments.
struct Opts {
    kv: HashMap<String, String>,
    flags: HashSet<String>,
    pos: Vec<String>,
}

fn parse_opts(args: &[String], flag_names: &[&str]) -> Opts {
    let mut o = Opts { kv: HashMap::new(), flags: HashSet::new(), pos: Vec::new() };
    let mut i = 0;
    while i < args.len() {
        if let Some(k) = args[i].strip_prefix("--") {
            if flag_names.contains(&k) {
                o.flags.insert(k.to_string());
            } else if i + 1 < args.len() {
                o.kv.insert(k.to_string(), args[i + 1].clone());
                i += 1;
            }
        } else {
            o.pos.push(args[i].clone());
        }
        i += 1;
    }
    o
}

impl Opts {
    fn get<T: std::str::FromStr>(&self, k: &str, default: T) -> Res<T> {
        match self.kv.get(k) {
            Some(v) => v.parse().map_err(|_| format!("bad value for --{k}: {v}").into()),
            None => Ok(default),
        }
    }
    fn req(&self, k: &str) -> Res<String> {
        self.kv.get(k).cloned().ok_or_else(|| format!("missing --{k}").into())
    }
}

fn read_gz_lines(path: &PathBuf) -> Res<Vec<String>> {
    let f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let r = BufReader::new(flate2::read::MultiGzDecoder::new(f));
    Ok(r.lines().collect::<Result<Vec<_>, _>>()?)
}

// ---------------------------------------------------------------- gazetteer

fn gazetteer(args: &[String]) -> Res<()> {
    let o = parse_opts(args, &["gmb-norp"]);
    let src = PathBuf::from(o.req("src")?);
    let out = PathBuf::from(o.req("out")?);
    let max_surname_rank: usize = o.get("surnames", 20000)?;
    let common_rank: usize = o.get("common-surnames", 2000)?;
    let mut names: std::collections::BTreeMap<String, String> = Default::default();
    let mut add = |n: &str, c: char| {
        let n = n.trim();
        if n.is_empty() || n.contains('\t') {
            return;
        }
        let e = names.entry(n.to_string()).or_default();
        if !e.contains(c) {
            e.push(c);
        }
    };
    for l in read_gz_lines(&src.join("places.tsv.gz"))?.iter().skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() < 2 {
            continue;
        }
        match c[1] {
            "COUNTRY" | "US_STATE" | "CONTINENT" | "COUNTRY_ALIAS" => add(c[0], 'C'),
            "CITY" => add(c[0], 'T'),
            _ => {}
        }
    }
    // A given name's sex: W or M when one sex bears it at least `--sex-ratio` times as often
    // as the other (by the census frequency), neither when both do ("Jordan").
    let sex_ratio: f64 = o.get("sex-ratio", 4.0)?;
    let mut by_sex: std::collections::BTreeMap<String, (f64, f64)> = Default::default();
    for l in read_gz_lines(&src.join("person_first.tsv.gz"))?.iter().skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        add(c[0], 'F');
        let freq: f64 = c.get(2).and_then(|x| x.trim().parse().ok()).unwrap_or(0.0);
        let e = by_sex.entry(c[0].trim().to_string()).or_default();
        match c.get(1).map(|x| x.trim()) {
            Some("F") => e.0 += freq,
            Some("M") => e.1 += freq,
            _ => {}
        }
    }
    for (n, (f, m)) in &by_sex {
        if *f > 0.0 && *f >= sex_ratio * *m {
            add(n, 'W');
        } else if *m > 0.0 && *m >= sex_ratio * *f {
            add(n, 'M');
        }
    }
    for l in read_gz_lines(&src.join("person_last.tsv.gz"))?.iter().skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        let rank: usize = c.get(3).and_then(|r| r.trim().parse().ok()).unwrap_or(usize::MAX);
        if rank <= common_rank {
            add(c[0], 'S');
        } else if rank <= max_surname_rank {
            add(c[0], 'L');
        }
    }
    // Group words: only the project-written rows unless --gmb-norp (GMB-derived, unclear terms).
    for l in read_gz_lines(&src.join("norp_gmb.tsv.gz"))?.iter().skip(1) {
        let c: Vec<&str> = l.split('\t').collect();
        if c.len() >= 3 && (c[2] == "project" || o.flags.contains("gmb-norp")) {
            add(c[0], 'N');
        }
    }
    let mut f = std::io::BufWriter::new(std::fs::File::create(&out)?);
    writeln!(f, "# lede-model ner_gazetteer v1")?;
    writeln!(f, "# Built by `lede-train gazetteer` (docs/entities.md). NAME<TAB>FLAGS; flags:")?;
    writeln!(f, "# C country/state/continent/alias, T city >= 15k people (GeoNames, CC BY 4.0: contains")?;
    writeln!(f, "# data from GeoNames, www.geonames.org, filtered and reformatted), F given name,")?;
    writeln!(f, "# S/L frequent/less frequent surname (US Census 1990, public domain), N group word,")?;
    writeln!(f, "# W/M given name borne mostly by women/men (same census files).")?;
    let letters: String = LETTERS.iter().map(|l| l.0).collect();
    for (n, c) in &names {
        let mut c: Vec<char> = c.chars().collect();
        c.sort_by_key(|x| letters.find(*x));
        writeln!(f, "{n}\t{}", c.into_iter().collect::<String>())?;
    }
    eprintln!("wrote {} names to {}", names.len(), out.display());
    Ok(())
}

// ---------------------------------------------------------------- training data

struct Sent {
    /// Index of the sentence's document in `lowers`.
    doc: usize,
    words: Vec<String>,
    tags: Vec<u8>,
    seen_lower: Vec<bool>,
}

fn map_tag(t: &str, drop: &HashSet<String>) -> (u8, bool) {
    // (tag, is_inside)
    if t == "O" {
        return (0, false);
    }
    let (bio, label) = t.split_once('-').unwrap_or(("B", t));
    if drop.contains(label) {
        return (0, false);
    }
    match NameType::from_label(label) {
        Some(nt) if bio == "I" => (tag_i(nt), true),
        Some(nt) => (tag_b(nt), false),
        None => (0, false),
    }
}

fn read_conll(path: &PathBuf, drop: &HashSet<String>, lowers: &mut Vec<HashSet<String>>) -> Res<Vec<Vec<Sent>>> {
    let mut docs: Vec<Vec<Sent>> = vec![Vec::new()];
    let mut words = Vec::new();
    let mut tags: Vec<u8> = Vec::new();
    let flush = |docs: &mut Vec<Vec<Sent>>, words: &mut Vec<String>, tags: &mut Vec<u8>| {
        if !words.is_empty() {
            // Repair BIO: an I after a different type or O becomes B.
            for i in 0..tags.len() {
                let prev = if i == 0 { 0 } else { tags[i - 1] };
                if !allowed(prev, tags[i]) {
                    tags[i] -= 1;
                }
            }
            let n = words.len();
            docs.last_mut().unwrap().push(Sent {
                doc: 0,
                words: std::mem::take(words),
                tags: std::mem::take(tags),
                seen_lower: vec![false; n],
            });
        }
    };
    for l in read_gz_lines(path)? {
        if l.starts_with("-DOCSTART-") {
            flush(&mut docs, &mut words, &mut tags);
            docs.push(Vec::new());
            continue;
        }
        if l.trim().is_empty() {
            flush(&mut docs, &mut words, &mut tags);
            continue;
        }
        let (w, t) = l.split_once('\t').ok_or_else(|| format!("{}: bad line {l:?}", path.display()))?;
        words.push(w.replace('_', " "));
        tags.push(map_tag(t.trim(), drop).0);
    }
    flush(&mut docs, &mut words, &mut tags);
    docs.retain(|d| !d.is_empty());
    // Documents without ids (GMB) are one document per sentence.
    let no_docs = docs.len() == 1 && docs[0].len() > 2000;
    if no_docs {
        let all = docs.pop().unwrap();
        docs = all.into_iter().map(|s| vec![s]).collect();
    }
    for d in &mut docs {
        let lower: HashSet<String> = d
            .iter()
            .flat_map(|s| s.words.iter())
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .cloned()
            .collect();
        lowers.push(lower.clone());
        for s in d.iter_mut() {
            s.doc = lowers.len() - 1;
            for (i, w) in s.words.iter().enumerate() {
                s.seen_lower[i] = w.chars().next().is_some_and(char::is_uppercase) && lower.contains(&w.to_lowercase());
            }
        }
    }
    Ok(docs)
}

// ---------------------------------------------------------------- perceptron

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[derive(Default)]
struct Weights {
    rows: HashMap<u32, usize>,
    w: Vec<f32>,
    tot: Vec<f64>,
    ts: Vec<u64>,
    now: u64,
}

impl Weights {
    fn score(&self, ids: &[u32], tagf: &[u32; 4], s: &mut [f32; NTAGS]) {
        *s = [0.0; NTAGS];
        for id in ids.iter().chain(tagf.iter()) {
            if let Some(&r) = self.rows.get(id) {
                for (x, w) in s.iter_mut().zip(&self.w[r * NTAGS..(r + 1) * NTAGS]) {
                    *x += w;
                }
            }
        }
    }
    fn update(&mut self, id: u32, tag: u8, delta: f32) {
        let n = self.rows.len();
        let r = *self.rows.entry(id).or_insert(n);
        if r == n {
            self.w.extend([0.0; NTAGS]);
            self.tot.extend([0.0; NTAGS]);
            self.ts.extend([0; NTAGS]);
        }
        let i = r * NTAGS + tag as usize;
        self.tot[i] += (self.now - self.ts[i]) as f64 * self.w[i] as f64;
        self.ts[i] = self.now;
        self.w[i] += delta;
    }
    /// Every feature's averaged weight row (pruning is the caller's, after bagging).
    fn averaged(&self) -> Vec<(u32, [f32; NTAGS])> {
        let avg = |r: usize| {
            std::array::from_fn(|t| {
                let i = r * NTAGS + t;
                let tot = self.tot[i] + (self.now - self.ts[i]) as f64 * self.w[i] as f64;
                (tot / self.now.max(1) as f64) as f32
            })
        };
        self.rows.iter().map(|(&id, &r)| (id, avg(r))).collect()
    }
}

fn prepare_all(fz: &Featurizer<'_>, sents: &[&Sent], lowers: &[HashSet<String>]) -> Vec<Prepared> {
    sents
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let mut p = Prepared::default();
            fz.prepare(&words, &s.seen_lower, &lowers[s.doc], &mut p);
            p
        })
        .collect()
}

fn decode_with(w: &Weights, p: &Prepared, tags: &mut Vec<u8>) {
    tags.clear();
    let (mut p2, mut p1) = (START, START);
    let mut s = [0f32; NTAGS];
    for i in 0..p.len() {
        w.score(p.features(i), &p.tag_features(i, p2, p1), &mut s);
        let pv = if p1 == START { 0 } else { p1 };
        let best =
            (0..NTAGS as u8).filter(|&t| allowed(pv, t)).fold(
                0u8,
                |b, t| {
                    if s[t as usize] > s[b as usize] {
                        t
                    } else {
                        b
                    }
                },
            );
        tags.push(best);
        p2 = p1;
        p1 = best;
    }
}

fn chunk_f1(gold: &[&Sent], pred: &[Vec<u8>]) -> (f64, HashMap<NameType, (usize, usize, usize)>) {
    let mut per: HashMap<NameType, (usize, usize, usize)> = HashMap::new();
    for (s, p) in gold.iter().zip(pred) {
        let g: HashSet<_> = chunks(&s.tags).into_iter().collect();
        let q: HashSet<_> = chunks(p).into_iter().collect();
        for c in &g {
            per.entry(c.2).or_default().2 += 1;
        }
        for c in &q {
            let e = per.entry(c.2).or_default();
            e.1 += 1;
            if g.contains(c) {
                e.0 += 1;
            }
        }
    }
    let (tp, np, ng) = per.values().fold((0, 0, 0), |a, v| (a.0 + v.0, a.1 + v.1, a.2 + v.2));
    let f = if np + ng == 0 { 0.0 } else { 2.0 * tp as f64 / (np + ng) as f64 };
    (f, per)
}

/// One averaged-perceptron run over the prepared training sentences, shuffled by `seed`;
/// prints token errors per epoch and, with held-out sentences, their chunk F1.
fn fit(
    train_refs: &[&Sent],
    prep: &[Prepared],
    dev_refs: &[&Sent],
    dev_prep: &[Prepared],
    epochs: usize,
    seed: u64,
    t0: std::time::Instant,
) -> Weights {
    let mut w = Weights::default();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut order: Vec<usize> = (0..train_refs.len()).collect();
    let mut s = [0f32; NTAGS];
    for ep in 0..epochs {
        rng.shuffle(&mut order);
        let (mut err, mut tot) = (0usize, 0usize);
        for &k in &order {
            let (sent, p) = (train_refs[k], &prep[k]);
            let (mut p2, mut p1) = (START, START);
            for i in 0..p.len() {
                w.now += 1;
                let tf = p.tag_features(i, p2, p1);
                w.score(p.features(i), &tf, &mut s);
                let pv = if p1 == START { 0 } else { p1 };
                let guess = (0..NTAGS as u8).filter(|&t| allowed(pv, t)).fold(0u8, |b, t| {
                    if s[t as usize] > s[b as usize] {
                        t
                    } else {
                        b
                    }
                });
                let gold = sent.tags[i];
                if guess != gold {
                    err += 1;
                    for &id in p.features(i).iter().chain(tf.iter()) {
                        w.update(id, gold, 1.0);
                        w.update(id, guess, -1.0);
                    }
                }
                tot += 1;
                p2 = p1;
                p1 = guess;
            }
        }
        let mut msg = format!("epoch {}: token errors {:.4}", ep + 1, err as f64 / tot.max(1) as f64);
        if !dev_refs.is_empty() && (ep + 1 == epochs || ep % 2 == 1) {
            let avg = w.averaged();
            let mut aw = Weights::default();
            for (id, row) in avg {
                let n = aw.rows.len();
                aw.rows.insert(id, n);
                aw.w.extend(row);
            }
            let pred: Vec<Vec<u8>> = dev_prep
                .iter()
                .map(|p| {
                    let mut t = Vec::new();
                    decode_with(&aw, p, &mut t);
                    t
                })
                .collect();
            let (f, per) = chunk_f1(dev_refs, &pred);
            msg += &format!(" | dev chunk F1 {f:.4}");
            let mut types: Vec<_> = per.into_iter().collect();
            types.sort_by_key(|(t, _)| format!("{t:?}"));
            for (t, (tp, np, ng)) in types {
                msg += &format!(" {t:?} {:.3}", 2.0 * tp as f64 / (np + ng).max(1) as f64);
            }
        }
        eprintln!("{msg} ({:.1}s)", t0.elapsed().as_secs_f64());
    }
    w
}

fn train(args: &[String]) -> Res<()> {
    let o = parse_opts(args, &[]);
    let models = Models::lexicons_from_dir(&PathBuf::from(o.req("models")?))?;
    let out = PathBuf::from(o.req("out")?);
    let epochs: usize = o.get("epochs", 8)?;
    let seed: u64 = o.get("seed", 1)?;
    let bags: usize = o.get("bags", 1)?;
    if bags == 0 {
        return Err("--bags must be at least 1".into());
    }
    let dev_frac: f64 = o.get("dev-frac", 0.0)?;
    let prune: f32 = o.get("prune", 0.01)?;
    let drop: HashSet<String> = o.get::<String>("drop", String::new())?.split(',').map(str::to_string).collect();
    if o.pos.is_empty() {
        return Err("no training files".into());
    }
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut train_sents: Vec<Sent> = Vec::new();
    let mut dev_sents: Vec<Sent> = Vec::new();
    let mut lowers: Vec<HashSet<String>> = Vec::new();
    for f in &o.pos {
        let mut docs = read_conll(&PathBuf::from(f), &drop, &mut lowers)?;
        rng.shuffle(&mut docs);
        let ndev = (docs.len() as f64 * dev_frac).round() as usize;
        let nt: usize = docs.iter().map(|d| d.iter().map(|s| s.words.len()).sum::<usize>()).sum();
        eprintln!("{f}: {} docs, {nt} tokens, {ndev} docs held out", docs.len());
        for (k, d) in docs.into_iter().enumerate() {
            if k < ndev {
                dev_sents.extend(d);
            } else {
                train_sents.extend(d);
            }
        }
    }
    let fz = Featurizer::new(&models);
    let t0 = std::time::Instant::now();
    let train_refs: Vec<&Sent> = train_sents.iter().collect();
    let dev_refs: Vec<&Sent> = dev_sents.iter().collect();
    let prep = prepare_all(&fz, &train_refs, &lowers);
    let dev_prep = prepare_all(&fz, &dev_refs, &lowers);
    eprintln!("features prepared in {:.1}s", t0.elapsed().as_secs_f64());
    let mut bagged: HashMap<u32, [f32; NTAGS]> = HashMap::new();
    for b in 0..bags {
        let run_seed = seed + b as u64;
        if bags > 1 {
            eprintln!("bag {}/{bags} (seed {run_seed})", b + 1);
        }
        let w = fit(&train_refs, &prep, &dev_refs, &dev_prep, epochs, run_seed, t0);
        let total = w.rows.len();
        for (id, row) in w.averaged() {
            let acc = bagged.entry(id).or_insert([0.0; NTAGS]);
            for (a, x) in acc.iter_mut().zip(row) {
                *a += x / bags as f32;
            }
        }
        eprintln!("bag {}: {total} features", b + 1);
    }
    // `to_bytes` sorts the rows by feature id.
    let avg: Vec<(u32, [f32; NTAGS])> =
        bagged.into_iter().filter(|(_, row)| row.iter().any(|x| x.abs() >= prune)).collect();
    let seen = avg.len();
    let bytes = TaggerModel::to_bytes(&avg);
    TaggerModel::from_bytes(&bytes)?;
    std::fs::write(&out, &bytes)?;
    eprintln!("wrote {} ({seen} features kept, {} bytes)", out.display(), bytes.len());
    Ok(())
}
