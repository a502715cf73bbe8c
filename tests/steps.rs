//! The reading steps: definitions, the comparison, field cards with details
//! on demand, and the "why it matters" points.

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
async fn field_details_open_and_close_on_demand() {
    let (root, handle) = at(Step::Fields).await;
    let cards = find_all(&root, ".fields .field");
    assert_eq!(cards.len(), CONTENT.fields.len());
    let first = &cards[0];
    let toggle = find(first, "button");
    let details = find(first, ".details");
    assert_eq!(toggle.get_attribute("aria-expanded").unwrap(), "false");
    assert!(details.hidden());
    assert_eq!(toggle.get_attribute("aria-controls").unwrap(), details.id());

    click(&toggle).await;
    let (toggle, details) = (find(first, "button"), find(first, ".details"));
    assert_eq!(toggle.get_attribute("aria-expanded").unwrap(), "true");
    assert!(!details.hidden());
    assert!(details
        .text_content()
        .unwrap()
        .contains(CONTENT.fields[0].tasks[0]));
    assert!(toggle
        .text_content()
        .unwrap()
        .starts_with(CONTENT.ui.hide_details));

    click(&toggle).await;
    assert!(find(first, ".details").hidden());
    handle.destroy();
}

/// Two widgets on one page (two script-tag embeds): each field's button
/// controls its own widget's details, not the other's.
#[wasm_bindgen_test]
async fn field_details_ids_are_unique_to_each_widget_on_a_page() {
    let (first, a) = at(Step::Fields).await;
    let (second, b) = at(Step::Fields).await;
    for root in [&first, &second] {
        let toggle = find(root, ".fields .field button");
        let id = toggle.get_attribute("aria-controls").unwrap();
        let panel = gloo::utils::document().get_element_by_id(&id).unwrap();
        assert!(root.contains(Some(&panel)), "{id} is another widget's");
    }
    a.destroy();
    b.destroy();
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
