//! Direct-quote attribution cases, checked through the text with invented sentences.

use lede_core::{Engine, Options, Quote, QuoteType};

fn quotes(text: &str) -> Vec<Quote> {
    Engine::embedded().unwrap().analyze(text, &Options::default()).unwrap().quotes
}

fn speaker<'a>(text: &'a str, q: &Quote) -> &'a str {
    &text[q.speaker.as_ref().expect("speaker").span.range()]
}

fn parts<'a>(text: &'a str, q: &Quote) -> Vec<&'a str> {
    q.parts.iter().map(|p| &text[p.range()]).collect()
}

#[test]
fn interrupted_quote_across_sentences_is_one_quote() {
    let text = "“We did not choose this,” said Mayor Ines Kovac. “The cables left us no other option.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["We did not choose this", "The cables left us no other option."]);
    assert_eq!(&text[q[0].span.range()], &text[q[0].parts[0].start..q[0].parts[1].end]);
    assert_eq!(speaker(text, &q[0]), "Mayor Ines Kovac");
}

#[test]
fn interrupted_quote_with_nominal_speaker_and_listener() {
    let text = "“It will be slow,” a spokesman for the ferry line told reporters, “but the boats will run.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["It will be slow", "but the boats will run."]);
    assert!(speaker(text, &q[0]).starts_with("a spokesman"), "{q:#?}");
}

#[test]
fn attribution_after_exclamation_sentence_break() {
    let text = "“The pier is finally open!” he wrote on Sunday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "he");
    assert_eq!(&text[q[0].cue.unwrap().range()], "wrote");
}

#[test]
fn parenthetical_after_speaker_name() {
    let text = "“The audit was a farce,” Sen. Hal Brody (D-Ore.) said on Monday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(speaker(text, &q[0]).contains("Hal Brody"), "{q:#?}");
}

#[test]
fn long_apposition_with_commas_before_cue() {
    let text =
        "“We will rebuild,” Ada Lind, who led the council for a decade, and later chaired the board, told the crowd.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Ada Lind");
}

#[test]
fn gerund_cue_before_quote_takes_the_subject() {
    let text = "Ms. Oduya praised the volunteers, telling the radio host: “They kept this town alive all winter.”";
    let q = quotes(text);
    let d = q.iter().find(|x| x.kind == QuoteType::Direct).expect("direct");
    assert!(speaker(text, d).contains("Oduya"), "{q:#?}");
}

#[test]
fn next_paragraph_quote_after_the_attribution_alone_is_a_further_part() {
    // PolNeAR's reading: the attribution's sentence interrupts one quote.
    let text = "“The storm took the roof off,” said farmer Ravi Menon.\n\n“We will need months to rebuild the barn and the sheds.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        parts(text, &q[0]),
        vec!["The storm took the roof off", "We will need months to rebuild the barn and the sheds."]
    );
    assert!(speaker(text, &q[0]).contains("Ravi Menon"));
}

#[test]
fn next_paragraph_quote_after_more_narration_continues_previous_speaker() {
    let text = "“The storm took the roof off,” said farmer Ravi Menon. He walked us to the barn.\n\n“We will need months to rebuild the barn and the sheds.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[1]), speaker(text, &q[0]));
    assert!(q[1].confidence < q[0].confidence);
}

#[test]
fn reported_clause_interrupted_by_attribution() {
    let text = "The new museum, Director Ola Berg said, would open to visitors in early May.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["The new museum", "would open to visitors in early May"]);
    assert!(speaker(text, &q[0]).contains("Ola Berg"));
}

#[test]
fn dash_credit_after_quote_names_the_speaker() {
    let text = "“The ferry saved my business this winter.” ― Marta Quist\n\n“We need the bridge back.” ― Tomas Ek.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Marta Quist");
    assert_eq!(speaker(text, &q[1]), "Tomas Ek");
    assert_eq!(&text[q[0].cue.unwrap().range()], "―");
}

#[test]
fn weekday_after_cue_is_not_the_speaker() {
    let text = "“Our assumption is that the vote will pass,” Leader Rosa Hale, D-Vt., said Tuesday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(speaker(text, &q[0]).contains("Rosa Hale"), "{q:#?}");
}

#[test]
fn possessive_role_and_capitalised_nominal_speakers() {
    let text = "“That was outrageous,” Hale's former campaign strategist said.\n\n“We need change,” the New Harbour businessman said.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Hale's former campaign strategist");
    assert_eq!(speaker(text, &q[1]), "the New Harbour businessman");
}

#[test]
fn interrupted_quote_after_long_attribution_sentence() {
    let text = "“The ferry will run again in spring,” said Elin Dahl during a long interview at the ferry terminal \
                on the eastern side of the bay, where repair crews have been working for many weeks. “We have the parts now.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["The ferry will run again in spring", "We have the parts now."]);
}

#[test]
fn next_quote_with_its_own_attribution_is_not_merged() {
    let text = "“The budget is tight,” said Mayor Ruth Ngata. “We will cut nothing essential,” she added. \
                “The libraries stay open.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["The budget is tight"]);
    assert_eq!(parts(text, &q[1]), vec!["We will cut nothing essential", "The libraries stay open."]);
    assert_eq!(speaker(text, &q[1]), "she");
}

#[test]
fn embedded_quotation_attributed_after_is_mixed() {
    let text = "The new timetable is “a gift to every commuter,” Councillor Amara Osei said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    // (The span holds both marks of the quotation, with the comma inside the closing one.)
    assert_eq!(&text[q[0].span.range()], "The new timetable is “a gift to every commuter,”");
    assert_eq!(speaker(text, &q[0]), "Councillor Amara Osei");
}

#[test]
fn quotation_after_that_is_part_of_a_mixed_quote() {
    let text = "Mayor Ruth Ngata told residents on Monday that “the bridge will reopen before winter” and that tolls \
                would fall.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(&text[q[0].span.range()], "“the bridge will reopen before winter” and that tolls would fall");
    assert_eq!(speaker(text, &q[0]), "Mayor Ruth Ngata");
}

#[test]
fn interrupted_quote_across_possessive_in_attribution() {
    let text = "“It was a shambles,” Latimer said of Monday's rehearsal. “Nobody had read the script.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["It was a shambles", "Nobody had read the script."]);
}

#[test]
fn lowercase_role_before_name_after_cue() {
    let text = "“Voters want a fresh face,” said pollster Nadia Orlov. “They said so twice.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "pollster Nadia Orlov");
    assert_eq!(q[0].speaker.as_ref().unwrap().name.as_deref(), Some("Nadia Orlov"));
}

#[test]
fn lowercase_role_before_name_before_cue() {
    let text = "“We expected more from the council,” campaign spokeswoman Dana Ruiz said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "campaign spokeswoman Dana Ruiz");
}

#[test]
fn nominal_speaker_whose_head_is_a_cue_noun() {
    let text = "“Rents rose by a fifth in two years,” the report stated.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "the report");
}

#[test]
fn subordinator_before_name_is_not_a_role() {
    let text = "The ad ends with footage of Rana Vos saying, “I did nothing wrong here,” when Ortiz pressed her.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(speaker(text, &q[0]), "Rana Vos");
}

#[test]
fn quoted_transcript_splits_into_speaker_turns() {
    let text = "Governor Mara Lind spoke with host Tom Reed on Sunday. Partial transcript as follows:\n\n\
\"REED: Let me start with the ferry. Why did the council cancel it?\n\n\
\"LIND: Well, the real question is why the port invited a celebrity to the meeting.\n\n\
\"That was not the plan at all, and the port knows it.\n\n\
\"REED: Do you see those two as equivalent?\"\n\nLind later left for the coast.";
    let q = quotes(text);
    let turns: Vec<(&str, &str)> =
        q.iter().filter(|x| x.kind == QuoteType::Direct).map(|x| (speaker(text, x), &text[x.span.range()])).collect();
    assert_eq!(
        turns,
        [
            ("REED", "Let me start with the ferry. Why did the council cancel it?"),
            (
                "LIND",
                "Well, the real question is why the port invited a celebrity to the meeting.\n\n\
\"That was not the plan at all, and the port knows it."
            ),
            ("REED", "Do you see those two as equivalent?"),
        ],
        "{q:#?}"
    );
    assert_eq!(parts(text, &q[1]).len(), 2);
    assert_eq!(&text[q[0].cue.unwrap().range()], ":");
}

#[test]
fn title_case_quotation_alone_in_its_paragraph_is_a_subheading() {
    let text =
        "The ferry has run since 1921.\n\n'Legend of the Harbour Piers.'\n\nIt was raining when Mr. Reed arrived.\n\n\
“We will keep it running,” said Mayor Ida Lind.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Mayor Ida Lind");
}

#[test]
fn title_after_a_capitalised_owners_possessive_is_no_quote() {
    let text = "Lind said on HBC’s “Harbour Tonight With Tom Reed” that she would “take a look” at the plan.";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.kind != QuoteType::Direct), "{q:#?}");
    let r = q.iter().find(|x| &text[x.span.range()] == "she would “take a look” at the plan").expect("report");
    assert_eq!(r.kind, QuoteType::Mixed);
}

#[test]
fn hyphenated_modifier_and_count_of_children_stay_in_the_speaker() {
    for (text, who) in [
        ("Asked why, the 34-year-old mother replied, “It is meant to help the family.”", "the 34-year-old mother"),
        ("Asked why, the father of two replied, “It is meant to help the family.”", "the father of two"),
    ] {
        let q = quotes(text);
        let d = q.iter().find(|x| x.kind == QuoteType::Direct).unwrap_or_else(|| panic!("{text}: {q:#?}"));
        assert_eq!(speaker(text, d), who);
    }
}

#[test]
fn my_and_an_adverb_before_the_cue_leave_the_speaker_whole() {
    for (text, who) in [
        ("“We live in a harbour town,” my father often said.", "my father"),
        ("“We live in a harbour town,” her father often said.", "her father"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn reported_content_that_is_one_whole_quotation_is_direct() {
    let text = "According to Lind, “The harbour is more complex than the city,” presumably meaning the port.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(&text[q[0].span.range()], "The harbour is more complex than the city");
    assert_eq!(speaker(text, &q[0]), "Lind");
    let text = "Lind said that “we will keep the ferry running all year.”";
    let q = quotes(text);
    assert_eq!(q[0].kind, QuoteType::Direct, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "we will keep the ferry running all year.");
}

#[test]
fn a_weekday_an_opening_adverb_or_a_participles_listener_is_no_speaker() {
    for (text, who) in [
        ("Varga later Thursday told the harbour radio: “Both of them are meeting next week to talk about fares.”", "Varga"),
        ("Recently she announced on her page, in capital letters, \"I'm getting off the ferry and boarding the train!\"", "she"),
        (
            "Another harbour source speaking to Coast Radio said, “The agents are looking at the ferry donations.”",
            "Another harbour source",
        ),
        // A name ending in "ly" still speaks.
        ("Kelly said, “There is only one candidate with the record to stand up to the harbour board.”", "Kelly"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn an_age_or_a_possessive_role_named_between_commas_speaks() {
    for (text, who) in [
        ("“The captain is, and always has been, a fine leader,” said the 46-year-old.", "the 46-year-old"),
        ("“What if the mayor had sailing lessons?” the 43-year-old asked in the video.", "the 43-year-old"),
        (
            "\"By December, the island stuck out as a place to compete,\" Varga's campaign manager, Jo Weaver, said in an interview.",
            "Varga's campaign manager, Jo Weaver",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn the_listener_inside_a_participle_aside_is_no_speaker() {
    let text = "Gilmore spoke first. Lind, speaking to voters in Elm, said, \"Last time I looked, you had not voted.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Lind");
    // A name right after the comma is still an apposition's name.
    let text = "Gilmore spoke first. The mayor's aide, Jo Park, said, \"We will not vote.\"";
    let q = quotes(text);
    assert_eq!(speaker(text, &q[0]), "Jo Park");
}

#[test]
fn a_statement_after_a_colon_is_one_quote_not_two() {
    let text = "Kai Lind, the mayor of Elm, said in a statement: \"The closure is a blow. It needs a serious answer. We will not accept it.\"\n\nThe council met later.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(&text[q[0].span.range()], "The closure is a blow. It needs a serious answer. We will not accept it.");
    assert_eq!(&text[q[0].cue.expect("cue").range()], "said in a statement");
    assert_eq!(speaker(text, &q[0]), "Kai Lind");
}

#[test]
fn a_one_word_subject_before_a_quotation_makes_a_mixed_quote() {
    let text = "Okafor “took the ferry money,” Lind said, “and never paid it back.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(parts(text, &q[0]), vec!["Okafor “took the ferry money", "and never paid it back."]);
    assert_eq!(speaker(text, &q[0]), "Lind");
    // A linking word is no subject: the quotation stays direct.
    let text = "But “the ferry money is gone,” Lind said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(&text[q[0].span.range()], "the ferry money is gone");
}

#[test]
fn nominal_speaker_stops_before_said_in_a_statement() {
    let text = "“The pier stays shut,” a ferry representative said in a statement.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "a ferry representative");
    assert_eq!(&text[q[0].cue.expect("cue").range()], "said in a statement");
    let text = "“The pier stays shut,” a ferry spokesman wrote in a statement.";
    assert_eq!(speaker(text, &quotes(text)[0]), "a ferry spokesman");
    // A noun that is also a cue still heads the phrase before its verb.
    let text = "“The pier stays shut,” the report says.";
    assert_eq!(speaker(text, &quotes(text)[0]), "the report");
}

#[test]
fn a_time_phrase_between_the_cue_and_the_quotation_keeps_the_speaker() {
    let text = "The harbour board said Thursday, \"We never asked for the pier to close.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(speaker(text, &q[0]), "The harbour board");
    let text = "As Ida Lund said last week in Elmton, “The port is the center of the future.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Ida Lund");
    assert_eq!(&text[q[0].cue.expect("cue").range()], "said");
}

#[test]
fn a_source_close_to_someone_speaks_a_direct_quote() {
    let text = "“The pier stays shut,” a source close to the mayor said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "a source close to the mayor");
}

#[test]
fn a_name_inside_the_apposition_before_a_colon_quote_is_not_the_speaker() {
    let text = "Kai Lind, a ferry captain from Elm, said: \"The closure is a blow to every family here.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Kai Lind");
    let text = "The Elm Ferry Company said in a statement: \"We will be back at work soon.\"";
    let q = quotes(text);
    assert_eq!(speaker(text, &q[0]), "Elm Ferry Company");
    assert_eq!(&text[q[0].cue.expect("cue").range()], "said in a statement");
    // A name right before the comma, after a role, still speaks.
    let text = "Her adviser, Jo Park, said: \"The closure is a blow.\"";
    assert_eq!(speaker(text, &quotes(text)[0]), "Jo Park");
}

#[test]
fn the_name_apposed_to_a_role_after_the_quote_speaks() {
    for (text, who) in [
        ("“The pier is gone,” one resident, Tove Arden, told the Harbour Gazette.", "Tove Arden"),
        ("“The pier is gone,” said one resident, Tove Arden.", "Tove Arden"),
        ("“The pier is gone,” said the harbour master, Tove Arden, who saw it fall.", "Tove Arden"),
        ("“The pier is gone,” the harbour master, a former diver, said.", "the harbour master"),
        ("“The pier is gone,” the harbour master, who saw it fall, said.", "the harbour master"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_common_modifier_inside_a_nominal_speaker() {
    for (text, who) in [
        ("“The pier is gone,” the new harbour master said.", "the new harbour master"),
        ("“The pier is gone,” according to the news outlet.", "the news outlet"),
        ("“The pier is gone,” said the other witness.", "the other witness"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_gerund_cue_after_an_attributed_quotation_keeps_its_speaker() {
    for (text, who) in [
        ("“Stay indoors,” police said on Twitter, adding: “Do not approach the suspect.”", "police"),
        ("“Stay indoors,” Ines Kovac said on Twitter, adding: “Do not approach the suspect.”", "Ines Kovac"),
        ("“Stay indoors,” said Ines Kovac on Twitter, adding: “Do not approach the suspect.”", "Ines Kovac"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!(&text[q[1].span.range()], "Do not approach the suspect.", "{text}");
        assert_eq!(speaker(text, &q[1]), who, "{text}");
        assert_eq!(&text[q[1].cue.unwrap().range()], "adding", "{text}");
    }
    // After "said," with no place between, the gerund's quotation is its own too.
    let text = "“Stay indoors,” police said, adding: “Do not approach the suspect.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].kind, QuoteType::Direct);
}

#[test]
fn an_inverted_cue_before_a_bare_plural_at_the_end() {
    for (text, who) in [
        ("‘We were betrayed,’ say farmers", "farmers"),
        ("“We were betrayed,” said local dairy farmers.", "local dairy farmers"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // A past form before a plural is a verb and its object, not an inverted cue.
    let text = "Little noticed in the count: Varga won a majority of regular, pledged delegates.";
    assert!(quotes(text).iter().all(|q| q.speaker.is_none()), "{:#?}", quotes(text));
}

#[test]
fn in_part_between_the_cue_and_the_quotation() {
    for text in
        ["The statement read, in part: “We regret the error.”", "The letter said, in part, “We regret the error.”"]
    {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert!(speaker(text, &q[0]).starts_with("The "), "{text}");
    }
}

#[test]
fn said_only_before_a_colon_is_the_cue_of_the_quotation() {
    let text = "Ida Varga, asked about the pier, said only: “We’ll see.”";
    let q = quotes(text);
    let d: Vec<_> = q.iter().filter(|x| text[x.span.range()].contains("We’ll see")).collect();
    assert_eq!(d.len(), 1, "{q:#?}");
    assert_eq!(d[0].kind, QuoteType::Direct);
    assert_eq!(speaker(text, d[0]), "Ida Varga");
    let text = "Ida Varga said only that the pier would reopen.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "the pier would reopen");
}

#[test]
fn was_all_and_an_auxiliary_before_an_inverted_cue() {
    for (text, who) in [
        ("“It’s over,” was all Ida Varga would say.", "Ida Varga"),
        ("“It’s over,” is all the harbour master will say.", "the harbour master"),
        ("“It’s over,” the harbour master did say.", "the harbour master"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_definite_role_resolves_to_the_person_or_organisation_it_names() {
    let name = |text: &str, start: &str| -> Option<String> {
        let q = quotes(text);
        let x = q.iter().find(|x| text[x.span.range()].starts_with(start)).unwrap_or_else(|| panic!("{q:#?}"));
        x.speaker.as_ref().and_then(|s| s.name.clone())
    };
    let text = "Ines Kovac, the mayor of Elm, spoke on Monday. The mayor said the pier would reopen.";
    assert_eq!(name(text, "the pier").as_deref(), Some("Ines Kovac"));
    let text = "Tove Arden, a spokeswoman for Acme Ferries, said the line would close. “We tried everything,” the spokeswoman said.";
    assert_eq!(name(text, "We tried").as_deref(), Some("Tove Arden"));
    let text = "Mayor Ines Kovac opened the pier. “It is done,” the mayor said.";
    assert_eq!(name(text, "It is done").as_deref(), Some("Ines Kovac"));
    let text = "The Harbour Board said on Monday it would sell the pier. The board said the sale would close in May.";
    assert_eq!(name(text, "the sale").as_deref(), Some("Harbour Board"));
    // A role that is not the apposition's head names nobody ("Park, the poll found").
    let text = "Tove Arden, a campaign aide, left. “We won,” the campaign said.";
    assert_eq!(name(text, "We won"), None);
    // A place modifying a role is not who speaks.
    let text = "Ines Kovac met voters in Elm. “We won,” the Vermont senator said.";
    assert_ne!(name(text, "We won").as_deref(), Some("Vermont"));
    // A name followed by a preposition is still the head ("the Port Alden Chamber of Commerce").
    let text = "Shops opened in Port Alden. “We won,” said the Port Alden Chamber of Commerce.";
    assert!(name(text, "We won").is_some_and(|n| n.starts_with("Port Alden")), "{:?}", name(text, "We won"));
}

#[test]
fn state_before_a_noun_and_a_cue_is_no_cue() {
    for (text, who) in [
        ("“It is over,” state media said.", "state media"),
        ("“It is over,” state television reported.", "state television"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_ne!(&text[q[0].cue.unwrap().range()], "state");
    }
}

#[test]
fn a_quotation_missing_its_closing_mark_runs_to_its_paragraph_end() {
    // The second quotation of an interrupted quote never closes: it goes on to the end of its
    // paragraph and joins the first, with a lower confidence than a closed one.
    let text = "“The plan is a disaster for the town,” said Lund. “Our members have rejected it twice. We will not accept a third version.\n\nShe continued, “That is what we intend to do.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        parts(text, &q[0]),
        vec![
            "The plan is a disaster for the town",
            "Our members have rejected it twice. We will not accept a third version."
        ]
    );
    assert_eq!(speaker(text, &q[0]), "Lund");
    assert!(q[0].confidence < q[1].confidence, "{q:?}");
    assert_eq!(&text[q[1].span.range()], "That is what we intend to do.");
    // At the end of the document, too.
    let text = "The council met on Monday. Berg said: “We will appeal the ruling in the spring";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(&text[q[0].span.range()], "We will appeal the ruling in the spring");
    assert_eq!(speaker(text, &q[0]), "Berg");
}

#[test]
fn a_stray_or_mid_phrase_mark_left_open_is_no_quotation() {
    for text in [
        "An “unbalanced start to the season worried the club.\n\nBerg said the team would recover.",
        "A stray “ mark sits here. The club met on Monday.",
        "The show aired on CBS‘ morning slot. The club met on Monday.",
    ] {
        let q = quotes(text);
        assert!(q.iter().all(|q| q.kind != QuoteType::Direct), "{text}: {q:?}");
    }
}

#[test]
fn elaborated_is_a_cue_inside_an_interrupted_quote() {
    let text =
        "Berg shared her view of the vote.\n\n“The way I see it,” she elaborated, “no one ever doubted the crew.”";
    let q = quotes(text);
    let d = q.iter().find(|x| x.kind == QuoteType::Direct).expect("direct quote");
    assert_eq!(parts(text, d), vec!["The way I see it", "no one ever doubted the crew."]);
    assert_eq!(speaker(text, d), "she");
    assert_eq!(&text[d.cue.unwrap().range()], "elaborated");
}

#[test]
fn a_new_sentence_introducing_the_next_quote_leaves_an_introduced_one_alone() {
    let text = "Berg said, “The ferry is late again.” He added, “Nobody told the crew.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "The ferry is late again.");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(speaker(text, &q[0]), "Berg");
    assert_eq!(&text[q[1].span.range()], "Nobody told the crew.");
    assert_eq!(speaker(text, &q[1]), "He");
}

#[test]
fn a_circumstance_or_listener_after_the_cue_keeps_the_attribution() {
    for (text, who) in [
        ("“Where is the ferry?” Lund asked reporters.", "Lund"),
        ("“We are going to win!” Lund shouted as the band played.", "Lund"),
        ("“We are going to win!” Lund said with a grin.", "Lund"),
        ("“We are going to win!” Lund said amid the cheering.", "Lund"),
        ("“We are going to win!” Lund said to the crowd.", "Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // An infinitive after the cue is a report of its own.
    let text = "“We are going to win.” Lund vowed to block the levy.";
    let q = quotes(text);
    assert!(q.iter().any(|x| x.kind == QuoteType::Indirect && &text[x.span.range()] == "to block the levy"), "{q:#?}");
    assert!(q.iter().find(|x| x.kind == QuoteType::Direct).is_some_and(|x| x.speaker.is_none()), "{q:#?}");
}

#[test]
fn a_hyphenated_age_or_modifier_stays_inside_a_nominal_speaker() {
    for (text, who) in [
        ("“The dock needs work,” the 64-year-old engineer said.", "the 64-year-old engineer"),
        ("“The dock needs work,” said the 64-year-old engineer.", "the 64-year-old engineer"),
        ("“The dock needs work,” a well-known surveyor said on Friday.", "a well-known surveyor"),
        ("“The dock needs work,” the soft-spoken, 64-year-old engineer said.", "the soft-spoken, 64-year-old engineer"),
        ("“The dock needs work,” said the 64-year-old.", "the 64-year-old"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_gerund_after_a_closing_attribution_takes_its_speaker_not_the_reported_subject() {
    for (text, who) in [
        ("The ferry will be sold in May, Kessel said, adding, “The crew will stay on.”", "Kessel"),
        ("The ferry will be sold in May, Kessel said Tuesday, adding: “The crew will stay on.”", "Kessel"),
        (
            "The ferry will be sold in May, the harbour master said, adding, “The crew will stay on.”",
            "the harbour master",
        ),
    ] {
        let q = quotes(text);
        let d = q.iter().find(|x| x.kind == QuoteType::Direct).expect("direct quote");
        assert_eq!(speaker(text, d), who, "{text}");
        assert_eq!(&text[d.cue.unwrap().range()], "adding", "{text}");
    }
}

#[test]
fn a_role_with_its_of_or_for_phrase_speaks_after_the_quotation() {
    for (text, who) in [
        ("“The crews are underpaid,” the former secretary of state said.", "the former secretary of state"),
        ("“The crews are underpaid,” said a spokesman for the ferry line.", "a spokesman for the ferry line"),
        ("“The crews are underpaid,” said a member of the board.", "a member of the board"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_new_sentence_after_a_colon_introduced_quote_is_not_its_attribution() {
    let text = "Lund said: “We will appeal the ruling.” Berg disagreed, saying the ruling was final.";
    let q = quotes(text);
    let d = q.iter().find(|x| x.kind == QuoteType::Direct).expect("direct quote");
    assert_eq!(speaker(text, d), "Lund");
    assert_eq!(&text[d.cue.unwrap().range()], "said");
}

#[test]
fn a_place_after_at_or_in_inside_the_subject_is_no_speaker() {
    for (text, who) in [
        ("Officials in Elm said: “The levy stays.”", "Officials"),
        ("Protesters at the pier chanted “Stop the levy!”", "Protesters"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_lowercase_quotation_after_an_interrupting_attribution_finishes_the_clause() {
    let text = "The ferry levy, Berg said, “will pass with room to spare.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(parts(text, &q[0]), vec!["The ferry levy", "will pass with room to spare."]);
    assert_eq!(speaker(text, &q[0]), "Berg");
    // The clause starts after the last comma before the attribution.
    let text = "It was a win for Lund, and the ferry levy, she said, “will pass with room to spare.”";
    let q = quotes(text);
    assert_eq!(parts(text, &q[0]), vec!["and the ferry levy", "will pass with room to spare."]);
    // One word before the attribution is no clause ("Still, she added, “…”").
    let text = "Still, she added, “we cannot ignore the change.”";
    let q = quotes(text);
    assert_eq!(q[0].kind, QuoteType::Direct, "{q:#?}");
}

#[test]
fn a_nickname_inside_a_name_is_no_quotation_and_stays_in_the_speaker() {
    for (text, who) in [
        ("“This is a big year,” said Ana “Annie” Lund.", "Ana “Annie” Lund"),
        ("“This is a big year,” Ana “Annie” Lund said.", "Ana “Annie” Lund"),
        ("\"This is a big year,\" Ana \"Annie\" Lund said.", "Ana \"Annie\" Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(parts(text, &q[0]), vec!["This is a big year"], "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // A quoted title between lowercase words is still a quotation.
    let text = "Berg called the film “Harbour Lights” a triumph.";
    assert!(quotes(text).iter().any(|q| text[q.span.range()].contains("Harbour Lights")), "{:#?}", quotes(text));
}

#[test]
fn a_new_sentence_naming_its_listener_after_an_exclamation_attributes_it() {
    for (text, who) in [
        ("“This is a big year!” Ana Lund told the crowd.", "Ana Lund"),
        ("“This is a big year!” state Del. Ana Lund told the crowd.", "state Del. Ana Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // A listener is never an inverted speaker.
    assert!(quotes("The plan failed, told the crowd.").is_empty());
}

#[test]
fn a_short_quotation_inside_the_attributions_aside_leaves_it_whole() {
    let text = "“We will win,” Bill Lund, wearing “Vote Berg” pins, said. “The harbour is ours.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["We will win", "The harbour is ours."]);
    assert_eq!(speaker(text, &q[0]), "Bill Lund");
}

#[test]
fn a_speaker_with_a_prepositional_phrase_before_the_quotation_keeps_its_head() {
    for (text, who) in [
        ("The mayor of Elm said: “We will win.”", "The mayor of Elm"),
        ("A spokesman for the company said: “We will win.”", "A spokesman for the company"),
        ("A sign at the rally read “Vote Berg.”", "A sign at the rally"),
        ("The banner over the stage read “Vote Berg.”", "The banner over the stage"),
        ("Berg on Twitter wrote: “We will win.”", "Berg"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // A participle's speaker is the name it follows.
    let text = "The ad uses footage of Ana Lund asking, “Why not?”";
    assert_eq!(speaker(text, &quotes(text)[0]), "Ana Lund");
}

#[test]
fn an_anonymity_clause_stays_with_its_speaker() {
    for (text, who) in [
        ("“We will strike,” a member who asked not to be named said.", "a member who asked not to be named"),
        (
            "“We will strike,” said a member who spoke on condition of anonymity because she feared retaliation.",
            "a member who spoke on condition of anonymity",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].cue.unwrap().range()], "said", "{text}");
    }
}

#[test]
fn a_place_after_the_listener_is_no_reported_content() {
    let text = "“This is not how oversight works,” she told reporters outside the Capitol.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["This is not how oversight works"]);
}

#[test]
fn a_closing_mark_before_an_ellipsis_opens_a_cut_quotation() {
    let text = "Lund spoke last.\n\n” … what I learned from those families is that the port matters,” she said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "… what I learned from those families is that the port matters");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(speaker(text, &q[0]), "she");
}

#[test]
fn a_direction_mark_before_a_quotation_stands_for_a_space() {
    let text = "Readers wrote in.\n\n\u{202a}”This is why the pier has to be rebuilt. It is old,” said Ray Dunn.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "This is why the pier has to be rebuilt. It is old");
    assert_eq!(speaker(text, &q[0]), "Ray Dunn");
}

#[test]
fn the_possessor_of_an_answer_speaks_after_a_colon_and_links_to_the_person() {
    let text = "Ana Lund was asked about the levy. Her answer was simple: “We will not raise it.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Her");
    assert_eq!(q[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Ana Lund"), "{q:#?}");
}

#[test]
fn a_paragraph_announcing_a_speaker_attributes_the_next_paragraphs_quotation() {
    for (text, who) in [
        (
            "The council met on Tuesday. Ana Lund spoke first.\n\n“We will not raise the levy. Not this year.”",
            "Ana Lund",
        ),
        ("The council met on Tuesday. The mayor replied briefly.\n\n“We will not raise the levy.”", "The mayor"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(text, &q[0]), who);
    }
    // A verb inside a longer clause announces nobody.
    let text = "The council met on Tuesday and the mayor spoke.\n\n“We will not raise the levy.”";
    let q = quotes(text);
    assert!(q[0].speaker.is_none(), "{q:#?}");
}

#[test]
fn a_quotation_followed_by_its_author_is_a_title() {
    let text = "Links.\n\n—“A sketch artist gets a gallery show,” by Elm Daily’s Carey Dunne: http://example.com/x.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
    let text = "“The plan is dead,” said Lund, who was elected by Elm voters.";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn a_report_in_a_relative_clause_between_two_parts_is_kept() {
    let text = "“I will vote for Lund,” said Mara Velt, 24, of Elmton, who said Lund is best suited to fix the ferries. “It is for the people.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(parts(text, &q[0]), vec!["I will vote for Lund", "It is for the people."]);
    assert_eq!(speaker(text, &q[0]), "Mara Velt");
    assert_eq!(q[1].kind, QuoteType::Indirect);
    assert_eq!(&text[q[1].span.range()], "Lund is best suited to fix the ferries");
    assert_eq!(speaker(text, &q[1]), "who");
    // A relative clause that describes the speaker reports nothing.
    let text = "“I will vote for Lund,” said Mara Velt, who supports the harbour plan. “It is for the people.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
}

#[test]
fn the_issuer_of_a_statement_or_email_speaks_a_quotation_after_saying() {
    for (text, who) in [
        ("Lund issued a statement saying, \"We will rebuild the pier.\"", "Lund"),
        ("In Elmton, Mayor Ana Lund released a statement Thursday night condemning \"what appears to be a horrific attack.\"", "Mayor Ana Lund"),
        ("Minutes later, she sent an email saying, “done.”", "she"),
        ("Lori Berg held up a sign saying \"Sailors Against the Levy.\"", "Lori Berg"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(q[0].kind, QuoteType::Direct, "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn two_opening_phrases_before_the_subject_of_a_gerund_attribution() {
    let text = "On Thursday, after remaining neutral throughout the primary process, Velt appeared with Rachel Berg and officially endorsed Lund, saying, “I think having a fighter in the lead is exactly what this town needs.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Velt");
}

#[test]
fn a_gerund_after_an_attributed_quotation_is_not_credited_to_a_subject_inside_it() {
    let text = "\"I have tremendous respect for Mayor Ana Berg. He has been an incredible leader for the state of Elm,\" Lund said, adding: \"I would enthusiastically welcome his support.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[1]), "Lund");
}

#[test]
fn alongside_opening_a_sentence_is_no_speaker_and_even_is_skipped() {
    let text = "Alongside calls for action, even a top strategist said Lund will have to choose whose side she is on, saying, “At some point, she is going to have to come out.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert!(q.iter().all(|x| speaker(text, x) == "a top strategist"), "{q:#?}");
}

#[test]
fn a_listener_after_a_medium_or_after_emailed_does_not_speak() {
    for (text, who) in [
        ("His campaign sent out a text message to supporters saying: \"With your help, we won!\"", "His campaign"),
        ("The Elm senator emailed supporters saying: “The struggle continues.”", "The Elm senator"),
        ("Her campaign quickly sent a statement to reporters stating: “We will appeal.”", "Her campaign"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_medium_noun_opening_the_text_before_a_gerund_cue_does_not_panic() {
    for text in ["statements saying, “We won.”", "signs saying: \"No levy.\"", "a statement saying, “We won.”"]
    {
        let q = quotes(text);
        assert!(q.iter().all(|x| text.is_char_boundary(x.span.start)), "{q:#?}");
    }
}

#[test]
fn a_reply_noun_after_the_quotation_names_its_speaker() {
    // "was Lund's reply" credited "was Lund's"; the others had no speaker.
    for (text, who) in [
        ("“Absolutely not,” was Lund's reply.", "Lund"),
        ("“Absolutely not,” was Mayor Lund’s answer.", "Lund"),
        ("“Absolutely not,” came the reply from Ana Lund.", "Ana Lund"),
        ("Lund was asked whether she would run. “Absolutely not,” was her reply.", "her"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_sentence_pointing_back_at_the_quotation_names_its_speaker() {
    // All four had no speaker; "So said Lund" was also a report by "So".
    for (text, who, cue) in [
        ("“This is theft.” Those were Velt's words on Monday.", "Velt", "words"),
        ("“We are not there yet.” That was how Velt summed up the talks on Friday.", "Velt", "summed"),
        ("“I am not going anywhere.” So said Lund on Monday.", "Lund", "said"),
        ("“Never.” That was Lund’s answer.", "Lund", "answer"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].cue.unwrap().range()], cue, "{text}");
    }
}

#[test]
fn the_possessor_of_a_speech_noun_before_a_colon_speaks() {
    // Each quotation had no speaker.
    for (text, who) in [
        ("The ministry's message was blunt: “Leave the pier now.”", "The ministry"),
        ("Lund’s response to the ruling: “We will appeal.”", "Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // Not a possessor inside the clause: the subject reads someone's words.
    let text = "Lund read Velt's words aloud: “We will appeal.”";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.speaker.as_ref().is_none_or(|s| !text[s.span.range()].contains("read"))), "{q:#?}");
}

#[test]
fn the_person_quoted_as_saying_speaks_a_direct_quote() {
    // The first gave no quote at all; the second had no speaker.
    for (text, who) in [
        ("The Gazette quoted Lund as saying, “The pier will close.”", "Lund"),
        ("An early post quoted the harbour master as saying “The pier will close.”", "the harbour master"),
    ] {
        let q = quotes(text);
        let d = q.iter().find(|x| x.kind == QuoteType::Direct).unwrap_or_else(|| panic!("{text}: {q:#?}"));
        assert_eq!(speaker(text, d), who, "{text}");
    }
}

#[test]
fn a_quotation_named_by_a_relative_clause_is_mixed_from_its_pronoun() {
    // The next sentence's "Berg disagreed." / "She laughed." took the quotation as its own, with
    // the whole sentence before it; a short naming ran on over the rest of the sentence.
    for (text, content, who) in [
        (
            "The board approved the levy, which Lund called “a cartel for the harbour.” Berg disagreed.",
            "which Lund called “a cartel for the harbour.”",
            "Lund",
        ),
        (
            "The decision, which the union called “a betrayal,” will take effect in March.",
            "which the union called “a betrayal,”",
            "the union",
        ),
        (
            "Lund mocked Berg, who she dubbed “the little mayor.” She laughed.",
            "who she dubbed “the little mayor.”",
            "she",
        ),
    ] {
        let q = quotes(text);
        let m = q.iter().find(|x| x.kind == QuoteType::Mixed).unwrap_or_else(|| panic!("{text}: {q:#?}"));
        assert_eq!(&text[m.span.range()], content, "{text}");
        assert_eq!(speaker(text, m), who, "{text}");
        assert!(q.iter().all(|x| !text[x.span.range()].starts_with("The board")), "{text}: {q:#?}");
    }
}

#[test]
fn a_back_reference_after_a_dash_names_the_speaker() {
    // "— that was Lund’s verdict" left the quote without a speaker (only a capitalised "That"
    // opening a new sentence pointed back).
    for text in ["“We had no choice” — that was Lund’s verdict.", "“We had no choice” — those were Lund’s words."]
    {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Lund", "{text}");
    }
    // A dash before a sentence of the writer's names no one.
    let text = "“We had no choice” — that was the plan all along.";
    assert!(quotes(text).iter().all(|q| q.speaker.is_none()));
}

#[test]
fn an_interrupted_quote_left_open_at_its_paragraph_end_goes_on_in_the_next() {
    // The second paragraph was a quote of its own (same speaker, no cue).
    let text = "“We had no choice,” Lund said. “The money ran out in March.\n\n“After that, it was a matter of time.”\n\nThe port closed in June.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        parts(text, &q[0]),
        vec!["We had no choice", "The money ran out in March.", "After that, it was a matter of time."]
    );
    assert_eq!(speaker(text, &q[0]), "Lund");
    // A closed quote and a next paragraph with an attribution of its own stay apart.
    let text = "“We had no choice,” Lund said. “The money ran out.”\n\n“After that, it was over.”\n\nThe port closed.";
    assert_eq!(quotes(text).len(), 2);
    let text = "“We had no choice,” Lund said. “The money ran out.\n\n“After that,” Berg said, “it was over.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[1]), "Berg");
}

#[test]
fn an_inverted_bare_role_closing_a_headline_speaks() {
    // "says harbour chief" (no article, as in a headline) left the quote without a speaker.
    for text in ["‘We had no choice,’ says harbour chief", "“We had no choice,” says harbour chief."] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "harbour chief", "{text}");
    }
}

#[test]
fn exclamation_then_said_of_topic() {
    let text = "The pier was packed.\n\n“What a circus!” Ada Berg said of the crowds at the harbour fair.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "What a circus!");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(speaker(text, &q[0]), "Ada Berg");
}

#[test]
fn a_new_sentence_introducing_the_next_quotation_is_not_the_attribution_of_a_reported_fragment() {
    let text = "She says Berg represents the “same rigged system that he wants to change.” She adds, \
                “What kind of genius loses a billion dollars in a single year?”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Berg represents the “same rigged system that he wants to change.”");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(&text[q[0].cue.unwrap().range()], "says");
    assert_eq!(&text[q[1].span.range()], "What kind of genius loses a billion dollars in a single year?");
    assert_eq!(&text[q[1].cue.unwrap().range()], "adds");
    assert_eq!(speaker(text, &q[1]), "She");
}

#[test]
fn a_repeated_pronoun_speaker_is_not_the_person_named_in_the_quote_before() {
    let text = "Ada Lund spoke at the pier on Friday. She said Berg lied about the port. She added, \
                “Everyone knows it.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    for x in &q {
        assert_eq!(x.speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Ada Lund"), "{x:#?}");
    }
    // With no person before the first "She", the second one stays unknown too.
    let text = "She says Berg represents the “same rigged system.” She adds, “What kind of genius does that?”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(q[1].speaker.as_ref().map(|s| (s.name.as_deref(), s.entity)), Some((None, None)));
}

#[test]
fn a_name_apposed_to_a_possessive_role_may_carry_state_a_title_and_a_parenthesis() {
    for (text, name) in [
        (
            "\"This is a big year for the port!\" Lund's niece, state Sen. Marcia Price, shouted to the crowd.",
            "Marcia Price",
        ),
        (
            "\"This is a big year for the port!\" Lund's niece, state senator Marcia Price, shouted to the crowd.",
            "Marcia Price",
        ),
        (
            "\"This is a big year for the port!\" Lund's niece, Marcia Price (D-Elm), shouted to the crowd.",
            "Marcia Price",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        let s = q[0].speaker.as_ref().unwrap_or_else(|| panic!("no speaker: {text}"));
        assert!(text[s.span.range()].ends_with(name), "{text}: {q:#?}");
        assert!(!text[s.span.range()].contains('('), "{text}: {q:#?}");
    }
}

#[test]
fn a_title_may_open_a_possessive_roles_owner() {
    let text = "''The attacks draw us all together,'' Ms. Berg's spokesman, Jon Elk, wrote on Twitter.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Ms. Berg's spokesman, Jon Elk");
    assert_eq!(q[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Jon Elk"));
}

#[test]
fn the_subject_of_is_quoted_as_saying_speaks() {
    for text in [
        "\"Our method succeeds where others fail,\" Jon Elk is quoted as saying.",
        "\"Our method succeeds where others fail,\" Jon Elk was quoted as saying.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Jon Elk", "{text}");
    }
}

#[test]
fn the_phrase_before_an_anonymity_clause_speaks_a_quotation_after_it() {
    let text = "A harbour adviser, who spoke on the condition of anonymity to speak candidly, said of the senator, \"She takes the threat very seriously.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(speaker(text, &q[0]).starts_with("A harbour adviser, who spoke"), "{q:#?}");
}

#[test]
fn a_person_named_before_a_role_noun_is_not_the_speaker() {
    let text =
        "Sen. Ann Berg spoke on Monday. A Berg adviser said of the senator, \"She takes the threat very seriously.\"";
    let q = quotes(text);
    let s = q[0].speaker.as_ref().expect("speaker");
    assert_eq!(&text[s.span.range()], "A Berg adviser");
    assert_eq!(s.name, None, "{q:#?}");
    // The person a role names after it still speaks.
    let text = "Sen. Ann Berg spoke on Monday. \"She takes the threat very seriously,\" said Berg adviser Jo Park.";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Jo Park"));
}

#[test]
fn a_share_of_a_group_after_an_inverted_cue_speaks() {
    for (text, who) in [
        ("\"There won't be a path for Berg to succeed,\" said one of those advisers.", "one of those advisers"),
        ("\"It was awful,\" said one of two witnesses who relayed the same story.", "one of two witnesses"),
        ("The pier is safe, said some of his friends.", "some of his friends"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_short_sentence_of_agreement_right_before_a_quotation_names_its_speaker() {
    for (text, who) in [
        ("Elm State University's Dana Bystrom agreed. \"Mainstream voters are running out of time.\"", "Dana Bystrom"),
        ("The board met on Monday.\n\nAna Lund disagreed.\n\n\"The levy is a mistake and must go.\"", "Ana Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert!(speaker(text, &q[0]).ends_with(who), "{text}: {q:#?}");
    }
}

#[test]
fn one_of_them_after_an_inverted_cue_speaks() {
    for (text, who) in [
        ("\"The pier is safe,\" said one of them.", "one of them"),
        ("The pier is safe, said some of them.", "some of them"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}
