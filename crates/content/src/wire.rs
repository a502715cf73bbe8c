//! Pieces of a content text, read and written: the traits every content
//! type implements (the model's macros derive them), and their
//! implementations for strings, numbers, options and lists. It knows nothing
//! of the model; [`crate::codec`] puts a whole content text together.

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
