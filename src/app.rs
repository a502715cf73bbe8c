//! The root component: restores progress, keeps the URL hash, the focus and
//! the host page in step with the reader, and lays out the frame around
//! each step.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use kpo_content::Step;
use yew::prelude::*;

use crate::browser;
use crate::components::{
    embed_panel::embed_panel, languages, pager::pager, step_view, steps_nav::steps_nav, Ctx,
    Targets,
};
use crate::content::Words;
use crate::state::announce::announcement;
use crate::state::follow::{self, Focus, Place, Report};
use crate::state::{saved, Action, AppState};

/// Fetches another language's words: called with its tag, and a callback
/// for the result (`None` when they could not be loaded or read).
pub type LoadLanguage = Callback<(&'static str, Callback<Option<Words>>)>;

/// How the widget is set up by the page that hosts it.
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The words to show first.
    pub words: Words,
    /// How to fetch the other languages; `None` offers none.
    #[prop_or_default]
    pub load_language: Option<LoadLanguage>,
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
    /// In a frame no script of ours on the page looks after (WordPress's
    /// embed of a pasted link), a new step's heading is scrolled into view
    /// by the widget itself, the page too.
    #[prop_or_default]
    pub reveal_heading: bool,
}

/// Progress restored from storage and the hash, with any problem storage had.
fn initial(props: &AppProps) -> (AppState, Option<String>) {
    let mut state = AppState::new(props.words);
    let mut problem = None;
    let mut restored = false;
    if let Some(key) = &props.storage_key {
        match browser::load(key) {
            Ok(Some(text)) => match saved::decode(&text, props.words) {
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

/// What following the reader needs from the props.
struct Follow {
    targets: Targets,
    use_hash: bool,
    framed: bool,
    reveal_heading: bool,
    on_report: Option<Callback<Report>>,
}

impl Follow {
    /// Applies what [`follow`] decides for a move from `before` to `now`:
    /// the URL hash, the host page's reports and the focus.
    fn run(&self, before: Option<Place>, now: Place) {
        for report in follow::reports(before, now) {
            if let Some(on_report) = &self.on_report {
                on_report.emit(report);
            }
        }
        let Some(target) = follow::focus(before, now) else {
            return;
        };
        if target == Focus::StepHeading && self.use_hash && browser::hash() != now.step.id() {
            browser::push_hash(now.step.id());
        }
        let Some(el) = self.targets.get(target).cast::<web_sys::HtmlElement>() else {
            return;
        };
        if target == Focus::StepHeading && self.framed {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
            if self.reveal_heading {
                el.scroll_into_view();
            } else {
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        } else {
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
    language: Option<&'static str>,
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
    let init = use_memo((), |_| (initial(props), next_uid()));
    let ((ref first, ref problem), uid) = *init;
    let state = use_reducer(|| first.clone());
    let storage_problem = use_state(|| problem.clone());
    let targets = use_memo((), |_| Targets::default());

    // After every render, in one effect (each effect is its own copy of
    // Yew's hook code in the wasm: five cost 0.8 KiB of the first load,
    // docs/architecture.md "Why App has one effect"): save progress if what is saved changed,
    // follow the reader if where they are changed, and let an iframe report
    // its height. Choosing an option or opening another "why" point changes
    // the state but not the saved text, so it writes nothing. The first run
    // also starts following the browser's Back and Forward and hand-edited
    // hashes, until the widget is gone.
    {
        let text = saved::encode(&state);
        let place = Place::of(&state);
        let follow = Follow {
            targets: (*targets).clone(),
            use_hash: props.use_hash,
            framed: props.framed,
            reveal_heading: props.reveal_heading,
            on_report: props.on_report.clone(),
        };
        let (key, on_render) = (props.storage_key.clone(), props.on_render.clone());
        let (words, whole_page, use_hash) = (state.words, props.whole_page, props.use_hash);
        let storage_problem = storage_problem.clone();
        let state = state.clone();
        let last = use_mut_ref(Rendered::default);
        use_effect(move || {
            let Rendered {
                saved,
                place: seen,
                language,
                hash_listeners,
            } = &mut *last.borrow_mut();
            let now = words.meta.language;
            // The page follows the widget's language (the first render's
            // too: boot.js may have chosen by the browser's languages).
            if whole_page && language.replace(now) != Some(now) {
                browser::show_page_in(words, use_hash);
            }
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
            let before = seen.replace(place);
            if before != Some(place) {
                follow.run(before, place);
            }
            if let Some(f) = on_render {
                f.emit(());
            }
        });
    }

    let language_failed = use_state(|| None::<&'static str>);
    let pick_language = props.load_language.clone().map(|load| {
        let (state, failed) = (state.clone(), language_failed.clone());
        Callback::from(move |language: kpo_content::Language| {
            if language.tag == state.words.meta.language {
                return;
            }
            failed.set(None);
            let (state, failed) = (state.clone(), failed.clone());
            load.emit((
                language.tag,
                Callback::from(move |words: Option<Words>| match words {
                    Some(words) => state.dispatch(Action::Language(words)),
                    None => failed.set(Some(language.name)),
                }),
            ));
        })
    });

    let words = state.words.content();
    let step = state.step;
    let text = words.steps.get(step);
    let title_id = format!("kpo{uid}-title");
    let live = announcement(&state);

    let ctx = Ctx {
        state: state.clone(),
        words: state.words,
        prerendered: props.prerendered,
        uid,
        targets: (*targets).clone(),
    };
    let body = step_view(&ctx);

    html! {
        <section class="kpo" lang={words.meta.language} aria-labelledby={title_id.clone()}
            data-theme={props.theme.clone()} data-step={step.id()}
            data-prerendered={props.prerendered.then_some("true")}>
            if props.whole_page {
                <h1 class="kpo-title" id={title_id}>{ words.meta.title }</h1>
            } else {
                <p class="kpo-title" id={title_id}>{ words.meta.title }</p>
            }
            { steps_nav(&ctx, languages::languages(&ctx, pick_language.as_ref())) }
            if let Some(name) = *language_failed {
                { languages::failed(&ctx, name) }
            }
            <h2 class="step-heading" tabindex="-1" ref={ctx.targets.step_heading.clone()}>{ text.heading }</h2>
            <p class="lead">{ text.lead }</p>
            { body }
            { pager(&ctx) }
            if let Some(base) = &props.base_url {
                { embed_panel(base, &ctx) }
            }
            if storage_problem.is_some() && props.storage_key.is_some() {
                <p class="notice" role="note">{ words.ui.storage_unavailable }</p>
            }
            <p class="visually-hidden live" role="status" aria-live="polite" aria-atomic="true">{ live }</p>
        </section>
    }
}
