//! The shipped English content parses and holds everything the explainer
//! promises its readers.

use kpo_content::parse::parse;
use kpo_content::{QuestionKind, Side, Step};

const EN: &str = include_str!("../../../content/en.toml");

fn content() -> kpo_content::Content {
    parse("content/en.toml", EN).unwrap_or_else(|r| panic!("{r}"))
}

#[test]
fn compares_at_least_six_dimensions() {
    assert!(content().comparison.len() >= 6);
}

#[test]
fn names_every_field_in_the_post_and_legal_work_from_the_comments() {
    let c = content();
    let ids: Vec<_> = c.fields.iter().map(|f| f.id).collect();
    for id in [
        "architectural-design",
        "animation",
        "it-programming",
        "training",
        "formulation-development",
        "product-testing",
        "in-vivo-studies",
        "planning-strategy",
        "feasibility-studies",
        "banking-systems",
        "legal-services",
    ] {
        assert!(ids.contains(&id), "field {id} is missing");
    }
    let design = c
        .fields
        .iter()
        .find(|f| f.id == "architectural-design")
        .unwrap();
    assert!(
        design.summary.contains("furniture"),
        "furniture design belongs with architectural design"
    );
}

#[test]
fn has_a_dozen_tasks_to_sort_on_both_sides() {
    let c = content();
    assert!(c.sort_tasks.len() >= 12);
    assert!(c.sort_tasks.iter().any(|t| t.answer == Side::Bpo));
    assert!(c.sort_tasks.iter().any(|t| t.answer == Side::Kpo));
}

#[test]
fn quiz_has_a_dozen_questions_of_both_kinds() {
    let q = content().quiz;
    assert!(q.questions.len() >= 12);
    assert!(q
        .questions
        .iter()
        .any(|q| q.kind == QuestionKind::SingleChoice));
    assert!(q
        .questions
        .iter()
        .any(|q| q.kind == QuestionKind::TrueFalse));
    assert!(q
        .questions
        .iter()
        .all(|q| q.options.iter().all(|o| !o.feedback.is_empty())));
}

#[test]
fn answers_each_commenters_question() {
    let c = content();
    let asked: Vec<_> = c
        .reader_questions
        .iter()
        .map(|q| q.question.to_lowercase())
        .collect();
    assert!(asked.iter().any(|q| q.contains("what exactly")));
    assert!(asked.iter().any(|q| q.contains("brain drain")));
    assert!(
        asked
            .iter()
            .filter(|q| q.contains("different from bpo"))
            .count()
            >= 2
    );
    let why: Vec<_> = c.why.iter().map(|w| w.id).collect();
    for id in [
        "competition",
        "quality",
        "talent-and-education",
        "turnover",
        "brain-drain",
    ] {
        assert!(why.contains(&id), "why point {id} is missing");
    }
    assert!(c.reader_questions.iter().any(|q| q.see == Step::Why));
}
