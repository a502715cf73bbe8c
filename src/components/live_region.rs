//! The widget's one polite live region, as its own component: saying
//! something re-renders this paragraph only, not the step being read (a
//! Check in the quiz used to render the whole widget twice).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// What the live region currently says.
#[derive(Default, PartialEq)]
struct Spoken(String);

impl Reducible for Spoken {
    type Action = String;

    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        // A repeated message must still change the region to be read again.
        let text = if self.0 == text {
            format!("{text}\u{a0}")
        } else {
            text
        };
        Rc::new(Spoken(text))
    }
}

/// The handle the rest of the widget speaks through. `LiveRegion` connects
/// it on its first render; before that there is nothing to read anyway.
#[derive(Clone, Default)]
pub struct Announcer(Rc<RefCell<Option<UseReducerDispatcher<Spoken>>>>);

impl Announcer {
    pub fn say(&self, text: String) {
        if let Some(speak) = &*self.0.borrow() {
            speak.dispatch(text);
        }
    }
}

impl PartialEq for Announcer {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct LiveRegionProps {
    pub announcer: Announcer,
}

#[component]
pub fn LiveRegion(props: &LiveRegionProps) -> Html {
    let spoken = use_reducer(Spoken::default);
    props.announcer.0.borrow_mut().replace(spoken.dispatcher());
    html! {
        <p class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true">{ spoken.0.clone() }</p>
    }
}
