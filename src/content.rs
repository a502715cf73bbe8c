//! The checked content, baked into Rust by `build.rs` from `content/en.toml`,
//! and the handle the rest of the widget reads it through.

use std::ops::Deref;

use kpo_content::Content;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// One language's words, as the widget passes them around: a reference,
/// compared by address (two handles are equal when they name the same
/// content), so carrying it in state and props costs a pointer, not a deep
/// comparison of every string.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static Content);

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Words {}

impl Deref for Words {
    type Target = Content;

    fn deref(&self) -> &Content {
        self.0
    }
}

impl Default for Words {
    /// The content this build carries.
    fn default() -> Self {
        Words(&CONTENT)
    }
}

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
