//! The first screen: the short answer, then the readers' questions.

use yew::prelude::*;

use crate::content::CONTENT;

/// The intro step. It answers "what is KPO?" before any detail, because
/// three of the post's readers asked exactly that.
#[component]
pub fn Intro() -> Html {
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
                        <dt>{ q.question }<span class="asked-by">{ kpo_content::fill(c.ui.asked_by, &[("name", q.asked_by)]) }</span></dt>
                        <dd>{ q.answer }</dd>
                    </div>
                }
            </dl>
        </div>
    }
}
