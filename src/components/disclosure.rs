//! A button that shows and hides the panel after it: a field card's details,
//! the embed code. Which are open is `AppState::open`, so the reducer
//! (tested natively) decides what closes when the step changes.

use yew::prelude::*;

use super::Ctx;
use crate::state::{Action, Panel};

/// What one disclosure says and which panel it opens.
pub struct Disclosure {
    pub panel: Panel,
    /// The panel's id, which the button controls.
    pub id: String,
    /// The button's words while the panel is closed, and while open.
    pub show: &'static str,
    pub hide: &'static str,
    /// Named after the visible words ("Show details: Design") where several
    /// buttons share those words; the name still starts with them, for voice
    /// control.
    pub about: Option<&'static str>,
    pub button_class: Option<&'static str>,
    pub panel_class: &'static str,
}

pub fn disclosure(ctx: &Ctx, d: Disclosure, panel: Html) -> Html {
    let open = ctx.state.is_open(d.panel);
    let label = if open { d.hide } else { d.show };
    html! {
        <>
            <button type="button" class={d.button_class} aria-expanded={if open { "true" } else { "false" }}
                aria-controls={d.id.clone()} onclick={ctx.on_click(Action::Toggle(d.panel))}
                aria-label={d.about.map(|about| format!("{label}: {about}"))}>
                { label }
            </button>
            <div class={d.panel_class} id={d.id} hidden={!open}>
                { panel }
            </div>
        </>
    }
}
