//! One component per step, one file each, props (if any) beside it.

pub mod comparison;
pub mod definitions;
pub mod embed_panel;
pub mod fields;
pub mod intro;
pub mod quiz;
pub mod results;
pub mod sort;
pub mod why;

use yew::prelude::*;

use crate::app::Ctx;
use crate::state::{Action, AppState};

/// The app context; every step component is rendered inside `App`.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("step components are rendered inside App")
}

/// A click handler that dispatches `action`.
pub fn on_click(state: &UseReducerHandle<AppState>, action: Action) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_: MouseEvent| state.dispatch(action))
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
