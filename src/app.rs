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

/// Where the reader is, as far as focus and the host page care.
#[derive(Clone, Copy, PartialEq)]
struct Place {
    step: Step,
    position: usize,
    checked: bool,
    point: usize,
    finished: bool,
    score: usize,
}

impl Place {
    fn of(state: &AppState) -> Place {
        let q = &state.quiz;
        Place {
            step: state.step,
            position: q.position,
            checked: q.checked(),
            point: state.point,
            finished: q.finished,
            score: q.correct(&CONTENT.quiz),
        }
    }
}

/// What following the reader needs: where focus can go, and who to tell.
struct Follow {
    heading: NodeRef,
    steps_list: NodeRef,
    question_heading: NodeRef,
    next_button: NodeRef,
    point_heading: NodeRef,
    use_hash: bool,
    framed: bool,
    on_report: Option<Callback<Report>>,
}

impl Follow {
    /// Called when the reader's place changed (`old` is `None` on the first
    /// render). On a narrow widget the list of steps is one sideways-scrolling
    /// row: keep the current step centred in it (its own scroll only, never
    /// the page's). When the step changes, name it in the URL and move focus
    /// to its heading. Within a step, focus follows the reader: in the quiz
    /// to the Next button once an answer is checked (the Check button it
    /// replaces is gone) and to the new question's heading when they move on;
    /// in "Why it matters" to the heading of the point they opened. The host
    /// page is told of every step change and of the quiz's completion.
    /// Nothing moves and nothing is told on the first render: the reader
    /// hasn't moved, and an embedded widget must not steal focus from its
    /// host page.
    fn run(&self, old: Option<Place>, now: Place) {
        if old.is_none_or(|old| old.step != now.step) {
            if let Some(list) = self.steps_list.cast::<web_sys::HtmlElement>() {
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
        let Some(old) = old else { return };
        if let Some(report) = &self.on_report {
            if now.step != old.step {
                report.emit(Report::Step {
                    step: now.step.id(),
                    index: now.step.index(),
                    total: Step::ALL.len(),
                });
            }
            if now.finished && !old.finished {
                let total = CONTENT.quiz.questions.len();
                report.emit(Report::Complete {
                    score: now.score,
                    total,
                    passed: CONTENT.quiz.passed(now.score, total),
                });
            }
        }
        if now.step != old.step {
            if self.use_hash && browser::hash() != now.step.id() {
                browser::push_hash(now.step.id());
            }
            if let Some(h) = self.heading.cast::<web_sys::HtmlElement>() {
                if self.framed {
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
        let target = if now.step == Step::Quiz && now.position != old.position {
            &self.question_heading
        } else if now.step == Step::Quiz && now.checked && !old.checked {
            &self.next_button
        } else if now.step == Step::Why && now.point != old.point {
            &self.point_heading
        } else {
            return;
        };
        if let Some(el) = target.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// What the after-render effect remembers between renders; dropped, with the
/// listeners, when the widget is.
#[derive(Default)]
struct Rendered {
    saved: Option<String>,
    place: Option<Place>,
    hash_listeners: Option<[EventListener; 2]>,
}

/// Follows the browser's Back and Forward, and hand-edited hashes.
fn on_hash_change(state: UseReducerHandle<AppState>) -> [EventListener; 2] {
    let window = gloo::utils::window();
    let on_change = Rc::new(move |_: &Event| {
        if let Some(step) = Step::from_id(&browser::hash()) {
            state.dispatch(Action::Go(step));
        }
    });
    let again = on_change.clone();
    [
        EventListener::new(&window, "popstate", move |e| on_change(e)),
        EventListener::new(&window, "hashchange", move |e| again(e)),
    ]
}

/// The whole widget: a labelled `<section>` (not `<header>` or `<main>`, which
/// would add landmarks to a host page).
#[component]
pub fn App(props: &AppProps) -> Html {
    let c = &CONTENT;
    let init = use_memo((), |_| (initial(props), next_uid()));
    let ((ref first, ref problem), uid) = *init;
    let state = use_reducer(|| first.clone());
    let storage_problem = use_state(|| problem.clone());
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

    // After every render, in one effect (each effect is its own copy of
    // Yew's hook code in the wasm): save progress if what is saved changed,
    // follow the reader if where they are changed, and let an iframe report
    // its height. Choosing an option or opening another "why" point changes
    // the state but not the saved text, so it writes nothing. The first run
    // also starts following the browser's Back and Forward and hand-edited
    // hashes, until the widget is gone.
    let question_heading = use_node_ref();
    let next_button = use_node_ref();
    let point_heading = use_node_ref();
    {
        let text = saved::encode(&state);
        let place = Place::of(&state);
        let follow = Follow {
            heading: heading.clone(),
            steps_list: steps_list.clone(),
            question_heading: question_heading.clone(),
            next_button: next_button.clone(),
            point_heading: point_heading.clone(),
            use_hash: props.use_hash,
            framed: props.framed,
            on_report: props.on_report.clone(),
        };
        let (key, on_render) = (props.storage_key.clone(), props.on_render.clone());
        let storage_problem = storage_problem.clone();
        let state = state.clone();
        let last = use_mut_ref(Rendered::default);
        use_effect(move || {
            let Rendered {
                saved,
                place: seen,
                hash_listeners,
            } = &mut *last.borrow_mut();
            if follow.use_hash && hash_listeners.is_none() {
                *hash_listeners = Some(on_hash_change(state));
            }
            if saved.as_ref() != Some(&text) {
                if let (Some(key), None) = (key, &*storage_problem) {
                    if let Err(e) = browser::save(&key, &text) {
                        browser::warn(&format!("{e}; progress will not be saved"));
                        storage_problem.set(Some(e));
                    }
                }
                *saved = Some(text);
            }
            let old = seen.replace(place);
            if old != Some(place) {
                follow.run(old, place);
            }
            if let Some(f) = on_render {
                f.emit(());
            }
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
        Step::Fields => fields(&ctx),
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
