//! Saving progress to local storage off the reader's critical path.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::{AttrValue, Callback};

use crate::browser;
use crate::state::{saved, AppState};

/// Progress waiting to be written. A change is written after the next paint,
/// so the click that made it shows its result first (a Check's feedback
/// painted, then the write); the last change is written at once when the
/// page is hidden or closed, or the widget is removed, so nothing is lost.
pub struct Saver {
    key: AttrValue,
    pending: RefCell<Option<AppState>>,
    failed: Callback<String>,
}

impl Saver {
    /// `failed` hears why storage refused a write; nothing more is saved then.
    pub fn new(key: AttrValue, failed: Callback<String>) -> Rc<Saver> {
        Rc::new(Saver {
            key,
            pending: RefCell::new(None),
            failed,
        })
    }

    /// Queues `state` to be written after the next paint.
    pub fn queue(self: &Rc<Self>, state: AppState) {
        if self.pending.replace(Some(state)).is_none() {
            let me = Rc::clone(self);
            browser::after_paint(move || me.flush());
        }
    }

    /// Writes the queued state, if any, now.
    pub fn flush(&self) {
        let Some(state) = self.pending.take() else {
            return;
        };
        if let Err(e) = browser::save(&self.key, &saved::encode(&state)) {
            browser::warn(&format!("{e}; progress will not be saved"));
            self.failed.emit(e);
        }
    }

    /// Flushes whenever the page is hidden or unloaded. Dropping the
    /// listeners flushes once more.
    pub fn watch(self: &Rc<Self>) -> impl Drop {
        let window = gloo::utils::window();
        let (a, b) = (Rc::clone(self), Rc::clone(self));
        Watch {
            saver: Rc::clone(self),
            _listeners: [
                EventListener::new(&window, "pagehide", move |_| a.flush()),
                EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                    b.flush()
                }),
            ],
        }
    }
}

struct Watch {
    saver: Rc<Saver>,
    _listeners: [EventListener; 2],
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.saver.flush();
    }
}
