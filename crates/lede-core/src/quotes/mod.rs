//! Quote extraction: direct quotes from paired quotation marks ([`marks`]) attributed by
//! [`attribution`], and reported speech ([`reported`]): indirect quotes, and mixed quotes
//! (reported speech that contains a quoted fragment or an unattributed quotation), and
//! passages set off as a paragraph after a cue and a colon ([`block`], indirect).
//!
//! Contract: [`extract`] returns quotes sorted by span start; spans are UTF-8 byte offsets,
//! the quote span excludes the quotation marks and runs from its first part's start to its
//! last part's end (an interrupted quote — `“A,” she said, “B.”` or `The plan, he said, …` —
//! has two parts; the quotation after an attribution sentence of up to 250 bytes continues the
//! quote unless it has an attribution of its own, also when it opens the next paragraph and
//! nothing but that sentence stands between; a quote left open at its paragraph's end goes on
//! over the next paragraph's quotation when nothing but its opening mark stands between and
//! it has no cue of its own, "“A,” Lund said. “B.¶“C.”"; and a title in quotation marks inside the
//! attribution — "said on “Harbour Morning Hour.”", "told “Harbour Mornings”" — is neither a
//! part nor a quote); speaker and cue spans lie in the same or an
//! adjacent sentence, except that a direct quote with no attribution takes the subject of its
//! sentence when a cue precedes it there, else the speaker of the quote just before it (at
//! most 250 bytes and one paragraph break away), and a name before a colon ("More from
//! Park: “…”", in its sentence or closing the previous paragraph) speaks the quotation that
//! follows (no cue), and so does the subject of a sentence announcing it with a colon ("Park
//! made the following comment:", "Lee had this to say:"; the possessor of a noun of speech:
//! "Her answer was simple:"), and so does the subject of a short sentence closing the previous
//! paragraph with an intransitive verb of speech ("Ana Lund spoke first.¶“…”", "The mayor
//! replied briefly.", "Ana Lund disagreed.") or standing right before the quotation in its
//! paragraph ("Ana Lund agreed. “…”"). A paragraph opening with a label that names a person of the document
//! ("Velden: My plans are not set in stone.") is that person's speech, the colon its cue (one
//! quote over the paragraph), and so is a headline after its source and a colon ("Poll: Riders
//! Turn on the Levy.", any capitalised label but a heading word or a place that names no person
//! of the story; "Park to Harbour Board:" is Park speaking to the board), unless the headline
//! asks a question; a quotation in the headline that the label speaks ("Park: ‘No Deal’
//! Unless …") joins that report, unless it is the whole headline. Inside a multi-paragraph
//! quotation that quotes a transcript, each paragraph opening with such a label ("“PENCE:
//! Well, …") or with a label in capitals ("“WALLACE: …", as transcripts print their speakers)
//! starts that speaker's own quote,
//! without the label. A quotation after a new sentence with its own attribution ("…,”
//! Park said. He added, “…”") or with a gerund report between that brings it ("…,” Park said,
//! adding: “…”", "…,” Park sang to Lee before asking her, “…”", a participle clause running
//! into it) is a new quote, not a further part; a relative clause with a speech cue, or a
//! participle clause closing the attribution's sentence, between two parts ("…,” said Lund,
//! who said the plan failed. “…”", "…,” Park said, referring to the bill. “…”") is an indirect
//! quote of its own, and the parts stay one quote. A
//! quotation that finishes a sentence begun outside it and is attributed
//! after it ("The plan is “a disgrace,” she said.") is Mixed over the sentence, its closing
//! mark included (a Mixed span holds both marks of a quotation it opens: a reported content
//! ending inside one, at a sentence end or before the comma in its closing mark, runs on to
//! that mark within the paragraph and short of the cue); a quotation
//! named by "what <speaker> called" ("what it calls “a clear threat”", also "described as",
//! "dubbed", "termed") is Mixed from "what", or, when a reported content ends at that
//! naming, that content goes on over it with the outer speaker ("pledged sanctions against
//! what it called “a threat”"; `named_label`), and one named by a relative clause ("the levy,
//! which Lund called “a cartel,”", "Berg, who she dubbed “the little mayor.”") is Mixed from
//! its pronoun, however short, and no attribution in the next sentence takes it (an attribution
//! in the next sentence whose cue ends in a colon introduces the next quotation instead, and so
//! does one whose cue ends in a comma right before the next quotation when this quotation has an
//! introduction of its own: "Berg said, “…” He added, “…”" is two quotes, and so is "She says
//! Berg represents the “…” She adds, “…”", a cue earlier in its sentence; after a quotation
//! introduced with a colon, a new sentence's attribution is never its own: "Lund said: “…” Berg
//! disagreed, saying …"), unless a dash
//! opens it as an aside ("… rushed - “We need the details,” she said - and …"), and an
//! unattributed quotation after it in the same paragraph joins it as a further part. One
//! capitalised word that is no linking word ("Mills “got immunity,” Lee said", not "But “…”")
//! begins such a sentence too, and then the quotation's own further parts stay with it; one
//! opening after "that" or "to", or in lowercase right after a word of the clause that is not
//! its cue ("said he would fight the “reckless plan”"), or after a cue inside the content of
//! an earlier speech cue ("Park said the campaign will highlight “the real choice”"), or in
//! lowercase right after a non-gerund cue when its clause goes on after the closing mark with
//! no comma or stop inside it and no "and"/"but"/"or" after it ("said “it makes me mad” every
//! time he …"), is left to reported speech (Mixed), except that a reported
//! content that is one whole quotation ("According to Lind, “…”", "said that “…”") is that
//! direct quote, marks excluded. A title-case quotation
//! after a preposition or a word naming a work ("on “Harbour Morning Hour”", "the book “…”") is a
//! title, not a quote, and so is a quotation followed by "by" and a capitalised author ("—“Lund
//! leaves the board,” by Times' Jo Park:"), and an unattributed title-case quotation alone in its paragraph
//! (a subheading: "'Legend in the Coal Fields.'"), and a title-case quotation between "told" and
//! "that" ("told “Harbour Morning Hour” that …"); a short quotation inside an attribution's
//! aside ("…,” Bill Lund, wearing “Vote Berg” pins, said.") neither ends the attribution nor
//! joins the quote. A quotation of one or two words inside a
//! sentence is a fragment, except right after a speech verb when it ends in its own stop or
//! closes the sentence ("chanted “What curfew?”"). After a quotation ending its own sentence,
//! a cue followed by a circumstance ("…!” Park said as she left", "with a grin", "amid cheers",
//! "to the crowd", or the topic: "said of the crowds") or by a listener alone ("…?” Park asked
//! reporters.", "…!” Lund told the crowd.") still attributes it;
//! a lowercase quotation right after an interrupting attribution ("The levy, Berg said, “will
//! pass.”") is Mixed with two parts, the clause from the last comma before the attribution
//! (at least two words, not "Minutes later") and the quotation;
//! a cue followed by a clause or an infinitive ("…” Park vowed to block it.") opens a report,
//! and so does a naming verb with any object ("…” Lund called Berg a “liar.”").
//! Speakers link to the entity whose mention lies inside the speaker phrase (not a place or
//! group modifying a longer phrase: "The Vermont senator", or after a preposition in it: "The
//! mayor of Boston"; nor a person before a role noun: "A Berg adviser" is not Berg; a person in
//! it before anything else:
//! "Sen. Paul Otis of Maine" is Paul Otis), for he/she (and his/her) to the nearest
//! preceding PERSON mention whose sex does not contradict the pronoun (an honorific "Mrs."/"Mr."
//! among its roles, else its given name's W/M flag in the gazetteer; unknown fits both; a
//! he/she right after a quote spoken by the same pronoun, within a paragraph break, takes that
//! pronoun's person when the nearer one was last named inside that quote: "She says Berg …
//! She adds, “…”" does not credit Berg), for
//! "who"/"which" right after a comma to the person or organisation named before that comma
//! ("Mara Velt, who said …", also across an apposition of plain words; "who" prefers a person
//! there: "Hal Rubin, an analyst at Elm Partners, who notes …" is Rubin), and for a definite role ("the spokeswoman", "the board") to the
//! nearest earlier person introduced with that role as an apposition's head ("Jo Lund, a
//! spokeswoman for Acme,") or a title ("Mayor Ana Holt", also abbreviated: "Sen. Tom Berg" for "the
//! senator"), or organisation whose name ends with it ("Harbour Board", or a company suffix
//! for "the company": "Ferrow Corp."); an unknown speaker is left empty. Confidence
//! (0..=1): direct 0.85 with an adjacent cue and speaker (+0.05 for a name), 0.7 via a colon
//! at the end of the previous paragraph or a name before a colon, 0.6 when a paragraph continues the previous
//! paragraph's attributed quote, 0.35 without speaker (+0.15 when it takes its sentence's
//! subject or the previous quote's speaker), −0.15 under three words, −0.1 when its closing
//! mark is missing (closed at its paragraph's end); indirect 0.6 for
//! speech cues (say, tell, add, …) and 0.5 for others (belief, evaluation), −0.1 for a
//! nominal speaker ("officials"), −0.05 for a gerund cue ("…, adding that"), 0.4 for an
//! expectation or judgement with no holder ("is expected to …", "appeared to …"); a paragraph's
//! speaker label ("Velden: …") 0.5; mixed +0.1.
//! Quotes below `opts.min_quote_confidence` are dropped; quotes come only from content
//! blocks, and not from an editor's note (a correction block opening "Editor's note"), unless
//! `opts.include_boilerplate`. Linear: one pairing pass, bounded token windows
//! around each quote, and one pass over each sentence's tokens for reported speech.

pub mod attribution;
mod block;
pub mod marks;
pub mod reported;

use attribution::{Attribution, SpeakerKind};

use crate::entities::content_sentences;
use crate::models::Models;
use crate::segment::tokenize;
use crate::types::{
    BlockKind, Entity, EntityType, Options, Quote, QuoteType, Segmentation, Span, Speaker, Token, TokenKind,
};

const WINDOW: usize = 300;

/// Sentence-opening words that link to what came before and are no subject: a quotation after
/// one alone stays a direct quote ("But “the plan,” Park said, “is dead.”").
const LINKS: &[&str] =
    &["But", "And", "Yet", "So", "Or", "Nor", "Still", "Now", "Then", "Also", "The", "A", "An", "That", "This"];

/// Lemmas of verbs whose object is the words themselves ("chanted “What curfew?”", "the sign
/// read “Vote Berg.”").
const SAID_ALOUD: &[&str] = &[
    "say", "write", "tweet", "reply", "respond", "declare", "exclaim", "shout", "yell", "scream", "whisper", "mutter",
    "cry", "proclaim", "chant", "sing", "add", "read",
];

/// The tokens of the last [`WINDOW`] bytes of a paragraph: where an introduction closing it
/// ("Smith said:") stands.
fn paragraph_tail(text: &str, block: Span) -> Vec<Token> {
    let from = ceil(text, block.start.max(block.end.saturating_sub(WINDOW)));
    tokenize(text, Span::new(from, block.end))
}

fn ceil(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// Content span without trailing commas/whitespace (the attribution's punctuation).
fn content(text: &str, sp: Span) -> Span {
    let s = &text[sp.range()];
    let t = s.trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    Span::new(sp.start, sp.start + t.len())
}

/// The role word an abbreviated title before a name stands for ("Sen." → "senator").
fn title_abbreviation(x: &str) -> Option<&'static str> {
    Some(match x {
        "Sen" => "senator",
        "Rep" => "congressman",
        "Gov" => "governor",
        "Gen" => "general",
        "Col" => "colonel",
        "Lt" => "lieutenant",
        "Sgt" => "sergeant",
        "Capt" => "captain",
        "Supt" => "superintendent",
        "Prof" => "professor",
        "Atty" => "attorney",
        _ => return None,
    })
}

struct Resolver<'a> {
    text: &'a str,
    models: &'a Models,
    entities: &'a [Entity],
    /// (mention span, entity index), sorted by start.
    mentions: Vec<(Span, usize)>,
}

impl Resolver<'_> {
    fn speaker(&self, sp: Span, kind: SpeakerKind) -> Speaker {
        let i = self.mentions.partition_point(|(m, _)| m.end <= sp.start);
        let candidates = self.mentions[i..].iter().take_while(|(m, _)| m.start < sp.end).filter(|(m, e)| {
            let k = self.entities[*e].kind;
            // "The Vermont senator", "the Turkish government": a place or group modifying a
            // longer phrase is not who speaks.
            // ("Port Alden Chamber of Commerce": a preposition after it keeps it the head.)
            // ("The mayor of Boston": a place after a preposition inside the phrase modifies it
            // too.)
            let modifier = || {
                let place = matches!(k, EntityType::Gpe | EntityType::Loc | EntityType::Fac | EntityType::Norp);
                let rest = self.text[m.end..sp.end].trim_start();
                let next = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                let before = self.text[sp.start..m.start.max(sp.start)].trim_end();
                let after_preposition = ["of", "in", "from", "at", "for"]
                    .iter()
                    .any(|p| before.strip_suffix(p).is_some_and(|b| b.ends_with(' ')));
                // ("A Berg adviser", "a Lund spokesman": a person named before a role noun is
                // whom the speaker serves, not the speaker.)
                let serves = k == EntityType::Person
                    && matches!(
                        next,
                        "adviser"
                            | "advisor"
                            | "aide"
                            | "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "lawyer"
                            | "attorney"
                            | "staffer"
                            | "strategist"
                            | "surrogate"
                            | "ally"
                            | "friend"
                            | "supporter"
                            | "donor"
                            | "loyalist"
                            | "backer"
                            | "critic"
                    );
                serves
                    || place
                        && ((!next.is_empty() && !matches!(next, "of" | "for" | "in" | "at" | "on"))
                            || after_preposition)
            };
            m.end <= sp.end && !crate::entities::is_numeric(k) && !modifier()
        });
        // A person named in the phrase speaks before a place closing it ("Sen. Paul Otis of
        // Maine", "a lawyer from Elm").
        let inside = candidates
            .clone()
            .filter(|(_, e)| self.entities[*e].kind == EntityType::Person)
            .last()
            .or(candidates.last());
        if let Some(&(_, e)) = inside {
            return Speaker { span: sp, name: Some(self.entities[e].canonical_name.clone()), entity: Some(e) };
        }
        if kind == SpeakerKind::Pronoun {
            let p = self.text[sp.range()].to_lowercase();
            // (A possessive speaks too: "Her answer was simple:", "his insistence that …".)
            if matches!(p.as_str(), "he" | "she" | "his" | "her") {
                // The nearest person before it whose known sex does not contradict the pronoun.
                let female = matches!(p.as_str(), "she" | "her");
                let prev = self.mentions[..i]
                    .iter()
                    .rev()
                    .find(|(_, e)| self.entities[*e].kind == EntityType::Person && self.female(*e) != Some(!female));
                if let Some(&(_, e)) = prev {
                    return Speaker { span: sp, name: Some(self.entities[e].canonical_name.clone()), entity: Some(e) };
                }
            }
            // "Mara Velt, who said …", "the Harbour Board, which said …": a relative pronoun
            // stands for the name right before its comma (an apposition of plain words may come
            // between: "Jo Lind, a staffer at the ministry who said"; not "…, compared with 64
            // percent who say").
            let comma_before = self.text[..sp.start].trim_end().ends_with(',');
            if matches!(p.as_str(), "who" | "which") {
                let candidates = || {
                    self.mentions[..i]
                        .iter()
                        .rev()
                        .take_while(|(m, _)| {
                            let gap = &self.text[m.end..sp.start];
                            gap.len() <= 80 && !gap.contains(['.', ';', ':', '"', '“', '”', '(', ')'])
                        })
                        .filter(|(m, _)| {
                            let gap = &self.text[m.end..sp.start];
                            gap.trim_start().starts_with(',')
                                && (comma_before
                                    || (gap.split_whitespace().count() <= 9
                                        && !gap.contains(|c: char| c.is_ascii_digit())))
                        })
                };
                let kind = |e: usize| self.entities[e].kind;
                // ("Hal Rubin, an analyst at Elm Partners, who notes …": "who" stands for a
                // person before an organisation.)
                let antecedent = if p == "who" {
                    candidates()
                        .find(|(_, e)| kind(*e) == EntityType::Person)
                        .or_else(|| candidates().find(|(_, e)| matches!(kind(*e), EntityType::Org | EntityType::Norp)))
                } else {
                    candidates().find(|(_, e)| matches!(kind(*e), EntityType::Org | EntityType::Gpe))
                };
                if let Some(&(_, e)) = antecedent {
                    return Speaker { span: sp, name: Some(self.entities[e].canonical_name.clone()), entity: Some(e) };
                }
            }
            return Speaker { span: sp, name: None, entity: None };
        }
        if kind == SpeakerKind::Nominal {
            if let Some(e) = self.nominal_antecedent(sp, i) {
                return Speaker { span: sp, name: Some(self.entities[e].canonical_name.clone()), entity: Some(e) };
            }
        }
        let name = (kind == SpeakerKind::Name).then(|| self.text[sp.range()].to_string());
        Speaker { span: sp, name, entity: None }
    }

    /// A person's sex as far as the document tells: an honorific ("Mrs.", "Mr.") among its
    /// roles, else the given name opening its canonical name (the gazetteer's W/M flags).
    fn female(&self, e: usize) -> Option<bool> {
        use crate::entities::gazetteer::{FEMALE, MALE};
        let ent = &self.entities[e];
        for r in &ent.roles {
            match r.trim_end_matches('.') {
                "Mrs" | "Ms" | "Miss" | "Madam" => return Some(true),
                "Mr" => return Some(false),
                _ => {}
            }
        }
        let mut words = ent.canonical_name.split_whitespace();
        let first = words.next()?;
        words.next()?;
        let flags = self.models.gazetteer.get(first);
        match (flags & FEMALE != 0, flags & MALE != 0) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    }

    /// The entity a definite role ("the spokeswoman", "the board") names: the nearest earlier
    /// person introduced with that role in an apposition ("Jo Lund, a spokeswoman for Acme,")
    /// or a title ("Mayor Ana Holt"), or organisation whose name ends with the role's head
    /// ("the board" after "Harbour Board"). `i` is the first mention at or after the phrase.
    fn nominal_antecedent(&self, sp: Span, i: usize) -> Option<usize> {
        let phrase = self.text[sp.range()].to_lowercase();
        let rest = phrase.strip_prefix("the ")?;
        let words: Vec<&str> = rest.split_whitespace().collect();
        let head = *words.last()?;
        // One to three plain words, a singular head ("the officials" may be anyone).
        if words.len() > 3 || !head.chars().all(char::is_alphabetic) || (head.ends_with('s') && !head.ends_with("ss")) {
            return None;
        }
        // Every word of the role stands in the apposition ("the chief executive" in "…, the
        // company's chief executive"; "the then-Texas governor" is not "the Florida governor").
        let all_in = |s: &str| {
            words.iter().all(|w| {
                s.split_whitespace().any(|x| x.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(w))
            })
        };
        for &(m, e) in self.mentions[..i].iter().rev().take(NOMINAL_LOOKBACK) {
            match self.entities[e].kind {
                EntityType::Person => {
                    // "Jo Lund, a spokeswoman for Acme,": the apposition up to its comma or stop.
                    let after = self.text.get(m.end..).unwrap_or("");
                    if let Some(app) = after.strip_prefix(", ") {
                        let cut = app.find([',', '.', ';', '\n']).unwrap_or(app.len()).min(80);
                        let app = &app[..crate::segment::blocks::floor_char(app, cut)];
                        let opens =
                            ["a ", "an ", "the ", "its ", "his ", "her ", "their "].iter().any(|d| app.starts_with(d));
                        // The apposition's head is the role's head: the last word before a
                        // preposition or relative ("a spokeswoman for Acme", not "Nick Park, a
                        // campaign aide" for "the campaign" or "Park, the poll found").
                        let ws: Vec<&str> = app
                            .split_whitespace()
                            .take_while(|x| {
                                !matches!(
                                    *x,
                                    "of" | "for"
                                        | "at"
                                        | "in"
                                        | "with"
                                        | "from"
                                        | "to"
                                        | "on"
                                        | "who"
                                        | "which"
                                        | "that"
                                )
                            })
                            .collect();
                        let app_head = ws.last().map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()));
                        if opens
                            && ws.len() <= 6
                            && app_head.is_some_and(|h| h.eq_ignore_ascii_case(head))
                            && all_in(app)
                        {
                            return Some(e);
                        }
                    }
                    // "Mayor Ana Holt", "spokeswoman Jo Lund": the role right before the name.
                    // "Sen. Tom Berg" for "the senator": an abbreviated title stands for its word.
                    let before = self.text.get(..m.start).unwrap_or("").trim_end().trim_end_matches('.');
                    if words.len() == 1
                        && before
                            .rsplit(|c: char| !c.is_alphanumeric())
                            .next()
                            .is_some_and(|x| x.eq_ignore_ascii_case(head) || title_abbreviation(x) == Some(head))
                    {
                        return Some(e);
                    }
                }
                EntityType::Org if words.len() == 1 => {
                    let name = &self.text[m.range()];
                    let last = name.rsplit(' ').next().unwrap_or("");
                    // "Acme Corp." for "the company".
                    let suffix = last.trim_end_matches('.');
                    let company = matches!(head, "company" | "firm")
                        && (crate::entities::tagged::CORPORATE_SUFFIXES.contains(&suffix) || suffix == "Group");
                    if last.eq_ignore_ascii_case(head) || company {
                        return Some(e);
                    }
                }
                _ => {}
            }
        }
        None
    }
}

/// How many earlier mentions a definite role looks back through for its antecedent.
const NOMINAL_LOOKBACK: usize = 40;

/// Extract quotes.
pub fn extract(text: &str, seg: &Segmentation, entities: &[Entity], models: &Models, opts: &Options) -> Vec<Quote> {
    extract_tokenized(text, seg, &content_sentences(text, seg, opts), entities, models, opts)
}

/// [`extract`] from the [`content_sentences`] the caller already has (tokenized once for
/// entities and quotes).
pub fn extract_tokenized(
    text: &str,
    seg: &Segmentation,
    sents: &[(usize, Vec<Token>)],
    entities: &[Entity],
    models: &Models,
    opts: &Options,
) -> Vec<Quote> {
    // An editor's note speaks for the publisher about the story; its reports are not the story's.
    let editors_note = |i: usize| {
        seg.blocks[i].kind == BlockKind::Correction && {
            let head: String = text[seg.blocks[i].span.range()].chars().take(13).collect();
            head.to_lowercase().replace('’', "'").starts_with("editor's note")
        }
    };
    // Whether quotes may come from each block, decided once per block.
    let speaking: Vec<bool> = (0..seg.blocks.len())
        .map(|i| opts.include_boilerplate || seg.blocks[i].kind.is_content() && !editors_note(i))
        .collect();
    let blocks: Vec<usize> = (0..seg.blocks.len()).filter(|&i| speaking[i]).collect();
    let block_spans: Vec<Span> = blocks.iter().map(|&i| seg.blocks[i].span).collect();
    let pairs = marks::pair(text, &block_spans);
    let (pairs, labels) = split_turns(text, pairs, entities, models);
    let mut mentions: Vec<(Span, usize)> =
        entities.iter().enumerate().flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.span, i))).collect();
    mentions.sort_by_key(|m| m.0.start);
    let res = Resolver { text, models, entities, mentions };
    let sent_of = |pos: usize| -> Option<Span> {
        let i = seg.sentences.partition_point(|s| s.span.end <= pos);
        seg.sentences.get(i).filter(|s| s.span.start <= pos).map(|s| s.span)
    };
    let block_of = |pos: usize| -> Option<usize> {
        let i = block_spans.partition_point(|b| b.end <= pos);
        (i < block_spans.len() && block_spans[i].start <= pos).then_some(i)
    };

    // The tokens of the sentence before an opening mark (at most `WINDOW` bytes).
    let tokens_before = |open: usize| -> Vec<Token> {
        let from = ceil(text, sent_of(open).map_or(open, |s| s.start).max(open.saturating_sub(WINDOW)));
        tokenize(text, Span::new(from, open.max(from)))
    };
    let mut quotes: Vec<Quote> = Vec::new();
    let mut fragments: Vec<Span> = Vec::new();
    let mut direct_ranges: Vec<(Span, bool)> = Vec::new();
    // Where an attribution after the quotation may end: its sentence's end, or when the
    // sentence ends at the closing mark (“…!” he said), the end of the sentence after it in
    // the same paragraph.
    let after_end = |q: &marks::Pair| -> usize {
        let close_sent = sent_of(q.close).map_or(q.close_end, |s| s.end);
        let rest = text[q.close_end..].len() - text[q.close_end..].trim_start().len();
        let after_sent = sent_of(q.close_end + rest)
            .filter(|s| block_of(s.start).is_some() && block_of(s.start) == block_of(q.close))
            .map_or(close_sent, |s| s.end);
        close_sent.max(after_sent).max(q.close_end)
    };
    // True when a quotation has an attribution of its own right after it (not a sentence
    // that reports something else: "…” Park added that …").
    let attributed = |q: &marks::Pair| -> bool {
        let toks = tokenize(text, Span::new(q.close_end, ceil(text, after_end(q).min(q.close_end + WINDOW))));
        let close_sent = sent_of(q.close).map_or(q.close_end, |s| s.end);
        attribution::after(text, &toks, 0, models).is_some_and(|a| !opens_report(text, &toks, &a, close_sent, models))
    };
    let mut k = 0;
    while k < pairs.len() {
        let p = &pairs[k];
        let mut parts: Vec<Span> = p.parts.iter().map(|s| content(text, *s)).filter(|s| !s.is_empty()).collect();
        if parts.is_empty() {
            k += 1;
            continue;
        }
        let mut raw_end = p.close_end;
        // A quotation whose closing mark is missing (closed at its paragraph's end).
        let mut unclosed = !p.closed;
        let close_sent = sent_of(p.close).unwrap_or(Span::new(p.close, p.close_end));
        let next_open = pairs.get(k + 1).map_or(text.len(), |q| q.open);
        // "…,” Bill Lund, wearing “Vote Berg” pins, said.": a short quotation inside an aside
        // of the attribution (after a lowercase word, before one) does not end its window.
        let aside_quote = pairs.get(k + 1).filter(|q| {
            let lead = text[p.close_end..q.open].trim_end();
            q.parts.len() == 1
                && q.span().len() <= 40
                && word_count(&text[q.span().range()]) <= 4
                && lead.contains(',')
                && lead.rsplit(' ').next().is_some_and(|x| x.chars().all(|c| c.is_lowercase()))
                && text[q.close_end..].strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_lowercase))
        });
        let window_end = aside_quote.map_or(next_open, |_| pairs.get(k + 2).map_or(text.len(), |r| r.open));
        let lim = ceil(text, after_end(p).min(window_end).min(p.close_end + WINDOW));
        let toks = tokenize(text, Span::new(p.close_end, lim.max(p.close_end)));
        let label = labels[k];
        // The attribution after the quotation stands in a new sentence.
        let new_sentence = toks.first().is_some_and(|f| f.span.start >= close_sent.end);
        // "Berg said, “A.” He added, “B.”": a new sentence's attribution that introduces the
        // next quotation is that one's, when this one has an introduction of its own.
        // So is any attribution of a new sentence after a quotation introduced with a colon
        // ("Lund said: “…” Berg disagreed, saying …").
        let introduces_next = |a: &Attribution| {
            let next = lim == next_open
                && toks.get(a.end_tok).is_some_and(|t| &text[t.span.range()] == ",")
                && toks[a.end_tok..].iter().all(|t| t.kind == TokenKind::Punctuation);
            (next || text[..p.open].trim_end().ends_with(':')) && new_sentence && {
                let bt = tokens_before(p.open);
                attribution::before(text, &bt, bt.len(), models).is_some()
                    // ("She says Berg represents the “same rigged system.” She adds, “…”": a
                    // quotation finishing a reported sentence has that sentence's cue.)
                    || (next && prefix_subject(text, sent_of(p.open), p.open, models).is_some())
            }
        };
        let mut attr: Option<(Attribution, f32)> = attribution::after(text, &toks, 0, models)
            .filter(|a| label.is_none() && !opens_report(text, &toks, a, close_sent.end, models) && !introduces_next(a))
            // ("Lund mocked Berg, who she dubbed “the little mayor.” She laughed.": the naming
            // clause attributes the quotation, not the next sentence.)
            .filter(|_| !(new_sentence && named_by_relative(text, p.open, true)))
            .or_else(|| attribution::dash_credit(text, &toks, models).filter(|_| label.is_none()))
            .map(|a| (a, 0.85));
        // A short unattributed quote inside a sentence is a fragment (scare quotes, partial
        // quotes) that may make a reported sentence Mixed.
        let embedded = sent_of(p.open).is_some_and(|s| word_count(&text[s.start..p.open]) >= 2);
        // "The plan is “a disgrace,” she said.": a quotation finishing a sentence begun outside
        // it, attributed after it, is a mixed quote over the whole sentence.
        // After a dash it opens an aside of its own ("Lee called the plan rushed - “We need the
        // details,” she said - and left.").
        let before_open = text[..p.open].trim_end();
        let aside = before_open.ends_with(['—', '–']) || before_open.ends_with(" -") || before_open.ends_with("--");
        // One word before a quotation that opens in lower case ("Mills “got immunity,” Lee
        // said.") is the sentence's subject, and the quotation goes on with it.
        let one_word_subject = || {
            sent_of(p.open).is_some_and(|s| {
                let lead = text[s.start..p.open].trim();
                word_count(lead) == 1 && !LINKS.contains(&lead) && lead.starts_with(char::is_uppercase)
            }) && parts.first().is_some_and(|f| text[f.range()].starts_with(|c: char| c.is_lowercase()))
        };
        let one_word = !embedded && one_word_subject();
        let mixed_lead = (attr.is_some() && (embedded || one_word) && !before_open.ends_with(':') && !aside)
            .then(|| sent_of(p.open).map(|s| reported::trim(text, Span::new(s.start, p.open))))
            .flatten()
            .filter(|l| !l.is_empty());
        let mut colon_spk: Option<(Span, SpeakerKind)> = None;
        // The sentence's tokens before the opening mark, when no attribution follows the quote.
        let mut btoks: Vec<Token> = Vec::new();
        let mut skip_title = false;
        if let Some((a, _)) = attr {
            // Interrupted quote: "A," he said, "B."
            let gap_start = toks.get(a.end_tok.saturating_sub(1)).map_or(p.close_end, |t| t.span.end);
            // A title in quotation marks inside the attribution ("…,” Park said on “Harbour
            // Morning Hour.” “…”) stands between them.
            let title = pairs.get(k + 1).filter(|t| {
                pairs.get(k + 2).is_some() && t.parts.len() == 1 && title_case(&text[t.span().range()]) && {
                    // After a word of the attribution ("on", "NBC’s") or as the listener of
                    // "told", not after the attribution's closing comma or colon.
                    let before = text[gap_start.min(t.open)..t.open].trim();
                    let listener = matches!(&text[a.cue.range()], "told" | "tells" | "tell");
                    (!before.is_empty() || listener)
                        && !before.ends_with([',', ':'])
                        && !before.contains(['.', '!', '?'])
                }
            });
            let nk = k + 1 + usize::from(title.is_some() || aside_quote.is_some());
            if let Some(q) = pairs.get(nk).filter(|q| (mixed_lead.is_none() || one_word) && !attributed(q)) {
                let gap_start = gap_start.min(q.open);
                let gap = &text[gap_start..q.open];
                // The gap without the title's own marks.
                let plain = match title {
                    Some(t) => [&text[gap_start..t.open], &text[t.close_end..q.open]],
                    None => [gap, ""],
                };
                // Only punctuation between the attribution and the next quote, or the rest of
                // the attribution's sentence ("…, who chairs the committee.") when short.
                let only_punct = gap.chars().all(|c| c.is_whitespace() || c == ',' || c == ':' || c == '—' || c == '.');
                let short_tail = gap.len() <= 250
                    && gap.trim_end().trim_end_matches(['"', '”', '\'', '’']).ends_with(['.', ','])
                    && plain.iter().all(|x| !x.contains(['"', '“', '”']) && !x.contains("''"));
                // "…,” Park said. He added, “…”": a new sentence with its own attribution, or
                // "…,” Park said, referring to the bill. “…”": a report of its own between them
                // (looked for only when the gap could join the quotes).
                let own_attribution = !only_punct && short_tail && {
                    let g = tokenize(text, Span::new(gap_start, q.open));
                    let from =
                        g.iter().rposition(|t| matches!(&text[t.span.range()], "." | "!" | "?")).map_or(0, |i| i + 1);
                    attribution::before(text, &g[from..], g.len() - from, models).is_some()
                        || (1..g.len()).any(|i| {
                            // "…,” Lind sang to Pell before asking her, “…”" too.
                            matches!(&text[g[i - 1].span.range()], "," | "before" | "after" | "while")
                                && text[g[i].span.range()].ends_with("ing")
                                && !text[g[i].span.range()].eq_ignore_ascii_case("according")
                                && attribution::cue_at(text, &g, i, models).is_some()
                                // "…,” Park said, referring to the bill. “…”": a participle clause
                                // closing the attribution's sentence leaves the quote whole
                                // (its report is taken below) unless it brings the next words
                                // ("adding", "asking": "…,” Park said, adding: “…”").
                                && !(&text[g[i - 1].span.range()] == ","
                                    && gap.trim_end().ends_with('.')
                                    && !matches!(
                                        &text[g[i].span.range()],
                                        "adding" | "asking" | "saying" | "telling" | "continuing"
                                    ))
                        })
                };
                // "…,” Park said.¶“…”": a quotation opening the next paragraph right after the
                // attribution's sentence (nothing else follows the attribution) goes on too.
                let next_paragraph = || {
                    let (Some(bp), Some(bq)) = (block_of(p.close), block_of(q.open)) else {
                        return false;
                    };
                    let g = tokenize(text, Span::new(gap_start, q.open));
                    let stops = g.iter().filter(|t| matches!(&text[t.span.range()], "." | "!" | "?")).count();
                    bq == bp + 1
                        && text[block_spans[bq].start..q.open].trim().is_empty()
                        && title.is_none()
                        && stops == 1
                        && g.last().is_some_and(|t| matches!(&text[t.span.range()], "." | "!" | "?"))
                };
                if (only_punct || short_tail)
                    && !own_attribution
                    && (block_of(q.open) == block_of(p.close) || next_paragraph())
                {
                    parts.extend(q.parts.iter().map(|s| content(text, *s)).filter(|s| !s.is_empty()));
                    raw_end = q.close_end;
                    unclosed |= !q.closed;
                    k = nk;
                }
            }
            // A title left between them is no quotation of its own, and no report's content.
            if let Some(t) = title.filter(|_| raw_end <= p.close_end) {
                skip_title = true;
                raw_end = t.close_end;
            }
        } else if let Some(who) = label {
            colon_spk = Some((who, SpeakerKind::Name));
        } else {
            btoks = tokens_before(p.open);
            // "said that “…”", "vowed to “…”": the quotation is part of a reported content
            // (a mixed quote), found with reported speech below.
            let subordinate = btoks
                .last()
                .is_some_and(|t| matches!(&text[t.span.range()], "that" | "to" | "whether" | "if" | "because" | "how"));
            // A lowercase quotation right after a word of the clause, with no comma or colon
            // between, and that word's cue length (if it is a cue).
            let word_before = btoks.last().filter(|t| {
                t.kind == TokenKind::Word
                    && text[t.span.end..p.open].trim().is_empty()
                    && parts[0].start < text.len()
                    && text[parts[0].start..].starts_with(|c: char| c.is_lowercase())
            });
            let cue_len = word_before.and_then(|_| attribution::cue_at(text, &btoks, btoks.len() - 1, models));
            // "said he would fight the “reckless plan”": after a word that is no cue, the
            // quotation goes on with that clause.
            let runs_on = word_before.is_some() && cue_len.is_none();
            // "said “it makes me mad” every time he …": right after the cue, a quotation whose
            // clause goes on after the closing mark (not with "and", "but", "or") is the start of
            // a reported content.
            let cue_runs_on = word_before.is_some_and(|t| {
                cue_len == Some(1)
                    && models.cue_lemma(&text[t.span.range()].to_lowercase()) != Some("call")
                    // ("chanting “no contract, no peace” after …": a gerund's quotation is its own.)
                    && !text[t.span.range()].ends_with("ing")
            }) && {
                let rest = text[p.close_end..].trim_start_matches([' ', '\u{a0}']);
                let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                // (Not after a comma or stop inside the marks: "said “…,” the speaker is …".)
                !word.is_empty()
                    && !text[..p.close].trim_end().ends_with([',', '.', '!', '?'])
                    && word.starts_with(|c: char| c.is_lowercase())
                    && !matches!(word, "and" | "but" | "or" | "said" | "says" | "added" | "adding")
            };
            let subordinate = subordinate || runs_on || cue_runs_on;
            if !subordinate {
                attr = attribution::before(text, &btoks, btoks.len(), models).map(|a| (a, 0.85));
                // "Park said the campaign will highlight “the real choice”": a cue inside the
                // content of an earlier cue is part of that report, and so is the quotation.
                // The earlier cue is a verb of saying or thinking, not a noun ("uttering charges
                // that Park called “…”") or a word of another clause ("at which point the crowd
                // chanted “…”").
                let says = |k: usize| {
                    let x = text[btoks[k].span.range()].to_ascii_lowercase();
                    !matches!(x.as_str(), "claims" | "notes" | "reports")
                        && attribution::cue_at(text, &btoks, k, models) == Some(1)
                        && matches!(models.cue_lemma(&x), Some(l) if NESTING_CUES.contains(&l))
                };
                let nested = attr.is_some_and(|(a, _)| {
                    let si = btoks.partition_point(|t| t.span.start < a.speaker.start);
                    si > 0
                        && a.speaker.start < a.cue.start
                        && (says(si - 1) || (si > 1 && &text[btoks[si - 1].span.range()] == "that" && says(si - 2)))
                });
                if nested {
                    attr = None;
                }
            }
            if attr.is_none() {
                // "More from Park: “…”": a name before a colon speaks the quotation.
                colon_spk = attribution::colon_name(text, &btoks, models)
                    .map(|sp| (sp, SpeakerKind::Name))
                    .or_else(|| attribution::colon_subject(text, &btoks, models));
            }
            if attr.is_none() {
                // "Smith said:" closing the previous paragraph.
                if let Some(bi) = block_of(p.open) {
                    if bi > 0
                        && text[block_spans[bi].start..p.open].trim().is_empty()
                        && text[block_spans[bi - 1].range()].ends_with(':')
                    {
                        let ptoks = paragraph_tail(text, block_spans[bi - 1]);
                        attr = attribution::before(text, &ptoks, ptoks.len(), models).map(|a| (a, 0.7));
                        if attr.is_none() {
                            colon_spk = attribution::colon_name(text, &ptoks, models)
                                .map(|sp| (sp, SpeakerKind::Name))
                                .or_else(|| attribution::colon_subject(text, &ptoks, models));
                        }
                    }
                }
            }
        }
        let span = Span::new(parts[0].start, parts[parts.len() - 1].end);
        let words = word_count(&text[span.range()]);
        k += 1 + usize::from(skip_title);
        // A title in quotation marks ("said on “Harbour Morning Hour.”", "his book “The Long Road.”")
        // is no quotation at all.
        // So is a title-case quotation between "told" and "that" ("told “Harbour Morning
        // Hour” that …": the programme is the listener).
        let told_that = || {
            let last = text[..p.open].trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            matches!(last, "told" | "tells" | "telling") && text[raw_end..].trim_start().starts_with("that ")
        };
        if parts.len() == 1 && title_case(&text[span.range()]) && (names_work(text, p.open) || told_that()) {
            continue;
        }
        // "—“Sam Lund leaves the port board,” by Times' Jo Park:": a work and its author.
        if parts.len() == 1 && by_author(text, p.close_end) {
            continue;
        }
        // "'Legend in the Coal Fields.'" alone on its line: a subheading in quotation marks.
        let whole_block = || {
            block_of(p.open).is_some_and(|b| {
                let bs = block_spans[b];
                raw_end <= bs.end && text[bs.start..p.open].trim().is_empty() && text[raw_end..bs.end].trim().is_empty()
            })
        };
        if attr.is_none()
            && colon_spk.is_none()
            && label.is_none()
            && parts.len() == 1
            && title_case(&text[span.range()])
            && whole_block()
        {
            fragments.push(Span::new(p.open, raw_end));
            continue;
        }
        // A short quotation running on from its sentence ("the probe is “ongoing.”") is a
        // fragment even with a cue before it; after ":" or "," it is a real (short) quote.
        let lead_in = text[..p.open].trim_end().ends_with([':', ',']);
        // "chanting “U-S-A! U-S-A!”": a short quotation right after a speech verb, ending in
        // its own stop or closing the sentence, is what was said (not a fragment: "said
        // “budget reforms” would …", "called it “shameful”").
        let after_cue = attr.is_some_and(|(a, _)| {
            a.cue.end <= p.open
                && text[a.cue.end..p.open].trim().is_empty()
                && matches!(models.cue_lemma(&text[a.cue.range()].to_ascii_lowercase()), Some(l) if SAID_ALOUD.contains(&l))
        }) && (text[span.range()].trim_end().ends_with(['.', '!', '?', ','])
            || text[raw_end..].trim_start().starts_with(['.', '!', '?'])
            || text[raw_end..].starts_with('\n'));
        // ("the levy, which Lund called “a cartel,”": a naming by a relative clause is its own
        // however short; see `named_label`.)
        let named = attr.is_some() && named_by_relative(text, p.open, false);
        let short_embedded = words < 3 && embedded && !lead_in && parts.len() == 1 && !after_cue && !named;
        // "…, he demurred: “Whichever one I’m in.”": a quotation after a colon that closes a
        // clause is what the clause announces, however short.
        let after_colon = before_open.ends_with(':') && parts.len() == 1;
        if (attr.is_none() && colon_spk.is_none() && !after_colon && (words < 3 || (words <= 8 && embedded)))
            || short_embedded
        {
            fragments.push(Span::new(p.open, raw_end));
            continue;
        }
        let (mut conf, speaker, cue) = match attr {
            Some((a, c)) => (
                c + if a.kind == SpeakerKind::Name { 0.05 } else { 0.0 },
                Some(res.speaker(a.speaker, a.kind)),
                Some(a.cue),
            ),
            None if colon_spk.is_some() => {
                (0.7, colon_spk.map(|(sp, kind)| res.speaker(sp, kind)), label.map(|w| Span::new(w.end, w.end + 1)))
            }
            None if after_colon => {
                // The subject of the clause the colon closes speaks ("Kelly responded, with a
                // smile: “…”"); `btoks` holds that clause (no attribution and no label, so the
                // branch looking before the quote ran).
                let who = attribution::subject(text, &btoks, models);
                (0.5, who.map(|(sp, kind)| res.speaker(sp, kind)), None)
            }
            None => match continued(text, &block_spans, block_of(p.open), p.open, &quotes) {
                // A quote opening the paragraph right after an attributed one goes on with it.
                Some(sp) => (0.6, Some(sp), None),
                // "Ana Lund spoke first.¶“…”": the speaker the paragraph before announced.
                None => match announced(text, &block_spans, block_of(p.open), p.open, models) {
                    Some((sp, kind)) => (0.5, Some(res.speaker(sp, kind)), None),
                    None => (0.35, None, None),
                },
            },
        };
        if words < 3 {
            conf -= 0.15;
        }
        if unclosed {
            conf -= 0.1;
        }
        direct_ranges.push((Span::new(p.open, raw_end), attr.is_some() || colon_spk.is_some()));
        // "The plan is “a disgrace,” she said.": a quotation finishing a sentence begun outside
        // it, attributed after it, is a mixed quote over the whole sentence.
        // "An economic downturn, he said, “could be a good time …”": a lowercase quotation
        // after an interrupting attribution finishes the clause before it (Mixed, two parts).
        let interrupted_lead = attr
            .filter(|_| !btoks.is_empty() && mixed_lead.is_none())
            .filter(|(a, _)| {
                text[a.cue.end.min(p.open)..p.open].trim() == ","
                    && text[parts[0].start..].starts_with(|c: char| c.is_lowercase())
            })
            .and_then(|(a, _)| {
                // (`btoks` starts inside the quotation's sentence.)
                let from = btoks[0].span.start;
                let before = text[from..a.speaker.start.max(from)].trim_end().strip_suffix(',')?;
                // The clause the attribution interrupts starts after the last comma or dash
                // before it ("…, and Ms. Lund, she said, “…”").
                let start = before
                    .rfind([',', ';', ':', '—', '–'])
                    .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
                let lead = reported::trim(text, Span::new(from + start, from + before.len()));
                let l = &text[lead.range()];
                // ("Minutes later, she sent an email saying, “done.”": a time phrase is no clause.)
                let time = l.split(' ').next().is_some_and(|x| {
                    matches!(
                        x.to_ascii_lowercase().as_str(),
                        "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments" | "seconds"
                    )
                }) && l.rsplit(' ').next().is_some_and(|x| matches!(x, "later" | "earlier" | "ago"));
                (word_count(l) > 1 && !time && !l.contains(['"', '“', '”'])).then_some(lead)
            });
        if let Some(lead) = interrupted_lead {
            let mut parts = parts;
            parts.insert(0, lead);
            let span = Span::new(lead.start, span.end);
            quotes.push(Quote { span, parts, kind: QuoteType::Mixed, cue, speaker, confidence: conf });
            continue;
        }
        if let Some(lead) = mixed_lead {
            // The span holds the opening mark the lead runs into, so it holds the closing one
            // too ("The pier is “safe as houses,”").
            let closing = raw_end > span.end
                && text[span.end..raw_end]
                    .chars()
                    .all(|c| c.is_ascii_punctuation() || matches!(c, '”' | '’' | '»' | '“'));
            let span = Span::new(lead.start, if closing { raw_end } else { span.end });
            // After a one-word subject the quotation keeps its parts ("Mills “got it,” Lee
            // said, “and kept it.”"), the first one reaching back to the subject.
            let mut parts = parts;
            if one_word && parts.len() > 1 {
                parts[0].start = lead.start;
            } else {
                parts = vec![span];
            }
            quotes.push(Quote { span, parts, kind: QuoteType::Mixed, cue, speaker, confidence: conf });
            continue;
        }
        quotes.push(Quote { span, parts, kind: QuoteType::Direct, cue, speaker, confidence: conf });
    }

    // Reported speech, sentence by sentence.
    let mut quoted: Vec<Span> = direct_ranges.iter().map(|d| d.0).chain(fragments.iter().copied()).collect();
    quoted.sort_by_key(|s| s.start);
    let blocked: Vec<Span> = direct_ranges.iter().filter(|d| d.1).map(|d| d.0).collect();
    let mut absorbed: Vec<Span> = Vec::new();
    // The block whose paragraph-opening speaker label ("Park: …") took it whole.
    let mut labelled: Option<usize> = None;
    for &(si, ref toks) in sents {
        let sent = seg.sentences[si].span;
        let bi = seg.sentences[si].block;
        if labelled == Some(bi) || !speaking[bi] {
            continue;
        }
        let block = seg.blocks[bi].span;
        if sent.start == block.start {
            // A headline names its source before a colon ("Poll: …", "Harbour Board: …").
            let headline = bi == 0 || seg.blocks[bi].kind == BlockKind::Headline;
            // A headline asking a question ("Park: Reformer or Careerist?") reports nothing.
            let asks = headline && text[block.range()].trim_end().ends_with('?');
            let found = reported::label(text, toks, models)
                .filter(|(who, _)| names_person(text, entities, *who))
                .or_else(|| {
                    headline
                        .then(|| reported::headline_label(text, toks, models, |who| names_person(text, entities, who)))
                        .flatten()
                })
                .filter(|_| !asks);
            if let Some((who, first)) = found {
                let body = Span::new(toks[first].span.start, clause_end(text, block));
                // A quotation in the body that the label itself speaks ("Park: ‘No Idea’ If …")
                // is part of the label's report, not an attribution of its own.
                // A body that is that one quotation stays a direct quote.
                let edge = |c: char| !c.is_alphanumeric();
                let core = |sp: Span| text[sp.range()].trim_matches(edge);
                let label_speaks = |q: &Quote, within: Span| {
                    q.kind == QuoteType::Direct
                        && within.contains(q.span)
                        && q.speaker.as_ref().is_some_and(|s| s.span == who)
                };
                let by_label = |b: &Span| quotes.iter().any(|q| label_speaks(q, *b) && core(q.span) != core(body));
                let attributed_inside =
                    blocked.iter().any(|b| b.start < body.end && body.start < b.end && !(headline && by_label(b)));
                if !attributed_inside {
                    quotes.retain(|q| !(headline && label_speaks(q, body)));
                    let inner: Vec<Span> =
                        quoted.iter().filter(|q| q.start < body.end && body.start < q.end).copied().collect();
                    let kind = if inner.is_empty() { QuoteType::Indirect } else { QuoteType::Mixed };
                    absorbed.extend(inner);
                    quotes.push(Quote {
                        span: body,
                        parts: vec![body],
                        kind,
                        cue: Some(Span::new(who.end, who.end + 1)),
                        speaker: Some(res.speaker(who, SpeakerKind::Name)),
                        confidence: 0.5,
                    });
                    labelled = Some(bi);
                    continue;
                }
            }
        }
        // A dateline opening the sentence ("PARIS (Reuters) - …") is not part of its clause.
        let toks = &toks[attribution::dateline_end(text, toks)..];
        let q0 = quoted.partition_point(|q| q.end <= sent.start);
        let q1 = quoted.partition_point(|q| q.start < sent.end);
        let b0 = blocked.partition_point(|q| q.end <= sent.start);
        let b1 = blocked.partition_point(|q| q.start < sent.end);
        let found = reported::find(text, toks, clause_end(text, sent), models, &quoted[q0..q1], &blocked[b0..b1]);
        for r in found {
            let outer = Span::new(r.lead.map_or(r.content.start, |l| l.start), r.content.end);
            let inner: Vec<Span> =
                quoted[q0..q1].iter().filter(|q| q.start < outer.end && outer.start < q.end).copied().collect();
            let mut kind = if inner.is_empty() { QuoteType::Indirect } else { QuoteType::Mixed };
            let mut parts: Vec<Span> = r.lead.into_iter().chain([r.content]).collect();
            let mut outer = outer;
            // "According to Lind, “The harbour is full.”": a content that is one whole quotation
            // is that direct quote, marks excluded.
            if let [q] = inner[..] {
                let mark = |c: char| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’' | '«' | '»' | '`');
                let edge = |a: usize, b: usize| text[a..b].chars().all(|c| mark(c) || c == ',' || c.is_whitespace());
                let within = q.start <= outer.start && outer.end <= q.end;
                let whole = q.start >= outer.start
                    && q.end <= outer.end
                    && edge(outer.start, q.start)
                    && edge(q.end, outer.end);
                if r.lead.is_none() && (within || whole) {
                    let inside = &text[q.range()];
                    let a = q.start + (inside.len() - inside.trim_start_matches(mark).len());
                    let t = text[a..q.end].trim_end_matches(|c: char| mark(c) || c == ',' || c.is_whitespace());
                    let body = Span::new(a, a + t.len());
                    if !body.is_empty() {
                        kind = QuoteType::Direct;
                        outer = body;
                        parts = vec![body];
                    }
                }
            }
            // "Park said the plan was “a mistake. It failed.”", "Lund is “smart as hell,” Berg
            // wrote": a content that ends inside a quotation it opened (at a sentence end, or
            // before the comma in its closing mark) runs on to that mark, within the paragraph
            // and short of the cue.
            if kind == QuoteType::Mixed {
                let end = r.content.end;
                let open = inner.iter().find(|q| q.start >= r.content.start && q.start < end && q.end > end);
                let past_cue = |q: &&Span| r.attr.cue.start >= end && q.end > r.attr.cue.start;
                if let Some(q) = open.filter(|q| !text[end..q.end].contains('\n') && !past_cue(q)) {
                    outer.end = q.end;
                    if let Some(last) = parts.last_mut() {
                        last.end = q.end;
                    }
                }
            }
            absorbed.extend(inner);
            let conf = if kind == QuoteType::Mixed { r.confidence + 0.1 } else { r.confidence };
            quotes.push(Quote {
                span: outer,
                parts,
                kind,
                cue: Some(r.attr.cue),
                speaker: (!r.attr.speaker.is_empty()).then(|| res.speaker(r.attr.speaker, r.attr.kind)),
                confidence: conf,
            });
        }
    }
    // "“A,” said Lund, who said the plan failed. “B.”": the attribution joining two parts of a
    // direct quote may hold a report of its own in a relative clause, which the quote's range
    // hid from the sentences above. Only speech cues: "who supports …" there is a description.
    // So may a participle clause after a comma ("“A,” Lund said, referring to the levy. “B.”"),
    // any cue's gerund.
    let mut relative = Vec::new();
    for q in quotes.iter().filter(|q| q.kind == QuoteType::Direct && q.parts.len() > 1) {
        for pair in q.parts.windows(2) {
            let g = tokenize(text, Span::new(pair[0].end, pair[1].start));
            let who = g.iter().position(|t| &text[t.span.range()] == "who");
            let gerund = (1..g.len()).find(|&i| {
                &text[g[i - 1].span.range()] == ","
                    && text[g[i].span.range()].ends_with("ing")
                    && text[g[i].span.range()].starts_with(char::is_lowercase)
            });
            let Some(anchor) = who.or(gerund) else { continue };
            let Some(stop) = g.iter().rposition(|t| matches!(&text[t.span.range()], "." | "!" | "?")) else {
                continue;
            };
            if stop <= anchor {
                continue;
            }
            // (From the attribution's first word: the closing mark before it is no content.)
            let from = g.iter().position(|t| t.kind == TokenKind::Word).unwrap_or(0).min(anchor);
            for r in reported::find(text, &g[from..stop], g[stop].span.start, models, &[], &[]) {
                let speech =
                    attribution::cue_lemma(text, r.attr.cue, models).is_some_and(|l| NESTING_CUES.contains(&l));
                let placed = if who.is_some() {
                    speech && r.attr.cue.start > g[anchor].span.start
                } else {
                    // The gerund's own report, or the cue's before it ("said, emphasizing …").
                    r.attr.cue.start == g[anchor].span.start || r.content.start == g[anchor].span.start
                };
                if placed && r.lead.is_none() && r.content.start >= r.attr.cue.end {
                    relative.push(Quote {
                        span: r.content,
                        parts: vec![r.content],
                        kind: QuoteType::Indirect,
                        cue: Some(r.attr.cue),
                        speaker: (!r.attr.speaker.is_empty()).then(|| res.speaker(r.attr.speaker, r.attr.kind)),
                        confidence: r.confidence,
                    });
                }
            }
        }
    }
    quotes.extend(relative);
    // "The governor added:¶It is typical of …": a paragraph a cue and a colon introduce, with
    // no quotation of its own, is the speaker's passage; reports found inside it are its words.
    for b in block::find(text, &block_spans, models) {
        if quoted.iter().any(|q| q.start < b.content.end && b.content.start < q.end) {
            continue;
        }
        quotes.retain(|q| !b.content.contains(q.span));
        quotes.push(Quote {
            span: b.content,
            parts: vec![b.content],
            kind: QuoteType::Indirect,
            cue: Some(b.attr.cue),
            speaker: Some(res.speaker(b.attr.speaker, b.attr.kind)),
            confidence: 0.6,
        });
    }
    named_label(text, &blocked, &mut quotes);
    if !absorbed.is_empty() {
        // Unattributed direct quotes inside reported speech are part of a mixed quote.
        absorbed.sort_by_key(|s| s.start);
        quotes.retain(|q| {
            let i = absorbed.partition_point(|a| a.start <= q.span.start);
            q.kind != QuoteType::Direct || q.speaker.is_some() || i == 0 || !absorbed[i - 1].contains(q.span)
        });
    }
    quotes.retain(|q| q.confidence >= opts.min_quote_confidence);
    // The same quotation can be found twice: once after a colon with the clause's subject as
    // speaker and no cue, and again by reported speech as the whole content of "said in a
    // statement: “…”". One quote per span: the more confident (the one with the cue) stays.
    quotes.sort_by(|a, b| {
        (a.span.start, a.span.end).cmp(&(b.span.start, b.span.end)).then(b.confidence.total_cmp(&a.confidence))
    });
    quotes.dedup_by(|later, kept| later.span == kept.span);
    // A quotation that runs on from a sentence with a cue before it, and that reported speech
    // did not take in, has the sentence's subject as speaker ("Park says if … “…”").
    for q in quotes.iter_mut().filter(|q| q.kind == QuoteType::Direct && q.speaker.is_none()) {
        if let Some((sp, kind)) = prefix_subject(text, sent_of(q.span.start), q.span.start, models) {
            q.speaker = Some(res.speaker(sp, kind));
            q.confidence += 0.15;
        }
    }
    follow_previous_speaker(text, &mut quotes);
    same_pronoun_same_person(text, entities, &mut quotes);
    quotes
}

/// "She says Berg represents the “…” She adds, “…”": a "he" or "she" speaker right after a quote
/// whose speaker is the same pronoun (in the same or the next paragraph) is that person, not
/// the person it resolved to when that person's last mention before it lies inside the first
/// quote (named in what was said). The second pronoun takes the first one's resolution,
/// unknown when that is unknown.
fn same_pronoun_same_person(text: &str, entities: &[Entity], quotes: &mut [Quote]) {
    for k in 1..quotes.len() {
        let Some(cur) = quotes[k].speaker.as_ref() else { continue };
        let p = text[cur.span.range()].to_ascii_lowercase();
        if !matches!(p.as_str(), "he" | "she") {
            continue;
        }
        let Some((j, prev)) = (0..k)
            .rev()
            .find_map(|j| quotes[j].speaker.as_ref().filter(|s| s.span.end <= cur.span.start).map(|s| (j, s)))
        else {
            continue;
        };
        let gap = &text[prev.span.end..cur.span.start];
        // Where the pronoun's person was last named before it.
        let named_in_quote = cur.entity.and_then(|e| entities.get(e)).is_some_and(|e| {
            e.mentions
                .iter()
                .rev()
                .find(|m| m.span.end <= cur.span.start)
                .is_some_and(|m| quotes[j].span.contains(m.span))
        });
        if text[prev.span.range()].eq_ignore_ascii_case(&p)
            && prev.entity != cur.entity
            && named_in_quote
            && gap.len() <= 2 * FOLLOW_GAP
            && gap.matches('\n').count() <= 2
        {
            let (entity, name) = (prev.entity, prev.name.clone());
            if let Some(s) = quotes[k].speaker.as_mut() {
                s.entity = entity;
                s.name = name;
            }
        }
    }
}

/// The cue words of a naming ("what she called “…”", "what he described as “…”").
const NAMING: &[&str] = &["call", "calls", "called", "describes", "described", "dubs", "dubbed", "terms", "termed"];

/// "denounced what it calls “the biggest attack in history”", "what Lund called “a fiasco”": a
/// quotation named by "what <speaker> called" is a phrase of the sentence around it, not a
/// direct quote of its own. When a reported content ends at "what … called", it goes on over
/// the quotation (one mixed quote, the outer speaker's); otherwise the naming is a mixed quote
/// from "what". So is one named by a relative clause ("the levy, which Lund called “a
/// cartel,”", "Berg, who she dubbed “the little mayor”"), from its pronoun.
fn named_label(text: &str, blocked: &[Span], quotes: &mut Vec<Quote>) {
    let mut drop = Vec::new();
    for i in 0..quotes.len() {
        let q = &quotes[i];
        let (Some(cue), Some(spk)) = (q.cue, q.speaker.as_ref()) else { continue };
        if q.kind != QuoteType::Direct || !(spk.span.end <= cue.start && cue.end <= q.span.start) {
            continue;
        }
        if !NAMING.iter().any(|x| x.eq_ignore_ascii_case(&text[cue.range()])) {
            continue;
        }
        // The quotation with its marks (as paired in `marks`); between the cue and its opening
        // mark, nothing or "as".
        let Some(marked) = blocked.iter().find(|b| b.start <= q.span.start && q.span.end <= b.end) else { continue };
        let gap = text[cue.end..marked.start].trim();
        if !(gap.is_empty() || gap == "as") || !text[spk.span.end..cue.start].trim().is_empty() {
            continue;
        }
        let before = text[..spk.span.start].trim_end();
        let Some(head) = ["what", "What", "which", "who", "whom"].iter().find_map(|x| before.strip_suffix(x)) else {
            continue;
        };
        if head.ends_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let what = head.len();
        let end = marked.end;
        let outer = quotes.iter().position(|r| {
            r.kind != QuoteType::Direct && r.span.start <= what && r.span.end >= what && r.span.end <= cue.end
        });
        if let Some(o) = outer {
            let r = &mut quotes[o];
            r.span = Span::new(r.span.start, end);
            if let Some(last) = r.parts.last_mut() {
                *last = Span::new(last.start, end);
            }
            r.kind = QuoteType::Mixed;
            drop.push(i);
        } else {
            let q = &mut quotes[i];
            q.span = Span::new(what, end);
            q.parts = vec![q.span];
            q.kind = QuoteType::Mixed;
        }
    }
    for i in drop.into_iter().rev() {
        quotes.remove(i);
    }
}

/// True when the quotation opening at byte `open` is named by a relative clause right before
/// it ("which Lund called “…”", "whom she described as “…”", "what it calls “…”"): the clause's
/// own attribution, so an attribution in the next sentence is not the quotation's ("what" only
/// when `what`).
fn named_by_relative(text: &str, open: usize, what: bool) -> bool {
    let before = text[..open].trim_end();
    let before = before.strip_suffix(" as").unwrap_or(before);
    let mut words = before.rsplit(' ');
    if !words.next().is_some_and(|cue| NAMING.iter().any(|x| x.eq_ignore_ascii_case(cue))) {
        return false;
    }
    for x in words.take(5) {
        if matches!(x, "which" | "who" | "whom") || (what && matches!(x, "what" | "What")) {
            return true;
        }
        if !x.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '’' | '\'' | '-')) {
            return false;
        }
    }
    false
}

/// A direct quote left without a speaker goes on from the quote just before it when that one
/// has a speaker and at most [`FOLLOW_GAP`] bytes and one paragraph break stand between them
/// ("Park said the plan failed.¶“B.”"). In the same paragraph, after a mixed quote with a
/// cue, it is that quote going on and joins it as a further part ("The plan is “a disgrace,”
/// she said. “B.”").
/// True when a paragraph label ("Velden:", "PENCE:") names a person of the document, by a
/// mention or a mention's last word ("Velden:" for "Mara Velden").
fn names_person(text: &str, entities: &[Entity], who: Span) -> bool {
    let name = &text[who.range()];
    entities.iter().filter(|e| e.kind == EntityType::Person).any(|e| {
        e.mentions.iter().any(|m| {
            let t = &text[m.span.range()];
            t == name || t.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(name))
        })
    })
}

/// Splits a multi-paragraph quotation that quotes a transcript into its speakers' turns: a
/// paragraph opening with a label that names a person of the document ("“PENCE: Well, …") or
/// is in capitals ("“WALLACE: …")
/// starts a new quotation, without its label, spoken by the label. Returns the pairs and,
/// for each, its label. A one-paragraph quotation is left whole.
fn split_turns(
    text: &str,
    pairs: Vec<marks::Pair>,
    entities: &[Entity],
    models: &Models,
) -> (Vec<marks::Pair>, Vec<Option<Span>>) {
    let mut out = Vec::with_capacity(pairs.len());
    let mut labels = Vec::with_capacity(pairs.len());
    for p in pairs {
        if p.parts.len() < 2 {
            out.push(p);
            labels.push(None);
            continue;
        }
        let mut cur =
            marks::Pair { open: p.open, close: p.close, close_end: p.close_end, parts: Vec::new(), closed: p.closed };
        let mut cur_label = None;
        let n = p.parts.len();
        for (i, part) in p.parts.iter().enumerate() {
            let head = Span::new(part.start, ceil(text, part.end.min(part.start + 80)));
            let toks = tokenize(text, head);
            // A label naming a person of the document, or in capitals ("WALLACE:") as
            // transcripts print their speakers.
            let turn = reported::label(text, &toks, models)
                .filter(|(who, _)| names_person(text, entities, *who) || marks::capitals_label(&text[who.range()]));
            if let Some((who, first)) = turn {
                if !cur.parts.is_empty() {
                    let end = cur.parts[cur.parts.len() - 1].end;
                    let done = marks::Pair { close: end, close_end: end, closed: true, ..cur };
                    out.push(done);
                    labels.push(cur_label);
                    cur = marks::Pair {
                        open: part.start,
                        close: p.close,
                        close_end: p.close_end,
                        parts: Vec::new(),
                        closed: p.closed,
                    };
                }
                cur_label = Some(who);
                cur.parts.push(Span::new(toks[first].span.start, part.end));
            } else {
                cur.parts.push(*part);
            }
            if i + 1 == n {
                out.push(std::mem::replace(
                    &mut cur,
                    marks::Pair { open: 0, close: 0, close_end: 0, parts: Vec::new(), closed: true },
                ));
                labels.push(cur_label);
            }
        }
    }
    (out, labels)
}

fn follow_previous_speaker(text: &str, quotes: &mut Vec<Quote>) {
    let mut joined = vec![false; quotes.len()];
    for k in 1..quotes.len() {
        if quotes[k].kind != QuoteType::Direct {
            continue;
        }
        let start = quotes[k].span.start;
        let Some(j) = (0..k).rev().find(|&j| !joined[j] && quotes[j].span.end <= start) else {
            continue;
        };
        let prev = &quotes[j];
        let gap = &text[prev.span.end..start];
        // "“A,” Lund said. “B.¶“C.”": a quote left open at its paragraph's end, with the next
        // paragraph reopening it (only an opening mark between them) and no cue of its own,
        // goes on there.
        let reopened = prev.kind == QuoteType::Direct
            && quotes[k].cue.is_none()
            && gap.contains('\n')
            && matches!(gap.trim(), "“" | "\"" | "«" | "‘" | "''");
        if !reopened
            && (quotes[k].speaker.is_some()
                || prev.speaker.is_none()
                || gap.len() > FOLLOW_GAP
                || gap.trim().matches('\n').count() > 2)
        {
            continue;
        }
        if reopened || !gap.contains('\n') && prev.cue.is_some() && prev.kind == QuoteType::Mixed {
            let (span, parts) = (quotes[k].span, std::mem::take(&mut quotes[k].parts));
            quotes[j].parts.extend(parts);
            quotes[j].span.end = span.end;
            joined[k] = true;
            continue;
        }
        let speaker = prev.speaker.clone();
        quotes[k].speaker = speaker;
        quotes[k].confidence += 0.15;
    }
    let mut k = 0;
    quotes.retain(|_| {
        k += 1;
        !joined[k - 1]
    });
}

/// Cues whose content may hold a clause with a cue of its own ("Park said the campaign will
/// highlight “…”").
const NESTING_CUES: &[&str] = &[
    "say",
    "tell",
    "add",
    "argue",
    "insist",
    "explain",
    "believe",
    "think",
    "acknowledge",
    "contend",
    "suggest",
    "note",
    "write",
    "claim",
    "report",
    "predict",
    "warn",
    "recall",
];

/// The subject of the sentence a quotation runs on from, when a cue stands before the
/// quotation in that sentence ("He says if people think “…”").
fn prefix_subject(text: &str, sent: Option<Span>, open: usize, models: &Models) -> Option<(Span, SpeakerKind)> {
    let s = sent?;
    if open <= s.start || open - s.start > WINDOW {
        return None;
    }
    let toks = tokenize(text, Span::new(s.start, open));
    let k = (1..toks.len()).find(|&k| attribution::cue_at(text, &toks, k, models).is_some())?;
    attribution::subject(text, &toks[..k], models)
}

/// Most bytes between a quote and the one before it whose speaker it takes.
const FOLLOW_GAP: usize = 250;

/// True when an attribution found after a quote that ended its sentence opens a sentence of
/// its own with a content ("…'' Mr. Park said a smaller jet would cost more."): it reports
/// that content, not the quote.
fn opens_report(text: &str, toks: &[Token], a: &Attribution, close_sent_end: usize, models: &Models) -> bool {
    let Some(first) = toks.first() else {
        return false;
    };
    let next = toks.get(a.end_tok);
    // "…?” Park asked reporters.", "…!” Lee told them as she left.": a listener, then nothing
    // or a circumstance.
    // ("…!” Lund told the crowd.": a determiner and one or two words closing the sentence.)
    let listener = || {
        let word = |k: usize| toks.get(k).map_or("", |t| &text[t.span.range()]);
        let x = word(a.end_tok);
        // (The tokens may stop at the next quotation's mark: only a written stop counts.)
        let stop = |y: &str| matches!(y, "." | "!" | "?");
        let ends = |y: &str| y.is_empty() || stop(y) || matches!(y, "," | ";") || CIRCUMSTANCE.contains(&y);
        let determined = matches!(x, "the" | "a" | "an" | "his" | "her" | "their")
            && (1..=2).any(|m| {
                (1..=m).all(|d| toks.get(a.end_tok + d).is_some_and(|t| t.kind == TokenKind::Word))
                    && stop(word(a.end_tok + m + 1))
            });
        determined
            || (matches!(x, "him" | "her" | "them" | "us" | "me")
                || x.len() > 3 && x.ends_with('s') && !x.ends_with("ss"))
                && ends(word(a.end_tok + 1))
    };
    // "…” Lee said to reporters." is a listener; "…” Lee vowed to fight on." a content.
    let to_listener = || {
        toks.get(a.end_tok + 1).is_some_and(|t| {
            let y = &text[t.span.range()];
            y.starts_with(char::is_uppercase) || matches!(y, "the" | "a" | "an" | "his" | "her" | "their" | "reporters")
        })
    };
    // "…” Lund called Berg a “liar.”": a naming verb's object, even a name, is its own.
    let names = || {
        attribution::cue_lemma(text, a.cue, models) == Some("call")
            && next.is_some_and(|t| t.kind == TokenKind::Word && !CIRCUMSTANCE.contains(&&text[t.span.range()]))
    };
    first.span.start >= close_sent_end
        && a.speaker.start < a.cue.start
        // "…?” Park asked rhetorically.": how it was said.
        && !attribution::manner_adverb(text, toks, a.end_tok)
        && next.is_some_and(|t| {
            let x = &text[t.span.range()];
            // "…” Lee reiterated: “…”": a colon introduces the next quotation.
            names()
                || x == ":"
                || t.kind == TokenKind::Word
                    && x.chars().all(char::is_lowercase)
                    && !matches!(x, "last" | "this" | "earlier" | "later" | "today" | "yesterday")
                    && !(CIRCUMSTANCE.contains(&x) && (x != "to" || to_listener()))
                    && !listener()
        })
}

/// Words opening a circumstance after a cue ("…!” Park said as she left", "… said with a
/// smile", "… said amid cheers"), not a reported content.
const CIRCUMSTANCE: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "when",
    "as",
    "while",
    "with",
    "amid",
    "to",
    "from",
    "outside",
    "inside",
    "into",
    "through",
    "over",
    "without",
    "following",
    // "…!” Park said of the crowds.": the topic of the quotation, not a content.
    "of",
];

/// The speaker of the last attributed direct quote when the quote at `open` starts paragraph
/// `bi` and that quote ended the previous paragraph.
fn continued(text: &str, blocks: &[Span], bi: Option<usize>, open: usize, quotes: &[Quote]) -> Option<Speaker> {
    let bi = bi.filter(|&b| b > 0)?;
    if !text[blocks[bi].start..open].trim().is_empty() {
        return None;
    }
    let last = quotes.last().filter(|q| q.kind == QuoteType::Direct)?;
    let prev = blocks[bi - 1];
    if !(prev.contains(last.span) || (last.span.start < prev.end && prev.end <= last.span.end)) {
        return None;
    }
    // Nothing but the attribution's sentence may follow that quote in its paragraph.
    let after = &text[last.span.end.min(prev.end)..prev.end];
    if after.len() > 160 || after.contains(['“', '"']) {
        return None;
    }
    last.speaker.clone()
}

/// The speaker a paragraph announces in its closing sentence for a quotation opening the
/// next paragraph at `open` ("Ana Lund spoke first.¶“…”", "The mayor replied briefly."), or a
/// sentence right before the quotation in its paragraph ("Ana Lund agreed. “…”"): a short
/// sentence of a subject, an intransitive verb of speech and at most three plain words.
fn announced(
    text: &str,
    blocks: &[Span],
    bi: Option<usize>,
    open: usize,
    models: &Models,
) -> Option<(Span, SpeakerKind)> {
    let bi = bi?;
    // (Or its last sentence before the quotation, in the same paragraph: "Ana Lund agreed. “…”".)
    let lead = text[blocks[bi].start..open].trim();
    let prev = if lead.is_empty() && bi > 0 {
        blocks[bi - 1]
    } else if lead.ends_with('.') {
        Span::new(blocks[bi].start, open)
    } else {
        return None;
    };
    let toks = tokenize(text, prev);
    let n = toks.len();
    let word = |k: usize| &text[toks[k].span.range()];
    if n < 3 || word(n - 1) != "." {
        return None;
    }
    let from = (0..n - 1).rev().find(|&k| matches!(word(k), "." | "!" | "?" | "”" | "\"")).map_or(0, |k| k + 1);
    let verb = (from + 1..n - 1).find(|&k| {
        matches!(
            word(k),
            "spoke"
                | "replied"
                | "responded"
                | "answered"
                | "testified"
                | "explained"
                | "recalled"
                | "agreed"
                | "disagreed"
                | "concurred"
                | "countered"
                | "objected"
        )
    })?;
    let tail_plain = n - 1 - verb <= 4
        && (verb + 1..n - 1).all(|k| {
            toks[k].kind == TokenKind::Word && word(k).chars().all(|c| c.is_ascii_lowercase()) && word(k) != "that"
        });
    if !tail_plain {
        return None;
    }
    // The subject right before the verb ("The mayor replied briefly." too).
    let (sp, kind) = attribution::subject(text, &toks[from..verb], models)
        .or_else(|| attribution::np_forward(text, &toks[..verb], from, models).map(|(sp, kind, _)| (sp, kind)))?;
    (sp.end == toks[verb - 1].span.end).then_some((sp, kind))
}

/// True when "by" and a capitalised word follow the quotation ending at `close_end` (after at
/// most a comma): the quotation is a work's title and that its author ("“…,” by Times' Jo
/// Park", "“Perfect Enough” by Ana Lund").
fn by_author(text: &str, close_end: usize) -> bool {
    let rest = text[close_end..].trim_start_matches([',', ' ']);
    rest.strip_prefix("by ").is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Lowercase words a title may hold ("The Craft of the Harbour").
const TITLE_SMALL: &[&str] =
    &["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "is"];

/// True when every word of `s` (at most ten) is capitalised or a number, but for small
/// function words after the first.
fn title_case(s: &str) -> bool {
    let mut n = 0;
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else {
            continue;
        };
        n += 1;
        if n > 10 || !(first.is_uppercase() || first.is_numeric() || (n > 1 && TITLE_SMALL.contains(&w))) {
            return false;
        }
    }
    n > 0
}

/// True when the word before the quotation at `open` introduces a title: a preposition ("on",
/// "in", "with", "from", "by") or a word naming a work ("book", "show", "called").
fn names_work(text: &str, open: usize) -> bool {
    let before = text[..open].trim_end().trim_end_matches(',');
    let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // "CBS's “Face the Nation”", "NBC’s “Meet the Press”": a capitalised owner's work.
    let owner = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
        .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    if owner {
        return true;
    }
    [
        "on",
        "in",
        "with",
        "from",
        "by",
        "called",
        "titled",
        "entitled",
        "named",
        "book",
        "show",
        "film",
        "movie",
        "series",
        "program",
        "programme",
        "song",
        "column",
        "article",
        "headline",
    ]
    .iter()
    .any(|x| x.eq_ignore_ascii_case(last))
}

/// The clause end: sentence end without final punctuation.
fn clause_end(text: &str, sent: Span) -> usize {
    let s = &text[sent.range()];
    let t = s.trim_end_matches(|c: char| matches!(c, '.' | '!' | '?' | '…') || c.is_whitespace());
    sent.start + t.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Engine;

    fn quotes(text: &str) -> Vec<Quote> {
        Engine::embedded().unwrap().analyze(text, &Options::default()).unwrap().quotes
    }

    #[test]
    fn direct_after_and_before() {
        let text = "Spokeswoman Lina Okafor spoke on Monday. “We will not accept this outcome,” she said. Paulo Reyes said: “The talks are over for now.”";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "We will not accept this outcome");
        let s = q[0].speaker.as_ref().unwrap();
        assert_eq!(&text[s.span.range()], "she");
        assert_eq!(s.name.as_deref(), Some("Lina Okafor"));
        assert_eq!(&text[q[0].cue.unwrap().range()], "said");
        assert_eq!(&text[q[1].span.range()], "The talks are over for now.");
        assert_eq!(&text[q[1].speaker.as_ref().unwrap().span.range()], "Paulo Reyes");
        assert_eq!(q[1].kind, QuoteType::Direct);
    }

    #[test]
    fn interrupted_quote_is_one() {
        let text = "\"The bridge is safe,\" said Mayor Tom Whitfield, \"and it will reopen next week.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].parts.len(), 2);
        assert_eq!(&text[q[0].parts[0].range()], "The bridge is safe");
        assert_eq!(&text[q[0].parts[1].range()], "and it will reopen next week.");
        assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "Mayor Tom Whitfield");
        assert_eq!(q[0].speaker.as_ref().unwrap().name.as_deref(), Some("Tom Whitfield"));
    }

    #[test]
    fn indirect_and_mixed() {
        let text = "Ana Ruiz said that the harbour would close for repairs in May.\n\nThe repairs were overdue and badly planned, officials said.\n\nRuiz said the plan was \"a disgrace\" and should be dropped.";
        let q = quotes(text);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Indirect);
        assert_eq!(&text[q[0].span.range()], "the harbour would close for repairs in May");
        assert_eq!(q[0].speaker.as_ref().unwrap().name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(&text[q[1].span.range()], "The repairs were overdue and badly planned");
        assert_eq!(&text[q[1].speaker.as_ref().unwrap().span.range()], "officials");
        assert_eq!(q[2].kind, QuoteType::Mixed);
        assert_eq!(q[2].speaker.as_ref().unwrap().name.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn unbalanced_marks_do_not_stop_extraction() {
        let text = "A stray “ mark opens here.\n\n“This quote is fine,” he said. \" Another stray.\n\n“So is this one,” she added.";
        let q = quotes(text);
        let direct: Vec<&str> =
            q.iter().filter(|q| q.kind == QuoteType::Direct).map(|q| &text[q.span.range()]).collect();
        assert_eq!(direct, vec!["This quote is fine", "So is this one"]);
    }

    #[test]
    fn quotation_after_mixed_quote_joins_it() {
        let text = "As for the ferry budget, “we have all worked hard on it,” Brandt said. “And it shows.”\n\nThe vote is on Friday.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(q[0].parts.len(), 2);
        assert_eq!(&text[q[0].parts[1].range()], "And it shows.");
        assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "Brandt");
    }

    #[test]
    fn role_with_name_appositive_after_quote_speaks() {
        let text =
            "“The pier was never safe for ships of that size,” the harbour master, Ivo Petrak, said on Thursday.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Direct);
        // The name apposed to the role speaks: it links to its entity.
        assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "Ivo Petrak");
        assert_eq!(&text[q[0].cue.unwrap().range()], "said");
    }

    #[test]
    fn name_before_colon_speaks_quotation() {
        let text = "The pier reopened in May. More from Ivo Petrak: “The pier was never safe for ships of that size.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Direct);
        assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "Ivo Petrak");
        assert!(q[0].cue.is_none());
    }

    #[test]
    fn name_before_colon_closing_previous_paragraph_speaks_quotation() {
        let text = "The pier reopened in May.\n\nIn the words of Ivo Petrak:\n\n“The pier was never safe for ships of that size.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "Ivo Petrak");
    }

    #[test]
    fn title_in_quotation_marks_is_no_quote() {
        let text = "“We will not sell the pier,” Ivo Petrak said on “Harbour Talk Tonight.” He wrote the book “The Long Pier.”";
        let q = quotes(text);
        let direct: Vec<&str> =
            q.iter().filter(|q| q.kind == QuoteType::Direct).map(|q| &text[q.span.range()]).collect();
        assert_eq!(direct, vec!["We will not sell the pier"], "{q:?}");
    }

    #[test]
    fn gerund_cue_after_comma_takes_clause_subject() {
        let text = "Ivo Petrak defended the plan on Facebook, saying: “The pier must stay open for the ferries.”";
        let q = quotes(text);
        let d: Vec<&Quote> = q.iter().filter(|q| q.kind == QuoteType::Direct).collect();
        assert_eq!(d.len(), 1, "{q:?}");
        assert_eq!(&text[d[0].speaker.as_ref().unwrap().span.range()], "Ivo Petrak");
        assert_eq!(&text[d[0].cue.unwrap().range()], "saying");
    }

    fn find<'a>(text: &str, q: &'a [Quote], content: &str) -> &'a Quote {
        q.iter().find(|x| &text[x.span.range()] == content).unwrap_or_else(|| panic!("no quote {content:?} in {q:?}"))
    }

    fn speaker_text<'a>(text: &'a str, q: &Quote) -> &'a str {
        &text[q.speaker.as_ref().expect("a speaker").span.range()]
    }

    #[test]
    fn a_study_subject_reports_a_finding_without_that() {
        let text = "A new poll from the Harbour Institute found 40 percent of voters are not sure they will back Velden.\n\nThe little polling done in the county before the vote showed a dead heat between Velden and Marr, with Velden leading among older voters.";
        let q = quotes(text);
        let a = find(text, &q, "40 percent of voters are not sure they will back Velden");
        assert_eq!(speaker_text(text, a), "A new poll from the Harbour Institute");
        let b = find(text, &q, "a dead heat between Velden and Marr, with Velden leading among older voters");
        assert_eq!(speaker_text(text, b), "The little polling done in the county before the vote");
    }

    #[test]
    fn found_without_that_after_a_person_is_still_no_report() {
        let text = "Velden found herself at the centre of the dispute over the harbour budget.";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }

    #[test]
    fn referring_to_after_a_quote_reports_its_object_for_the_quotes_speaker() {
        let text = "\"It will pass,\" said Jo Park, a former aide to the mayor, referring to the harbour bill.";
        let q = quotes(text);
        let r = find(text, &q, "the harbour bill");
        assert_eq!(r.kind, QuoteType::Indirect);
        assert_eq!(speaker_text(text, r), "Jo Park");
        assert_eq!(&text[r.cue.unwrap().range()], "referring to");
    }

    #[test]
    fn according_to_inside_a_short_subject_reports_the_whole_sentence() {
        let text = "Fundraising, according to the campaign, has surged in the last three weeks.\n\nIn addition, according to the agency, nearly nine thousand more workers will be covered.";
        let q = quotes(text);
        let a = find(text, &q, "Fundraising, according to the campaign, has surged in the last three weeks");
        assert_eq!(speaker_text(text, a), "the campaign");
        let b = find(text, &q, "nearly nine thousand more workers will be covered");
        assert_eq!(speaker_text(text, b), "the agency");
    }

    #[test]
    fn a_person_label_before_a_colon_opens_a_paragraph_of_speech() {
        let text = "Mara Velden spoke at the harbour on Monday.\n\nVelden: My transit plans are not set in stone.\n\nUpdate: The meeting was moved to Friday evening.";
        let q = quotes(text);
        let a = find(text, &q, "My transit plans are not set in stone");
        assert_eq!(speaker_text(text, a), "Velden");
        assert_eq!(a.speaker.as_ref().unwrap().name.as_deref(), Some("Mara Velden"));
        assert!(q.iter().all(|x| !text[x.span.range()].starts_with("The meeting")), "{q:?}");
    }

    #[test]
    fn a_label_that_names_no_person_of_the_document_is_no_speaker() {
        // In a body paragraph; a headline may name any source ("Poll: …").
        let text = "The council met on Monday to discuss the budget.\n\nHarbour: The ferry will run again from May.";
        assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    }

    #[test]
    fn a_quote_after_he_added_is_its_own_quote_not_a_second_part() {
        let text = "\"We do not want them in our harbour,\" Okafor said. He added, \"Only ships that pay their dues will dock here.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Okafor");
        assert_eq!(speaker_text(text, &q[1]), "He");
    }

    #[test]
    fn a_capitalised_cue_word_inside_a_name_is_no_cue() {
        let text = "Okafor told the Harbour Post in a written statement, \"I really do not want the endorsement of the board.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Okafor");
    }

    #[test]
    fn an_apposition_with_an_abbreviation_still_reaches_the_cue() {
        let text = "\"It is long and tiring and hard to get through,\" Tina Tchen, Mrs. Velden's chief of staff, said in an interview.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Tina Tchen");
    }

    #[test]
    fn an_opening_adverb_is_not_the_subject_that_speaks() {
        let text = "Back in 1999, Mr. Park praised the mayor, telling the Gazette: \"I wish I could be like that. I just cannot.\"";
        let q = quotes(text);
        let d = find(text, &q, "I wish I could be like that. I just cannot.");
        assert_eq!(speaker_text(text, d), "Mr. Park");
    }

    #[test]
    fn a_nominal_speaker_keeps_its_capitalised_modifiers_and_its_place() {
        let text = "The council met on Monday.\n\nThe New York businessman says of the mayor, \"If she gets the chance, she will sell the harbour.\"\n\n\"You work hard. You pay your dues,\" a narrator in the council ad asks.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "The New York businessman");
        assert_eq!(speaker_text(text, &q[1]), "a narrator in the council ad");
    }

    #[test]
    fn a_plural_subject_with_a_possessive_inside_still_says() {
        let text = "Many diehard supporters who came to the city to protest this week's meeting say they will shift their support to Marr.";
        let q = quotes(text);
        let r = find(text, &q, "they will shift their support to Marr");
        assert_eq!(speaker_text(text, r), "Many diehard supporters");
    }

    #[test]
    fn a_name_between_two_commas_speaks() {
        let text =
            "One of the authors of the 2019 review, Tom Okafor, said the merger will test the validity of the plan.";
        let q = quotes(text);
        let r = find(text, &q, "the merger will test the validity of the plan");
        assert_eq!(speaker_text(text, r), "Tom Okafor");
    }

    #[test]
    fn a_quantifier_speaks_for_its_people() {
        let text = "Although council members have voiced doubts, many said Monday that the ruling intensifies the need to back the plan.";
        let q = quotes(text);
        let r = find(text, &q, "the ruling intensifies the need to back the plan");
        assert_eq!(speaker_text(text, r), "many");
    }

    #[test]
    fn a_circumstance_between_subject_and_cue_is_skipped() {
        let text = "Velden's office, when contacted by the Gazette, said the former mayor could not recall the exact conversation.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "the former mayor could not recall the exact conversation");
        assert_eq!(speaker_text(text, &q[0]), "Velden's office");
    }

    #[test]
    fn a_short_plural_with_a_capitalised_modifier_speaks() {
        let text = "Harbour fans told the Gazette that the best moment came recently, when she took aim at a rival.";
        let q = quotes(text);
        let r = find(text, &q, "the best moment came recently, when she took aim at a rival");
        assert_eq!(speaker_text(text, r), "Harbour fans");
    }

    #[test]
    fn people_close_to_someone_speak_after_the_content() {
        let text = "An urgent question within the team is whether the candidate can win the county, people close to Velden say.";
        let q = quotes(text);
        let r = find(text, &q, "An urgent question within the team is whether the candidate can win the county");
        assert_eq!(speaker_text(text, r), "people close to Velden");
    }

    #[test]
    fn a_common_word_opening_a_name_inside_a_sentence_stays_in_the_speaker() {
        let text = "As the New Harbour Times reports, the ferry will stop running in May.\n\nThe council, the New Harbour Times reports, has known this for a year.";
        let q = quotes(text);
        assert!(!q.is_empty(), "{q:?}");
        assert!(q.iter().all(|x| speaker_text(text, x) == "New Harbour Times"), "{q:?}");
    }

    #[test]
    fn a_second_predicate_after_a_comma_and_is_the_speakers_not_the_contents() {
        let text = "Velden said the party must be a party of ideas, and pushed an agenda of cuts to the ferry budget.";
        let q = quotes(text);
        let r = find(text, &q, "the party must be a party of ideas");
        assert_eq!(speaker_text(text, r), "Velden");
    }

    #[test]
    fn a_plural_subject_of_say_may_be_a_whole_short_clause() {
        let text =
            "Republican hopefuls Jo Park and Ann Lee say the county has not been tested the way the governors have.";
        let q = quotes(text);
        let r = find(text, &q, "the county has not been tested the way the governors have");
        assert_eq!(speaker_text(text, r), "Republican hopefuls Jo Park and Ann Lee");
    }

    #[test]
    fn a_gerund_cue_after_by_reports_for_the_clauses_subject() {
        let text = "Velden rallied her supporters by warning that the harbour would be sold to the highest bidder.";
        let q = quotes(text);
        let r = find(text, &q, "the harbour would be sold to the highest bidder");
        assert_eq!(speaker_text(text, r), "Velden");
        assert_eq!(&text[r.cue.unwrap().range()], "warning");
    }

    #[test]
    fn a_role_after_the_cue_may_open_with_a_slash_date() {
        let text = "\"The reasons for the veto do not hold. They are wrong,\" said 9/11 widow Mara Velden.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "9/11 widow Mara Velden");
        assert_eq!(q[0].speaker.as_ref().unwrap().name.as_deref(), Some("Mara Velden"));
    }

    #[test]
    fn called_with_a_pronoun_or_a_quoted_label_is_a_naming_report() {
        let text = "Okafor called Park “unhinged.” Others agreed.\n\nThe senator has called himself pro-choice, state records show.\n\nShe works for a firm called Nordwind.";
        let q = quotes(text);
        let a = find(text, &q, "Park “unhinged.”");
        assert_eq!(speaker_text(text, a), "Okafor");
        let b = find(text, &q, "himself pro-choice");
        assert_eq!(speaker_text(text, b), "The senator");
        assert!(q.iter().all(|x| !text[x.span.range()].contains("Nordwind")), "{q:?}");
    }

    #[test]
    fn a_participle_clause_closing_the_attribution_keeps_the_quote_whole_and_reports() {
        // (Reverses an earlier rule that split the quote here: the gold joins such parts three
        // times in four, and the participle's report is still taken.)
        let text = "\"The key was the market timing,\" Mr. Hedge said, referring to the two harbour resorts. \"I assume they saw it.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Direct);
        let parts: Vec<&str> = q[0].parts.iter().map(|p| &text[p.range()]).collect();
        assert_eq!(parts, ["The key was the market timing", "I assume they saw it."]);
        let r = find(text, &q, "the two harbour resorts");
        assert_eq!(speaker_text(text, r), "Mr. Hedge");
        assert_eq!(&text[r.cue.unwrap().range()], "referring to");
        // "adding" brings the next words: a new quote.
        let text =
            "\"The key was the market timing,\" Mr. Hedge said, adding that it was luck. \"I assume they saw it.\"";
        let q = quotes(text);
        assert_eq!(&text[q[0].span.range()], "The key was the market timing");
        assert!(q.iter().any(|x| &text[x.span.range()] == "I assume they saw it."), "{q:?}");
        // So does a participle clause running into the next quotation.
        let text = "\"The key was the market timing,\" Mr. Hedge said, suggesting a few questions, including, \"Did they see it?\"";
        let q = quotes(text);
        assert_eq!(&text[q[0].span.range()], "The key was the market timing");
    }

    #[test]
    fn referring_to_a_name_at_the_sentence_end_is_no_inverted_attribution() {
        let text = "“I am a unifier, unlike our mayor right now,” Park said, referring to Tom Marr.";
        let q = quotes(text);
        let r = find(text, &q, "Tom Marr");
        assert_eq!(speaker_text(text, r), "Park");
    }

    #[test]
    fn a_second_survey_share_in_the_sentence_opens_its_own_report() {
        let text = "Six in 10 voters said they were worried about the economy, and more than 4 in 10 said Velden would handle it best.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "they were worried about the economy");
        assert_eq!(&text[q[1].span.range()], "Velden would handle it best");
        assert_eq!(speaker_text(text, &q[1]), "more than 4 in 10");
    }

    #[test]
    fn according_to_after_a_subject_of_several_words_reports_the_whole_sentence() {
        let text = "Notably absent from the long conversation, according to members who spoke afterward, was any mention of the harbour.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "Notably absent from the long conversation, according to members who spoke afterward, was any mention of the harbour");
    }

    #[test]
    fn a_name_before_a_role_noun_opening_the_sentence_speaks() {
        let text = "Velden campaign says long lines kept many from casting ballots.\n\nHARBOURTON ― Mara Velden’s campaign said it is looking for a new chair for the committee.";
        let q = quotes(text);
        let a = find(text, &q, "long lines kept many from casting ballots");
        assert_eq!(speaker_text(text, a), "Velden campaign");
        let b = find(text, &q, "it is looking for a new chair for the committee");
        assert_eq!(speaker_text(text, b), "Mara Velden’s campaign");
    }

    #[test]
    fn an_opening_participle_phrase_is_not_the_subject_of_a_second_predicate() {
        let text = "Speaking Sunday on the radio, Okafor admitted that the course name was wrong, but said his campaign had found the article.";
        let q = quotes(text);
        let r = find(text, &q, "his campaign had found the article");
        assert_eq!(speaker_text(text, r), "Okafor");
    }

    #[test]
    fn a_closing_speaker_may_carry_an_apposition_with_a_relative_clause() {
        let text = "The agency also uses the same photo of a bearded face over and over again, said Rita Katz, the director of the Harbour Watch group, which tracks such accounts.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            &text[q[0].span.range()],
            "The agency also uses the same photo of a bearded face over and over again"
        );
        assert_eq!(speaker_text(text, &q[0]), "Rita Katz");
    }

    #[test]
    fn a_nominal_speaker_may_hold_common_adjectives() {
        let text = "A major harbour civil rights group says the mayor's telling of the story could incite violence.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "A major harbour civil rights group");
    }

    #[test]
    fn a_share_out_of_ten_says() {
        let text = "Nearly nine out of 10 say they will need new skills to advance their careers.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "they will need new skills to advance their careers");
        assert_eq!(speaker_text(text, &q[0]), "Nearly nine out of 10");
    }

    #[test]
    fn a_subject_with_its_own_verb_before_a_closing_attribution_is_the_content() {
        let text = "The host committee for the harbour festival has collected roughly $5.5 million, said Tom Okafor, its president.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            &text[q[0].span.range()],
            "The host committee for the harbour festival has collected roughly $5.5 million"
        );
        assert_eq!(speaker_text(text, &q[0]), "Tom Okafor");
    }

    #[test]
    fn a_gerund_addition_after_a_closing_attribution_ends_the_content() {
        let text = "Velden and Park will meet sometime next week, Lind said, adding, \"They need to sit down.\"";
        let q = quotes(text);
        let r = find(text, &q, "Velden and Park will meet sometime next week");
        assert_eq!(speaker_text(text, r), "Lind");
    }

    #[test]
    fn a_dash_addition_after_a_closing_attribution_ends_the_speaker() {
        let text = "The ferry deficit will end this year, the harbour budget office reported on Tuesday -- a turn that raises new questions.";
        let q = quotes(text);
        let r = find(text, &q, "The ferry deficit will end this year");
        assert_eq!(speaker_text(text, r), "the harbour budget office");
    }

    #[test]
    fn an_opening_circumstance_before_an_interrupting_attribution_is_not_a_content() {
        let text =
            "As the vote nears, Okafor says, the number of real independents -- always small -- shrinks further.";
        let q = quotes(text);
        assert!(q.iter().all(|x| &text[x.span.range()] != "As the vote nears"), "{q:?}");
    }

    #[test]
    fn a_closing_speaker_may_carry_a_long_apposition() {
        let text = "Velden's expanding influence has provoked mixed feelings in many towns, said Mara Lind, a policy expert at the University of Harbourton in Elm.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "Velden's expanding influence has provoked mixed feelings in many towns");
        assert_eq!(speaker_text(text, &q[0]), "Mara Lind");
    }

    #[test]
    fn a_short_opening_phrase_before_an_interrupting_attribution_is_not_a_content() {
        let text = "In any case, Mr. Okafor said, the harbour was vastly over-supplied with berths, a problem that has lingered for a decade.";
        let q = quotes(text);
        assert!(q.iter().all(|x| &text[x.span.range()] != "In any case"), "{q:?}");
    }

    #[test]
    fn a_reported_content_may_open_with_a_doubled_apostrophe_quotation() {
        let text = "Mrs. Velden said on Saturday that ''this cannot be a harbour fight'' and that the city should not bear the cost.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(
            &text[q[0].span.range()],
            "''this cannot be a harbour fight'' and that the city should not bear the cost"
        );
        assert_eq!(speaker_text(text, &q[0]), "Mrs. Velden");
    }

    #[test]
    fn a_quotation_after_a_clause_following_the_listener_is_a_mixed_quote() {
        let text = "Mr. Okafor wrote to investors, telling them the firm was \"worth multiples of the current market price and more.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(&text[q[0].span.range()], "the firm was \"worth multiples of the current market price and more.\"");
        assert_eq!(speaker_text(text, &q[0]), "Mr. Okafor");
    }

    #[test]
    fn a_comma_inside_a_short_closing_quotation_ends_the_content() {
        let text = "The French are big fans of \"Harbour Nights,\" Mr. Madden said.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(&text[q[0].span.range()], "The French are big fans of \"Harbour Nights,\"");
        assert_eq!(speaker_text(text, &q[0]), "Mr. Madden");
    }

    #[test]
    fn a_gerund_before_its_object_is_no_inverted_attribution() {
        let text = "Park said the inquiry was a \"distortion,\" describing the harbour team as highly accomplished.";
        let q = quotes(text);
        assert!(q.iter().all(|x| speaker_text(text, x) != "the harbour team"), "{q:?}");
    }

    #[test]
    fn a_title_abbreviation_stays_in_a_possessive_name_before_a_role_noun() {
        let text = "Sen. Ann Lee’s campaign said she would support the nominee.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Sen. Ann Lee’s campaign");
    }

    #[test]
    fn a_past_verb_after_a_name_is_no_role_noun() {
        let text = "Mr. Okafor scrutinized reports like the 2014 Harbour Climate Assessment.";
        let q = quotes(text);
        assert!(q.iter().all(|x| speaker_text(text, x) != "Mr. Okafor scrutinized"), "{q:?}");
    }

    #[test]
    fn an_opening_phrase_of_six_words_is_not_the_subject_of_a_second_predicate() {
        let text = "By the end of the day, Mr. Park was forced into damage control and said that his words had been misconstrued.";
        let q = quotes(text);
        let r = find(text, &q, "his words had been misconstrued");
        assert_eq!(speaker_text(text, r), "Mr. Park");
    }

    #[test]
    fn an_aside_after_that_opens_the_content() {
        let text = "Mr. Park asserted that, taxes aside, the city did wonderful things for the harbour.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "taxes aside, the city did wonderful things for the harbour");
        assert_eq!(speaker_text(text, &q[0]), "Mr. Park");
    }

    #[test]
    fn a_closing_speaker_may_carry_a_role_without_an_article() {
        let text = "The tolls will rise next spring, said Christine Lind, executive director of the Harbour Union.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "The tolls will rise next spring");
        assert_eq!(speaker_text(text, &q[0]), "Christine Lind");
    }

    #[test]
    fn a_name_suffix_dot_closes_the_speaker() {
        let text = "Vice Mayor Joseph R. Okafor Jr. said the remarks had made him a danger to the harbour.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Vice Mayor Joseph R. Okafor Jr.");
    }

    #[test]
    fn each_opens_a_nominal_speaker() {
        let text = "Each side said the other would be responsible if the money is not approved.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Each side");
    }

    #[test]
    fn a_gerund_report_after_a_closing_attribution_is_its_own_quote() {
        let text =
            "The new tolls would go ahead next month, Mr. Okafor said, adding that he would also hold town meetings.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "The new tolls would go ahead next month");
        let r = find(text, &q, "he would also hold town meetings");
        assert_eq!(speaker_text(text, r), "Mr. Okafor");
    }

    #[test]
    fn a_conditional_content_opens_with_if() {
        let text = "Lind said if Park wins, he would impose new tolls on the city.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "if Park wins, he would impose new tolls on the city");
        assert_eq!(speaker_text(text, &q[0]), "Lind");
    }

    #[test]
    fn an_infinitive_cue_reports_for_the_clause_subject() {
        let text = "Okafor took to the radio on Friday to declare that the bridge was safe.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "the bridge was safe");
        assert_eq!(speaker_text(text, &q[0]), "Okafor");
    }

    #[test]
    fn an_infinitive_after_likely_is_no_report() {
        let text = "The mayor is likely to announce that the tolls will rise.";
        let q = quotes(text);
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn an_opening_then_is_not_the_subject() {
        let text = "Then he cut into Lind, calling him a stiff and accusing him of acting like a spoiled child.";
        let q = quotes(text);
        assert!(!q.is_empty(), "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "he");
    }

    #[test]
    fn an_inverted_speaker_may_open_with_a_capitalised_modifier_before_its_role() {
        let text = "His endorsement could matter more for identity politics than for his clout in Elm, said Democratic strategist Hank Lind.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            &text[q[0].span.range()],
            "His endorsement could matter more for identity politics than for his clout in Elm"
        );
        assert_eq!(speaker_text(text, &q[0]), "Democratic strategist Hank Lind");
    }

    #[test]
    fn a_plural_in_men_is_a_bare_plural_speaker() {
        let text = "White House and harbour spokesmen said the broad ban on spending prevented the department from researching sites.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "spokesmen");
    }

    #[test]
    fn an_interrupted_report_may_end_in_a_short_part() {
        let text = "The solution, the partner said, was simple.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "The solution, the partner said, was simple");
        assert_eq!(speaker_text(text, &q[0]), "the partner");
    }

    #[test]
    fn a_name_after_an_inverted_cue_makes_the_clause_before_the_content() {
        let text = "A variety of factors impact the cost of college, said Mark Lind, a national student debt expert who has published several books.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "A variety of factors impact the cost of college");
        assert_eq!(speaker_text(text, &q[0]), "Mark Lind");
    }

    #[test]
    fn a_closing_apposition_may_open_with_another() {
        let text = "It is highly unusual for a mistake to slip into a speech, said Matt Lind, another veteran speechwriter who worked in the council.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Matt Lind");
    }

    #[test]
    fn according_to_opening_a_parenthesised_sentence() {
        let text = "The council voted again. (According to the harbour police, it does not keep statistics on skateboard violations.)";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "it does not keep statistics on skateboard violations");
        assert_eq!(speaker_text(text, &q[0]), "the harbour police");
    }

    #[test]
    fn according_to_after_a_dash() {
        let text = "In 2014, Elm had 115 instances of violent crime — including robbery — according to the most recent data from the police.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "In 2014, Elm had 115 instances of violent crime — including robbery");
        assert_eq!(speaker_text(text, &q[0]), "the most recent data from the police");
    }

    #[test]
    fn gloated_before_a_colon_introduces_a_quotation() {
        let text = "And Mr. Okafor gloated: \"I told you he wouldn't be ready.\"";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Direct);
        assert_eq!(speaker_text(text, &q[0]), "Mr. Okafor");
    }

    #[test]
    fn an_adverb_between_the_cue_and_a_colon_keeps_the_quotation_direct() {
        let text = "Lind responded pointedly: “Can happen when you’re 45.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Direct);
        assert_eq!(&text[q[0].span.range()], "Can happen when you’re 45.");
        assert_eq!(speaker_text(text, &q[0]), "Lind");
    }

    #[test]
    fn a_short_plural_phrase_before_a_place_is_the_speaker() {
        let text = "Business owners on Quay Street said they feared losing customers.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Business owners");
    }

    #[test]
    fn the_asker_after_by_speaks_the_question() {
        let text = "Asked by Starnes if he believed the ferry was safe, Okafor said he did.";
        let q = quotes(text);
        let r = find(text, &q, "if he believed the ferry was safe");
        assert_eq!(speaker_text(text, r), "Starnes");
        let text = "Lind was asked by Matt Park whether she had practiced her speech.";
        let q = quotes(text);
        let r = find(text, &q, "whether she had practiced her speech");
        assert_eq!(speaker_text(text, r), "Matt Park");
    }

    fn part_texts<'a>(text: &'a str, q: &Quote) -> Vec<&'a str> {
        q.parts.iter().map(|p| &text[p.range()]).collect()
    }

    #[test]
    fn according_to_in_an_interrupting_attribution_is_no_report_of_its_own() {
        let text = "“We will not hold a protest on the floor,” Lind said, according to the Gazette. “It is of the utmost importance that you explain this.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            part_texts(text, &q[0]),
            vec!["We will not hold a protest on the floor", "It is of the utmost importance that you explain this."]
        );
    }

    #[test]
    fn a_title_inside_an_interrupting_attribution_does_not_split_the_quote() {
        let text = "“The plan is a mess,” Lind said on “Harbour Morning Hour.” “Nobody on the council has read it.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(part_texts(text, &q[0]), vec!["The plan is a mess", "Nobody on the council has read it."]);
        assert_eq!(speaker_text(text, &q[0]), "Lind");
    }

    #[test]
    fn a_title_after_told_is_neither_a_part_nor_a_quote() {
        let text = "“The mayor is fair game. He runs the port,” Lind told “Harbour Mornings,” reminding the hosts of the vote. Later she left.\n\n“We will see,” Park said.";
        let q = quotes(text);
        assert!(q.iter().all(|x| !text[x.span.range()].contains("Harbour Mornings")), "{q:?}");
        assert_eq!(part_texts(text, &q[0]), vec!["The mayor is fair game. He runs the port"]);
    }

    #[test]
    fn a_next_paragraph_quote_attributed_after_its_question_mark_stays_apart() {
        let text = "“That is right, Jo,” Ann said to the mayor, who began by greeting the crowd.\n\n“Who would have believed that we would win the vote?” Park said, looking out on the hall.";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Ann");
        assert_eq!(speaker_text(text, &q[1]), "Park");
    }

    #[test]
    fn a_report_after_the_next_quotation_is_not_its_attribution() {
        let text = "“We disagree with the ruling,” she said. “We feel good about the appeal.” Park added that the council would meet on Friday.";
        let q = quotes(text);
        let d: Vec<&Quote> = q.iter().filter(|x| x.kind == QuoteType::Direct).collect();
        assert_eq!(d.len(), 1, "{q:?}");
        assert_eq!(part_texts(text, d[0]), vec!["We disagree with the ruling", "We feel good about the appeal."]);
        let r = find(text, &q, "the council would meet on Friday");
        assert_eq!(speaker_text(text, r), "Park");
    }

    #[test]
    fn but_that_after_a_comma_goes_on_with_the_same_content() {
        let text = "Park said the port needs a new crane, but that the council would not pay for it.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "the port needs a new crane, but that the council would not pay for it");
    }

    #[test]
    fn an_expectation_with_no_holder_reports_its_clause_without_a_speaker() {
        let text = "The harbour board met on Monday, and the council is expected to vote on the plan next week, ending a long fight.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "the council is expected to vote on the plan next week");
        assert!(q[0].speaker.is_none());
        assert_eq!(&text[q[0].cue.unwrap().range()], "is expected");
        let text = "The bill, which the Senate is expected to pass on Friday, funds the ferry.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "which the Senate is expected to pass on Friday");
    }

    #[test]
    fn expected_without_a_clause_of_its_own_is_no_report() {
        let text = "Sales rose faster than expected to the surprise of the board.";
        assert!(quotes(text).is_empty());
        // At the very end of a text, with nothing after it.
        for text in ["The vote is expected", "The vote is expected to", "Ann Park said the vote is expected to"] {
            let _ = quotes(text);
        }
    }

    #[test]
    fn the_subject_announcing_a_quotation_with_a_colon_speaks_it() {
        let text = "Park spoke at the port on Friday.\n\nOn July 6, 2015, Park made the following comment:\n\n“The rate for young people is 33 percent.”\n\nLater, Ann Lee had this to say: “The figures are old.”";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "The rate for young people is 33 percent.");
        assert_eq!(speaker_text(text, &q[0]), "Park");
        assert_eq!(&text[q[1].span.range()], "The figures are old.");
        assert_eq!(speaker_text(text, &q[1]), "Ann Lee");
        assert_eq!(q[1].kind, QuoteType::Direct);
    }

    #[test]
    fn a_quotation_after_a_dash_is_an_attributed_aside_not_a_mixed_quote() {
        let text =
            "Ann Lee said the plan was rushed - “We need to see the details first,” she said - and left the hall.";
        let q = quotes(text);
        let d = q.iter().find(|x| x.kind == QuoteType::Direct).expect("direct aside");
        assert_eq!(&text[d.span.range()], "We need to see the details first");
        assert_eq!(speaker_text(text, d), "she");
        assert!(q.iter().all(|x| x.kind != QuoteType::Mixed), "{q:?}");
    }

    #[test]
    fn an_adverb_between_a_closing_speaker_and_the_cue_is_skipped() {
        for (text, who) in [
            ("“We live in hard times,” Park often said.", "Park"),
            ("“The vote is over,” the mayor quickly added.", "the mayor"),
            ("“It was a mistake,” Lee has since said.", "Lee"),
        ] {
            let q = quotes(text);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(speaker_text(text, &q[0]), who, "{text}");
        }
    }

    #[test]
    fn two_speakers_joined_by_and_speak_together() {
        let text =
            "The manager yanked the arm of a reporter as she tried to ask a question, she and another reporter said.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "she and another reporter");
        let text = "Mark Park and Ann Lee said the plan had failed.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "Mark Park and Ann Lee");
        // Not a list's last two items ("… in Elm, Oak and his home state").
        let text = "The talks between Park and Lee said little about the fees.";
        assert!(quotes(text)
            .iter()
            .all(|x| x.speaker.as_ref().is_none_or(|s| !text[s.span.range()].starts_with("Park and"))));
    }

    #[test]
    fn a_cue_before_a_colon_in_the_next_sentence_introduces_the_next_quotation() {
        let text = "At a press conference, Park emphatically proclaimed, “I did not send any secret files. There is no secret file.” The candidate reiterated: “I know the rules.”";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "I did not send any secret files. There is no secret file.");
        assert_eq!(speaker_text(text, &q[0]), "Park");
        assert_eq!(&text[q[0].cue.unwrap().range()], "proclaimed");
        assert_eq!(speaker_text(text, &q[1]), "The candidate");
    }

    #[test]
    fn a_gerund_after_a_quotation_takes_no_inverted_speaker() {
        // The gerund reports for the clause's subject, even after a comma inside a closing mark.
        let text = "Ann Lee has delivered an impassioned defense of “Elm Harbour values,” saying the city embodied the “bravery, heart and soul of Elm.”";
        let q = quotes(text);
        let r = find(text, &q, "the city embodied the “bravery, heart and soul of Elm.”");
        assert_eq!(speaker_text(text, r), "Ann Lee");
        assert_eq!(&text[r.cue.unwrap().range()], "saying");
    }

    #[test]
    fn a_common_noun_right_before_the_cue_may_speak() {
        let text = "“That is reason enough for Park to visit the town,” the editorial said.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "the editorial");
    }

    #[test]
    fn a_possessive_role_after_a_determiner_speaks() {
        let text = "“He is a politician selling his own brand of fiction,” the paper's editorial board wrote.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker_text(text, &q[0]), "the paper's editorial board");
        let text = "The company’s spokesman said the plant would close.";
        assert_eq!(speaker_text(text, &quotes(text)[0]), "The company’s spokesman");
        // Ending right after the possessive.
        for text in ["“We will see,” the paper's", "“We will see,” the paper ’s"] {
            let _ = quotes(text);
        }
    }

    #[test]
    fn a_cue_after_and_takes_the_speaker_of_the_report_it_is_coordinated_with() {
        let text = "A spokesman for Mayor Jo Arden of Elmton defended the ferry route and said the pilots had trained for months.";
        let q = quotes(text);
        let r = find(text, &q, "the pilots had trained for months");
        assert_eq!(speaker_text(text, r), "A spokesman");
        // A clause with a subject of its own between them keeps the cue's own subject.
        let text = "When my aunt mentioned the storm to me, I laughed and said, “I do not believe in storms.”";
        let q = quotes(text);
        let r = find(text, &q, "I do not believe in storms.");
        assert_ne!(speaker_text(text, r), "my aunt");
    }

    #[test]
    fn an_elliptical_answer_is_a_whole_content() {
        let text = "Ann Vell said she would. Asked if the fares were fair, 46 percent of riders said yes. \
                    Only 20 percent said the same.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "she would")), "Ann Vell");
        find(text, &q, "yes");
        find(text, &q, "the same");
    }

    #[test]
    fn an_inverted_attribution_opening_the_sentence_keeps_its_quotation() {
        // The quotation used to be taken for a fragment of its sentence and dropped.
        let text =
            "The old house became a museum. Said Dora Pell, who grew up next door, “We were all so proud of him.”";
        let q = quotes(text);
        let r = find(text, &q, "We were all so proud of him.");
        assert_eq!(r.kind, QuoteType::Direct);
        assert_eq!(speaker_text(text, r), "Dora Pell");
    }

    #[test]
    fn a_short_quotation_after_a_colon_is_a_quote_of_the_clause_subject() {
        let text = "Asked which pier was his favourite, Arden demurred: “Whichever one I’m on.”";
        let q = quotes(text);
        let r = find(text, &q, "Whichever one I’m on.");
        assert_eq!(r.kind, QuoteType::Direct);
        assert_eq!(speaker_text(text, r), "Arden");
    }

    #[test]
    fn a_cue_after_a_past_verb_and_and_takes_that_verbs_subject() {
        let text = "Once, when my aunt mentioned the storm to me while driving, I laughed and said, \"I do not believe in storms.\"";
        let q = quotes(text);
        let r = find(text, &q, "I do not believe in storms.");
        assert_eq!(r.kind, QuoteType::Direct);
        assert_eq!(speaker_text(text, r), "I");
    }

    #[test]
    fn state_before_a_noun_is_no_cue() {
        let text = "Most state parties release those delegates if their candidate quits. \
                    Arden won the most state contests, giving him a lead in delegates.";
        assert!(quotes(text).is_empty());
        let text = "The two ports state that the ferry will run until May.";
        find(text, &quotes(text), "the ferry will run until May");
    }

    #[test]
    fn an_s_form_between_a_common_noun_and_a_finite_verb_is_a_plural_noun() {
        let text = "Harbour development projects will expire at the end of the month. \
                    Safety worries have dogged the ferry since May.";
        assert!(quotes(text).is_empty());
        // A relative clause's speaker still reports.
        let text = "Lind backed the levy, which Arden says will cost the port dearly.";
        find(text, &quotes(text), "will cost the port dearly");
    }

    #[test]
    fn a_plain_listener_phrase_before_to_is_no_part_of_the_content() {
        let text = "The port authority warned state harbour officials to boost their security.";
        let q = quotes(text);
        find(text, &q, "to boost their security");
    }

    #[test]
    fn a_finite_verb_after_an_object_cue_closes_a_relative_clause() {
        let text = "The four loopholes Arden cited are common in harbour law.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn an_according_to_source_keeps_its_titles_abbreviation_dot() {
        let text = "According to Rep. Jo Arden, the ferry was late.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the ferry was late")), "Rep. Jo Arden");
    }

    #[test]
    fn according_to_may_open_the_clause_after_a_colon() {
        let text = "And it has not gone unnoticed: According to recent polls, Arden holds only 14 percent of the vote.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "Arden holds only 14 percent of the vote")), "recent polls");
    }

    #[test]
    fn a_headlines_closing_attribution_splits_the_capitalised_cue_from_the_speaker() {
        let text = "Arden Hid Ferry Losses From Council, Former Harbour Clerk Says.\n\nThe story follows.";
        let q = quotes(text);
        let r = find(text, &q, "Arden Hid Ferry Losses From Council");
        assert_eq!(speaker_text(text, r), "Former Harbour Clerk");
    }

    #[test]
    fn many_of_whom_say_speaks() {
        let text = "The plan upset the ferry crews, many of whom say the mayor's claims are unfounded.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the mayor's claims are unfounded")), "many of whom");
    }

    #[test]
    fn a_possessive_speaker_may_open_a_clause_after_a_conjunction() {
        let text =
            "It is unlikely, but Arden's team says she will continue. It is late; Lind's aide says he left early.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "she will continue")), "Arden's team");
        assert_eq!(speaker_text(text, find(text, &q, "he left early")), "Lind's aide");
    }

    #[test]
    fn a_cue_with_the_particle_back_before_a_comma_attributes_the_quotation() {
        let text = "Mills then writes back, “You look cute.”";
        let q = quotes(text);
        let r = find(text, &q, "You look cute.");
        assert_eq!(r.kind, QuoteType::Direct);
        assert_eq!(speaker_text(text, r), "Mills");
    }

    #[test]
    fn a_noun_phrase_object_ends_before_a_concessive_or_conditional_clause() {
        let text = "Dora Pell criticized the ferry levy despite her own votes for it.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the ferry levy")), "Dora Pell");
        let text = "The councillor praised the harbour crews but is not running again.";
        find(text, &quotes(text), "the harbour crews");
    }

    #[test]
    fn support_and_oppose_report_a_stance() {
        let text = "Dora Pell supports the new ferry levy. Jo Arden opposed the pier plan if it cost more.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the new ferry levy")), "Dora Pell");
        assert_eq!(speaker_text(text, find(text, &q, "the pier plan")), "Jo Arden");
    }

    #[test]
    fn support_as_a_noun_or_inside_an_earlier_content_reports_nothing_of_its_own() {
        let text = "Arden won 40 percent support among dock workers.";
        assert!(quotes(text).is_empty());
        let text = "Lind said that she would support Arden if the levy passed.";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        find(text, &q, "she would support Arden if the levy passed");
    }

    #[test]
    fn a_closing_apposition_ends_a_content() {
        let text = "Dora Pell said the ferry was late again, a problem the port has faced for years.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the ferry was late again")), "Dora Pell");
        // An apposition in the middle of the content, or a list, is part of it.
        let text = "Dora Pell said the ferry, the oldest in the fleet, would close in May.";
        find(text, &quotes(text), "the ferry, the oldest in the fleet, would close in May");
        let text = "Dora Pell said she backed the levy, the pier and the bridge.";
        find(text, &quotes(text), "she backed the levy, the pier and the bridge");
    }

    #[test]
    fn a_subject_may_carry_an_aside_between_dashes() {
        let text = "Dock workers in the next two towns — Elmton and Fairport — said it was important that the ferry run on time.";
        let q = quotes(text);
        let r = find(text, &q, "it was important that the ferry run on time");
        assert_eq!(speaker_text(text, r), "Dock workers in the next two towns");
    }

    #[test]
    fn a_noun_phrase_objects_examples_after_including_stay_in_the_content() {
        let text = "Dora Pell cited several causes for the delay, including a broken ferry ramp.";
        let q = quotes(text);
        let r = find(text, &q, "several causes for the delay, including a broken ferry ramp");
        assert_eq!(speaker_text(text, r), "Dora Pell");
    }

    #[test]
    fn a_lowercase_quotation_right_after_a_word_of_the_clause_makes_a_mixed_quote() {
        let text = "Dora Pell said she would advise Lind on dealing with the “storms that keep closing the harbour every winter, one after another.”";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(
            &text[q[0].span.range()],
            "she would advise Lind on dealing with the “storms that keep closing the harbour every winter, one after another.”"
        );
        assert_eq!(speaker_text(text, &q[0]), "Dora Pell");
        // The content goes on after a short quotation to the end of its clause.
        let text = "Dora Pell pledged to be \"the best harbour master the town has seen\" over the next ten years.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(
            &text[q[0].span.range()],
            "to be \"the best harbour master the town has seen\" over the next ten years"
        );
        // Right after its cue, the quotation is the cue's own.
        let text =
            "Dock workers marched to the town hall on Monday, chanting “no ferry, no fares, no more waiting here.”";
        let q = quotes(text);
        let r = find(text, &q, "no ferry, no fares, no more waiting here.");
        assert_eq!(r.kind, QuoteType::Direct);
    }

    #[test]
    fn a_closing_in_phrase_naming_a_medium_or_a_date_ends_a_noun_phrase_object() {
        let text = "Dora Pell attacked the harbour board in a late-night radio interview.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the harbour board")), "Dora Pell");
        let text = "The dock workers' union endorsed Mara Lind in early June.";
        find(text, &quotes(text), "Mara Lind");
        // An "in" phrase that goes on into a clause, or names neither, stays in the object.
        let text = "Dora Pell cited comments Lind made in 2019 that the levy was unfair.";
        find(text, &quotes(text), "comments Lind made in 2019 that the levy was unfair");
        let text = "Dora Pell endorsed the new ferry terminal in Elmton.";
        find(text, &quotes(text), "the new ferry terminal in Elmton");
    }

    #[test]
    fn a_plural_possessive_role_speaks() {
        for text in [
            "The dock workers' union said the ferry plan had failed.",
            "The dock workers’ union said the ferry plan had failed.",
        ] {
            let q = quotes(text);
            let r = find(text, &q, "the ferry plan had failed");
            assert!(
                speaker_text(text, r).starts_with("The dock workers") && speaker_text(text, r).ends_with("union"),
                "{q:?}"
            );
        }
    }

    #[test]
    fn a_demonstrative_before_a_finite_verb_opens_a_content() {
        let text = "Dora Pell said this is only a rough patch for the ferry line.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "this is only a rough patch for the ferry line")), "Dora Pell");
        // "said this week" is still a time phrase.
        let text = "Dora Pell said this week the ferry line would close.";
        find(text, &quotes(text), "the ferry line would close");
    }

    #[test]
    fn a_relative_pronoun_before_say_speaks() {
        let text =
            "The levy drew a backlash from shop owners on Quay Street who say the law unfairly targets small firms.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the law unfairly targets small firms")), "who");
    }

    #[test]
    fn a_short_quotation_right_after_a_speech_verb_is_a_quote() {
        let text = "Protesters marching through the streets chanted \"No fares!\" and kept going until dawn.";
        let q = quotes(text);
        let r = find(text, &q, "No fares!");
        assert_eq!(r.kind, QuoteType::Direct);
        assert_eq!(speaker_text(text, r), "Protesters");
        // A naming verb, or a quotation that a clause goes on from, is a fragment.
        let text = "Dora Pell called the levy \"daylight robbery\" and left the hall.";
        assert!(quotes(text).iter().all(|x| x.kind != QuoteType::Direct), "{:?}", quotes(text));
        let text = "Dora Pell said \"budget reforms\" and new fees would pay for the ferry.";
        assert!(quotes(text).iter().all(|x| x.kind != QuoteType::Direct), "{:?}", quotes(text));
    }

    #[test]
    fn asked_about_reports_what_was_asked_about() {
        let text = "Mara Lind asked the harbour master about the ferry timetable during the meeting.";
        let q = quotes(text);
        assert_eq!(speaker_text(text, find(text, &q, "the ferry timetable")), "Mara Lind");
        // The asker's second predicate is not part of it.
        let text = "Mara Lind asked Pell about the ferry timetable and decided against a vote.";
        find(text, &quotes(text), "the ferry timetable");
    }

    #[test]
    fn a_sung_line_is_a_quote_and_a_gerund_after_before_starts_a_new_one() {
        let text = "“Keep your hands where I can see them,” Dora Pell sings to Lind before asking her, “Where do we go from here?”";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(&text[q[0].span.range()], "Keep your hands where I can see them");
        assert_eq!(speaker_text(text, &q[0]), "Dora Pell");
        assert_eq!(&text[q[1].span.range()], "Where do we go from here?");
    }

    #[test]
    fn a_relative_pronoun_before_the_cue_speaks_the_quotation_after_it() {
        let text = "The gala drew Ann Lee and Tom Reed, who joked of the new harbour museum, “I have not seen it yet, but I am going to.”";
        let q = quotes(text);
        let r = find(text, &q, "I have not seen it yet, but I am going to.");
        assert_eq!(speaker_text(text, r), "who");
    }

    #[test]
    fn a_transcript_with_straight_marks_and_capital_labels_splits_into_turns() {
        let text = "Partial transcript as follows:\n\n\"LIND: Welcome back. Let’s start with the ferry strike and the union’s “Harbour Hour” advert, which aired today.\n\n\"PELL: Well, look, the union thinks this is an episode of “Harbour Hour.” It is not a game, and the town knows it.\n\n\"LIND: Will the ferries run on Monday?\n\n\"PELL: They will run on Monday, and every day after that.\"";
        let q = quotes(text);
        let turns: Vec<(&str, &str)> = q.iter().map(|x| (&text[x.span.range()], speaker_text(text, x))).collect();
        assert_eq!(
            turns,
            vec![
                ("Welcome back. Let’s start with the ferry strike and the union’s “Harbour Hour” advert, which aired today.", "LIND"),
                ("Well, look, the union thinks this is an episode of “Harbour Hour.” It is not a game, and the town knows it.", "PELL"),
                ("Will the ferries run on Monday?", "LIND"),
                ("They will run on Monday, and every day after that.", "PELL"),
            ]
        );
        assert!(q.iter().all(|x| x.kind == QuoteType::Direct));
    }
}
