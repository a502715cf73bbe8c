//! One component per step, one file each, props (if any) beside it.

pub mod comparison;
pub mod definitions;
pub mod embed_panel;
pub mod fields;
pub mod intro;
pub mod live_region;
pub mod pager;
pub mod quiz;
pub mod results;
pub mod sort;
pub mod steps_nav;
pub mod why;

use yew::prelude::*;

use crate::app::Ctx;
use crate::state::{Action, AppState};

/// The app context; every step component is rendered inside `App`.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("step components are rendered inside App")
}

/// A click handler that dispatches `action`. It takes the dispatcher, not the
/// state handle, so components that only change state (the frame around a
/// step) don't re-render when it changes.
pub fn on_click(to: &UseReducerDispatcher<AppState>, action: Action) -> Callback<MouseEvent> {
    let to = to.clone();
    Callback::from(move |_: MouseEvent| to.dispatch(action))
}

/// Retry the quiz, reshuffled from a fresh random seed.
pub fn on_retry(state: &UseReducerHandle<AppState>) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| {
        state.dispatch(Action::Retry {
            seed: crate::browser::random_seed(),
        })
    })
}
