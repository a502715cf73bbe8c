//! Sort the tasks: the reader puts each task in BPO or KPO with a button
//! (click, tap, Enter or Space; nothing is drag-only) and sees why at once.
//! The reducer grades each answer and says it in the live region; the
//! answers appear on the range below the list.

use kpo_content::fill;
use yew::prelude::*;

use super::spectrum::{spectrum, Mark, MarkKind};
use super::{side_buttons, Ctx};
use crate::state::said::tally;
use crate::state::Action;

pub fn sort(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    let sort = &ctx.state.sort;
    let marks: Vec<Mark> = words
        .sort_tasks
        .iter()
        .zip(&sort.answers)
        .enumerate()
        .filter_map(|(i, (task, answer))| {
            answer.map(|said| Mark {
                n: i + 1,
                task: task.task,
                position: task.position,
                kind: MarkKind::Answer {
                    said,
                    answer: task.answer,
                },
            })
        })
        .collect();
    html! {
        <div class="sort">
            <p class="tally">{ tally(&ctx.state) }</p>
            <ol class="sort-list">
                for (i, task) in words.sort_tasks.iter().enumerate() {
                    {{
                        let answer = sort.answers.get(i).copied().flatten();
                        let verdict = answer.map(|a| a == task.answer);
                        html! {
                            <li key={task.id} class={match verdict { Some(true) => "sort-task right", Some(false) => "sort-task wrong", None => "sort-task" }}>
                                <p class="task">{ task.task }</p>
                                { side_buttons(ctx, fill(ui.sort_group_label, &[("task", task.task)]), answer, Action::Sort, i) }
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
            </ol>
            if !marks.is_empty() {
                { spectrum(ctx, ui.sort_figure_caption, marks) }
                <button type="button" onclick={ctx.on_click(Action::SortReset)}>{ ui.sort_reset }</button>
            }
        </div>
    }
}
