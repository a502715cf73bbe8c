//! Plain-Rust state and reducers, tested natively without a browser.
//!
//! [`AppState::reduce`] takes the content as an argument so tests can drive it
//! with any quiz; the Yew [`Reducible`] impl passes the baked content.

pub mod quiz;
pub mod rng;
pub mod saved;
pub mod sort;

use std::rc::Rc;

use kpo_content::{Content, Side, Step};
use yew::Reducible;

use crate::content::CONTENT;
use quiz::{QuizAction, QuizState};
use sort::SortState;

/// Everything about the reader's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub step: Step,
    pub sort: SortState,
    pub quiz: QuizState,
    /// Whether Retry reshuffles the quiz (content default; embedders may
    /// turn it off).
    pub shuffle: bool,
    /// The point of "Why it matters" being read. Back to the first whenever
    /// the step changes; not saved.
    pub point: usize,
    /// Which disclosures are open, a bit each: a field's details (bit = the
    /// field's index) and the embed code ([`EMBED_CODE`]). Leaving a step
    /// closes its fields; the embed code, outside the steps, stays as the
    /// reader left it. Not saved.
    pub open: u64,
}

/// The bit of [`AppState::open`] for the embed code; the fields' come first
/// (`kpo_content::MAX_FIELDS` of them at most).
pub const EMBED_CODE: u8 = 63;

/// `bit` of [`AppState::open`] as a mask; none past the word.
fn mask(bit: u8) -> u64 {
    1u64.checked_shl(bit.into()).unwrap_or(0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Go(Step),
    Next,
    Back,
    Sort(usize, Side),
    SortReset,
    Quiz(QuizAction),
    /// Another attempt at the quiz, reshuffled from `seed` when shuffling.
    Retry {
        seed: u64,
    },
    /// Back to the start with nothing answered (the best score is kept).
    StartAgain,
    /// Open this point of "Why it matters".
    Point(usize),
    /// Open or close a disclosure: a bit of [`AppState::open`].
    Toggle(u8),
}

impl AppState {
    pub fn new(content: &Content) -> Self {
        AppState {
            step: Step::Intro,
            sort: SortState::new(content.sort_tasks.len()),
            quiz: QuizState::new(&content.quiz),
            shuffle: content.quiz.shuffle,
            point: 0,
            open: 0,
        }
    }

    /// Whether the disclosure on `bit` is open.
    pub fn is_open(&self, bit: u8) -> bool {
        self.open & mask(bit) != 0
    }

    pub fn reduce(&self, content: &Content, action: Action) -> AppState {
        let mut next = self.clone();
        let index = self.step.index();
        match action {
            Action::Go(step) => next.step = step,
            Action::Next => {
                if let Some(&step) = Step::ALL.get(index + 1) {
                    next.step = step;
                }
            }
            Action::Back => {
                if index > 0 {
                    next.step = Step::ALL[index - 1];
                }
            }
            Action::Sort(task, side) => next.sort.answer(task, side),
            Action::SortReset => next.sort = SortState::new(content.sort_tasks.len()),
            Action::Quiz(action) => {
                next.quiz = self.quiz.apply(&content.quiz, action);
                // Finishing the last question opens the results.
                if next.quiz.finished && !self.quiz.finished {
                    next.step = Step::Results;
                }
            }
            Action::Retry { seed } => {
                next.quiz = self.quiz.apply(
                    &content.quiz,
                    QuizAction::Retry {
                        seed,
                        shuffle: self.shuffle,
                    },
                );
                next.step = Step::Quiz;
            }
            Action::StartAgain => {
                next.sort = SortState::new(content.sort_tasks.len());
                next.quiz = self.quiz.apply(&content.quiz, QuizAction::Reset);
                next.step = Step::Intro;
            }
            Action::Point(point) => next.point = point.min(content.why.len().saturating_sub(1)),
            Action::Toggle(bit) => next.open ^= mask(bit),
        }
        if next.step != self.step {
            next.point = 0;
            next.open &= mask(EMBED_CODE);
        }
        next
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = AppState::reduce(&self, &CONTENT, action);
        // Same Rc when nothing changed, so Yew skips the re-render.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> AppState {
        AppState::new(&CONTENT)
    }

    #[test]
    fn next_and_back_walk_the_steps_and_stop_at_the_ends() {
        let mut s = state();
        assert_eq!(s.reduce(&CONTENT, Action::Back).step, Step::Intro);
        for expected in &Step::ALL[1..] {
            s = s.reduce(&CONTENT, Action::Next);
            assert_eq!(s.step, *expected);
        }
        assert_eq!(s.reduce(&CONTENT, Action::Next).step, Step::Results);
        assert_eq!(s.reduce(&CONTENT, Action::Back).step, Step::Quiz);
    }

    #[test]
    fn any_step_can_be_reached_directly() {
        assert_eq!(
            state().reduce(&CONTENT, Action::Go(Step::Why)).step,
            Step::Why
        );
    }

    #[test]
    fn finishing_the_quiz_opens_the_results() {
        let mut s = state().reduce(&CONTENT, Action::Go(Step::Quiz));
        for _ in 0..CONTENT.quiz.questions.len() {
            s = s.reduce(&CONTENT, Action::Quiz(QuizAction::Select(0)));
            s = s.reduce(&CONTENT, Action::Quiz(QuizAction::Check));
            s = s.reduce(&CONTENT, Action::Quiz(QuizAction::Next));
        }
        assert!(s.quiz.finished);
        assert_eq!(s.step, Step::Results);
        let retried = s.reduce(&CONTENT, Action::Retry { seed: 3 });
        assert_eq!(retried.step, Step::Quiz);
        assert!(!retried.quiz.finished);
        assert_eq!(retried.quiz.best, s.quiz.best);
    }

    #[test]
    fn start_again_clears_answers_but_keeps_the_best_score() {
        let mut s = state();
        s.sort.answer(0, Side::Kpo);
        s.quiz.best = Some(9);
        s.step = Step::Results;
        let fresh = s.reduce(&CONTENT, Action::StartAgain);
        assert_eq!(fresh.step, Step::Intro);
        assert_eq!(fresh.sort.done(), 0);
        assert_eq!(fresh.quiz.best, Some(9));
    }

    #[test]
    fn the_why_point_stays_in_range_and_starts_over_on_another_step() {
        let s = state().reduce(&CONTENT, Action::Go(Step::Why));
        let s = s.reduce(&CONTENT, Action::Point(2));
        assert_eq!(s.point, 2);
        assert_eq!(
            s.reduce(&CONTENT, Action::Point(999)).point,
            CONTENT.why.len() - 1
        );
        let s = s
            .reduce(&CONTENT, Action::Next)
            .reduce(&CONTENT, Action::Back);
        assert_eq!((s.step, s.point), (Step::Why, 0));
    }

    #[test]
    fn disclosures_toggle_alone_and_fields_close_when_the_step_changes() {
        let s = state().reduce(&CONTENT, Action::Go(Step::Fields));
        let s = s
            .reduce(&CONTENT, Action::Toggle(0))
            .reduce(&CONTENT, Action::Toggle(3))
            .reduce(&CONTENT, Action::Toggle(EMBED_CODE));
        assert_eq!(s.open, 1 | 1 << 3 | 1 << EMBED_CODE);
        assert!(s.is_open(3) && s.is_open(EMBED_CODE) && !s.is_open(1) && !s.is_open(64));
        assert_eq!(
            s.reduce(&CONTENT, Action::Toggle(3)).open,
            1 | 1 << EMBED_CODE
        );
        // Past the word: nothing changes, nothing panics.
        assert_eq!(s.reduce(&CONTENT, Action::Toggle(64)), s);
        let s = s
            .reduce(&CONTENT, Action::Next)
            .reduce(&CONTENT, Action::Back);
        assert_eq!((s.step, s.open), (Step::Fields, 1 << EMBED_CODE));
    }

    #[test]
    fn retry_respects_turning_shuffle_off() {
        let mut s = state();
        s.shuffle = false;
        let retried = s.reduce(&CONTENT, Action::Retry { seed: 77 });
        assert_eq!(
            retried.quiz.order,
            rng::identity(CONTENT.quiz.questions.len())
        );
    }
}
