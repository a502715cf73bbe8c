//! Adding a step is one line in `with_steps!` (with its view and its text):
//! here the real list, with one line added for a "glossary" step, goes
//! through the same declaration as the real steps, and everything that
//! lists steps (the ids the build writes into embed.js and steps.json, the
//! order the pager and the hash follow, the texts by step and how they
//! travel) has the new step, with no other line written for it.

use kpo_content::wire::{Decode, Encode, Reader};
use kpo_content::StepText;

/// The real steps, then the new one.
macro_rules! with_glossary {
    ($($list:tt)*) => {
        kpo_content::declare_steps! { $($list)* Glossary => glossary, }
    };
}

mod fixture {
    kpo_content::with_steps!(with_glossary);
}

use fixture::{Step, Steps};

fn text(id: &'static str) -> StepText {
    StepText {
        label: id,
        heading: "A heading",
        lead: "A lead.",
    }
}

#[test]
fn the_new_step_is_in_every_list_after_the_others() {
    let mut ids = kpo_content::Step::IDS.to_vec();
    ids.push("glossary");
    assert_eq!(Step::IDS, ids.as_slice());
    assert_eq!(Step::ALL.len(), kpo_content::Step::ALL.len() + 1);
    let ids: Vec<_> = Step::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(ids, Step::IDS);
    assert_eq!(Step::from_id("glossary"), Some(Step::Glossary));
    assert_eq!(Step::Glossary.index(), kpo_content::Step::ALL.len());
    assert_eq!(Step::Results.next(), Some(Step::Glossary));
    assert_eq!(Step::Glossary.previous(), Some(Step::Results));
    assert_eq!(Step::Glossary.next(), None);
}

#[test]
fn the_new_steps_text_is_held_and_travels_with_the_others() {
    let steps = Steps::from_fn(|step| text(step.id()));
    assert_eq!(steps.get(Step::Glossary).label, "glossary");
    assert_eq!(steps.glossary, text("glossary"));
    let mut pieces = Vec::new();
    steps.encode(&mut pieces);
    assert_eq!(pieces.len(), 3 * Step::ALL.len());
    assert_eq!(pieces[pieces.len() - 3], "glossary");
    let joined: &'static str = Box::leak(pieces.join("\u{1f}").into_boxed_str());
    let back = Steps::decode(&mut Reader::new(joined)).unwrap();
    assert_eq!(back, steps);
}
