//! The reading steps: definitions and the tells, the comparison, the field
//! cards, and the "why it matters" points.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::Step;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn definitions_show_both_ends_and_the_middle_with_examples() {
    let (root, handle) = at(Step::Definitions).await;
    let cards = find_all(&root, ".definitions .card");
    assert_eq!(cards.len(), 3);
    let d = &CONTENT.definitions;
    for (card, def) in cards.iter().zip([&d.bpo, &d.ito, &d.kpo]) {
        let text = card.text_content().unwrap();
        assert!(
            text.starts_with(def.term) && text.contains(def.example),
            "{text}"
        );
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn comparison_is_one_table_with_every_dimension_and_each_cell_labelled() {
    let (root, handle) = at(Step::Comparison).await;
    let rows = find_all(&root, ".comparison tbody tr");
    assert_eq!(rows.len(), CONTENT.comparison.len());
    let (bpo, kpo) = (CONTENT.definitions.bpo.term, CONTENT.definitions.kpo.term);
    for (row, d) in rows.iter().zip(CONTENT.comparison) {
        assert_eq!(find(row, "th[scope=row]").text_content().unwrap(), d.name);
        let cells = find_all(row, "td");
        assert_eq!(cells.len(), 2);
        assert_eq!(cells[0].text_content().unwrap(), d.bpo);
        assert_eq!(cells[0].get_attribute("data-side").as_deref(), Some(bpo));
        assert_eq!(cells[1].text_content().unwrap(), d.kpo);
        assert_eq!(cells[1].get_attribute("data-side").as_deref(), Some(kpo));
    }
    // Each dimension's words are in the DOM once.
    assert_eq!(find_all(&root, ".comparison").len(), 1);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn fields_are_cards_with_a_name_and_what_it_is() {
    let (root, handle) = at(Step::Fields).await;
    let cards = find_all(&root, ".fields .field");
    assert_eq!(cards.len(), CONTENT.fields.len());
    for (card, f) in cards.iter().zip(CONTENT.fields) {
        assert_eq!(text(card, "h4"), f.name);
        assert_eq!(text(card, "p"), f.summary);
        assert_eq!(count(card, "button"), 0, "nothing hidden behind a button");
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn definitions_teach_the_tells_in_order() {
    let (root, handle) = at(Step::Definitions).await;
    let tells = find(&root, "ol.tells");
    let heading = tells.previous_element_sibling().unwrap();
    assert_eq!(heading.tag_name(), "H3");
    assert_eq!(heading.text_content().unwrap(), CONTENT.tells.heading);
    let items = find_all(&tells, "li");
    assert_eq!(items.len(), CONTENT.tells.items.len());
    for (li, t) in items.iter().zip(CONTENT.tells.items) {
        let said = li.text_content().unwrap();
        assert!(
            said.starts_with(t.name) && said.contains(t.question),
            "{said}"
        );
    }
    let middle = tells.next_element_sibling().unwrap();
    assert_eq!(middle.text_content().unwrap(), CONTENT.tells.middle);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn why_steps_through_the_argument_point_by_point() {
    let (root, handle) = at(Step::Why).await;
    let points = CONTENT.why;
    assert!(text(&root, ".point h3").starts_with(points[0].heading));
    let next = find_all(&root, ".point-nav button").pop().unwrap();
    click(&next).await;
    assert!(text(&root, ".point h3").starts_with(points[1].heading));
    let focused = gloo::utils::document().active_element().unwrap();
    assert!(focused
        .text_content()
        .unwrap()
        .starts_with(points[1].heading));
    // Any point is one press away.
    let last = find_all(&root, ".points-list button").pop().unwrap();
    click(&last).await;
    assert!(text(&root, ".point h3").starts_with(points[points.len() - 1].heading));
    handle.destroy();
}
