//! Adding a step is one line in `with_steps!` (with its view and its text):
//! here the real list, with one line added for an "added" step, goes
//! through the same declaration as the real steps, and everything that
//! lists steps (the ids the build writes into embed.js and steps.json, the
//! order the pager and the hash follow, the texts by step and how they
//! travel) has the new step, with no other line written for it.

use kpo_content::wire::{Decode, Encode, Reader};
use kpo_content::StepText;

/// The real steps, then the new one.
macro_rules! with_added {
    ($($list:tt)*) => {
        kpo_content::declare_steps! { $($list)* Added => added, }
    };
}

mod fixture {
    kpo_content::with_steps!(with_added);
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
    ids.push("added");
    assert_eq!(Step::IDS, ids.as_slice());
    assert_eq!(Step::ALL.len(), kpo_content::Step::ALL.len() + 1);
    let ids: Vec<_> = Step::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(ids, Step::IDS);
    assert_eq!(Step::from_id("added"), Some(Step::Added));
    assert_eq!(Step::Added.index(), kpo_content::Step::ALL.len());
    assert_eq!(Step::Results.next(), Some(Step::Added));
    assert_eq!(Step::Added.previous(), Some(Step::Results));
    assert_eq!(Step::Added.next(), None);
}

#[test]
fn the_new_steps_text_is_held_and_travels_with_the_others() {
    let steps = Steps::from_fn(|step| text(step.id()));
    assert_eq!(steps.get(Step::Added).label, "added");
    assert_eq!(steps.added, text("added"));
    let mut pieces = Vec::new();
    steps.encode(&mut pieces);
    assert_eq!(pieces.len(), 3 * Step::ALL.len());
    assert_eq!(pieces[pieces.len() - 3], "added");
    let joined: &'static str = Box::leak(pieces.join("\u{1f}").into_boxed_str());
    let back = Steps::decode(&mut Reader::new(joined)).unwrap();
    assert_eq!(back, steps);
}
