//! The quiz, one question at a time: choose, then Check. Choosing alone never
//! grades; Check (graded by the reducer) shows per-option feedback and the
//! explanation. `App` moves focus to Next once an answer is checked, and to
//! the new question's heading when the reader moves on.

use kpo_content::{fill, percent, Step};
use yew::prelude::*;

use super::{no_lone_word, Ctx};
use crate::state::quiz::QuizAction;
use crate::state::Action;

pub fn quiz(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let (ui, quiz) = (&words.ui, &words.quiz);
    let progress = &ctx.state.quiz;
    let correct = progress.correct(quiz).to_string();

    if progress.finished {
        let total = quiz.questions.len().to_string();
        let percent = percent(progress.correct(quiz), quiz.questions.len()).to_string();
        return html! {
            <div class="quiz done">
                <p class="score-line">{ fill(ui.score, &[("correct", &correct), ("total", &total), ("percent", &percent)]) }</p>
                <div class="quiz-actions">
                    <button type="button" class="primary" onclick={ctx.on_click(Action::Go(Step::Results))}>{ ui.see_results }</button>
                    <button type="button" onclick={ctx.on_retry()}>{ ui.retry }</button>
                </div>
            </div>
        };
    }
    let Some(qi) = progress.current() else {
        return Html::default();
    };
    let question = &quiz.questions[qi];
    let verdict = progress.graded(quiz, qi);
    let checked = verdict.is_some();
    let chosen = progress.answers[qi].or(progress.selected);
    let name = format!("kpo{}-{}", ctx.uid, question.id);
    let (n, total) = (
        (progress.position + 1).to_string(),
        quiz.questions.len().to_string(),
    );
    let score_so_far = fill(
        ui.score_so_far,
        &[
            ("correct", &correct),
            ("answered", &progress.answered().to_string()),
        ],
    );

    html! {
        <div class="quiz">
            <h3 class="question-count" tabindex="-1" ref={ctx.targets.question_heading.clone()}>{ fill(ui.question_of, &[("n", &n), ("total", &total)]) }</h3>
            <fieldset>
                <legend>{ no_lone_word(question.prompt) }</legend>
                <ul class="options">
                    for &oi in progress.option_order[qi].iter() {
                        {{
                            let option = &question.options[oi as usize];
                            let is_chosen = chosen == Some(oi);
                            let class = match (checked, is_chosen, option.correct) {
                                (true, true, true) => "option chosen-right is-correct",
                                (true, true, false) => "option chosen-wrong",
                                (true, false, true) => "option is-correct",
                                _ => "option",
                            };
                            let select = {
                                let state = ctx.state.clone();
                                Callback::from(move |_: Event| state.dispatch(Action::Quiz(QuizAction::Select(oi))))
                            };
                            html! {
                                <li key={oi} {class}>
                                    <label>
                                        <input type="radio" name={name.clone()} value={oi.to_string()}
                                            checked={is_chosen} disabled={checked} onchange={select} />
                                        <span class="option-text">
                                            { option.text }
                                            if checked && option.correct {
                                                <span class="option-feedback right-answer">{ ui.right_answer }</span>
                                            }
                                            if checked && is_chosen {
                                                <span class="option-feedback">{ option.feedback }</span>
                                            }
                                        </span>
                                    </label>
                                </li>
                            }
                        }}
                    }
                </ul>
            </fieldset>
            if progress.nudge {
                <p class="nudge">{ ui.choose_first }</p>
            }
            // The chosen option shows its own feedback above; this box
            // gives the verdict and the explanation once each.
            if let Some(right) = verdict {
                <div class={if right { "explanation right" } else { "explanation wrong" }}>
                    <p class="feedback"><span class="verdict">{ if right { ui.correct } else { ui.incorrect } }</span></p>
                    if let Some(tell) = question.tell.and_then(|id| words.tells.get(id)) {
                        <p class="tell"><strong>{ ui.tell_label }{ ": " }</strong>{ tell.name }{ "." }</p>
                    }
                    <p><strong>{ ui.explanation }{ ": " }</strong>{ question.explanation }</p>
                </div>
            }
            <div class="quiz-actions">
                if checked {
                    <button type="button" class="primary" ref={ctx.targets.next_button.clone()} onclick={ctx.on_click(Action::Quiz(QuizAction::Next))}>
                        { if progress.on_last() { ui.see_results } else { ui.next_question } }
                    </button>
                } else {
                    <button type="button" class="primary check" onclick={ctx.on_click(Action::Quiz(QuizAction::Check))}>{ ui.check }</button>
                }
                if progress.answered() > 0 {
                    <p class="score-so-far">{ score_so_far }</p>
                }
            </div>
        </div>
    }
}
