//! One file per step (and per part of the frame around it).
//!
//! They are view functions taking [`Ctx`], not components: each component
//! type costs the wasm about a kilobyte of Yew's generic code, and what a
//! step shows follows from `AppState` alone. The one component is `App`,
//! which owns the state, builds the `Ctx` and applies focus.
//!
//! The arrows point one way: `app` → `components` → `state`, `content`.

pub mod disclosure;
pub mod embed_panel;
pub mod languages;
pub mod pager;
pub mod spectrum;
pub mod steps_nav;

/// Each step's view is `fn <id>(&Ctx) -> Html` in `components/<id>.rs`:
/// its module and its arm of [`step_view`] follow from the steps' one
/// declaration (`kpo_content::with_steps!`), so a new step needs no line
/// here.
macro_rules! step_views {
    ($( $variant:ident => $id:ident ),* $(,)?) => {
        $( pub mod $id; )*

        /// What the reader's step shows below its heading and lead.
        pub fn step_view(ctx: &Ctx) -> Html {
            match ctx.state.step {
                $( kpo_content::Step::$variant => $id::$id(ctx), )*
            }
        }
    };
}

kpo_content::with_steps!(step_views);

use kpo_content::{fill, Side};
use yew::prelude::*;

use crate::content::Words;
use crate::state::follow::Focus;
use crate::state::{Action, AppState};

/// What every view reads: the state, the words, and what ids and focus
/// need.
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    /// The words the widget shows (the state's).
    pub words: Words,
    /// Rendered at build time: controls are disabled until the app is live.
    pub prerendered: bool,
    /// Unique to this widget on the page, for ids and radio group names.
    pub uid: u32,
    /// The elements focus can move to; `App` moves it.
    pub targets: Targets,
}

/// The elements `App` may focus or scroll, one ref each.
#[derive(Clone, Default)]
pub struct Targets {
    pub step_heading: NodeRef,
    pub question_heading: NodeRef,
    pub next_button: NodeRef,
    pub point_heading: NodeRef,
}

impl Targets {
    /// The element for a focus target.
    pub fn get(&self, focus: Focus) -> &NodeRef {
        match focus {
            Focus::StepHeading => &self.step_heading,
            Focus::QuestionHeading => &self.question_heading,
            Focus::NextButton => &self.next_button,
            Focus::PointHeading => &self.point_heading,
        }
    }
}

impl Ctx {
    /// A click handler that dispatches `action`.
    pub fn on_click(&self, action: Action) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action))
    }

    /// Retry the quiz, reshuffled from a fresh random seed.
    pub fn on_retry(&self) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Retry {
                seed: crate::browser::random_seed(),
            })
        })
    }

    /// A step's label, for buttons that lead to it.
    pub fn label(&self, step: kpo_content::Step) -> &'static str {
        self.words.content().steps.get(step).label
    }
}

/// `text` with its last two words kept on one line, so a question or a
/// heading never ends on a lone word (`text-wrap: pretty` leaves some in
/// Chromium, and other engines may not have it). Two short words only: a
/// long pair on a phone would rather break. The words are unchanged, so
/// text content and accessible names read as the content has them.
pub fn no_lone_word(text: &'static str) -> Html {
    // `get`, not indexing: a slice's panic message would link the
    // standard library's formatting into the wasm (5 KB brotli, measured).
    match last_two_words(text).and_then(|i| Some((text.get(..i)?, text.get(i..)?))) {
        Some((head, tail)) => html! { <>{ head }<span class="nw">{ tail }</span></> },
        None => html! { { text } },
    }
}

/// Where `text`'s last two words start, when there are three words or more
/// and those two are short (24 bytes at most).
fn last_two_words(text: &str) -> Option<usize> {
    // Bytes, not a string searcher: the smaller wasm.
    let bytes = text.as_bytes();
    let last = bytes.iter().rposition(|&b| b == b' ')?;
    let start = bytes.get(..last)?.iter().rposition(|&b| b == b' ')? + 1;
    (bytes.len() - start <= 24).then_some(start)
}

/// A side's term as the content spells it: "BPO", "ITO", "KPO".
pub fn term(words: &kpo_content::Content, side: Side) -> &'static str {
    let d = &words.definitions;
    match side {
        Side::Bpo => d.bpo.term,
        Side::Ito => d.ito.term,
        Side::Kpo => d.kpo.term,
    }
}

/// A button for each of `sides` that names a task, pressed as the reader
/// chose. `action` is `Action::Warmup` or `Action::Sort`, given `index`: a
/// plain function, so there is one copy of this code in the wasm, not one
/// per caller.
pub fn side_buttons(
    ctx: &Ctx,
    label: String,
    chosen: Option<Side>,
    sides: &[Side],
    action: fn(usize, Side) -> Action,
    index: usize,
) -> Html {
    let words = ctx.words.content();
    html! {
        <div class="choice-buttons" role="group" aria-label={label}>
            for &side in sides {
                <button type="button" aria-pressed={(chosen == Some(side)).to_string()}
                    aria-disabled={ctx.prerendered.then_some("true")} onclick={ctx.on_click(action(index, side))}>
                    { term(words, side) }
                </button>
            }
        </div>
    }
}

/// A quote in the words of the post or a comment, marked as their language
/// (a translation's reader hears it read as written), with its gloss in the
/// widget's language when there is one, and where it is from.
pub fn quote(
    ctx: &Ctx,
    class: Option<&'static str>,
    text: &str,
    gloss: Option<&str>,
    from: &str,
) -> Html {
    let words = ctx.words.content();
    html! {
        <figure class={class}>
            <blockquote lang={words.meta.source_language}><p>{ text }</p></blockquote>
            if let Some(gloss) = gloss {
                <p class="gloss">{ gloss }</p>
            }
            <figcaption>{ fill(words.ui.quote_from, &[("source", from)]) }</figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::last_two_words;

    #[test]
    fn the_last_two_short_words_are_kept_together() {
        let text = "What would most sources call this work?";
        assert_eq!(&text[last_two_words(text).unwrap()..], "this work?");
        assert_eq!(last_two_words("Planning and"), None);
        assert_eq!(last_two_words("One"), None);
        assert_eq!(
            last_two_words("a pair of extraordinarily incomprehensible"),
            None
        );
    }
}
