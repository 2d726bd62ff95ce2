//! Word lists ("models") of the baseline engine, loaded once and shared.
//!
//! Contract: every model is a UTF-8 text file whose first line is
//! `# lede-model <name> v<FORMAT_VERSION>`; other lines starting with `#` and blank lines
//! are comments. [`Models::embedded`] reads the copies compiled into the binary;
//! [`Models::from_dir`] lets each file present in a folder override the embedded one of the
//! same name (unknown file names, a wrong header or a malformed line give
//! [`Error::ModelFormat`] naming the file). All lookup structures (hash sets, maps) are built
//! here once, never per analysed text; they hash with `foldhash` (the keys are our own word
//! lists, not attacker-chosen), and the case-insensitive look-ups lowercase short ASCII words
//! on the stack instead of allocating. Models hold no offsets; the analysis code that uses
//! them works in UTF-8 byte offsets.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::types::{BlockKind, EntityType};

/// Hash map with the fast (non-DoS-resistant) `foldhash` hasher.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
/// Hash set with the fast (non-DoS-resistant) `foldhash` hasher.
pub type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

/// The model format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// The model files, by name, with their embedded contents.
const EMBEDDED: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("../models/abbreviations.txt")),
    ("titles.txt", include_str!("../models/titles.txt")),
    ("cue_verbs.txt", include_str!("../models/cue_verbs.txt")),
    ("common_words.txt", include_str!("../models/common_words.txt")),
    ("entity_lexicon.tsv", include_str!("../models/entity_lexicon.tsv")),
    ("name_heads.tsv", include_str!("../models/name_heads.tsv")),
    ("first_names.txt", include_str!("../models/first_names.txt")),
    ("block_cues.tsv", include_str!("../models/block_cues.tsv")),
    ("ner_gazetteer.tsv", include_str!("../models/ner_gazetteer.tsv")),
    ("word_clusters.tsv", include_str!("../models/word_clusters.tsv")),
];

/// Number of cluster granularities per word in `word_clusters.tsv` (coarse to fine).
pub const CLUSTER_LEVELS: usize = 3;

/// The statistical tagger's weights (binary; see [`crate::entities::tagger`]). An empty file
/// means "no trained tagger": names are then found by the rules alone.
const TAGGER_FILE: &str = "ner_tagger.bin";
const EMBEDDED_TAGGER: &[u8] = include_bytes!("../models/ner_tagger.bin");

/// How an abbreviation behaves before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence before a capitalised word or a number ("Mr.", "Mt.").
    Title,
    /// Never ends a sentence before a number ("p.", "No.", "Jan.").
    Number,
    /// May end a sentence; only split before a common sentence starter ("Inc.", "U.S.").
    General,
}

/// How a block cue matches a block's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueMatch {
    Exact,
    Prefix,
    Contains,
}

/// One rule of `block_cues.tsv`.
#[derive(Debug, Clone)]
pub struct BlockCue {
    pub kind: BlockKind,
    pub how: CueMatch,
    /// Lowercase phrase.
    pub phrase: String,
}

/// One entry of `entity_lexicon.tsv`.
#[derive(Debug, Clone)]
pub struct LexEntry {
    pub kind: EntityType,
    /// The longer name this one is an alias of ("United States" for "U.S.").
    pub alias_of: Option<String>,
}

/// Where a model file came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Embedded,
    File(PathBuf),
}

/// All word lists of the engine, with lookup structures built once. `Send + Sync`.
pub struct Models {
    sources: Vec<(&'static str, Source)>,
    /// Lowercase abbreviation (no final period) → class. Looked up at every period, so
    /// with a fast hasher (foldhash), as are the two word sets the sentence splitter uses.
    pub abbreviations: HashMap<String, AbbrevClass>,
    /// Lowercase titles and roles, single- and multi-word.
    pub titles: HashSet<String>,
    /// Longest title in words.
    pub max_title_words: usize,
    /// Lowercase verb form → lemma.
    pub cue_verbs: HashMap<String, String>,
    /// Lowercase multi-word cue phrases as word lists ("according to").
    pub cue_phrases: Vec<Vec<String>>,
    /// Every key of [`Self::cue_verbs`] and first word of [`Self::cue_phrases`], as a bit
    /// filter that rejects most other words without hashing (built once with them; call
    /// [`Self::index_cues`] after changing either).
    cue_filter: WordFilter,
    /// Lowercase common words.
    pub common_words: HashSet<String>,
    /// Exact name → entry.
    pub lexicon: HashMap<String, LexEntry>,
    /// Longest lexicon name in words.
    pub max_lexicon_words: usize,
    /// Every prefix (at char boundaries, the whole name included) of every key of
    /// [`Self::lexicon`]: a text that no lexicon name starts with is rejected by one lookup
    /// (built once with it; call [`Self::index_lexicon`] after changing it).
    lexicon_prefixes: HashSet<String>,
    /// Head word → (type, only as last word).
    pub name_heads: HashMap<String, (EntityType, bool)>,
    /// Given names.
    pub first_names: HashSet<String>,
    /// Block classification cues, in file order.
    pub block_cues: Vec<BlockCue>,
    /// [`Self::block_cues`] indexed for matching, built from them once (rebuild it with
    /// `CueIndex::new` after changing them).
    pub block_cue_index: crate::segment::cues::CueIndex,
    /// Name lists for the entity tagger (places, given names, surnames, group words).
    pub gazetteer: crate::entities::gazetteer::Gazetteer,
    /// Distributional word clusters of lowercase words (digits as `0`), one id per level,
    /// coarse to fine (`scripts/word_clusters.py`); tagger features.
    pub clusters: HashMap<String, [u16; CLUSTER_LEVELS]>,
    /// The trained entity tagger, when the model file is not empty.
    pub tagger: Option<crate::entities::tagger::TaggerModel>,
}

impl fmt::Debug for Models {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Models").field("describe", &self.describe()).finish_non_exhaustive()
    }
}

impl Models {
    /// The models compiled into the binary.
    pub fn embedded() -> Result<Models, Error> {
        let files = EMBEDDED.iter().map(|(n, t)| (*n, (*t).to_string(), Source::Embedded)).collect();
        Models::build(files, (EMBEDDED_TAGGER.to_vec(), Source::Embedded))
    }

    /// The embedded models, each overridden by the file of the same name in `dir` if present.
    pub fn from_dir(dir: &Path) -> Result<Models, Error> {
        Models::load_dir(dir, true)
    }

    /// Like [`Models::from_dir`] but without any tagger (neither embedded nor from `dir`):
    /// the word lists the tagger's features need, for training a new tagger (whose old
    /// model file may be of another format version).
    pub fn lexicons_from_dir(dir: &Path) -> Result<Models, Error> {
        Models::load_dir(dir, false)
    }

    fn load_dir(dir: &Path, with_tagger: bool) -> Result<Models, Error> {
        let mut files: Vec<(&'static str, String, Source)> =
            EMBEDDED.iter().map(|(n, t)| (*n, (*t).to_string(), Source::Embedded)).collect();
        let mut tagger = (EMBEDDED_TAGGER.to_vec(), Source::Embedded);
        let entries = std::fs::read_dir(dir).map_err(|e| Error::ModelIo { path: dir.to_path_buf(), source: e })?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::ModelIo { path: dir.to_path_buf(), source: e })?;
            let path = entry.path();
            if !path.is_file() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name.to_ascii_lowercase().starts_with("readme") {
                continue;
            }
            if name == TAGGER_FILE {
                if !with_tagger {
                    continue;
                }
                let bytes = std::fs::read(&path).map_err(|e| Error::ModelIo { path: path.clone(), source: e })?;
                tagger = (bytes, Source::File(path));
                continue;
            }
            let Some(slot) = files.iter_mut().find(|(n, _, _)| *n == name) else {
                return Err(Error::ModelFormat { name, reason: "unknown model file name".into() });
            };
            let bytes = std::fs::read(&path).map_err(|e| Error::ModelIo { path: path.clone(), source: e })?;
            let text = String::from_utf8(bytes)
                .map_err(|_| Error::ModelFormat { name: name.clone(), reason: "not UTF-8".into() })?;
            slot.1 = text;
            slot.2 = Source::File(path);
        }
        if !with_tagger {
            tagger.0.clear();
        }
        Models::build(files, tagger)
    }

    /// One line for logs: format version and where each file came from.
    pub fn describe(&self) -> String {
        let parts: Vec<String> = self
            .sources
            .iter()
            .map(|(n, s)| match s {
                Source::Embedded => format!("{n}=embedded"),
                Source::File(p) => format!("{n}={}", p.display()),
            })
            .collect();
        format!("lede-model v{FORMAT_VERSION}: {}", parts.join(", "))
    }

    /// Where each model file came from.
    pub fn sources(&self) -> &[(&'static str, Source)] {
        &self.sources
    }

    /// The class of an abbreviation (case-insensitive, without its final period).
    pub fn abbreviation(&self, word: &str) -> Option<AbbrevClass> {
        if word.is_empty() || word.len() > 12 {
            return None;
        }
        with_lowercase(word, |w| self.abbreviations.get(w).copied())
    }

    /// True for a title or role word/phrase (case-insensitive, final period ignored).
    pub fn is_title(&self, phrase: &str) -> bool {
        let p = phrase.strip_suffix('.').unwrap_or(phrase);
        p.len() <= 40 && with_lowercase(p, |p| self.titles.contains(p))
    }

    /// The lemma of a cue verb form (case-insensitive).
    pub fn cue_lemma(&self, word: &str) -> Option<&str> {
        if word.len() > 20 {
            return None;
        }
        with_lowercase(word, |w| if self.may_be_cue(w) { self.cue_verbs.get(w) } else { None }).map(String::as_str)
    }

    /// False when the lowercase `word` is certainly neither a cue verb form nor the first
    /// word of a cue phrase (a few instructions; most words of a text are rejected here).
    pub fn may_be_cue(&self, word: &str) -> bool {
        self.cue_filter.may_contain(word)
    }

    /// True when some key of [`Self::lexicon`] starts with `s` (a lexicon name, or the
    /// beginning of one).
    pub fn may_start_lexicon_name(&self, s: &str) -> bool {
        self.lexicon_prefixes.contains(s)
    }

    /// Rebuild the prefix set behind [`Self::may_start_lexicon_name`] from [`Self::lexicon`].
    pub fn index_lexicon(&mut self) {
        let mut p = HashSet::default();
        for k in self.lexicon.keys() {
            for (i, _) in k.char_indices() {
                p.insert(k[..i].to_string());
            }
            p.insert(k.clone());
        }
        self.lexicon_prefixes = p;
    }

    /// Rebuild the cue filter from [`Self::cue_verbs`] and [`Self::cue_phrases`], and sort the
    /// phrases by their first word (stable: phrases sharing it keep their file order) for
    /// [`Self::phrases_from`].
    pub fn index_cues(&mut self) {
        self.cue_phrases.sort_by(|a, b| a.first().cmp(&b.first()));
        let mut f = WordFilter::default();
        for w in self.cue_verbs.keys() {
            f.insert(w);
        }
        for p in &self.cue_phrases {
            if let Some(w) = p.first() {
                f.insert(w);
            }
        }
        self.cue_filter = f;
    }

    /// The cue phrases whose first word is the lowercase `first`, in file order (a binary search
    /// over the phrases sorted by [`Self::index_cues`]).
    pub fn phrases_from<'a>(&'a self, first: &'a str) -> impl Iterator<Item = &'a Vec<String>> + 'a {
        let lo = self.cue_phrases.partition_point(|p| p.first().map_or("", String::as_str) < first);
        self.cue_phrases[lo..].iter().take_while(move |p| p.first().is_some_and(|w| w == first))
    }

    /// True for a common (function or frequent) word (case-insensitive).
    pub fn is_common(&self, word: &str) -> bool {
        word.len() <= 20 && with_lowercase(word, |w| self.common_words.contains(w))
    }

    fn build(files: Vec<(&'static str, String, Source)>, tagger: (Vec<u8>, Source)) -> Result<Models, Error> {
        let mut m = Models {
            sources: Vec::new(),
            abbreviations: HashMap::default(),
            titles: HashSet::default(),
            max_title_words: 1,
            cue_verbs: HashMap::default(),
            cue_phrases: Vec::new(),
            cue_filter: WordFilter::default(),
            common_words: HashSet::default(),
            lexicon: HashMap::default(),
            max_lexicon_words: 1,
            lexicon_prefixes: HashSet::default(),
            name_heads: HashMap::default(),
            first_names: HashSet::default(),
            block_cues: Vec::new(),
            block_cue_index: Default::default(),
            gazetteer: Default::default(),
            clusters: HashMap::default(),
            tagger: None,
        };
        for (name, text, source) in files {
            let lines = body_lines(name, &text)?;
            let bad = |line: usize, why: &str| Error::ModelFormat {
                name: name.to_string(),
                reason: format!("line {line}: {why}"),
            };
            match name {
                "abbreviations.txt" => {
                    for (no, l) in lines {
                        let (a, c) = l.split_once('\t').ok_or_else(|| bad(no, "expected ABBREV<TAB>CLASS"))?;
                        let class = match c.trim() {
                            "title" => AbbrevClass::Title,
                            "number" => AbbrevClass::Number,
                            "general" => AbbrevClass::General,
                            _ => return Err(bad(no, "class must be title, number or general")),
                        };
                        m.abbreviations.entry(a.trim().to_lowercase()).or_insert(class);
                    }
                }
                "titles.txt" => {
                    for (_, l) in lines {
                        let t = l.trim().to_lowercase();
                        m.max_title_words = m.max_title_words.max(t.split_whitespace().count());
                        m.titles.insert(t);
                    }
                }
                "cue_verbs.txt" => {
                    for (no, l) in lines {
                        if let Some(p) = l.strip_prefix("phrase ") {
                            let words: Vec<String> = p.split_whitespace().map(str::to_lowercase).collect();
                            if words.is_empty() {
                                return Err(bad(no, "empty phrase"));
                            }
                            m.cue_phrases.push(words);
                            continue;
                        }
                        let mut forms = l.split_whitespace().map(str::to_lowercase);
                        let lemma = forms.next().ok_or_else(|| bad(no, "empty line"))?;
                        // "order: ordered": the lemma names the forms but is no cue itself.
                        let lemma = match lemma.strip_suffix(':') {
                            Some("") => return Err(bad(no, "empty lemma")),
                            Some(l) => l.to_string(),
                            None => {
                                m.cue_verbs.insert(lemma.clone(), lemma.clone());
                                lemma
                            }
                        };
                        for f in forms {
                            m.cue_verbs.entry(f).or_insert_with(|| lemma.clone());
                        }
                    }
                }
                "common_words.txt" => {
                    for (_, l) in lines {
                        m.common_words.insert(l.trim().to_lowercase());
                    }
                }
                "entity_lexicon.tsv" => {
                    for (no, l) in lines {
                        let mut cols = l.split('\t');
                        let n = cols.next().unwrap_or("").trim();
                        let k = cols.next().ok_or_else(|| bad(no, "expected NAME<TAB>TYPE"))?;
                        let kind = parse_type(k.trim()).ok_or_else(|| bad(no, "unknown entity type"))?;
                        let alias_of = cols.next().map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
                        if n.is_empty() {
                            return Err(bad(no, "empty name"));
                        }
                        m.max_lexicon_words = m.max_lexicon_words.max(n.split_whitespace().count());
                        m.lexicon.entry(n.to_string()).or_insert(LexEntry { kind, alias_of });
                    }
                }
                "name_heads.tsv" => {
                    for (no, l) in lines {
                        let cols: Vec<&str> = l.split('\t').map(str::trim).collect();
                        if cols.len() != 3 {
                            return Err(bad(no, "expected WORD<TAB>TYPE<TAB>POSITION"));
                        }
                        let kind = parse_type(cols[1]).ok_or_else(|| bad(no, "unknown entity type"))?;
                        let last = match cols[2] {
                            "last" => true,
                            "any" => false,
                            _ => return Err(bad(no, "position must be last or any")),
                        };
                        m.name_heads.entry(cols[0].to_string()).or_insert((kind, last));
                    }
                }
                "first_names.txt" => {
                    for (_, l) in lines {
                        m.first_names.insert(l.trim().to_string());
                    }
                }
                "block_cues.tsv" => {
                    for (no, l) in lines {
                        let cols: Vec<&str> = l.splitn(3, '\t').collect();
                        if cols.len() != 3 {
                            return Err(bad(no, "expected KIND<TAB>HOW<TAB>PHRASE"));
                        }
                        let kind = parse_block_kind(cols[0].trim()).ok_or_else(|| bad(no, "unknown block kind"))?;
                        let how = match cols[1].trim() {
                            "exact" => CueMatch::Exact,
                            "prefix" => CueMatch::Prefix,
                            "contains" => CueMatch::Contains,
                            _ => return Err(bad(no, "how must be exact, prefix or contains")),
                        };
                        // Phrases keep inner and trailing spaces (a cue "photo: " needs its space).
                        m.block_cues.push(BlockCue { kind, how, phrase: cols[2].trim_start().to_lowercase() });
                    }
                }
                "ner_gazetteer.tsv" => {
                    m.gazetteer = crate::entities::gazetteer::Gazetteer::parse(&lines)
                        .map_err(|reason| Error::ModelFormat { name: name.to_string(), reason })?;
                }
                "word_clusters.tsv" => {
                    for (no, l) in lines {
                        let row = || -> Option<(&str, [u16; CLUSTER_LEVELS])> {
                            let mut parts = l.split('\t');
                            let word = parts.next().filter(|w| !w.is_empty())?;
                            let mut ids = [0u16; CLUSTER_LEVELS];
                            for id in ids.iter_mut() {
                                *id = parts.next()?.parse().ok()?;
                            }
                            parts.next().is_none().then_some((word, ids))
                        };
                        let (word, ids) =
                            row().ok_or_else(|| bad(no, "expected WORD and one cluster id (0..65535) per level"))?;
                        m.clusters.insert(word.to_string(), ids);
                    }
                }
                _ => unreachable!("EMBEDDED lists every model file"),
            }
            m.sources.push((name, source));
        }
        m.block_cue_index = crate::segment::cues::CueIndex::new(&m.block_cues);
        m.index_cues();
        m.index_lexicon();
        if !tagger.0.is_empty() {
            m.tagger = Some(crate::entities::tagger::TaggerModel::from_bytes(&tagger.0)?);
        }
        m.sources.push((TAGGER_FILE, tagger.1));
        Ok(m)
    }
}

/// A set of words as 4,096 bits, one per hash of (length, first, second, middle and last
/// byte): no false negatives, so a clear bit proves a word absent.
#[derive(Clone)]
struct WordFilter([u64; 64]);

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter([0; 64])
    }
}

impl WordFilter {
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let n = b.len();
        let at = |i: usize| b.get(i).copied().unwrap_or(0) as u64;
        let key = n as u64 | at(0) << 8 | at(1) << 16 | at(n / 2) << 24 | at(n.wrapping_sub(1)) << 32;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
    }

    fn insert(&mut self, w: &str) {
        let k = Self::bit(w);
        self.0[k / 64] |= 1 << (k % 64);
    }

    fn may_contain(&self, w: &str) -> bool {
        let k = Self::bit(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// `f(word.to_lowercase())`, without allocating for ASCII words of up to 64 bytes (the
/// common case; `str::to_lowercase` and ASCII lowercasing agree on ASCII).
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 64;
    if word.len() <= MAX && word.is_ascii() {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return f(word);
        }
        let mut buf = [0u8; MAX];
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        f(std::str::from_utf8(buf).expect("ASCII is UTF-8"))
    } else {
        f(&word.to_lowercase())
    }
}

/// The non-comment lines of a model file with their 1-based numbers, after checking the header.
fn body_lines<'a>(name: &str, text: &'a str) -> Result<Vec<(usize, &'a str)>, Error> {
    let mut lines = text.lines();
    let header = lines.next().unwrap_or("").trim();
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let expected = format!("# lede-model {stem} v{FORMAT_VERSION}");
    if header != expected {
        return Err(Error::ModelFormat {
            name: name.to_string(),
            reason: format!("first line must be `{expected}`, found `{}`", header.chars().take(60).collect::<String>()),
        });
    }
    Ok(lines
        .enumerate()
        .map(|(i, l)| (i + 2, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .collect())
}

fn parse_type(s: &str) -> Option<EntityType> {
    Some(match s {
        "PERSON" => EntityType::Person,
        "ORG" => EntityType::Org,
        "GPE" => EntityType::Gpe,
        "LOC" => EntityType::Loc,
        "FAC" => EntityType::Fac,
        "NORP" => EntityType::Norp,
        "EVENT" => EntityType::Event,
        "LAW" => EntityType::Law,
        "PRODUCT" => EntityType::Product,
        "WORK_OF_ART" => EntityType::WorkOfArt,
        _ => return None,
    })
}

fn parse_block_kind(s: &str) -> Option<BlockKind> {
    Some(match s {
        "Headline" => BlockKind::Headline,
        "Standfirst" => BlockKind::Standfirst,
        "Byline" => BlockKind::Byline,
        "Dateline" => BlockKind::Dateline,
        "Body" => BlockKind::Body,
        "Caption" => BlockKind::Caption,
        "Credit" => BlockKind::Credit,
        "Boilerplate" => BlockKind::Boilerplate,
        "RelatedLink" => BlockKind::RelatedLink,
        "SectionTag" => BlockKind::SectionTag,
        "Correction" => BlockKind::Correction,
        "Other" => BlockKind::Other,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_prefixes_are_the_prefixes_of_lexicon_names() {
        let m = Models::embedded().unwrap();
        let starts = |s: &str| m.lexicon.keys().any(|k| k.starts_with(s));
        let mut probes: Vec<String> = vec![String::new(), "X".into(), "Zzyzx".into(), "É".into()];
        for k in m.lexicon.keys() {
            for (i, c) in k.char_indices() {
                probes.push(k[..i].to_string());
                probes.push(format!("{}{}", &k[..i], c.to_lowercase()));
                probes.push(k[i..].to_string());
            }
            probes.push(format!("{k} "));
            probes.push(format!("{k}s"));
            probes.push(k.split_whitespace().next().unwrap_or("").to_string());
        }
        for p in &probes {
            assert_eq!(m.may_start_lexicon_name(p), starts(p), "{p:?}");
        }
    }

    #[test]
    fn embedded_models_load() {
        let m = Models::embedded().unwrap();
        assert_eq!(m.abbreviation("Mr"), Some(AbbrevClass::Title));
        assert_eq!(m.abbreviation("U.S"), Some(AbbrevClass::General));
        assert!(m.is_title("President"));
        assert_eq!(m.cue_lemma("Said"), Some("say"));
        assert_eq!(m.cue_lemma("tweeted"), Some("tweet"));
        assert_eq!(m.lexicon["U.S."].alias_of.as_deref(), Some("United States"));
        assert_eq!(m.lexicon["France"].kind, EntityType::Gpe);
        assert!(m.describe().contains("v1"));
        assert!(m.describe().contains("cue_verbs.txt=embedded"));
    }

    #[test]
    fn cue_filter_keeps_every_cue_word() {
        let m = Models::embedded().unwrap();
        for w in m.cue_verbs.keys().chain(m.cue_phrases.iter().filter_map(|p| p.first())) {
            assert!(m.may_be_cue(w), "{w}");
        }
        let rejected = m.common_words.iter().filter(|w| !m.may_be_cue(w)).count();
        assert!(rejected * 2 > m.common_words.len(), "{rejected} of {}", m.common_words.len());
        assert_eq!(m.cue_lemma("SAID"), Some("say"));
        // A lemma ending in ":" names its forms without being a cue itself.
        assert_eq!(m.cue_lemma("ordered"), Some("order"));
        assert_eq!(m.cue_lemma("order"), None);
        assert_eq!(m.cue_lemma("table"), None);
    }

    #[test]
    fn with_lowercase_agrees_with_to_lowercase() {
        let long = "ABC".repeat(30);
        for w in ["", "said", "Said", "U.S", "MR", "ÉCOLE", "ΟΔΟΣ", "Straße", long.as_str()] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }

    /// A fresh directory removed when the returned guard drops, so test runs
    /// leave nothing behind in the system's temporary folder.
    fn tmpdir(tag: &str) -> tempfile::TempDir {
        tempfile::Builder::new().prefix(&format!("lede-models-{tag}-")).tempdir().unwrap()
    }

    #[test]
    fn dir_overrides_one_file() {
        let dir = tmpdir("ok");
        let d = dir.path();
        std::fs::write(d.join("titles.txt"), "# lede-model titles v1\nwizard\n").unwrap();
        let m = Models::from_dir(d).unwrap();
        assert!(m.is_title("Wizard"));
        assert!(!m.is_title("President"));
        assert!(m.describe().contains(&format!("titles.txt={}", d.join("titles.txt").display())));
        assert!(m.describe().contains("abbreviations.txt=embedded"));
    }

    #[test]
    fn bad_header_and_unknown_file_are_format_errors() {
        let dir = tmpdir("badv");
        let d = dir.path();
        std::fs::write(d.join("titles.txt"), "# lede-model titles v9\nwizard\n").unwrap();
        match Models::from_dir(d) {
            Err(Error::ModelFormat { name, .. }) => assert_eq!(name, "titles.txt"),
            other => panic!("expected ModelFormat, got {other:?}"),
        }
        let dir = tmpdir("unknown");
        let d = dir.path();
        std::fs::write(d.join("mystery.txt"), "# lede-model mystery v1\n").unwrap();
        match Models::from_dir(d) {
            Err(Error::ModelFormat { name, .. }) => assert_eq!(name, "mystery.txt"),
            other => panic!("expected ModelFormat, got {other:?}"),
        }
        let dir = tmpdir("badline");
        let d = dir.path();
        std::fs::write(d.join("abbreviations.txt"), "# lede-model abbreviations v1\nmr\tmaybe\n").unwrap();
        assert!(matches!(Models::from_dir(d), Err(Error::ModelFormat { .. })));
    }

    #[test]
    fn word_clusters_load_and_bad_rows_are_format_errors() {
        let m = Models::embedded().unwrap();
        assert!(m.clusters.len() > 10_000);
        // Weekdays share a cluster at the finest level, and so do two capitals.
        assert_eq!(m.clusters["monday"], m.clusters["friday"]);
        assert_eq!(m.clusters["paris"][1], m.clusters["london"][1]);
        for bad in ["word\t1\t2\n", "word\t1\t2\tx\n", "word\t1\t2\t3\t4\n", "word\t1\t2\t70000\n"] {
            let dir = tmpdir("clusters");
            let d = dir.path();
            std::fs::write(d.join("word_clusters.tsv"), format!("# lede-model word_clusters v1\n{bad}")).unwrap();
            match Models::from_dir(d) {
                Err(Error::ModelFormat { name, reason }) => {
                    assert_eq!(name, "word_clusters.tsv");
                    assert!(reason.starts_with("line 2"), "{reason}");
                }
                other => panic!("expected ModelFormat for {bad:?}, got {other:?}"),
            }
        }
    }

    #[test]
    fn lexicons_from_dir_ignores_any_tagger_file() {
        let dir = tmpdir("oldtagger");
        let d = dir.path();
        std::fs::write(d.join("ner_tagger.bin"), b"LEDETAG\0\x01\0\0\0").unwrap();
        assert!(matches!(Models::from_dir(d), Err(Error::ModelFormat { .. })));
        let m = Models::lexicons_from_dir(d).unwrap();
        assert!(m.tagger.is_none());
        assert!(m.is_title("President"));
    }
}
