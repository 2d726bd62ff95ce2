//! Name mentions from the statistical tagger: maps a sentence's tokens to tagger words,
//! tags them and turns the chunks back into raw mentions with fine types and roles.
//!
//! Contract: [`find`] returns raw mentions (UTF-8 byte offsets into the text, inside the
//! sentence's tokens, sorted, disjoint) without a leading determiner or title (a title just
//! before a name is kept as the mention's role) and without a trailing possessive `'s`.
//! A chunk that starts with an honorific (Mr, Ms, Dr, …) is a person's name, so are up to
//! three capitalised words after one that the tagger left untagged ("Mr. Xi"), and a
//! generational suffix right after a person's name (Jr, III) is part of it. A leading
//! connector ("for") is cut, a date after a connector ("on Monday") ends the name, and a
//! pronoun contraction ("We’ve") is no name. A role ending a place or organisation chunk is
//! cut from it ("Texas Gov." is the place "Texas"); a place or organisation chunk holding a
//! capitalised title before a listed given name is split there ("Harbour Mayor Ana Lund": the
//! mayor Ana Lund), and a listed given name the tagger left out right before a person's chunk
//! joins it ("Governor Andrew Holt", not "Holt").
//! Word tokens ending in `'s`/`’s` are split in two for the tagger, as in its training data.
//! In headlines, a capitalised word whose lowercase form occurs in lowercase elsewhere in the
//! document is shown to the tagger in lowercase (title case carries no signal there). Place
//! chunks are split into GPE/LOC/FAC with the lexicon, head words and the place gazetteer (a
//! nationality the lexicon or gazetteer knows as such is NORP: "Chinese President …");
//! other-name chunks get EVENT/LAW/WORK_OF_ART/PRODUCT/NORP the same way; a lone place word
//! that only the name lists know (a surname or given name, not a country, city or lexicon
//! place, not seen in lowercase, not after "in"/"at"/…) is a person's. Linear in the
//! number of tokens.

use std::borrow::Cow;

use super::names::{push_lowercase, strip_poss, DocInfo};
use super::tagger::{Featurizer, NameType, TaggerModel, WordScores};
use super::{RawMention, Strength};
use crate::models::{with_lowercase, Models};
use crate::types::{EntityType, Span, Token, TokenKind};

const DETERMINERS: &[&str] = &["the", "The", "THE", "a", "A", "an", "An"];
/// Titles that only ever stand before a person's name.
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"];
/// Prepositions after which a lone name is a place ("grew up in Wells").
const LOCATIVE: &[&str] =
    &["in", "at", "on", "near", "from", "into", "across", "through", "outside", "inside", "around"];
/// Generational suffixes that end a person's name.
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// What [`find`] keeps from one sentence to the next: the tagger's cache of word rows and
/// reused buffers. The cache depends only on the models, so one `Scratch` may serve many
/// documents, as long as they are all analysed with the same (unchanged) [`Models`]; call
/// [`Scratch::next_document`] before each.
#[derive(Default)]
pub struct Scratch {
    words: WordScores,
    tags: Vec<u8>,
    /// A sentence's tagger words: byte spans, token kinds, capitalised and seen in lowercase.
    spans: Vec<Span>,
    kinds: Vec<TokenKind>,
    seen: Vec<bool>,
}

/// Distinct words a [`Scratch`] keeps cached across documents (about 350 bytes each); past
/// that the cache starts again from empty.
const MAX_CACHED_WORDS: usize = 16_384;

impl Scratch {
    /// Ready the scratch for the next document: the word cache is kept, unless it has grown
    /// past [`MAX_CACHED_WORDS`].
    pub fn next_document(&mut self) {
        if self.words.len() > MAX_CACHED_WORDS {
            self.words.clear_words();
        }
    }
}

/// Find name mentions in one sentence with the tagger.
#[allow(clippy::too_many_arguments)]
pub fn find(
    text: &str,
    toks: &[Token],
    models: &Models,
    tagger: &TaggerModel,
    doc: &DocInfo<'_>,
    in_headline: bool,
    scratch: &mut Scratch,
    out: &mut Vec<RawMention>,
) {
    // Tagger words with their byte spans (buffers kept in the scratch).
    let Scratch { words: ws, tags, spans, kinds, seen } = scratch;
    spans.clear();
    kinds.clear();
    for t in toks {
        let w = &text[t.span.range()];
        let base = strip_poss(w);
        if t.kind == TokenKind::Word && base.len() < w.len() && w.ends_with('s') {
            let cut = t.span.start + base.len();
            spans.push(Span::new(t.span.start, cut));
            spans.push(Span::new(cut, t.span.end));
            kinds.push(TokenKind::Word);
            kinds.push(TokenKind::Punctuation);
        } else {
            spans.push(t.span);
            kinds.push(t.kind);
        }
    }
    let (spans, kinds) = (&spans[..], &kinds[..]);
    seen.clear();
    seen.extend(spans.iter().map(|s| {
        let w = &text[s.range()];
        w.chars().next().is_some_and(char::is_uppercase)
            && w.len() <= 30
            && with_lowercase(w, |l| doc.lower_seen.contains_lower(l))
    }));
    let seen = &seen[..];
    // Outside headlines every word is shown to the tagger as written.
    let lowered: Vec<Cow<'_, str>>;
    let wr: Vec<&str> = if in_headline {
        lowered = spans
            .iter()
            .zip(seen)
            .map(|(s, &seen)| {
                let w = &text[s.range()];
                if seen && models.gazetteer.get(w) == 0 && !models.lexicon.contains_key(w) {
                    Cow::Owned(w.to_lowercase())
                } else {
                    Cow::Borrowed(w)
                }
            })
            .collect();
        lowered.iter().map(|w| w.as_ref()).collect()
    } else {
        spans.iter().map(|s| &text[s.range()]).collect()
    };
    let fz = Featurizer::new(models);
    // Post-processing cuts every name back to end at a capitalised word or a number, so the
    // words after the last such word can only be `O`: they are context, not tagged.
    let limit = (0..spans.len())
        .rev()
        .find(|&i| {
            kinds[i] == TokenKind::Number
                || (kinds[i] == TokenKind::Word && text[spans[i].range()].chars().any(char::is_uppercase))
        })
        .map_or(0, |i| i + 1);
    tagger.tag_cached(&fz, &wr, seen, doc.lower_seen, limit, ws, tags);
    let mut chunks = super::tagger::chunks(tags);
    lexicon_fallback(text, spans, models, &mut chunks);
    rule_fallback(ws.rules(), &mut chunks);
    honorific_fallback(text, spans, kinds, models, &mut chunks);
    split_conjoined(text, spans, &mut chunks);
    split_titled(text, spans, &wr, models, &mut chunks);
    given_name_before(text, spans, models, &mut chunks);
    let starts: Vec<usize> = chunks.iter().map(|c| c.0).collect();
    for (mut a, mut b, mut nt) in chunks {
        let word = |i: usize| &text[spans[i].range()];
        // An honorific makes the name a person's, whatever the tagger said ("Ms Hale").
        if nt != NameType::Person && a + 1 < b && HONORIFICS.contains(&word(a)) {
            nt = NameType::Person;
        }
        // A generational suffix right after a person's name is part of it ("Andre Morrow III").
        if nt == NameType::Person
            && b < spans.len()
            && spans[b].start == spans[b - 1].end + 1
            && SUFFIXES.contains(&word(b))
            && !starts.contains(&b)
        {
            b += 1;
        }
        // Leading determiners and titles are not part of the mention.
        let mut role = None;
        loop {
            if a + 1 < b && DETERMINERS.contains(&word(a)) {
                a += 1;
                continue;
            }
            let k = title_len(&wr, a, b, models);
            if k > 0 && a + k < b && nt == NameType::Person {
                role = Some(text[spans[a].start..spans[a + k - 1].end].to_string());
                a += k;
                if a < b && word(a) == "." {
                    a += 1;
                }
                continue;
            }
            break;
        }
        // A leading connector ("for" of "Minister for Justice") is not part of a name; name
        // particles ("de", "van") are.
        while a < b && matches!(word(a), "of" | "for" | "and" | "on" | "in" | "at" | "to" | "by" | "from") {
            a += 1;
        }
        // A date after a connector ends the name ("the Bank on Monday").
        if let Some(i) = (a + 1..b.saturating_sub(1))
            .find(|&i| matches!(word(i), "on" | "in" | "since" | "until") && crate::calendar::is_date_word(word(i + 1)))
        {
            b = i;
        }
        // A name ends with a capitalised word or a number: trailing punctuation and lowercase
        // words ("US embassy") are not part of it.
        let mut e = b;
        while e > a
            && ((kinds[e - 1] != TokenKind::Word && kinds[e - 1] != TokenKind::Number)
                || (kinds[e - 1] == TokenKind::Word && !word(e - 1).chars().any(char::is_uppercase)))
        {
            e -= 1;
        }
        // A role after an organisation or a place is not part of it ("the Harbour Board
        // Chairman", "Texas Gov. Tom Berg").
        while matches!(nt, NameType::Org | NameType::Loc)
            && e > a + 1
            && models.is_title(word(e - 1))
            && !models.name_heads.contains_key(word(e - 1))
        {
            e -= 1;
        }
        if e <= a {
            continue;
        }
        // A capitalised contraction of a pronoun ("We’ve", "They'll") is no name.
        if e == a + 1 && is_contraction(word(a)) {
            continue;
        }
        if role.is_none() && nt == NameType::Person {
            role = title_before(&wr, a, models).map(|k| text[spans[a - k].start..spans[a - 1].end].to_string());
        }
        let span = Span::new(spans[a].start, spans[e - 1].end);
        let s = &text[span.range()];
        let nwords = s.split_whitespace().count();
        if nt == NameType::Loc
            && nwords == 1
            && !seen[a]
            && !(a > 0 && LOCATIVE.contains(&word(a - 1)) && !(e < spans.len() && matches!(word(e), "'s" | "’s")))
            && is_listed_name_not_place(s, models)
        {
            nt = NameType::Person;
        }
        let lex = models.lexicon.get(s);
        let kind = fine_type(s, nt, models);
        let strength = if lex.is_some() { Strength::Lexicon } else { Strength::Rule };
        let alias_of = lex.and_then(|e| e.alias_of.clone());
        out.push(RawMention { span, kind, strength, role, alias_of, words: nwords });
    }
}

/// True for one word on the given-name or surname lists that nothing marks as a place: not a
/// country or city in the gazetteer, not in the lexicon, not a place head word ("Bridge") and
/// not a compass word. The tagger calls such lone words places when their context is thin
/// ("cleared Duffy of all charges"); in the training data they are people ten times as often
/// as places.
fn is_listed_name_not_place(s: &str, models: &Models) -> bool {
    use super::gazetteer::{CITY, COUNTRY, FIRST, SURNAME, SURNAME_COMMON};
    let flags = models.gazetteer.get(s);
    flags & (FIRST | SURNAME | SURNAME_COMMON) != 0
        && flags & (COUNTRY | CITY) == 0
        && !models.lexicon.contains_key(s)
        && !models.name_heads.contains_key(s)
        && !matches!(s, "North" | "South" | "East" | "West" | "Central" | "Upper" | "Lower")
}

/// Add chunks for known lexicon names (longest match, capitalised) and group words that
/// the tagger left untagged, and widen tagger chunks that are only part of a longer lexicon
/// name ("States" inside "United States"); keeps `chunks` sorted and disjoint. Linear: each
/// start tries at most `max_lexicon_words` lengths, and only a word that some lexicon name
/// starts with ([`Models::may_start_lexicon_name`]) tries more than its NORP flag.
fn lexicon_fallback(text: &str, spans: &[Span], models: &Models, chunks: &mut Vec<(usize, usize, NameType)>) {
    // For each word, the chunk covering it (index into `chunks`).
    let mut owner: Vec<Option<usize>> = vec![None; spans.len()];
    for (n, c) in chunks.iter().enumerate() {
        owner[c.0..c.1].iter_mut().for_each(|x| *x = Some(n));
    }
    let mut added = Vec::new();
    let mut replaced = vec![false; chunks.len()];
    let mut i = 0;
    while i < spans.len() {
        let starts_here = owner[i].is_none_or(|n| chunks[n].0 == i);
        if !starts_here || !text[spans[i].range()].chars().next().is_some_and(char::is_uppercase) {
            i += 1;
            continue;
        }
        let mut best = None;
        // Every candidate starts with word `i`: none is a lexicon name unless some name does.
        let may_lex = models.may_start_lexicon_name(&text[spans[i].range()]);
        let max_k = if may_lex { models.max_lexicon_words } else { 1 };
        for k in 1..=max_k.min(spans.len() - i) {
            let end = i + k;
            // A candidate may contain whole chunks, never cut one.
            if owner[end - 1].is_some_and(|n| chunks[n].1 > end) {
                continue;
            }
            let s = &text[spans[i].start..spans[end - 1].end];
            if let Some(e) = if may_lex { models.lexicon.get(s) } else { None } {
                best = Some((k, e.kind));
            } else if k == 1 && owner[i].is_none() && models.gazetteer.get(s) & super::gazetteer::NORP != 0 {
                best = Some((1, EntityType::Norp));
            }
        }
        let Some((k, kind)) = best else {
            i += 1;
            continue;
        };
        let nt = match kind {
            EntityType::Person => NameType::Person,
            EntityType::Org => NameType::Org,
            EntityType::Gpe | EntityType::Loc | EntityType::Fac => NameType::Loc,
            EntityType::Norp => NameType::Norp,
            _ => NameType::Misc,
        };
        // The tagger's own chunk wins; chunks that are parts of the name are widened only when
        // the tagger gave them the lexicon name's type.
        let inside = || (i..i + k).filter_map(|j| owner[j]);
        let exactly_one_chunk = owner[i].is_some_and(|n| chunks[n].1 == i + k);
        if !exactly_one_chunk && inside().all(|n| chunks[n].2 == nt) {
            inside().for_each(|n| replaced[n] = true);
            added.push((i, i + k, nt));
        }
        i += k;
    }
    if !added.is_empty() {
        let mut n = 0;
        chunks.retain(|_| {
            n += 1;
            !replaced[n - 1]
        });
        chunks.extend(added);
        chunks.sort_unstable_by_key(|c| c.0);
    }
}

/// Add organisation names the rule layer found by a head word ("… Council", "… Trust")
/// where the tagger found nothing.
fn rule_fallback(rules: &[u8], chunks: &mut Vec<(usize, usize, NameType)>) {
    let mut covered = vec![false; rules.len()];
    for c in chunks.iter() {
        covered[c.0..c.1].iter_mut().for_each(|x| *x = true);
    }
    let org = 1 + 4 * (EntityType::Org as u8) + 1;
    let mut added = Vec::new();
    let mut i = 0;
    while i < rules.len() {
        if rules[i] == org && !covered[i] {
            let mut j = i + 1;
            while j < rules.len() && rules[j] == org + 2 && !covered[j] {
                j += 1;
            }
            if j > i + 1 && (j == rules.len() || rules[j] != org + 2) {
                added.push((i, j, NameType::Org));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if !added.is_empty() {
        chunks.extend(added);
        chunks.sort_unstable_by_key(|c| c.0);
    }
}

/// Add a person's name after an honorific where the tagger found nothing ("Mr. Xi said": a
/// name the tagger has never seen as one): the honorific, its dot, and up to three
/// capitalised words that no chunk covers and that are no title ("Mr. President" is none).
fn honorific_fallback(
    text: &str,
    spans: &[Span],
    kinds: &[TokenKind],
    models: &Models,
    chunks: &mut Vec<(usize, usize, NameType)>,
) {
    let word = |i: usize| &text[spans[i].range()];
    let honorific = |i: usize| HONORIFICS.contains(&word(i).strip_suffix('.').unwrap_or(word(i)));
    // Most sentences hold no honorific: nothing to mark then.
    if !(0..spans.len()).any(honorific) {
        return;
    }
    let mut covered = vec![false; spans.len()];
    for c in chunks.iter() {
        covered[c.0..c.1].iter_mut().for_each(|x| *x = true);
    }
    let mut added = Vec::new();
    for i in 0..spans.len() {
        if covered[i] || !honorific(i) {
            continue;
        }
        let mut j = i + 1;
        if j < spans.len() && word(j) == "." && !word(i).ends_with('.') {
            j += 1;
        }
        let from = j;
        while j < spans.len()
            && j < from + 3
            && !covered[j]
            && kinds[j] == TokenKind::Word
            && word(j).chars().next().is_some_and(char::is_uppercase)
            && !models.is_title(word(j))
        {
            j += 1;
        }
        if j > from && (j == spans.len() || !covered[j] || kinds[j] != TokenKind::Word) {
            added.push((i, j, NameType::Person));
        }
    }
    if !added.is_empty() {
        chunks.extend(added);
        chunks.sort_unstable_by_key(|c| c.0);
    }
}

/// Company suffixes that end a name of their own after "and" (see [`split_conjoined`]).
pub(crate) const CORPORATE_SUFFIXES: &[&str] =
    &["Inc", "Corp", "Corporation", "Ltd", "Limited", "Co", "LLC", "PLC", "plc", "AG", "SA", "NV", "GmbH", "Holdings"];

/// Split an organisation chunk at "and" when the part after it ends with a corporate
/// suffix of its own ("Bank of England and Acme Widgets Inc." is two organisations).
fn split_conjoined(text: &str, spans: &[Span], chunks: &mut Vec<(usize, usize, NameType)>) {
    let mut out = Vec::with_capacity(chunks.len());
    for &(a, b, nt) in chunks.iter() {
        let w = |i: usize| strip_poss(&text[spans[i].range()]);
        // Only a company suffix: "Securities and Exchange Commission" and "Department of
        // Health and Human Services" are one name each.
        let last_head = |i: usize| {
            let x = w(i);
            CORPORATE_SUFFIXES.contains(&x.strip_suffix('.').unwrap_or(x))
        };
        let mut e = b;
        while e > a && !w(e - 1).chars().any(char::is_alphanumeric) {
            e -= 1;
        }
        let split = (nt == NameType::Org && e > a + 2)
            .then(|| (a + 1..e - 1).find(|&j| w(j) == "and"))
            .flatten()
            .filter(|_| last_head(e - 1));
        match split {
            Some(j) => {
                out.push((a, j, nt));
                out.push((j + 1, b, nt));
            }
            None => out.push((a, b, nt)),
        }
    }
    *chunks = out;
}

/// Split a place or organisation chunk at a capitalised title followed by a person's name
/// ("Harbour Mayor Ana Lund" is the place "Harbour" and the mayor Ana Lund): the name after
/// the title opens with a listed given name and has one to three words.
fn split_titled(
    text: &str,
    spans: &[Span],
    words: &[&str],
    models: &Models,
    chunks: &mut Vec<(usize, usize, NameType)>,
) {
    use super::gazetteer::FIRST;
    let mut out = Vec::with_capacity(chunks.len());
    for &(a, b, nt) in chunks.iter() {
        let w = |i: usize| &text[spans[i].range()];
        let titled = |t: usize| {
            let k = title_len(words, t, b, models);
            if k == 0 || !w(t).starts_with(char::is_uppercase) {
                return false;
            }
            let mut p = t + k;
            if p < b && w(p) == "." {
                p += 1;
            }
            p < b
                && b - p <= 3
                && models.gazetteer.get(w(p)) & FIRST != 0
                && (p..b).all(|i| w(i).starts_with(char::is_uppercase))
        };
        let split = if matches!(nt, NameType::Loc | NameType::Org) {
            (a + 1..b.saturating_sub(1)).find(|&t| titled(t))
        } else {
            None
        };
        match split {
            Some(t) => {
                out.push((a, t, nt));
                out.push((t, b, NameType::Person));
            }
            None => out.push((a, b, nt)),
        }
    }
    *chunks = out;
}

/// Extend a person's chunk back over a listed given name the tagger left out right before
/// it ("Governor Andrew Holt" tagged as "Holt" alone after an organisation's title).
fn given_name_before(text: &str, spans: &[Span], models: &Models, chunks: &mut [(usize, usize, NameType)]) {
    use super::gazetteer::FIRST;
    for i in 0..chunks.len() {
        let (a, _, nt) = chunks[i];
        let free = i == 0 || chunks[i - 1].1 < a;
        if nt == NameType::Person && a > 0 && free && spans[a - 1].end < spans[a].start {
            let w = &text[spans[a - 1].range()];
            if w.starts_with(char::is_uppercase)
                && models.gazetteer.get(w) & FIRST != 0
                && !models.is_common(w)
                && !models.is_title(w)
            {
                chunks[i].0 = a - 1;
            }
        }
    }
}

/// Length in words of the longest title phrase starting at word `i` (before `end`).
fn title_len(words: &[&str], i: usize, end: usize, models: &Models) -> usize {
    let mut best = 0;
    let mut phrase = String::new();
    for (k, w) in words[i..end.min(i + models.max_title_words)].iter().enumerate() {
        if k > 0 {
            phrase.push(' ');
        }
        push_lowercase(&mut phrase, w);
        if models.titles.contains(phrase.strip_suffix('.').unwrap_or(&phrase)) {
            best = k + 1;
        }
    }
    best
}

/// Length in words of the longest title phrase ending just before word `a` ("Mr." counts).
fn title_before(words: &[&str], a: usize, models: &Models) -> Option<usize> {
    let mut end = a;
    if end > 0 && words[end - 1] == "." {
        end -= 1;
    }
    let mut best = None;
    let mut phrase = String::new();
    for k in 1..=models.max_title_words.min(end) {
        phrase.clear();
        for (j, w) in words[end - k..end].iter().enumerate() {
            if j > 0 {
                phrase.push(' ');
            }
            push_lowercase(&mut phrase, w);
        }
        if models.titles.contains(&phrase) && !(k == 1 && models.is_common(words[end - 1])) {
            best = Some(a - (end - k));
        }
    }
    best
}

/// "We’ve", "I'm", "They’ll", "He'd", "You're": a word ending in a verb contraction.
fn is_contraction(w: &str) -> bool {
    ["ve", "re", "ll", "m", "d"]
        .iter()
        .any(|suf| w.strip_suffix(suf).is_some_and(|s| s.ends_with('\'') || s.ends_with('’')) && w.chars().count() <= 8)
}

/// The entity type of a tagged chunk.
pub fn fine_type(s: &str, nt: NameType, models: &Models) -> EntityType {
    let lex = models.lexicon.get(s).map(|e| e.kind);
    let last = s.rsplit(' ').next().unwrap_or(s);
    let head = models.name_heads.get(last).map(|h| h.0);
    match nt {
        NameType::Person => EntityType::Person,
        // Countries and cities are GPEs whatever role they play in the sentence.
        NameType::Org if lex == Some(EntityType::Gpe) || models.gazetteer.is_place(s) => EntityType::Gpe,
        NameType::Org => EntityType::Org,
        NameType::Norp => EntityType::Norp,
        NameType::Loc => match (lex, head) {
            (Some(k @ (EntityType::Gpe | EntityType::Loc | EntityType::Fac)), _) => k,
            _ if models.gazetteer.is_place(s) => EntityType::Gpe,
            (_, Some(k @ (EntityType::Gpe | EntityType::Loc | EntityType::Fac))) => k,
            // "Chinese President …": a nationality the tagger took for a place.
            (Some(EntityType::Norp), _) => EntityType::Norp,
            _ if models.gazetteer.get(s) & super::gazetteer::NORP != 0 => EntityType::Norp,
            _ => EntityType::Loc,
        },
        NameType::Misc => match (lex, head) {
            (Some(k), _) if !matches!(k, EntityType::Person | EntityType::Org) => k,
            _ if models.gazetteer.get(s) & super::gazetteer::NORP != 0 => EntityType::Norp,
            (_, Some(k @ (EntityType::Event | EntityType::Law | EntityType::WorkOfArt | EntityType::Product))) => k,
            _ => EntityType::Product,
        },
    }
}
