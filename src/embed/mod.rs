//! Running inside someone else's page: in an iframe (`?embed=1`), or in a
//! shadow root that `embed.js` attaches to a `data-kpo-explainer` element.

pub mod options;

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::browser::warn;
pub use crate::state::follow::Report;

/// The DOM event name on the host element, and the message type.
fn event_name(report: &Report) -> &'static str {
    match report {
        Report::Step { .. } => "kpo-explainer:step",
        Report::Complete { .. } => "kpo-explainer:complete",
        Report::Answer { .. } => "kpo-explainer:answer",
    }
}

/// The `detail` object: `{step, index, total}`, `{score, total, passed,
/// warmup}` (warmup `null` when skipped) or `{question, option, right,
/// first}` (the question by its id).
fn detail(report: &Report, questions: &[kpo_content::Question]) -> js_sys::Object {
    let o = js_sys::Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    match *report {
        Report::Step { step, index, total } => {
            set("step", step.into());
            set("index", (index as u32).into());
            set("total", (total as u32).into());
        }
        Report::Complete {
            score,
            total,
            passed,
            warmup,
        } => {
            set("score", (score as u32).into());
            set("total", (total as u32).into());
            set("passed", passed.into());
            set(
                "warmup",
                warmup.map_or(JsValue::NULL, |w| (w as u32).into()),
            );
        }
        Report::Answer {
            question,
            option,
            right,
            first,
        } => {
            set(
                "question",
                questions.get(question).map_or("", |q| q.id).into(),
            );
            set("option", u32::from(option).into());
            set("right", right.into());
            set("first", first.into());
        }
    }
    o
}

/// Dispatches a report as a bubbling, composed `CustomEvent` on `host`.
pub fn dispatch_on(host: &Element, report: Report, questions: &[kpo_content::Question]) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail(&report, questions));
    match web_sys::CustomEvent::new_with_event_init_dict(event_name(&report), &init) {
        Ok(event) => {
            let _ = host.dispatch_event(&event);
        }
        Err(_) => warn("could not create an event for the host page"),
    }
}

/// Posts `{source: "kpo-explainer", type, ...fields}` to the parent window
/// only. The data is harmless (a height, a step, a score), so any parent
/// origin may read it; the parent's `embed.js` checks where it came from.
fn post_to_parent(kind: &str, fields: &js_sys::Object) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"kpo-explainer".into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    post_raw(&js_sys::Object::assign(&message, fields));
}

/// Posts `message` as it is to the parent window, if there is one.
fn post_raw(message: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent != window {
        let _ = parent.post_message(message, "*");
    }
}

/// Posts a report to the parent window, typed `step`, `complete` or
/// `answer`.
pub fn post_report(report: Report, questions: &[kpo_content::Question]) {
    let kind = match report {
        Report::Step { .. } => "step",
        Report::Complete { .. } => "complete",
        Report::Answer { .. } => "answer",
    };
    post_to_parent(kind, &detail(&report, questions));
}

/// The secret WordPress gives a frame it embeds from a pasted link
/// (`#?secret=…`, only letters and digits), which its sizing script
/// (wp-embed) expects back with every message.
pub fn wordpress_secret(hash: &str) -> Option<String> {
    let secret = hash.strip_prefix("#?secret=")?;
    (!secret.is_empty() && secret.len() <= 64 && secret.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| secret.to_owned())
}

/// Reports the content's height to the parent whenever it changes: from a
/// ResizeObserver, and on demand after each render (an off-screen
/// cross-origin frame gets no rendering steps, so no observer callbacks).
/// Inside WordPress's embed it speaks wp-embed's protocol too: `{secret,
/// message: "height", value}`, and again whenever the page says `ready`;
/// `embed.js` asks the same way when it starts.
#[derive(Clone)]
pub struct SizeReporter {
    root: Element,
    last: Rc<Cell<f64>>,
    secret: Option<Rc<str>>,
}

impl SizeReporter {
    /// `page_decides`: the frame was left to the page's colours (`auto`), so
    /// embed.js may still tell it the page is dark (or light) once it is
    /// showing: embed.js came after embed.css had shown the frame, light.
    pub fn start(root: Element, secret: Option<String>, page_decides: bool) -> SizeReporter {
        let reporter = SizeReporter {
            root,
            last: Rc::new(Cell::new(-1.0)),
            secret: secret.map(Rc::from),
        };
        // Measured just after the observer's callback, not in it: measuring
        // sets the page's overflow for a moment, and a layout changed inside
        // the callback is a "ResizeObserver loop" error on the console.
        let r = reporter.clone();
        let measure = Closure::<dyn FnMut()>::new(move || r.report());
        let later: js_sys::Function = measure.as_ref().unchecked_ref::<js_sys::Function>().clone();
        measure.forget();
        let later_too = later.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            let _ = gloo::utils::window().set_timeout_with_callback(&later_too);
        });
        // A frame made shorter keeps the scrollbar it had (content as wide
        // as the frame fits without one, but with one, it is taller than
        // the frame: both are stable to the browser), so on each resize
        // the page is measured again, which lets the scrollbar go.
        let _ = gloo::utils::window().add_event_listener_with_callback("resize", &later);
        match web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            Ok(observer) => {
                observer.observe(&reporter.root);
                // Both live as long as the page.
                std::mem::forget(observer);
                callback.forget();
            }
            Err(_) => warn("no ResizeObserver: the frame reports its size only after changes"),
        }
        // Asked again, it posts its height again: by `embed.js`, which may
        // have started after this frame's first report and missed it
        // (`{source: "kpo-explainer-host", type: "measure"}`), and inside
        // WordPress's embed by wp-embed's `ready`. Whoever asks, the answer
        // goes only to the parent, and is only a height.
        let r = reporter.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let field = |k: &str| {
                    js_sys::Reflect::get(&data, &k.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                let from_host = field("source").as_deref() == Some("kpo-explainer-host");
                // The page's colours, late: set on the page's root, where
                // the styles give the widget the dark theme. Only from the
                // page this frame is in, and only a word from a short list.
                if from_host && page_decides && field("type").as_deref() == Some("theme") {
                    let from_parent = match (e.source(), gloo::utils::window().parent()) {
                        (Some(source), Ok(Some(parent))) => js_sys::Object::is(&source, &parent),
                        _ => false,
                    };
                    if let (true, Some(theme @ ("light" | "dark"))) =
                        (from_parent, field("theme").as_deref())
                    {
                        let _ =
                            gloo::utils::document_element().set_attribute("data-kpo-page", theme);
                    }
                    return;
                }
                let host_asks = from_host && field("type").as_deref() == Some("measure");
                let wordpress_asks = field("message").as_deref() == Some("ready")
                    && r.secret.is_some()
                    && field("secret").as_deref() == r.secret.as_deref();
                if host_asks || wordpress_asks {
                    r.last.set(-1.0);
                    r.report();
                }
            });
        let _ = gloo::utils::window()
            .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        on_message.forget();
        reporter
    }

    /// Reports once the render's own follow-ups have run: in WordPress's
    /// embed, `paging.js` puts a new step in parts in a microtask after the
    /// render, and the height that counts is the paged one.
    pub fn report_soon(&self) {
        let r = self.clone();
        let once = Closure::once_into_js(move || r.report());
        let _ = gloo::utils::window().set_timeout_with_callback(once.unchecked_ref());
    }

    /// Posts the height, rounded up so the frame never shows a 1 px
    /// scrollbar, unless it is the height already posted. It is measured
    /// with the frame's own scrollbar held off: a frame still shorter than
    /// a new step shows one, which narrows the content and makes it taller
    /// than it will be once the frame fits, and an off-screen frame gets no
    /// resize callback to correct it.
    pub fn report(&self) {
        let page = gloo::utils::document_element();
        let _ = page.class_list().add_1("kpo-measuring");
        let height = self.root.get_bounding_client_rect().height().ceil();
        let _ = page.class_list().remove_1("kpo-measuring");
        if height != self.last.get() {
            self.last.set(height);
            let fields = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&fields, &"height".into(), &height.into());
            post_to_parent("size", &fields);
            if let Some(secret) = &self.secret {
                let message = js_sys::Object::new();
                let set = |k: &str, v: JsValue| {
                    let _ = js_sys::Reflect::set(&message, &k.into(), &v);
                };
                set("secret", JsValue::from_str(secret));
                set("message", "height".into());
                set("value", height.into());
                post_raw(&message);
            }
        }
    }
}

/// Logs each warning on the console.
pub fn warn_all(warnings: &[String]) {
    for w in warnings {
        web_sys::console::warn_1(&JsValue::from_str(w));
    }
}

#[cfg(test)]
mod tests {
    use super::wordpress_secret;

    #[test]
    fn reads_only_a_wordpress_secret_of_letters_and_digits() {
        assert_eq!(
            wordpress_secret("#?secret=Ab3x9QzL0p").as_deref(),
            Some("Ab3x9QzL0p")
        );
        for hash in [
            "",
            "#quiz",
            "#?secret=",
            "#?secret=a\"b",
            "#?secret=a<b",
            "#secret=abc",
        ] {
            assert_eq!(wordpress_secret(hash), None, "{hash}");
        }
        assert_eq!(
            wordpress_secret(&format!("#?secret={}", "a".repeat(65))),
            None
        );
    }
}
