//! The content as it travels to the browser: one text per language, each
//! string a piece, pieces separated by U+001F (the unit separator), in the
//! order the model declares its fields ([`crate::wire`] reads and writes
//! the pieces; the model's macros implement it for every type). The widget
//! decodes: each string is a slice of the one text, so nothing is copied.
//! With the `parse` feature, the build encodes.
//!
//! The first piece is [`shape`], a hash of every type's name and fields:
//! a file from another version of the widget (an old one in a cache) is
//! refused, never misread.

use crate::model::Bundle;
#[cfg(feature = "parse")]
use crate::model::{Content, Language};
#[cfg(feature = "parse")]
use crate::wire::Encode;
use crate::wire::{Decode, Reader};

pub use crate::wire::{NONE, SEP};

/// [`shape`], computed at compile time: the wasm holds the number, not the
/// text it is a hash of.
pub const SHAPE: u64 = shape();

/// FNV-1a over every type's declared shape: names, fields and field types,
/// so any change to the model changes it.
pub const fn shape() -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut group = 0;
    while group < crate::model::SHAPES.len() {
        let shapes = crate::model::SHAPES[group];
        let mut i = 0;
        while i < shapes.len() {
            let bytes = shapes[i].as_bytes();
            let mut j = 0;
            while j < bytes.len() {
                hash ^= bytes[j] as u64;
                hash = hash.wrapping_mul(0x0100_0000_01b3);
                j += 1;
            }
            i += 1;
        }
        group += 1;
    }
    hash
}

/// Reads a content text, kept for the page's life. `None` when it is not a
/// content text of this version of the widget.
pub fn decode(text: &'static str) -> Option<Bundle> {
    let mut r = Reader::new(text);
    if r.number()? != SHAPE {
        return None;
    }
    let bundle = Bundle::decode(&mut r)?;
    // Nothing may be left over.
    r.piece().is_none().then_some(bundle)
}

/// Writes one language's content, and the list of every language, as the
/// text the widget decodes.
#[cfg(feature = "parse")]
pub fn encode(content: &Content, languages: &'static [Language]) -> String {
    let mut pieces = vec![SHAPE.to_string()];
    Bundle {
        content: *content,
        languages,
    }
    .encode(&mut pieces);
    pieces.join(&SEP.to_string())
}
