//! Practice: the reader places tasks on the range with a slider (pointer,
//! touch or arrow keys; read out as a position) and names others BPO, ITO
//! or KPO with buttons. Nothing is graded until the reader places or names;
//! then the reducer grades it and says it in the live region, and the
//! feedback shows where this guide puts the task, the tell it turns on and
//! why. The answers appear on the range below the lists.

use kpo_content::{fill, Side, SortTask, TaskKind};
use yew::prelude::*;

use super::spectrum::{spectrum, Mark, MarkKind};
use super::{no_lone_word, side_buttons, term, Ctx};
use crate::state::announce::{tally, TaskFeedback};
use crate::state::sort::Answer;
use crate::state::Action;

pub fn sort(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    let tasks = words.sort_tasks;
    let marks: Vec<Mark> = tasks
        .iter()
        .zip(&ctx.state.sort.answers)
        .enumerate()
        .filter_map(|(i, (task, answer))| {
            let answer = (*answer)?;
            let (said, guide) = match answer {
                Answer::Named(side) => (
                    term(words, side),
                    task.answer.map_or("", |a| term(words, a)),
                ),
                Answer::Placed(at) => (ui.zone(at), ui.zone(task.position)),
            };
            Some(Mark {
                n: i + 1,
                task: task.task,
                position: task.position,
                kind: MarkKind::Answer {
                    said,
                    guide,
                    right: answer.is_right(task),
                },
            })
        })
        .collect();
    // The tasks to place, then those to name (the build keeps them in
    // that order), each list numbered on from the one before.
    html! {
        <div class="sort">
            <p class="tally">{ tally(&ctx.state) }</p>
            for (kind, heading) in [(TaskKind::Place, ui.sort_place_heading), (TaskKind::Name, ui.sort_name_heading)] {
                if let Some(first) = tasks.iter().position(|t| t.kind == kind) {
                    <h3>{ heading }</h3>
                    <ol class="sort-list" start={(first + 1).to_string()}>
                        for i in (first..tasks.len()).filter(|&i| tasks[i].kind == kind) {
                            { task(ctx, i) }
                        }
                    </ol>
                }
            }
            if !marks.is_empty() {
                { spectrum(ctx, ui.sort_figure_caption, marks) }
                <button type="button" onclick={ctx.on_click(Action::SortReset)}>{ ui.sort_reset }</button>
            }
        </div>
    }
}

/// The verdict, where this guide places the task, the tell and the reason:
/// what the live region says, shown.
fn feedback(ctx: &Ctx, task: &SortTask, right: bool) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    let why = TaskFeedback::of(words, task);
    html! {
        <p class="feedback">
            <span class="verdict">{ if right { ui.sort_correct } else { ui.sort_wrong } }</span>
            if let Some(guide) = why.guide { { " " }{ guide } }
            { " " }<span class="tell">{ ui.tell_label }{ ": " }{ why.tell }{ "." }</span>
            { " " }{ task.reason }
        </p>
    }
}

/// One task: a slider over the range and a Place button for a task to
/// place, BPO, ITO and KPO buttons for one to name; once answered, its
/// feedback. The slider starts hollow in the middle, read out as not
/// placed, and Place asks for a move first; once placed, a strip under it
/// shows the reader's place, this guide's and how near counts as right.
fn task(ctx: &Ctx, i: usize) -> Html {
    let words = ctx.words.content();
    let ui = &words.ui;
    let task = &words.sort_tasks[i];
    let sort = &ctx.state.sort;
    let answer = sort.answers[i];
    let right = answer.map(|a| a.is_right(task));
    let class = match right {
        Some(true) => "sort-task right",
        Some(false) => "sort-task wrong",
        None => "sort-task",
    };
    let control = match task.kind {
        TaskKind::Place => {
            let slider = sort.slider(i);
            let valuetext = match slider {
                Some(at) => fill(
                    ui.place_value,
                    &[("value", &at.to_string()), ("where", ui.zone(at))],
                ),
                None => ui.place_unset.to_owned(),
            };
            let on_change = {
                let state = ctx.state.clone();
                Callback::from(move |e: Event| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    state.dispatch(Action::Draft(i, input.value_as_number() as u8));
                })
            };
            let d = &words.definitions;
            html! {
                <div class="place">
                    <input type="range" min="0" max="100" step="5"
                        class={slider.is_none().then_some("unset")}
                        value={slider.unwrap_or(50).to_string()}
                        aria-label={fill(ui.place_label, &[("task", task.task)])}
                        aria-valuetext={valuetext}
                        disabled={ctx.prerendered} onchange={on_change} />
                    <div class="place-ends" aria-hidden="true">
                        <span>{ d.bpo.term }</span>
                        // A marker in the middle looks placed there: say it isn't.
                        if slider.is_none() {
                            <span class="unset-note">{ ui.place_unset }</span>
                        }
                        <span>{ d.kpo.term }</span>
                    </div>
                    // Before the strip: on a phone, the result comes under
                    // the button that gave it.
                    <button type="button" aria-disabled={ctx.prerendered.then_some("true")}
                        onclick={ctx.on_click(Action::Place(i))}>{ ui.place_check }</button>
                    if let Some(Answer::Placed(at)) = answer {
                        { Html::from_html_unchecked(strip(at, task.position).into()) }
                        // What the strip's marks are; the feedback says it all in words.
                        <p class="strip-key" aria-hidden="true">
                            <span class="band">{ ui.key_band }</span>
                            <span class="guide">{ ui.key_guide }</span>
                            <span class="you">{ ui.key_you }</span>
                        </p>
                    }
                </div>
            }
        }
        TaskKind::Name => {
            let named = match answer {
                Some(Answer::Named(side)) => Some(side),
                _ => None,
            };
            side_buttons(
                ctx,
                fill(ui.sort_group_label, &[("task", task.task)]),
                named,
                &[Side::Bpo, Side::Ito, Side::Kpo],
                Action::Sort,
                i,
            )
        }
    };
    html! {
        <li key={task.id} {class}>
            // Numbered as on the figure below the lists.
            <p class="task"><span class="n" aria-hidden="true">{ i + 1 }{ ". " }</span>{ no_lone_word(task.task) }</p>
            { control }
            if sort.nudge == Some(i) {
                <p class="nudge">{ ui.place_first }</p>
            }
            if let Some(right) = right {
                { feedback(ctx, task, right) }
            }
        </li>
    }
}

/// The strip under a placed slider, as SVG in percent so it lines up with
/// the slider's track at any width: the band that counts as right around
/// this guide's place, a tick at it, and a dot at the reader's. Hidden
/// from assistive technology: the feedback says the same in words.
fn strip(at: u8, guide: u8) -> String {
    let tolerance = kpo_content::PLACE_TOLERANCE;
    let (from, to) = (
        guide.saturating_sub(tolerance),
        guide.saturating_add(tolerance).min(100),
    );
    let mut out = String::with_capacity(320);
    out.push_str(r#"<svg class="place-strip" aria-hidden="true" focusable="false"><rect class="band" y="6" height="12" x=""#);
    out.push_str(&from.to_string());
    out.push_str(r#"%" width=""#);
    out.push_str(&(to - from).to_string());
    // The reader's dot, then this guide's line over it: a right answer's
    // dot would otherwise hide the line it sits on.
    out.push_str(r#"%"/><circle class="you" cy="12" r="6" cx=""#);
    out.push_str(&at.to_string());
    out.push_str(r#"%"/><line class="guide" y1="1" y2="23" x1=""#);
    out.push_str(&guide.to_string());
    out.push_str(r#"%" x2=""#);
    out.push_str(&guide.to_string());
    out.push_str(r#"%"/></svg>"#);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_strip_draws_the_band_the_guide_and_the_reader_in_percent() {
        let svg = strip(30, 50);
        assert!(svg.contains(r#"x="35%" width="30%""#), "{svg}");
        assert!(svg.contains(r#"x1="50%" x2="50%""#), "{svg}");
        assert!(svg.contains(r#"cx="30%""#), "{svg}");
        // At the ends the band stops at the range's ends.
        assert!(strip(0, 5).contains(r#"x="0%" width="20%""#));
        assert!(strip(100, 95).contains(r#"x="80%" width="20%""#));
    }
}
