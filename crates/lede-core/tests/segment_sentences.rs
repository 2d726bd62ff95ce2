//! Sentence-splitting regressions: one test per fixed bug, each checking the sentences
//! through the text (the spans must slice out exactly the expected strings).
use lede_core::{segment, Models, Span};
use std::sync::OnceLock;

fn models() -> &'static Models {
    static M: OnceLock<Models> = OnceLock::new();
    M.get_or_init(|| Models::embedded().unwrap())
}

/// The sentences of `text` (one block), checked to be trimmed, in order and on char
/// boundaries.
fn sents(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    segment::sentences::split_block(text, Span::new(0, text.len()), 0, models(), &mut out);
    let mut last = 0;
    for s in &out {
        assert!(s.span.start >= last && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        let t = &text[s.span.range()];
        assert_eq!(t, t.trim());
        last = s.span.end;
    }
    out.iter().map(|s| &text[s.span.range()]).collect()
}

#[test]
fn lowercase_sentence_start_after_period() {
    assert_eq!(
        sents("the bus was late again. we walked home in the rain."),
        vec!["the bus was late again.", "we walked home in the rain."]
    );
    assert_eq!(sents("nope. i stayed in."), vec!["nope.", "i stayed in."]);
}

#[test]
fn lowercase_after_question_mark_splits() {
    assert_eq!(sents("are you coming? let me know."), vec!["are you coming?", "let me know."]);
}

#[test]
fn lowercase_after_abbreviation_does_not_split() {
    assert_eq!(
        sents("Tools, paint, brushes etc. are in the shed by 7 a.m. on weekdays."),
        vec!["Tools, paint, brushes etc. are in the shed by 7 a.m. on weekdays."]
    );
    assert_eq!(sents("The Lakers vs. the Bulls was sold out."), vec!["The Lakers vs. the Bulls was sold out."]);
    assert_eq!(sents("Kestrel Bay (pop. 12,400) voted."), vec!["Kestrel Bay (pop. 12,400) voted."]);
}

#[test]
fn lowercase_after_quote_is_attribution() {
    assert_eq!(sents("\"We are ready.\" she said."), vec!["\"We are ready.\" she said."]);
    assert_eq!(sents("“Is it over?” he asked."), vec!["“Is it over?” he asked."]);
}

#[test]
fn lowercase_after_ellipsis_does_not_split() {
    assert_eq!(sents("I thought... maybe not."), vec!["I thought... maybe not."]);
}

#[test]
fn inline_lowercase_list_marker_does_not_split() {
    assert_eq!(sents("Options: a) wait. b) leave now."), vec!["Options: a) wait. b) leave now."]);
}

#[test]
fn brand_with_exclamation_mark_before_lowercase() {
    assert_eq!(sents("She sold shares in Jeopardy! last year."), vec!["She sold shares in Jeopardy! last year."]);
    assert_eq!(sents("what a game! see you soon."), vec!["what a game!", "see you soon."]);
}

#[test]
fn question_without_space_splits() {
    assert_eq!(sents("is it cheap?how far is it?"), vec!["is it cheap?", "how far is it?"]);
}

#[test]
fn bullet_then_numbered_marker() {
    assert_eq!(sents("• 4. Bring a coat • 5. Bring a hat"), vec!["• 4. Bring a coat", "• 5. Bring a hat"]);
    assert_eq!(sents("⁃7. Lock the gate ⁃8. Feed the cat"), vec!["⁃7. Lock the gate", "⁃8. Feed the cat"]);
}

#[test]
fn period_then_spaced_ellipsis_opens_next_sentence() {
    assert_eq!(
        sents("The river was calm. . . . The boats stayed in. . . ."),
        vec!["The river was calm.", ". . . The boats stayed in. . . ."]
    );
    assert_eq!(sents("We waited. ... Nobody came."), vec!["We waited.", "... Nobody came."]);
    // Glued four dots stay with the sentence before.
    assert_eq!(sents("We waited.... Nobody came."), vec!["We waited....", "Nobody came."]);
    // A spaced ellipsis before a lowercase word is mid-sentence.
    assert_eq!(sents("We waited . . . and waited."), vec!["We waited . . . and waited."]);
}

#[test]
fn acronym_before_title_word_does_not_split() {
    assert_eq!(
        sents("Critics of U.S. President Ana Ruiz spoke. They left."),
        vec!["Critics of U.S. President Ana Ruiz spoke.", "They left."]
    );
    // A title abbreviation after a time abbreviation still starts a sentence.
    assert_eq!(
        sents("The shop shut at 6 P.M. Mr. Lund went home."),
        vec!["The shop shut at 6 P.M.", "Mr. Lund went home."]
    );
}

#[test]
fn caption_credit_starts_a_sentence() {
    assert_eq!(
        sents("Volunteers clear the beach near Port Ellery Photo: Coast Desk."),
        vec!["Volunteers clear the beach near Port Ellery", "Photo: Coast Desk."]
    );
    // Lowercase use inside a sentence is left alone.
    assert_eq!(sents("The photo: a dog on a roof."), vec!["The photo: a dog on a roof."]);
}

#[test]
fn reversed_closing_quote_ends_sentence() {
    assert_eq!(
        sents("“We will appeal the ruling.“ However, the board met again."),
        vec!["“We will appeal the ruling.“", "However, the board met again."]
    );
}

#[test]
fn leading_dateline_date_is_its_own_sentence() {
    assert_eq!(
        sents("Tuesday, March 3, 2026 The council met in Porthaven."),
        vec!["Tuesday, March 3, 2026", "The council met in Porthaven."]
    );
    assert_eq!(sents("March 3, 2026 was a Tuesday."), vec!["March 3, 2026 was a Tuesday."]);
}

#[test]
fn multi_sentence_quotation_and_attribution() {
    assert_eq!(
        sents("“The wall is old. It will fail,” said Mayor Pike. He left."),
        vec!["“The wall is old.", "It will fail,” said Mayor Pike.", "He left."]
    );
    assert_eq!(
        sents("\"The water is rising fast,\" she said. Then she left."),
        vec!["\"The water is rising fast,\" she said.", "Then she left."]
    );
}

#[test]
fn urls_emails_handles_keep_their_dots() {
    assert_eq!(
        sents("Write to desk@porthaven.example.org. Or visit www.porthaven.example/news. Thanks."),
        vec!["Write to desk@porthaven.example.org.", "Or visit www.porthaven.example/news.", "Thanks."]
    );
}

#[test]
fn question_inside_parentheses_before_lowercase() {
    assert_eq!(
        sents("My cousins (Ana and Rui? from school) came too."),
        vec!["My cousins (Ana and Rui? from school) came too."]
    );
}

#[test]
fn question_without_space_inside_parentheses() {
    assert_eq!(sents("The twins (Ana and Rui?from school) came."), vec!["The twins (Ana and Rui?from school) came."]);
}

#[test]
fn detached_period_before_lowercase() {
    assert_eq!(sents("the staff was friendly . and fast ."), vec!["the staff was friendly .", "and fast ."]);
}

#[test]
fn ellipsis_with_question_mark_before_lowercase() {
    assert_eq!(sents("is that a gift...?? i thought so."), vec!["is that a gift...??", "i thought so."]);
}

#[test]
fn shouted_exclamations_before_lowercase() {
    assert_eq!(sents("call the vet NOW!!! or else."), vec!["call the vet NOW!!!", "or else."]);
    assert_eq!(sents("Great service ! come back soon."), vec!["Great service !", "come back soon."]);
}

#[test]
fn emoticon_ends_sentence() {
    assert_eq!(sents("Thanks for the tip :) We will go."), vec!["Thanks for the tip :)", "We will go."]);
    assert_eq!(sents("It was fine :) mostly."), vec!["It was fine :) mostly."]);
}

#[test]
fn bare_link_before_capitalised_word_ends_sentence() {
    assert_eq!(
        sents("The menu is at www.example.org/menu The soup is good."),
        vec!["The menu is at www.example.org/menu", "The soup is good."]
    );
    assert_eq!(sents("Write to desk@example.com Thanks again."), vec!["Write to desk@example.com", "Thanks again."]);
    assert_eq!(
        sents("Links: https://a.example/1 https://a.example/2"),
        vec!["Links: https://a.example/1", "https://a.example/2"]
    );
    assert_eq!(sents("Mail desk@example.com today."), vec!["Mail desk@example.com today."]);
}

#[test]
fn clock_time_with_am_pm_before_capitalised_word() {
    assert_eq!(
        sents("Sent 06/02/2031 10:53 AM I have booked the room."),
        vec!["Sent 06/02/2031 10:53 AM", "I have booked the room."]
    );
    assert_eq!(sents("We meet at 9:30 AM Monday in Hall B."), vec!["We meet at 9:30 AM Monday in Hall B."]);
}

#[test]
fn date_time_stamp_after_name_opens_sentence() {
    assert_eq!(
        sents("Please handle. Ana Ruiz@Desk 06/02/2031 10:53 AM Can you call me?"),
        vec!["Please handle.", "Ana Ruiz@Desk", "06/02/2031 10:53 AM", "Can you call me?"]
    );
    assert_eq!(sents("It was filed on 06/02/2031 10:53 by hand."), vec!["It was filed on 06/02/2031 10:53 by hand."]);
}

#[test]
fn ampersand_word_before_lowercase_sentence() {
    assert_eq!(sents("we beat texas a&m. i was there."), vec!["we beat texas a&m.", "i was there."]);
}

#[test]
fn clock_time_after_non_breaking_space_does_not_panic() {
    assert_eq!(
        sents("Sent 06/02/2031 10:53\u{a0}AM I have booked the room."),
        vec!["Sent 06/02/2031 10:53\u{a0}AM", "I have booked the room."]
    );
    assert_eq!(sents("Call\u{a0}06/02/2031 10:53 now."), vec!["Call\u{a0}06/02/2031 10:53 now."]);
}

#[test]
fn pull_quote_with_attribution_is_one_sentence() {
    assert_eq!(
        sents("\"We will rebuild the pier. Not this year, but soon.\" - Dora Lind"),
        vec!["\"We will rebuild the pier. Not this year, but soon.\" - Dora Lind"]
    );
    assert_eq!(
        sents("“The tide waits for no one. Neither do we.” Island blogger, “Notes from the Bay”"),
        vec!["“The tide waits for no one. Neither do we.” Island blogger, “Notes from the Bay”"]
    );
    // A quotation followed by a new sentence is still split.
    assert_eq!(sents("\"We will rebuild.\" The council agreed"), vec!["\"We will rebuild.\"", "The council agreed"]);
}
