//! The first screen: the short answer, then the readers' questions.

use kpo_content::fill;
use yew::prelude::*;

use super::Ctx;
use crate::state::Action;

/// The intro step. It answers "what is KPO?" before any detail, because
/// three of the post's readers asked exactly that; each of their questions
/// links to the step that answers it at length.
pub fn intro(ctx: &Ctx) -> Html {
    let words = ctx.words.0;
    html! {
        <div class="intro">
            <p class="short-answer">{ words.intro.short_answer }</p>
            for p in words.intro.paragraphs.iter() {
                <p>{ *p }</p>
            }
            <h3>{ words.ui.reader_questions_heading }</h3>
            <dl class="reader-questions">
                for question in words.reader_questions.iter() {
                    <div class="reader-question">
                        <dt>{ question.question }<span class="asked-by">{ fill(words.ui.asked_by, &[("name", question.asked_by)]) }</span></dt>
                        <dd>
                            <p>{ question.answer }</p>
                            <button type="button" class="link-button" disabled={ctx.prerendered}
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
