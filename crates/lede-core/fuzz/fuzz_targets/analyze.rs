#![no_main]
//! Fuzz target: any UTF-8 input is analysed without panicking and keeps every span invariant.
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

#[path = "../../tests/common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    static E: OnceLock<lede_core::Engine> = OnceLock::new();
    let engine = E.get_or_init(|| lede_core::Engine::embedded().unwrap());
    if let Ok(text) = std::str::from_utf8(data) {
        let opts = lede_core::Options { tokens: true, ..Default::default() };
        match engine.analyze(text, &opts) {
            Ok(a) => common::check(text, &a),
            Err(lede_core::Error::EmptyText) => assert!(text.trim().is_empty()),
            Err(e) => panic!("unexpected error: {e}"),
        }
    }
});
