//! The checked content, baked into Rust by `build.rs` from `content/en.toml`.

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Natively only: the parser is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn baked_content_equals_a_fresh_parse_of_the_file() {
        let source = include_str!("../content/en.toml");
        let parsed = kpo_content::parse::parse("content/en.toml", source).unwrap();
        assert_eq!(parsed, super::CONTENT);
    }
}
