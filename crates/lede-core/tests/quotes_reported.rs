//! Reported speech and quote-mark styles, checked through the text with invented sentences.

use lede_core::{Engine, Options, Quote, QuoteType};

fn quotes(text: &str) -> Vec<Quote> {
    Engine::embedded().unwrap().analyze(text, &Options::default()).unwrap().quotes
}

fn find<'a>(text: &str, q: &'a [Quote], start: &str) -> &'a Quote {
    q.iter().find(|x| text[x.span.range()].starts_with(start)).unwrap_or_else(|| panic!("no quote {start}: {q:#?}"))
}

fn speaker<'a>(text: &'a str, q: &Quote) -> &'a str {
    &text[q.speaker.as_ref().expect("speaker").span.range()]
}

#[test]
fn reported_speech_mid_sentence_with_adverbs() {
    let text =
        "At a town hall on Friday, Governor Ilse Marten repeatedly argued that the levy would fund three new clinics.";
    let q = quotes(text);
    let r = find(text, &q, "the levy");
    assert_eq!(&text[r.span.range()], "the levy would fund three new clinics");
    assert_eq!(r.kind, QuoteType::Indirect);
    assert!(speaker(text, r).contains("Ilse Marten"));
    assert_eq!(&text[r.cue.unwrap().range()], "argued");
}

#[test]
fn gerund_cue_splits_second_report() {
    let text = "Mr. Odum defended the budget, saying the cuts were modest, adding that more hiring would follow soon.";
    let q = quotes(text);
    let a = find(text, &q, "the cuts");
    assert_eq!(&text[a.span.range()], "the cuts were modest");
    let b = find(text, &q, "more hiring");
    assert_eq!(&text[b.span.range()], "more hiring would follow soon");
    assert_eq!(&text[b.cue.unwrap().range()], "adding");
}

#[test]
fn listener_and_statement_phrase_are_skipped() {
    let text = "Dana Voss told the committee on Tuesday that the vote was rigged from the start.";
    let q = quotes(text);
    let r = find(text, &q, "the vote");
    assert_eq!(speaker(text, r), "Dana Voss");
    let text = "The utility said in a statement that power would return by midnight tonight.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "power").span.range()], "power would return by midnight tonight");
}

#[test]
fn no_report_from_prepositional_or_passive_cue() {
    for text in [
        "Dr. Pell spoke at length and said in an interview with local radio stations yesterday.",
        "The old mill was known as the pride of the valley for many years.",
        "Several senators said during the long debate over the spending bill.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn noun_base_form_is_not_a_cue() {
    let text = "Voters in the Northern state appear split over the plan to widen the road.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn mixed_quote_absorbs_unattributed_quotation() {
    let text = "Ruth Abara said the new schedule was “a mess that nobody asked for and nobody can follow at all” before leaving.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert!(text[q[0].span.range()].starts_with("the new schedule was “a mess"));
    assert_eq!(speaker(text, &q[0]), "Ruth Abara");
}

#[test]
fn double_apostrophe_quotes_pair_at_paragraph_start() {
    let text = "''We will rebuild the pier before summer,'' said Harbormaster Lee Okoro.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    assert_eq!(&text[q[0].span.range()], "We will rebuild the pier before summer");
    assert!(speaker(text, &q[0]).contains("Lee Okoro"));
}

#[test]
fn progressive_cue_finds_its_subject() {
    let text = "Senator Ada Quill is pointing to a survey that shows wide support for the ferry.";
    let q = quotes(text);
    let r = find(text, &q, "a survey");
    assert!(speaker(text, r).contains("Ada Quill"), "{q:#?}");
    assert_eq!(&text[r.cue.unwrap().range()], "pointing to");
}

#[test]
fn bare_plural_phrase_speaker_after_content() {
    let text = "The tunnel will stay closed until the inspection ends, harbour safety officials say.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "The tunnel will stay closed until the inspection ends");
    assert_eq!(speaker(text, &q[0]), "harbour safety officials");
}

#[test]
fn short_quoted_word_after_cue_makes_mixed_not_direct() {
    let text = "Chief Lena Moss said the search is “ongoing.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert!(text[q[0].span.range()].starts_with("the search is"));
}

#[test]
fn list_bullet_is_not_part_of_reported_content() {
    let text =
        "Ferry fares will double from June\n\n  • Riders face longer queues at both piers, the harbour board says\n";
    let q = quotes(text);
    let r = find(text, &q, "Riders");
    assert_eq!(&text[r.span.range()], "Riders face longer queues at both piers");
    assert_eq!(speaker(text, r), "the harbour board");
}

/// (content, speaker, cue) of the one reported quote in `text`.
fn one(text: &str) -> (String, String, String) {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    let r = &q[0];
    (text[r.span.range()].to_string(), speaker(text, r).to_string(), text[r.cue.unwrap().range()].to_string())
}

#[test]
fn according_to_at_the_end_takes_the_clause_before() {
    let text = "The ferry service will resume next month, according to one of the harbour board's senior engineers.";
    let (c, s, k) = one(text);
    assert_eq!(c, "The ferry service will resume next month");
    assert_eq!(s, "one of the harbour board's senior engineers");
    assert_eq!(k, "according to");
}

#[test]
fn according_to_source_may_be_any_phrase() {
    let text = "But according to a memo seen by reporters, the mayor had already signed the contract.";
    let (c, s, _) = one(text);
    assert_eq!(c, "the mayor had already signed the contract");
    assert_eq!(s, "a memo seen by reporters");
}

#[test]
fn survey_shares_are_speakers() {
    let (c, s, _) = one("Among older residents, 64 percent said the bridge should stay closed to trucks.");
    assert_eq!((c.as_str(), s.as_str()), ("the bridge should stay closed to trucks", "64 percent"));
    let (_, s, _) = one("About three in 10 said they would back a new stadium.");
    assert_eq!(s, "About three in 10");
}

#[test]
fn long_subject_with_apposition_or_relative_clause() {
    let text = "Residents of the two northern districts, many of whom rely on the ferry, said the new timetable left them stranded.";
    let (c, s, _) = one(text);
    assert_eq!(c, "the new timetable left them stranded");
    assert_eq!(s, "Residents");
    let (c, s, _) = one("The engineer who inspected the bridge last spring said the cables were badly corroded.");
    assert_eq!((c.as_str(), s.as_str()), ("the cables were badly corroded", "The engineer"));
}

#[test]
fn inverted_attribution_needs_a_closed_speaker() {
    // Regression: "said the dismissals broke …" was read as "…, said <speaker>" with the
    // clause before the comma as content.
    let (c, s, _) = one("The union's lawyer, a former judge, said the dismissals broke the contract.");
    assert_eq!((c.as_str(), s.as_str()), ("the dismissals broke the contract", "The union's lawyer"));
}

#[test]
fn time_phrase_quantity_and_infinitive_contents() {
    let (c, _, _) = one("Mayor Lena Ortiz said on Friday she would not seek a third term.");
    assert_eq!(c, "she would not seek a third term");
    let (c, _, _) = one("The harbour board said about half of the repairs were finished before winter.");
    assert_eq!(c, "about half of the repairs were finished before winter");
    let (c, s, k) = one("The mayor promised to publish the contracts by Friday.");
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("to publish the contracts by Friday", "The mayor", "promised"));
}

#[test]
fn listener_in_a_cue_phrase_is_not_skipped_twice() {
    let (c, _, k) = one("The council's budget chief told reporters the city could not afford the bridge.");
    assert_eq!((c.as_str(), k.as_str()), ("the city could not afford the bridge", "told reporters"));
}

#[test]
fn second_predicate_shares_the_subject() {
    let text = "The inspector toured the depot on Monday and said the trains were safe to run.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("the trains were safe to run", "The inspector"));
}

#[test]
fn asked_whether_opens_a_content() {
    let (c, _, _) = one("A caller asked whether the pool would reopen before the summer.");
    assert_eq!(c, "whether the pool would reopen before the summer");
}

#[test]
fn noun_forms_idioms_and_objects_are_not_reports() {
    for text in [
        "His remarks came a day after the council voted to close the pool.",
        "Two other coastal states are likely to follow the ruling next year.",
        "That said, the ferry remains the cheapest way to reach the island.",
        "The depot manager told a regional radio station Wednesday.",
        "The harbour board found itself at the centre of a dispute over fees.",
        "The mayor said, with a shrug, nothing about the vote.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // The verb reading stays: a singular subject, or "found that".
    let (c, _, _) = one("The inspector found that the cables were badly corroded.");
    assert_eq!(c, "the cables were badly corroded");
    let (c, _, _) = one("The paper reports that the mayor will not run again.");
    assert_eq!(c, "the mayor will not run again");
}

#[test]
fn possessive_notes_and_inverted_attributions_are_not_contents() {
    assert!(quotes("Editor's note: the ferry timetable below was updated on Monday.").is_empty());
    let text = "The levy has split the valley, said Oskar Lind, a historian at the regional college.";
    assert!(quotes(text).iter().all(|q| !text[q.span.range()].starts_with("Oskar")), "{:#?}", quotes(text));
    let text = "“We will not close it,” Mayor Ortiz said, in another jab at the harbour board.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "We will not close it");
}

#[test]
fn attribution_opening_its_own_report_is_not_the_quotes() {
    let text = "The deal was described in his memoir, “A Life on the Water.” Mr. Lind said a smaller boat would have cost less.";
    let q = quotes(text);
    let report = find(text, &q, "a smaller boat");
    assert_eq!(report.kind, QuoteType::Indirect);
    assert!(q.iter().filter(|x| x.kind == QuoteType::Direct).all(|x| x.speaker.is_none()), "{q:#?}");
}

#[test]
fn relative_clause_content_ends_at_its_comma() {
    let text = "Ms. Varga, who said the vote count was flawed, left the hall early.";
    let q = quotes(text);
    let r = find(text, &q, "the vote");
    assert_eq!(&text[r.span.range()], "the vote count was flawed");
}

#[test]
fn subordinate_clause_content_ends_at_its_comma() {
    let text = "While the minister said the plan was far too costly, her deputy defended it.";
    let q = quotes(text);
    let r = find(text, &q, "the plan");
    assert_eq!(&text[r.span.range()], "the plan was far too costly");
}

#[test]
fn noun_phrase_object_ends_at_comma() {
    let text = "The teachers union endorsed the transit levy, a measure it had opposed for years.";
    let q = quotes(text);
    let r = find(text, &q, "the transit");
    assert_eq!(&text[r.span.range()], "the transit levy");
}

#[test]
fn relative_clause_inside_content_subject_is_kept() {
    let text = "Farmers said the ruling, which struck down the quota, helps small growers.";
    let q = quotes(text);
    let r = find(text, &q, "the ruling");
    assert_eq!(&text[r.span.range()], "the ruling, which struck down the quota, helps small growers");
}

#[test]
fn base_form_cue_after_plural_subject_phrase() {
    let text = "Aides to the governor say the budget will pass next week.";
    let q = quotes(text);
    let r = find(text, &q, "the budget");
    assert_eq!(speaker(text, r), "Aides");
    let text = "Jo Park and Ann Lee say the plan is deeply flawed.";
    let q = quotes(text);
    let r = find(text, &q, "the plan");
    assert_eq!(speaker(text, r), "Jo Park and Ann Lee");
}

#[test]
fn gerund_cue_takes_nominal_subject() {
    let text = "The two fishing unions objected to the route, saying it cut through protected wetlands.";
    let q = quotes(text);
    let r = find(text, &q, "it cut");
    assert_eq!(speaker(text, r), "The two fishing unions");
}

#[test]
fn inverted_attribution_with_closing_apposition() {
    let text = "The archive had been neglected for decades, said Ilka Brandt, the city's historian.";
    let q = quotes(text);
    let r = find(text, &q, "The archive");
    assert_eq!(&text[r.span.range()], "The archive had been neglected for decades");
    assert_eq!(speaker(text, r), "Ilka Brandt");
}

#[test]
fn inverted_attribution_with_relative_clause_on_speaker() {
    let text = "The ferry fares would double by the spring, said former harbour chief Ilka Brandt, who ran the port authority for twelve years until her retirement.";
    let q = quotes(text);
    let r = find(text, &q, "The ferry");
    assert_eq!(&text[r.span.range()], "The ferry fares would double by the spring");
    assert_eq!(speaker(text, r), "former harbour chief Ilka Brandt");
}

#[test]
fn subject_with_apposition_before_comma_cue_is_no_content() {
    let text = "The ferry stopped in May. Mayor Tomas Varga of Linden, a sailor who has never backed the harbour plan, said the fares were too high.";
    let q = quotes(text);
    let r = find(text, &q, "the fares");
    assert_eq!(&text[r.span.range()], "the fares were too high");
    assert!(speaker(text, r).contains("Tomas Varga"));
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("Mayor")), "{q:#?}");
}

#[test]
fn states_without_that_is_the_plural_noun() {
    let text = "Some states remained too close to call on Tuesday night. Ilka Brandt states that the ferry will stop.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the ferry will stop");
}

#[test]
fn survey_respondents_speak() {
    let text = "The ferry poll closed in May. Nearly 40 percent of those polled said the fares were too high. One in three said the timetable was fine.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the fares")), "Nearly 40 percent of those polled");
    assert_eq!(speaker(text, find(text, &q, "the timetable")), "One in three");
}

#[test]
fn closing_told_with_listener_object() {
    let text = "The ferry will stop running in May, a port spokesman told the Harbour Gazette.";
    let q = quotes(text);
    let r = find(text, &q, "The ferry");
    assert_eq!(&text[r.span.range()], "The ferry will stop running in May");
    assert_eq!(speaker(text, r), "a port spokesman");
}

#[test]
fn according_to_long_source_or_before_dash() {
    let text = "According to early results of the exit poll run for the Linden Courier and two radio stations by Harbour Research, most voters in Elm want a new ferry. The fares would rise by a third, according to the Harbour Policy Center — half of what the board had feared.";
    let q = quotes(text);
    let r = find(text, &q, "most voters");
    assert!(speaker(text, r).ends_with("by Harbour Research"));
    let r = find(text, &q, "The fares");
    assert_eq!(speaker(text, r), "the Harbour Policy Center");
}

#[test]
fn bare_asked_reports_question_with_the_asker_after_by() {
    // The asker after "by" speaks the question (PolNeAR annotates it so); without "by" the
    // question has no speaker.
    let text = "Asked by a reporter whether Mr. Varga would keep the ferry, Ilka Brandt said the board would decide.";
    let q = quotes(text);
    let r = find(text, &q, "whether");
    assert_eq!(&text[r.span.range()], "whether Mr. Varga would keep the ferry");
    assert_eq!(speaker(text, r), "a reporter");
    assert_eq!(speaker(text, find(text, &q, "the board")), "Ilka Brandt");
    let text = "When asked whether Mr. Varga would keep the ferry, Ilka Brandt said the board would decide.";
    let q = quotes(text);
    let r = find(text, &q, "whether");
    assert!(r.speaker.is_none(), "{r:#?}");
}

#[test]
fn states_after_place_adjective_is_a_noun() {
    let text = "Most Northern states that hold early votes have large cities.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn time_phrase_between_speaker_and_cue_is_skipped() {
    let text = "Governor Ilse Marten on Saturday argued that the fishing quota was unfair to small boats.";
    let q = quotes(text);
    let r = find(text, &q, "the fishing");
    assert_eq!(speaker(text, r), "Governor Ilse Marten");
}

#[test]
fn maintain_and_post_take_objects_without_that() {
    for text in [
        "Ms. Lund maintains a narrow lead in the polls over her rival.",
        "The mayor posted a photo of the new bridge on Sunday morning.",
        "The port faces some unique challenges, and the board knows it.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    let text = "Ms. Lund maintained that the count was badly flawed.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the count").span.range()], "the count was badly flawed");
}

#[test]
fn date_after_cue_is_not_a_content() {
    let text = "Mayor Ruth Ngata told reporters Friday at a rally in the old port.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    let text = "The council called Friday for a full recount of the ballots.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "for a full").span.range()], "for a full recount of the ballots");
}

#[test]
fn attribution_before_closing_circumstance() {
    let text = "The new rules are an insult to every small trader, market stallholders said Friday afternoon, as \
                they packed up their stalls.";
    let q = quotes(text);
    let r = find(text, &q, "The new rules");
    assert_eq!(&text[r.span.range()], "The new rules are an insult to every small trader");
    assert_eq!(speaker(text, r), "market stallholders");
}

#[test]
fn call_object_ends_at_dash() {
    let text = "Senator Ines Kovac called the new levy a cruel tax on renters — a charge her rivals reject.";
    let q = quotes(text);
    let r = find(text, &q, "the new levy");
    assert_eq!(&text[r.span.range()], "the new levy a cruel tax on renters");
}

#[test]
fn name_inside_a_prepositional_modifier_is_not_the_speaker() {
    // Was "U.S." (and linked to the United States entity).
    let text =
        "Officials in the U.S. said the tariffs would stay. Workers at the Lagos plant say they were never told.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the tariffs")), "Officials");
    assert_eq!(speaker(text, find(text, &q, "they were")), "Workers");
    // A name that is the subject itself is unchanged.
    let text = "In Lagos, Maria Okafor said the pier would reopen.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "Maria Okafor");
}

#[test]
fn short_object_content_is_one_name_and_leaves_the_day_to_the_cue() {
    let text = "Senator Ada Brook endorsed Halvorsen on Tuesday.";
    let q = quotes(text);
    let r = find(text, &q, "Halvorsen");
    assert_eq!(&text[r.span.range()], "Halvorsen");
    assert_eq!(r.kind, QuoteType::Indirect);
    assert!(speaker(text, r).contains("Ada Brook"));
    assert_eq!(&text[r.cue.unwrap().range()], "endorsed");
}

#[test]
fn short_object_content_not_after_naming_or_relative_pronoun() {
    let text = "The group hired a firm called Nordwind. Delegates who endorsed Halvorsen, a retired judge, left early.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !matches!(&text[x.span.range()], "Nordwind" | "Halvorsen")), "{q:#?}");
}

#[test]
fn gerund_after_direct_quote_takes_the_quote_speaker() {
    let text = "“We are ready,” said Mayor Ines Dalby, adding that the bridge would reopen in June.";
    let q = quotes(text);
    let r = find(text, &q, "the bridge");
    assert_eq!(&text[r.span.range()], "the bridge would reopen in June");
    assert_eq!(r.kind, QuoteType::Indirect);
    assert!(speaker(text, r).contains("Ines Dalby"));
    assert_eq!(&text[r.cue.unwrap().range()], "adding");
}

#[test]
fn gerund_point_to_after_comma_reports_for_the_subject() {
    let text = "Senator Ada Brook toured the plant, pointing to the new furnaces as proof of a recovery.";
    let q = quotes(text);
    let r = find(text, &q, "the new furnaces");
    assert_eq!(&text[r.span.range()], "the new furnaces as proof of a recovery");
    assert!(speaker(text, r).contains("Ada Brook"));
    assert_eq!(&text[r.cue.unwrap().range()], "pointing to");
}

#[test]
fn unattributed_quote_takes_the_previous_quote_speaker() {
    let text = "Councillor Ada Brook said the vote had been rushed through the chamber.\n\n“We will appeal it within the week.”";
    let q = quotes(text);
    let r = find(text, &q, "We will appeal");
    assert_eq!(r.kind, QuoteType::Direct);
    assert_eq!(&text[r.span.range()], "We will appeal it within the week.");
    assert!(speaker(text, r).contains("Ada Brook"));
}

#[test]
fn unattributed_quote_far_from_the_previous_quote_has_no_speaker() {
    let text = "Councillor Ada Brook said the vote had been rushed through the chamber.\n\nThe chamber has met every month since the harbour flooded, and its budget has grown each year. Members sit on four committees. The largest one handles roads and bridges across the district. Its reports are public. Most meetings run late into the evening.\n\n“We will appeal it within the week.”";
    let q = quotes(text);
    let r = find(text, &q, "We will appeal");
    assert!(r.speaker.is_none(), "{r:?}");
}

#[test]
fn quotation_after_a_cue_in_its_sentence_takes_the_subject() {
    let text = "Mayor Ines Dalby says if the ferry stops running in winter the island “will lose its doctors and its only school within a single year.”";
    let q = quotes(text);
    // The whole conditional is the report, the quotation inside it (a mixed quote).
    let r = find(text, &q, "if the ferry");
    assert_eq!(
        &text[r.span.range()],
        "if the ferry stops running in winter the island “will lose its doctors and its only school within a single year.”"
    );
    assert_eq!(r.kind, QuoteType::Mixed);
    assert_eq!(speaker(text, r), "Mayor Ines Dalby");
    assert_eq!(q.len(), 1, "{q:#?}");
}

#[test]
fn cue_after_a_determiner_is_a_noun_or_adjective() {
    for text in [
        "The estimated forty thousand ferry riders crossed the bay before the storm arrived.",
        "Her claims about the harbour budget drew little notice in the valley towns.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    // The same cue as a verb still reports.
    let text = "The harbour board estimated that forty thousand riders crossed the bay in May.";
    let q = quotes(text);
    let r = find(text, &q, "forty thousand");
    assert_eq!(&text[r.span.range()], "forty thousand riders crossed the bay in May");
    assert_eq!(&text[r.cue.unwrap().range()], "estimated");
}

#[test]
fn know_with_an_acquaintance_or_as_a_filler_reports_nothing() {
    for text in [
        "Mayor Ilse Marten has known Dana Voss since their school days in the valley.",
        "Our ferry captain knew him well from the long winters on the northern route.",
        "You know, the bridge over the old canal was painted green last spring.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    let text = "Mayor Ilse Marten knew Dana Voss would oppose the new toll on the bridge.";
    let q = quotes(text);
    let r = find(text, &q, "Dana Voss");
    assert_eq!(&text[r.span.range()], "Dana Voss would oppose the new toll on the bridge");
    assert!(speaker(text, r).contains("Ilse Marten"));
}

#[test]
fn opening_circumstance_before_an_infinitive_or_colon_is_no_content() {
    for text in [
        "Through a spokeswoman, Mayor Ilse Marten declined to comment on the ferry.",
        "In a radio address last spring, Dana Voss said:",
    ] {
        let q = quotes(text);
        assert!(q.iter().all(|x| !text[x.span.range()].starts_with("Through")), "{text}: {q:#?}");
        assert!(q.iter().all(|x| !text[x.span.range()].starts_with("In a radio")), "{text}: {q:#?}");
    }
    // A closing attribution with a circumstance still reports the clause before it.
    let text = "The ferry will stop running in May, Dana Voss said on Friday.";
    let q = quotes(text);
    let r = find(text, &q, "The ferry");
    assert_eq!(&text[r.span.range()], "The ferry will stop running in May");
    assert_eq!(speaker(text, r), "Dana Voss");
}

#[test]
fn time_phrase_or_adverb_between_subject_and_cue_keeps_the_subject() {
    for (text, who) in [
        ("Pell this week also said he would name Lind to the harbour board.", "Pell"),
        ("Carter however said the night ferry would not run again.", "Carter"),
        ("Lind's oldest friends have in the past said the ferry was her passion.", "friends"),
        ("Harbour voters overall said they have made up their minds.", "voters"),
        ("Some 56 percent of dock workers polled said the ferry should stay.", "workers"),
    ] {
        let q = quotes(text);
        let r = q.first().unwrap_or_else(|| panic!("no report: {text}"));
        assert_eq!(r.kind, QuoteType::Indirect, "{text}");
        assert!(speaker(text, r).contains(who), "{text}: {q:#?}");
        let content = &text[r.span.range()];
        assert!(["he ", "the ", "they "].iter().any(|x| content.starts_with(x)), "{text}: {q:#?}");
    }
}

#[test]
fn relative_clause_before_a_time_phrase_keeps_the_apposition_out() {
    // The comma closes a relative clause, not an apposition: "Ord-Vale" is not the speaker.
    let text = "Wren, who backed Sen. Ada Moss, Ord-Vale, and opposed the levy, last week said the port would close.";
    let q = quotes(text);
    let r = find(text, &q, "the port");
    assert!(!speaker(text, r).contains("Ord-Vale"), "{q:#?}");
}

#[test]
fn possessive_apostrophe_after_s_opens_the_speaker() {
    let text = "Dana Ortiz’ campaign says it raised more than $2 million in January.";
    let q = quotes(text);
    let r = find(text, &q, "it raised");
    assert_eq!(speaker(text, r), "Dana Ortiz’ campaign");
}

#[test]
fn indefinite_noun_before_called_is_named_not_speaking() {
    for text in [
        "She later joined a small theatre company called the Harbour Lantern Players in Elm.",
        "Residents formed a neighbourhood group called “Keep the Ferry” last spring.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    let text = "A reporter for the Gazette called it “a total shambles” after the vote.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "it")), "A reporter for the Gazette");
    let text = "A group of councillors called for an inquiry into the ferry contract.";
    let q = quotes(text);
    assert!(find(text, &q, "an inquiry").kind == QuoteType::Indirect);
}

#[test]
fn percent_sign_share_and_those_surveyed_speak_before_say() {
    for (text, who) in [
        ("On ferry fares, 42% say they would pay more.", "42%"),
        ("By a wide margin, those surveyed say the harbour needs a second pier.", "those surveyed"),
    ] {
        let q = quotes(text);
        let r = q.first().unwrap_or_else(|| panic!("no report: {text}"));
        assert_eq!(speaker(text, r), who, "{text}");
        assert_eq!(r.kind, QuoteType::Indirect);
    }
}

#[test]
fn assume_without_that_takes_an_office_not_a_content() {
    let text = "When she assumed office as harbour master in 2019, Lind made ferries her priority.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
    let text = "Lind assumed that the ferry would run again by the spring.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the ferry").span.range()], "the ferry would run again by the spring");
}

#[test]
fn day_before_the_content_or_a_circumstance_is_no_content() {
    let text = "“The pier must close,” Mayor Ida Lind said Friday as she entered the council chamber.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("Friday")), "{q:#?}");
    let text = "The harbour police revealed Tuesday the missing boat was found near the pier.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "the missing boat was found near the pier");
}

#[test]
fn place_or_time_after_a_noun_object_is_the_cues_circumstance() {
    let text = "Councillor Ida Lind cited the flood figures at a packed meeting in the town hall.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the flood").span.range()], "the flood figures");
    let text = "Tom Reed attacked the ferry budget during the second council debate.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the ferry").span.range()], "the ferry budget");
}

#[test]
fn expressed_feeling_reports_what_it_is_about() {
    let text = "Harbour pilots expressed deep concern about the new ferry timetable.";
    let q = quotes(text);
    let r = find(text, &q, "the new");
    assert_eq!(&text[r.span.range()], "the new ferry timetable");
    assert_eq!(speaker(text, r), "Harbour pilots");
    assert_eq!(&text[r.cue.unwrap().range()], "expressed");
    let text = "Several councillors expressed alarm that the pier could close before the summer.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "that the pier").span.range()], "that the pier could close before the summer");
    let text = "Older members expressed doubts about Ida Lind because of her record on the levy.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "Ida").span.range()], "Ida Lind");
}

#[test]
fn closing_speaker_apposition_may_hold_a_relative_clause_with_commas() {
    for (text, content, who) in [
        (
            "Ferry fares are a burden on small towns, said Ida Varga, an Elmton councillor who founded two boatyards after serving in the navy and the coast guard.",
            "Ferry fares are a burden on small towns",
            "Ida Varga",
        ),
        (
            "Many factors affect the cost of a ferry, said Mark Lund, a harbour expert who has written books, papers and essays on the topic.",
            "Many factors affect the cost of a ferry",
            "Mark Lund",
        ),
        (
            "The firm lobbied for the port on fares, said lobbyist and strategist Tom Berry.",
            "The firm lobbied for the port on fares",
            "lobbyist and strategist Tom Berry",
        ),
        (
            "The harbour is under pressure from cheap imports, said the port's chief executive, John Varga.",
            "The harbour is under pressure from cheap imports",
            "John Varga",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
    // A name after a speaker's comma that goes on into a clause is no apposition.
    let text = "After hearing that he would be charged, police said, Tom Berry went to the station.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].ends_with("charged")), "{q:#?}");
}

#[test]
fn interrupted_report_goes_on_past_its_attribution() {
    for (text, lead, rest) in [
        (
            "The new timetable would be helped, Ida Lind said, by the longer summer season.",
            "The new timetable would be helped",
            "by the longer summer season",
        ),
        (
            "As the port builds new piers in the bay, a channel long used by the navy, it is his job, he said, to warn the council about the risk.",
            "it is his job",
            "to warn the council about the risk",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        let parts: Vec<&str> = q[0].parts.iter().map(|p| &text[p.range()]).collect();
        assert_eq!(parts, [lead, rest], "{text}");
    }
}

#[test]
fn plural_subjects_without_final_s_and_with_asides_say() {
    for (text, who) in [
        ("Even though the ferry is late, the women say the new pier will help.", "the women"),
        (
            "Both Ms. Ida Varga and Mr. Tom Lund say the council never told them what to do.",
            "Ms. Ida Varga and Mr. Tom Lund",
        ),
        ("Others, however, say the pier will never open.", "Others"),
    ] {
        let q = quotes(text);
        let r = q.first().unwrap_or_else(|| panic!("no report: {text}"));
        assert_eq!(speaker(text, r), who, "{text}");
        assert_eq!(r.kind, QuoteType::Indirect);
    }
    // A relative clause between the subject and the verb: "People who believe …, are".
    let text = "People who believe the rumours, and who believe the press hides them, are unlikely to change.";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.speaker.as_ref().is_none_or(|s| &text[s.span.range()] != "People")), "{q:#?}");
}

#[test]
fn verbs_of_thought_never_take_an_inverted_speaker() {
    let text = "The governor barely qualified for the debate, but in Elmton, he, too, feels a win coming.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "a win coming");
    assert_eq!(speaker(text, &q[0]), "he");
}

#[test]
fn year_inside_an_inverted_speaker_phrase() {
    let text = "The mayor left early. “She didn’t like that,” said a 2008 campaign veteran.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "She didn")), "a 2008 campaign veteran");
}

#[test]
fn relative_clause_report_ends_where_the_main_verb_resumes() {
    let text = "The new fares, which officials said will start in the next few months, will not apply to children.";
    let q = quotes(text);
    let r = find(text, &q, "will start");
    assert_eq!(&text[r.span.range()], "will start in the next few months");
    assert_eq!(speaker(text, r), "officials");
}

#[test]
fn all_told_is_no_cue() {
    let text = "All told, the harbour group raised four million dollars in February.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn possessive_claim_noun_reports_its_that_clause() {
    for (text, content, who) in [
        (
            "Critics seized on Varga's claim that the ferry had never been late.",
            "the ferry had never been late",
            "Varga",
        ),
        (
            "The board was surprised by her insistence that the pier would open in May.",
            "the pier would open in May",
            "her",
        ),
        (
            "Contrary to his claim that voters would “learn nothing,” the files were long.",
            "voters would “learn nothing,”",
            "his",
        ),
    ] {
        let q = quotes(text);
        let r = q
            .iter()
            .find(|x| x.cue.is_some_and(|c| text[c.range()].ends_with("claim") || &text[c.range()] == "insistence"));
        let r = r.unwrap_or_else(|| panic!("no claim report: {text}: {q:#?}"));
        assert_eq!(&text[r.span.range()], content, "{text}");
        assert_eq!(speaker(text, r), who, "{text}");
    }
    // Without a possessive nobody is named as speaking.
    let text = "The claim that the ferry had never been late was false.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn role_before_a_possessive_name_and_another_speak() {
    let text = "Mayoral candidate Ida Varga’s campaign says two dozen councillors are backing her.";
    let q = quotes(text);
    let r = find(text, &q, "two dozen");
    assert_eq!(speaker(text, r), "Mayoral candidate Ida Varga’s campaign");
    assert_eq!(&text[r.span.range()], "two dozen councillors are backing her");
    let text = "While one firm says there are 2,400 boats, another says there are about 1,800.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "there are about")), "another");
}

#[test]
fn writers_clause_or_time_after_an_attributed_quote_is_no_content() {
    for text in [
        "“He really does love us,” Ida said, and soon the balloons were dropping over the crowd.",
        "“It never crossed my mind,” she said several months after her release from the clinic.",
        "Mayor Ida Lind told reporters after the meeting that was held on a harbour boat.",
    ] {
        let q = quotes(text);
        assert!(q.iter().all(|x| x.kind == QuoteType::Direct), "{text}: {q:#?}");
    }
    // An interrupted report still goes on past ", and".
    let text = "The ferry was late, the captain said, and the pier was closed for the night.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(text[q[0].span.range()].ends_with("closed for the night"), "{q:#?}");
}

#[test]
fn a_headlines_source_before_a_colon_speaks_the_headline() {
    for (text, who, content) in [
        (
            "Poll: Ferry Riders Turn Against the Harbour Levy.\n\nA survey of 900 riders was published on Monday.\n",
            "Poll",
            "Ferry Riders Turn Against the Harbour Levy",
        ),
        (
            "Harbour Chief Ida Varga on Fares: The Levy Is ‘Here to Stay.’\n\nThe chief spoke on Monday.\n",
            "Harbour Chief Ida Varga on Fares",
            "The Levy Is ‘Here to Stay.’",
        ),
    ] {
        let q = quotes(text);
        let r = q.first().unwrap_or_else(|| panic!("no quote: {text}"));
        assert_eq!(speaker(text, r), who, "{text}: {q:#?}");
        assert_eq!(&text[r.span.range()], content, "{text}");
    }
    // A heading word, an article or a question after the colon names no source.
    for text in [
        "Revealed: The Ferry Board Has Spent Its Reserve.\n\nThe board met on Monday.\n",
        "The Fare Fight: Riders Return to the Pier.\n\nThe board met on Monday.\n",
        "Ida Varga: Reformer or Another Career Politician?\n\nThe board met on Monday.\n",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
}

#[test]
fn a_quoted_verb_phrase_after_a_promise_is_a_mixed_report() {
    let text = "Ida Varga also pledged to “bring our harbour revolution” to the convention.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(speaker(text, &q[0]), "Ida Varga");
    assert_eq!(&text[q[0].span.range()], "to “bring our harbour revolution” to the convention");
    // The quotation is another speaker's whole quote: no infinitive is left to report.
    let text = "Lind pledged to “end the levy for the riders and the towns on the coast, and to do it now,” the paper reported.";
    let q = quotes(text);
    assert!(q.iter().all(|x| &text[x.span.range()] != "to"), "{q:#?}");
}

#[test]
fn said_if_opens_a_conditional_content_without_a_comma() {
    let text = "Despite the row, Varga said if elected mayor she could work with the harbour board.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Varga");
    assert_eq!(&text[q[0].span.range()], "if elected mayor she could work with the harbour board");
}

#[test]
fn a_statement_saying_reports_for_the_clause_that_put_it_out() {
    for (text, who, content) in [
        (
            "The ferry board released a statement saying it was postponing the Monday rally.",
            "The ferry board",
            "it was postponing the Monday rally",
        ),
        (
            "Minutes later, the Varga campaign sent a fundraising email Monday saying that the levy would fall.",
            "the Varga campaign",
            "the levy would fall",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
    }
}

#[test]
fn a_second_predicate_or_a_closing_week_ends_a_noun_phrase_object() {
    for (text, content) in [
        ("Varga attacked the harbour levy and has called for a new vote on the fares.", "the harbour levy"),
        ("Some of her followers mocked her sailing skills and even questioned her record.", "her sailing skills"),
        ("Lind endorsed Ida Varga last week and has appeared with her at rallies.", "Ida Varga"),
        ("Lind praised the ferry crews last week.", "the ferry crews"),
    ] {
        let q = quotes(text);
        let r = q.first().unwrap_or_else(|| panic!("no report: {text}"));
        assert_eq!(&text[r.span.range()], content, "{text}: {q:#?}");
    }
    // Inside a relative clause the second predicate belongs to the relative's subject.
    let text =
        "Varga touted her years on the board in contrast to the owner who lacks a licence and has attacked the crews.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(text[q[0].span.range()].ends_with("has attacked the crews"), "{q:#?}");
}

#[test]
fn these_or_those_people_speak_an_interrupted_report() {
    let text = "Mrs. Varga, these people said, would be open to other ways to ground the fleet.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "these people");
    let text = "Lind, for instance, explained how she felt betrayed by the board, those people said.";
    let q = quotes(text);
    let r = find(text, &q, "Lind, for instance");
    assert_eq!(speaker(text, r), "those people");
}

#[test]
fn a_dateline_is_never_the_speaker() {
    // The report's subject follows the dateline's dash.
    let text = "ARDEN - Jo Park met riders on Thursday and said the ferry would run all winter.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the ferry")), "Jo Park");
    // A quotation announced with a colon takes the subject after the dateline.
    let text = "ARDEN, Aug. 3 (Wire) — In response to the board's plan to cut the ferry, Jo Park rallied \
                supporters, saying: “We have to be ready to stop it.”";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "We have")), "Jo Park");
}

#[test]
fn a_possessive_role_named_between_commas_is_the_subject_of_any_verb() {
    for text in [
        "Harbour's party leader, Ida Varga, gave support to the mayor on Wednesday, saying her rival would \
         bring ruin to the island.",
        "ARDEN, Aug 31 (Wire) - Harbour’s far-right Island Front party leader, Ida Varga, gave support to \
         the mayor on Wednesday, saying her rival would bring ruin to the island.",
    ] {
        let q = quotes(text);
        let r = find(text, &q, "her rival");
        assert!(speaker(text, r).ends_with("party leader, Ida Varga"), "{text}: {q:#?}");
        assert_eq!(&text[r.span.range()], "her rival would bring ruin to the island");
    }
}

#[test]
fn a_claim_noun_without_a_possessor_reports_its_clause() {
    // No possessor and no verb before it: a report with no speaker.
    let text = "Riders were alarmed amid rumors that the ferry would stop in May.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry");
    assert_eq!(&text[r.span.range()], "the ferry would stop in May");
    assert!(r.speaker.is_none(), "{r:#?}");
    assert_eq!(&text[r.cue.unwrap().range()], "rumors");
    // The subject of the verb before the noun phrase speaks; after a preposition the claim ends
    // at its comma.
    let text = "Ida Lee played down the suggestion that she would run for mayor.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "she would")), "Ida Lee");
    let text = "Ida Lee took offense at suggestions that she had misled voters, despite the record.";
    let q = quotes(text);
    let r = find(text, &q, "she had");
    assert_eq!(&text[r.span.range()], "she had misled voters");
    assert_eq!(speaker(text, r), "Ida Lee");
}

#[test]
fn a_claim_noun_opening_its_clause_or_before_a_relative_clause_reports_nothing() {
    for text in [
        "The notion that fares would fall was rejected by the board.",
        "Riders were tired of the rumors that circulated last winter about the pier.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn a_headline_quoting_its_label_in_part_is_one_mixed_report() {
    let text = "Ida Varga: ‘No Deal’ Unless the Board Cuts Fares.\n\nThe mayor spoke on Friday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "‘No Deal’ Unless the Board Cuts Fares");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(speaker(text, &q[0]), "Ida Varga");
    // A headline that is the whole quotation stays a direct quote.
    let text = "Ida Varga: ‘We Will Win the Vote.’\n\nThe mayor spoke on Friday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "We Will Win the Vote.");
    assert_eq!(q[0].kind, QuoteType::Direct);
}

#[test]
fn a_headline_label_that_is_a_place_speaks_only_as_a_person_of_the_story() {
    let text = "Denver: Time for a ‘fresh start’ on the harbour.\n\nMayor Jo Denver said on Friday that the board \
                must change course.";
    let q = quotes(text);
    let h = find(text, &q, "Time for");
    assert_eq!(&text[h.span.range()], "Time for a ‘fresh start’ on the harbour");
    assert_eq!(speaker(text, h), "Denver");
    let text = "Denver: Riders Face Longer Waits at the Station.\n\nThe board met on Friday and the mayor stayed home.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn a_headline_label_speaking_to_a_listener_names_the_speaker_before_to() {
    for (text, content) in [
        ("Varga to Harbour Board: Park will reverse the ruling.\n\nIda Varga spoke on Friday.", "Park will"),
        ("Varga To Riders Worried About Fares: It Will Be Fine.\n\nIda Varga spoke on Friday.", "It Will"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, find(text, &q, content)), "Varga", "{text}");
    }
}

#[test]
fn an_editors_note_reports_nothing() {
    let text = "The board met on Friday, and Jo Park said fares would rise in May.\n\nEditor’s note: Jo Park has \
                repeatedly pledged to close the ferry, and critics say he misled voters.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "fares would rise in May");
    // With boilerplate included, the note is read too.
    let opts = Options { include_boilerplate: true, ..Options::default() };
    let all = Engine::embedded().unwrap().analyze(text, &opts).unwrap().quotes;
    assert!(all.len() > 1, "{all:#?}");
}

#[test]
fn a_poll_opening_the_sentence_reports_the_clause_after_it() {
    for (text, content, source) in [
        (
            "In a Gazette poll released Monday, 52 percent of Elm voters backed the ferry levy.",
            "52 percent of Elm voters backed the ferry levy",
            "a Gazette poll released Monday",
        ),
        (
            "In the latest Harbour Herald survey, conducted in May, Park led Varga by nine points.",
            "Park led Varga by nine points",
            "the latest Harbour Herald survey",
        ),
        (
            "In exit polls, most riders said the fares were too high.",
            "most riders said the fares were too high",
            "exit polls",
        ),
    ] {
        let q = quotes(text);
        let r = find(text, &q, &content[..8]);
        assert_eq!(&text[r.span.range()], content, "{text}");
        assert_eq!(speaker(text, r), source, "{text}");
        assert_eq!(&text[r.cue.unwrap().range()], "In", "{text}");
    }
    // The poll noun must head the phrase.
    let text = "In a memo released as polls closed, the mayor greeted the harbour crews and left for Elm.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn an_inverted_said_speaker_may_carry_a_long_apposition_to_the_sentence_end() {
    for (text, content, who) in [
        (
            "The city has a strong ferry network, said Mindy Lark, director of the Harbour Civic Project at \
             the University of Elm, Center for Regional Change.",
            "The city has a strong ferry network",
            "Mindy Lark",
        ),
        (
            "He also had a voice in decisions about harbour investments, said a former spokesman for the port, \
             Dan Lind, who also ran as a candidate.",
            "He also had a voice in decisions about harbour investments",
            "a former spokesman",
        ),
        (
            "The board found no ties of any consequence, said the board's director, Jo Park, on Monday.",
            "The board found no ties of any consequence",
            "Jo Park",
        ),
    ] {
        let q = quotes(text);
        let r = find(text, &q, &content[..10]);
        assert_eq!(&text[r.span.range()], content, "{text}");
        assert!(speaker(text, r).starts_with(who), "{text}: {}", speaker(text, r));
    }
    // A subject after "said" with a verb of its own is the content, not a speaker.
    for (text, content) in [
        (
            "Jo Park, an aide from Elm, Harbour County, said the turmoil at the port was part of the show.",
            "the turmoil at the port was part of the show",
        ),
        (
            "Ida Varga, a sailor, said the aide who left the board, Jo Park, should resign at once.",
            "the aide who left the board, Jo Park, should resign at once",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
    }
}

#[test]
fn a_second_predicate_inside_an_opening_subordinate_clause_speaks_for_its_subject() {
    for text in [
        "When Park thanked Elm and said it was great to be home, the crowd cheered.",
        "Some in the crowd booed, and when Park thanked Elm and said it was great to be home, a man left.",
    ] {
        let q = quotes(text);
        let r = find(text, &q, "it was great");
        assert_eq!(&text[r.span.range()], "it was great to be home", "{text}");
        assert_eq!(speaker(text, r), "Park", "{text}");
    }
}

#[test]
fn ordered_reports_its_object_but_order_is_a_noun() {
    for (text, content, who) in [
        (
            "A harbour judge ordered the port board to release the ferry records by Friday.",
            "the port board to release the ferry records by Friday",
            "A harbour judge",
        ),
        (
            "Judge Ida Varga ordered that the ferry records be released by Friday.",
            "the ferry records be released by Friday",
            "Judge Ida Varga",
        ),
    ] {
        let q = quotes(text);
        let r = find(text, &q, &content[..8]);
        assert_eq!(&text[r.span.range()], content, "{text}");
        assert_eq!(speaker(text, r), who, "{text}");
        assert_eq!(&text[r.cue.unwrap().range()], "ordered", "{text}");
    }
    for text in [
        "The judges order the records to be sealed before the trial.",
        "The mayor sent new orders to the harbour crews in order to speed up repairs.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn portrayed_reports_its_object_and_its_naming() {
    let text = "In her speech on Friday, Ida Varga portrayed the ferry levy as a tax on the poor.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry levy");
    assert_eq!(&text[r.span.range()], "the ferry levy as a tax on the poor");
    assert_eq!(speaker(text, r), "Ida Varga");
    assert_eq!(&text[r.cue.unwrap().range()], "portrayed");
}

#[test]
fn a_manner_adverb_after_the_cue_is_no_content_and_keeps_the_attribution() {
    // "…,” Varga said confidently, waving …": how it was said, not a report.
    let text = "\"We will win,\" Ida Varga said confidently, waving to the crowd.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, find(text, &q, "We will win")), "Ida Varga");
    // A question closing its sentence keeps the attribution after it, so the next
    // paragraph's quotation is not read as its continuation.
    let text =
        "\"Is that fair?\" Ida Varga asked rhetorically, shaking her head.\n\n\"Who pays?\" Tom Reed asked quietly.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    let a = find(text, &q, "Is that fair");
    assert_eq!(&text[a.span.range()], "Is that fair?");
    assert_eq!(speaker(text, a), "Ida Varga");
    assert_eq!(speaker(text, find(text, &q, "Who pays")), "Tom Reed");
}

#[test]
fn a_second_predicate_in_the_cue_form_ends_a_noun_phrase_object() {
    // "rejected the charges and fired …": the speaker's second predicate, in the cue's form.
    for (text, content) in [
        ("Ida Varga praised the ferry plan and offered to fund it herself.", "the ferry plan"),
        ("Mayor Ida Varga rejected the charges and fired the board's lawyer.", "the charges"),
        ("Tom Reed has endorsed the harbour levy and has been its loudest voice.", "the harbour levy"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, content);
        assert_eq!(&text[r.span.range()], content, "{text}");
    }
    // An adjective pair or a list inside the object goes on.
    let text = "The agency proposed a new mandate for all fuels, including diesel and advanced synthetic fuels.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "a new mandate").span.range()],
        "a new mandate for all fuels, including diesel and advanced synthetic fuels"
    );
    let text = "Ida Varga touted projects like installing panels by 2030 and giving towns money for ferries.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "projects").span.range()],
        "projects like installing panels by 2030 and giving towns money for ferries"
    );
}

#[test]
fn a_quotation_after_a_cue_nested_in_a_report_is_part_of_that_report() {
    for (text, content, who) in [
        (
            "Rick Tyler said that the campaign will highlight \"the real choice\" in May.",
            "the campaign will highlight \"the real choice\" in May",
            "Rick Tyler",
        ),
        (
            "The senator said he rarely asks aides to campaign for him, \"except for people I'm very close to.\"",
            "he rarely asks aides to campaign for him, \"except for people I'm very close to.\"",
            "The senator",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content);
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(speaker(text, &q[0]), who);
    }
    // A noun before "that" is no cue: the name after it speaks the quotation.
    let text = "He made charges that Rush Lind, for one, called \"liberal lingo and nothing more.\"";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "liberal lingo")), "Rush Lind");
}

#[test]
fn a_plural_noun_before_an_interrupting_attribution_is_no_cue() {
    let text = "Cost estimates, he added, were based on a prototype.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "he");
    assert!(text[q[0].span.range()].starts_with("Cost estimates"), "{q:#?}");
    let text = "Contrary to Park's claims, officials say he never had access to the account.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he never had access to the account");
    assert_eq!(speaker(text, &q[0]), "officials");
}

#[test]
fn a_name_after_a_preposition_in_an_apposition_is_not_the_speaker() {
    for (text, who) in [
        ("Jo Park, an aide from Elm, Harbour County, said the turmoil at the port was bad.", "Jo Park"),
        (
            "Sen. Tom Reed, facing a spirited challenge in Elm, a swing state, said he would back the levy.",
            "Sen. Tom Reed",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn opening_phrases_and_time_phrases_are_not_the_speaker() {
    for (text, who) in [
        ("At a campaign event in Elm, Ohio, on Sunday, Mrs. Varga tried to expand on her statement, saying that the city should lead.", "Mrs. Varga"),
        ("When Varga a month later announced 6,000 layoffs, the town was stunned.", "Varga"),
        ("The harbour board less than two weeks ago said for the first time that the ferry had failed.", "The harbour board"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_plural_noun_phrase_without_determiner_keeps_its_modifiers() {
    let text = "Human rights groups warned that the board was giving up leverage over the port.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the board")), "Human rights groups");
    // After ", and" it opens a second report of its own.
    let text =
        "Park said that the reforms were not complete, and aid groups warned that the board was giving up leverage.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[find(text, &q, "the reforms").span.range()], "the reforms were not complete");
    assert_eq!(speaker(text, find(text, &q, "the board")), "aid groups");
    // Not a relative adverb: "where authorities reported …".
    let text = "The shooting was in Elm, where authorities reported that at least 20 people were hurt.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "at least 20")), "authorities");
}

#[test]
fn a_two_word_time_between_a_medium_and_saying_keeps_the_sender_as_speaker() {
    let text = "Varga sent a series of tweets early Friday saying that rival Tom Reed had made a mistake.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "rival Tom Reed had made a mistake");
    assert_eq!(speaker(text, &q[0]), "Varga");
}

#[test]
fn a_report_after_although_is_its_own() {
    let text = "Varga said late Wednesday that she would go ahead with the meeting, although she tweeted that she rejects the latest plan.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[find(text, &q, "she would").span.range()], "she would go ahead with the meeting");
    let r = find(text, &q, "she rejects");
    assert_eq!(speaker(text, r), "she");
    assert_eq!(&text[r.cue.unwrap().range()], "tweeted");
}

#[test]
fn a_cue_after_the_opening_phrase_of_a_content_stays_inside_it() {
    let text = "The harbour clerk told police that sometime in the week that followed, he realized he had not made the changes.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "sometime in the week that followed, he realized he had not made the changes");
    assert_eq!(speaker(text, &q[0]), "The harbour clerk");
}

#[test]
fn a_verb_taking_its_object_first_has_no_inverted_speaker() {
    let text =
        "Reed, who estimates that his legal costs were \"in the seven figures,\" described the impact as severe.";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.speaker.as_ref().is_none_or(|s| &text[s.span.range()] != "the impact")), "{q:#?}");
}

#[test]
fn a_report_after_after_is_its_own_unless_a_time_precedes_it() {
    let text = "Reed urged fellow members to drop Varga after the mayor claimed that the judge was unfit to serve.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the judge")), "the mayor");
    let text = "The Gazette reported that the email came hours after Varga proposed a ban on ferries from Elm.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the email came hours after Varga proposed a ban on ferries from Elm");
}

#[test]
fn as_the_speaker_puts_it_reports_the_clause_after_it() {
    let text = "As the Gazette's Dana Lind puts it, the board is unmoved.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the board is unmoved");
    assert_eq!(speaker(text, &q[0]), "the Gazette's Dana Lind");
    assert_eq!(&text[q[0].cue.unwrap().range()], "puts it");
    let text =
        "As Ms. Lind put it in a statement in July, the network is \"providing a view you won't get elsewhere.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(speaker(text, &q[0]), "Ms. Lind");
    // A direct quotation after the phrase is spoken by it.
    let text = "As the Gazette's Dana Lind puts it, \"Board members are unmoved, and activists are uninspired.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "the Gazette's Dana Lind");
}

#[test]
fn a_subject_before_a_long_relative_clause_or_circumstance_speaks() {
    let text = "Mara Lind's campaign, which has been shadowed for months by the dispute over the ferry \
                contract she signed while at the ministry, said that the letters had no bearing on the work.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Mara Lind's campaign");
    assert_eq!(&text[q[0].span.range()], "the letters had no bearing on the work");
    let text = "Officials familiar with the server taken from Ms. Lind's house in Elm, speaking on the \
                condition of anonymity because they were not authorized to discuss it, said that it had \
                some security features.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Officials familiar with the server taken from Ms. Lind's house in Elm");
    // A clause before the aside is no subject.
    let text = "The mood in the hall was tense as members, who had waited for hours, said that the vote was unfair.";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.speaker.as_ref().is_none_or(|s| !text[s.span.range()].contains("mood"))), "{q:#?}");
}

#[test]
fn an_aside_between_the_cue_phrase_and_that_is_skipped() {
    let text = "Tom Varga said on HBC, where he is now a paid contributor, that Park should be held to account.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Park should be held to account");
    assert_eq!(speaker(text, &q[0]), "Tom Varga");
}

#[test]
fn a_noun_phrase_speaker_stops_before_its_verb() {
    let text = "Some members vented about Park and said that they had lost their patience with him.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Some members");
    let text = "Some members met Park and said that they had lost their patience with him.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Some members");
}

#[test]
fn a_closing_mark_typed_for_an_opening_one_opens_a_quotation() {
    let text =
        "Readers wrote in.\n\n”Fortunately, the mayor is open about his plans. I will vote for Lind.” ― Ada Park.\n";
    let q = quotes(text);
    assert!(
        q.iter()
            .any(|x| &text[x.span.range()] == "Fortunately, the mayor is open about his plans. I will vote for Lind."),
        "{q:#?}"
    );
}

#[test]
fn a_span_of_time_opening_the_sentence_is_no_speaker() {
    let text = "Hours later, Park returned the compliment to Varga, telling the Gazette, \"He is an amazing man.\"";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Park");
}

#[test]
fn a_day_and_a_short_phrase_before_that_open_the_content() {
    let text = "The chairman said Sunday on HBC that he opposes any changes to the rules.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he opposes any changes to the rules");
    assert_eq!(speaker(text, &q[0]), "The chairman");
    // Without "that" the day and the phrase are a circumstance.
    let text = "\"We will see,\" the chairman told reporters Friday at a rally in Elm.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].contains("rally")), "{q:#?}");
}

#[test]
fn a_name_inside_a_restrictive_relative_clause_is_no_speaker() {
    let text = "Current and former officials who spoke with The Harbour Post said the agency has become a shell.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Current and former officials");
}

#[test]
fn an_aside_between_commas_after_the_cue_is_skipped_before_that() {
    let text = "Park insisted, most recently in an interview with HBC News, that he wants to release his taxes.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he wants to release his taxes");
    assert_eq!(speaker(text, &q[0]), "Park");
}

#[test]
fn continues_to_insist_reports_for_the_clause_subject() {
    let text = "Park continues to insist, in an interview with HBC News, that he wants to release his taxes.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he wants to release his taxes");
    assert_eq!(speaker(text, &q[0]), "Park");
}

#[test]
fn a_plural_noun_cue_after_a_preposition_is_a_noun() {
    let text = "A judge may not enforce the subpoena because of Varga's Fifth Amendment claims, prosecutors rarely \
                pursue such cases, and the council has not used its power in a century.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
}

#[test]
fn a_name_inside_a_relative_clause_before_the_cue_is_not_the_speaker() {
    let text =
        "Mr. Holt, whose newest firm, Datafy, sells ferry-ticket data to ports, said the harbour plan would fail.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the harbour plan would fail");
    assert_eq!(speaker(text, &q[0]), "Mr. Holt");
}

#[test]
fn a_cue_inside_a_sentence_opening_clause_ends_its_content_at_that_clause() {
    let text = "In a budget year in which voters say they no longer trust Lind, even some allies questioned whether the levy would pass.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[find(text, &q, "they").span.range()], "they no longer trust Lind");
    assert_eq!(speaker(text, find(text, &q, "they")), "voters");
    assert_eq!(&text[find(text, &q, "whether").span.range()], "whether the levy would pass");
    let text = "While Park has said she believes the ferry is safe, she also backed an inquiry into the pier.";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.span.end <= text.find(',').unwrap()), "{q:#?}");
    assert!(q.iter().any(|x| text[x.span.range()].ends_with("the ferry is safe")), "{q:#?}");
}

#[test]
fn a_name_after_a_subordinating_after_is_the_subject_of_its_cue() {
    let text = "Members of the caucus met on Friday, shortly after Park said he finally believes the pier is safe.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he finally believes the pier is safe");
    assert_eq!(speaker(text, &q[0]), "Park");
}

#[test]
fn a_short_phrase_between_the_cue_and_a_pronoun_opens_the_content_after_it() {
    let text = "Park said during the harbour debate he would not accept the offer.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he would not accept the offer");
    assert_eq!(speaker(text, &q[0]), "Park");
    // After "of", the pronoun opens a relative clause of the phrase's noun: no content.
    let text = "Park said of the talk he had with Lind on the pier.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn a_count_of_people_before_said_is_the_speaker() {
    let text = "Of the members polled, 43 said the board should meet. Since June, at least 2,000 said they would run for office. Of the senators, all but two said the party should act.";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:#?}");
    assert_eq!(speaker(text, find(text, &q, "the board")), "43");
    assert_eq!(speaker(text, find(text, &q, "they would")), "at least 2,000");
    assert_eq!(speaker(text, find(text, &q, "the party")), "all but two");
    // A year is no count.
    let text = "In the spring of 2010 said nothing.";
    assert!(quotes(text).iter().all(|x| x.speaker.is_none()), "{:#?}", quotes(text));
}

#[test]
fn the_object_inside_a_restrictive_who_clause_is_not_the_speaker() {
    let text = "Lind and others who want to close the pier said the vote will matter.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the vote will matter");
    assert_eq!(speaker(text, &q[0]), "Lind and others");
}

#[test]
fn a_semicolon_before_a_new_clause_ends_the_content() {
    let text = "Lind said the ferry is safe; the pier is another matter.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the ferry is safe");
    // Before a verb of a list of predicates the content goes on.
    let text = "Lind said the women had spoken at hearings; helped marshal protesters; and wrote letters.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(text[q[0].span.range()].contains("; helped marshal protesters"), "{q:#?}");
}

#[test]
fn a_year_between_who_and_the_cue_keeps_the_relative_clause() {
    let text = "Park, who in 2010 said the goal was to beat Lind, declined to comment.";
    let q = quotes(text);
    let r = find(text, &q, "the goal");
    assert_eq!(&text[r.span.range()], "the goal was to beat Lind");
    assert_eq!(speaker(text, r), "who");
}

#[test]
fn a_noun_ending_in_ly_before_the_cue_is_the_speaker_not_an_adverb() {
    let text = "The family said the pier had been unsafe for years.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "The family");
    let text = "Her family quickly said the pier had been unsafe for years.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "Her family");
}

#[test]
fn a_nominal_after_a_preposition_is_inside_the_speaker_not_the_speaker() {
    let text = "A spokesman for the ferry company said the pier would reopen in May.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "A spokesman for the ferry company");
    let text = "The mayor of the harbour town said the pier would reopen in May.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "The mayor of the harbour town");
    // An aside between commas keeps its own rule: the subject before it speaks.
    let text = "Some donors, angered by a group called Pier Watch, said the pier would reopen in May.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "Some donors");
}

#[test]
fn said_for_weeks_then_a_content_opening_with_a_pronoun() {
    let text = "Mayor Ida Lund has said for weeks she’s the only candidate who can save the pier.";
    let q = quotes(text);
    let r = find(text, &q, "she’s");
    assert_eq!(&text[r.span.range()], "she’s the only candidate who can save the pier");
    assert_eq!(speaker(text, r), "Mayor Ida Lund");
    let text = "Lund said for the past year they would close the pier.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "they").span.range()], "they would close the pier");
}

#[test]
fn a_source_close_to_or_familiar_with_someone_is_one_speaker() {
    let text = "The pier will close in May, a source close to him said.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "The pier")), "a source close to him");
    let text = "The pier will close in May, said a person familiar with the harbour talks.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "The pier")), "a person familiar with the harbour talks");
    let text = "Another official familiar with the talks said the pier would close in May.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "Another official familiar with the talks");
}

#[test]
fn a_request_for_anonymity_reports_nothing() {
    let text = "The pier will close, said one harbour official, who asked not to be named.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "The pier will close");
    let text = "The official asked not to be identified because the talks on the pier are private.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
    let text = "A second official declined to be identified because the talks on the pier are private.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn that_opening_a_clause_before_a_noun_is_a_determiner() {
    let text = "That person said the hostility at the harbour hurt the campaign.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the hostility")), "That person");
}

#[test]
fn a_quantified_pronoun_opening_the_clause_speaks() {
    let text = "Until the shutdown, most of them said they had loved working at the pier.";
    let q = quotes(text);
    let r = find(text, &q, "they had");
    assert_eq!(speaker(text, r), "most of them");
    assert_eq!(&text[r.span.range()], "they had loved working at the pier");
}

#[test]
fn a_quotation_right_after_said_whose_clause_goes_on_is_a_mixed_quote() {
    let text = "Ida Lund said “it makes me mad” every time she thinks about the pier.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(&text[q[0].span.range()], "“it makes me mad” every time she thinks about the pier");
    assert_eq!(speaker(text, &q[0]), "Ida Lund");
    // A new predicate after "and" leaves the quotation the cue's own.
    let text = "Ida Lund said “it makes me mad” and left the room.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    // So does a gerund cue.
    let text = "Dock workers gathered on the quay, chanting “no contract, no peace” after the talks failed.";
    let q = quotes(text);
    assert_eq!(q[0].kind, QuoteType::Direct, "{q:#?}");
}

#[test]
fn at_least_after_said_opens_the_content() {
    let text = "Officials said at least 12 people were hurt when the pier collapsed.";
    let q = quotes(text);
    let r = find(text, &q, "at least 12");
    assert_eq!(&text[r.span.range()], "at least 12 people were hurt when the pier collapsed");
    assert_eq!(speaker(text, r), "Officials");
    let text = "The harbour master said at most three boats were lost.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "at most").span.range()], "at most three boats were lost");
}

#[test]
fn said_then_a_gerund_cue_before_that_leaves_the_report_to_the_gerund() {
    let text = "“We have no choice,” Tove Arden said, adding that the union would strike on Monday.";
    let q = quotes(text);
    let r = find(text, &q, "the union");
    assert_eq!(&text[r.span.range()], "the union would strike on Monday");
    assert_eq!(&text[r.cue.unwrap().range()], "adding");
    assert_eq!(speaker(text, r), "Tove Arden");
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("adding")), "{q:#?}");
}

#[test]
fn a_bare_plural_listener_before_a_place_is_not_the_content() {
    let text = "“It’s time,” Ida Varga told supporters at her campaign office in Elm on Tuesday night.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    let text = "Ida Varga told supporters at a rally in Elm that the pier would reopen.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the pier").span.range()], "the pier would reopen");
}

#[test]
fn a_study_subject_may_carry_an_aside_between_commas() {
    let text = "The report, released on Monday by the harbour board, found that silt rose by 4 percent.";
    let q = quotes(text);
    let r = find(text, &q, "silt");
    assert_eq!(&text[r.span.range()], "silt rose by 4 percent");
    assert_eq!(speaker(text, r), "The report");
    let text = "Exit polls from the Elm primary, which Ida Varga won, showed that most voters backed the pier.";
    let q = quotes(text);
    let r = find(text, &q, "most voters");
    assert_eq!(speaker(text, r), "Exit polls from the Elm primary");
}

#[test]
fn a_negated_auxiliary_is_not_part_of_the_speaker() {
    for (text, who) in [
        ("His aides haven't said whether the pier would reopen.", "His aides"),
        ("The harbour master hasn’t said whether the pier would reopen.", "The harbour master"),
        ("Ida Varga didn't say whether the pier would reopen.", "Ida Varga"),
        ("Ida Varga wouldn't say whether the pier would reopen.", "Ida Varga"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, "whether");
        assert_eq!(&text[r.span.range()], "whether the pier would reopen", "{text}");
        assert_eq!(speaker(text, r), who, "{text}");
    }
}

#[test]
fn two_nominals_opening_the_sentence_speak_together() {
    for (text, who) in [
        (
            "The union and the harbour board said in a joint statement that talks would resume.",
            "The union and the harbour board",
        ),
        ("The union and Acme Ferries said that talks would resume.", "The union and Acme Ferries"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, find(text, &q, "talks")), who, "{text}");
    }
}

#[test]
fn state_media_and_earlier_before_the_cue() {
    let text = "The cause was unclear, but state media reported that three sailors were hurt.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "three sailors")), "state media");
    let text = "The cause was unclear, but local media said three sailors were hurt.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "three sailors")), "local media");
    let text = "The pier was closed, state media said.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "The pier")), "state media");
    let text = "Tove Arden had earlier said that she was at home.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "she was")), "Tove Arden");
}

#[test]
fn a_quoted_programme_title_after_the_listener_is_not_the_content() {
    for text in [
        "Ida Varga told HBC’s “Harbour Morning Hour” that the pier would reopen.",
        "Ida Varga told “Harbour Morning Hour” that the pier would reopen.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        let r = find(text, &q, "the pier");
        assert_eq!(&text[r.span.range()], "the pier would reopen");
        assert_eq!(speaker(text, r), "Ida Varga");
    }
}

#[test]
fn neither_nor_subjects_speak_together() {
    for (text, who) in [
        (
            "Neither Ida Varga nor Tove Arden would say whether the pier would reopen.",
            "Neither Ida Varga nor Tove Arden",
        ),
        (
            "The talks ended, but neither the mayor nor the harbour master would say whether they met.",
            "neither the mayor nor the harbour master",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, find(text, &q, "whether")), who, "{text}");
    }
}

#[test]
fn a_group_of_people_before_say_speaks_whole() {
    let text = "The tax cut, a number of economists say, slowed the recovery. A majority of her backers say they will vote. Dozens of residents say the pier is unsafe.";
    let q = quotes(text);
    let first = find(text, &q, "The tax cut");
    let parts: Vec<&str> = first.parts.iter().map(|p| &text[p.range()]).collect();
    assert_eq!(parts, vec!["The tax cut", "slowed the recovery"]);
    assert_eq!(speaker(text, first), "a number of economists");
    assert_eq!(speaker(text, find(text, &q, "they will vote")), "A majority of her backers");
    assert_eq!(speaker(text, find(text, &q, "the pier is unsafe")), "Dozens of residents");
}

#[test]
fn an_interrupting_attribution_may_end_in_a_day() {
    for text in [
        "The tax cut, Lund said on Monday, slowed the recovery.",
        "The tax cut, Lund said Monday, slowed the recovery.",
    ] {
        let q = quotes(text);
        let r = find(text, &q, "The tax cut");
        let parts: Vec<&str> = r.parts.iter().map(|p| &text[p.range()]).collect();
        assert_eq!(parts, vec!["The tax cut", "slowed the recovery"], "{text}");
        assert_eq!(speaker(text, r), "Lund");
    }
}

#[test]
fn a_judgement_with_seem_or_appear_is_reported_without_a_speaker() {
    let text = "Lund appeared to gain ground in the north. The plan seems like a long shot for the council. Berg appeared on television on Monday.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    let r = find(text, &q, "Lund appeared");
    assert_eq!(&text[r.span.range()], "Lund appeared to gain ground in the north");
    assert!(r.speaker.is_none(), "{r:?}");
    assert_eq!(&text[r.cue.unwrap().range()], "appeared");
    assert!(r.confidence < 0.45);
    assert_eq!(&text[find(text, &q, "The plan").span.range()], "The plan seems like a long shot for the council");
    // A comma inside a quotation does not end it.
    let text = "The email appears to contradict comments from Berg that “time, money and patience ran out.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(text[q[0].span.range()].ends_with("ran out.”"), "{q:#?}");
}

#[test]
fn asides_around_the_cue_do_not_hide_the_report() {
    let text = "Yet local economists, like their colleagues abroad, say taxing fuel encourages saving. \
                The union chairman Jo Park said — on Twitter, as it happens — that the union raised $4 million. \
                Aides to the mayor said that, during the period when Berg was mayor, Lund was also helping the fund.";
    let q = quotes(text);
    let r = find(text, &q, "taxing fuel");
    assert_eq!(&text[r.span.range()], "taxing fuel encourages saving");
    assert_eq!(speaker(text, r), "local economists");
    let r = find(text, &q, "the union raised");
    assert_eq!(speaker(text, r), "Jo Park");
    let r = find(text, &q, "during the period");
    assert!(text[r.span.range()].ends_with("helping the fund"), "{r:?}");
}

#[test]
fn a_subject_may_hold_a_passive_cue_participle_or_a_state_modifier() {
    let text = "The officials whose plans were rejected say the real change came in the courts. \
                The state officials whose laws have been struck down say the courts changed.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the real change")), "The officials whose plans were rejected");
    assert_eq!(
        speaker(text, find(text, &q, "the courts changed")),
        "The state officials whose laws have been struck down"
    );
}

#[test]
fn stance_and_reference_verbs_report_their_object() {
    let text = "Lund assailed the new levy at a rally. Berg likened the plan to a trap for small towns. \
                As Lund talked about bringing the towns together, Berg left. \
                The council echoed the mayor's warning that the pier was unsafe.";
    let q = quotes(text);
    let r = find(text, &q, "the new levy");
    assert_eq!(&text[r.span.range()], "the new levy");
    assert_eq!(speaker(text, r), "Lund");
    assert_eq!(&text[r.cue.unwrap().range()], "assailed");
    assert_eq!(speaker(text, find(text, &q, "the plan to a trap")), "Berg");
    let r = find(text, &q, "bringing the towns");
    assert_eq!(&text[r.span.range()], "bringing the towns together");
    assert_eq!(&text[r.cue.unwrap().range()], "talked about");
    assert_eq!(speaker(text, find(text, &q, "the mayor's warning")), "The council");
}

#[test]
fn a_bare_plural_listener_before_that_is_not_content() {
    for (text, cue) in [
        ("Lund told supporters that the vote was delayed.", "told"),
        ("Lund emailed supporters that the vote was delayed.", "emailed"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, "the vote");
        assert_eq!(&text[r.span.range()], "the vote was delayed", "{text}");
        assert_eq!(&text[r.cue.unwrap().range()], cue);
        assert_eq!(speaker(text, r), "Lund");
    }
}

#[test]
fn called_after_an_indefinite_noun_names_it() {
    let text = "Donors gave to one PAC called Stop the Levy Now and to a book fund called Harbour Voices.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
    let text = "Lund called the plan a disgrace.";
    assert_eq!(&text[find(text, &quotes(text), "the plan").span.range()], "the plan a disgrace");
}

#[test]
fn a_subject_before_a_list_of_verbs_ends_before_the_first() {
    let text = "The board met, voted and said the plan would pass.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the plan")), "The board");
}

#[test]
fn announcement_verbs_report_their_object_or_clause() {
    let text = "Berg unveiled a plan to rebuild the pier. Her office later disclosed that she had resigned. \
                Lund singled out the harbour board for blame.";
    let q = quotes(text);
    let r = find(text, &q, "a plan");
    assert_eq!(&text[r.span.range()], "a plan to rebuild the pier");
    assert_eq!(&text[r.cue.unwrap().range()], "unveiled");
    assert_eq!(speaker(text, find(text, &q, "she had resigned")), "Her office");
    assert_eq!(&text[find(text, &q, "the harbour board").cue.unwrap().range()], "singled out");
}

#[test]
fn offered_reports_words_not_goods() {
    let text = "Lund offered no proof that Berg had lied. The town offered free rides on Sunday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "no proof that Berg had lied");
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn phrasal_cues_report_their_complement() {
    let text = "Lund pushed back on the claim that the pier was unsafe. Berg made clear that she would not run again. \
                The mayor laid out a plan to rebuild the pier. Lund railed against the new levy. \
                Berg distanced herself from the plan to close the pier.";
    let q = quotes(text);
    for (start, cue) in [
        ("the pier was unsafe", "pushed back"),
        ("she would not run", "made clear"),
        ("a plan to rebuild", "laid out"),
        ("the new levy", "railed against"),
        ("the plan to close", "distanced herself from"),
    ] {
        assert_eq!(&text[find(text, &q, start).cue.unwrap().range()], cue);
    }
}

#[test]
fn state_before_a_role_noun_is_no_cue() {
    let text = "The former state auditor said the pier needed new pilings.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "The former state auditor");
}

#[test]
fn pointed_out_is_one_cue_and_its_content_follows_the_comma() {
    let text = "As Berg pointed out, the pier is older than the town. As the harbour master noted, that is a problem.";
    let q = quotes(text);
    let r = find(text, &q, "the pier is");
    assert_eq!(&text[r.cue.unwrap().range()], "pointed out");
    assert_eq!(speaker(text, r), "Berg");
    let r = find(text, &q, "that is");
    assert_eq!(&text[r.span.range()], "that is a problem");
}

#[test]
fn coordinated_nominal_subject_speaks_whole() {
    let text = "The harbour master and former ferry captain said the pier was unsafe.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "The harbour master and former ferry captain");
    let text = "The ferry left and crew members said the pier was unsafe.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "crew members");
}

#[test]
fn copula_before_a_cue_ends_an_inverted_speaker() {
    let text = "And so, she said, the harbour board is worried about the pier.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "she");
    assert_eq!(&text[q[0].cue.unwrap().range()], "said");
}

#[test]
fn clause_opener_is_no_inverted_speaker() {
    let text = "Most riders think the new fares are fair, though commuters disagree.";
    let q = quotes(text);
    assert!(q.iter().all(|x| x.speaker.as_ref().is_none_or(|s| !text[s.span.range()].starts_with("though"))), "{q:#?}");
}

#[test]
fn state_after_a_determiner_ends_a_plain_subject() {
    let text = "At least half of the ferry riders in each state say the fares are too high.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the fares")), "At least half of the ferry riders in each state");
}

#[test]
fn participle_phrase_after_the_subject_before_its_cue() {
    let text = "A notice posted on the website Harbourline.com said sailings are cancelled until Friday.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "sailings")), "A notice");
}

#[test]
fn listener_name_with_its_place_before_the_content() {
    let text = "Tove Arden told The Gazette of Elmstead last week she would not run again.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "she would").span.range()], "she would not run again");
}

#[test]
fn more_gerund_cues_after_a_comma_with_an_adverb() {
    let text = "Berg had an answer ready, quickly reminding viewers that the former mayor had sold the pier.";
    let q = quotes(text);
    let r = find(text, &q, "the former mayor");
    assert_eq!(&text[r.cue.unwrap().range()], "reminding");
    assert_eq!(speaker(text, r), "Berg");
    let text = "Berg opened the meeting, repeating that the pier would stay open all winter.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier would")), "Berg");
}

#[test]
fn time_phrase_after_a_parenthesis_and_most_before_an_adverb() {
    let text = "The board met after Chair Ana Berg (D-Elm) earlier in the day touted the progress the port has made.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the progress")), "Chair Ana Berg");
    let text = "Lund declined at first to discuss the levy, and most recently defended the use of the old ferry.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the use")), "Lund");
}

#[test]
fn relative_clause_content_ends_at_a_comma_inside_its_closing_mark() {
    for text in [
        "Mr. Lund, who has called the plan “deeply flawed,” portrayed the new levy as a passing problem.",
        "Mr. Lund, who has called the plan ''deeply flawed,'' portrayed the new levy as a passing problem.",
    ] {
        let q = quotes(text);
        let r = find(text, &q, "the new levy");
        assert_eq!(speaker(text, r), "Mr. Lund", "{text}");
        let called = &text[find(text, &q, "the plan").span.range()];
        assert!(called.contains("flawed") && !called.contains("portrayed"), "{q:#?}");
    }
}

#[test]
fn together_between_a_relative_pronoun_and_its_cue() {
    let text = "The deal came from the two biggest ports, which together vowed to stave off the worst of the storm.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "to stave off")), "which");
}

#[test]
fn downplayed_reports_its_object() {
    let text = "He has promoted a raft of unproven remedies and downplayed the risk of storms for sailors.";
    let q = quotes(text);
    let r = find(text, &q, "the risk");
    assert_eq!(&text[r.cue.unwrap().range()], "downplayed");
    assert_eq!(speaker(text, r), "He");
}

#[test]
fn negated_say_before_when_reports_the_question() {
    let text = "Harbour officials have not said when the ferry would sail again.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "when").span.range()], "when the ferry would sail again");
    let text = "Berg said when asked that the ferry would sail again.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the ferry").span.range()], "the ferry would sail again");
}

#[test]
fn each_before_a_gerund_cue_speaks() {
    let text = "Lund and Berg met on Wednesday, each touting their own record on the harbour.";
    let q = quotes(text);
    let r = find(text, &q, "their own record");
    assert_eq!(speaker(text, r), "each");
    assert_eq!(&text[r.cue.unwrap().range()], "touting");
}

#[test]
fn relative_pronoun_is_the_subject_of_its_second_verb() {
    let text = "The board hired Lund, who visited the pier and said the pilings were rotten.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pilings")), "who");
    let text = "Lund, who visited the pier, met the board and said the pilings were rotten.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pilings")), "Lund");
}

#[test]
fn gerund_after_an_opening_clause_report_belongs_to_the_main_subject() {
    let text = "After Berg said the pier was unsafe, Lund toured it, saying the pilings were fine.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "Berg");
    assert_eq!(speaker(text, find(text, &q, "the pilings")), "Lund");
}

#[test]
fn when_asked_is_no_speaker() {
    let text = "When asked, Berg said the pier was unsafe, adding that the pilings were rotten.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[find(text, &q, "the pier").span.range()], "the pier was unsafe");
    assert!(q.iter().all(|x| speaker(text, x) == "Berg"), "{q:#?}");
}

#[test]
fn plural_role_subject_before_a_base_form_cue() {
    let text = "Officials expect that the pier will reopen in May.";
    let q = quotes(text);
    let r = find(text, &q, "the pier");
    assert_eq!(speaker(text, r), "Officials");
    assert_eq!(&text[r.cue.unwrap().range()], "expect");
}

#[test]
fn an_elided_year_between_the_cue_and_that_is_no_quotation_mark() {
    for text in [
        "Berg said in ‘09 that the ferry crews were underpaid.",
        "Berg said in '09 that the ferry crews were underpaid.",
    ] {
        let q = quotes(text);
        let r = find(text, &q, "the ferry crews");
        assert_eq!(&text[r.span.range()], "the ferry crews were underpaid", "{text}");
        assert_eq!(speaker(text, r), "Berg", "{text}");
    }
}

#[test]
fn secretary_of_state_is_one_nominal_speaker() {
    let text = "The former secretary of state said the ferry crews were underpaid.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry crews");
    assert_eq!(speaker(text, r), "The former secretary of state");
}

#[test]
fn an_adverb_between_the_cue_and_that_is_no_part_of_the_content() {
    for (text, content) in [
        ("The harbour master has said repeatedly that the ferry will not be sold.", "the ferry will not be sold"),
        ("The harbour master said again that the ferry will not be sold.", "the ferry will not be sold"),
        ("The harbour master said publicly she would not sell the ferry.", "she would not sell the ferry"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, &content[..6]);
        assert_eq!(&text[r.span.range()], content, "{text}");
    }
    // An adverb inside the object stays ("called for immediately scrapping …").
    let text = "The harbour master called for immediately scrapping the levy.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("scrapping")), "{q:#?}");
}

#[test]
fn a_gerund_of_saying_after_the_cue_and_a_comma_reports_for_itself() {
    for text in ["Berg disagreed, saying the ruling was final.", "Berg objected, adding the ruling was final."] {
        let q = quotes(text);
        let r = find(text, &q, "the ruling");
        assert_eq!(&text[r.span.range()], "the ruling was final", "{text}");
        assert!(matches!(&text[r.cue.unwrap().range()], "saying" | "adding"), "{text}");
        assert_eq!(speaker(text, r), "Berg", "{text}");
        assert!(q.iter().all(|x| !text[x.span.range()].starts_with("saying")), "{text}: {q:#?}");
    }
}

#[test]
fn a_participle_after_the_cue_phrase_modifies_its_noun() {
    let text = "“We will appeal,” Lund said in a statement released by her lawyer, Tom Berg.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Lund");
    let text = "Lund said in a statement issued by her office that the levy was fair.";
    let q = quotes(text);
    let r = find(text, &q, "the levy");
    assert_eq!(&text[r.span.range()], "the levy was fair");
}

#[test]
fn a_pronoun_resolves_to_the_nearest_person_of_its_sex() {
    for (text, who) in [
        ("Ana Lund met Tom Berg on Monday. She said the levy was unfair.", "Ana Lund"),
        ("Tom Berg met Ana Lund on Monday. He said the levy was unfair.", "Tom Berg"),
        ("Mrs. Lund met Mr. Berg on Monday. She said the levy was unfair.", "Lund"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, "the levy");
        let s = r.speaker.as_ref().expect("speaker");
        assert_eq!(s.name.as_deref(), Some(who), "{text}: {q:#?}");
    }
}

#[test]
fn a_two_word_clause_of_subject_and_past_verb_is_a_content() {
    for (text, content) in [
        ("Berg said he agreed.", "he agreed"),
        ("The ferry company said sales fell.", "sales fell"),
        ("Berg said it failed.", "it failed"),
        ("Berg says it works.", "it works"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, content);
        assert_eq!(&text[r.span.range()], content, "{text}");
    }
    // Not a time phrase or "so".
    for text in ["Berg said so.", "Berg said last week."] {
        assert!(quotes(text).is_empty(), "{text}");
    }
}

#[test]
fn a_definite_role_links_to_an_abbreviated_title_or_a_company_name() {
    for (text, who) in [
        ("Sen. Tom Berg spoke on Monday. The senator said the levy was unfair.", "Tom Berg"),
        ("Ferrow Corp. reported a loss on Monday. The company said the levy was unfair.", "Ferrow Corp"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, "the levy");
        assert_eq!(r.speaker.as_ref().and_then(|s| s.name.as_deref()), Some(who), "{text}: {q:#?}");
    }
}

#[test]
fn a_subordinate_clause_subject_speaks_not_the_object_inside_it() {
    for (text, content, who) in [
        (
            "When the head of the agency said the talks would resume, nobody believed her.",
            "the talks",
            "the head of the agency",
        ),
        ("Because the mayor of Elm said the ferry would run, crowds came.", "the ferry", "the mayor of Elm"),
        ("The ferry ran, because the mayor of Elm said it would run.", "it would", "the mayor of Elm"),
        (
            "While the secretary of state said the talks would resume, the ministry was silent.",
            "the talks",
            "the secretary of state",
        ),
        (
            "The ministry was silent, even as the secretary of state said the talks would resume.",
            "the talks",
            "the secretary of state",
        ),
    ] {
        let q = quotes(text);
        let r = find(text, &q, content);
        assert_eq!(speaker(text, r), who, "{text}");
    }
    // A condition reports nothing.
    let text = "If Berg's plan rejected single mothers, families would suffer.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn a_cue_form_after_a_determiner_or_of_modifies_a_noun() {
    let text = "Brazil, where the number of reported cases of the virus has grown, closed its ports.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn a_two_word_infinitive_content_ends_before_a_coordinated_report() {
    let text = "Berg declined to comment and aides said the remark was false.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "to comment").span.range()], "to comment");
    let r = find(text, &q, "the remark");
    assert_eq!(&text[r.span.range()], "the remark was false");
    assert_eq!(speaker(text, r), "aides");
}

#[test]
fn a_plural_subject_may_hold_an_abbreviated_title_and_of_state() {
    for (text, who) in [
        ("Friends of Mr. Berg say the energy has faded.", "Friends of Mr. Berg"),
        ("Supporters of Gov. Berg say the energy has faded.", "Supporters of Gov. Berg"),
        ("The former secretary of state has said the energy has faded.", "The former secretary of state"),
        ("Sadly the energy has faded, said the former secretary of state.", "the former secretary of state"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, if text.starts_with("Sadly") { "Sadly" } else { "the energy" });
        assert_eq!(speaker(text, r), who, "{text}");
    }
}

#[test]
fn a_bare_listener_and_a_time_phrase_before_that_stay_out_of_the_content() {
    let text = "The minister told parliament on Tuesday that the budget was balanced.";
    let (c, s, k) = one(text);
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("the budget was balanced", "The minister", "told"));
    // An infinitive before "that" is the content itself.
    let text = "The city urged people to seek shelter that way.";
    let (c, _, _) = one(text);
    assert_eq!(c, "to seek shelter that way");
}

#[test]
fn a_coordinated_bare_phrase_may_end_in_of_and_a_word() {
    let text = "The harbour chief and former secretary of state said the levy would pass.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("the levy would pass", "The harbour chief and former secretary of state"));
}

#[test]
fn a_subject_with_an_anonymity_clause_speaks() {
    for (text, who) in [
        ("A member who asked not to be named said the union would strike.", "A member who asked not to be named"),
        (
            "A union member who declined to be identified said the union would strike.",
            "A union member who declined to be identified",
        ),
    ] {
        let (c, s, k) = one(text);
        assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("the union would strike", who, "said"), "{text}");
    }
}

#[test]
fn a_share_of_a_group_speaks_as_a_whole() {
    for (text, who) in [
        ("Fifty-four percent of voters said they support the plan.", "Fifty-four percent of voters"),
        ("Just 28 percent of voters said they support the plan.", "Just 28 percent of voters"),
    ] {
        let (c, s, _) = one(text);
        assert_eq!((c.as_str(), s.as_str()), ("they support the plan", who), "{text}");
    }
}

#[test]
fn a_role_and_name_between_commas_speak_for_the_phrase_before() {
    let text = "Her opponent, council member Ray Dunn, said the closure was wrong.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("the closure was wrong", "council member Ray Dunn"));
}

#[test]
fn an_interrupting_attribution_may_name_its_medium() {
    let text = "The department had fully cooperated, he said in an email, and would send more documents.";
    let q = quotes(text);
    let r = find(text, &q, "The department");
    let parts: Vec<&str> = r.parts.iter().map(|p| &text[p.range()]).collect();
    assert_eq!(parts, vec!["The department had fully cooperated", "and would send more documents"]);
    assert_eq!(speaker(text, r), "he");
    // A gerund's phrase is no medium of an interrupting attribution.
    let text = "Nate Berg, writing in The Harbour Times, noticed that voters have shifted.";
    let q = quotes(text);
    assert!(q.iter().all(|r| !text[r.span.range()].starts_with("Nate")), "{q:#?}");
}

#[test]
fn a_person_in_the_speaker_phrase_is_linked_before_a_place_closing_it() {
    let text = "Democratic Sen. Paul Otis of Maine said he expected a vote by June.";
    let q = quotes(text);
    let r = find(text, &q, "he expected");
    assert_eq!(r.speaker.as_ref().and_then(|s| s.name.as_deref()), Some("Paul Otis"), "{q:#?}");
}

#[test]
fn declining_to_give_a_name_reports_nothing_and_stays_with_the_speaker() {
    let text = "A witness, who declined to give her name, said she heard three shots.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("she heard three shots", "A witness"));
    let text = "“I heard three shots,” said a witness who declined to give her name.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "a witness who declined to give her name");
}

#[test]
fn a_place_after_a_preposition_in_the_speaker_phrase_is_not_its_entity() {
    let text = "The mayor of Boston said the pier would reopen.";
    let q = quotes(text);
    let r = find(text, &q, "the pier");
    assert_eq!(speaker(text, r), "The mayor of Boston");
    assert_eq!(r.speaker.as_ref().and_then(|s| s.entity), None, "{q:#?}");
}

#[test]
fn a_list_after_a_noun_phrase_object_stays_in_its_content() {
    for (text, content) in [
        (
            "At every rally, Mr. Berg questioned Mr. Lund's tactics, his judgment and his very decency.",
            "Mr. Lund's tactics, his judgment and his very decency",
        ),
        ("Berg called him a kind, loving and honest man.", "him a kind, loving and honest man"),
        (
            "The board supported ending the tolls, cutting fares and buying ferries.",
            "ending the tolls, cutting fares and buying ferries",
        ),
        ("Lund dismissed criticism from Berg, Dunn and Ray Lee, a banker.", "criticism from Berg, Dunn and Ray Lee"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content);
    }
    // Not a list: an aside, a gerund, a second clause.
    for (text, content) in [
        ("Lund criticized the new mayor, instead praising the harbor staff and the crew.", "the new mayor"),
        ("Lund endorsed Park, and Lee agreed.", "Park"),
    ] {
        let q = quotes(text);
        assert_eq!(&text[q[0].span.range()], content, "{q:#?}");
    }
}

#[test]
fn a_date_comma_does_not_end_a_noun_phrase_object() {
    let text = "Then she invoked the Sept. 11, 2001, terrorist attacks to defend her record.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "the Sept.").span.range()],
        "the Sept. 11, 2001, terrorist attacks to defend her record"
    );
}

fn part_texts<'a>(text: &'a str, q: &Quote) -> Vec<&'a str> {
    q.parts.iter().map(|p| &text[p.range()]).collect()
}

#[test]
fn an_interrupting_attribution_may_name_a_report_or_note() {
    let text = "The middle fifth paid 8.9 percent, the agency said in a June report, and the rest paid less.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(part_texts(text, &q[0]), ["The middle fifth paid 8.9 percent", "and the rest paid less"]);
    assert_eq!(speaker(text, &q[0]), "the agency");
}

#[test]
fn a_gerund_subject_after_an_interrupting_attribution_goes_on_with_the_clause() {
    let text = "Though that change went smoothly, he said, replacing Lund would be much harder.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(part_texts(text, &q[0]), ["Though that change went smoothly", "replacing Lund would be much harder"]);
    // A gerund that is no subject stays the writer's.
    let text = "The plan is dead, she said, sitting at the table in the hall.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "The plan is dead");
}

#[test]
fn a_mixed_lead_keeps_its_continuation_after_the_attribution() {
    for text in [
        "The department had “fully cooperated,” he said in an email, and would send more documents.",
        "The department had “fully cooperated,” he said, and would send more documents.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(q[0].kind, QuoteType::Mixed);
        assert_eq!(
            part_texts(text, &q[0]),
            ["The department had “fully cooperated,”", "and would send more documents"]
        );
        assert_eq!(speaker(text, &q[0]), "he");
    }
    // An attributed quotation keeps its own attribution; "adding" reports nothing by itself.
    let text = "“The plan is dead,” she said, adding, “We will try again.”";
    let q = quotes(text);
    assert!(q.iter().all(|x| &text[x.span.range()] != "adding"), "{q:#?}");
}

#[test]
fn a_long_listener_phrase_before_that_stays_out_of_the_content() {
    let text = "Wilson told The Post and Courier newspaper of Elmton on Saturday that he cast his ballot for Lund.";
    let (c, s, k) = one(text);
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("he cast his ballot for Lund", "Wilson", "told"));
    // A relative "that" after an infinitive is no content's start.
    let text = "Beijing warned North Korea to refrain from further actions that would worsen the situation.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("would")), "{q:#?}");
}

#[test]
fn a_share_after_with_speaks_its_gerund() {
    for (text, content, who) in [
        ("Voters rate Lund as better prepared, with 50 percent saying she is ready.", "she is ready", "50 percent"),
        (
            "Lund has improved his standing, with 30 percent of voters saying they like him.",
            "they like him",
            "30 percent of voters",
        ),
        (
            "Many shrugged off the choice, with three in 10 saying it would not change their vote.",
            "it would not change their vote",
            "three in 10",
        ),
    ] {
        let (c, s, k) = one(text);
        assert_eq!((c.as_str(), s.as_str(), k.as_str()), (content, who, "saying"), "{text}");
    }
}

#[test]
fn a_plural_subject_before_an_aside_speaks_say() {
    for (text, who) in [
        (
            "Executives for Elmco, which earned $30 billion last year, say the company will save $46 million.",
            "Executives for Elmco",
        ),
        ("Officials, who spoke on condition of anonymity, say the company will save money.", "Officials"),
    ] {
        let q = quotes(text);
        let r = find(text, &q, "the company");
        assert_eq!(speaker(text, r), who, "{q:#?}");
    }
}

#[test]
fn a_participle_after_a_passive_one_stays_in_the_content() {
    let text = "Police said a man was arrested at the scene and charged with assault.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("a man was arrested at the scene and charged with assault", "Police"));
}

#[test]
fn a_verb_of_thought_with_its_own_complement_closes_no_content() {
    let text = "According to court filings, the company knew about the leak for months.";
    let (c, s, k) = one(text);
    assert_eq!(
        (c.as_str(), s.as_str(), k.as_str()),
        ("the company knew about the leak for months", "court filings", "According to")
    );
    // Alone after the comma it still does.
    let text = "The plan will fail, the mayor believes.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("The plan will fail", "the mayor"));
}

#[test]
fn a_denial_reports_its_noun_phrase_object() {
    let text = "Dunn denied the charges on Friday.";
    let (c, s, k) = one(text);
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("the charges", "Dunn", "denied"));
    let text = "He was denied entry to the country.";
    assert!(quotes(text).is_empty());
}

#[test]
fn clarify_reports_its_clause_or_object() {
    let text = "Lund later clarified that she meant only the port budget.";
    let (c, s, k) = one(text);
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("she meant only the port budget", "Lund", "clarified"));
    let text = "Lund hardly clarified the matter, treating the remark as a compliment.";
    let (c, _, _) = one(text);
    assert_eq!(c, "the matter");
}

#[test]
fn an_infinitive_after_a_listener_of_urge_is_a_content() {
    let text = "The board urged him to resign.";
    let (c, s, k) = one(text);
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("to resign", "The board", "urged"));
}

#[test]
fn a_programme_title_after_the_listener_is_no_content() {
    let text = "Berg told HBC’s “Harbour Hour” on Sunday.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
    let text = "Berg tells HBC’s “Harbour Hour” on Friday that the plan is dead.";
    let (c, _, _) = one(text);
    assert_eq!(c, "the plan is dead");
}

#[test]
fn characterize_outline_and_rebut_report_their_objects() {
    for (text, content, cue) in [
        ("Lund characterized the plan as reckless.", "the plan as reckless", "characterized"),
        ("The mayor outlined a plan to rebuild the pier.", "a plan to rebuild the pier", "outlined"),
        ("Berg rebutted the claims on Friday.", "the claims", "rebutted"),
    ] {
        let (c, _, k) = one(text);
        assert_eq!((c.as_str(), k.as_str()), (content, cue), "{text}");
    }
}

#[test]
fn a_participle_clause_after_a_content_is_the_writers() {
    let text = "Ryan declared that he cannot support Berg, throwing a wrench in the party's plans.";
    let (c, _, _) = one(text);
    assert_eq!(c, "he cannot support Berg");
    // "meaning" draws a conclusion of its own and stays.
    let text = "Officials said most states have passed the deadline, meaning the name will stay on the ballot.";
    let q = quotes(text);
    assert!(q.iter().any(|x| text[x.span.range()].contains("meaning")), "{q:#?}");
}

#[test]
fn a_new_clause_with_a_named_subject_ends_a_content() {
    let text = "Democrats want policies that raise more revenue, and Republicans want lower tax rates.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "policies").span.range()], "policies that raise more revenue", "{q:#?}");
}

#[test]
fn a_comma_inside_a_closing_mark_before_but_ends_the_content() {
    let text = "Lund described the incident as a “terrible situation,” but stopped short of calling it a crime.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the incident as a “terrible situation,”");
    assert_eq!(q[0].kind, QuoteType::Mixed);
}

#[test]
fn a_fall_is_no_refusal() {
    for text in [
        "The approval rating has declined slightly from 58 percent in May to 55 percent now.",
        "Sales declined 4 percent last year.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    let (c, _, k) = one("Lund declined to comment.");
    assert_eq!((c.as_str(), k.as_str()), ("to comment", "declined"));
}

#[test]
fn a_share_of_a_group_after_told_is_the_listener() {
    let text = "“I am proud of you,” Mr. Clarke told some of the miners.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    let (c, _, _) = one("Lund told many of them the mine would close.");
    assert_eq!(c, "the mine would close");
}

#[test]
fn a_price_or_a_race_is_no_accusation_or_stance() {
    for text in [
        "The club charged a $100,000 initiation fee.",
        "Lund charged his campaign for rent.",
        "Canova, who is challenging Ray Dunn in Florida, spoke to voters.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    let (c, _, _) = one("Berg charged that the vote was rigged.");
    assert_eq!(c, "the vote was rigged");
}

#[test]
fn a_numeric_share_of_a_named_group_speaks_a_base_form() {
    let text = "26 percent of Democrats say they are tired of the race.";
    let (c, s, _) = one(text);
    assert_eq!((c.as_str(), s.as_str()), ("they are tired of the race", "26 percent of Democrats"));
}

#[test]
fn a_demonstrative_that_after_an_object_cue_opens_the_object() {
    let (c, s, _) = one("Judge Ilse Varga rejected that argument in a ruling released Friday.");
    assert_eq!((c.as_str(), s.as_str()), ("that argument", "Judge Ilse Varga"));
    let (c, _, _) = one("Ms. Okafor declined that assignment and has since left the paper.");
    assert_eq!(c, "that assignment");
    // A "that" clause after the same cue still drops its "that".
    let (c, _, _) = one("Varga rejected that the levy was unfair to farmers.");
    assert_eq!(c, "the levy was unfair to farmers");
}

#[test]
fn no_content_opens_with_a_finite_verb_after_a_sentence_opening_speaker() {
    for text in [
        "The strong harvest report has cleared the way for lower bread prices.",
        "The merits of the scheme, which lets savers put money into local farm projects, are being debated again.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // A relative clause's gap still reports.
    let text = "The new rules, which officials said will start in May, covered every ferry.";
    assert_eq!(&text[find(text, &quotes(text), "will start").span.range()], "will start in May");
}

#[test]
fn that_before_a_finite_verb_is_the_contents_subject() {
    let (c, _, _) = one("Ms. Okafor said that was a fair price.");
    assert_eq!(c, "that was a fair price");
}

#[test]
fn read_reports_only_a_quotation_or_a_reading_that() {
    for text in [
        "“I see no numbers,” she said after reading the council's outline of the plan.",
        "The note was signed by his doctor, though it reads more like a campaign flyer.",
    ] {
        let q = quotes(text);
        assert!(
            q.iter().all(|x| !text[x.span.range()].contains("outline") && !text[x.span.range()].contains("flyer")),
            "{text}: {q:#?}"
        );
    }
    let text = "Analysts would read this as a sign that the port is closing for good.";
    assert_eq!(&text[find(text, &quotes(text), "the port").span.range()], "the port is closing for good");
}

#[test]
fn a_contracted_pronoun_or_has_been_before_a_progressive_cue_speaks() {
    let (c, s, _) = one("She’s arguing that the ferry fares are too high.");
    assert_eq!((c.as_str(), s.as_str()), ("the ferry fares are too high", "She"));
    let (c, s, _) = one("They're saying the pier will close in May.");
    assert_eq!((c.as_str(), s.as_str()), ("the pier will close in May", "They"));
    let (c, s, k) = one("The harbour master has been warning that the pier is unsafe.");
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("the pier is unsafe", "The harbour master", "warning"));
}

#[test]
fn a_plural_role_opening_the_sentence_speaks_a_base_form() {
    for (text, content, speaker) in [
        ("Officials oppose the harbour levy.", "the harbour levy", "Officials"),
        ("Lawmakers echo her concerns.", "her concerns", "Lawmakers"),
        ("Residents oppose the new ferry timetable.", "the new ferry timetable", "Residents"),
    ] {
        let (c, s, _) = one(text);
        assert_eq!((c.as_str(), s.as_str()), (content, speaker), "{text}");
    }
}

#[test]
fn warned_of_and_wrote_about_take_a_noun_phrase() {
    for (text, content, cue) in [
        ("Lund warned of higher costs for dairy farmers.", "higher costs for dairy farmers", "warned of"),
        ("Ms. Berg warned against raising the harbour levy.", "raising the harbour levy", "warned against"),
        ("Lund wrote about the ferry crisis in his memoir.", "the ferry crisis in his memoir", "wrote about"),
    ] {
        let (c, _, k) = one(text);
        assert_eq!((c.as_str(), k.as_str()), (content, cue), "{text}");
    }
}

#[test]
fn a_medium_phrase_between_commas_is_the_following_cues_circumstance() {
    let (c, s, k) = one("The ferry company, in a statement, said it would appeal the ruling.");
    assert_eq!((c.as_str(), s.as_str(), k.as_str()), ("it would appeal the ruling", "The ferry company", "said"));
}

#[test]
fn an_adverb_like_again_or_now_may_stand_inside_a_progressive_cue() {
    for text in [
        "Lund is once again questioning the count in the harbour ward.",
        "Ms. Berg is now arguing that the ferry fares are too high.",
    ] {
        let (_, s, _) = one(text);
        assert!(["Lund", "Ms. Berg"].contains(&s.as_str()), "{text}: {s}");
    }
    let (c, _, _) = one("Lund is once again questioning the count in the harbour ward.");
    assert_eq!(c, "the count in the harbour ward");
}

#[test]
fn more_gerund_cues_report_after_a_comma() {
    for (text, content, cue) in [
        (
            "Two residents challenged the permit, contending that the pier was unsafe for ferries.",
            "the pier was unsafe for ferries",
            "contending",
        ),
        (
            "“The vote was fair,” Ms. Berg said in the hall, emphasizing it was time to move on.",
            "it was time to move on",
            "emphasizing",
        ),
        (
            "Lund is questioning the harbour count, encouraging his backers to watch the polls.",
            "his backers to watch the polls",
            "encouraging",
        ),
    ] {
        let q = quotes(text);
        let r = find(text, &q, &content[..8]);
        assert_eq!((&text[r.span.range()], &text[r.cue.unwrap().range()]), (content, cue), "{text}");
    }
}

#[test]
fn a_place_or_time_phrase_after_said_reports_nothing() {
    for text in [
        "“We will win,” he said aboard the ferry on Monday.",
        "“We will win,” she said alongside her husband.",
        "“We will win,” he said behind closed doors.",
        "“We will win,” he said throughout the campaign.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], "We will win");
    }
}

#[test]
fn a_quotation_named_by_what_someone_called_joins_the_sentence() {
    // After a reported content: one mixed quote, the outer speaker's.
    let text = "The board pledged new fines as a deterrence to what it called “a clear threat to the harbour.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        &text[q[0].span.range()],
        "new fines as a deterrence to what it called “a clear threat to the harbour.”"
    );
    assert_eq!(q[0].kind, QuoteType::Mixed);
    assert_eq!(speaker(text, &q[0]), "The board");
    // Alone: a mixed quote from "what", doubled marks included.
    let text = "The town prepares for what Ana Lund called ''the loudest vote in memory.'' Voters wait.";
    let q = quotes(text);
    let r = find(text, &q, "what");
    assert_eq!(&text[r.span.range()], "what Ana Lund called ''the loudest vote in memory.''");
    assert_eq!((r.kind, speaker(text, r)), (QuoteType::Mixed, "Ana Lund"));
}

#[test]
fn a_cue_phrase_ending_in_a_preposition_may_take_a_short_noun_phrase() {
    for (text, content, cue) in [
        ("The harbour chief warned of ferry cuts.", "ferry cuts", "warned of"),
        ("Lund talks about Berg.", "Berg", "talks about"),
    ] {
        let (c, _, k) = one(text);
        assert_eq!((c.as_str(), k.as_str()), (content, cue), "{text}");
    }
}

#[test]
fn a_day_before_a_circumstance_ends_a_noun_phrase_object() {
    let (c, _, _) = one("Lund blasted Berg as a “disgrace” Wednesday on The Harbour Hour.");
    assert_eq!(c, "Berg as a “disgrace”");
    let (c, _, _) = one("Lund criticized the levy Tuesday night at a rally in Elm.");
    assert_eq!(c, "the levy");
    // A day inside the object stays: "a Tuesday interview".
    let (c, _, _) = one("Lund cited a Tuesday interview in the Gazette.");
    assert_eq!(c, "a Tuesday interview in the Gazette");
}

#[test]
fn a_new_clause_with_a_determined_subject_and_a_past_verb_ends_the_content() {
    let (c, _, _) =
        one("In the end, Elmco agreed to lend the town $5 million, and the dock workers' union also stepped in.");
    assert_eq!(c, "to lend the town $5 million");
    // Not a relative clause inside the subject: "the share of voters who accepted it had fallen".
    let text = "Polls showed that few residents backed the levy, and the share of voters who accepted it had fallen.";
    let q = quotes(text);
    assert!(find(text, &q, "few residents").span.end > text.find("had fallen").unwrap(), "{q:#?}");
}

#[test]
fn attacks_before_a_bare_word_or_a_comma_is_the_noun() {
    for text in ["Elmton attacks test the mayor's plan.", "After the Elmton attacks, the council met in private."] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    let (c, _, _) = one("Lund attacks the harbour levy.");
    assert_eq!(c, "the harbour levy");
}

#[test]
fn a_second_gerund_cue_after_and_reports_for_the_same_speaker() {
    let text = "Lund toured the pier, touting its repairs and saying the ferry would return.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry");
    assert_eq!(&text[r.span.range()], "the ferry would return");
    assert_eq!((speaker(text, r), &text[r.cue.unwrap().range()]), ("Lund", "saying"));
}

#[test]
fn a_base_form_cue_after_who_reports_before_a_that_clause() {
    let text = "There are some economists who argue that the harbour levy should be very low.";
    let q = quotes(text);
    let r = find(text, &q, "the harbour");
    assert_eq!(&text[r.span.range()], "the harbour levy should be very low");
    // Without "that", a base form after "who" describes: "Those who support Park are angry."
    assert!(quotes("Those who support Park are angry.").is_empty());
}

#[test]
fn an_opening_past_participle_phrase_is_not_the_gerund_speaker() {
    let text = "Chastened by the analyses, as well as complaints over the plan’s costs, Lund revised his plan, promising to focus more of its benefits on riders.";
    let q = quotes(text);
    let r = find(text, &q, "to focus");
    assert_eq!(speaker(text, r), "Lund");
    let text = "Reached by phone at his office, Mayor Ali Berg told reporters that the pier would reopen.";
    let q = quotes(text);
    let r = find(text, &q, "the pier");
    assert_eq!(speaker(text, r), "Mayor Ali Berg");
}

#[test]
fn a_name_with_age_and_home_town_and_state_speaks_not_the_town() {
    for text in [
        "Cory Berg, 22, of Elmton, Mich., said he had not given up hope.",
        "Cory Berg, 22, of Elmton, Michigan, said he had not given up hope.",
    ] {
        let q = quotes(text);
        let r = find(text, &q, "he had not");
        assert_eq!(speaker(text, r), "Cory Berg", "{text}");
    }
}

#[test]
fn a_long_opening_phrase_before_the_subject_of_a_gerund_report() {
    let text = "In a victory speech in Elm County on Tuesday night, Mr. Lund struck a measured tone, saying he would lead the party.";
    let q = quotes(text);
    let r = find(text, &q, "he would");
    assert_eq!(speaker(text, r), "Mr. Lund");
}

#[test]
fn a_cue_form_after_an_opening_preposition_is_a_noun_and_the_preposition_no_name() {
    for text in [
        "Amid calls for a boycott, Mara Velt provided a justification, saying it is necessary.",
        "Despite calls for a boycott, Mara Velt provided a justification, saying it is necessary.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(&text[q[0].span.range()], "it is necessary");
        assert_eq!(speaker(text, &q[0]), "Mara Velt");
    }
}

#[test]
fn a_gerund_after_a_coordinated_clause_reports_for_its_pronoun() {
    let text = "At this point, the camera is facing the ground, and she becomes increasingly upset, shouting that the police must stop.";
    let q = quotes(text);
    let r = find(text, &q, "the police");
    assert_eq!(speaker(text, r), "she");
}

#[test]
fn a_title_case_dateline_with_an_agency_is_no_speaker() {
    let text = "Elmton (AFP) – Democrat Mara Velt has taken a swipe at her rival's stance on ferries, saying that “bombastic comments” do more harm than good.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Democrat Mara Velt");
}

#[test]
fn a_lowercase_role_between_a_capitalised_modifier_and_the_name_stays_in_the_speaker() {
    let text = "Harbour chief Mara Velt has taken a swipe at her rival, saying that the ferries are late.";
    let q = quotes(text);
    let r = find(text, &q, "the ferries");
    assert_eq!(speaker(text, r), "Harbour chief Mara Velt");
}

#[test]
fn a_sentence_opening_gerund_cue_reports_for_the_main_subject() {
    let text = "Noting that both Lund and Berg battled staunch opposition from the press, Velt put her finger on one facet of the campaign.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "both Lund and Berg battled staunch opposition from the press");
    assert_eq!(speaker(text, &q[0]), "Velt");
    assert_eq!(&text[q[0].cue.unwrap().range()], "Noting");
    let text = "Recalling the pitfalls of the previous election, the party began spending money much earlier.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pitfalls")), "the party");
    // A gerund of speaking sets the scene.
    let text = "Speaking at the rally, Lund said the ferry would return.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the ferry would return");
}

#[test]
fn a_gerund_cue_after_a_spaced_dash_reports_for_the_clause_subject() {
    let text =
        "Lund flipped his choice on the spot – saying he was rooting for the Elks but would now root for the Owls.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he was rooting for the Elks but would now root for the Owls");
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn an_opening_phrase_with_a_year_an_adjective_or_an_adverb_between_commas_goes_before_the_subject() {
    for (text, content, who) in [
        ("In 1986, the court blocked the plan, citing a threat to public health.", "a threat", "the court"),
        (
            "In a widely read column the day before the debate, two speechwriters implored her to bring it back, arguing that it agitated Lund.",
            "it agitated",
            "two speechwriters",
        ),
        (
            "On Thursday, however, Lund spoke to a gathering of ferry industry leaders, promising to lift environmental rules.",
            "to lift",
            "Lund",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, find(text, &q, content)), who, "{text}");
    }
}

#[test]
fn a_study_subject_ends_before_its_own_verb_and_found() {
    let text = "The authors of the report combed through the filings of the firms and found that 73 percent maintained subsidiaries abroad.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "The authors of the report");
}

#[test]
fn a_gerund_after_a_quotation_introduced_with_a_colon_reports_for_its_speaker() {
    let text = "In a statement, Elmco said: \"The ferry was highly successful when it became independent,\" adding that its value quadrupled in less than a year.";
    let q = quotes(text);
    let r = find(text, &q, "its value");
    assert_eq!(speaker(text, r), "Elmco");
    assert_eq!(&text[r.cue.unwrap().range()], "adding");
}

#[test]
fn a_gerund_cue_after_even_or_also_and_a_comma_reports_for_the_clause_subject() {
    for text in [
        "Lund complained about the ferry, even suggesting it may have been sabotaged.",
        "Lund complained about the ferry, also suggesting it may have been sabotaged.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(&text[q[0].span.range()], "it may have been sabotaged");
        assert_eq!(speaker(text, &q[0]), "Lund");
    }
}

#[test]
fn a_negated_contracted_progressive_cue_reports() {
    let text = "But Attorney General Ana Lund isn’t saying if the foundation violated any laws.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "if the foundation violated any laws");
    assert_eq!(speaker(text, &q[0]), "Attorney General Ana Lund");
}

#[test]
fn all_after_an_opening_phrase_stands_for_its_people() {
    let text = "To varying degrees, all agreed that the proposal would increase taxes on the rich.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "all");
}

#[test]
fn a_name_after_a_participle_in_the_role_is_its_object_not_the_speaker() {
    let text = "One pastor supporting Mr. Berg, Dan Lind of Elm Baptist Church in Marion, said he had made more than 150 phone calls.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert!(speaker(text, &q[0]).starts_with("Dan Lind"), "{q:#?}");
}

#[test]
fn not_responding_to_a_request_for_comment_reports_the_request_alone() {
    // The unanswered request is reported (the PolNeAR gold marks it in 16 of 25 on train), and
    // its content stops at the relative clause's comma, so the denial keeps its own speaker.
    let text = "Mr. Lund, who did not respond to a request for comment, has denied that he was working on a book.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    let r = find(text, &q, "a request");
    assert_eq!(&text[r.span.range()], "a request for comment");
    let d = find(text, &q, "he was");
    assert_eq!(speaker(text, d), "Mr. Lund");
    assert_eq!(&text[d.cue.unwrap().range()], "denied");
    let text = "A spokesman for the port did not immediately respond to requests for comment.";
    let q = quotes(text);
    let r = find(text, &q, "requests");
    assert_eq!(&text[r.span.range()], "requests for comment");
    assert_eq!(speaker(text, r), "A spokesman for the port");
    // Answered, the reply's object is no report of its own.
    let text = "Lund responded to the criticism on Monday.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn a_gerund_of_calling_or_condemning_after_a_medium_reports_for_its_issuer() {
    let text =
        "The council issued a statement calling the overnight test “a clear violation” of five earlier resolutions.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "The council");
    assert_eq!(&text[q[0].cue.unwrap().range()], "calling");
    let text = "The council issued a statement calling for an end to the tests.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "an end to the tests");
}

#[test]
fn an_interrupting_attribution_may_end_in_a_time_and_place_phrase() {
    let text = "These employees, Lund explained earlier in the committee hearing, were well paid.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(
        q[0].parts.iter().map(|p| &text[p.range()]).collect::<Vec<_>>(),
        vec!["These employees", "were well paid"]
    );
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn a_court_that_ruled_reports_its_ruling() {
    let text = "A federal judge in Elmton ruled on Monday that the harbour levy was unconstitutional.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "A federal judge in Elmton");
    assert_eq!(&text[q[0].span.range()], "the harbour levy was unconstitutional");
    // The noun is not a cue.
    assert!(quotes("The new rule takes effect in March.").is_empty());
}

#[test]
fn a_report_with_an_aside_before_its_cue_speaks() {
    for text in [
        "The report, released on Thursday by the harbour auditor, said the agency had overspent.",
        "The reports, which were published in May, concluded that the levy had failed.",
        "The report, the third this year, warned that the pier would close.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert!(speaker(text, &q[0]).starts_with("The report"), "{text}: {q:#?}");
    }
}

#[test]
fn a_participle_opening_an_aside_is_not_the_clause_cue() {
    let text = "The memo, written by a harbour aide, warned that the pier would close.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].cue.unwrap().range()], "warned");
    assert_eq!(speaker(text, &q[0]), "The memo");
    let text = "Lund, writing in the Elmton Gazette, argued that the levy was unfair.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].cue.unwrap().range()], "argued");
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn a_participle_phrase_opening_the_sentence_is_no_content() {
    // Each gave the opening phrase as a report ("Speaking at the rally", cue "said").
    for text in [
        "Speaking at the harbour rally, Lund said.",
        "Pressed on the costs, Velt declined.",
        "Told of the verdict, Lund shrugged.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    // A clause opened by a gerund still is one.
    let text = "Raising the levy will hurt the harbour, Lund said.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Raising the levy will hurt the harbour");
}

#[test]
fn an_opening_clause_after_and_or_a_titled_possessor_ends_at_its_comma() {
    // Both ran on into the main clause.
    let text = "And while a harbour poll showed Lund ahead of Velt, the race was close among dock workers.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Lund ahead of Velt");
    let text = "Despite Mr. Lund's claims that the pier is safe, the board closed it on Monday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the pier is safe");
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn a_relative_pronoun_speaker_resolves_to_the_name_before_its_comma() {
    // "who" was left without a name or entity.
    for (text, who) in [
        ("Lund's plan was backed by Mara Velt, who said the pier must close.", Some("Mara Velt")),
        ("The levy was opposed by Tom Berg, a harbour pilot from Elmton, who said it was unfair.", Some("Tom Berg")),
        ("The talks were led by the Harbour Board, which said the pier must close.", Some("Harbour Board")),
        // Not across a count: the voters are no named entity.
        ("Velt has a favourable view of Lund, compared with 64 percent who say the pier must close.", None),
    ] {
        let q = quotes(text);
        let r = q.iter().find(|x| speaker(text, x) == "who" || speaker(text, x) == "which");
        let r = r.unwrap_or_else(|| panic!("{text}: {q:#?}"));
        assert_eq!(r.speaker.as_ref().and_then(|s| s.name.as_deref()), who, "{text}: {q:#?}");
    }
}

#[test]
fn a_speaker_quoted_as_saying_speaks() {
    // The passive hid the speaker: nothing was reported.
    let text = "Lund has been widely quoted as saying that the pier would close.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Lund");
    assert_eq!(&text[q[0].span.range()], "the pier would close");
    // Other passives still report nothing for their subject.
    assert!(quotes("Lund was asked to leave the pier.").iter().all(|x| x.speaker.is_none()));
}

#[test]
fn armed_attackers_do_not_speak() {
    // Was a report by "Militants" with content "the convoy near the harbour".
    for text in ["Militants attacked the convoy near the harbour.", "Armed pirates attacked the ferry at dawn."] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // A verbal attack still reports.
    let text = "Lund attacked Velt's record on the harbour.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn a_name_after_a_listener_noun_opens_the_content() {
    // The listener took in "Marn", leaving "had lied" (too short): nothing was reported.
    let text = "Prosecutor Ivo Lind told the jury Marn had lied about the harbour contracts.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Marn had lied about the harbour contracts");
    // A listener's own name stays with it.
    let text = "Lind told the Elmton Gazette that Marn had lied.";
    assert_eq!(&text[quotes(text)[0].span.range()], "Marn had lied");
}

#[test]
fn a_clause_after_but_is_no_closing_attribution() {
    // Was a report of the whole first clause by "but the judge", cue "disagreed".
    let text = "The defence argued that the evidence was illegal, but the judge disagreed.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "The defence");
    assert_eq!(&text[q[0].span.range()], "the evidence was illegal");
}

#[test]
fn that_after_warned_opens_the_content_and_no_listener() {
    // "that profits would miss" was read as a listener: nothing, or "forecasts by …", was reported.
    for (text, content) in [
        ("Elmco warned that profits would miss forecasts.", "profits would miss forecasts"),
        (
            "Elmco warned that profits would miss forecasts by a wide margin.",
            "profits would miss forecasts by a wide margin",
        ),
        ("The harbour chiefs have warned they could close the pier.", "they could close the pier"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
    }
    // A listener before "that" stays out of the content.
    let text = "Lund warned voters that the pier would close.";
    assert_eq!(&text[quotes(text)[0].span.range()], "the pier would close");
}

#[test]
fn the_person_quoted_as_saying_speaks() {
    // Neither reported anything: "quoted" is no cue, and "quoted as saying" was one only
    // right after the subject.
    for (text, who) in [
        ("The Gazette quoted a senior harbour official as saying the talks had stalled.", "a senior harbour official"),
        ("Lund was quoted by the Gazette as saying that the talks had stalled.", "Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].span.range()], "the talks had stalled", "{text}");
    }
    // A price quoted by a firm says nothing.
    assert!(quotes("The price quoted by the firm was high.").is_empty());
}

#[test]
fn a_mixed_content_holds_the_closing_mark_of_its_quotation() {
    // The content stopped at the sentence end inside the quotation ("“a mistake"), or before
    // the comma in the closing mark ("“safe as houses"), leaving an unclosed mark in the span.
    for (text, content) in [
        (
            "Lund said the harbour plan was “a mistake. It will fail.”",
            "the harbour plan was “a mistake. It will fail.”",
        ),
        ("The pier is “safe as houses,” Berg wrote.", "The pier is “safe as houses,”"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(q[0].kind, QuoteType::Mixed, "{text}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert_eq!(&text[q[0].parts.last().unwrap().range()], content, "{text}");
    }
}

#[test]
fn a_place_name_opening_with_a_common_word_stays_in_the_speaker() {
    // "New" was dropped as a sentence-initial common word ("York Gov. Mara Lund"), and with a
    // possessive after it nothing was reported.
    for (text, who) in [
        ("New York Gov. Mara Lund said she would back the nominee.", "New York Gov. Mara Lund"),
        ("In Albany, New York Gov. Mara Lund said she would back the nominee.", "New York Gov. Mara Lund"),
        (
            "New Hampshire Sen. Ivo Lind’s campaign said he would back the nominee.",
            "New Hampshire Sen. Ivo Lind’s campaign",
        ),
        ("New Jersey officials said they would back the nominee.", "New Jersey officials"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].span.range()].split(' ').nth(1), &Some("would"), "{text}");
    }
}

#[test]
fn an_aside_naming_some_of_the_subject_is_not_the_speaker() {
    // "Two officials, including a senior aide, said" reported nothing; "among them Mara Lund"
    // was the speaker.
    for (text, who) in [
        ("Two officials, including a senior aide, said they would back the nominee.", "Two officials"),
        ("Several officials, among them Mara Lund, said they would back the nominee.", "Several officials"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].span.range()], "they would back the nominee", "{text}");
    }
}

#[test]
fn a_bare_plural_listener_before_a_clause_is_not_content() {
    // The listener opened the content ("donors the campaign was solvent").
    for (text, content) in [
        ("Lund told donors the campaign was solvent.", "the campaign was solvent"),
        ("Lund warned investors she would sell the pier.", "she would sell the pier"),
        ("Lund promised voters she would cut taxes.", "she would cut taxes"),
        ("Lund promised voters that she would cut taxes.", "she would cut taxes"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert_eq!(speaker(text, &q[0]), "Lund", "{text}");
    }
    // What was promised stays the content; a question asked is no listener.
    let text = "The council has promised a new pier.";
    assert_eq!(&text[quotes(text)[0].span.range()], "a new pier");
    let text = "Lund asked questions the mayor could not answer.";
    assert_eq!(&text[quotes(text)[0].span.range()], "questions the mayor could not answer");
}

#[test]
fn a_gerund_cue_after_the_comma_in_a_closing_mark_ends_the_content() {
    // The content ran on over ", adding that …" when the comma stood inside the closing mark.
    let text = "Lund described the plan as “a betrayal,” adding that she would appeal.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(&text[find(text, &q, "the plan").span.range()], "the plan as “a betrayal,”");
    assert_eq!(&text[find(text, &q, "she would").span.range()], "she would appeal");
}

#[test]
fn a_participle_after_a_cue_phrase_modifies_its_noun() {
    // "posted on its website on Monday" was reported as what the ministry said.
    let text = "“We are shocked,” the ministry said in a statement posted on its website on Monday.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
    // With "that" after the modifier, the content follows it.
    for text in [
        "The ministry said in a statement posted on its website that the minister was shocked.",
        "The ministry said in a statement issued Monday that the minister was shocked.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], "the minister was shocked", "{text}");
    }
    let text = "Lund told reporters gathered outside the court that she would appeal.";
    assert_eq!(&text[quotes(text)[0].span.range()], "she would appeal");
}

#[test]
fn a_closing_attribution_by_a_count_may_carry_a_participle() {
    // ", two officials said, speaking on condition of anonymity." reported nothing.
    for (text, who) in [
        ("The harbour will close in May, two officials said, speaking on condition of anonymity.", "two officials"),
        (
            "The harbour will close in May, two people familiar with the plan said, speaking on condition of anonymity.",
            "two people familiar with the plan",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], "The harbour will close in May", "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn an_according_to_source_keeps_its_participle_and_relative_clause() {
    // The source was "a memo seen" (an irregular participle), and a relative clause on an
    // opening source was read as content.
    let text = "The harbour will close in May, according to a memo seen by the Gazette.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "a memo seen by the Gazette");
    for (text, who) in [
        ("According to the memo, which was seen by the Gazette, the harbour will close in May.", "the memo"),
        ("According to Lund, who chairs the board, the harbour will close in May.", "Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], "the harbour will close in May", "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_time_phrase_of_before_or_after_is_no_content() {
    // "conceded shortly before midnight." reported "shortly before midnight".
    for text in ["Lind conceded shortly before midnight.", "Lind responded shortly after noon."] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    let text = "Lind said soon after the vote that he would run again.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "he would run again");
}

#[test]
fn a_closing_told_with_her_before_a_noun_names_a_listener() {
    // "…, Lund told her advisers." reported nothing: "her" was the whole listener.
    for text in [
        "The plan is dead, Lund told her advisers.",
        "This is not about me, Lund told her closest advisers as she worked on the speech.",
        "The plan is dead, Lund told her.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Lund", "{text}");
        assert!(text[q[0].span.range()].ends_with(['d', 'e']), "{text}: {q:#?}");
    }
}

#[test]
fn survey_shares_restated_listed_or_after_while_speak() {
    // Each reported nothing (or "independents" spoke for "A third of independents").
    for (text, who) in [
        ("A third of independents, 33 percent, say they feel that way.", "A third of independents"),
        ("A third of independents say they feel that way.", "A third of independents"),
        ("Just over a quarter, 26 percent, say they feel that way.", "Just over a quarter"),
        (
            "Most Democrats back Lund, while only 49 percent of Republicans say they feel that way.",
            "only 49 percent of Republicans",
        ),
        (
            "45% of Republicans, 28% of independents and 12% of Democrats say they feel that way.",
            "45% of Republicans, 28% of independents and 12% of Democrats",
        ),
    ] {
        let q = quotes(text);
        let r = q
            .iter()
            .find(|x| &text[x.span.range()] == "they feel that way")
            .unwrap_or_else(|| panic!("{text}: {q:#?}"));
        assert_eq!(speaker(text, r), who, "{text}");
    }
}

#[test]
fn a_closing_attribution_before_a_semicolon_reports_the_clause() {
    // "…, analysts say; in 2012, …" reported nothing.
    let text = "The council needs 40 percent of the workers, analysts say; in 2012, it won 27 percent.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "The council needs 40 percent of the workers");
    assert_eq!(speaker(text, &q[0]), "analysts");
}

#[test]
fn an_interrupting_told_with_a_pronoun_listener_splits_the_report() {
    // "The solution, the partner told them, was simple." reported nothing.
    for (text, who) in [
        ("The solution, the partner told them, was simple.", "the partner"),
        ("The solution, Lund told her, was simple.", "Lund"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(q[0].parts.len(), 2, "{text}: {q:#?}");
        assert_eq!(&text[q[0].parts[1].range()], "was simple", "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn closing_capitalised_modifier_before_plural_head() {
    let text = "The ferry will resume service in May, Elmland officials said Wednesday.";
    let q = quotes(text);
    let r = find(text, &q, "The ferry");
    assert_eq!(&text[r.span.range()], "The ferry will resume service in May");
    assert_eq!(speaker(text, r), "Elmland officials");
    let text = "Two towns flooded overnight, Harbour police said.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "Two towns")), "Harbour police");
    // A preposition before the cue's noun is no speaker phrase.
    let text = "The board met on Friday, presenting Mara Lund with a plaque.";
    assert!(quotes(text).iter().all(|x| x.speaker.is_none() || !speaker(text, x).contains("Lund")));
}

#[test]
fn closing_attribution_on_condition_of_anonymity() {
    let text = "The pier will be sold by June, an official said, on condition of anonymity.";
    let q = quotes(text);
    let r = find(text, &q, "The pier");
    assert_eq!(&text[r.span.range()], "The pier will be sold by June");
    assert_eq!(speaker(text, r), "an official");
}

#[test]
fn two_word_adverbial_between_subject_and_cue() {
    let text = "Harbour unions, for example, said the levy would cost jobs.";
    let q = quotes(text);
    let r = find(text, &q, "the levy");
    assert_eq!(&text[r.span.range()], "the levy would cost jobs");
    assert_eq!(speaker(text, r), "Harbour unions");
    let text = "Ferry owners, in fact, argue that the pier is safe.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the pier")), "Ferry owners");
}

#[test]
fn long_parenthesis_after_subject() {
    let text = "Few expected it, but Sen. Ada Lind (a retired ferry captain who has sat on the harbour board since the day it was founded) says the pier is sound.";
    let q = quotes(text);
    let r = find(text, &q, "the pier");
    assert_eq!(&text[r.span.range()], "the pier is sound");
    assert_eq!(speaker(text, r), "Sen. Ada Lind");
}

#[test]
fn closing_plural_with_prepositional_phrase() {
    let text = "The two sisters reviewed the harbour camera footage on Friday, attorneys for the family said.";
    let q = quotes(text);
    let r = find(text, &q, "The two sisters");
    assert_eq!(&text[r.span.range()], "The two sisters reviewed the harbour camera footage on Friday");
    assert_eq!(speaker(text, r), "attorneys for the family");
    // A capitalised word after the preposition is a name's, not a cue.
    let text = "Ada Lind is telling guests at the Elm State Fair how she rebuilt the pier.";
    assert!(quotes(text).iter().all(|x| !text[x.span.range()].starts_with("State")));
}

#[test]
fn closing_attribution_with_party_parenthesis() {
    let text = "The ferry could run all winter if the port pays for the fuel, Sen. Ada Lind (D-Elm.) told the Gazette on Friday.";
    let q = quotes(text);
    let r = find(text, &q, "The ferry");
    assert_eq!(&text[r.span.range()], "The ferry could run all winter if the port pays for the fuel");
    assert_eq!(speaker(text, r), "Sen. Ada Lind");
}

#[test]
fn two_word_plural_listener_before_clause() {
    let text = "The mayor told harbour pilots the pier was safe.";
    let q = quotes(text);
    let r = find(text, &q, "the pier");
    assert_eq!(&text[r.span.range()], "the pier was safe");
    // A determiner without a verb after it is the object told, not a clause.
    let text = "The mayor told dock workers a story about the pier.";
    assert!(quotes(text).iter().all(|x| !text[x.span.range()].starts_with("a story")));
}

#[test]
fn participle_after_adverb_ends_the_content() {
    let text = "The mayor told dock workers the strike would fail, quietly staking his own job on it.";
    let q = quotes(text);
    let r = find(text, &q, "the strike");
    assert_eq!(&text[r.span.range()], "the strike would fail");
    // A hedge keeps the clause in the speaker's words.
    let text = "Lund said the levy is hurting the port, possibly handing the town a case against it.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "the levy").span.range()],
        "the levy is hurting the port, possibly handing the town a case against it"
    );
}

#[test]
fn and_determined_clause_with_finite_verb_ends_the_content() {
    let text = "The port said it is cutting its ferry schedule, and the cut is drawing complaints from commuters.";
    let q = quotes(text);
    let r = find(text, &q, "it is");
    assert_eq!(&text[r.span.range()], "it is cutting its ferry schedule");
    // A list ending in a noun with a relative "where" goes on.
    let text = "Officials said Lund has signed a pact with Elmton, Fairport, and a new port where ferries may dock.";
    let q = quotes(text);
    assert!(text[find(text, &q, "Lund has").span.range()].ends_with("ferries may dock"));
}

#[test]
fn relative_clause_inside_the_content_subject_does_not_end_it() {
    let text = "Lund asked whether the pier, which was built in 1920, has been inspected this year.";
    let q = quotes(text);
    let r = find(text, &q, "whether");
    assert_eq!(&text[r.span.range()], "whether the pier, which was built in 1920, has been inspected this year");
    // After the relative clause a gerund is the writer's, and the content still ends before it.
    // (A content of seven words or more: a shorter one keeps its relative clause.)
    let text = "Lund said the harbour board had backed the new levy, which cost millions, saying it worked.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the harbour").span.range()], "the harbour board had backed the new levy");
}

#[test]
fn but_before_a_phrase_goes_on_with_the_content() {
    let text = "Lund said the levy was paid not by the port, but by its workers.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "the levy was").span.range()],
        "the levy was paid not by the port, but by its workers"
    );
    // Before a verb of its own, "but" still opens a second report.
    let text = "The clerk said she had lost the ledger, but in a court filing wrote that it was stolen.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "she had").span.range()], "she had lost the ledger");
}

#[test]
fn states_after_a_noun_before_that_is_the_verb() {
    let text = "The harbour memo states that the ferry will stop in May.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry");
    assert_eq!(&text[r.span.range()], "the ferry will stop in May");
    assert_eq!(speaker(text, r), "The harbour memo");
    // A count or a quantifier before "states" keeps the noun.
    for text in
        ["The four early voting states that met in May will gain seats.", "The other states that joined will pay."]
    {
        assert!(quotes(text).is_empty(), "{text}");
    }
}

#[test]
fn with_phrase_between_commas_inside_the_content_subject_does_not_end_it() {
    let text = "Mira Holt said the strikes, with their pickets and rallies, had been peaceful.";
    let q = quotes(text);
    let r = find(text, &q, "the strikes");
    assert_eq!(&text[r.span.range()], "the strikes, with their pickets and rallies, had been peaceful");
    assert_eq!(speaker(text, r), "Mira Holt");
}

#[test]
fn name_before_party_parenthesis_and_relative_clause_after_an_opening_phrase_speaks() {
    let text =
        "On a late radio show on Friday, Sen. Tom Berg (D-Elm.), who chairs the harbour board, said the ferry would return.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry would");
    assert_eq!(&text[r.span.range()], "the ferry would return");
    assert_eq!(speaker(text, r), "Sen. Tom Berg");
}

#[test]
fn name_after_with_speaks_its_gerund_cue() {
    let text = "Dockers booed, with former Gov. Tom Berg calling the toll a theft.";
    let q = quotes(text);
    let r = find(text, &q, "the toll");
    assert_eq!(&text[r.span.range()], "the toll a theft");
    assert_eq!(speaker(text, r), "former Gov. Tom Berg");
    // A second such phrase after "and" ends the first content and speaks for itself.
    let text = "The talks ended, with Lind saying the port was saved and Berg calling the deal a fair one.";
    let q = quotes(text);
    let a = find(text, &q, "the port");
    assert_eq!(&text[a.span.range()], "the port was saved");
    assert_eq!(speaker(text, a), "Lind");
    let b = find(text, &q, "the deal");
    assert_eq!(speaker(text, b), "Berg");
}

#[test]
fn question_after_when_asked_is_the_report_not_a_content_of_the_cue_before() {
    // "whom" opens the question, so "supported" reports nothing after the comma.
    let text = "When asked whom he supported, the ferryman just laughed.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "whom he supported");
    assert!(q[0].speaker.is_none());
    // After a listener, "when asked" opens no content of "told".
    let text = "Berg told the Gazette in a radio interview when asked which pier to close.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "which pier to close");
}

#[test]
fn verb_object_and_as_before_a_quotation_is_a_mixed_report() {
    let text = "Mayor Lund openly reveres Berg as a \"harbour hero,\" citing his rescue work.";
    let q = quotes(text);
    let r = find(text, &q, "Berg as");
    assert_eq!(&text[r.span.range()], "Berg as a \"harbour hero,\"");
    assert_eq!(r.kind, QuoteType::Mixed);
    assert_eq!(speaker(text, r), "Mayor Lund");
    assert_eq!(&text[r.cue.unwrap().range()], "reveres");
    // Past auxiliaries and an adverb to the subject.
    let text = "Council leader Ada Lind has been loudly branding Berg as a \"pier wrecker\" for weeks.";
    let q = quotes(text);
    let r = find(text, &q, "Berg as");
    assert_eq!(&text[r.span.range()], "Berg as a \"pier wrecker\"");
    assert!(speaker(text, r).ends_with("Ada Lind"));
    // No object: a cue of describing, the content from "as".
    let text = "Mayor Lind is describing as \"careless\" the port's new ferry timetable.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "as \"").span.range()], "as \"careless\"");
    // A passive, a participle after a noun, a plural noun or "comes" labels nothing.
    for text in [
        "All the harbour files were designated as \"secret\" by the clerk.",
        "The trips, disguised as \"study tours,\" cost the port millions.",
        "It comes as \"too late\" for the dockers.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
}

#[test]
fn prepositional_phrase_on_the_listener_before_the_infinitive() {
    let text = "The flyer urges dockers in Elmton to \"stand firm\" at the vote.";
    let q = quotes(text);
    let r = find(text, &q, "to \"stand");
    assert_eq!(&text[r.span.range()], "to \"stand firm\" at the vote");
    assert_eq!(r.kind, QuoteType::Mixed);
    assert_eq!(speaker(text, r), "The flyer");
    let text = "The guild asked the office of Mayor Lind to stop printing its crest.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "to stop").span.range()], "to stop printing its crest");
}

#[test]
fn short_content_keeps_its_closing_which_clause() {
    let text = "Lind said she backed the levy, which cost the port millions.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "she backed").span.range()], "she backed the levy, which cost the port millions");
    // A content of seven words or more still ends before it.
    let text = "Lind said the harbour board had approved the new ferry levy, which cost the port millions.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the harbour").span.range()], "the harbour board had approved the new ferry levy");
}

#[test]
fn reason_after_a_closing_attribution_is_the_second_part_of_the_content() {
    let text = "The ferry plan will fail, Lund said, because the pier is too short.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    let parts: Vec<&str> = q[0].parts.iter().map(|p| &text[p.range()]).collect();
    assert_eq!(parts, ["The ferry plan will fail", "because the pier is too short"]);
    assert_eq!(speaker(text, &q[0]), "Lund");
    // Another circumstance still closes the attribution's clause.
    let text = "The harbour is busy, Lund said, as she left the pier.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "The harbour is busy");
}

#[test]
fn plural_noun_before_a_past_cue_is_its_subject_not_a_cue() {
    let text = "Several dock figures argued the toll was unfair.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the toll was unfair");
    assert_eq!(speaker(text, &q[0]), "Several dock figures");
    assert_eq!(&text[q[0].cue.unwrap().range()], "argued");
    // "says" before a participle is still the cue.
    let text = "Lind says reported cases rose.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "reported").span.range()], "reported cases rose");
}

#[test]
fn pronoun_contracted_with_its_auxiliary_speaks() {
    let text = "She’s said that the ferry toll is too low.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the ferry toll is too low");
    assert_eq!(&text[q[0].speaker.as_ref().unwrap().span.range()], "She");
    let text = "Although they've argued the pier is unsafe, the dockers kept working.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the pier").span.range()], "the pier is unsafe");
    // A relative pronoun so written still closes its clause at the comma.
    let text = "Tom Berg, who's said the levy is a theft, will speak at noon.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the levy").span.range()], "the levy is a theft");
    // "it’s said" is a passive: no one speaks.
    assert!(quotes("It’s often said that the levy is a theft.").iter().all(|q| q.speaker.is_none()));
}

#[test]
fn long_apposition_with_a_quoted_title_before_the_cue() {
    let text =
        "Tom Berg, the owner of the ferry line and host of the radio show \"Dock Talk,\" said that tolls are low.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "tolls").span.range()], "tolls are low");
    assert_eq!(speaker(text, find(text, &q, "tolls")), "Tom Berg");
}

#[test]
fn state_abbreviation_before_an_anonymity_aside_is_not_the_speaker() {
    let text = "Officials familiar with the ferry in Elmton, N.Y., speaking on the condition of anonymity \
                because they were not cleared to talk, said that the hull was sound.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the hull was sound");
    assert_eq!(speaker(text, &q[0]), "Officials familiar with the ferry in Elmton, N.Y.");
}

#[test]
fn subject_of_a_raising_verb_speaks_the_cue_after_it() {
    let text = "Lind largely agreed with Berg and seemed to think the ferry plan was somewhat hollow.";
    let q = quotes(text);
    let r = find(text, &q, "the ferry plan");
    assert_eq!(&text[r.span.range()], "the ferry plan was somewhat hollow");
    assert_eq!(speaker(text, r), "Lind");
    assert_eq!(&text[r.cue.unwrap().range()], "think");
    // The pronoun right before the raising verb, not the main clause's subject.
    let text = "Berg is drawing fire after he appeared to suggest that dockers who strike are disloyal.";
    let q = quotes(text);
    let r = find(text, &q, "dockers");
    assert_eq!(&text[r.span.range()], "dockers who strike are disloyal");
    assert_eq!(speaker(text, r), "he");
    let text = "Lund continued to criticize the levy.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the levy")), "Lund");
}

#[test]
fn comment_on_and_boast_of_take_a_noun_phrase() {
    let text = "Lund has also commented on the ferry's delay.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the ferry's delay");
    assert_eq!(&text[q[0].cue.unwrap().range()], "commented on");
    let text = "Berg continually brags about his record in the harbour debates.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "his record").span.range()], "his record in the harbour debates");
    assert_eq!(speaker(text, find(text, &q, "his record")), "Berg");
    // The noun after a determiner is no cue.
    assert!(quotes("His comments on the levy angered dockers.").is_empty());
}

#[test]
fn negated_auxiliary_in_one_token_before_a_base_form() {
    let text = "Lund didn't mention the levy on ferry tickets.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the levy on ferry tickets");
    assert_eq!(speaker(text, &q[0]), "Lund");
    let text = "Lund doesn’t think the levy is fair.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the levy").span.range()], "the levy is fair");
}

#[test]
fn what_goes_unmentioned_is_reported() {
    let text = "Lund made no mention of the levy.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the levy");
    assert_eq!(&text[q[0].cue.unwrap().range()], "made no mention of");
    let text = "Lund never mentioned Berg, who trailed in the polls.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "Berg").span.range()], "Berg");
}

#[test]
fn gerund_cue_after_and_closing_a_gerund_clause() {
    let text =
        "Berg has sought to look tough, painting others as weak and suggesting that he would do whatever it took.";
    let q = quotes(text);
    let r = find(text, &q, "he would");
    assert_eq!(&text[r.span.range()], "he would do whatever it took");
    assert_eq!(speaker(text, r), "Berg");
    assert_eq!(&text[r.cue.unwrap().range()], "suggesting");
}

#[test]
fn closing_study_with_a_by_phrase_speaks() {
    let text = "Fares rose by a third, a study by the Council of the Great Harbour Towns found.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Fares rose by a third");
    assert_eq!(speaker(text, &q[0]), "a study by the Council of the Great Harbour Towns");
    let text = "Fares rose by a third, a review of the reports shows.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "Fares")), "a review of the reports");
}

#[test]
fn indefinite_pronoun_speaks() {
    let text = "Then someone asked how Lund could win the harbour ward.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "how Lund could win the harbour ward");
    assert_eq!(speaker(text, &q[0]), "someone");
}

#[test]
fn party_parenthesis_does_not_end_an_object() {
    let text = "Dockers called on Elm Gov. Ada Lind (R) to resign over the ferry crisis.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "Elm Gov.").span.range()], "Elm Gov. Ada Lind (R) to resign over the ferry crisis");
    let text = "Lund criticized the efforts of a donor to Sen. Tom Berg (D-Elm.) to attack the port.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "the efforts").span.range()],
        "the efforts of a donor to Sen. Tom Berg (D-Elm.) to attack the port"
    );
    // Any other parenthesis still ends it.
    let text = "Lund criticized the plan (which was late) and left.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the plan").span.range()], "the plan");
}

#[test]
fn double_apostrophe_title_between_cue_and_that() {
    let text = "Tom Lund said on KBX's ''Dock Week'' on Sunday that the mayor was endangering the ferry.";
    let q = quotes(text);
    let r = find(text, &q, "the mayor");
    assert_eq!(&text[r.span.range()], "the mayor was endangering the ferry");
    assert_eq!(speaker(text, r), "Tom Lund");
}

#[test]
fn prepositional_cue_phrase_takes_no_inverted_speaker() {
    let text = "In her speech, Lund, a harbour chief, warned of the forces of hate.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "the forces of hate");
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn report_in_a_relative_clause_of_the_next_subject() {
    let text = "A woman who has accused former Mayor Tom Berg of theft said he should resign.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "former Mayor").span.range()], "former Mayor Tom Berg of theft");
    let r = find(text, &q, "he should");
    assert_eq!(&text[r.span.range()], "he should resign");
    assert_eq!(speaker(text, r), "A woman");
    // Without the next cue's auxiliaries.
    let text = "Sailors who told him the toll was fair have since argued that the ferry should stop.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the toll").span.range()], "the toll was fair");
    assert_eq!(speaker(text, find(text, &q, "the ferry")), "Sailors");
}

#[test]
fn any_cue_after_went_on_to_reports_for_the_subject() {
    let text = "The senator goes on to slam the port's plan for the ferry.";
    let q = quotes(text);
    let r = find(text, &q, "the port's");
    assert_eq!(&text[r.span.range()], "the port's plan for the ferry");
    assert_eq!(speaker(text, r), "The senator");
    let text = "She went out of her way to criticize the port authority on Tuesday.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the port authority")), "She");
    let text = "Lund took to Twitter early Wednesday to accuse the port of lying.";
    let q = quotes(text);
    let r = find(text, &q, "the port");
    assert_eq!(&text[r.span.range()], "the port of lying");
    assert_eq!(speaker(text, r), "Lund");
    let text = "Mr. Berg used his keynote speech to criticize the port's toll plan.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "the port's")), "Mr. Berg");
    // A habit, not a report.
    let text = "The clerk used to describe the toll as fair.";
    assert!(quotes(text).is_empty());
}

#[test]
fn see_and_view_report_a_view_with_as() {
    let text = "Lund sees the levy as a tax on the poor.";
    let q = quotes(text);
    let r = find(text, &q, "the levy");
    assert_eq!(&text[r.span.range()], "the levy as a tax on the poor");
    assert_eq!(speaker(text, r), "Lund");
    let text = "Various rivals view him as a threat to the port.";
    let q = quotes(text);
    assert_eq!(speaker(text, find(text, &q, "him as")), "Various rivals");
    for text in ["We will see what happens at the port.", "Lund saw the mayor at the pier on Friday."] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn headline_series_of_present_predicates_shares_its_speaker() {
    let text = "Rep. Ada Lind slams Berg, praises Lund as a hard worker.\n\nThe mayor spoke on Monday.";
    let q = quotes(text);
    let r = find(text, &q, "Lund as");
    assert_eq!(&text[r.span.range()], "Lund as a hard worker");
    assert_eq!(speaker(text, r), "Rep. Ada Lind");
}

#[test]
fn praise_and_reproach_verbs_and_taking_aim_report() {
    for (text, content, cue) in [
        ("Lund chided Berg for his reckless toll plan.", "Berg for his reckless toll plan", "chided"),
        ("Ada Lind lauded Mr. Berg for his work on the ferry.", "Mr. Berg for his work on the ferry", "lauded"),
        ("Lund exhorted dockers to vote against the toll.", "dockers to vote against the toll", "exhorted"),
        (
            "Lund congratulated Berg for his victory in the harbour ward.",
            "Berg for his victory in the harbour ward",
            "congratulated",
        ),
        ("Lund took aim at the port's toll plan.", "the port's toll plan", "took aim at"),
        ("Lund rebuked Berg for the toll on the ferry.", "Berg for the toll on the ferry", "rebuked"),
        ("Lund spoke about the toll on the ferry.", "the toll on the ferry", "spoke about"),
        ("Lund alluded to the toll in her speech.", "the toll in her speech", "alluded to"),
        ("Lund hinted at a new toll for the ferry.", "a new toll for the ferry", "hinted at"),
        ("Lund came out against the toll on the ferry.", "the toll on the ferry", "came out against"),
        ("Lund threw his support behind the mayor's plan.", "the mayor's plan", "threw his support behind"),
        ("Lund cast doubt on the toll.", "the toll", "cast doubt on"),
        ("Lund took aim at Berg.", "Berg", "took aim at"),
        ("Lund threw his support behind Berg.", "Berg", "threw his support behind"),
        ("Lund was wary of the new toll on the ferry.", "the new toll on the ferry", "was wary of"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert_eq!(&text[q[0].cue.unwrap().range()], cue, "{text}");
    }
}

#[test]
fn an_aside_on_the_object_before_the_charge() {
    let text = "Lund accused Tom Berg, who was born in Elm, of lying about the toll.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "Tom Berg").span.range()],
        "Tom Berg, who was born in Elm, of lying about the toll"
    );
    let text = "Elm accused the port's leader, Tom Berg, of reckless plans.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the port's").span.range()], "the port's leader, Tom Berg, of reckless plans");
    // Without a charge after the aside, the comma still ends the object.
    let text = "Lund criticized Tom Berg, who left the port in May.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "Tom Berg").span.range()], "Tom Berg");
}

#[test]
fn a_subject_with_a_modifier_before_adverbs_and_auxiliaries() {
    for text in [
        "A spokesman for the port immediately said the toll would rise.",
        "A spokesman for the port did not immediately say whether the toll would rise.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "A spokesman for the port", "{text}");
    }
}

#[test]
fn but_has_after_a_verbless_content_is_the_speakers_second_predicate() {
    let text = "The port has signaled willingness to cut the toll but has been met with anger.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "willingness to cut the toll");
    let text = "Lind has encouraged allied ports to raise their fees but has said she will hold firm.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "allied").span.range()], "allied ports to raise their fees");
    let said = find(text, &q, "she will");
    assert_eq!(&text[said.span.range()], "she will hold firm");
    assert_eq!(speaker(text, said), "Lind");
    // A content with its own verb keeps its "but" clause: its subject carries it.
    let text = "Lund said the board voted but was hurt by the letter.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "the board voted but was hurt by the letter");
}

#[test]
fn recognize_learn_and_discover_report_only_a_that_clause() {
    for (text, content) in [
        ("Local leaders now recognize that they must do more.", "they must do more"),
        ("Lund learned Tuesday that the port had closed.", "the port had closed"),
        ("Auditors have discovered that the toll was never paid.", "the toll was never paid"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
    }
    for text in [
        "Elm recognized the new port in May.",
        "Lund learned a hard lesson about the ferry.",
        "Lund learned that in 1990 on the pier.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // Such a form after "and" is an adjective and does not end a content.
    let text = "Berg said Elm should be the undivided and recognized capital of the region.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Elm should be the undivided and recognized capital of the region");
}

#[test]
fn a_conjunction_before_an_imperative_is_no_speaker() {
    let text = "Both sides will watch the vote. But don't expect a new Tom Berg to appear next time.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "a new Tom Berg to appear next time");
    assert!(q[0].speaker.is_none(), "{q:#?}");
}

#[test]
fn an_infinitive_content_ends_before_the_sentences_own_finite_verb() {
    let text = "One reason Berg refuses to release his tax returns may be that they would hurt him.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "to release").span.range()], "to release his tax returns");
    let text = "The clerk who wants to unseat Mayor Tom Berg is reaping big rewards.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "to unseat Mayor Tom Berg");
    // A clause inside the content keeps its verb.
    for (text, content) in [
        ("Lund hopes to offset the coal he is mining with credits.", "to offset the coal he is mining with credits"),
        ("Lund promised to act should he win the vote.", "to act should he win the vote"),
        ("Lund wants to find the tolls that are unfair.", "to find the tolls that are unfair"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
    }
}

#[test]
fn a_short_object_after_who_reports_the_stance() {
    for (text, content, cue) in [
        ("Weaver, who endorsed Lind during a call, was there.", "Lind", "endorsed"),
        ("Ms. Berg, who supports Mrs. Lind, has seen gains.", "Mrs. Lind", "supports"),
        ("Weaver, who has criticized the levy, was there.", "the levy", "criticized"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert_eq!(&text[q[0].cue.unwrap().range()], cue, "{text}");
        assert_eq!(speaker(text, &q[0]), "who", "{text}");
    }
    // What a reporter asked about is no stance of the reporter's.
    assert!(quotes("He cut off a reporter who asked about finances.").is_empty());
}

#[test]
fn a_relative_clause_after_an_object_list_belongs_to_the_list() {
    let text = "Berg cited problems in the port, the ferry and elsewhere that he blamed on the policies of Lund.";
    let q = quotes(text);
    assert_eq!(
        &text[find(text, &q, "problems").span.range()],
        "problems in the port, the ferry and elsewhere that he blamed on the policies of Lund"
    );
    // A relative clause with a named subject of its own is not the list's.
    let text = "They cited the case of Ada Lind, a clerk or aide who Elm officials say is tied to Berg.";
    let q = quotes(text);
    assert_eq!(&text[find(text, &q, "the case").span.range()], "the case of Ada Lind");
}

#[test]
fn a_name_object_keeps_its_closing_apposition() {
    let text = "The ad also mentions Tom Walton, the one clerk whose fine Lind waived due to his age.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(&text[q[0].span.range()], "Tom Walton, the one clerk whose fine Lind waived due to his age");
    let text = "Berg criticized Ada Machado, the former pageant winner.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "Ada Machado, the former pageant winner");
    // Not a common noun phrase's.
    let text = "Berg criticized the levy, a plan the board has since dropped.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "the levy");
}

#[test]
fn a_paragraph_introduced_by_a_cue_and_a_colon_is_the_speakers_passage() {
    let text = "The mayor spoke on Monday.\n\nIn a memo to staff, Ada Lund wrote:\n\nThe port will close in May. \
                She knows the ferry is late, and we have no choice.\n\nBerg left.";
    let q = quotes(text);
    let r = find(text, &q, "The port");
    assert_eq!(&text[r.span.range()], "The port will close in May. She knows the ferry is late, and we have no choice");
    assert_eq!(r.kind, QuoteType::Indirect);
    assert_eq!(speaker(text, r), "Ada Lund");
    assert_eq!(&text[r.cue.unwrap().range()], "wrote");
    // The report inside the passage is the passage's.
    assert_eq!(q.len(), 1, "{q:#?}");
    // A label, a verb that introduces a list, a quotation (a direct quote) and markup are not.
    for text in [
        "Update:\n\nPolls close at eight in the evening in the state.",
        "Berg listed three reasons:\n\nThe port is old and the ferry is late.",
        "One user tweeted:\n\n<tweet>Something here is wrong today.</tweet>",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    let text = "Lund added:\n\n“It is typical of Park and the board.”";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].kind, QuoteType::Direct);
}

#[test]
fn a_plural_subject_keeps_the_phrase_its_preposition_opens() {
    for (text, who) in [
        ("Officials in several states say the levy failed.", "Officials in several states"),
        ("Voters in all five towns say the levy failed.", "Voters in all five towns"),
        ("Two-thirds of voters in all five towns say the levy failed.", "Two-thirds of voters in all five towns"),
        ("But pilots from both ports say the levy failed.", "pilots from both ports"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, find(text, &q, "the levy")), who, "{text}");
    }
}

#[test]
fn a_study_subject_leaves_out_the_auxiliaries_before_its_cue() {
    for (text, who) in [
        ("Recent polling is showing Lund has a lead over Berg.", "Recent polling"),
        ("New polls in Elm and Fairport have similarly shown Lund's lead eroding.", "New polls in Elm and Fairport"),
        (
            "A recent review of the port's emails seems to show that a clerk leaked the plan.",
            "A recent review of the port's emails",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_gerund_reports_for_the_subject_before_an_irregular_past_verb() {
    for (text, who) in [
        ("The mayor left no doubt of her support for Lund, saying that nobody is more qualified.", "The mayor"),
        ("The businessman began by talking about the port, saying that the ferry is now cheap.", "The businessman"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn an_as_clause_closing_the_sentence_credits_the_clause_before_it() {
    for (text, content, who, cue) in [
        (
            "The tape does not show whether Lund had a gun, as police have said.",
            "The tape does not show whether Lund had a gun",
            "police",
            "said",
        ),
        ("The ferry was late again, as Berg noted in a memo on Friday.", "The ferry was late again", "Berg", "noted"),
        (
            "The main test is a lawful source of income, as a port memo put it.",
            "The main test is a lawful source of income",
            "a port memo",
            "put it",
        ),
        ("The levy is a theft, as Lund supporters point out.", "The levy is a theft", "Lund supporters", "point out"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
        assert_eq!(&text[q[0].cue.unwrap().range()], cue, "{text}");
    }
    // Not "as well as", nor a verb that describes what the clause names.
    for text in [
        "The ferry was late again, as well as the bus.",
        "They debated a tax for tuition at the college, as Lund proposes.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn advise_and_request_report_only_a_that_clause() {
    for text in [
        "An aide who requested anonymity to discuss the talks left early.",
        "Weber, who advises Lund, is no fan of the levy.",
        "The board thwarted Freedom of Information Act requests over a six-year period.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    let text = "The board requested that the records be kept.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "the records be kept");
}

#[test]
fn that_as_a_determiner_after_a_cue() {
    // "that way" is how, not a content.
    let text = "Lund may now feel that way himself as he winds down his campaign.";
    let q = quotes(text);
    assert!(q.is_empty(), "{q:#?}");
    // Before a lone noun and a verb, "that" opens the content's subject.
    for (text, content) in [
        ("Lund said that day was the best of his life.", "that day was the best of his life"),
        ("Lund said that way of doing business was over.", "that way of doing business was over"),
        ("Berg said that deal makers were greedy.", "deal makers were greedy"),
    ] {
        let q = quotes(text);
        assert_eq!(&text[q[0].span.range()], content, "{text}");
    }
}

#[test]
fn a_base_form_cue_after_and_takes_the_first_predicates_subject() {
    for text in ["Lund didn’t come out and say Berg should go.", "Lund did not come out and say Berg should go."] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Lund", "{text}");
        assert_eq!(&text[q[0].span.range()], "Berg should go");
    }
}

#[test]
fn a_closing_attribution_may_end_with_a_quoted_title() {
    for (text, spk) in [
        ("Carl Shaw was pro Lund, he said Wednesday morning on HBC's “Morning Dock.”", "he"),
        ("The ferry was late, Mr. Rubin said in his book, \"A Norland Son.\"", "Mr. Rubin"),
        ("The ferry was late, Mr. Rubin said in his book ''A Norland Son.'' So they stayed.", "Mr. Rubin"),
        ("The ferry was late, Mr. Rubin said on HBC’s “State of the Union”.", "Mr. Rubin"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), spk, "{text}");
        let content = if text.starts_with("Carl") { "Carl Shaw was pro Lund" } else { "The ferry was late" };
        assert_eq!(&text[q[0].span.range()], content, "{text}");
        assert!(q[0].parts.len() <= 1, "{text}: the title is no second part: {q:#?}");
    }
    // A quotation after the attribution is no title.
    let text = "Asked to describe the device, Lund said, \"Not going to go into that.\"";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("Asked")), "{q:#?}");
}

#[test]
fn an_inverted_speaker_may_have_two_roles_of_several_words() {
    let text = "The firm lobbied on gaming, said lobbyist and party strategist Carl Brand, Lund's former partner.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "lobbyist and party strategist Carl Brand");
    assert_eq!(&text[q[0].span.range()], "The firm lobbied on gaming");
}

#[test]
fn a_closing_attribution_may_end_with_a_pronoun_clause_of_its_own() {
    for (text, cue) in [
        ("This is not about me, Mayor Lund said as he labored over one of the last speeches of his term.", "said"),
        ("This is not about me, Mayor Lund told his advisers as he labored over one of the last speeches of his term.", "told"),
        ("This is not about me, Mayor Lund told advisers as he labored over the speech.", "told"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Mayor Lund", "{text}");
        assert_eq!(&text[q[0].cue.expect("cue").range()], cue, "{text}");
        assert_eq!(&text[q[0].span.range()], "This is not about me", "{text}");
    }
    // A cue inside the clause reports on its own; the attribution before it is too far off.
    let text = "Protest is patriotism, whether it was sitting at a lunch counter or wearing a shirt, as Jo Lind, gasping on the pier, said before he died.";
    let q = quotes(text);
    let lind = |x: &Quote| x.speaker.as_ref().is_some_and(|s| &text[s.span.range()] == "Jo Lind");
    assert!(!q.iter().any(|x| lind(x) && text[x.span.range()].starts_with("Protest")), "{q:#?}");
}

#[test]
fn branded_names_its_object_as_called_does() {
    let text = "Lund branded Berg a “liar.” The hacker was branded \"in homage to\" Lind, Park wrote.";
    let q = quotes(text);
    let b = find(text, &q, "Berg a");
    assert_eq!(speaker(text, b), "Lund");
    assert_eq!(&text[b.span.range()], "Berg a “liar.”");
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("in homage")), "{q:#?}");
    for text in ["The Lund-branded steaks sold well.", "Branded content is a growing business."] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn a_naming_verb_after_a_quotation_has_its_own_object() {
    // "Lund called Berg …" is no attribution of the quotation before it.
    let text = "Elm called Norland an “outlaw nation in the neighborhood.” Lund called Berg a “liar.”";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Elm");
    assert_eq!(&text[q[0].span.range()], "Norland an “outlaw nation in the neighborhood.”");
    assert_eq!(speaker(text, &q[1]), "Lund");
    assert_eq!(&text[q[1].span.range()], "Berg a “liar.”");
    // A call with no object still attributes it.
    let text = "“Come home!” Lund called.";
    let q = quotes(text);
    assert_eq!(speaker(text, &q[0]), "Lund");
}

#[test]
fn an_opening_as_clause_may_carry_a_circumstance() {
    for (text, cue) in [
        ("As Lund noted in a memo to the board, the gap between the two is vast.", "noted"),
        ("As Lund said on Friday, the gap between the two is vast.", "said"),
        ("As Lund wrote in his 2012 book, the gap between the two is vast.", "wrote"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Lund", "{text}");
        assert_eq!(&text[q[0].cue.expect("cue").range()], cue, "{text}");
        assert_eq!(&text[q[0].span.range()], "the gap between the two is vast", "{text}");
    }
    // Not a clause of telling.
    let text = "As Lund spoke at the pier, the crowd cheered loudly.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn a_plural_subject_after_lowercase_modifiers_runs_up_to_the_cue() {
    for (text, spk) in [
        (
            "But numerous military veterans interviewed at rallies in Tarrow this week said they had no problem with the comments.",
            "numerous military veterans interviewed at rallies in Tarrow",
        ),
        (
            "And surveys of Elm primary voters late last week indicated that a third of voters were undecided.",
            "surveys of Elm primary voters",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), spk, "{text}");
    }
}

#[test]
fn a_counted_plural_after_a_preposition_and_its_article_is_no_speaker() {
    for text in [
        "Residents of the two towns said they had no problem with the comments.",
        "Many residents of the two towns said they had no problem with the comments.",
        "Residents of the two towns say they had no problem with the comments.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        let spk = speaker(text, &q[0]);
        assert!(spk.contains("esidents"), "{text}: {spk}");
    }
}

#[test]
fn a_span_of_time_opening_the_clause_without_a_comma_is_no_speaker() {
    for (text, spk) in [
        ("A few minutes later they reversed themselves, rushed everyone inside the room and said they will register voters.", "they"),
        ("Minutes later they reversed themselves and said they will register voters.", "they"),
        ("A few minutes later, they reversed themselves and said they will register voters.", "they"),
        ("Two days later the board reversed itself and said it will register voters.", "the board"),
        ("A couple of weeks ago the board said it will register voters.", "the board"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), spk, "{text}");
        assert!(text[q[0].span.range()].ends_with("register voters"), "{text}: {q:#?}");
    }
}

#[test]
fn a_relative_clause_closes_a_speaker_phrase_with_a_preposition() {
    for (text, spk) in [
        ("The pier is safe, said a spokesman for the port who asked not to be named.", "a spokesman for the port"),
        ("The pier is safe, said a group of Democrats who know him.", "a group of Democrats"),
        ("The pier is safe, said members of the board who know him.", "members of the board"),
        (
            "A spokesman for the port who asked not to be named said the pier is safe.",
            "A spokesman for the port who asked not to be named",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert!(speaker(text, &q[0]).starts_with(spk), "{text}: {q:#?}");
        assert!(!text[q[0].span.range()].contains("said"), "{text}: {q:#?}");
    }
}

#[test]
fn a_gerund_is_no_role_before_a_name() {
    for text in [
        "Lund has responded with attacks on Berg, including Friday’s tweets.",
        "The plan is flawed, said having Lund at the top of the ticket.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    let text = "The plan is flawed, said pollster Jo Park.";
    let q = quotes(text);
    assert_eq!(speaker(text, &q[0]), "pollster Jo Park");
}

#[test]
fn a_closing_speaker_may_carry_a_long_apposition_and_relative_clause() {
    let text = "Nor are tariffs likely to bring many of these jobs back, said Dan Aldo, a professor of economics at M.I.T., who is one of the country's foremost specialists on the pluses and minuses of free trade.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Dan Aldo");
    assert_eq!(&text[q[0].span.range()], "Nor are tariffs likely to bring many of these jobs back");
    // A report inside the speaker's relative clause is read too.
    let text = "But that is not good enough, said Hal Rubin, a senior analyst at Elm Partners, who notes that the firm has vowed to cut costs.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "Hal Rubin");
    assert_eq!(&text[q[0].span.range()], "But that is not good enough");
    assert_eq!(speaker(text, &q[1]), "who");
    assert_eq!(&text[q[1].span.range()], "the firm has vowed to cut costs");
}

#[test]
fn who_after_an_apposition_naming_an_organisation_stands_for_the_person() {
    let text = "But that is not good enough, said Hal Rubin, a senior analyst at Elm Partners, who notes that the firm has vowed to cut costs.";
    let q = quotes(text);
    let who = q[1].speaker.as_ref().expect("speaker");
    assert_eq!(&text[who.span.range()], "who");
    assert_eq!(who.name.as_deref(), Some("Hal Rubin"), "{q:#?}");
    // The organisation itself, with no person before it.
    let text = "The pier is safe, said Elm Partners, who noted that the firm has vowed to cut costs.";
    let q = quotes(text);
    let who = q.iter().find_map(|x| x.speaker.as_ref().filter(|s| &text[s.span.range()] == "who")).expect("who");
    assert_eq!(who.name.as_deref(), Some("Elm Partners"), "{q:#?}");
}

#[test]
fn a_title_case_phrase_before_a_headline_colon_is_no_source() {
    for text in [
        "Storm Over Harbour: Lund Was Headed to Court But Turned Back.\n\nThe board met on Monday.\n",
        "Big Win For Lund: Ferry Union Holds Off On Endorsement.\n\nThe board met on Monday.\n",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
}

#[test]
fn a_quantifier_object_of_the_cue_opens_no_content() {
    for text in ["We don't care. Everything Lund says is a lie unless proven otherwise.", "Nothing Lund said was true."]
    {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
}

#[test]
fn a_name_apposed_to_the_subject_speaks_a_second_predicate() {
    for text in [
        "One of the men, Jon Elk, 70, had served in the army and said he was sure that the plan would fail.",
        "One of the men, Jon Elk, had served in the army and said he was sure that the plan would fail.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Jon Elk", "{text}");
        assert_eq!(&text[q[0].span.range()], "he was sure that the plan would fail");
    }
}

#[test]
fn an_inverted_speakers_second_role_may_open_with_an_acronym() {
    let text = "The firm lobbied on gaming, said lobbyist and GOP strategist Carl Brand, Lund's former partner.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "lobbyist and GOP strategist Carl Brand");
    assert_eq!(&text[q[0].span.range()], "The firm lobbied on gaming");
}

#[test]
fn a_closing_attribution_may_be_followed_by_a_with_or_although_circumstance() {
    for text in [
        "The ferry was late, Lund said, with dozens of riders stranded at the pier.",
        "The ferry was late, Lund said, although the storm had passed by noon.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), "Lund", "{text}");
        assert_eq!(&text[q[0].span.range()], "The ferry was late", "{text}");
    }
    // An opening absolute phrase before such a circumstance reports nothing.
    let text = "With all eyes on the port and its levy, many voters shrugged off the decision, with three in ten saying it would have no effect.";
    let q = quotes(text);
    assert!(q.iter().all(|x| !text[x.span.range()].starts_with("With")), "{q:#?}");
}

#[test]
fn an_opening_time_phrase_before_a_closing_attribution_is_no_content() {
    for text in [
        "Jon Elk is a lifelong Republican. But Thursday night at the party convention in Elmton, he spoke out in favor of Ann Lund.",
        "Then, last week, Carl Brand called.",
    ] {
        let q = quotes(text);
        assert!(q.is_empty(), "{text}: {q:#?}");
    }
    // A time word that is the content's subject stays.
    let text = "Thursday was a bad day for the port, Lund said.";
    let q = quotes(text);
    assert_eq!(&text[q[0].span.range()], "Thursday was a bad day for the port");
}

#[test]
fn a_base_form_closing_a_sentence_needs_a_plural_subject_or_a_modal() {
    for text in [
        "Lund landed in Elmton for what was supposed to be a detailed \"policy address\" on the port but was a familiar, nativist rant.",
        "Lund often mentions his grandson in speeches, a reference point for his focus on schools.",
    ] {
        let q = quotes(text);
        assert!(
            q.iter().all(|x| x.speaker.as_ref().is_none_or(|s| !matches!(&text[s.span.range()], "nativist" | "a reference"))),
            "{text}: {q:#?}"
        );
    }
    for (text, who) in [
        ("The ferry is late, riders say.", "riders"),
        ("The ferry is late, Lund would say.", "Lund"),
        ("The ferry is late, some riders now say.", "some riders now"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        assert_eq!(speaker(text, &q[0]), who, "{text}");
    }
}

#[test]
fn a_counted_listener_of_told_is_no_content() {
    for (text, content) in [
        ("\"We will open the doors of the party,\" Lund told 2,267 people gathered at the university.", None),
        ("The ferry is late, Lund told 300 riders at the pier.", Some("The ferry is late")),
        ("Lund told 300 riders that the ferry was late.", Some("the ferry was late")),
        ("Lund told 300 riders the ferry was late.", Some("the ferry was late")),
    ] {
        let q = quotes(text);
        assert!(
            q.iter().all(|x| !text[x.span.range()].contains("riders") && !text[x.span.range()].contains("people")),
            "{text}: {q:#?}"
        );
        if let Some(c) = content {
            assert_eq!(q.len(), 1, "{text}: {q:#?}");
            assert_eq!(&text[q[0].span.range()], c, "{text}");
        }
    }
}

#[test]
fn a_second_predicates_nominal_subject_keeps_its_head_after_capitalised_modifiers() {
    for (text, who) in [
        (
            "Although the Lund administration doesn’t track the rates and has maintained that testing is required by law, Berg said the plan failed.",
            "the Lund administration",
        ),
        ("The Elm Harbour inspector toured the pier and said it was safe.", "The Elm Harbour inspector"),
        ("The inspector toured the pier and said it was safe.", "The inspector"),
    ] {
        let q = quotes(text);
        assert_eq!(speaker(text, &q[0]), who, "{text}: {q:#?}");
    }
}

#[test]
fn state_before_a_plural_after_an_inverted_cue_modifies_it() {
    let text = "The ferry is late, said state officials.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(speaker(text, &q[0]), "state officials");
    assert_eq!(&text[q[0].span.range()], "The ferry is late");
}
