//! The first screen: the short answer, a warm-up, then the readers'
//! questions.

use kpo_content::{fill, Side};
use yew::prelude::*;

use super::{no_lone_word, side_buttons, Ctx};
use crate::state::Action;

/// The intro step. It answers "what is KPO?" before any detail, because
/// the post's readers asked exactly that; then it asks the reader to
/// place three tasks (not graded: the results compare them with the quiz),
/// and each reader's question links to the step that answers it at length.
pub fn intro(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let warmup = &words.intro.warmup;
    let guesses = &ctx.state.warmup;
    let all_guessed = guesses.iter().all(Option::is_some);
    html! {
        <div class="intro">
            <p class="short-answer">{ words.intro.short_answer }</p>
            for p in words.intro.paragraphs.iter() {
                <p>{ *p }</p>
            }
            <section class="warmup" aria-labelledby={format!("kpo{}-warmup", ctx.uid)}>
                <h3 id={format!("kpo{}-warmup", ctx.uid)}>{ warmup.heading }</h3>
                <p class="note">{ warmup.note }</p>
                <ul class="sort-list">
                    for (i, task) in warmup.tasks.iter().enumerate() {
                        <li key={task.id} class="sort-task">
                            <p class="task">{ no_lone_word(task.task) }</p>
                            { side_buttons(ctx, fill(words.ui.warmup_group_label, &[("task", task.task)]),
                                guesses.get(i).copied().flatten(), &[Side::Bpo, Side::Kpo], Action::Warmup, i) }
                        </li>
                    }
                </ul>
                if all_guessed {
                    <p class="note">{ words.ui.warmup_done }</p>
                }
            </section>
            <h3>{ words.ui.reader_questions_heading }</h3>
            <dl class="reader-questions">
                for question in words.reader_questions.iter() {
                    <div class="reader-question">
                        <dt>{ no_lone_word(question.question) }<span class="asked-by">{ fill(words.ui.asked_by, &[("name", question.asked_by)]) }</span></dt>
                        <dd>
                            <p>{ question.answer }</p>
                            <button type="button" class="link-button" aria-disabled={ctx.prerendered.then_some("true")}
                                onclick={ctx.on_click(Action::Go(question.see))}>
                                { fill(words.ui.read_more, &[("step", ctx.label(question.see))]) }
                            </button>
                        </dd>
                    </div>
                }
            </dl>
        </div>
    }
}
