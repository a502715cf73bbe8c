//! A content field is declared once, in the model: the shape a content file
//! gives a section follows from the model's declaration, so adding an
//! optional field to a section is its line in the model (and the checker's
//! rule for it). Here a section declared through the model's own macro,
//! with an optional field, is read from TOML with where each value is.

use kpo_content::parse::Shape;

kpo_content::model! {
    const SECTION_SHAPE;
    /// A section with an id, a place on the range and an optional note.
    pub struct Section {
        pub id: &'static str,
        pub note: Option<&'static str>,
        pub position: u8,
    }
}

type Raw = <Section as Shape>::Raw;

fn read(source: &str) -> Result<Raw, String> {
    toml::from_str(source).map_err(|e| e.message().trim().to_owned())
}

#[test]
fn an_optional_field_may_be_left_out_and_is_found_where_it_is() {
    let raw = read("id = \"a\"\nposition = 5").unwrap();
    assert_eq!(raw.id.get_ref(), "a");
    assert!(raw.note.is_none());
    assert_eq!(*raw.position.get_ref(), 5);
    let source = "id = \"a\"\nposition = 5\nnote = \"Seen\"";
    let note = read(source).unwrap().note.unwrap();
    assert_eq!(note.get_ref(), "Seen");
    assert_eq!(&source[note.span()], "\"Seen\"");
}

#[test]
fn a_required_field_is_required_and_an_unknown_one_refused() {
    assert_eq!(
        read("id = \"a\"").err().unwrap(),
        "missing field `position`"
    );
    assert_eq!(
        read("id = \"a\"\nposition = 5\nnotes = \"x\"")
            .err()
            .unwrap(),
        "unknown field `notes`, expected one of `id`, `note`, `position`"
    );
    // Read wide: the checker, not the reader, words an out-of-range place.
    assert_eq!(
        *read("id = \"a\"\nposition = 300")
            .unwrap()
            .position
            .get_ref(),
        300
    );
    assert_eq!(SECTION_SHAPE.len(), 1);
}
