//! Property test for the segmentation rules: soups of the pieces the sentence and block rules
//! react to (time stamps, dates, emoticons, links, bullets, ellipses, odd spaces) never break
//! the span invariants.
mod common;

use lede_core::{Engine, Options};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::embedded().unwrap())
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{2003}".to_string()),
        Just("AM".to_string()),
        Just("10:53".to_string()),
        Just("06/02/2031".to_string()),
        Just("Thursday, May 7, 2026".to_string()),
        Just(":)".to_string()),
        Just("www.example.org".to_string()),
        Just("desk@example.com".to_string()),
        Just("•".to_string()),
        Just("⁃9.".to_string()),
        Just(". . .".to_string()),
        Just("....".to_string()),
        Just("…".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("?".to_string()),
        Just("!!".to_string()),
        Just("Photo:".to_string()),
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("a&m.".to_string()),
        Just("Ana Ruiz".to_string()),
        Just("the".to_string()),
        Just("é".to_string()),
        "[a-zA-Z]{1,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn segmentation_soup_keeps_invariants(parts in prop::collection::vec(piece(), 1..60)) {
        let text: String = parts.concat();
        if let Ok(a) = engine().analyze(&text, &Options { tokens: true, ..Options::default() }) {
            common::check(&text, &a);
        }
    }
}
