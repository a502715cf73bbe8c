//! The content text the widget decodes: what the build writes, the widget
//! reads back exactly, and anything else it refuses.

use kpo_content::codec::{decode, encode, SEP};
use kpo_content::parse::parse;
use kpo_content::{Content, Language};

fn english() -> Content {
    parse("content/en.toml", include_str!("../../../content/en.toml")).unwrap()
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

const LANGUAGES: &[Language] = &[
    Language {
        tag: "en",
        name: "English",
    },
    Language {
        tag: "fil",
        name: "Filipino",
    },
];

fn round_trip(content: Content) {
    let back = decode(leak(encode(&content, LANGUAGES))).unwrap();
    assert_eq!(back.content, content);
    assert_eq!(back.languages, LANGUAGES);
}

#[test]
fn the_content_comes_back_exactly() {
    round_trip(english());
}

#[test]
fn a_text_of_another_version_or_cut_short_or_too_long_is_refused() {
    let text = encode(&english(), LANGUAGES);
    let (first, rest) = text.split_once(SEP).unwrap();
    let other = format!("{}{SEP}{rest}", first.parse::<u64>().unwrap() ^ 1);
    assert_eq!(decode(leak(other)), None, "another version");
    assert_eq!(
        decode(leak(text[..text.len() / 2].to_owned())),
        None,
        "cut short"
    );
    assert_eq!(decode(leak(format!("{text}{SEP}more"))), None, "too long");
    for junk in ["", "kpo", "<!doctype html><p>Not found</p>"] {
        assert_eq!(decode(junk), None, "{junk:?}");
    }
}

#[test]
fn optional_values_and_lists_round_trip_when_empty() {
    let mut content = english();
    content.spectrum.examples = &[];
    let why: Vec<_> = content
        .why
        .iter()
        .map(|w| kpo_content::WhyPoint {
            quote: None,
            source: None,
            ..*w
        })
        .collect();
    content.why = Vec::leak(why);
    round_trip(content);
}
