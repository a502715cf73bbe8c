//! The root component: restores progress, keeps the URL hash and the focus in
//! step with the current step, and lays out the frame around each step.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use kpo_content::Step;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::embed_panel::embed_panel;
use crate::components::{
    comparison::comparison, definitions::definitions, fields::fields, intro::intro, quiz::quiz,
    results::results, sort::sort, why::why,
};
use crate::components::{pager::pager, steps_nav::steps_nav};
use crate::content::CONTENT;
use crate::embed::Report;
use crate::state::{saved, Action, AppState};

/// How the widget is set up by the page that hosts it.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Local storage key for the reader's progress; `None` saves nothing.
    #[prop_or(Some(AttrValue::Static(saved::KEY)))]
    pub storage_key: Option<AttrValue>,
    /// Whether the URL hash names the step. Off inside a host page, whose
    /// hash is its own.
    #[prop_or(true)]
    pub use_hash: bool,
    /// The step a first-time reader opens on.
    #[prop_or_default]
    pub start: Option<Step>,
    /// Overrides the content's choice of reshuffling the quiz on Retry.
    #[prop_or_default]
    pub shuffle: Option<bool>,
    /// `light` or `dark`; `None` follows the reader's system setting.
    #[prop_or_default]
    pub theme: Option<AttrValue>,
    /// The widget's own folder URL, for the "Embed this" snippets; `None`
    /// hides that control.
    #[prop_or_default]
    pub base_url: Option<AttrValue>,
    /// Told of every step change and of the quiz's completion.
    #[prop_or_default]
    pub on_report: Option<Callback<Report>>,
    /// Called after every render (an iframe measures its height then).
    #[prop_or_default]
    pub on_render: Option<Callback<()>>,
    /// Whether the widget is the whole document (its own page, or a frame):
    /// then its title is the page's `h1`. Inside a host page it must not be.
    #[prop_or_default]
    pub whole_page: bool,
    /// Rendered to HTML at build time: every control is disabled, since no
    /// code is there yet to answer it.
    #[prop_or_default]
    pub prerendered: bool,
    /// Inside an iframe the host page owns its own scrolling (embed.js
    /// brings the frame's top into view), so moving focus must not scroll it.
    #[prop_or_default]
    pub framed: bool,
}

/// What every step reads: the state, a way to speak through the one polite
/// live region, and what the quiz needs for ids and focus.
pub struct Ctx {
    pub state: UseReducerHandle<AppState>,
    pub announce: Callback<String>,
    /// Rendered at build time: controls are disabled until the app is live.
    pub prerendered: bool,
    /// Unique to this widget on the page, for ids and radio group names.
    pub uid: u32,
    /// Where focus goes in the quiz: the question's heading when the reader
    /// moves on, the Next button once an answer is checked.
    pub question_heading: NodeRef,
    pub next_button: NodeRef,
    /// The heading of the open point in "Why it matters", focused when the
    /// reader opens another.
    pub point_heading: NodeRef,
}

/// Progress restored from storage and the hash, with any problem storage had.
fn initial(props: &AppProps) -> (AppState, Option<String>) {
    let mut state = AppState::new(&CONTENT);
    let mut problem = None;
    let mut restored = false;
    if let Some(key) = &props.storage_key {
        match browser::load(key) {
            Ok(Some(text)) => match saved::decode(&text, &CONTENT) {
                Ok(s) => {
                    state = s;
                    restored = true;
                }
                Err(reason) => {
                    browser::warn(&format!("saved progress was dropped: {reason}"));
                    browser::remove(key);
                }
            },
            Ok(None) => {}
            Err(e) => {
                browser::warn(&format!("{e}; progress will not be saved"));
                problem = Some(e);
            }
        }
    }
    if let Some(shuffle) = props.shuffle {
        state.shuffle = shuffle;
    }
    let from_hash = props
        .use_hash
        .then(browser::hash)
        .and_then(|h| Step::from_id(&h));
    state.step = match (from_hash, restored, props.start) {
        (Some(step), _, _) => step,
        (None, true, _) => state.step,
        (None, false, Some(start)) => start,
        (None, false, None) => Step::Intro,
    };
    (state, problem)
}

/// Unique per mounted widget, so ids stay unique with several on one page.
fn next_uid() -> u32 {
    thread_local!(static NEXT: Cell<u32> = const { Cell::new(1) });
    NEXT.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

/// The whole widget: a labelled `<section>` (not `<header>` or `<main>`, which
/// would add landmarks to a host page).
#[component]
pub fn App(props: &AppProps) -> Html {
    let c = &CONTENT;
    let init = use_memo((), |_| initial(props));
    let state = use_reducer(|| init.0.clone());
    let storage_problem = use_state(|| init.1.clone());
    let uid = *use_memo((), |_| next_uid());
    let live = use_state(String::new);
    let heading = use_node_ref();

    let announce = {
        let live = live.clone();
        Callback::from(move |text: String| {
            // A repeated message must still change the region to be read.
            let text = if *live == text {
                format!("{text}\u{a0}")
            } else {
                text
            };
            live.set(text);
        })
    };
    let steps_list = use_node_ref();

    // Save progress whenever what is saved changes. Choosing an option or
    // opening another "why" point changes the state but not the saved text,
    // so it writes nothing.
    {
        let key = props.storage_key.clone();
        let storage_problem = storage_problem.clone();
        use_effect_with(saved::encode(&state), move |text| {
            if let (Some(key), None) = (key, &*storage_problem) {
                if let Err(e) = browser::save(&key, text) {
                    browser::warn(&format!("{e}; progress will not be saved"));
                    storage_problem.set(Some(e));
                }
            }
        });
    }

    // Where the reader is. On a narrow widget the list of steps is one
    // sideways-scrolling row: keep the current step centred in it (its own
    // scroll only, never the page's). When the step changes, name it in the
    // URL and move focus to its heading. Within a step, focus follows the
    // reader: in the quiz to the Next button once an answer is checked (the
    // Check button it replaces is gone) and to the new question's heading
    // when they move on; in "Why it matters" to the heading of the point
    // they opened. Nothing moves on the first render: the reader hasn't
    // moved, and an embedded widget must not steal focus from its host page.
    let question_heading = use_node_ref();
    let next_button = use_node_ref();
    let point_heading = use_node_ref();
    {
        let use_hash = props.use_hash;
        let framed = props.framed;
        let refs = (
            heading.clone(),
            steps_list.clone(),
            question_heading.clone(),
            next_button.clone(),
            point_heading.clone(),
        );
        let q = &state.quiz;
        let now = (state.step, q.position, q.checked(), state.point);
        let seen = use_mut_ref(|| None);
        use_effect_with(now, move |&(step, position, checked, point)| {
            let (heading, steps_list, question_heading, next_button, point_heading) = refs;
            let old = seen.borrow_mut().replace((step, position, checked, point));
            if old.is_none_or(|(old_step, ..)| old_step != step) {
                if let Some(list) = steps_list.cast::<web_sys::HtmlElement>() {
                    let current = list
                        .query_selector("[aria-current=step]")
                        .ok()
                        .flatten()
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(b) = current {
                        list.set_scroll_left(
                            b.offset_left() - (list.client_width() - b.offset_width()) / 2,
                        );
                    }
                }
            }
            let Some((old_step, old_position, old_checked, old_point)) = old else {
                return;
            };
            if step != old_step {
                if use_hash && browser::hash() != step.id() {
                    browser::push_hash(step.id());
                }
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    if framed {
                        let options = web_sys::FocusOptions::new();
                        options.set_prevent_scroll(true);
                        let _ = h.focus_with_options(&options);
                        gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                    } else {
                        let _ = h.focus();
                    }
                }
                return;
            }
            let target = if step == Step::Quiz && position != old_position {
                question_heading.cast::<web_sys::HtmlElement>()
            } else if step == Step::Quiz && checked && !old_checked {
                next_button.cast::<web_sys::HtmlElement>()
            } else if step == Step::Why && point != old_point {
                point_heading.cast::<web_sys::HtmlElement>()
            } else {
                None
            };
            if let Some(el) = target {
                let _ = el.focus();
            }
        });
    }

    // Tell the host page about step changes and a finished quiz; not on the
    // first render, which is no change.
    {
        let on_report = props.on_report.clone();
        let reported = use_mut_ref(|| (state.step, state.quiz.finished));
        let quiz = state.quiz.clone();
        use_effect_with(
            (state.step, state.quiz.finished),
            move |&(step, finished)| {
                let (old_step, old_finished) =
                    std::mem::replace(&mut *reported.borrow_mut(), (step, finished));
                let Some(report) = on_report else { return };
                if step != old_step {
                    report.emit(Report::Step {
                        step: step.id(),
                        index: step.index(),
                        total: Step::ALL.len(),
                    });
                }
                if finished && !old_finished {
                    let (score, total) =
                        (quiz.correct(&CONTENT.quiz), CONTENT.quiz.questions.len());
                    report.emit(Report::Complete {
                        score,
                        total,
                        passed: CONTENT.quiz.passed(score, total),
                    });
                }
            },
        );
    }

    // After every render: an iframe reports its height.
    {
        let on_render = props.on_render.clone();
        use_effect(move || {
            if let Some(f) = on_render {
                f.emit(());
            }
        });
    }

    // Follow the browser's Back and Forward, and hand-edited hashes.
    {
        let state = state.clone();
        use_effect_with(props.use_hash, move |&use_hash| {
            let listeners = use_hash.then(|| {
                let window = gloo::utils::window();
                let on_change = move |_: &Event| {
                    if let Some(step) = Step::from_id(&browser::hash()) {
                        state.dispatch(Action::Go(step));
                    }
                };
                let on_change = Rc::new(on_change);
                let (a, b) = (on_change.clone(), on_change);
                [
                    EventListener::new(&window, "popstate", move |e| a(e)),
                    EventListener::new(&window, "hashchange", move |e| b(e)),
                ]
            });
            move || drop(listeners)
        });
    }

    let step = state.step;
    let text = c.steps.get(step);
    let title_id = format!("kpo{uid}-title");

    let ctx = Ctx {
        state: state.clone(),
        announce,
        prerendered: props.prerendered,
        uid,
        question_heading,
        next_button,
        point_heading,
    };
    let body = match step {
        Step::Intro => intro(&ctx),
        Step::Definitions => definitions(),
        Step::Comparison => comparison(),
        Step::Fields => fields(),
        Step::Sort => sort(&ctx),
        Step::Why => why(&ctx),
        Step::Quiz => quiz(&ctx),
        Step::Results => results(&ctx),
    };
    let dead = props.prerendered;

    html! {
        <section class="kpo" lang={c.meta.language} aria-labelledby={title_id.clone()}
            data-theme={props.theme.clone()} data-step={step.id()}
            data-prerendered={dead.then_some("true")}>
            if props.whole_page {
                <h1 class="kpo-title" id={title_id}>{ c.meta.title }</h1>
            } else {
                <p class="kpo-title" id={title_id}>{ c.meta.title }</p>
            }
            { steps_nav(&ctx, &steps_list) }
            <h2 class="step-heading" tabindex="-1" ref={heading}>{ text.heading }</h2>
            <p class="lead">{ text.lead }</p>
            { body }
            { pager(&ctx) }
            if let Some(base) = &props.base_url {
                { embed_panel(base, &ctx) }
            }
            if storage_problem.is_some() && props.storage_key.is_some() {
                <p class="notice" role="note">{ c.ui.storage_unavailable }</p>
            }
            <p class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true">{ (*live).clone() }</p>
        </section>
    }
}
