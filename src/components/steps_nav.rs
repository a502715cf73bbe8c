//! Where the reader is: "Step n of m", a progress bar, and every step one
//! press away.

use kpo_content::{fill, Step};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::on_click;
use crate::content::CONTENT;
use crate::state::{Action, AppState};

/// Only the step and the dispatcher: answering in the quiz or sorting a task
/// changes neither, so this part of the frame isn't rendered again.
#[derive(Properties, PartialEq)]
pub struct StepsNavProps {
    pub step: Step,
    pub go: UseReducerDispatcher<AppState>,
    /// Pre-rendered: no code is there yet to answer the buttons.
    pub dead: bool,
}

#[component]
pub fn StepsNav(props: &StepsNavProps) -> Html {
    let c = &CONTENT;
    let StepsNavProps { step, ref go, dead } = *props;
    let list = use_node_ref();
    // On a narrow widget the list is one sideways-scrolling row: centre the
    // current step in it. Its own scroll only, never the page's.
    {
        let list = list.clone();
        use_effect_with(step, move |_| {
            let Some(list) = list.cast::<web_sys::HtmlElement>() else {
                return;
            };
            let current = list
                .query_selector("[aria-current=step]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(b) = current {
                list.set_scroll_left(
                    b.offset_left() - (list.client_width() - b.offset_width()) / 2,
                );
            }
        });
    }
    let (n, total) = ((step.index() + 1).to_string(), Step::ALL.len().to_string());
    html! {
        <>
            <div class="progress-line">
                <p class="step-count">{ fill(c.ui.step_of, &[("n", &n), ("total", &total)]) }</p>
                <progress max={total} value={n} aria-label={c.ui.progress_label}></progress>
            </div>
            // Pre-rendered, its buttons are disabled; on a phone the row still
            // scrolls sideways, so the row itself takes focus (arrow keys
            // scroll it). Live, the buttons give that access.
            <ol class="steps-list" aria-label={c.ui.steps_nav_label} ref={list}
                tabindex={dead.then_some("0")}>
                for s in Step::ALL {
                    <li key={s.id()}>
                        <button type="button" onclick={on_click(go, Action::Go(s))} disabled={dead}
                            aria-current={(s == step).then_some("step")}>
                            { c.steps.get(s).label }
                        </button>
                    </li>
                }
            </ol>
        </>
    }
}
