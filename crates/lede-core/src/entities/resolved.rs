//! Pronoun and nominal mentions that quote attribution resolved to an entity ("she",
//! "the spokesman" as the speaker of a quote linked to "Mara Velden").
//!
//! Contract: [`add_resolved_mentions`] adds, to the entity each quote's speaker is linked
//! to, the speaker's span (UTF-8 byte offsets into the text) as a `Pronoun` mention when it
//! is a personal pronoun and a `Nominal` one otherwise, unless it overlaps a mention the
//! entity already has. Each entity's mentions stay sorted by start and disjoint. Only run
//! when the caller asks for it (`Options::resolved_mentions`): by default an entity lists
//! its names only, as named-entity consumers expect. Linear in quotes × mentions of the
//! linked entity.

use crate::quotes::attribution::PRONOUNS;
use crate::types::{Entity, Mention, MentionKind, Quote};

/// Add the resolved speaker mentions of `quotes` to `entities` (see the module doc).
pub fn add_resolved_mentions(text: &str, quotes: &[Quote], entities: &mut [Entity]) {
    for q in quotes {
        let Some(sp) = &q.speaker else { continue };
        let Some(e) = sp.entity.and_then(|i| entities.get_mut(i)) else { continue };
        let s = sp.span;
        if s.is_empty() || e.mentions.iter().any(|m| m.span.start < s.end && s.start < m.span.end) {
            continue;
        }
        let word = &text[s.range()];
        let kind = if PRONOUNS.iter().any(|p| word.eq_ignore_ascii_case(p)) {
            MentionKind::Pronoun
        } else {
            MentionKind::Nominal
        };
        let at = e.mentions.partition_point(|m| m.span.start < s.start);
        e.mentions.insert(at, Mention { span: s, kind });
    }
}

#[cfg(test)]
mod tests {
    use crate::types::{EntityType, MentionKind, Options};
    use crate::Engine;

    #[test]
    fn pronoun_speaker_of_a_quote_becomes_a_mention_of_its_entity_when_asked() {
        let text = "Harbour Board spokeswoman Mara Velden said on Tuesday that the vote would wait. \
                    \"We need more time,\" she said.";
        let engine = Engine::embedded().unwrap();
        let names_only = engine.analyze(text, &Options::default()).unwrap();
        let p = names_only.entities.iter().find(|e| e.canonical_name == "Mara Velden").unwrap();
        assert!(p.mentions.iter().all(|m| m.kind == MentionKind::Proper));
        let opts = Options { resolved_mentions: true, ..Options::default() };
        let a = engine.analyze(text, &opts).unwrap();
        let p = a.entities.iter().find(|e| e.canonical_name == "Mara Velden").unwrap();
        assert_eq!(p.kind, EntityType::Person);
        let shown: Vec<(&str, MentionKind)> = p.mentions.iter().map(|m| (&text[m.span.range()], m.kind)).collect();
        assert_eq!(shown, vec![("Mara Velden", MentionKind::Proper), ("she", MentionKind::Pronoun)]);
        // The same with entities alone (quotes computed only to resolve, not returned).
        let only =
            Options { features: crate::types::Features { segmentation: false, quotes: false, entities: true }, ..opts };
        let a = engine.analyze(text, &only).unwrap();
        assert!(a.quotes.is_empty());
        let p = a.entities.iter().find(|e| e.canonical_name == "Mara Velden").unwrap();
        assert_eq!(p.mentions.len(), 2);
    }
}
