//! Golden test on a whole fictional news article copied from a web page: block kinds,
//! sentences, quotes with speakers and key entities, all checked through the text.
mod common;

use lede_core::{BlockKind, Engine, EntityType, Options, QuoteType};

const ARTICLE: &str = include_str!("fixtures/harbour_article.txt");

#[test]
fn harbour_article() {
    let text = ARTICLE;
    let a = Engine::embedded().unwrap().analyze(text, &Options { tokens: true, ..Options::default() }).unwrap();
    common::check(text, &a);
    let seg = &a.segmentation;
    let kinds: Vec<(BlockKind, &str)> = seg.blocks.iter().map(|b| (b.kind, &text[b.span.range()])).collect();
    let kind_of = |prefix: &str| {
        kinds.iter().find(|(_, t)| t.starts_with(prefix)).unwrap_or_else(|| panic!("no block {prefix}")).0
    };
    use BlockKind::*;
    assert_eq!(kind_of("Skip to main content"), Boilerplate);
    assert_eq!(kind_of("Advertisement"), Boilerplate);
    assert_eq!(kind_of("Environment"), SectionTag);
    assert_eq!(kind_of("Tidewater Council Delays"), Headline);
    assert_eq!(kind_of("• The council"), Standfirst);
    assert_eq!(kind_of("• Residents"), Standfirst);
    assert_eq!(kind_of("By Imogen"), Byline);
    assert_eq!(kind_of("A crane stands"), Caption);
    assert_eq!(kind_of("PORTHAVEN"), Body);
    assert_eq!(kind_of("Read more:"), RelatedLink);
    assert_eq!(kind_of("Additional reporting"), Credit);
    assert_eq!(kind_of("Share this article"), Boilerplate);
    assert_eq!(seg.blocks.len(), 19);

    let sents: Vec<&str> = seg.sentences.iter().map(|s| &text[s.span.range()]).collect();
    assert!(sents.contains(&"\"It was late."));
    assert!(sents.contains(&"We left before the water came in,\" she said."));
    assert!(sents.contains(&"\"We cannot keep asking families to wait for the next flood,\" said Councillor Nadia Brennan, who chairs the coastal committee."));

    // Quotes.
    let q = &a.quotes;
    let find = |start: &str| {
        q.iter().find(|x| text[x.span.range()].starts_with(start)).unwrap_or_else(|| panic!("no quote {start}: {q:#?}"))
    };
    let brennan = find("We cannot keep");
    assert_eq!(brennan.kind, QuoteType::Direct);
    assert_eq!(brennan.parts.len(), 2);
    assert_eq!(&text[brennan.parts[1].range()], "The money is there. The will is not.");
    let sp = brennan.speaker.as_ref().unwrap();
    assert_eq!(&text[sp.span.range()], "Councillor Nadia Brennan");
    assert_eq!(sp.name.as_deref(), Some("Nadia Brennan"));
    let pike = find("the council needed more time");
    assert_eq!(pike.kind, QuoteType::Indirect);
    assert_eq!(&text[pike.speaker.as_ref().unwrap().span.range()], "Mayor Oliver Pike");
    let cost = find("the cost had risen");
    assert_eq!(cost.speaker.as_ref().unwrap().name.as_deref(), Some("Oliver Pike"));
    let late = find("It was late.");
    assert_eq!(&text[late.span.range()], "It was late. We left before the water came in");
    assert_eq!(&text[late.speaker.as_ref().unwrap().span.range()], "she");
    let mixed = find("the delay as");
    assert_eq!(mixed.kind, QuoteType::Mixed);
    assert_eq!(mixed.speaker.as_ref().unwrap().name.as_deref(), Some("Tomas Ferreira"));
    let residents = find("The repairs are overdue");
    assert_eq!(&text[residents.speaker.as_ref().unwrap().span.range()], "residents");
    let short = find("This is not over.");
    assert_eq!(short.speaker.as_ref().unwrap().name.as_deref(), Some("Nadia Brennan"));
    // Nothing from the teaser or boilerplate.
    assert!(q.iter().all(|x| !text[x.span.range()].contains("Storm season")));

    // Entities.
    let e = &a.entities;
    let ent = |name: &str| {
        e.iter().find(|x| x.canonical_name == name).unwrap_or_else(|| {
            panic!("no entity {name}: {:?}", e.iter().map(|x| &x.canonical_name).collect::<Vec<_>>())
        })
    };
    let nb = ent("Nadia Brennan");
    assert_eq!(nb.kind, EntityType::Person);
    assert!(nb.roles.iter().any(|r| r == "Councillor"));
    assert_eq!(nb.mentions.len(), 2);
    let op = ent("Oliver Pike");
    assert_eq!(op.kind, EntityType::Person);
    assert_eq!(op.mentions.len(), 2);
    assert_eq!(ent("Tidewater Council").kind, EntityType::Org);
    assert_eq!(ent("Harbour Trust").kind, EntityType::Org);
    assert_eq!(ent("$48 million").kind, EntityType::Money);
    assert_eq!(ent("Tuesday").kind, EntityType::Date);
    assert!(e.iter().all(|x| x.canonical_name != "Storm"), "teaser entities must be skipped");
    assert!(e.iter().all(|x| !x.canonical_name.starts_with("The ")));
    // The most salient entity is in the headline.
    let top = e.iter().max_by(|a, b| a.salience.total_cmp(&b.salience)).unwrap();
    assert_eq!(top.salience, 1.0);
}
