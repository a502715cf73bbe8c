//! The first screen: the short answer, then the readers' questions.

use kpo_content::fill;
use yew::prelude::*;

use super::on_click;
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::Action;

/// The intro step. It answers "what is KPO?" before any detail, because
/// three of the post's readers asked exactly that; each of their questions
/// links to the step that answers it at length. (A view function, like
/// every stateless step: see `components`.)
pub fn intro(ctx: &Ctx) -> Html {
    let c = &CONTENT;
    html! {
        <div class="intro">
            <p class="short-answer">{ c.intro.short_answer }</p>
            for p in c.intro.paragraphs.iter() {
                <p>{ *p }</p>
            }
            <h3>{ c.ui.reader_questions_heading }</h3>
            <dl class="reader-questions">
                for q in c.reader_questions.iter() {
                    <div class="reader-question">
                        <dt>{ q.question }<span class="asked-by">{ fill(c.ui.asked_by, &[("name", q.asked_by)]) }</span></dt>
                        <dd>
                            <p>{ q.answer }</p>
                            <button type="button" class="link-button" disabled={ctx.prerendered}
                                onclick={on_click(&ctx.state, Action::Go(q.see))}>
                                { fill(c.ui.read_more, &[("step", c.steps.get(q.see).label)]) }
                            </button>
                        </dd>
                    </div>
                }
            </dl>
        </div>
    }
}
