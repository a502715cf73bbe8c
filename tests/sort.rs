//! Practice: tasks placed on the range with a slider (read out as a
//! position, graded within a tolerance only when placed) and tasks named
//! BPO, ITO or KPO; each answer gets its verdict, where this guide puts the
//! task, the tell and the reason, and the running count and the live region
//! follow.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::{fill, Side, Step, TaskKind};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn tally(done: usize, right: usize) -> String {
    fill(
        CONTENT.ui.sort_count,
        &[
            ("done", &done.to_string()),
            ("total", &CONTENT.sort_tasks.len().to_string()),
            ("correct", &right.to_string()),
        ],
    )
}

fn places() -> usize {
    CONTENT
        .sort_tasks
        .iter()
        .filter(|t| t.kind == TaskKind::Place)
        .count()
}

#[wasm_bindgen_test]
async fn every_task_to_place_has_a_labelled_slider_read_out_as_not_placed() {
    let (root, handle) = at(Step::Sort).await;
    let sliders = find_all(&root, ".sort-task input[type=range]");
    assert_eq!(sliders.len(), places());
    let tasks = CONTENT
        .sort_tasks
        .iter()
        .filter(|t| t.kind == TaskKind::Place);
    for (s, t) in sliders.iter().zip(tasks) {
        assert!(s.get_attribute("aria-label").unwrap().contains(t.task));
        assert_eq!(
            s.get_attribute("aria-valuetext").as_deref(),
            Some(CONTENT.ui.place_unset)
        );
        assert_eq!(s.get_attribute("min").as_deref(), Some("0"));
        assert_eq!(s.get_attribute("max").as_deref(), Some("100"));
        assert!(s.class_list().contains("unset"));
    }
    // Seen too: a marker in the middle would otherwise look placed there.
    assert_eq!(count(&root, ".place-ends .unset-note") as usize, places());
    assert_eq!(
        text(&root, ".place-ends .unset-note"),
        CONTENT.ui.place_unset
    );
    assert_eq!(text(&root, ".tally"), tally(0, 0));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn placing_an_untouched_slider_asks_for_a_move_and_grades_nothing() {
    let (root, handle) = at(Step::Sort).await;
    let item = task_item(&root, 0);
    click(&button(&item, CONTENT.ui.place_check)).await;
    let item = task_item(&root, 0);
    assert_eq!(text(&item, ".nudge"), CONTENT.ui.place_first);
    assert!(item.query_selector(".feedback").unwrap().is_none());
    assert_eq!(live(&root).trim_end(), CONTENT.ui.place_first);
    assert_eq!(text(&root, ".tally"), tally(0, 0));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_place_within_the_tolerance_is_right_and_one_beyond_is_not() {
    let (root, handle) = at(Step::Sort).await;
    let i = first_task(TaskKind::Place);
    let task = &CONTENT.sort_tasks[i];
    let ui = &CONTENT.ui;
    let near = task.position.saturating_add(10).min(100);
    slide(&find(&task_item(&root, 0), "input"), near).await;
    let slider = find(&task_item(&root, 0), "input");
    assert_eq!(
        slider.get_attribute("aria-valuetext").unwrap(),
        fill(
            ui.place_value,
            &[("value", &near.to_string()), ("where", ui.zone(near))]
        )
    );
    assert!(!slider.class_list().contains("unset"));
    assert_eq!(count(&task_item(&root, 0), ".unset-note"), 0);
    click(&button(&task_item(&root, 0), ui.place_check)).await;

    let item = task_item(&root, 0);
    assert!(item.class_list().contains("right"));
    let said = text(&item, ".feedback");
    let guide = fill(ui.guide_places, &[("where", ui.zone(task.position))]);
    let tell = CONTENT.tells.get(task.tell).unwrap().name;
    assert!(said.starts_with(ui.sort_correct), "{said}");
    for part in [guide.as_str(), tell, task.reason] {
        assert!(said.contains(part), "no {part:?} in {said}");
    }
    // The strip shows the band that counts as right, the guide and the reader.
    assert_eq!(count(&item, "svg.place-strip .band"), 1);
    assert_eq!(
        attribute(&item, "svg.place-strip .you", "cx").unwrap(),
        format!("{near}%")
    );
    // Its key names each mark, hidden from assistive technology as the
    // strip is: the feedback says the same in words.
    assert_eq!(
        text(&item, ".strip-key"),
        format!("{}{}{}", ui.key_band, ui.key_guide, ui.key_you)
    );
    assert_eq!(
        attribute(&item, ".strip-key", "aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(text(&root, ".tally"), tally(1, 1));
    assert!(live(&root).starts_with(ui.sort_correct));
    assert!(live(&root).contains(&guide));

    // Placed again, far off: the answer is replaced, and wrong.
    let far = if task.position > 50 { 0 } else { 100 };
    slide(&find(&task_item(&root, 0), "input"), far).await;
    click(&button(&task_item(&root, 0), ui.place_check)).await;
    assert!(task_item(&root, 0).class_list().contains("wrong"));
    assert_eq!(text(&root, ".tally"), tally(1, 0));
    assert!(live(&root).starts_with(ui.sort_wrong));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn tasks_to_name_offer_bpo_ito_and_kpo() {
    let (root, handle) = at(Step::Sort).await;
    let names = find_all(&root, ".sort-task [role=group]");
    assert_eq!(names.len(), CONTENT.sort_tasks.len() - places());
    let d = &CONTENT.definitions;
    for g in &names {
        let labels: Vec<String> = find_all(g, "button")
            .iter()
            .map(|b| b.text_content().unwrap())
            .collect();
        assert_eq!(labels, [d.bpo.term, d.ito.term, d.kpo.term]);
    }
    // The first task to name, answered wrong, then right.
    let i = first_task(TaskKind::Name);
    let task = &CONTENT.sort_tasks[i];
    let right = task.answer.unwrap();
    let wrong = if right == Side::Ito {
        Side::Kpo
    } else {
        Side::Ito
    };
    let press = |side: Side| {
        let group = find_all(&root, ".sort-task [role=group]").remove(0);
        let at = [Side::Bpo, Side::Ito, Side::Kpo]
            .iter()
            .position(|s| *s == side)
            .unwrap();
        find_all(&group, "button").remove(at)
    };
    click(&press(wrong)).await;
    let item = task_item(&root, places());
    assert_eq!(text(&item, ".verdict"), CONTENT.ui.sort_wrong);
    assert!(text(&item, ".feedback").contains(CONTENT.tells.get(task.tell).unwrap().name));
    assert_eq!(text(&root, ".tally"), tally(1, 0));
    click(&press(right)).await;
    let item = task_item(&root, places());
    assert_eq!(text(&item, ".verdict"), CONTENT.ui.sort_correct);
    assert_eq!(
        press(right).get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(text(&root, ".tally"), tally(1, 1));

    // Clearing starts over.
    click(&button(&root, CONTENT.ui.sort_reset)).await;
    assert_eq!(text(&root, ".tally"), tally(0, 0));
    handle.destroy();
}
