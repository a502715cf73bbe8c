//! The handle the widget reads its words through, and the content texts the
//! build wrote (`build.rs`), which the page hands to the widget.

use std::cell::RefCell;
use std::ops::Deref;

use kpo_content::{Bundle, Content, Language};

include!(concat!(env!("OUT_DIR"), "/built.rs"));

/// One language's words, as the widget passes them around: a reference,
/// compared by address (two handles are equal when they name the same
/// content), so carrying it in state and props costs a pointer, not a deep
/// comparison of every string.
#[derive(Clone, Copy)]
pub struct Words(&'static Bundle);

/// The language, not every string: a failing test's message stays readable.
impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.meta.language)
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for Words {}

impl Deref for Words {
    type Target = Content;

    fn deref(&self) -> &Content {
        &self.0.content
    }
}

thread_local! {
    /// Every language decoded so far: a reader switching back and forth
    /// decodes (and keeps) each language once.
    static DECODED: RefCell<Vec<Words>> = const { RefCell::new(Vec::new()) };
}

impl Words {
    /// Reads a content text (`content.<language>.txt`), kept for the page's
    /// life. `None` when it is not a content text of this build. A language
    /// already decoded on this page (another widget's, or the reader's
    /// earlier choice) is shared, not decoded and kept again: its tag is the
    /// text's second piece, after the shape.
    pub fn decode(text: String) -> Option<Words> {
        let tag = text.split(kpo_content::codec::SEP).nth(1);
        if let Some(words) = tag.and_then(Words::decoded) {
            return Some(words);
        }
        let bundle = kpo_content::codec::decode(Box::leak(text.into_boxed_str()))?;
        let words = Words(Box::leak(Box::new(bundle)));
        DECODED.with(|d| d.borrow_mut().push(words));
        Some(words)
    }

    /// A language already decoded on this page.
    pub fn decoded(tag: &str) -> Option<Words> {
        DECODED.with(|d| d.borrow().iter().copied().find(|w| w.meta.language == tag))
    }

    /// The language the build wrote for `tag`, decoded once: for the
    /// pre-renderer and tests. The widget in a browser is handed its text
    /// instead, so no language is in its WebAssembly.
    pub fn built(tag: &str) -> Option<Words> {
        Words::decoded(tag).or_else(|| {
            let text = BUILT.iter().find(|(t, _)| *t == tag)?.1;
            Words::decode(text.to_owned())
        })
    }

    /// The default language, as [`Words::built`].
    pub fn english() -> Words {
        Words::built(BUILT[0].0).expect("the build writes the default language's text")
    }

    /// The words themselves, for as long as the page lives.
    pub fn content(self) -> &'static Content {
        &self.0.content
    }

    /// Every language this build has, for the switcher.
    pub fn languages(self) -> &'static [Language] {
        self.0.languages
    }
}

/// Natively only: the parser is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{Words, BUILT};

    #[test]
    fn every_built_text_decodes_to_a_fresh_parse_of_its_file() {
        assert_eq!(BUILT[0].0, kpo_content::parse::DEFAULT_LANGUAGE);
        for (tag, _) in BUILT {
            let path = format!("content/{tag}.toml");
            let source = std::fs::read_to_string(&path).unwrap();
            let parsed = kpo_content::parse::parse(&path, &source).unwrap();
            let words = Words::built(tag).unwrap();
            assert_eq!(*words, parsed, "{tag}");
            assert_eq!(words.languages().len(), BUILT.len());
        }
    }

    #[test]
    fn a_language_decodes_once() {
        assert_eq!(Words::built("en"), Words::built("en"));
        assert_eq!(Words::built("xx"), None);
        let again = Words::decode(BUILT[0].1.to_owned()).unwrap();
        assert_eq!(again, Words::english());
        assert!(Words::decode("junk".to_owned()).is_none());
    }
}
