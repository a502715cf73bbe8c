//! Plain-Rust state and reducers, tested natively without a browser.
//!
//! [`AppState`] carries the content it is about ([`Words`]), so a test can
//! drive it with any content and a widget can switch language without
//! losing its place. Everything a view shows and everything the widget says
//! or focuses follows from the state: the reducer grades an answer and
//! decides what the live region says ([`said`]), and [`announce`] puts it
//! in words; [`follow`] decides where focus goes and what the host page is
//! told. A module below reads the state, or the state uses it: never both
//! (xtask/src/modules.rs checks).

pub mod announce;
pub mod follow;
pub mod quiz;
pub mod rng;
pub mod said;
pub mod saved;
pub mod sort;

use std::rc::Rc;

use kpo_content::{Side, Step};
use yew::Reducible;

use crate::content::Words;
use quiz::{QuizAction, QuizState};
use said::Said;
use sort::{Answer, SortState};

/// Everything about the reader's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    /// The words the widget shows; every index below points into them.
    pub words: Words,
    pub step: Step,
    /// The reader's guesses in the warm-up, by task: not graded there,
    /// compared with the quiz's new cases at the end.
    pub warmup: Vec<Option<Side>>,
    pub sort: SortState,
    pub quiz: QuizState,
    /// Whether Retry reshuffles the quiz (content default; embedders may
    /// turn it off).
    pub shuffle: bool,
    /// The point of "Why it matters" being read. Back to the first whenever
    /// the step changes; not saved.
    pub point: usize,
    /// The disclosures that are open: the list of steps closes when the
    /// step changes; the embed code, outside the steps, stays as the reader
    /// left it. Not saved.
    pub open: Vec<Panel>,
    /// What the live region says about the last action, if anything.
    pub said: Option<Said>,
    /// Counts what has been said, so saying the same thing twice still
    /// changes the live region and is read again.
    pub said_count: u32,
}

/// A part of the widget that opens and closes on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The "Embed this" code.
    EmbedCode,
    /// The list of steps, behind its button on a narrow widget.
    Steps,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Go(Step),
    Next,
    Back,
    /// A guess in the warm-up.
    Warmup(usize, Side),
    /// A practice task named BPO, ITO or KPO.
    Sort(usize, Side),
    /// A practice task's slider moved to this place on the range.
    Draft(usize, u8),
    /// A practice task placed where its slider stands.
    Place(usize),
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
    /// Open or close a disclosure.
    Toggle(Panel),
    /// Say something that happened outside the state (the clipboard's
    /// answer).
    Say(Said),
    /// Show these words instead, keeping the reader's place and answers
    /// (ignored unless they have the same tasks and questions).
    Language(Words),
}

impl AppState {
    pub fn new(words: Words) -> Self {
        AppState {
            words,
            step: Step::Intro,
            warmup: vec![None; words.intro.warmup.tasks.len()],
            sort: SortState::new(words.sort_tasks.len()),
            quiz: QuizState::new(&words.quiz),
            shuffle: words.quiz.shuffle,
            point: 0,
            open: Vec::new(),
            said: None,
            said_count: 0,
        }
    }

    /// Whether a disclosure is open.
    pub fn is_open(&self, panel: Panel) -> bool {
        self.open.contains(&panel)
    }

    /// How the reader did at the start and at the end: the warm-up's right
    /// guesses out of its tasks (`None` when it was skipped), and the quiz's
    /// new cases answered right out of all of them.
    pub fn before_after(&self) -> (Option<(usize, usize)>, (usize, usize)) {
        let words = self.words;
        let tasks = words.intro.warmup.tasks;
        let guessed = self.warmup.iter().any(Option::is_some);
        let warmup = guessed.then(|| {
            let right = self
                .warmup
                .iter()
                .zip(tasks)
                .filter(|(g, t)| **g == Some(t.answer))
                .count();
            (right, tasks.len())
        });
        (warmup, self.quiz_right(|_| true))
    }

    /// The quiz's new cases from the middle of the range, the hardest to
    /// tell: answered right, out of all of them.
    pub fn middle_cases(&self) -> (usize, usize) {
        self.quiz_right(|q| q.position.is_some_and(|p| kpo_content::MIDDLE.contains(&p)))
    }

    /// The quiz's new cases that pass `filter`: answered right, out of all
    /// of them.
    fn quiz_right(&self, filter: impl Fn(&kpo_content::Question) -> bool) -> (usize, usize) {
        let quiz = &self.words.quiz;
        let cases: Vec<usize> = (0..quiz.questions.len())
            .filter(|&q| {
                let q = &quiz.questions[q];
                q.checks == kpo_content::Checks::NewCase && filter(q)
            })
            .collect();
        let right = cases
            .iter()
            .filter(|&&q| self.quiz.graded(quiz, q) == Some(true))
            .count();
        (right, cases.len())
    }

    pub fn reduce(&self, action: Action) -> AppState {
        let words = self.words;
        let mut next = self.clone();
        let mut said = None;
        next.sort.nudge = None;
        match action {
            Action::Go(step) => next.step = step,
            Action::Next => next.step = self.step.next().unwrap_or(self.step),
            Action::Back => next.step = self.step.previous().unwrap_or(self.step),
            Action::Sort(task, side) => {
                next.sort.name(task, side);
                if let Some(t) = words.sort_tasks.get(task) {
                    said = Some(Said::Sorted {
                        task,
                        right: Answer::Named(side).is_right(t),
                    });
                }
            }
            Action::Draft(task, at) => next.sort.draft(task, at),
            Action::Place(task) => match (next.sort.place(task), words.sort_tasks.get(task)) {
                (Some(at), Some(t)) => {
                    said = Some(Said::Sorted {
                        task,
                        right: Answer::Placed(at).is_right(t),
                    })
                }
                (None, Some(_)) => {
                    next.sort.nudge = Some(task);
                    said = Some(Said::PlaceFirst);
                }
                _ => {}
            },
            Action::Warmup(task, side) => {
                if let Some(slot) = next.warmup.get_mut(task) {
                    *slot = Some(side);
                }
            }
            Action::SortReset => next.sort = SortState::new(words.sort_tasks.len()),
            Action::Quiz(action) => {
                next.quiz = self.quiz.apply(&words.quiz, action);
                said = said::after_quiz(&self.quiz, &next.quiz);
                // Finishing the last question opens the results.
                if next.quiz.finished && !self.quiz.finished {
                    next.step = Step::Results;
                }
            }
            Action::Retry { seed } => {
                next.quiz = self.quiz.apply(
                    &words.quiz,
                    QuizAction::Retry {
                        seed,
                        shuffle: self.shuffle,
                    },
                );
                next.step = Step::Quiz;
            }
            Action::StartAgain => {
                next.warmup = vec![None; words.intro.warmup.tasks.len()];
                next.sort = SortState::new(words.sort_tasks.len());
                next.quiz = self.quiz.apply(&words.quiz, QuizAction::Reset);
                next.step = Step::Intro;
            }
            Action::Point(point) => next.point = point.min(words.why.len().saturating_sub(1)),
            Action::Toggle(panel) => {
                if let Some(i) = next.open.iter().position(|p| *p == panel) {
                    next.open.remove(i);
                } else {
                    next.open.push(panel);
                }
            }
            Action::Say(s) => said = Some(s),
            Action::Language(other) => {
                if same_structure(&words, &other) {
                    next.words = other;
                }
            }
        }
        if next.step != self.step {
            next.point = 0;
            // A step chosen from the list closes it.
            next.open.retain(|p| *p != Panel::Steps);
        }
        next.said = said;
        if said.is_some() {
            next.said_count = self.said_count.wrapping_add(1);
        }
        next
    }
}

/// Whether every index the state keeps into `a` means the same in `b`.
/// The build checks that its translations match; this guards against a
/// text from another deployment (an old one in a cache).
fn same_structure(a: &kpo_content::Content, b: &kpo_content::Content) -> bool {
    let options = |c: &kpo_content::Content| {
        c.quiz
            .questions
            .iter()
            .map(|q| q.options.len())
            .collect::<Vec<_>>()
    };
    a.intro.warmup.tasks.len() == b.intro.warmup.tasks.len()
        && a.sort_tasks.len() == b.sort_tasks.len()
        && a.fields.len() == b.fields.len()
        && a.why.len() == b.why.len()
        && options(a) == options(b)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = AppState::reduce(&self, action);
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
        AppState::new(Words::english())
    }

    #[test]
    fn another_language_keeps_the_place_and_every_answer() {
        let s = state()
            .reduce(Action::Warmup(0, Side::Kpo))
            .reduce(Action::Sort(2, Side::Bpo))
            .reduce(Action::Go(Step::Why))
            .reduce(Action::Point(3));
        let fil = Words::built("fil").expect("the build has content/fil.toml");
        let t = s.reduce(Action::Language(fil));
        assert_eq!(t.words, fil);
        assert_eq!(
            (t.step, t.point, &t.warmup, &t.sort, &t.quiz),
            (s.step, s.point, &s.warmup, &s.sort, &s.quiz)
        );
        assert_eq!(t.said, None);
        assert_eq!(t.reduce(Action::Language(s.words)), s);
    }

    /// Natively only: encoding needs the parser's side of the codec.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn words_of_another_shape_are_refused() {
        // A text from another deployment: one sort task fewer.
        let english = Words::english();
        let mut other = *english.content();
        other.sort_tasks = &english.content().sort_tasks[1..];
        let text = kpo_content::codec::encode(&other, english.languages());
        let other = Words::decode(text).unwrap();
        let last = english.sort_tasks.len() - 1;
        let s = state().reduce(Action::Sort(last, Side::Kpo));
        let t = s.reduce(Action::Language(other));
        assert_eq!((t.words, &t.sort), (s.words, &s.sort));
    }

    #[test]
    fn next_and_back_walk_the_steps_and_stop_at_the_ends() {
        let mut s = state();
        assert_eq!(s.reduce(Action::Back).step, Step::Intro);
        for expected in &Step::ALL[1..] {
            s = s.reduce(Action::Next);
            assert_eq!(s.step, *expected);
        }
        assert_eq!(s.reduce(Action::Next).step, Step::Results);
        assert_eq!(s.reduce(Action::Back).step, Step::Quiz);
    }

    #[test]
    fn any_step_can_be_reached_directly() {
        assert_eq!(state().reduce(Action::Go(Step::Why)).step, Step::Why);
    }

    #[test]
    fn finishing_the_quiz_opens_the_results() {
        let mut s = state().reduce(Action::Go(Step::Quiz));
        for _ in 0..s.words.quiz.questions.len() {
            s = s.reduce(Action::Quiz(QuizAction::Select(0)));
            s = s.reduce(Action::Quiz(QuizAction::Check));
            s = s.reduce(Action::Quiz(QuizAction::Next));
        }
        assert!(s.quiz.finished);
        assert_eq!(s.step, Step::Results);
        let retried = s.reduce(Action::Retry { seed: 3 });
        assert_eq!(retried.step, Step::Quiz);
        assert!(!retried.quiz.finished);
        assert_eq!(retried.quiz.best, s.quiz.best);
    }

    #[test]
    fn start_again_clears_answers_but_keeps_the_best_score() {
        let mut s = state();
        s.sort.name(0, Side::Kpo);
        s.quiz.best = Some(9);
        s.step = Step::Results;
        let fresh = s.reduce(Action::StartAgain);
        assert_eq!(fresh.step, Step::Intro);
        assert_eq!(fresh.sort.done(), 0);
        assert_eq!(fresh.quiz.best, Some(9));
    }

    #[test]
    fn the_why_point_stays_in_range_and_starts_over_on_another_step() {
        let s = state().reduce(Action::Go(Step::Why));
        let s = s.reduce(Action::Point(2));
        assert_eq!(s.point, 2);
        assert_eq!(s.reduce(Action::Point(999)).point, s.words.why.len() - 1);
        let s = s.reduce(Action::Next).reduce(Action::Back);
        assert_eq!((s.step, s.point), (Step::Why, 0));
    }

    #[test]
    fn the_list_of_steps_closes_once_a_step_is_chosen() {
        let s = state().reduce(Action::Toggle(Panel::Steps));
        assert!(s.is_open(Panel::Steps));
        assert!(!s.reduce(Action::Go(Step::Quiz)).is_open(Panel::Steps));
        // Choosing the step the reader is on keeps it open.
        assert!(s.reduce(Action::Go(Step::Intro)).is_open(Panel::Steps));
    }

    #[test]
    fn the_embed_code_toggles_and_stays_as_left_across_steps() {
        let s = state().reduce(Action::Toggle(Panel::EmbedCode));
        assert!(s.is_open(Panel::EmbedCode));
        let s = s.reduce(Action::Next).reduce(Action::Back);
        assert!(s.is_open(Panel::EmbedCode));
        assert!(!s
            .reduce(Action::Toggle(Panel::EmbedCode))
            .is_open(Panel::EmbedCode));
    }

    #[test]
    fn the_warmup_is_kept_until_start_again_and_compared_with_the_new_cases() {
        let s = state();
        let tasks = s.words.intro.warmup.tasks;
        assert_eq!(s.before_after().0, None, "nothing guessed: skipped");
        let wrong = |side: Side| match side {
            Side::Bpo => Side::Kpo,
            _ => Side::Bpo,
        };
        let s = s
            .reduce(Action::Warmup(0, tasks[0].answer))
            .reduce(Action::Warmup(1, wrong(tasks[1].answer)))
            .reduce(Action::Warmup(9, Side::Kpo));
        assert_eq!(s.before_after().0, Some((1, tasks.len())));
        // Every new case answered right, every other question wrong.
        let quiz = &s.words.quiz;
        let mut s = s.reduce(Action::Go(Step::Quiz));
        for _ in 0..quiz.questions.len() {
            let q = &quiz.questions[s.quiz.current().unwrap()];
            let pick = q
                .options
                .iter()
                .position(|o| o.correct == (q.checks == kpo_content::Checks::NewCase))
                .unwrap() as u8;
            s = s
                .reduce(Action::Quiz(QuizAction::Select(pick)))
                .reduce(Action::Quiz(QuizAction::Check))
                .reduce(Action::Quiz(QuizAction::Next));
        }
        let new = quiz
            .questions
            .iter()
            .filter(|q| q.checks == kpo_content::Checks::NewCase)
            .count();
        assert_eq!(s.before_after(), (Some((1, tasks.len())), (new, new)));
        assert_eq!(s.reduce(Action::StartAgain).before_after().0, None);
    }

    #[test]
    fn retry_respects_turning_shuffle_off() {
        let mut s = state();
        s.shuffle = false;
        let retried = s.reduce(Action::Retry { seed: 77 });
        assert_eq!(
            retried.quiz.order,
            rng::identity(s.words.quiz.questions.len())
        );
    }
}
