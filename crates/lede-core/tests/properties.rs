//! Property tests: the engine never panics and keeps its span invariants on any input.
mod common;

use lede_core::{Engine, Error, Options};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(|| Engine::embedded().unwrap())
}

fn run(text: &str) {
    let opts = Options { tokens: true, ..Options::default() };
    match engine().analyze(text, &opts) {
        Ok(a) => common::check(text, &a),
        Err(Error::EmptyText) => assert!(text.trim().is_empty()),
        Err(e) => panic!("unexpected error {e}"),
    }
    let opts = Options { include_boilerplate: true, ..Options::default() };
    if let Ok(a) = engine().analyze(text, &opts) {
        common::check(text, &a);
    }
}

/// Pieces that stress the rules: quotes of all styles, dots, newlines, abbreviations, names.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("``".to_string()),
        Just("''".to_string()),
        Just(". ".to_string()),
        Just("...".to_string()),
        Just(". . .".to_string()),
        Just("…".to_string()),
        Just("? ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just(", ".to_string()),
        Just("Mr. ".to_string()),
        Just("U.S. ".to_string()),
        Just("a.m. ".to_string()),
        Just("said ".to_string()),
        Just("she said".to_string()),
        Just("Maria Lopez ".to_string()),
        Just("the United Nations ".to_string()),
        Just("President ".to_string()),
        Just("• ".to_string()),
        Just("By ".to_string()),
        Just("Photo: ".to_string()),
        Just("Advertisement".to_string()),
        Just("$3.5 million ".to_string()),
        Just("July 4, 2020 ".to_string()),
        Just("http://x.org/a.b ".to_string()),
        Just("a@b.co ".to_string()),
        Just("👍🏽".to_string()),
        Just("é".to_string()),
        Just("\u{301}".to_string()),
        Just("日本".to_string()),
        Just("'s ".to_string()),
        "[a-zA-Z]{1,8}".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(s in "\\PC{0,200}") {
        run(&s);
    }

    #[test]
    fn newsy_soup_keeps_invariants(parts in prop::collection::vec(piece(), 0..80)) {
        run(&parts.concat());
    }

    #[test]
    fn any_string_with_controls(s in any::<String>()) {
        run(&s);
    }
}

#[test]
fn edge_cases() {
    for t in [
        "\"",
        "“",
        "a",
        ".",
        "...",
        "\n\n\n.",
        "Mr.",
        "“”",
        "\"\"\"\"",
        "' ' '",
        "x\u{301}.",
        " \u{a0}é",
        "•",
        "- ",
        "1.",
        "U.S.A.",
        "e@e.e",
    ] {
        run(t);
    }
}
