//! Block splitting and kinds on a web-copied article (our own invented text, shaped like what
//! newsrooms paste from a web page), checked through the text.
use lede_core::{segment, BlockKind, Models};

const FERRY: &str = include_str!("fixtures/web_copied_ferry.txt");

fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
    let m = Models::embedded().unwrap();
    let seg = segment::segment(text, &m, false);
    seg.blocks.iter().map(|b| (b.kind, &text[b.span.range()])).collect()
}

#[test]
fn web_copied_article_block_kinds() {
    use BlockKind::*;
    let got = kinds(FERRY);
    let want: Vec<(BlockKind, &str)> = vec![
        (Boilerplate, "Skip to content"),
        (Boilerplate, "Advertisement"),
        (SectionTag, "Transport"),
        (Boilerplate, "Get more with Tideline Plus"),
        (Boilerplate, "Stories picked for you, every morning"),
        (Boilerplate, "Learn more"),
        (Caption, "A ferry leaves Kestrel Bay terminal on a grey morning. Photo: Tideline Staff"),
        (Headline, "Kestrel Bay ferry fares to double as operator blames fuel costs"),
        (Standfirst, "• Single tickets will rise from $4 to $8 from April"),
        (Standfirst, "• Commuter groups say they were not consulted"),
        (SectionTag, "Ferries"),
        (Byline, "By Amara Quist and Joel Brandt"),
        (Dateline, "Tuesday, March 3, 2026"),
    ];
    assert_eq!(&got[..want.len()], &want[..]);
    let kind_of = |prefix: &str| got.iter().find(|(_, t)| t.starts_with(prefix)).unwrap().0;
    assert_eq!(kind_of("KESTREL BAY —"), Body);
    assert_eq!(kind_of("“We held prices"), Body);
    assert_eq!(kind_of("Island council approves"), RelatedLink);
    assert_eq!(kind_of("What happens next"), Other);
    assert_eq!(kind_of("Commuters queue"), Caption);
    assert_eq!(kind_of("Correction: An earlier"), Correction);
    assert_eq!(kind_of("Additional reporting"), Credit);
    assert_eq!(kind_of("Share this article"), Boilerplate);
    assert_eq!(got.last().unwrap(), &(Boilerplate, "Post"));
}

#[test]
fn bullet_list_followed_by_tag_is_not_wrapped_prose() {
    let text = "  • The first point of the story runs to a fair length here\n  • The second point of the story also runs long\nTopic\n";
    let k = kinds(text);
    assert_eq!(k.len(), 3);
    assert_eq!(k[2].1, "Topic");
}

#[test]
fn caption_credit_is_its_own_sentence() {
    let m = Models::embedded().unwrap();
    let text = "Headline Here\n\nA ferry at dusk near the pier Photo: Tideline Staff\n\nBody text. More text.";
    let seg = segment::segment(text, &m, false);
    let s: Vec<&str> = seg.sentences.iter().map(|s| &text[s.span.range()]).collect();
    assert!(s.contains(&"A ferry at dusk near the pier"));
    assert!(s.contains(&"Photo: Tideline Staff"));
}
