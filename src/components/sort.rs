//! Sort the tasks: the reader puts each task in BPO or KPO with a button
//! (click, tap, Enter or Space; nothing is drag-only) and sees why at once.
//! The reducer grades each answer and says it in the live region.

use kpo_content::{fill, Side};
use yew::prelude::*;

use super::Ctx;
use crate::state::said::tally;
use crate::state::Action;

pub fn sort(ctx: &Ctx) -> Html {
    let words = ctx.words.0;
    let ui = &words.ui;
    let sort = &ctx.state.sort;
    html! {
        <div class="sort">
            <p class="tally">{ tally(&ctx.state) }</p>
            <ul class="sort-list">
                for (i, task) in words.sort_tasks.iter().enumerate() {
                    {{
                        let answer = sort.answers.get(i).copied().flatten();
                        let verdict = answer.map(|a| a == task.answer);
                        html! {
                            <li key={task.id} class={match verdict { Some(true) => "sort-task right", Some(false) => "sort-task wrong", None => "sort-task" }}>
                                <p class="task">{ task.task }</p>
                                <div class="choice-buttons" role="group" aria-label={fill(ui.sort_group_label, &[("task", task.task)])}>
                                    for side in [Side::Bpo, Side::Kpo] {
                                        <button type="button" aria-pressed={(answer == Some(side)).to_string()} onclick={ctx.on_click(Action::Sort(i, side))}>
                                            { match side { Side::Bpo => words.definitions.bpo.term, Side::Kpo => words.definitions.kpo.term } }
                                        </button>
                                    }
                                </div>
                                if let Some(right) = verdict {
                                    <p class="feedback">
                                        <span class="verdict">{ if right { ui.sort_correct } else { ui.sort_wrong } }</span>
                                        { " " }{ task.reason }
                                    </p>
                                }
                            </li>
                        }
                    }}
                }
            </ul>
            if sort.done() > 0 {
                <button type="button" onclick={ctx.on_click(Action::SortReset)}>{ ui.sort_reset }</button>
            }
        </div>
    }
}
