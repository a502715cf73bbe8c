//! The explainer's words as typed data.
//!
//! The content lives in a TOML file an author edits by hand
//! (`content/en.toml`). With the `parse` feature this crate parses and checks
//! such a file and writes it out as Rust ([`parse`], [`bake`]); `build.rs`
//! uses that, so the widget itself only links the plain types in [`model`].

pub mod model;
pub use model::*;

#[cfg(feature = "parse")]
pub mod bake;
#[cfg(feature = "parse")]
pub mod parse;
#[cfg(feature = "parse")]
pub mod stats;
