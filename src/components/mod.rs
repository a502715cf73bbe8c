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

/// The app context; every step component is rendered inside `App`.
#[hook]
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().expect("step components are rendered inside App")
}
