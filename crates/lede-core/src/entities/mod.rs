//! Entity extraction: name and number mentions, grouped into canonical entities.
//!
//! Contract: [`extract`] returns entities sorted by their first mention; every mention span is
//! a non-empty UTF-8 byte-offset range into the text, inside a sentence of a content block
//! (all blocks with `include_boilerplate`), without a leading determiner or title; mentions
//! of one entity are sorted and disjoint. Grouping: same text or same lexicon alias; a lone
//! surname or given name joins the PERSON whose longer name contains it (surname reading
//! first, then the person named in full most often), even over a one-word place name ("Paris"
//! after "Valeska Paris"); an acronym joins the ORG/GPE whose initials (or CamelCase
//! capitals) it spells; a lone ORG head word ("the Church") joins the one organisation it heads,
//! and a group of nothing but a bare head word ("the Government") is dropped. Canonical name: the longest proper mention (or lexicon
//! alias target). Salience (0..=1): `mentions + 2·in_headline + 1.5·(1 − first_pos/len)`, ×0.3
//! for dates and numbers, divided by the document maximum. A dateline opening one of the first
//! three body paragraphs ("WASHINGTON (AP) —", see [`crate::segment::dateline`]) gives its
//! place (GPE) and agency (ORG) and is tagged apart from the sentence it opens. Linear in the text (hash maps
//! keyed by mention text; look-ups bounded by mention length).

pub mod expand;
pub mod gazetteer;
pub mod names;
pub mod numeric;
pub mod resolved;
pub mod tagged;
pub mod tagger;
pub mod widen;

pub use resolved::add_resolved_mentions;

use crate::models::{with_lowercase, HashMap, HashSet, Models};
use crate::segment::tokenize;
use crate::types::{
    BlockKind, Entity, EntityType, Mention, MentionKind, Options, Segmentation, Span, Token, TokenKind,
};

/// How sure the typer is about a mention's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Rule,
    Lexicon,
}

/// A mention before grouping.
#[derive(Debug, Clone)]
pub struct RawMention {
    pub span: Span,
    pub kind: EntityType,
    pub strength: Strength,
    pub role: Option<String>,
    pub alias_of: Option<String>,
    pub words: usize,
}

/// True for dates, times and quantities (grouped by exact text only).
pub fn is_numeric(k: EntityType) -> bool {
    matches!(
        k,
        EntityType::Date
            | EntityType::Time
            | EntityType::Money
            | EntityType::Percent
            | EntityType::Quantity
            | EntityType::Cardinal
            | EntityType::Ordinal
    )
}

/// The sentences an extractor should read, with their tokens.
pub fn content_sentences(text: &str, seg: &Segmentation, opts: &Options) -> Vec<(usize, Vec<Token>)> {
    seg.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| opts.include_boilerplate || seg.blocks.get(s.block).is_none_or(|b| b.kind.is_content()))
        .map(|(i, s)| (i, tokenize(text, s.span)))
        .collect()
}

/// Extract entities.
pub fn extract(text: &str, seg: &Segmentation, models: &Models, opts: &Options) -> Vec<Entity> {
    extract_tokenized(text, seg, &content_sentences(text, seg, opts), models, &mut tagged::Scratch::default())
}

/// [`extract`] from the [`content_sentences`] the caller already has (tokenized once for
/// entities and quotes), with the tagger's buffers and word cache `scratch` (reusable
/// across documents analysed with the same `models`).
pub fn extract_tokenized(
    text: &str,
    seg: &Segmentation,
    sents: &[(usize, Vec<Token>)],
    models: &Models,
    scratch: &mut tagged::Scratch,
) -> Vec<Entity> {
    let mut lower_seen: HashSet<&str> = HashSet::default();
    for (_, toks) in sents {
        for t in toks {
            let w = &text[t.span.range()];
            if t.kind == TokenKind::Word && w.len() <= 30 && w.chars().next().is_some_and(char::is_lowercase) {
                lower_seen.insert(w);
            }
        }
    }
    let doc = names::DocInfo { lower_seen: &lower_seen };
    let mut raw: Vec<RawMention> = Vec::new();
    let mut headline_spans = Vec::new();
    scratch.next_document();
    // The third body block, before which a story's first paragraph stands (a headline or a
    // standfirst may be read as body).
    let third_body = seg.blocks.iter().enumerate().filter(|(_, b)| b.kind == BlockKind::Body).nth(2).map(|x| x.0);
    for (si, toks) in sents {
        let s = seg.sentences[*si];
        let in_headline = seg.blocks.get(s.block).is_some_and(|b| b.kind == BlockKind::Headline);
        if in_headline {
            headline_spans.push(s.span);
        }
        let mut found = Vec::new();
        numeric::find(text, toks, &mut found);
        let mut name_found = Vec::new();
        // A dateline opening one of the story's first paragraphs ("WASHINGTON (AP) —") is read
        // apart from its sentence: its place and agency are names of their own, and no name
        // runs from it into the sentence ("WASHINGTON — Mara Lund").
        let opens_story =
            seg.blocks.get(s.block).is_some_and(|b| b.kind == BlockKind::Body && b.span.start == s.span.start)
                && third_body.is_none_or(|t| s.block <= t);
        let d = if opens_story { crate::segment::dateline::dateline_end(text, toks) } else { 0 };
        if d > 0 {
            let (place, agency) = crate::segment::dateline::parts(text, toks, d);
            for (sp, kind) in [(place, EntityType::Gpe), (agency, EntityType::Org)] {
                if let Some(span) = sp {
                    let words = text[span.range()].split_whitespace().count();
                    name_found.push(RawMention {
                        span,
                        kind,
                        strength: Strength::Rule,
                        role: None,
                        alias_of: None,
                        words,
                    });
                }
            }
        }
        let toks = &toks[d..];
        match &models.tagger {
            Some(tg) => tagged::find(text, toks, models, tg, &doc, in_headline, scratch, &mut name_found),
            None => names::find(text, toks, models, &doc, in_headline, &mut name_found),
        }
        expand::mend(text, toks, models, &mut name_found);
        // Names win over numbers they overlap (rare: "Fifth Avenue").
        // Both lists are sorted by start: one linear sweep.
        let mut ni = 0;
        found.retain(|m: &RawMention| {
            while ni < name_found.len() && name_found[ni].span.end <= m.span.start {
                ni += 1;
            }
            !(ni < name_found.len() && name_found[ni].span.start < m.span.end)
        });
        found.extend(name_found);
        found.sort_by_key(|m| m.span.start);
        raw.extend(found);
    }
    if !headline_spans.is_empty() {
        fit_headline_names(text, &mut raw, &headline_spans, models, &lower_seen);
    }
    if models.tagger.is_some() {
        propagate_names(text, sents, &mut raw);
        widen::widen_persons(text, sents, &headline_spans, models, &lower_seen, &mut raw);
    }
    group(text, raw, &headline_spans, models)
}

/// Document consistency: a name tagged once is tagged everywhere in the document. Untagged
/// capitalised tokens (possessive stripped) equal to a one-word name, or to the first or last
/// word of a multi-word PERSON name ("Ferrand" after "Lucas Ferrand"), and untagged token
/// runs equal to a multi-word name (up to 4 tokens) become mentions of that name's type.
/// Linear: each token start tries at most 4 lengths against a hash map.
fn propagate_names(text: &str, sents: &[(usize, Vec<Token>)], raw: &mut Vec<RawMention>) {
    let mut known: HashMap<String, EntityType> = HashMap::default();
    for m in raw.iter().filter(|m| !is_numeric(m.kind)) {
        let t = &text[m.span.range()];
        known.entry(t.to_string()).or_insert(m.kind);
        let words: Vec<&str> = t.split_whitespace().collect();
        if m.kind == EntityType::Person && words.len() >= 2 {
            for w in [words[0], words[words.len() - 1]] {
                if w.chars().count() >= 3 {
                    known.entry(w.to_string()).or_insert(EntityType::Person);
                }
            }
        }
    }
    let mut taken: Vec<Span> = raw.iter().map(|m| m.span).collect();
    taken.sort();
    let overlaps = |taken: &[Span], sp: Span| {
        let k = taken.partition_point(|t| t.end <= sp.start);
        k < taken.len() && taken[k].start < sp.end
    };
    let mut added = Vec::new();
    for (_, toks) in sents {
        let mut i = 0;
        while i < toks.len() {
            let w = &text[toks[i].span.range()];
            if toks[i].kind != TokenKind::Word || !w.chars().next().is_some_and(char::is_uppercase) {
                i += 1;
                continue;
            }
            let mut hit = None;
            for k in (1..=4.min(toks.len() - i)).rev() {
                let start = toks[i].span.start;
                let last = &text[toks[i + k - 1].span.range()];
                let end = toks[i + k - 1].span.end - (last.len() - names::strip_poss(last).len());
                let sp = Span::new(start, end);
                if let Some(&kind) = known.get(&text[start..end]) {
                    if !overlaps(&taken, sp) {
                        hit = Some((k, sp, kind));
                    }
                    break;
                }
            }
            match hit {
                Some((k, sp, kind)) => {
                    let words = text[sp.range()].split_whitespace().count();
                    added.push(RawMention {
                        span: sp,
                        kind,
                        strength: Strength::Rule,
                        role: None,
                        alias_of: None,
                        words,
                    });
                    i += k;
                }
                None => i += 1,
            }
        }
    }
    if !added.is_empty() {
        raw.extend(added);
        raw.sort_by_key(|m| m.span.start);
    }
}

/// Headline consistency: a headline name that is not a name of the body but contains one
/// (title case glues words on: "Harbour Board Delays") shrinks to the longest body name it
/// contains, on word boundaries, when a word it drops is an ordinary word. Bounded: at most 8 words per headline name are tried.
fn fit_headline_names(
    text: &str,
    raw: &mut [RawMention],
    headline_spans: &[Span],
    models: &Models,
    lower_seen: &HashSet<&str>,
) {
    let in_head = |m: &RawMention| headline_spans.iter().any(|h| h.contains(m.span));
    let body: HashMap<&str, (EntityType, Strength)> = raw
        .iter()
        .filter(|m| !is_numeric(m.kind) && !in_head(m))
        .map(|m| (&text[m.span.range()], (m.kind, m.strength)))
        .collect();
    for m in raw.iter_mut() {
        let t = &text[m.span.range()];
        if is_numeric(m.kind) || !in_head(m) || body.contains_key(t) {
            continue;
        }
        // Word boundaries (byte offsets relative to the mention).
        let mut bounds: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in t.char_indices() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    bounds.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            bounds.push((s, t.len()));
        }
        if bounds.len() < 2 || bounds.len() > 8 {
            continue;
        }
        let mut best: Option<(usize, usize, usize)> = None;
        for a in 0..bounds.len() {
            for b in a..bounds.len() {
                let sub = &t[bounds[a].0..bounds[b].1];
                if body.contains_key(sub) && best.is_none_or(|x| b - a + 1 > x.2) {
                    best = Some((bounds[a].0, bounds[b].1, b - a + 1));
                }
            }
        }
        // Only when a dropped word is an ordinary word (common, or seen in lowercase).
        let ordinary = |w: &str| models.is_common(w) || with_lowercase(w, |l| lower_seen.contains(l));
        let best = best.filter(|&(s, e, _)| {
            t[..s].split_whitespace().chain(t[e..].split_whitespace()).any(|w| ordinary(names::strip_poss(w)))
        });
        if let Some((s, e, n)) = best {
            let (kind, strength) = body[&t[s..e]];
            let base = m.span.start;
            m.span = Span::new(base + s, base + e);
            m.kind = kind;
            m.strength = strength;
            m.words = n;
        }
    }
}

/// Names borrow from the text or from the raw mentions' aliases.
struct Group<'a> {
    kind: EntityType,
    strength: Strength,
    mentions: Vec<Span>,
    roles: Vec<String>,
    names: Vec<&'a str>,
}

/// What makes two mentions the same entity outright: a quantity's type and exact text, or a
/// name's text (its alias, if it has one).
#[derive(PartialEq, Eq, Hash)]
enum GroupKey<'a> {
    Numeric(EntityType, &'a str),
    Name(&'a str),
}

fn initials(name: &str) -> Option<String> {
    let words = || name.split_whitespace().filter(|w| !matches!(*w, "of" | "the" | "for" | "and" | "&" | "on"));
    words().nth(1)?; // fewer than two words
    words().map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
}

fn acronym_key(w: &str) -> Option<String> {
    let k: String = w.chars().filter(|c| *c != '.').collect();
    (k.len() >= 2 && k.len() <= 8 && k.chars().all(|c| c.is_ascii_uppercase())).then_some(k)
}

/// Capitals of a one-word CamelCase name with at least two of them: "LibriVox" -> "LV".
fn camel_initials(name: &str) -> Option<String> {
    if name.contains(char::is_whitespace) {
        return None;
    }
    if !name.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let caps = name.chars().filter(|c| c.is_uppercase()).count();
    let lower = name.chars().filter(|c| c.is_lowercase()).count();
    (caps >= 2 && lower >= 2).then(|| name.chars().filter(|c| c.is_uppercase()).collect())
}

/// Last words (3+ chars) of the multi-word PERSON mentions.
fn person_last_words<'t>(text: &'t str, raw: &[RawMention]) -> HashSet<&'t str> {
    raw.iter()
        .filter(|m| m.kind == EntityType::Person && m.words >= 2)
        .filter_map(|m| text[m.span.range()].split_whitespace().next_back())
        .filter(|w| w.chars().count() >= 3)
        .collect()
}

/// The person a lone name part refers to, among the groups whose full names contain it:
/// prefer names that end in it (a surname), then the person named in full most often, then
/// the one introduced first.
fn pick_person(cands: &[(usize, bool)], groups: &[Group<'_>]) -> Option<usize> {
    let any_last = cands.iter().any(|c| c.1);
    cands
        .iter()
        .filter(|c| c.1 || !any_last)
        .max_by_key(|&&(g, _)| (groups[g].mentions.len(), std::cmp::Reverse(g)))
        .map(|c| c.0)
}

/// Group raw mentions (sorted by start) into entities.
pub fn group(text: &str, raw: Vec<RawMention>, headline_spans: &[Span], models: &Models) -> Vec<Entity> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut by_key: HashMap<GroupKey<'_>, usize> = HashMap::default();
    // Name part -> (group, the part is the name's last word).
    let mut by_part: HashMap<&str, Vec<(usize, bool)>> = HashMap::default();
    let mut by_initials: HashMap<String, usize> = HashMap::default();
    // Head word of a multi-word organisation ("Church" of "Church of Scientology") -> groups.
    let mut by_head: HashMap<&str, Vec<usize>> = HashMap::default();
    let surnames = person_last_words(text, &raw);
    // Pass A: full names and lexicon names; pass B: lone words that may refer back to them.
    // A one-word lexicon name that is the last word of a person's full name in this document
    // ("Paris" after "Valeska Paris") waits for pass B too, where the person claims it.
    let lone = |m: &RawMention| {
        !is_numeric(m.kind)
            && m.words == 1
            && m.alias_of.is_none()
            && (m.strength != Strength::Lexicon || surnames.contains(&text[m.span.range()]))
    };
    for pass in 0..2 {
        for m in raw.iter().filter(|m| lone(m) == (pass == 1)) {
            let t = &text[m.span.range()];
            let key = if is_numeric(m.kind) {
                GroupKey::Numeric(m.kind, t)
            } else {
                GroupKey::Name(m.alias_of.as_deref().unwrap_or(t))
            };
            let mut target = by_key.get(&key).copied();
            if target.is_none() && pass == 1 {
                if let Some(c) = by_part.get(t) {
                    target = pick_person(c, &groups);
                }
                if target.is_none() {
                    if let Some(k) = acronym_key(t) {
                        target = by_initials.get(&k).copied();
                    }
                }
                let org_head = models.name_heads.get(t).is_some_and(|h| h.0 == EntityType::Org);
                if target.is_none() && org_head {
                    // "the Church" after "Church of Scientology": only when one organisation has that head.
                    if let Some([g]) = by_head.get(t).map(Vec::as_slice) {
                        target = Some(*g);
                    }
                }
            }
            let g = match target {
                Some(g) => {
                    let gr = &mut groups[g];
                    if m.strength > gr.strength && !(pass == 1 && gr.kind == EntityType::Person) {
                        gr.kind = m.kind;
                        gr.strength = m.strength;
                    }
                    if pass == 1
                        && gr.kind == EntityType::Person
                        && m.kind != EntityType::Person
                        && by_part.contains_key(t)
                    {
                        // A surname typed ORG by default is the person's.
                    }
                    gr.mentions.push(m.span);
                    gr.names.push(t);
                    g
                }
                None => {
                    groups.push(Group {
                        kind: m.kind,
                        strength: m.strength,
                        mentions: vec![m.span],
                        roles: Vec::new(),
                        names: vec![t],
                    });
                    let g = groups.len() - 1;
                    if let Some(a) = &m.alias_of {
                        groups[g].names.push(a);
                        if let Some(ini) = initials(a) {
                            by_initials.entry(ini).or_insert(g);
                        }
                    }
                    g
                }
            };
            by_key.entry(key).or_insert(g);
            if let Some(r) = &m.role {
                if !groups[g].roles.contains(r) {
                    groups[g].roles.push(r.clone());
                }
            }
            if matches!(groups[g].kind, EntityType::Org | EntityType::Gpe) {
                // One-word CamelCase names are lone words: registered in either pass, before
                // the acronyms that follow them in the text are grouped (raw is sorted).
                if let Some(ini) = camel_initials(t) {
                    by_initials.entry(ini).or_insert(g);
                }
            }
            if pass == 0 && !is_numeric(m.kind) {
                // The name's first, second and last words and its number of words.
                let mut ws = t.split_whitespace();
                let (first, second) = (ws.next().unwrap_or(""), ws.next());
                let (n, last) = match second {
                    None => (usize::from(!first.is_empty()), first),
                    Some(w) => ws.fold((2, w), |(n, _), w| (n + 1, w)),
                };
                if groups[g].kind == EntityType::Person && n >= 2 {
                    for (part, is_last) in [(first, first == last), (last, true)] {
                        let v = by_part.entry(part).or_default();
                        match v.iter_mut().find(|(x, _)| *x == g) {
                            Some(e) => e.1 |= is_last,
                            None => v.push((g, is_last)),
                        }
                    }
                }
                if matches!(groups[g].kind, EntityType::Org | EntityType::Gpe) {
                    if let Some(ini) = initials(t) {
                        by_initials.entry(ini).or_insert(g);
                    }
                }
                if groups[g].kind == EntityType::Org && n >= 2 {
                    let head = if second == Some("of") { first } else { last };
                    let v = by_head.entry(head).or_default();
                    if !v.contains(&g) {
                        v.push(g);
                    }
                }
            }
        }
    }
    // A group made only of a bare name head word ("the Government", "the Bank") that joined
    // no name is a common noun in title case, not an entity.
    groups.retain(|g| {
        g.strength == Strength::Lexicon
            || is_numeric(g.kind)
            || !g.names.iter().all(|n| !n.contains(' ') && models.name_heads.contains_key(*n))
    });
    let len = text.len().max(1) as f32;
    let mut ents: Vec<Entity> = groups
        .into_iter()
        .map(|mut g| {
            g.mentions.sort();
            g.mentions.dedup();
            let canonical = g
                .names
                .iter()
                .max_by_key(|n| (n.chars().count(), std::cmp::Reverse(**n)))
                .map(|n| n.to_string())
                .unwrap_or_default();
            let first = g.mentions[0].start as f32;
            let in_head = g.mentions.iter().any(|m| headline_spans.iter().any(|h| h.contains(*m)));
            let mut score = g.mentions.len() as f32 + if in_head { 2.0 } else { 0.0 } + 1.5 * (1.0 - first / len);
            if is_numeric(g.kind) {
                score *= 0.3;
            }
            Entity {
                kind: g.kind,
                canonical_name: canonical,
                mentions: g.mentions.into_iter().map(|span| Mention { span, kind: MentionKind::Proper }).collect(),
                roles: g.roles,
                salience: score,
            }
        })
        .collect();
    let max = ents.iter().map(|e| e.salience).fold(0.0f32, f32::max);
    for e in &mut ents {
        e.salience = if max > 0.0 { (e.salience / max).clamp(0.0, 1.0) } else { 0.0 };
    }
    ents.sort_by_key(|e| e.mentions[0].span.start);
    ents
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn initials_without_intermediate_collections() {
        // The collecting versions these replaced.
        fn initials_ref(name: &str) -> Option<String> {
            let words: Vec<&str> =
                name.split_whitespace().filter(|w| !matches!(*w, "of" | "the" | "for" | "and" | "&" | "on")).collect();
            if words.len() < 2 {
                return None;
            }
            words.iter().map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect()
        }
        fn camel_ref(name: &str) -> Option<String> {
            if name.contains(char::is_whitespace) {
                return None;
            }
            let caps: String = name.chars().filter(|c| c.is_uppercase()).collect();
            let lower = name.chars().filter(|c| c.is_lowercase()).count();
            (caps.chars().count() >= 2 && lower >= 2 && name.chars().next().is_some_and(char::is_uppercase))
                .then_some(caps)
        }
        for n in [
            "",
            "LibriVox",
            "libriVox",
            "LV",
            "LiV",
            "YouTube",
            "ÉcoleNormale",
            "Bank of England",
            "of the",
            "United Nations",
            "United nations",
            "the Fed",
            "X Y",
            "McDonald",
            "iPhone",
            "ΑβΓδ",
        ] {
            assert_eq!(initials(n), initials_ref(n), "{n}");
            assert_eq!(camel_initials(n), camel_ref(n), "{n}");
        }
    }

    fn run(text: &str) -> Vec<Entity> {
        let m = Models::embedded().unwrap();
        let seg = segment(text, &m, false);
        extract(text, &seg, &m, &Options::default())
    }

    fn find<'a>(ents: &'a [Entity], name: &str) -> &'a Entity {
        ents.iter()
            .find(|e| e.canonical_name == name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", ents.iter().map(|e| &e.canonical_name).collect::<Vec<_>>()))
    }

    #[test]
    fn persons_titles_and_surnames() {
        let text = "Council Votes On Budget\n\nPresident Maria Delgado met the mayor on Tuesday. Delgado said the plan would cost $4 million. The United Nations and the UN agency agreed.";
        let ents = run(text);
        let p = find(&ents, "Maria Delgado");
        assert_eq!(p.kind, EntityType::Person);
        assert_eq!(p.roles, vec!["President".to_string()]);
        assert_eq!(p.mentions.len(), 2);
        assert_eq!(&text[p.mentions[1].span.range()], "Delgado");
        let un = find(&ents, "United Nations");
        assert_eq!(un.kind, EntityType::Org);
        assert_eq!(un.mentions.iter().map(|m| &text[m.span.range()]).collect::<Vec<_>>(), vec!["United Nations", "UN"]);
        let d = ents.iter().find(|e| e.kind == EntityType::Date).unwrap();
        assert_eq!(&text[d.mentions[0].span.range()], "Tuesday");
        let money = ents.iter().find(|e| e.kind == EntityType::Money).unwrap();
        assert_eq!(&text[money.mentions[0].span.range()], "$4 million");
        // Sorted by first mention, salience in range.
        assert!(ents.windows(2).all(|w| w[0].mentions[0].span.start <= w[1].mentions[0].span.start));
        assert!(ents.iter().all(|e| (0.0..=1.0).contains(&e.salience)));
    }

    #[test]
    fn lone_surname_the_tagger_calls_a_place_is_a_person() {
        let text = "The judge in Garvey's trial ruled on Monday. The Senate cleared Garvey of all charges.";
        let ents = run(text);
        let g = find(&ents, "Garvey");
        assert_eq!(g.kind, EntityType::Person);
        assert_eq!(texts_of(text, g), vec!["Garvey", "Garvey"]);
        // After a place preposition the same kind of word stays a place.
        let text = "She grew up in Dalby and later moved away.";
        assert_eq!(find(&run(text), "Dalby").kind, EntityType::Loc);
    }

    #[test]
    fn places_norp_orgs_and_possessives() {
        let text = "The French minister flew to Kenya's capital with officials of the Bank of England and Acme Widgets Inc. on July 21, 2017.";
        let ents = run(text);
        assert_eq!(find(&ents, "French").kind, EntityType::Norp);
        assert_eq!(find(&ents, "Kenya").kind, EntityType::Gpe);
        assert_eq!(find(&ents, "Bank of England").kind, EntityType::Org);
        assert_eq!(find(&ents, "Acme Widgets Inc").kind, EntityType::Org);
        let d = find(&ents, "July 21, 2017");
        assert_eq!(d.kind, EntityType::Date);
        // "The" at sentence start is not a name.
        assert!(ents.iter().all(|e| !e.canonical_name.starts_with("The")));
    }

    #[test]
    fn and_inside_an_agency_name_does_not_split_it() {
        // Was "Securities" + "Exchange Commission": only a company suffix splits at "and".
        let text = "The Securities and Exchange Commission fined the Bank of England and Acme Widgets Inc. on Monday.";
        let ents = run(text);
        assert_eq!(find(&ents, "Securities and Exchange Commission").kind, EntityType::Org);
        assert_eq!(find(&ents, "Bank of England").kind, EntityType::Org);
        assert_eq!(find(&ents, "Acme Widgets Inc").kind, EntityType::Org);
    }

    fn texts_of<'a>(text: &'a str, e: &Entity) -> Vec<&'a str> {
        e.mentions.iter().map(|m| &text[m.span.range()]).collect()
    }

    #[test]
    fn lone_surname_prefers_the_name_it_ends() {
        // "Okafor" starts one name and ends another: the surname reading wins.
        let text = "Okafor Holdings sold a painting by Grace Okafor to a gallery in Lagos. Grace Okafor said she was pleased. Okafor began painting in 1990.";
        let ents = run(text);
        let p = find(&ents, "Grace Okafor");
        assert_eq!(texts_of(text, p), vec!["Grace Okafor", "Grace Okafor", "Okafor"]);
    }

    #[test]
    fn lone_surname_shared_by_two_people_joins_the_one_named_most() {
        let text = "Daniel Brennan won the race on Sunday. His cousin Tom Brennan finished fifth. Daniel Brennan said the course was hard. Brennan will race again in May.";
        let ents = run(text);
        let d = find(&ents, "Daniel Brennan");
        assert_eq!(texts_of(text, d).last(), Some(&"Brennan"));
        assert_eq!(find(&ents, "Tom Brennan").mentions.len(), 1);
    }

    #[test]
    fn place_name_that_is_a_persons_surname_joins_the_person() {
        // Was a GPE of its own: "Paris" after "Helen Paris" is her.
        let text = "The novelist Helen Paris spoke to students on Monday. Paris said her next book is set at sea.";
        let ents = run(text);
        let p = find(&ents, "Helen Paris");
        assert_eq!(p.kind, EntityType::Person);
        assert_eq!(texts_of(text, p), vec!["Helen Paris", "Paris"]);
    }

    #[test]
    fn organisation_head_word_refers_back_to_the_organisation() {
        let text = "The Church of the Open Door opened a school in Leeds. A spokesman for the Church said on Friday that it would open another.";
        let ents = run(text);
        let c = find(&ents, "Church of the Open Door");
        assert_eq!(texts_of(text, c), vec!["Church of the Open Door", "Church"]);
    }

    #[test]
    fn a_bare_head_word_that_names_nothing_is_not_an_entity() {
        // "the Government" / "the Bank" in title case, with no longer name to refer to.
        let text =
            "Officials said the Government is still running a deficit. The loan was approved by the Bank, a spokesman said.";
        let ents = run(text);
        assert!(
            ents.iter().all(|e| e.canonical_name != "Government" && e.canonical_name != "Bank"),
            "{:?}",
            ents.iter().map(|e| &e.canonical_name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn camel_case_name_groups_with_its_capitals() {
        let text = "The startup TalkWave raised $5 million on Monday. Analysts at Morgan Stanley said TW had beaten forecasts.";
        let ents = run(text);
        let b = find(&ents, "TalkWave");
        assert_eq!(texts_of(text, b), vec!["TalkWave", "TW"]);
    }

    #[test]
    fn us_aliases_group() {
        let text = "Officials in the U.S. said the United States would act. The US embassy agreed.";
        let ents = run(text);
        let us = find(&ents, "United States");
        assert_eq!(us.kind, EntityType::Gpe);
        assert_eq!(us.mentions.len(), 3);
    }
}
