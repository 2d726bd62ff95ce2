//! Finding the cue verb and the speaker phrase next to a quotation.
//!
//! Contract: functions here read a token window (spans are UTF-8 byte offsets into the whole
//! text) and return the speaker phrase span and cue span, both inside the window. Windows are
//! bounded by the caller (a sentence, at most a few hundred bytes), so the work is linear.
//! Before a quotation, a noun phrase after a preposition of place ("Protesters marching
//! through the streets chanted “…”", "Officials in Elm said:", "Protesters at the pier
//! chanted") belongs to the subject's modifier: the clause's subject speaks; failing that,
//! and after "of", "for", "from" or "with", the noun phrase before the preposition heads the
//! speaker, which keeps the phrase ("The mayor of Elm said:", "A sign at the rally read “…”";
//! not before a participle: "footage of Park asking, “…”"). Verbs of thought and stance never take an inverted speaker ("…, he, too, feels a
//! win coming" has no speaker "a win coming"), nor do verbs taking an object first ("…,”
//! described the impact as severe") or cue phrases ending in a preposition ("…, warned of the
//! forces of hate"); a nominal speaker may hold a year ("said a 2008
//! campaign veteran"), keep its "of"/"for" phrase ("the former secretary of state said", "… has said", "said a
//! spokesman for the ferry line.", "said the secretary of state."), be an age ("said the 46-year-old"), hold a hyphenated modifier as
//! one word ("the 64-year-old engineer", "a well-known surveyor", "the soft-spoken, 64-year-old
//! engineer") or open with "these"/"those" ("…,
//! these people said, …"); a possessive role may be named between commas ("Park's campaign
//! manager, Jo Weaver, said", also before another verb: "…, Jo Weaver, voiced support …,
//! saying"); a dateline opening the sentence ("ARDEN, Aug. 3 (Wire) —") is skipped, never a
//! speaker; neither a
//! weekday between the subject and the cue ("Park later Thursday told") nor an opening adverb
//! ("Recently she announced") or a span of time ("Hours later, Park …") is a speaker, nor the
//! listener of a participle inside the subject or its aside ("A source speaking to Harbour
//! Radio said", "Lind, speaking to voters in Elm, said"); a noun phrase stops at a conjunction
//! or a past form after its head ("Some members vented"), and before a cue at a copula ("the
//! board is worried" has no speaker "the board is"); "state" before a role noun is no cue
//! ("The former state auditor said"), nor before a title or name ("state Del. Ana Lund
//! said"); a name may hold a nickname in quotation marks ("Ana “Annie” Lund") and a nominal one
//! its anonymity clause ("a member who asked not to be named", "who spoke on condition of
//! anonymity"; any other relative clause ends the phrase); "tell",
//! "inform", "assure", "remind" and "advise" never invert (their object is a listener: "…, told
//! the crowd."), and a clause opener is none ("…, though commuters
//! disagree"), nor a conjunction ("…, but the judge disagreed"), nor is a capitalised subordinator a name ("When asked, Berg said …") or a
//! capitalised preposition ("Amid calls for …", "Despite …", "Alongside …"); a focusing "even" before a
//! subject after an opening phrase is not part of it ("…, even a top strategist said"); a possessive name may follow a role ("Mayoral
//! candidate Ann Lee’s campaign says"), and two roles may share a name ("said lobbyist and
//! strategist Jo Park", "… and GOP strategist Jo Park": an acronym may open the second), and a lowercase role may stand between a capitalised modifier and
//! the name ("Harbour chief Mara Velt", "Republican presidential candidate Ana Lund"); a noun
//! that is also a cue heads the phrase before an aside ("The report, released on Monday,
//! said"). Before a
//! quotation, a time phrase may stand between the cue and the
//! comma ("said Thursday, “…”", "said last week in Elm, “…”"). A speaker phrase keeps its
//! "close to …" / "familiar with …" tail ("a source close to him said", "said a person
//! familiar with the talks"). Before a quotation, a cue phrase beats the shorter cue inside it
//! ("said in a statement:"), and a name after a preposition inside an apposition is no speaker
//! ("Kai Lind, the mayor of Elm, said:" credits Kai Lind). After a quotation, a name apposed
//! to a role speaks ("…,” one resident, Tove Arden, said", "…,” said one resident, Tove
//! Arden.") so that the speaker links to its entity, and a role may carry any apposition
//! before its cue ("…,” the harbour master, a former diver, said"), and a bare role with its
//! modifiers may close the sentence after an inverted cue, as in a headline ("‘…,’ says
//! harbour chief"). A few common words may modify a nominal's head ("the new mayor", "the news outlet", "the other witness"), and one
//! opening a name of the entity lexicon stays in the name even at a sentence start ("New York
//! Gov. Ann Lee said", "New Hampshire Sen. Ann Lee’s campaign said", "New Jersey officials"). A
//! gerund cue after an attributed quotation keeps that attribution's speaker ("“…,” police
//! said on Twitter, adding: “…”" credits police, not Twitter, nor a subject inside the
//! quotation), and so does one after a closing
//! attribution of a reported clause ("The ferry will be sold, Kessel said Tuesday, adding: “…”"
//! credits Kessel, not the ferry); before a gerund cue, the issuer of a medium speaks, not the
//! medium ("Lund issued a statement saying, “…”", "held up a sign saying"), nor a listener
//! after it or after "emailed" ("sent a text message to supporters saying:", "emailed
//! supporters saying:"). After an inverted verb of
//! saying, a short lowercase plural phrase at the clause's end speaks ("…,’ say farmers");
//! "in part" may stand between a cue and its quotation ("The statement read, in part: “…”"),
//! and so may "only" before a colon ("said only: “…”"). "…,” was all Park would say" credits
//! Park, and so does a noun of speech after "was" or "came" ("…,” was Lund's reply", "came
//! the answer from Lund", "was her response": the noun is the cue), as does a sentence
//! pointing back at the quotation ("“…” Those were Velt's words.", "That was how Velt put it.",
//! "So said Lund.", and in lower case after a dash: "“…” — that was Lund’s verdict."). Before a colon, the possessor of a noun of speech opening the clause
//! speaks ("The ministry's message was blunt: “…”", "Lund's verdict: “…”"), and before a
//! quotation the noun phrase before "as saying" speaks ("The Gazette quoted Lund as saying,
//! “…”"); an auxiliary before the cue ends a nominal speaker ("the mayor did say"). "state"
//! before "media", "television", "officials" … and a cue is a modifier, not the cue ("…,” state
//! media said"); "media", "staff" and "personnel" are bare speakers like plurals ("…, but
//! local media reported"); a capitalised modifier before a lowercase plural or role head
//! closing the sentence speaks as a group ("…, Israeli officials said.", "…, Harbour police
//! said"), as does a plural with a prepositional phrase of up to five words before the cue
//! ("…, attorneys for the family said.", not through a capitalised word). A study noun's
//! phrase of plain words after "by", "of" or "from" runs to a cue closing its clause ("…, a
//! study by the Council of Harbour Towns found."). A relative clause ends such a phrase ("said
//! a spokesman for the port who asked not to be named", "members of the board who know him"):
//! its verb is no cue of the phrase's. A gerund is no role before a name ("…, including
//! Friday’s tweets", "…, said having Lund at the top …" name no speaker). A base form after
//! its speaker ("…, riders say.") needs a plural word or "and" in the phrase, a pronoun or a
//! modal before it ("…, Lund would say."): "…, a familiar, nativist rant." names no speaker.
//! A name apposed to a possessive role speaks ("Lund's niece, Ana Lee, shouted"), also after a
//! lowercase role or "state" and with a parenthesis after it ("Lund's niece, state Sen. Ana Lee
//! (D-Elm), shouted"), and a title may open the role's owner ("Ms. Berg's spokesman, Jo Park,
//! wrote"); "state" before a title or a plural modifies it ("…, said state officials."). The
//! subject of a passive "quoted as saying" speaks ("…,” Park is quoted as saying."). Before a
//! quotation, the phrase before an anonymity clause between commas speaks, with the clause ("A
//! port adviser, who spoke on condition of anonymity, said of the senator, “…”"). After an
//! inverted cue a share of a group speaks ("…,” said one of those advisers.").

use crate::models::Models;
use crate::types::{Span, Token, TokenKind};

/// What kind of phrase the speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerKind {
    Name,
    Pronoun,
    Nominal,
}

/// A speaker phrase and its cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Span,
    pub kind: SpeakerKind,
    pub cue: Span,
    /// Index (exclusive) of the last token the attribution used.
    pub end_tok: usize,
}

/// Common words that never modify a noun inside a nominal speaker ("the plan would say").
const NOT_MODIFIERS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "that",
    "which",
    "who",
    "and",
    "or",
    "but",
    "to",
    "of",
    "in",
    "on",
    "for",
    "with",
    "by",
    "at",
    "from",
    "as",
    "not",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "there",
    "if",
    "when",
    "than",
    "so",
    "also",
    "just",
    "now",
    "then",
    "said",
    "says",
    "last",
    "next",
    "ago",
    "earlier",
    "later",
    "early",
    "late",
    "yesterday",
    "today",
    "tonight",
    "week",
    "month",
    "year",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "morning",
    "night",
    "evening",
    "afternoon",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it"];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "his", "her", "their",
    "its", "our", "each", "every", "either", "neither", "my", "these", "those",
];
const AUX: &[&str] = &[
    "also",
    "later",
    "has",
    "had",
    "have",
    "then",
    "once",
    "previously",
    "recently",
    "reportedly",
    "further",
    "again",
    "would",
    "will",
    "had",
    "has",
    "did",
    "does",
    "can",
    "could",
    "may",
    "might",
];
/// Words opening a subordinate clause ("when Park thanked …").
pub(crate) const SUBORDINATORS: &[&str] =
    &["when", "after", "because", "while", "since", "before", "although", "though", "if", "until", "once", "whereas"];

/// Finite auxiliaries and copulas: a phrase holding one is a clause, not a modifier.
pub(crate) const FINITE: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must",
];
/// Cues that never come before their speaker ("…, said Park" but not "…, feels Park").
pub(crate) const NEVER_INVERTED: &[&str] = &[
    "feel",
    "think",
    "believe",
    "know",
    "hope",
    "fear",
    "expect",
    "want",
    "worry",
    "doubt",
    "understand",
    "realize",
    "realise",
    "recognize",
    "recognise",
    "learn",
    "discover",
    "find",
    "show",
    "support",
    "oppose",
    "endorse",
    "criticize",
    "criticise",
    "attack",
    "express",
    "suspect",
    "assume",
    "figure",
    "reckon",
    "see",
    "view",
];
/// Cues whose object follows them, never an inverted speaker ("…,” described the impact as
/// severe" has no speaker "the impact").
const OBJECT_FIRST: &[&str] = &[
    "describe",
    "praise",
    "defend",
    "reject",
    "dismiss",
    "condemn",
    "denounce",
    "mock",
    "tout",
    "hail",
    "applaud",
    "welcome",
    "highlight",
    "cite",
    "mention",
    "dispute",
    "decry",
    "blame",
    "accuse",
    "portray",
    // Their object is the listener ("…, told the crowd.").
    "tell",
    "inform",
    "assure",
    "remind",
    "advise",
];
/// Verbs whose object is a listener, not the content ("told reporters").
const LISTENER_VERBS: &[&str] = &["tell", "inform", "assure", "warn", "remind", "ask", "urge", "advise"];

fn w<'a>(text: &'a str, toks: &[Token], i: usize) -> &'a str {
    &text[toks[i].span.range()]
}

/// A lowercase -ly adverb of five letters or more ("quickly", "emphatically"), but not a noun
/// that ends like one ("The family said").
pub(crate) fn is_adverb(x: &str) -> bool {
    x.len() > 4 && x.ends_with("ly") && x.chars().all(char::is_lowercase) && !LY_NOUNS.contains(&x)
}

/// Nouns ending in "-ly" that may stand right before a cue as its subject's head.
const LY_NOUNS: &[&str] =
    &["family", "assembly", "rally", "supply", "anomaly", "monopoly", "homily", "bully", "folly", "reply", "elderly"];

/// A manner adverb closing its clause after a cue ("said sarcastically.", "asked rhetorically,
/// shaking his head"): how something was said, never what.
pub(crate) fn manner_adverb(text: &str, toks: &[Token], k: usize) -> bool {
    k < toks.len()
        && is_adverb(w(text, toks, k))
        && toks.get(k + 1).is_none_or(|t| matches!(&text[t.span.range()], "," | "." | ";" | "!" | "?"))
}

pub(crate) fn is_cap(text: &str, toks: &[Token], i: usize) -> bool {
    toks[i].kind == TokenKind::Word && w(text, toks, i).chars().next().is_some_and(char::is_uppercase)
}

/// Relative clauses that only grant a source anonymity, word by word after "who" ("|"
/// separates the words one position may hold); a verb of asking or declining followed by
/// [`anonymity_request`] is one too.
const ANONYMITY: &[&[&str]] = &[
    &["asked|requested", "anonymity"],
    &["asked|requested", "for", "anonymity"],
    &["spoke|speaking|talked", "on", "condition", "of", "anonymity"],
    &["spoke|speaking|talked", "on", "the", "condition", "of", "anonymity"],
    &["was|is|were|are", "not", "authorized", "to", "speak", "publicly"],
    &["was|is|were|are", "not", "authorized", "to", "speak", "on", "the", "record"],
];

/// The token after a request for anonymity starting at token `j`, right after its verb of
/// asking or declining: "(not) to be named|identified|quoted", "(not) to give|provide|disclose|
/// share his|her|their|a (full|last|first) name".
pub(crate) fn anonymity_request(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let word = |k: usize| if k < toks.len() { w(text, toks, k) } else { "" };
    let k = if word(j) == "not" { j + 1 } else { j };
    if word(k) != "to" {
        return None;
    }
    if word(k + 1) == "be" && matches!(word(k + 2), "named" | "identified" | "quoted") {
        return Some(k + 3);
    }
    if matches!(word(k + 1), "give" | "provide" | "disclose" | "share")
        && matches!(word(k + 2), "his" | "her" | "their" | "a")
    {
        let m = if matches!(word(k + 3), "full" | "last" | "first") { k + 4 } else { k + 3 };
        return matches!(word(m), "name" | "names").then_some(m + 1);
    }
    None
}

/// The token after a relative clause at `k` that only grants its speaker anonymity ("a member
/// who asked not to be named", "who spoke on condition of anonymity"), or None.
pub(crate) fn anonymity_clause(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    if k + 1 >= toks.len() || w(text, toks, k) != "who" {
        return None;
    }
    if matches!(w(text, toks, k + 1), "asked" | "requested" | "declined" | "refused") {
        if let Some(end) = anonymity_request(text, toks, k + 2) {
            return Some(end);
        }
    }
    ANONYMITY.iter().find_map(|pat| {
        let end = k + 1 + pat.len();
        (end <= toks.len()
            && pat.iter().enumerate().all(|(d, alts)| alts.split('|').any(|a| w(text, toks, k + 1 + d) == a)))
        .then_some(end)
    })
}

/// `sp` ending before token `e`, widened over an anonymity clause right after it ("a member who
/// asked not to be named"), with the token after it.
fn with_anonymity(text: &str, toks: &[Token], sp: Span, e: usize) -> (Span, usize) {
    match anonymity_clause(text, toks, e) {
        Some(a) => (Span::new(sp.start, toks[a - 1].span.end), a),
        None => (sp, e),
    }
}

/// The token after a nickname whose opening mark is token `j` ("Ana “Annie” Lund": the
/// index of "Lund"), when [`super::marks::nickname`] says it is one.
pub(crate) fn nickname_at(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    if j == 0 || j + 3 >= toks.len() || !matches!(w(text, toks, j), "“" | "\"" | "‘" | "'") {
        return None;
    }
    let c = (j + 2..toks.len().min(j + 5)).find(|&c| toks[c].kind != TokenKind::Word)?;
    let closing = matches!(w(text, toks, c), "”" | "\"" | "’" | "'");
    (closing
        && c + 1 < toks.len()
        && super::marks::nickname(text, toks[j].span.start, toks[j].span.end, toks[c].span.start, toks[c].span.end))
    .then_some(c + 1)
}

/// The first token of a nickname ending right before token `k` (its opening mark), if any.
fn nickname_before(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    (k.saturating_sub(5)..k.saturating_sub(2)).find(|&j| nickname_at(text, toks, j) == Some(k))
}

/// The first token after a dateline opening the tokens ("WASHINGTON —"); the place is where the
/// story was filed, never a speaker.
pub(crate) use crate::segment::dateline::dateline_end;

/// The cue at token `i`: a cue verb or a cue phrase; returns the token count.
pub fn cue_at(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<usize> {
    if i >= toks.len() || toks[i].kind != TokenKind::Word {
        return None;
    }
    // Lowercased without allocating (`with_lowercase`): this runs several times per token.
    crate::models::with_lowercase(w(text, toks, i), |first| {
        if !models.may_be_cue(first) {
            return None;
        }
        for p in models.phrases_from(first) {
            if p.len() >= 2
                && i + p.len() <= toks.len()
                && (1..p.len()).all(|k| w(text, toks, i + k).eq_ignore_ascii_case(&p[k]))
            {
                return Some(p.len());
            }
        }
        models.cue_lemma(first).map(|_| 1)
    })
}

/// Adverbs that open a sentence before its subject ("Recently she announced …"); names may
/// end in "ly" too ("Kelly", "Jolly"), so the list is closed.
const OPENING_ADVERBS: &[&str] = &[
    "recently",
    "previously",
    "earlier",
    "later",
    "finally",
    "eventually",
    "meanwhile",
    "separately",
    "similarly",
    "additionally",
    "initially",
    "ultimately",
    "subsequently",
    "originally",
    "currently",
    "privately",
    "publicly",
];

/// Prepositions that never open a name, even capitalised at a sentence's start ("Amid calls
/// for …").
const PREPOSITION_NOT_NAME: &[&str] =
    &["amid", "despite", "among", "during", "following", "against", "without", "alongside", "unlike", "throughout"];

/// A speaker phrase starting at token `i` (forwards); returns (span, kind, end index).
pub fn np_forward(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let n = toks.len();
    if i >= n || toks[i].kind != TokenKind::Word {
        return None;
    }
    let lw = w(text, toks, i).to_lowercase();
    if PRONOUNS.contains(&lw.as_str()) {
        return Some((toks[i].span, SpeakerKind::Pronoun, i + 1));
    }
    if is_date_word(w(text, toks, i)) || PREPOSITION_NOT_NAME.contains(&lw.as_str()) {
        return None;
    }
    // "Recently she announced": an opening adverb is no name.
    if is_cap(text, toks, i) && OPENING_ADVERBS.contains(&lw.as_str()) && i + 1 < n {
        return np_forward(text, toks, i + 1, models);
    }
    // "Ms. Merkel's spokesman, Jo Park, said": a title before a possessive role's owner.
    if i + 3 < n
        && is_title_abbreviation(w(text, toks, i))
        && w(text, toks, i + 1) == "."
        && is_cap(text, toks, i + 2)
        && (w(text, toks, i + 2).ends_with("'s")
            || w(text, toks, i + 2).ends_with("’s")
            || matches!(w(text, toks, i + 3), "'s" | "’s"))
    {
        if let Some((sp, kind, e)) = np_forward(text, toks, i + 2, models) {
            return Some((Span::new(toks[i].span.start, sp.end), kind, e));
        }
    }
    // A possessive role: "Park's former adviser said".
    let joined = w(text, toks, i).ends_with("'s") || w(text, toks, i).ends_with("’s");
    let split = i + 1 < n && matches!(w(text, toks, i + 1), "'s" | "’s" | "'" | "’");
    if is_cap(text, toks, i) && (joined || split) {
        let from = if joined { i + 1 } else { i + 2 };
        let mut k = from;
        // "far-right": a hyphen inside a word of the role.
        let hyphen = |k: usize| hyphen_at(text, toks, k);
        let mut words = 0;
        // "Park's far-right Harbour Party leader, Jo Weaver, voiced": capitalised words inside the
        // role only when a name between commas follows.
        let named = (from..n.min(from + 10)).any(|k| w(text, toks, k) == ",");
        while k < n
            && words < if named { 5 } else { 4 }
            && (toks[k].kind == TokenKind::Word || hyphen(k))
            && (!is_cap(text, toks, k) || (named && k > from))
        {
            if cue_at(text, toks, k, models).is_some() {
                break;
            }
            if !hyphen(k) && !hyphen(k - 1) {
                words += 1;
            }
            k += 1;
        }
        if k > from && cue_at(text, toks, k, models).is_some() {
            return Some((Span::new(toks[i].span.start, toks[k - 1].span.end), SpeakerKind::Nominal, k));
        }
        // "Park's campaign manager, Jo Weaver, said": the role named between commas, before the
        // cue or another verb ("…, Jo Weaver, voiced support …, saying"); the name may follow a
        // lowercase role ("Park's niece, state Sen. Ana Lee, said") and carry a parenthesis
        // ("…, Ana Lee (D-Elm), said").
        if k > from && k + 1 < n && w(text, toks, k) == "," {
            let named = if is_cap(text, toks, k + 1) {
                np_forward(text, toks, k + 1, models)
            } else {
                role_name(text, toks, k + 1, models)
            };
            if let Some((_, SpeakerKind::Name, name_end)) = named {
                let mut e = name_end;
                if e < n && w(text, toks, e) == "(" {
                    if let Some(c) = (e + 1..n.min(e + 8)).find(|&c| w(text, toks, c) == ")") {
                        e = c + 1;
                    }
                }
                let verb = |j: usize| {
                    cue_at(text, toks, j, models).is_some()
                        || (toks[j].kind == TokenKind::Word && w(text, toks, j).starts_with(char::is_lowercase))
                };
                if e + 1 < n && w(text, toks, e) == "," && verb(e + 1) {
                    return Some((
                        Span::new(toks[i].span.start, toks[name_end - 1].span.end),
                        SpeakerKind::Name,
                        e + 1,
                    ));
                }
            }
        }
    }
    if is_cap(text, toks, i) && !models.is_common(&lw) || models.is_title(&lw) && i + 1 < n && is_cap(text, toks, i + 1)
    {
        let mut j = i + 1;
        loop {
            // "Ana “Annie” Lund": a nickname stays inside the name.
            if let Some(e) = (j < n).then(|| nickname_at(text, toks, j)).flatten() {
                j = e;
            }
            if !(j < n
                && j < i + 8
                && (is_cap(text, toks, j)
                    || (w(text, toks, j) == "." && j + 1 < n && is_cap(text, toks, j + 1))
                    || (matches!(w(text, toks, j), "of" | "for" | "de" | "van" | "von" | "al" | "bin")
                        && j + 1 < n
                        && is_cap(text, toks, j + 1))))
            {
                break;
            }
            j += 1;
        }
        // "Harbour chief Mara Velt", "Democratic presidential candidate Ana Lund": a lowercase
        // role between a capitalised modifier and the name.
        let mut r = j;
        while r < n
            && r < j + 3
            && toks[r].kind == TokenKind::Word
            && w(text, toks, r).chars().all(|c| c.is_lowercase())
            && (!models.is_common(w(text, toks, r)) || models.is_title(w(text, toks, r)))
            && cue_at(text, toks, r, models).is_none()
        {
            r += 1;
        }
        if r > j && r < n && models.is_title(w(text, toks, r - 1)) && is_cap(text, toks, r) {
            if let Some((sp, SpeakerKind::Name, e)) = np_forward(text, toks, r, models) {
                return Some((Span::new(toks[i].span.start, sp.end), SpeakerKind::Name, e));
            }
        }
        return Some((Span::new(toks[i].span.start, toks[j - 1].span.end), SpeakerKind::Name, j));
    }
    if i + 1 < n
        && !models.is_common(&lw)
        && lw.chars().all(|c| c.is_lowercase() || c == '-')
        && cue_at(text, toks, i + 1, models).is_some()
        && models.cue_lemma(&lw).is_none()
    {
        // A bare noun right before a cue: "officials said", "police say".
        return Some((toks[i].span, SpeakerKind::Nominal, i + 1));
    }
    // "people close to Park say", "sources familiar with the talks said".
    if (lw == "people" || lw.ends_with('s') && lw.len() > 3) && lw.chars().all(|c| c.is_lowercase()) {
        let k0 = i + 1;
        if k0 + 1 < n && matches!((w(text, toks, k0), w(text, toks, k0 + 1)), ("close", "to") | ("familiar", "with")) {
            let from = k0 + 2;
            let mut k = from;
            while k < n && k < from + 6 && toks[k].kind == TokenKind::Word && cue_at(text, toks, k, models).is_none() {
                k += 1;
            }
            if k > from && cue_at(text, toks, k, models).is_some() {
                return Some((Span::new(toks[i].span.start, toks[k - 1].span.end), SpeakerKind::Nominal, k));
            }
        }
        // "attorneys for the family said", "supporters of the plan argue": a plural with its
        // prepositional phrase (up to five words) before the cue.
        if k0 + 1 < n
            && lw.len() > 4
            && !models.is_common(&lw)
            && models.cue_lemma(&lw).is_none()
            && matches!(w(text, toks, k0), "for" | "of" | "at" | "from" | "with" | "representing")
        {
            let from = k0 + 1;
            // ("members of the board who know him": a relative clause closes the phrase.)
            let k = (from..n.min(from + 6))
                .take_while(|&k| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "'s" | "’s"))
                .find(|&k| cue_at(text, toks, k, models).is_some() || relative_pronoun(w(text, toks, k)));
            if let Some(k) = k.filter(|&k| {
                k > from
                    && !is_cap(text, toks, k)
                    && !DETERMINERS.contains(&w(text, toks, k - 1).to_lowercase().as_str())
                    && !matches!(w(text, toks, k - 1), "of" | "for" | "at" | "from" | "with" | "in" | "and")
            }) {
                return Some((Span::new(toks[i].span.start, toks[k - 1].span.end), SpeakerKind::Nominal, k));
            }
        }
    }
    // A bare plural phrase before a cue: "law enforcement officials say" (not "though voters
    // disagree": a clause opener is no modifier).
    if !DETERMINERS.contains(&lw.as_str())
        && !matches!(
            lw.as_str(),
            "though" | "although" | "while" | "because" | "since" | "whereas" | "unless" | "but" | "and" | "or" | "yet"
        )
        && lw.chars().all(|c| c.is_lowercase() || c == '-')
    {
        let mut k = i;
        while k < n && k < i + 4 && toks[k].kind == TokenKind::Word && models.cue_lemma(w(text, toks, k)).is_none() {
            k += 1;
        }
        let head = if k > i + 1 { w(text, toks, k - 1) } else { "" };
        // ("…,’ says harbour chief": a role closing the sentence, as in a headline.)
        let closes = k == n || matches!(w(text, toks, k), "." | "!" | "?");
        if k > i + 1
            && head.chars().all(|c| c.is_lowercase())
            && (head.ends_with('s') && head.len() > 4 || models.is_title(head))
            && !models.is_common(head)
            && (cue_at(text, toks, k, models).is_some() || closes && models.is_title(head))
        {
            return Some((Span::new(toks[i].span.start, toks[k - 1].span.end), SpeakerKind::Nominal, k));
        }
    }
    // "the paper's editorial board said", "the company’s spokesman said", "the dock workers'
    // union said" (a plural possessive: a bare apostrophe after "s"): a possessive role.
    if matches!(lw.as_str(), "the" | "a" | "this" | "that") {
        let split_mark = |k: usize| {
            k + 1 < n
                && (matches!(w(text, toks, k + 1), "'s" | "’s")
                    || (matches!(w(text, toks, k + 1), "'" | "’")
                        && w(text, toks, k).ends_with('s')
                        && toks[k + 1].span.start == toks[k].span.end
                        && k + 2 < n
                        && toks[k + 1].span.end < toks[k + 2].span.start))
        };
        let poss = (i + 1..n.min(i + 4)).find(|&k| {
            let x = w(text, toks, k);
            x.ends_with("'s") || x.ends_with("’s") || split_mark(k)
        });
        if let Some(p) = poss.filter(|&p| (i + 1..=p).all(|k| toks[k].kind == TokenKind::Word)) {
            let from = if split_mark(p) { p + 2 } else { p + 1 };
            let mut k = from;
            while k < n && k < from + 3 && toks[k].kind == TokenKind::Word && cue_at(text, toks, k, models).is_none() {
                k += 1;
            }
            if k > from && cue_at(text, toks, k, models).is_some() {
                return Some((Span::new(toks[i].span.start, toks[k - 1].span.end), SpeakerKind::Nominal, k));
            }
        }
    }
    // "the 46-year-old": an age standing for the person.
    if matches!(lw.as_str(), "the" | "a" | "an") && i + 1 < n && toks[i + 1].kind == TokenKind::Number {
        let mut e = i + 2;
        while e < n && toks[e].span.start == toks[e - 1].span.end && toks[e].kind != TokenKind::Punctuation
            || (e + 1 < n && w(text, toks, e) == "-" && toks[e].span.start == toks[e - 1].span.end)
        {
            e += 1;
        }
        // ("the 71-year-old diplomat said": the age modifies the head after it.)
        let head_follows = e < n && toks[e].kind == TokenKind::Word && cue_at(text, toks, e, models).is_none();
        if e > i + 2 && w(text, toks, e - 1).ends_with("old") && !head_follows {
            return Some((Span::new(toks[i].span.start, toks[e - 1].span.end), SpeakerKind::Nominal, e));
        }
    }
    if DETERMINERS.contains(&lw.as_str()) || models.is_title(&lw) {
        // "the spokesman", "a senior official", "officials".
        let mut j = i + if models.is_title(&lw) && !DETERMINERS.contains(&lw.as_str()) { 0 } else { 1 };
        let start = j;
        // "the 71-year-old diplomat", "a well-known economist": a hyphenated modifier counts as
        // one word; so does one adjective before it with a comma ("the bespectacled,
        // 71-year-old diplomat").
        let hy = |k: usize| hyphen_at(text, toks, k);
        let piece = |k: usize| hy(k) || (k > 0 && hy(k - 1)) || hy(k + 1);
        let mut extra = 0;
        // "The report, released on Monday, said": a noun that is also a cue, right after the
        // determiner and before an aside, heads the phrase.
        let aside_head = |j: usize| {
            j == start
                && j > i
                && j + 1 < n
                && matches!(w(text, toks, j + 1), "," | "(")
                && w(text, toks, j).starts_with(char::is_lowercase)
                && !w(text, toks, j).ends_with("ed")
                && !w(text, toks, j).ends_with("ing")
        };
        while j < n
            && j < start + 4 + extra
            && (piece(j)
                || (j == start + 1 && w(text, toks, j) == "," && piece(j + 1))
                || (
                    // "a 2008 campaign veteran": a year or number inside the phrase.
                    (toks[j].kind == TokenKind::Word
                || (toks[j].kind == TokenKind::Number
                    && j > i
                    && j + 1 < n
                    && toks[j + 1].kind == TokenKind::Word
                    && cue_at(text, toks, j + 1, models).is_none()))
            // "the report says": a noun that is also a cue, before the cue ("a representative
            // said in a statement" ends before "said", which opens the cue phrase).
            && (is_cap(text, toks, j)
                || models.cue_lemma(w(text, toks, j)).is_none()
                || aside_head(j)
                || (j + 1 < n
                    && j > i
                    && cue_at(text, toks, j, models) == Some(1)
                    && !matches!(w(text, toks, j + 1), "in" | "according")
                    && cue_at(text, toks, j + 1, models).is_some()))
            && (is_cap(text, toks, j)
                || !models.is_common(w(text, toks, j))
                || aside_head(j)
                // "the new mayor said", "the news agency said": a common modifier before the
                // phrase's next word.
                || (COMMON_MODIFIERS.contains(&w(text, toks, j))
                    && j + 1 < n
                    && toks[j + 1].kind == TokenKind::Word
                    && w(text, toks, j + 1).starts_with(char::is_lowercase)
                    && !models.is_common(w(text, toks, j + 1)))
                // "the editorial said": a common noun right before the cue.
                || (j > i
                    && cue_at(text, toks, j + 1, models).is_some()
                    && !matches!(w(text, toks, j + 1), "state" | "states")
                    // ("the club is worried": a copula before the cue ends the phrase.)
                    && !FINITE.contains(&w(text, toks, j))
                    && !matches!(w(text, toks, j), "of" | "be" | "been" | "being")))
            // "the mayor quickly added", "her father often said": an adverb before the cue ends
            // the phrase.
            && !(j > start
                && (is_adverb(w(text, toks, j))
                    || matches!(w(text, toks, j), "often" | "always" | "once" | "later" | "also" | "never"))
                && cue_at(text, toks, j + 1, models).is_some())
            // "Some members vented about …", "The crowd cheered and said": a conjunction, or a
            // past form after a noun, ends the phrase (its verb follows); so does a subject
            // pronoun ("every time she thinks").
            && !matches!(
                w(text, toks, j),
                "and" | "or" | "but" | "nor" | "he" | "she" | "they" | "we" | "I" | "it" | "who" | "which"
            )
            // "the mayor will say", "the mayor did say": an auxiliary before the cue.
            && !(j > start
                && matches!(w(text, toks, j), "will" | "would" | "can" | "could" | "did" | "does" | "do" | "may" | "might")
                && cue_at(text, toks, j + 1, models).is_some())
            && !(j > start && past_after_noun(text, toks, j))
                ))
        {
            if hy(j) || (j > 0 && hy(j - 1)) || w(text, toks, j) == "," {
                extra += 1;
            }
            j += 1;
        }
        if j > start.max(i) || (j > i && models.is_title(&lw)) {
            let mut j = j.max(i + 1);
            // "a spokesman for the ferry line", "a member of Acme".
            if j + 1 < n && matches!(w(text, toks, j), "for" | "of" | "at" | "with" | "in" | "from") {
                let mut k = j + 1;
                if DETERMINERS.contains(&w(text, toks, k).to_lowercase().as_str()) {
                    k += 1;
                }
                let from = k;
                // ("the former secretary of state said": "state" before the cue, or right after
                // "of", is its object.)
                let state = |k: usize| {
                    w(text, toks, k) == "state"
                        && (cue_at(text, toks, k + 1, models).is_some() || w(text, toks, k - 1) == "of")
                };
                while k < n
                    && k < from + 4
                    && toks[k].kind == TokenKind::Word
                    && !FINITE.contains(&w(text, toks, k))
                    // ("said a spokesman for the port who asked not to be named": a relative
                    // clause ends the phrase.)
                    && !(relative_pronoun(w(text, toks, k)) || w(text, toks, k) == "that")
                    && (is_cap(text, toks, k) || models.cue_lemma(w(text, toks, k)).is_none() || state(k))
                {
                    k += 1;
                }
                // "said a spokesman for the ferry line.": the phrase may close the clause too.
                // (Not a place: "told a town hall in Salem, …".)
                let closes = (k >= n || k + 1 == n && matches!(w(text, toks, k), "." | "!" | "?"))
                    && matches!(w(text, toks, j), "for" | "of");
                // "the secretary of state has said": an auxiliary before the cue.
                let cue_next = cue_at(text, toks, k, models).is_some()
                    || (k + 1 < n && FINITE.contains(&w(text, toks, k)) && cue_at(text, toks, k + 1, models).is_some());
                let relative_next = k < n && relative_pronoun(w(text, toks, k));
                if k > from && (cue_next || closes || relative_next) {
                    j = k;
                }
            }
            // "said a person familiar with the talks": the tail up to the clause's end.
            // ("close" may already have been read as a modifier of the phrase.)
            if let Some(c) = [j - 1, j].into_iter().find(|&c| c > i && close_to(text, toks, c)) {
                let mut k = c + 2;
                while k < n && k < c + 8 && toks[k].kind == TokenKind::Word && cue_at(text, toks, k, models).is_none() {
                    k += 1;
                }
                if k > c + 2
                    && (k >= n || toks[k].kind == TokenKind::Punctuation || cue_at(text, toks, k, models).is_some())
                {
                    j = k;
                }
            }
            return Some((Span::new(toks[i].span.start, toks[j - 1].span.end), SpeakerKind::Nominal, j));
        }
    }
    None
}

/// Common words that may modify the head of a nominal speaker ("the new mayor", "the news
/// agency", "the other witness").
const COMMON_MODIFIERS: &[&str] = &["new", "old", "news", "first", "last", "second", "next", "only", "other", "same"];

/// A relative pronoun that closes a noun phrase ("a spokesman for the port who …").
fn relative_pronoun(x: &str) -> bool {
    matches!(x, "who" | "whom" | "whose" | "which")
}

/// True when token `k` is a hyphen joined to the words on both sides ("far-right", "71-year-old").
fn hyphen_at(text: &str, toks: &[Token], k: usize) -> bool {
    k > 0
        && k + 1 < toks.len()
        && w(text, toks, k) == "-"
        && toks[k - 1].span.end == toks[k].span.start
        && toks[k].span.end == toks[k + 1].span.start
}

/// True when tokens `c`, `c + 1` are "close to" or "familiar with", the tail of a source phrase.
fn close_to(text: &str, toks: &[Token], c: usize) -> bool {
    c + 1 < toks.len() && matches!((w(text, toks, c), w(text, toks, c + 1)), ("close", "to") | ("familiar", "with"))
}

/// True when token `j` is a lowercase past form ("vented", "cheered") after a word that is
/// no adverb, determiner or number: the verb after a noun phrase's head.
fn past_after_noun(text: &str, toks: &[Token], j: usize) -> bool {
    let x = w(text, toks, j);
    let prev = w(text, toks, j - 1);
    x.len() > 4
        && x.ends_with("ed")
        && x.chars().all(|c| c.is_ascii_lowercase())
        && toks[j - 1].kind == TokenKind::Word
        && !prev.ends_with("ly")
        && !DETERMINERS.contains(&prev.to_ascii_lowercase().as_str())
}

/// True when the word at `a` and the next one form a name of the entity lexicon ("New York",
/// "New Hampshire"): a common word there still opens a name.
fn opens_lexicon_name(text: &str, toks: &[Token], a: usize, models: &Models) -> bool {
    a + 1 < toks.len()
        && toks[a].span.end + 1 == toks[a + 1].span.start
        && models.lexicon.contains_key(&text[toks[a].span.start..toks[a + 1].span.end])
}

/// A speaker phrase ending just before token `end` (backwards); returns (span, kind, start index).
pub fn np_backward(text: &str, toks: &[Token], end: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    if end == 0 {
        return None;
    }
    // "a source close to him said", "one person familiar with the talks said": the phrase
    // before "close to" / "familiar with" speaks, with its tail.
    if let Some(c) = (end.saturating_sub(8)..end.saturating_sub(2)).rev().find(|&c| close_to(text, toks, c)) {
        let tail = (c + 2..end).all(|k| toks[k].kind == TokenKind::Word || matches!(w(text, toks, k), "'s" | "’s"));
        if tail && c > 0 {
            if let Some((sp, kind, a)) = np_backward(text, toks, c, models).filter(|x| x.1 != SpeakerKind::Pronoun) {
                return Some((Span::new(sp.start, toks[end - 1].span.end), kind, a));
            }
        }
    }
    let mut k = end - 1;
    // "Joseph Biden Jr. said": a suffix's dot closes the name.
    let suffix_dot = k >= 2 && w(text, toks, k) == "." && matches!(w(text, toks, k - 1), "Jr" | "Sr");
    if suffix_dot {
        k -= 1;
    }
    if toks[k].kind != TokenKind::Word {
        return None;
    }
    let lw = w(text, toks, k).to_lowercase();
    if PRONOUNS.contains(&lw.as_str()) {
        return Some((toks[k].span, SpeakerKind::Pronoun, k));
    }
    if is_cap(text, toks, k) {
        let last = if suffix_dot { k + 1 } else { k };
        let mut a = k;
        loop {
            if let Some(b) = nickname_before(text, toks, a) {
                a = b;
            }
            if !(a > 0
                && a + 8 > k
                && (is_cap(text, toks, a - 1)
                    || (w(text, toks, a - 1) == "." && a >= 2 && is_cap(text, toks, a - 2))
                    || (matches!(w(text, toks, a - 1), "of" | "for" | "de" | "van" | "von" | "al" | "bin")
                        && a >= 2
                        && is_cap(text, toks, a - 2))))
            {
                break;
            }
            a -= 1;
        }
        // Drop a sentence-initial common word ("The Post said" keeps "Post").
        // ("New York Gov. Jo Park said" keeps "New": a common word opening a lexicon name.)
        let opens = a == 0 || toks[a - 1].kind == TokenKind::Punctuation;
        while a < k && opens && models.is_common(w(text, toks, a)) && !opens_lexicon_name(text, toks, a, models) {
            a += 1;
        }
        // "When asked, Berg said": a capitalised subordinator is no name, nor a conjunction
        // ("So said Lund").
        if a == k && (SUBORDINATORS.contains(&lw.as_str()) || matches!(lw.as_str(), "so" | "yet" | "thus" | "hence")) {
            return None;
        }
        // "Amid calls for …", "Despite calls for …": nor is a capitalised preposition.
        if a == k && opens && PREPOSITION_NOT_NAME.contains(&lw.as_str()) {
            return None;
        }
        return Some((Span::new(toks[a].span.start, toks[last].span.end), SpeakerKind::Name, a));
    }
    // Nominal: up to five words back to a determiner ("a senior official").
    // "the mother of three": a head with its count of children.
    let of_count = k >= 3
        && w(text, toks, k - 1) == "of"
        && (toks[k].kind == TokenKind::Number
            || matches!(lw.as_str(), "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"));
    let h = if of_count { k - 2 } else { k };
    let mut a = h;
    let mut lo = h.saturating_sub(5);
    loop {
        let x = w(text, toks, a).to_lowercase();
        // "the 34-year-old mother": a hyphenated modifier, its pieces joined without spaces.
        let joined = |i: usize| i > 0 && toks[i - 1].span.end == toks[i].span.start;
        if a < h && (x == "-" || toks[a].kind == TokenKind::Number) && (joined(a) || joined(a + 1)) {
            lo = lo.saturating_sub(1);
            if a == 0 {
                break;
            }
            a -= 1;
            continue;
        }
        if toks[a].kind != TokenKind::Word {
            break;
        }
        // "That person said": a capitalised "That" opening the clause is a determiner.
        // ("That prompted calls for …" has a verb, not a noun, after it.)
        let opening_that = x == "that"
            && w(text, toks, a) == "That"
            && (a == 0 || toks[a - 1].kind == TokenKind::Punctuation)
            && !w(text, toks, h).ends_with("ed");
        if DETERMINERS.contains(&x.as_str()) || opening_that {
            if a < h {
                return Some((Span::new(toks[a].span.start, toks[k].span.end), SpeakerKind::Nominal, a));
            }
            break;
        }
        // A capitalised modifier stays inside the phrase ("The New York businessman"), and so
        // does a common adjective ("A major civil rights group").
        let cap_modifier = a < h && is_cap(text, toks, a);
        let adjective = a < h && !NOT_MODIFIERS.contains(&x.as_str());
        // "The former state treasurer": "state" before a noun is no verb.
        let cue_word = models.cue_lemma(&x).is_some() && !(x == "state" && a + 1 == h);
        if (models.is_common(&x) && !cap_modifier && !adjective) || cue_word && a != h {
            break;
        }
        if a == lo || a == 0 {
            break;
        }
        a -= 1;
    }
    // "Velden campaign says", "Mara Velden’s campaign said": a name (or a possessive name)
    // before a role noun, opening the sentence.
    // "Mr. Park scrutinized reports …": without a possessive, a past or -ing form is a verb.
    // "Dana Ortiz’ campaign": a plural or sibilant possessive is the bare apostrophe after "s".
    let bare_apostrophe = |a: usize| {
        a > 1
            && matches!(w(text, toks, a - 1), "’" | "'")
            && toks[a - 1].span.start == toks[a - 2].span.end
            && toks[a - 1].span.end < toks[a].span.start
            && w(text, toks, a - 2).ends_with(['s', 'z', 'x'])
    };
    let possessive =
        k > 0 && (w(text, toks, k - 1).ends_with("’s") || w(text, toks, k - 1).ends_with("'s") || bare_apostrophe(k));
    let verb_form = !possessive && (lw.ends_with("ed") || lw.ends_with("ing"));
    if !models.is_common(&lw) && !verb_form && lw.chars().all(|c| c.is_lowercase()) && k > 0 {
        let mut a = k;
        if (matches!(w(text, toks, a - 1), "’s" | "'s") || bare_apostrophe(a)) && a > 1 {
            a -= 1;
        }
        let mut b = a;
        // "Sen. Ann Lee’s campaign": a title's abbreviation dot stays inside the name (up to seven
        // tokens: "New York Gov. Ann Lee’s office").
        while b > 0
            && a - b < 7
            && (is_cap(text, toks, b - 1) || (w(text, toks, b - 1) == "." && b >= 2 && is_cap(text, toks, b - 2)))
        {
            b -= 1;
        }
        // "Mayoral candidate Ann Lee’s campaign": a role (with its modifiers) before the name.
        if b < a && b > 0 && models.is_title(&w(text, toks, b - 1).to_lowercase()) {
            let mut r = b - 1;
            while r > 0
                && b - r < 3
                && (is_cap(text, toks, r - 1) || models.is_title(&w(text, toks, r - 1).to_lowercase()))
            {
                r -= 1;
            }
            b = r;
        }
        // It opens the sentence or a clause ("…, but Arden's team says", "…; Arden's team says").
        let opens = b == 0
            || matches!(
                w(text, toks, b - 1),
                "―" | "—"
                    | "–"
                    | "-"
                    | "--"
                    | ":"
                    | ","
                    | "("
                    | ";"
                    | "but"
                    | "and"
                    | "while"
                    | "yet"
                    | "although"
                    | "though"
                    | "because"
            );
        if b < a && opens && (a < k || !models.is_common(w(text, toks, b)) || opens_lexicon_name(text, toks, b, models))
        {
            return Some((Span::new(toks[b].span.start, toks[k].span.end), SpeakerKind::Nominal, b));
        }
    }
    // Bare plural or role noun: "officials said", "police said"; "Harbour fans told …" with
    // its capitalised modifiers.
    let collective = matches!(lw.as_str(), "media" | "staff" | "personnel");
    if (lw.ends_with('s') && !lw.ends_with("ss") && lw.len() > 3 || lw.ends_with("men") || collective)
        && !models.is_common(&lw)
    {
        let mut a = k;
        while a > 0
            && a + 3 > k
            && is_cap(text, toks, a - 1)
            && (!models.is_common(w(text, toks, a - 1)) || opens_lexicon_name(text, toks, a - 1, models))
        {
            a -= 1;
        }
        // "state media reported", "local media said".
        if a == k
            && collective
            && a > 0
            && matches!(
                w(text, toks, a - 1),
                "state" | "local" | "national" | "foreign" | "social" | "official" | "news"
            )
        {
            a -= 1;
        }
        return Some((Span::new(toks[a].span.start, toks[k].span.end), SpeakerKind::Nominal, a));
    }
    if models.is_title(&lw) || lw.ends_with("s") && lw.len() > 4 && !models.is_common(&lw) {
        return Some((toks[k].span, SpeakerKind::Nominal, k));
    }
    None
}

/// A name closing the tokens with a colon ("Park:", "More from Park and Lee:").
pub fn colon_name(text: &str, toks: &[Token], models: &Models) -> Option<Span> {
    let n = toks.len();
    if n < 2 || w(text, toks, n - 1) != ":" {
        return None;
    }
    let (sp, kind, _) = np_backward(text, toks, n - 1, models)?;
    if kind != SpeakerKind::Name {
        return None;
    }
    Some(sp)
}

/// The subject of a sentence that announces a quotation with a colon ("Park made the
/// following comment:", "Lee had this to say:"), a name or a pronoun.
pub fn colon_subject(text: &str, toks: &[Token], models: &Models) -> Option<(Span, SpeakerKind)> {
    let n = toks.len();
    if n < 3 || w(text, toks, n - 1) != ":" {
        return None;
    }
    let from =
        toks[..n - 1].iter().rposition(|t| matches!(&text[t.span.range()], "." | "!" | "?")).map_or(0, |i| i + 1);
    let from = from.max(dateline_end(text, &toks[..n - 1]));
    // "The ministry's message was blunt:", "Lund's verdict:", "Her advice to voters:": the
    // possessor of a noun of speech opening the clause speaks.
    let noun_at = |k: usize| k + 1 < n && REPLY_NOUNS.contains(&w(text, toks, k));
    for k in from..n.min(from + 5).min(n - 1) {
        let x = w(text, toks, k);
        if k == from && matches!(x, "His" | "Her" | "Their" | "Its") && noun_at(k + 1) {
            return Some((toks[k].span, SpeakerKind::Pronoun));
        }
        let Some(end) = possessor_end(text, toks, k).filter(|&e| e > toks[from].span.start) else {
            continue;
        };
        if !noun_at(k + 1) {
            break;
        }
        let first = w(text, toks, from);
        let determined = matches!(first, "The" | "the");
        // A name's words are all capitalised ("Lund read Velt's words:" has no possessor
        // opening its clause).
        if !determined && !(from..k).all(|j| is_cap(text, toks, j) || w(text, toks, j) == ".") {
            break;
        }
        let kind = if determined { SpeakerKind::Nominal } else { SpeakerKind::Name };
        return Some((Span::new(toks[from].span.start, end), kind));
    }
    let announces = (n.saturating_sub(6).max(from)..n - 1)
        .any(|k| matches!(w(text, toks, k).to_ascii_lowercase().as_str(), "following" | "this" | "these"));
    if !announces {
        return None;
    }
    // The subject opens the sentence or follows its last opening phrase's comma ("On July 6,
    // 2015, Park made …").
    let starts = std::iter::once(from).chain((from..n - 1).filter(|&k| w(text, toks, k) == ",").map(|k| k + 1));
    starts.rev().find_map(|k| {
        np_forward(text, &toks[..n - 1], k, models)
            .filter(|(_, kind, e)| *kind != SpeakerKind::Nominal && *e < n - 1 && toks[*e].kind == TokenKind::Word)
            .map(|(sp, kind, _)| (sp, kind))
    })
}

/// Attribution right after a quote: tokens `toks[i..]` of the rest of its sentence.
/// Accepts "said Smith", "Smith said", "she added", "the spokesman told reporters", "she and
/// another reporter said", "the paper's editorial board wrote"; a gerund ("saying the city …")
/// takes no speaker after it.
pub fn after(text: &str, toks: &[Token], mut i: usize, models: &Models) -> Option<Attribution> {
    let n = toks.len();
    while i < n && toks[i].kind == TokenKind::Punctuation && matches!(w(text, toks, i), "," | "—" | "–" | "-" | "--")
    {
        i += 1;
    }
    if i >= n {
        return None;
    }
    // "“…,” was all Park would say.": the speaker phrase and its cue follow "was all" (the
    // auxiliary is one of [`AUX`]).
    if i + 2 < n && matches!(w(text, toks, i), "was" | "is") && w(text, toks, i + 1) == "all" {
        i += 2;
    }
    // "“…,” was Lund's reply.", "“…,” came the answer from Lund.": a noun of speech after a
    // copula or "came" names its speaker.
    if let Some(a) = reply_noun(text, toks, i, models) {
        return Some(a);
    }
    // "“…” Those were Velt's words.", "That was Lund's answer.", "That was how Velt put it.",
    // "So said Lund.": a sentence after the quotation points back to it.
    if let Some(a) = back_reference(text, toks, i, models) {
        return Some(a);
    }
    // "…,” state media said.": "state" modifying the subject before the cue is no cue.
    if w(text, toks, i) == "state"
        && i + 2 < n
        && matches!(w(text, toks, i + 1), "media" | "television" | "TV" | "radio" | "officials" | "broadcaster")
    {
        if let Some(c) = cue_at(text, toks, i + 2, models) {
            return Some(Attribution {
                speaker: Span::new(toks[i].span.start, toks[i + 1].span.end),
                kind: SpeakerKind::Nominal,
                cue: cue_span(toks, i + 2, c),
                end_tok: i + 2 + c,
            });
        }
    }
    // "…!” state Del. Ana Lund said.": "state" before a title or name modifies it.
    if w(text, toks, i) == "state" && i + 1 < n && is_cap(text, toks, i + 1) {
        if let Some((sp, kind, e)) = np_forward(text, toks, i + 1, models).filter(|x| x.1 == SpeakerKind::Name) {
            if let Some(c) = cue_at(text, toks, e, models) {
                return Some(Attribution {
                    speaker: Span::new(toks[i].span.start, sp.end),
                    kind,
                    cue: cue_span(toks, e, c),
                    end_tok: e + c,
                });
            }
        }
    }
    if let Some(c) = cue_at(text, toks, i, models) {
        // "…,” saying the city …": a gerund's object is its content, never an inverted speaker.
        let x = w(text, toks, i);
        if x.ends_with("ing") && !x.eq_ignore_ascii_case("according") {
            return None;
        }
        // "…, he, too, feels a payoff coming": verbs of thought and stance never invert.
        if models.cue_lemma(&x.to_lowercase()).is_some_and(|l| NEVER_INVERTED.contains(&l)) {
            return None;
        }
        // "…,” described the impact as severe": a verb that takes its object first.
        if models.cue_lemma(&x.to_lowercase()).is_some_and(|l| OBJECT_FIRST.contains(&l)) {
            return None;
        }
        // "At the port, Lund, a harbour chief, warned of the forces of hate": a cue phrase ending
        // in a preposition takes its object, never an inverted speaker.
        if c > 1
            && !x.eq_ignore_ascii_case("according")
            && matches!(
                w(text, toks, i + c - 1),
                "of" | "for" | "against" | "on" | "about" | "at" | "with" | "to" | "upon" | "over"
            )
        {
            return None;
        }
        let (mut sp, mut kind, mut e) = share_of_group(text, toks, i + c, models)
            .or_else(|| np_forward(text, toks, i + c, models))
            .or_else(|| role_name(text, toks, i + c, models))
            .or_else(|| {
                // (Only after a verb of saying: "pledged delegates" is a verb and its object.)
                let lemma = models.cue_lemma(&x.to_lowercase()).unwrap_or("");
                matches!(lemma, "say" | "add" | "write" | "warn" | "note" | "explain" | "insist" | "argue" | "complain")
                    .then(|| bare_plural_at_end(text, toks, i + c, models))
                    .flatten()
            })?;
        // "said one resident, Tomas Berg.": the name apposed to the role at the clause's end.
        if kind == SpeakerKind::Nominal && e + 1 < n && w(text, toks, e) == "," {
            if let Some((sp2, SpeakerKind::Name, e2)) = np_forward(text, toks, e + 1, models) {
                if e2 >= n || matches!(w(text, toks, e2), "." | ";" | "!" | "?" | ",") {
                    sp = sp2;
                    kind = SpeakerKind::Name;
                    e = e2;
                }
            }
        }
        // "said Democratic strategist Hank Lind": a capitalised modifier before a role and name.
        if kind == SpeakerKind::Name && e < n && toks[e].kind == TokenKind::Word && !is_cap(text, toks, e) {
            if let Some((sp2, SpeakerKind::Name, e2)) = role_name(text, toks, e, models) {
                // The role holds no verb form ("shows Democratic groups outpacing Republicans").
                let role = (e..e2).take_while(|&k| !is_cap(text, toks, k));
                if role.clone().all(|k| !w(text, toks, k).ends_with("ing") && !w(text, toks, k).ends_with("ed")) {
                    sp = Span::new(sp.start, sp2.end);
                    e = e2;
                }
            }
        }
        // "said a member who asked not to be named": the speaker keeps its anonymity clause.
        let (sp, e) = with_anonymity(text, toks, sp, e);
        return Some(Attribution { speaker: sp, kind, cue: cue_span(toks, i, c), end_tok: e });
    }
    let (mut sp, mut kind, mut j) = np_forward(text, toks, i, models).or_else(|| role_name(text, toks, i, models))?;
    // "a member who asked not to be named said": the speaker keeps its anonymity clause.
    (sp, j) = with_anonymity(text, toks, sp, j);
    // "…, a study by the Council of Harbour Towns found.": a study's phrase of plain words after
    // "by", "of" or "from" runs to the cue.
    if kind == SpeakerKind::Nominal
        && j + 1 < n
        && matches!(w(text, toks, j), "by" | "of" | "from")
        && super::reported::STUDY.contains(&w(text, toks, j - 1).to_ascii_lowercase().as_str())
    {
        let plain = |k: usize| toks[k].kind == TokenKind::Word && !AUX.contains(&w(text, toks, k));
        if let Some(e) = (j + 1..n.min(j + 12)).take_while(|&k| plain(k)).find(|&k| {
            cue_at(text, toks, k, models).is_some()
                && (k + 1 >= n || matches!(w(text, toks, k + 1), "." | "!" | "?" | ";" | ","))
        }) {
            sp = Span::new(sp.start, toks[e - 1].span.end);
            j = e;
        }
    }
    // Two speakers: "Park and Lee said", "she and another reporter said".
    if j + 1 < n && w(text, toks, j) == "and" {
        if let Some((sp2, kind2, e2)) = np_forward(text, toks, j + 1, models) {
            if cue_at(text, toks, e2, models).is_some() && !matches!(w(text, toks, e2), "state" | "states") {
                sp = Span::new(sp.start, sp2.end);
                if kind == SpeakerKind::Pronoun {
                    kind = kind2;
                }
                j = e2;
            }
        }
    }
    // A parenthetical after the name: "Rep. Jo Park (D-Ore.) said".
    if j < n && w(text, toks, j) == "(" {
        if let Some(c) = (j + 1..n.min(j + 10)).find(|&k| w(text, toks, k) == ")") {
            j = c + 1;
        }
    }
    // "Park has since said", "my father often said", "she quickly added".
    while j < n && j < i + 12 && {
        let x = w(text, toks, j);
        AUX.contains(&x.to_lowercase().as_str())
            || matches!(x, "often" | "always" | "now" | "just" | "still" | "first" | "even" | "since")
            || is_adverb(x)
    } {
        j += 1;
    }
    // "…,” Park is quoted as saying.": the passive's subject speaks.
    if j + 2 < n
        && matches!(w(text, toks, j), "is" | "was" | "were" | "are" | "been")
        && w(text, toks, j + 1) == "quoted"
    {
        j += 1;
    }
    // Allow an appositive: "Smith, a lawyer, said" (a long one may hold commas), or a name
    // after a role: "the spokesman, Jo Park, said".
    if j < n && w(text, toks, j) == "," && matches!(kind, SpeakerKind::Name | SpeakerKind::Nominal) {
        let mut k = j + 1;
        while k < n && k < j + 24 {
            if w(text, toks, k) == "," && cue_at(text, toks, k + 1, models).is_some() {
                // "one resident, Tomas Berg, said": the name the role is apposed to speaks.
                if kind == SpeakerKind::Nominal {
                    if let Some((sp2, SpeakerKind::Name, e2)) = np_forward(text, toks, j + 1, models) {
                        if e2 == k {
                            sp = sp2;
                            kind = SpeakerKind::Name;
                        }
                    }
                }
                j = k + 1;
                break;
            }
            // "Jo Park, Mrs. Lee's aide, said", "… under George W. Bush, said": an abbreviation's dot.
            let short_cap = k > 0 && is_title_abbreviation(w(text, toks, k - 1));
            let abbrev_dot = w(text, toks, k) == "." && (k + 1 < n && w(text, toks, k + 1) == "," || short_cap);
            // "Bill Lund, wearing “Vote Berg” pins, said": a short quotation inside the aside,
            // a lowercase word after it.
            if matches!(w(text, toks, k), "\"" | "“") {
                let close = (k + 2..n.min(k + 7)).find(|&c| matches!(w(text, toks, c), "\"" | "”"));
                if let Some(c) = close.filter(|&c| {
                    c + 1 < n
                        && w(text, toks, c + 1).starts_with(char::is_lowercase)
                        && toks[c + 1].kind == TokenKind::Word
                }) {
                    k = c + 1;
                    continue;
                }
            }
            if matches!(w(text, toks, k), "." | ";" | "\"" | "“" | "”") && !abbrev_dot {
                break;
            }
            k += 1;
        }
    }
    // A role between two names: "Acme campaign chairman Jo Park said".
    if cue_at(text, toks, j, models).is_none() && kind == SpeakerKind::Name {
        let mut k = j;
        while k < n && k < j + 3 && toks[k].kind == TokenKind::Word && !is_cap(text, toks, k) {
            k += 1;
        }
        if k > j {
            if let Some((sp2, SpeakerKind::Name, e)) = np_forward(text, toks, k, models) {
                if cue_at(text, toks, e, models).is_some() {
                    sp = Span::new(sp.start, sp2.end);
                    j = e;
                }
            }
        }
    }
    // "…, Israeli officials said.", "…, Elmco board members said": a capitalised modifier
    // before a lowercase plural or role head; the group speaks.
    if cue_at(text, toks, j, models).is_none() && kind == SpeakerKind::Name {
        if let Some(e) = (j + 1..n.min(j + 3)).find(|&e| cue_at(text, toks, e, models).is_some()) {
            let head = w(text, toks, e - 1).to_ascii_lowercase();
            let plain = (j..e).all(|k| {
                let x = w(text, toks, k);
                toks[k].kind == TokenKind::Word
                    && x.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && models.cue_lemma(x).is_none()
                    && !AUX.contains(&x)
                    && !is_adverb(x)
                    && !DETERMINERS.contains(&x)
                    && !matches!(x, "with" | "of" | "for" | "to" | "in" | "on" | "at" | "by" | "from" | "and" | "or")
            });
            // (After a verb of saying or a record's "show": "…, harbour pilots mock …" opens a
            // sentence of its own.)
            let lemma = models.cue_lemma(&w(text, toks, e).to_ascii_lowercase());
            let speech = matches!(
                lemma,
                Some("say" | "tell" | "add" | "warn" | "note" | "explain" | "insist" | "argue" | "claim" | "confirm")
                    | Some(
                        "report" | "announce" | "show" | "estimate" | "predict" | "write" | "acknowledge" | "allege"
                    )
                    | Some("fear" | "believe" | "worry" | "expect")
                    | Some("point" | "suggest" | "observe" | "concede" | "admit" | "contend" | "caution")
            );
            let group = (head.len() > 4 && head.ends_with('s') && !head.ends_with("ss") && !models.is_common(&head))
                || matches!(head.as_str(), "police" | "staff" | "media" | "personnel" | "leadership")
                || models.is_title(&head);
            if plain && group && speech {
                sp = Span::new(sp.start, toks[e - 1].span.end);
                kind = SpeakerKind::Nominal;
                j = e;
            }
        }
    }
    let c = match cue_at(text, toks, j, models) {
        Some(c) => c,
        // A headline's closing attribution: "…, Former Harbour Doctor Says." (the capitalised
        // cue ended the name the speaker was read as).
        None if j > i + 1
            && (j >= n || toks[j].kind == TokenKind::Punctuation)
            && matches!(
                w(text, toks, j - 1),
                "Says" | "Said" | "Warns" | "Claims" | "Tells" | "Admits" | "Insists" | "Argues" | "Predicts" | "Vows"
            ) =>
        {
            j -= 1;
            sp = Span::new(sp.start, toks[j - 1].span.end);
            1
        }
        None => return None,
    };
    // "…, a familiar, nativist rant.": a base form ("say", "rant") is a verb only after a
    // plural or a pronoun subject, or after a modal ("…, Lund would say").
    let cue_word = w(text, toks, j).to_ascii_lowercase();
    // ("read" is its own past.)
    if c == 1
        && kind != SpeakerKind::Pronoun
        && cue_word != "read"
        && models.cue_lemma(&cue_word) == Some(cue_word.as_str())
    {
        let phrase = &text[sp.range()];
        // ("some Democrats now", "people close to Lund", "the two": a plural word anywhere.)
        let plural = phrase.split(' ').any(|x| {
            let x = x.to_ascii_lowercase();
            plural_noun(&x)
                || matches!(
                    x.as_str(),
                    "children" | "police" | "staff" | "media" | "public" | "couple" | "and" | "two" | "both"
                )
        });
        // (The speaker phrase stands before the cue, so `j > i`.)
        let before = w(text, toks, j - 1).to_ascii_lowercase();
        let modal =
            super::reported::MODALS.contains(&before.as_str()) || before.ends_with("n't") || before.ends_with("n’t");
        if !plural && !modal {
            return None;
        }
    }
    Some(Attribution { speaker: sp, kind, cue: cue_span(toks, j, c), end_tok: j + c })
}

/// "…,” say farmers.", "…,” said local officials": a short lowercase phrase ending in a plural
/// noun at the clause's end, after an inverted cue.
/// Byte end of the possessor whose possessive mark is token `k`: "Lund's" (joined) or "Lund"
/// "’s" (the mark as a token of its own).
fn possessor_end(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let x = w(text, toks, k);
    if matches!(x, "'s" | "’s") {
        return (k > 0).then(|| toks[k - 1].span.end);
    }
    let base = x.strip_suffix("’s").or_else(|| x.strip_suffix("'s")).filter(|b| !b.is_empty())?;
    Some(toks[k].span.start + base.len())
}

/// Nouns of speech that stand for a quotation after "was" or "came" ("“No,” was Lund's reply").
const REPLY_NOUNS: &[&str] = &[
    "reply",
    "response",
    "answer",
    "retort",
    "verdict",
    "assessment",
    "reaction",
    "explanation",
    "message",
    "words",
    "remarks",
];

/// A sentence pointing back at the quotation before it, from token `i`: "That was Lund's
/// answer", "Those were her words", "That was how Velt put it" (the verb after the name is the
/// cue), "So said Lund" (a cue, then the speaker).
fn back_reference(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<Attribution> {
    let n = toks.len();
    if i + 2 >= n {
        return None;
    }
    let first = w(text, toks, i);
    if first == "So" {
        let c = cue_at(text, toks, i + 1, models)?;
        if !matches!(models.cue_lemma(&w(text, toks, i + 1).to_lowercase()), Some("say" | "write" | "add")) {
            return None;
        }
        let (sp, kind, e) = np_forward(text, toks, i + 1 + c, models)?;
        return Some(Attribution { speaker: sp, kind, cue: cue_span(toks, i + 1, c), end_tok: e });
    }
    // ("“…” — that was Lund’s verdict.": in lower case after a dash.)
    let after_dash = i > 0 && matches!(w(text, toks, i - 1), "—" | "–" | "--" | "-");
    let lower = after_dash && matches!(first, "that" | "those" | "that's");
    if !matches!(first, "That" | "Those" | "Such" | "That's") && !lower {
        return None;
    }
    let contracted = first.eq_ignore_ascii_case("that's");
    let verb = if contracted { i } else { i + 1 };
    if !contracted && !matches!(w(text, toks, verb), "was" | "were" | "is" | "are") {
        return None;
    }
    if w(text, toks, verb + 1) == "how" {
        let (sp, kind, e) = np_forward(text, toks, verb + 2, models).filter(|x| x.1 != SpeakerKind::Nominal)?;
        let x = w(text, toks, e.min(n - 1));
        if e >= n || toks[e].kind != TokenKind::Word || !x.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        // The rest of the sentence belongs to the reference ("… summed up the talks on Friday").
        let stop = (e..n).find(|&k| matches!(w(text, toks, k), "." | "!" | "?")).unwrap_or(n);
        return Some(Attribution { speaker: sp, kind, cue: toks[e].span, end_tok: stop });
    }
    let mut a = reply_noun(text, toks, verb, models)?;
    a.end_tok = a.end_tok.max(verb + 1);
    Some(a)
}

/// "was Lund's reply", "was Mayor Lund’s answer", "came the reply from Lund", "was her
/// response" at token `i`, right after a closing quotation: the possessor (or the phrase after
/// "from") speaks and the noun is the cue.
fn reply_noun(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<Attribution> {
    let n = toks.len();
    if i + 2 >= n || !matches!(w(text, toks, i), "was" | "is" | "were" | "are" | "came" | "comes" | "'s") {
        return None;
    }
    let noun = |k: usize| k < n && REPLY_NOUNS.contains(&w(text, toks, k));
    let attribution = |sp: Span, kind: SpeakerKind, cue: usize, end_tok: usize| {
        Some(Attribution { speaker: sp, kind, cue: toks[cue].span, end_tok })
    };
    let first = w(text, toks, i + 1);
    // "was her reply".
    if matches!(first, "his" | "her" | "their") && noun(i + 2) {
        return attribution(toks[i + 1].span, SpeakerKind::Pronoun, i + 2, i + 3);
    }
    // "came the reply from Lund".
    if first == "the" && noun(i + 2) && i + 4 < n && w(text, toks, i + 3) == "from" {
        let (sp, kind, e) = np_forward(text, toks, i + 4, models)?;
        return attribution(sp, kind, i + 2, e);
    }
    // "was Lund's reply", "was Mayor Lund’s answer": a capitalised possessor.
    let k = (i + 1..n.min(i + 6))
        .take_while(|&k| is_cap(text, toks, k) || matches!(w(text, toks, k), "'s" | "’s"))
        .find(|&k| {
            let x = w(text, toks, k);
            x.ends_with("'s") || x.ends_with("’s")
        })?;
    let name_end = possessor_end(text, toks, k)?;
    if !noun(k + 1) || name_end <= toks[i + 1].span.start {
        return None;
    }
    // "was Mayor Lund's reply": the title is no part of the name.
    let start = if models.is_title(w(text, toks, i + 1)) && i + 1 < k { i + 2 } else { i + 1 };
    attribution(Span::new(toks[start].span.start, name_end), SpeakerKind::Name, k + 1, k + 2)
}

fn bare_plural_at_end(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let n = toks.len();
    let plain = |k: usize| {
        let x = w(text, toks, k);
        toks[k].kind == TokenKind::Word
            && x.chars().all(|c| c.is_lowercase() || c == '-')
            && !models.is_common(x)
            // ("…, said state officials.": "state" before a noun modifies it.)
            && (models.cue_lemma(x).is_none() || (x == "state" && k + 1 < n))
    };
    let mut e = i;
    while e < n && e < i + 3 && plain(e) {
        e += 1;
    }
    let head = if e > i { w(text, toks, e - 1) } else { "" };
    let at_end = e >= n || matches!(w(text, toks, e), "." | "," | ";" | "!" | "?");
    (e > i
        && at_end
        && head.len() > 4
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !matches!(head, "weeks" | "months" | "years" | "days" | "hours" | "minutes" | "decades" | "times"))
    .then(|| (Span::new(toks[i].span.start, toks[e - 1].span.end), SpeakerKind::Nominal, e))
}

/// "…,” said one of those advisers.": a share of a group after an inverted cue ("one of the
/// aides", "some of his friends"), when a plural noun ends the group.
fn share_of_group(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let n = toks.len();
    if i + 2 >= n
        || w(text, toks, i + 1) != "of"
        || !matches!(
            w(text, toks, i),
            "one" | "two" | "three" | "some" | "many" | "several" | "most" | "both" | "each" | "none" | "all"
        )
    {
        return None;
    }
    // ("one of them": an object pronoun ends the group.)
    let (sp, e) = if matches!(w(text, toks, i + 2), "them" | "us") {
        (toks[i + 2].span, i + 3)
    } else {
        np_forward(text, toks, i + 2, models).map(|(sp, _, e)| (sp, e))?
    };
    let head = w(text, toks, e - 1);
    (plural_noun(head) || matches!(head, "them" | "us"))
        .then(|| (Span::new(toks[i].span.start, sp.end), SpeakerKind::Nominal, e))
}

/// A plural noun by its form: "-s" (not "-ss") after at least three letters, "-men", "people".
fn plural_noun(x: &str) -> bool {
    (x.len() > 3 && x.ends_with('s') && !x.ends_with("ss")) || x.ends_with("men") || x == "people"
}

/// The lemma of a cue span's first word ("said" in "said in a statement", "point" in "pointed
/// out").
pub(crate) fn cue_lemma<'m>(text: &str, cue: Span, models: &'m Models) -> Option<&'m str> {
    models.cue_lemma(text[cue.range()].split(' ').next().unwrap_or(""))
}

/// The span of the cue of `c` tokens starting at token `v`.
pub(crate) fn cue_span(toks: &[Token], v: usize, c: usize) -> Span {
    Span::new(toks[v].span.start, toks[v + c - 1].span.end)
}

/// A short capitalised word that a dot may follow inside a name: "Mrs", "Rep", "Gov", "W".
pub(crate) fn is_title_abbreviation(x: &str) -> bool {
    x.len() <= 4 && x.starts_with(char::is_uppercase) && x.chars().all(char::is_alphabetic)
}

/// A lowercase role before a name, after a cue: "said pollster Jo Park", "said former
/// governor Ann Lee". The speaker is the role and the name.
fn role_name(text: &str, toks: &[Token], i: usize, models: &Models) -> Option<(Span, SpeakerKind, usize)> {
    let n = toks.len();
    let mut k = i;
    // A day written with a slash may open the role ("said 9/11 widow Jo Park").
    let digits = |k: usize| k < n && w(text, toks, k).bytes().all(|b| b.is_ascii_digit());
    let numeric = |k: usize| {
        let x = w(text, toks, k);
        (x == "/" && k > i && digits(k - 1) && digits(k + 1))
            || (digits(k) && ((k + 1 < n && w(text, toks, k + 1) == "/") || (k > i && w(text, toks, k - 1) == "/")))
    };
    // An acronym before a role word ("GOP strategist").
    let acronym = |k: usize| {
        let x = w(text, toks, k);
        (2..=5).contains(&x.len())
            && x.bytes().all(|b| b.is_ascii_uppercase())
            && k + 1 < n
            && w(text, toks, k + 1).starts_with(char::is_lowercase)
    };
    // Two roles joined by "and" ("said lobbyist and strategist Jo Park", "… and GOP strategist
    // Jo Park").
    let joined = |k: usize| {
        k > i
            && w(text, toks, k) == "and"
            && k + 1 < n
            && toks[k + 1].kind == TokenKind::Word
            && (w(text, toks, k + 1).starts_with(char::is_lowercase) || acronym(k + 1))
    };
    while k < n
        // (Two words more with a number or a second role: "said lobbyist and party strategist
        // Jo Park".)
        && (k < i + 3 || (k < i + 5 && (i..k).any(|x| numeric(x) || joined(x))))
        && (numeric(k)
            || (acronym(k) && k > 0 && joined(k - 1))
            || (toks[k].kind == TokenKind::Word && w(text, toks, k).chars().all(|c| c.is_lowercase() || c == '-')))
        && (joined(k)
            || !matches!(
                w(text, toks, k),
                "in" | "on"
                    | "at"
                    | "of"
                    | "to"
                    | "for"
                    | "and"
                    | "or"
                    | "but"
                    | "that"
                    | "this"
                    | "last"
                    | "when"
                    | "while"
                    | "as"
                    | "if"
                    | "because"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "then"
                    | "so"
                    | "where"
                    | "who"
                    | "which"
                    | "with"
                    | "by"
                    | "from"
                    | "about"
                    | "than"
                    | "though"
                    | "although"
                    | "once"
                    | "whether"
                    | "the"
                    | "a"
                    | "an"
            ))
        // ("state Sen. Ana Lee", "state senator Ana Lee": "state" before a title modifies it.)
        && (cue_at(text, toks, k, models).is_none()
            || (w(text, toks, k) == "state"
                && k + 1 < n
                && (is_cap(text, toks, k + 1) || models.is_title(w(text, toks, k + 1)))))
        // ("…, said having Trump at the top …": a gerund is no role.)
        && !(w(text, toks, k).len() > 4 && w(text, toks, k).ends_with("ing"))
    {
        k += 1;
    }
    if k == i {
        return None;
    }
    let (sp, kind, e) = np_forward(text, toks, k, models)?;
    (kind == SpeakerKind::Name).then(|| (Span::new(toks[i].span.start, sp.end), kind, e))
}

/// Attribution right before a quote: tokens `toks[..end]` of its sentence up to the opening
/// mark. Accepts "Smith said:", "She told the BBC:", "said Smith,".
pub fn before(text: &str, toks: &[Token], end: usize, models: &Models) -> Option<Attribution> {
    let mut k = end;
    while k > 0
        && toks[k - 1].kind == TokenKind::Punctuation
        && matches!(w(text, toks, k - 1), ":" | "," | "—" | "–" | "-")
    {
        k -= 1;
    }
    if k == 0 {
        return None;
    }
    // "Said Dora Pint, who grew up nearby, “…”": an inverted attribution opening the sentence,
    // its speaker running up to the quotation or on into an apposition or relative clause.
    if let Some(c) = cue_at(text, toks, 0, models).filter(|&c| c < k && is_cap(text, toks, 0)) {
        let lemma = models.cue_lemma(&w(text, toks, 0).to_lowercase()).unwrap_or("");
        if !LISTENER_VERBS.contains(&lemma) {
            if let Some((sp, kind, e)) = np_forward(text, toks, c, models) {
                let appos = e + 1 < k
                    && w(text, toks, e) == ","
                    && matches!(w(text, toks, e + 1), "who" | "whose" | "a" | "an" | "the")
                    && k - e <= 20;
                if e == k || appos {
                    let cue = Span::new(toks[0].span.start, toks[c - 1].span.end);
                    return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                }
            }
        }
    }
    // Find a cue verb among the last few tokens (an object may follow it: "told the BBC:").
    let lo = k.saturating_sub(6);
    for v in (lo..k).rev() {
        let Some(c) = cue_at(text, toks, v, models) else {
            continue;
        };
        // "said in a statement:": the longer cue phrase starting one token earlier wins.
        if v > lo && cue_at(text, toks, v - 1, models).is_some_and(|c0| v - 1 + c0 >= v + c) {
            continue;
        }
        // "told the Harbour Post in a statement": a capitalised word inside a name is no cue.
        if v > 0 && is_cap(text, toks, v) {
            continue;
        }
        if v + c < k {
            // Only a listener object may stand between the cue and the quote.
            let lemma = models.cue_lemma(w(text, toks, v)).unwrap_or("");
            // "telling them the firm was “…”": a clause after the listener makes the quotation
            // part of a reported content (a mixed quote), not the cue's own quotation.
            if (v + c..k).any(|j| FINITE.contains(&w(text, toks, j))) {
                continue;
            }
            // "responded pointedly:": adverbs may stand between the cue and a colon or comma.
            // "wrote back:", "fired back,": a particle too.
            // "said only:", "added simply,".
            let adverbs = k < end
                && (v + c..k).all(|j| is_adverb(w(text, toks, j)) || matches!(w(text, toks, j), "back" | "only"));
            if !LISTENER_VERBS.contains(&lemma) && c == 1 && !adverbs {
                // "said in a statement:" is fine too, and so is a time phrase ("said Thursday,",
                // "said last week in Elm,"), but not before a reported content ("said Thursday
                // that …").
                let next = if v + 1 < k { w(text, toks, v + 1) } else { "" };
                // "read, in part:".
                let in_part = next == ","
                    && v + 3 < k
                    && w(text, toks, v + 2) == "in"
                    && w(text, toks, v + 3) == "part"
                    && (v + 4..k).all(|j| w(text, toks, j) == ",");
                let phrase = matches!(next, "in" | "on" | "at" | "during" | "to" | "of")
                    || in_part
                    || ((is_date_word(next)
                        || matches!(next, "last" | "this" | "earlier" | "later" | "yesterday" | "today"))
                        && (v + 1..k).all(|j| w(text, toks, j) != "that"));
                if !phrase {
                    continue;
                }
            }
        }
        let cue = cue_span(toks, v, c);
        let mut s = v;
        // "Park has since said", "Park emphatically proclaimed", "Park later Thursday told".
        let skippable = |s: usize| {
            let x = w(text, toks, s - 1);
            AUX.contains(&x.to_lowercase().as_str())
                || (s - 1 > 0 && (is_adverb(x) || (is_date_word(x) && toks[s - 2].kind == TokenKind::Word)))
        };
        while s > 0 && skippable(s) {
            s -= 1;
        }
        // "The Gazette quoted Lund as saying, “…”", "described Lund as saying:": the noun phrase
        // before "as" speaks.
        if s > 1 && w(text, toks, s - 1) == "as" && w(text, toks, v).ends_with("ing") {
            if let Some((sp, kind, _)) = np_backward(text, toks, s - 1, models) {
                return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
            }
        }
        // "Park defended the plan on Facebook, saying:": the clause's subject speaks, not the
        // name just before the gerund.
        if s > 0 && w(text, toks, s - 1) == "," && w(text, toks, v).ends_with("ing") {
            // "The two will meet next week, Kessel said Tuesday, adding: “…”": a closing
            // attribution before the gerund speaks, not the reported clause's subject.
            let closing = (s.saturating_sub(6)..s - 1).rev().find_map(|q| {
                let c2 = cue_at(text, toks, q, models).filter(|_| !w(text, toks, q).ends_with("ing"))?;
                let tail = (q + c2..s - 1).all(|t| is_date_word(w(text, toks, t)));
                if !tail || q < 2 {
                    return None;
                }
                np_backward(text, toks, q, models)
                    .filter(|&(_, _, o)| o > 0 && w(text, toks, o - 1) == ",")
                    .map(|(sp, kind, _)| (sp, kind))
            });
            if let Some((sp, kind)) = closing {
                return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
            }
            // "“…,” police said on Twitter, adding: “…”": after an earlier quotation, the
            // speaker and cue that follow it (the sentence's subject may be the quotation's).
            let mut from = (0..s).rev().find(|&q| matches!(w(text, toks, q), "”" | "\"" | "''")).map_or(0, |q| q + 1);
            let after_quote = from > 0;
            if !after_quote {
                if let Some((sp, kind)) = subject(text, &toks[..s], models) {
                    return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                }
            }
            while from < s && w(text, toks, from) == "," {
                from += 1;
            }
            if let Some((sp, kind, e)) = np_forward(text, toks, from, models) {
                if e < s && cue_at(text, toks, e, models).is_some() {
                    return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                }
            }
            // ("…,” said Lund on Twitter, adding: “…”": the inverted speaker.)
            if let Some(c2) = cue_at(text, toks, from, models).filter(|_| !w(text, toks, from).ends_with("ing")) {
                if let Some((sp, kind, e)) = np_forward(text, toks, from + c2, models) {
                    if e < s {
                        return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                    }
                }
            }
            // (Without a quotation before it, the subject was tried first.)
            if after_quote {
                if let Some((sp, kind)) = subject(text, &toks[..s], models) {
                    return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                }
            }
        }
        // "A Lund adviser, who spoke on the condition of anonymity to speak candidly, said of the
        // senator, “…”": the phrase before an anonymity clause between commas speaks, with
        // the clause.
        if s > 3 && w(text, toks, s - 1) == "," {
            let clause = (s.saturating_sub(20)..s - 1).find(|&r| {
                r > 1
                    && w(text, toks, r - 1) == ","
                    && anonymity_clause(text, toks, r)
                        .is_some_and(|e| e < s && e + 8 >= s && (e..s - 1).all(|j| w(text, toks, j) != ","))
            });
            if let Some(r) = clause {
                if let Some((sp, kind, _)) =
                    np_backward(text, toks, r - 1, models).filter(|x| x.1 != SpeakerKind::Pronoun)
                {
                    return Some(Attribution {
                        speaker: Span::new(sp.start, toks[s - 2].span.end),
                        kind,
                        cue,
                        end_tok: k,
                    });
                }
            }
        }
        if s > 1 && w(text, toks, s - 1) == "," {
            // Apposition: "her adviser, Jo Park, said:" or "Jo Park, her adviser, said:".
            let lo = s.saturating_sub(16);
            if let Some(p) = (lo..s - 1).rev().find(|&q| w(text, toks, q) == ",") {
                for end in [s - 1, p] {
                    if let Some((sp, SpeakerKind::Name, o)) = np_backward(text, toks, end, models) {
                        // "Lind, speaking to Iowans, said:": the listener of a participle
                        // between the commas is no speaker.
                        if end == s - 1
                            && o > p + 1
                            && w(text, toks, p + 1).ends_with("ing")
                            && w(text, toks, p + 1).chars().all(|c| c.is_ascii_lowercase())
                        {
                            continue;
                        }
                        // "Kai Lind, the mayor of Elm, said:": a name after a preposition is inside
                        // the apposition; the name before it speaks.
                        let d = if o > 0 && matches!(w(text, toks, o - 1), "the" | "a" | "an") { o - 1 } else { o };
                        if end == s - 1
                            && d > p + 1
                            && matches!(w(text, toks, d - 1), "of" | "for" | "at" | "in" | "from" | "with")
                        {
                            continue;
                        }
                        return Some(Attribution { speaker: sp, kind: SpeakerKind::Name, cue, end_tok: k });
                    }
                }
            }
        }
        // "Lund issued a statement saying, “…”", "sent an email saying": the issuer of a medium
        // speaks, not the medium.
        if w(text, toks, v).ends_with("ing") {
            if let Some((_, SpeakerKind::Nominal, o)) = np_backward(text, toks, s, models) {
                let mut o = o;
                let mut medium = (o..s).any(|j| MEDIUM_NOUNS.contains(&w(text, toks, j)));
                // "sent out a text message to supporters saying": the listener after the medium;
                // "emailed supporters saying": after a verb of sending words.
                if !medium && o > 2 && w(text, toks, o - 1) == "to" {
                    if let Some((_, SpeakerKind::Nominal, o2)) = np_backward(text, toks, o - 1, models) {
                        if (o2..o - 1).any(|j| MEDIUM_NOUNS.contains(&w(text, toks, j))) {
                            o = o2;
                            medium = true;
                        }
                    }
                }
                if !medium && o > 1 && matches!(w(text, toks, o - 1), "emailed" | "texted" | "messaged") {
                    medium = true;
                }
                // ("held up a sign saying": a particle after the verb.)
                let vb = if o > 2 && matches!(w(text, toks, o - 1), "up" | "out" | "off") {
                    o - 2
                } else {
                    o.saturating_sub(1)
                };
                let not_verb = |x: &str| {
                    matches!(
                        x,
                        "of" | "in"
                            | "on"
                            | "with"
                            | "from"
                            | "to"
                            | "by"
                            | "and"
                            | "a"
                            | "an"
                            | "the"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "this"
                            | "that"
                    )
                };
                let verb = o > 1
                    && toks[vb].kind == TokenKind::Word
                    && w(text, toks, vb).chars().all(|ch| ch.is_ascii_lowercase())
                    && !not_verb(w(text, toks, vb));
                if medium && verb {
                    // ("Her campaign quickly sent …": an adverb before the verb.)
                    let mut e = vb;
                    while e > 1 && is_adverb(w(text, toks, e - 1)) {
                        e -= 1;
                    }
                    let issuer = np_backward(text, toks, e, models)
                        .map(|(sp, kind, _)| (sp, kind))
                        .or_else(|| subject(text, &toks[..e], models));
                    if let Some((sp, kind)) = issuer {
                        return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                    }
                }
            }
        }
        // "Stevie Wonder, who joked of the museum, “…”": the relative pronoun speaks.
        if s > 0 && w(text, toks, s - 1) == "who" {
            return Some(Attribution { speaker: toks[s - 1].span, kind: SpeakerKind::Pronoun, cue, end_tok: k });
        }
        if let Some((sp, kind, o)) = np_backward(text, toks, s, models) {
            // "Protesters marching through the streets chanted": a phrase after a preposition
            // is inside the subject's modifier; the clause's subject speaks.
            let d = if o > 0 && matches!(w(text, toks, o - 1), "the" | "a" | "an") { o - 1 } else { o };
            let place = d > 1
                && matches!(
                    w(text, toks, d - 1),
                    "through"
                        | "across"
                        | "outside"
                        | "inside"
                        | "into"
                        | "near"
                        | "around"
                        | "along"
                        | "at"
                        | "in"
                        | "on"
                        | "over"
                        | "above"
                        | "behind"
                );
            if place {
                if let Some((sp2, kind2)) = subject(text, &toks[..d - 1], models) {
                    return Some(Attribution { speaker: sp2, kind: kind2, cue, end_tok: k });
                }
            }
            // "The mayor of Elm said:", "A spokesman for the company said:", "A sign at the rally
            // read:": the noun phrase before the preposition heads the speaker, which keeps the
            // phrase after it (not before a participle: "footage of Park asking, “…”" is Park's).
            let participle = w(text, toks, v).ends_with("ing");
            if !participle && (place || (d > 1 && matches!(w(text, toks, d - 1), "of" | "for" | "from" | "with"))) {
                if let Some((sp0, kind0, _)) =
                    np_backward(text, toks, d - 1, models).filter(|x| x.1 != SpeakerKind::Pronoun)
                {
                    return Some(Attribution { speaker: Span::new(sp0.start, sp.end), kind: kind0, cue, end_tok: k });
                }
            }
            // "Another source speaking to Harbour Radio said": the listener of a participle
            // inside the subject is no speaker.
            if d > 2
                && matches!(w(text, toks, d - 1), "to" | "with")
                && matches!(w(text, toks, d - 2), "speaking" | "talking")
            {
                if let Some((sp2, kind2, _)) = np_backward(text, toks, d - 2, models) {
                    return Some(Attribution { speaker: sp2, kind: kind2, cue, end_tok: k });
                }
            }
            return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
        }
        let cue_word = w(text, toks, v).to_lowercase();
        let lemma = models.cue_lemma(&cue_word).unwrap_or("");
        // "I laughed and said:", "She paused and added,": the subject of the verb before "and".
        if s > 2 && matches!(w(text, toks, s - 1), "and" | "but") {
            let verb = w(text, toks, s - 2);
            if verb.len() > 3 && verb.ends_with("ed") && verb.chars().all(char::is_lowercase) {
                if let Some((sp, kind @ (SpeakerKind::Name | SpeakerKind::Pronoun), _)) =
                    np_backward(text, toks, s - 2, models)
                {
                    return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                }
            }
        }
        if cue_word.ends_with("ing") || (s > 0 && matches!(w(text, toks, s - 1), "but" | "and" | ",")) {
            // "…, telling CNBC:", "but told his supporters:": the clause's subject speaks.
            let (sp, kind) = subject(text, &toks[..s], models)?;
            return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
        }
        if !LISTENER_VERBS.contains(&lemma) {
            if let Some((sp, kind, e)) = np_forward(text, toks, v + c, models) {
                if e == k {
                    return Some(Attribution { speaker: sp, kind, cue, end_tok: k });
                }
            }
        }
        return None;
    }
    None
}

/// Nouns of a medium that carries someone's words ("issued a statement saying …").
const MEDIUM_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "email",
    "e-mail",
    "letter",
    "tweet",
    "tweets",
    "post",
    "message",
    "release",
    "memo",
    "note",
    "sign",
    "signs",
    "banner",
    "banners",
    "placard",
    "placards",
    "ad",
    "video",
    "op-ed",
    "column",
];

/// The subject of a sentence: the first name or pronoun phrase, after an opening
/// adverbial that ends with a comma ("In an interview on Monday, Jo Park …"), or two or three
/// of them ("On Thursday, after remaining neutral for months, Velt …").
pub fn subject(text: &str, toks: &[Token], models: &Models) -> Option<(Span, SpeakerKind)> {
    let toks = &toks[dateline_end(text, toks)..];
    let n = toks.len();
    let mut i = 0;
    if n > 0 && !is_cap(text, toks, 0) {
        return None;
    }
    let opener = |x: &str| {
        let l = x.to_lowercase();
        (l.len() > 4 && (l.ends_with("ly") || l.ends_with("ing")))
            || matches!(
                l.as_str(),
                "back"
                    | "after"
                    | "before"
                    | "since"
                    | "during"
                    | "while"
                    | "at"
                    | "in"
                    | "on"
                    | "by"
                    | "with"
                    | "for"
                    | "from"
                    | "following"
                    | "despite"
                    | "earlier"
                    | "later"
                    | "then"
                    | "still"
                    | "yet"
                    | "meanwhile"
                    | "instead"
                    | "however"
                    | "even"
                    | "now"
                    | "today"
                    | "yesterday"
                    | "last"
                    | "once"
                    | "amid"
                    | "alongside"
                    | "among"
                    | "under"
                    | "unlike"
                    | "like"
                    | "asked"
                    | "speaking"
                    | "addressing"
                    | "writing"
            )
    };
    let opening = n > 0 && (opener(w(text, toks, 0)) || span_of_time(text, toks, 0, n));
    if n > 0
        && (opening || models.is_common(w(text, toks, 0)))
        && !PRONOUNS.contains(&w(text, toks, 0).to_lowercase().as_str())
    {
        if let Some(c) = (0..n.min(20)).find(|&k| w(text, toks, k) == ",") {
            i = c + 1;
            // "On Thursday, after remaining neutral for months, Warren …": a further opening
            // phrase after the first.
            for _ in 0..2 {
                if i < n && !is_cap(text, toks, i) && opener(w(text, toks, i)) {
                    match (i + 1..n.min(i + 16)).find(|&k| w(text, toks, k) == ",") {
                        Some(c) => i = c + 1,
                        None => break,
                    }
                }
            }
        }
    }
    // "…, even a top strategist said": a focusing adverb before the subject.
    if i + 1 < n && i > 0 && matches!(w(text, toks, i), "even" | "also" | "only") {
        i += 1;
    }
    // "Her answer was simple:", "His message to the board:": the possessor of a noun of
    // speech speaks.
    if i + 1 < n
        && matches!(w(text, toks, i).to_lowercase().as_str(), "his" | "her" | "their")
        && SPOKEN_NOUNS.contains(&w(text, toks, i + 1))
    {
        return Some((toks[i].span, SpeakerKind::Pronoun));
    }
    let (sp, kind, _) = np_forward(text, toks, i, models)?;
    (kind != SpeakerKind::Nominal).then_some((sp, kind))
}

/// Nouns of what someone said, whose possessor speaks the quotation a colon introduces ("Her
/// answer was simple: “…”").
const SPOKEN_NOUNS: &[&str] = &[
    "answer",
    "reply",
    "response",
    "message",
    "statement",
    "words",
    "verdict",
    "advice",
    "warning",
    "explanation",
    "argument",
    "plea",
    "promise",
    "pitch",
    "retort",
    "assessment",
    "comment",
    "remarks",
    "conclusion",
];

/// True when the tokens from `i` (before `end`) open with a span of time: "Hours later",
/// "Two days earlier", "Weeks ago".
pub(crate) fn span_of_time(text: &str, toks: &[Token], i: usize, end: usize) -> bool {
    span_of_time_end(text, toks, i, end).is_some()
}

/// The token after a span of time at `i` ("Hours later", "Two days earlier", "A few minutes
/// later", "A couple of weeks ago"), before `end`.
pub(crate) fn span_of_time_end(text: &str, toks: &[Token], i: usize, end: usize) -> Option<usize> {
    let unit = |k: usize| {
        k < end
            && matches!(
                w(text, toks, k).to_lowercase().as_str(),
                "hours" | "days" | "minutes" | "weeks" | "months" | "years" | "moments" | "seconds" | "decades"
            )
    };
    let tail = |k: usize| k < end && matches!(w(text, toks, k), "later" | "earlier" | "ago");
    // ("A few", "a couple of": a vague count before the unit.)
    let vague = i + 2 < end
        && w(text, toks, i).eq_ignore_ascii_case("a")
        && matches!(w(text, toks, i + 1), "few" | "couple")
        && !(w(text, toks, i + 1) == "couple" && w(text, toks, i + 2) != "of");
    // The unit: right after the vague count, else first or after one count word ("Two days").
    let (first, last) = if vague {
        let u = i + 2 + usize::from(w(text, toks, i + 1) == "couple");
        (u, u)
    } else {
        (i, i + 1)
    };
    (first..=last).find(|&k| unit(k) && tail(k + 1)).map(|k| k + 2)
}

/// A dash credit right after a quote: `“…” ― Jo Park.` (the dash is the cue).
pub fn dash_credit(text: &str, toks: &[Token], models: &Models) -> Option<Attribution> {
    let n = toks.len();
    if n < 2 || !matches!(w(text, toks, 0), "―" | "—" | "–" | "--") {
        return None;
    }
    let (sp, kind, e) = np_forward(text, toks, 1, models)?;
    let ends = e == n || matches!(w(text, toks, e), "." | "," | "/" | "(");
    (kind == SpeakerKind::Name && ends).then_some(Attribution { speaker: sp, kind, cue: toks[0].span, end_tok: e })
}

/// Month and day names: capitalised, but never a speaker ("said Tuesday").
fn is_date_word(x: &str) -> bool {
    matches!(
        x,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}
