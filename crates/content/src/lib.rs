//! The explainer's words as typed data.
//!
//! The content lives in TOML files an author edits by hand, one per language
//! (`content/en.toml`). With the `parse` feature this crate parses and checks
//! such a file and writes it as the text the widget reads ([`parse`],
//! [`codec`]); the build does that, so the widget itself links only the
//! plain types in [`model`] and their decoding.

pub mod model;
pub use model::*;

pub mod codec;
#[cfg(feature = "parse")]
pub mod parse;
#[cfg(feature = "parse")]
pub mod stats;
pub mod wire;

/// The language every translation is checked against, and the one a reader
/// gets when nothing else is asked for or matches.
pub const DEFAULT_LANGUAGE: &str = "en";

/// A language's own page, `index.<tag>.html`: its address names the
/// language, so a shared link opens in it. `index.html`, the default
/// language's page too, is the door for a reader whose language is not
/// known yet (the widget then follows their browser's languages).
pub fn page_file(tag: &str) -> String {
    format!("index.{tag}.html")
}
