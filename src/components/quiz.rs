//! The quiz, one question at a time: choose, then Check. Choosing alone never
//! grades; Check shows per-option feedback and the explanation.

use kpo_content::fill;
use yew::prelude::*;

use super::{on_click, on_retry};
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::quiz::QuizAction;
use crate::state::Action;

/// The quiz step. (A view function: `App` moves the focus, through the refs
/// in `Ctx`, when an answer is checked or the reader moves on.)
pub fn quiz(ctx: &Ctx) -> Html {
    let c = &CONTENT;
    let quiz = &c.quiz;
    let q = &ctx.state.quiz;
    let uid = ctx.uid;
    let (question_heading, next_button) = (ctx.question_heading.clone(), ctx.next_button.clone());

    let dispatch = |action: Action| on_click(&ctx.state, action);
    let correct = q.correct(quiz).to_string();
    let score_so_far = fill(
        c.ui.score_so_far,
        &[
            ("correct", &correct),
            ("answered", &q.answered().to_string()),
        ],
    );

    if q.finished {
        let total = quiz.questions.len().to_string();
        let percent = kpo_content::percent(q.correct(quiz), quiz.questions.len()).to_string();
        return html! {
            <div class="quiz done">
                <p class="score-line">{ fill(c.ui.score, &[("correct", &correct), ("total", &total), ("percent", &percent)]) }</p>
                <div class="quiz-actions">
                    <button type="button" class="primary" onclick={dispatch(Action::Go(kpo_content::Step::Results))}>{ c.ui.see_results }</button>
                    <button type="button" onclick={on_retry(&ctx.state)}>{ c.ui.retry }</button>
                </div>
            </div>
        };
    }
    let Some(qi) = q.current() else {
        return Html::default();
    };
    let question = &quiz.questions[qi];
    let answer = q.answers[qi];
    let checked = answer.is_some();
    let chosen = answer.or(q.selected);
    let name = format!("kpo{uid}-{}", question.id);
    let (n, total) = (
        (q.position + 1).to_string(),
        quiz.questions.len().to_string(),
    );

    let check = {
        let (state, announce) = (ctx.state.clone(), ctx.announce.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(qi) = state.quiz.current() else {
                return;
            };
            match state.quiz.selected {
                Some(o) => {
                    let option = &CONTENT.quiz.questions[qi].options[o as usize];
                    let verdict = if option.correct {
                        CONTENT.ui.correct
                    } else {
                        CONTENT.ui.incorrect
                    };
                    announce.emit(format!("{verdict} {}", option.feedback));
                }
                None => announce.emit(CONTENT.ui.choose_first.to_owned()),
            }
            state.dispatch(Action::Quiz(QuizAction::Check));
        })
    };

    html! {
        <div class="quiz">
            <h3 class="question-count" tabindex="-1" ref={question_heading}>{ fill(c.ui.question_of, &[("n", &n), ("total", &total)]) }</h3>
            <fieldset>
                <legend>{ question.prompt }</legend>
                <ul class="options">
                    for &oi in q.option_order[qi].iter() {
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
                                                <span class="option-feedback right-answer">{ c.ui.right_answer }</span>
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
            if q.nudge {
                <p class="nudge">{ c.ui.choose_first }</p>
            }
            if let Some(a) = answer {
                {{
                    let option = &question.options[a as usize];
                    html! {
                        <div class={if option.correct { "explanation right" } else { "explanation wrong" }}>
                            <p class="feedback"><span class="verdict">{ if option.correct { c.ui.correct } else { c.ui.incorrect } }</span>{ " " }{ option.feedback }</p>
                            <p><strong>{ c.ui.explanation }{ ": " }</strong>{ question.explanation }</p>
                        </div>
                    }
                }}
            }
            <div class="quiz-actions">
                if checked {
                    <button type="button" class="primary" ref={next_button} onclick={dispatch(Action::Quiz(QuizAction::Next))}>
                        { if q.on_last() { c.ui.see_results } else { c.ui.next_question } }
                    </button>
                } else {
                    <button type="button" class="primary check" onclick={check}>{ c.ui.check }</button>
                }
                if q.answered() > 0 {
                    <p class="score-so-far">{ score_so_far }</p>
                }
            </div>
        </div>
    }
}
