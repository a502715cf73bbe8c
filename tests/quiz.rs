//! The quiz in the browser: nothing is graded until Check; feedback, the
//! explanation and the score follow; the last question leads to results.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::Step;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn on_quiz() -> (Element, yew::AppHandle<kpo_explainer::App>) {
    at(Step::Quiz).await
}

/// The radio input of the option with this text.
fn radio(root: &Element, option_text: &str) -> HtmlInputElement {
    find_all(root, ".option")
        .into_iter()
        .find(|li| li.text_content().unwrap().starts_with(option_text))
        .map(|li| find(&li, "input").dyn_into().unwrap())
        .unwrap_or_else(|| panic!("no option {option_text:?}"))
}

async fn choose(root: &Element, option_text: &str) {
    let input = radio(root, option_text);
    input.click(); // a real click checks the radio and fires change
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_question_is_a_labelled_radio_group() {
    let (root, handle) = on_quiz().await;
    let q = &CONTENT.quiz.questions[0];
    assert_eq!(text(&root, "fieldset legend"), q.prompt);
    let radios = find_all(&root, "fieldset input[type=radio]");
    assert_eq!(radios.len(), q.options.len());
    let name = radios[0].get_attribute("name").unwrap();
    assert!(radios
        .iter()
        .all(|r| r.get_attribute("name").unwrap() == name));
    assert_eq!(
        text(&root, ".question-count"),
        format!("Question 1 of {}", CONTENT.quiz.questions.len())
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn check_without_a_choice_asks_for_one() {
    let (root, handle) = on_quiz().await;
    click(&button(&root, CONTENT.ui.check)).await;
    assert_eq!(text(&root, ".nudge"), CONTENT.ui.choose_first);
    assert_eq!(live(&root), CONTENT.ui.choose_first);
    assert!(root.query_selector(".explanation").unwrap().is_none());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn choosing_does_not_grade_but_check_does() {
    let (root, handle) = on_quiz().await;
    let q = &CONTENT.quiz.questions[0];
    let wrong = q.options.iter().find(|o| !o.correct).unwrap();
    choose(&root, wrong.text).await;
    assert!(radio(&root, wrong.text).checked());
    assert!(
        root.query_selector(".explanation").unwrap().is_none(),
        "graded on choosing"
    );

    click(&button(&root, CONTENT.ui.check)).await;
    assert_eq!(text(&root, ".explanation .verdict"), CONTENT.ui.incorrect);
    assert!(text(&root, ".explanation").contains(q.explanation));
    // The chosen option's feedback shows once: in the option, not again in
    // the explanation.
    assert!(text(&root, ".option.chosen-wrong").contains(wrong.feedback));
    let all = root.text_content().unwrap();
    let shown = all.replacen(&live(&root), "", 1); // the live region is heard, not seen
    assert_eq!(shown.matches(wrong.feedback).count(), 1, "{shown}");
    assert_eq!(
        live(&root),
        format!("{} {}", CONTENT.ui.incorrect, wrong.feedback)
    );
    assert_eq!(text(&root, ".score-so-far"), "Score so far: 0 of 1");
    // The right option is marked, and the answer can't be changed now.
    assert!(text(&root, ".option.is-correct").contains(CONTENT.ui.right_answer));
    assert!(radio(&root, wrong.text).disabled());
    // Focus moves to the button that replaced Check.
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(focused.text_content().unwrap(), CONTENT.ui.next_question);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn answering_every_question_right_reaches_a_passing_result() {
    let (root, handle) = on_quiz().await;
    let n = CONTENT.quiz.questions.len();
    for i in 0..n {
        let q = &CONTENT.quiz.questions[i]; // first attempt: the author's order
        assert_eq!(text(&root, "fieldset legend"), q.prompt);
        choose(&root, q.options.iter().find(|o| o.correct).unwrap().text).await;
        click(&button(&root, CONTENT.ui.check)).await;
        assert_eq!(text(&root, ".explanation .verdict"), CONTENT.ui.correct);
        let next = if i + 1 == n {
            CONTENT.ui.see_results
        } else {
            CONTENT.ui.next_question
        };
        click(&button(&root, next)).await;
        if i + 1 < n {
            let focused = gloo::utils::document().active_element().unwrap();
            assert_eq!(focused.class_name(), "question-count");
        }
    }
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.results.heading);
    assert_eq!(
        text(&root, ".score-line"),
        format!("You answered {n} of {n} correctly (100%).")
    );
    assert!(root.query_selector(".pass").unwrap().is_some());
    // The score, the verdict and Retry sit in one box, marked passed.
    let summary = find(&root, ".summary");
    assert!(summary.class_list().contains("passed"));
    for part in [".score-line", ".pass", ".results-actions"] {
        assert!(summary.query_selector(part).unwrap().is_some(), "{part}");
    }
    assert_eq!(text(&root, ".band"), CONTENT.quiz.band(n, n).message);
    assert_eq!(find_all(&root, ".review li").len(), n);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn answering_every_question_wrong_says_not_passed_yet() {
    let (root, handle) = on_quiz().await;
    let n = CONTENT.quiz.questions.len();
    for (i, q) in CONTENT.quiz.questions.iter().enumerate() {
        choose(&root, q.options.iter().find(|o| !o.correct).unwrap().text).await;
        click(&button(&root, CONTENT.ui.check)).await;
        let next = if i + 1 == n {
            CONTENT.ui.see_results
        } else {
            CONTENT.ui.next_question
        };
        click(&button(&root, next)).await;
    }
    assert_eq!(
        text(&root, ".fail"),
        kpo_content::fill(
            CONTENT.ui.failed,
            &[("pass", &CONTENT.quiz.pass_percent.to_string())]
        )
    );
    assert!(root.query_selector(".pass").unwrap().is_none());
    assert!(!find(&root, ".summary").class_list().contains("passed"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn results_before_finishing_point_to_the_quiz() {
    let (root, handle) = at(Step::Results).await;
    assert_eq!(text(&root, ".results p"), CONTENT.ui.results_locked);
    click(&button(&root, CONTENT.ui.go_to_quiz)).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.quiz.heading);
    handle.destroy();
}
