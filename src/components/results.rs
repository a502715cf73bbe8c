//! The results: score, the message for its band, pass or fail, the best
//! score, every answer reviewed, and Retry / Start again.

use kpo_content::{fill, percent, Step};
use yew::prelude::*;

use super::{no_lone_word, Ctx};
use crate::state::Action;

pub fn results(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let (ui, quiz) = (&words.ui, &words.quiz);
    let progress = &ctx.state.quiz;
    if !progress.finished {
        return html! {
            <div class="results locked">
                <p>{ ui.results_locked }</p>
                <button type="button" class="primary" onclick={ctx.on_click(Action::Go(Step::Quiz))}>{ ui.go_to_quiz }</button>
            </div>
        };
    }
    let total = quiz.questions.len();
    let correct = progress.correct(quiz);
    let passed = quiz.passed(correct, total);
    html! {
        <div class="results">
            // The score and what to do next, boxed apart from the answers
            // below it; its top rule green once passed.
            <div class={if passed { "summary passed" } else { "summary" }}>
            <p class="score-line">{ fill(ui.score, &[
                ("correct", &correct.to_string()),
                ("total", &total.to_string()),
                ("percent", &percent(correct, total).to_string()),
            ]) }</p>
            <p class={if passed { "pass" } else { "fail" }}>{ fill(if passed { ui.passed } else { ui.failed }, &[("pass", &quiz.pass_percent.to_string())]) }</p>
            <p class="band">{ quiz.band(correct, total).message }</p>
            <p class="before-after">{{
                let (warmup, (new, new_total)) = ctx.state.before_after();
                let (new, new_total) = (new.to_string(), new_total.to_string());
                match warmup {
                    Some((right, of)) => fill(ui.before_after, &[
                        ("warmup", &right.to_string()), ("warmup_total", &of.to_string()),
                        ("new", &new), ("new_total", &new_total),
                    ]),
                    None => fill(ui.skipped_warmup, &[("new", &new), ("new_total", &new_total)]),
                }
            }}</p>
            if let (right, total @ 1..) = ctx.state.middle_cases() {
                <p class="middle-cases">{ fill(ui.middle_cases, &[("new", &right.to_string()), ("new_total", &total.to_string())]) }</p>
            }
            if let Some(best) = progress.best {
                <p class="best">{ fill(ui.best_score, &[("correct", &best.to_string()), ("total", &total.to_string())]) }</p>
            }
            <div class="results-actions">
                <button type="button" class="primary" onclick={ctx.on_retry()}>{ ui.retry }</button>
                <button type="button" onclick={ctx.on_click(Action::StartAgain)}>{ ui.start_again }</button>
            </div>
            </div>
            <h3>{ ui.review_heading }</h3>
            <ol class="review">
                for &qi in progress.order.iter() {
                    {{
                        let question = &quiz.questions[qi as usize];
                        let chosen = progress.answers[qi as usize].map(|a| &question.options[a as usize]);
                        let right = progress.graded(quiz, qi as usize) == Some(true);
                        let right_option = question.options.iter().find(|o| o.correct);
                        html! {
                            <li key={question.id} class={if right { "right" } else { "wrong" }}>
                                <p class="prompt"><strong>{ no_lone_word(question.prompt) }</strong></p>
                                <p>
                                    <span class="mark">{ if right { ui.correct } else { ui.incorrect } }</span>
                                    { " " }{ ui.your_answer }{ ": " }{ chosen.map_or("", |o| o.text) }
                                </p>
                                if !right {
                                    if let Some(o) = right_option {
                                        <p>{ ui.right_answer }{ ": " }{ o.text }</p>
                                    }
                                }
                                <p>{ question.explanation }</p>
                                if let Some(see) = question.see {
                                    <button type="button" class="link-button" onclick={ctx.on_click(Action::Go(see))}>
                                        { fill(ui.read_more, &[("step", ctx.label(see))]) }
                                    </button>
                                }
                            </li>
                        }
                    }}
                }
            </ol>
        </div>
    }
}
