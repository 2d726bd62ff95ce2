//! Entity tagger: the embedded model loads, a bad model file is refused, and invented news
//! sentences get the expected names, types, roles and groups.
use lede_core::{Engine, EntityType, Error, Models, Options};

fn entities(text: &str) -> Vec<(EntityType, String, Vec<String>)> {
    let a = Engine::embedded().unwrap().analyze(text, &Options::default()).unwrap();
    a.entities
        .iter()
        .map(|e| {
            (e.kind, e.canonical_name.clone(), e.mentions.iter().map(|m| text[m.span.range()].to_string()).collect())
        })
        .collect()
}

#[test]
fn embedded_tagger_is_present() {
    let m = Models::embedded().unwrap();
    assert!(m.tagger.as_ref().is_some_and(|t| t.len() > 1000));
    assert!(m.gazetteer.len() > 1000);
    assert!(m.describe().contains("ner_tagger.bin=embedded"));
}

#[test]
fn bad_tagger_file_is_a_format_error() {
    let d = std::env::temp_dir().join(format!("lede-tagger-bad-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    std::fs::write(d.join("ner_tagger.bin"), b"NOTAMODEL-------------------").unwrap();
    match Models::from_dir(&d) {
        Err(Error::ModelFormat { name, .. }) => assert_eq!(name, "ner_tagger.bin"),
        other => panic!("expected ModelFormat, got {other:?}"),
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn invented_article_names_types_and_groups() {
    let text = "Senator Helena Marchetti told reporters in Brazil on Monday that the Northfield \
                Water Authority had missed its deadline. Marchetti said the delay would cost \
                taxpayers $12 million.";
    let e = entities(text);
    let person = e.iter().find(|x| x.1 == "Helena Marchetti").expect("person");
    assert_eq!(person.0, EntityType::Person);
    assert_eq!(person.2, vec!["Helena Marchetti".to_string(), "Marchetti".to_string()]);
    assert!(e.iter().any(|x| x.0 == EntityType::Gpe && x.1 == "Brazil"));
    assert!(e.iter().any(|x| x.0 == EntityType::Org && x.1.contains("Water Authority")));
    assert!(e.iter().any(|x| x.0 == EntityType::Date && x.1 == "Monday"));
    // Titles are not inside mentions.
    assert!(e.iter().all(|x| x.2.iter().all(|m| !m.starts_with("Senator"))));
}

#[test]
fn surname_mentions_are_tagged_and_grouped_everywhere() {
    let text = "The sculptor Lucas Ferrand opened a show in Lisbon on Friday. Ferrand said the works \
                were new. Visitors praised Ferrand's colours.";
    let e = entities(text);
    let p = e.iter().find(|x| x.1 == "Lucas Ferrand").expect("person");
    assert_eq!(p.0, EntityType::Person);
    assert_eq!(p.2, vec!["Lucas Ferrand", "Ferrand", "Ferrand"]);
}

#[test]
fn an_honorific_makes_a_person_whatever_the_tagger_said() {
    // Was a LOC "Ms Hale" in a sentence about a lung scan.
    let text = "The scan has shown the tumour in Ms Hale's right lung is growing.";
    let e = entities(text);
    let p = e.iter().find(|x| x.1 == "Hale").unwrap_or_else(|| panic!("{e:?}"));
    assert_eq!(p.0, EntityType::Person);
    assert_eq!(p.2, vec!["Hale".to_string()]);
}

#[test]
fn a_generational_suffix_ends_the_persons_name() {
    let text = "The court heard that Andre Morrow III left the house on Monday.";
    let e = entities(text);
    assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == "Andre Morrow III"), "{e:?}");
}

#[test]
fn a_leading_connector_is_not_part_of_a_name() {
    // Was a PERSON "for Justice".
    let text = "The former Minister for Justice accused Paul Okafor of lying.";
    let e = entities(text);
    assert!(e.iter().all(|x| !x.1.starts_with("for ")), "{e:?}");
    assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == "Paul Okafor"), "{e:?}");
}

#[test]
fn a_pronoun_contraction_is_not_a_name() {
    let text = "“We’ve requested other nations to help,” the minister said.";
    let e = entities(text);
    assert!(e.iter().all(|x| x.1 != "We’ve"), "{e:?}");
}

#[test]
fn a_date_after_a_connector_ends_the_name() {
    // Was one ORG "Bank of Northfield on Monday".
    let text = "The loan was approved by the Bank of Northfield on Monday.";
    let e = entities(text);
    assert!(e.iter().any(|x| x.0 == EntityType::Org && x.1 == "Bank of Northfield"), "{e:?}");
    assert!(e.iter().any(|x| x.0 == EntityType::Date && x.1 == "Monday"), "{e:?}");
}

#[test]
fn a_title_between_a_place_and_a_name_splits_them() {
    // Was a LOC "Texas Gov".
    let text = "Texas Gov. Tom Berg signed the levy bill on Monday.";
    let e = entities(text);
    assert!(e.iter().any(|x| x.0 == EntityType::Gpe && x.1 == "Texas"), "{e:?}");
    assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == "Tom Berg"), "{e:?}");
    // Was one LOC "Harbour Mayor Ana Lund".
    let text = "Harbour Mayor Ana Lund defended the levy on Monday.";
    let e = entities(text);
    assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == "Ana Lund"), "{e:?}");
    assert!(e.iter().all(|x| !x.1.contains("Mayor")), "{e:?}");
}

#[test]
fn a_given_name_left_out_by_the_tagger_joins_the_surname() {
    // Was a PERSON "Holt" alone.
    let text = "The Bank of England Governor Andrew Holt spoke on Monday.";
    let e = entities(text);
    assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == "Andrew Holt"), "{e:?}");
}

#[test]
fn a_name_after_an_honorific_is_a_person_even_when_the_tagger_misses_it() {
    // Both gave no entity at all: the word clusters place "Xi" and "Aires" among place names.
    for (text, name) in [("Mr. Xi said the pier would close.", "Xi"), ("Ms. Aires said the pier would close.", "Aires")]
    {
        let e = entities(text);
        assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == name), "{text}: {e:?}");
    }
    // A title after the honorific is no name.
    let e = entities("Thank you, Mr. President, for the pier.");
    assert!(e.iter().all(|x| x.1 != "President"), "{e:?}");
}

#[test]
fn a_nationality_the_tagger_took_for_a_place_is_a_group() {
    // Both were LOC.
    for (text, word) in [
        ("Chinese President Ola Lind arrived in Elmton on Monday.", "Chinese"),
        ("Lind spoke to Indonesian officials.", "Indonesian"),
    ] {
        let e = entities(text);
        assert!(e.iter().any(|x| x.0 == EntityType::Norp && x.1 == word), "{text}: {e:?}");
    }
}

#[test]
fn a_dateline_place_is_a_place_and_no_part_of_the_next_name() {
    // "WASHINGTON — Mara Lund" was one person, "NEW YORK —" no entity, "ELMTON" an organisation.
    for (text, place) in [
        ("Harbour chief quits.\n\nWASHINGTON — Mara Lund, the harbour master, resigned on Monday.", "WASHINGTON"),
        ("Harbour chief quits.\n\nNEW YORK (Reuters) - Mara Lund, the harbour master, resigned on Monday.", "NEW YORK"),
        ("Harbour chief quits.\n\nELMTON, Ore. — Mara Lund, the harbour master, resigned on Monday.", "ELMTON"),
    ] {
        let e = entities(text);
        assert!(e.iter().any(|x| x.0 == EntityType::Gpe && x.2 == vec![place.to_string()]), "{text}: {e:?}");
        assert!(e.iter().any(|x| x.0 == EntityType::Person && x.1 == "Mara Lund"), "{text}: {e:?}");
        assert!(e.iter().all(|x| x.2.iter().all(|m| !m.contains('—') && !m.contains(" - "))), "{text}: {e:?}");
    }
    let text = "Harbour chief quits.\n\nNEW YORK (Reuters) - Mara Lund resigned.";
    assert!(entities(text).iter().any(|x| x.0 == EntityType::Org && x.1 == "Reuters"));
}

#[test]
fn two_plural_groups_joined_by_and_are_two_mentions() {
    // "Democrats and Republicans" was one organisation.
    let text = "Democrats and Republicans clashed over the harbour bill on Tuesday.";
    let e = entities(text);
    assert!(e.iter().any(|x| x.2 == vec!["Democrats".to_string()]), "{e:?}");
    assert!(e.iter().any(|x| x.2 == vec!["Republicans".to_string()]), "{e:?}");
    assert!(e.iter().all(|x| x.2.iter().all(|m| !m.contains(" and "))), "{e:?}");
}
