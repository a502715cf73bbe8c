//! The results: score, the message for its band, pass or fail, the best
//! score, every answer reviewed, and Retry / Start again.

use kpo_content::{fill, percent, Step};
use yew::prelude::*;

use super::{on_click, on_retry};
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::Action;

pub fn results(ctx: &Ctx) -> Html {
    let c = &CONTENT;
    let quiz = &c.quiz;
    let q = &ctx.state.quiz;
    let dispatch = |action: Action| on_click(&ctx.state, action);
    if !q.finished {
        return html! {
            <div class="results locked">
                <p>{ c.ui.results_locked }</p>
                <button type="button" class="primary" onclick={dispatch(Action::Go(Step::Quiz))}>{ c.ui.go_to_quiz }</button>
            </div>
        };
    }
    let total = quiz.questions.len();
    let correct = q.correct(quiz);
    let pass = quiz.pass_percent.to_string();
    let passed = quiz.passed(correct, total);
    let retry = on_retry(&ctx.state);
    html! {
        <div class="results">
            <p class="score-line">{ fill(c.ui.score, &[
                ("correct", &correct.to_string()),
                ("total", &total.to_string()),
                ("percent", &percent(correct, total).to_string()),
            ]) }</p>
            <p class={if passed { "pass" } else { "fail" }}>{ fill(if passed { c.ui.passed } else { c.ui.failed }, &[("pass", &pass)]) }</p>
            <p class="band">{ quiz.band(correct, total).message }</p>
            if let Some(best) = q.best {
                <p class="best">{ fill(c.ui.best_score, &[("correct", &best.to_string()), ("total", &total.to_string())]) }</p>
            }
            <div class="results-actions">
                <button type="button" class="primary" onclick={retry}>{ c.ui.retry }</button>
                <button type="button" onclick={dispatch(Action::StartAgain)}>{ c.ui.start_again }</button>
            </div>
            <h3>{ c.ui.review_heading }</h3>
            <ol class="review">
                for &qi in q.order.iter() {
                    {{
                        let question = &quiz.questions[qi as usize];
                        let chosen = q.answers[qi as usize].map(|a| &question.options[a as usize]);
                        let right = chosen.is_some_and(|o| o.correct);
                        let right_option = question.options.iter().find(|o| o.correct);
                        html! {
                            <li key={question.id} class={if right { "right" } else { "wrong" }}>
                                <p class="prompt"><strong>{ question.prompt }</strong></p>
                                <p>
                                    <span class="mark">{ if right { c.ui.correct } else { c.ui.incorrect } }</span>
                                    { " " }{ c.ui.your_answer }{ ": " }{ chosen.map_or("", |o| o.text) }
                                </p>
                                if !right {
                                    if let Some(o) = right_option {
                                        <p>{ c.ui.right_answer }{ ": " }{ o.text }</p>
                                    }
                                }
                                <p>{ question.explanation }</p>
                                if let Some(see) = question.see {
                                    <button type="button" class="link-button" onclick={dispatch(Action::Go(see))}>
                                        { fill(c.ui.read_more, &[("step", c.steps.get(see).label)]) }
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
