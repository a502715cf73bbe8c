//! Sort the tasks: the reader puts each task in BPO or KPO with a button
//! (click, tap, Enter or Space; nothing is drag-only) and sees why at once.

use kpo_content::{fill, Side};
use yew::prelude::*;

use super::on_click;
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::sort::SortState;
use crate::state::Action;

/// "n of m sorted, k right" for a sorting state.
fn tally(sort: &SortState) -> String {
    let c = &CONTENT;
    fill(
        c.ui.sort_count,
        &[
            ("done", &sort.done().to_string()),
            ("total", &c.sort_tasks.len().to_string()),
            ("correct", &sort.correct(c.sort_tasks).to_string()),
        ],
    )
}

pub fn sort(ctx: &Ctx) -> Html {
    let c = &CONTENT;
    let sort = &ctx.state.sort;
    let choose = |index: usize, side: Side| {
        let (state, announce) = (ctx.state.clone(), ctx.announce.clone());
        Callback::from(move |_: MouseEvent| {
            let task = &CONTENT.sort_tasks[index];
            let mut after = state.sort.clone();
            after.answer(index, side);
            let verdict = if side == task.answer {
                CONTENT.ui.sort_correct
            } else {
                CONTENT.ui.sort_wrong
            };
            announce.emit(format!("{verdict} {} {}", task.reason, tally(&after)));
            state.dispatch(Action::Sort(index, side));
        })
    };
    let reset = on_click(&ctx.state, Action::SortReset);
    html! {
        <div class="sort">
            <p class="tally">{ tally(sort) }</p>
            <ul class="sort-list">
                for (i, task) in c.sort_tasks.iter().enumerate() {
                    {{
                        let answer = sort.answers.get(i).copied().flatten();
                        let verdict = answer.map(|a| a == task.answer);
                        html! {
                            <li key={task.id} class={match verdict { Some(true) => "sort-task right", Some(false) => "sort-task wrong", None => "sort-task" }}>
                                <p class="task">{ task.task }</p>
                                <div class="choice-buttons" role="group" aria-label={fill(c.ui.sort_group_label, &[("task", task.task)])}>
                                    for side in [Side::Bpo, Side::Kpo] {
                                        <button type="button" aria-pressed={(answer == Some(side)).to_string()} onclick={choose(i, side)}>
                                            { match side { Side::Bpo => c.definitions.bpo.term, Side::Kpo => c.definitions.kpo.term } }
                                        </button>
                                    }
                                </div>
                                if let Some(right) = verdict {
                                    <p class="feedback">
                                        <span class="verdict">{ if right { c.ui.sort_correct } else { c.ui.sort_wrong } }</span>
                                        { " " }{ task.reason }
                                    </p>
                                }
                            </li>
                        }
                    }}
                }
            </ul>
            if sort.done() > 0 {
                <button type="button" onclick={reset}>{ c.ui.sort_reset }</button>
            }
        </div>
    }
}
