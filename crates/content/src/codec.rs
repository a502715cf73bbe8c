//! The content as it travels to the browser: one text per language, each
//! string a piece, pieces separated by U+001F (the unit separator), in the
//! order the model declares its fields. The model's macros implement
//! [`Decode`] for every type (the widget decodes; each string is a slice of
//! the one text, so nothing is copied) and, with the `parse` feature,
//! [`Encode`] (the build encodes).
//!
//! The first piece is [`shape`], a hash of every type's name and fields:
//! a file from another version of the widget (an old one in a cache) is
//! refused, never misread.

use crate::model::Bundle;
#[cfg(feature = "parse")]
use crate::model::{Content, Language};

/// Between pieces. Content never holds it (the checker refuses control
/// characters).
pub const SEP: char = '\u{1f}';
/// An absent optional value.
pub const NONE: &str = "\u{18}";

/// Reads pieces of a text the widget keeps for the page's life. Its
/// methods are plain code, shared by every type's decoding rather than
/// copied into each (the wasm pays for every copy).
pub struct Reader {
    /// What is left; `None` after the last piece.
    rest: Option<&'static str>,
}

impl Reader {
    pub fn new(text: &'static str) -> Reader {
        Reader { rest: Some(text) }
    }

    /// The next piece and what follows it.
    #[inline(never)]
    fn split(&self) -> Option<(&'static str, Option<&'static str>)> {
        let rest = self.rest?;
        // `get`, not indexing: indexing a str brings its panic message's
        // formatting (4 KB of wasm) along.
        Some(match rest.bytes().position(|b| b == SEP as u8) {
            Some(i) => (rest.get(..i)?, Some(rest.get(i + 1..)?)),
            None => (rest, None),
        })
    }

    pub fn piece(&mut self) -> Option<&'static str> {
        let (piece, rest) = self.split()?;
        self.rest = rest;
        Some(piece)
    }

    /// The next piece, left to be read.
    pub fn peek(&self) -> Option<&'static str> {
        self.split().map(|(piece, _)| piece)
    }

    /// The next piece as a whole number in decimal.
    #[inline(never)]
    pub fn number(&mut self) -> Option<u64> {
        let piece = self.piece()?;
        if piece.is_empty() {
            return None;
        }
        piece.bytes().try_fold(0u64, |n, b| {
            let digit = b.is_ascii_digit().then(|| u64::from(b - b'0'))?;
            n.checked_mul(10)?.checked_add(digit)
        })
    }

    /// The next `N` pieces: one loop for a struct of strings (the UI's),
    /// not a copy of `next` per field.
    pub fn array<const N: usize>(&mut self) -> Option<[&'static str; N]> {
        let mut out = [""; N];
        for slot in &mut out {
            *slot = self.piece()?;
        }
        Some(out)
    }
}

/// A value that can be read back from pieces.
pub trait Decode: Sized {
    fn decode(r: &mut Reader) -> Option<Self>;
}

impl Decode for &'static str {
    fn decode(r: &mut Reader) -> Option<Self> {
        r.piece()
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> Option<Self> {
        match r.piece()? {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        }
    }
}

impl Decode for u8 {
    fn decode(r: &mut Reader) -> Option<Self> {
        u8::try_from(r.number()?).ok()
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Option<Self> {
        if r.peek()? == NONE {
            r.piece();
            Some(None)
        } else {
            T::decode(r).map(Some)
        }
    }
}

impl<T: Decode> Decode for &'static [T] {
    fn decode(r: &mut Reader) -> Option<Self> {
        let n = usize::try_from(r.number()?).ok()?;
        let mut items = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            items.push(T::decode(r)?);
        }
        Some(Vec::leak(items))
    }
}

/// A value that can be written as pieces.
#[cfg(feature = "parse")]
pub trait Encode {
    fn encode(&self, out: &mut Vec<String>);
}

#[cfg(feature = "parse")]
impl Encode for &'static str {
    fn encode(&self, out: &mut Vec<String>) {
        out.push((*self).to_owned());
    }
}

#[cfg(feature = "parse")]
impl Encode for bool {
    fn encode(&self, out: &mut Vec<String>) {
        out.push(if *self { "1" } else { "0" }.to_owned());
    }
}

#[cfg(feature = "parse")]
impl Encode for u8 {
    fn encode(&self, out: &mut Vec<String>) {
        out.push(self.to_string());
    }
}

#[cfg(feature = "parse")]
impl<T: Encode> Encode for Option<T> {
    fn encode(&self, out: &mut Vec<String>) {
        match self {
            Some(v) => v.encode(out),
            None => out.push(NONE.to_owned()),
        }
    }
}

#[cfg(feature = "parse")]
impl<T: Encode> Encode for &'static [T] {
    fn encode(&self, out: &mut Vec<String>) {
        out.push(self.len().to_string());
        for item in self.iter() {
            item.encode(out);
        }
    }
}

/// The enums travel as their ids.
macro_rules! wire_enum {
    ($($ty:ident { $($variant:ident = $id:literal),* $(,)? })*) => {$(
        impl Decode for crate::model::$ty {
            fn decode(r: &mut Reader) -> Option<Self> {
                match r.piece()? {
                    $( $id => Some(Self::$variant), )*
                    _ => None,
                }
            }
        }

        #[cfg(feature = "parse")]
        impl Encode for crate::model::$ty {
            fn encode(&self, out: &mut Vec<String>) {
                out.push(match self { $( Self::$variant => $id, )* }.to_owned());
            }
        }
    )*};
}

wire_enum! {
    Side { Bpo = "bpo", Kpo = "kpo" }
    QuestionKind { SingleChoice = "single", TrueFalse = "true-false" }
    Voice { Post = "post", Reader = "reader", Guide = "guide" }
    Checks { NewCase = "new-case", Argument = "argument", Recall = "recall" }
}

impl Decode for crate::model::Step {
    fn decode(r: &mut Reader) -> Option<Self> {
        crate::model::Step::from_id(r.piece()?)
    }
}

#[cfg(feature = "parse")]
impl Encode for crate::model::Step {
    fn encode(&self, out: &mut Vec<String>) {
        out.push(self.id().to_owned());
    }
}

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
