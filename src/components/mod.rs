//! One file per step (and per part of the frame around it).
//!
//! They are view functions taking the app's `Ctx`, not components: each
//! component type costs the wasm about a kilobyte of Yew's generic code, and
//! what a step shows follows from `AppState` alone. The one component is
//! `App`, which owns the state.

pub mod comparison;
pub mod definitions;
pub mod disclosure;
pub mod embed_panel;
pub mod fields;
pub mod intro;
pub mod pager;
pub mod quiz;
pub mod results;
pub mod sort;
pub mod steps_nav;
pub mod why;

use yew::prelude::*;

use crate::state::{Action, AppState};

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
