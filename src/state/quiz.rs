//! The quiz: one question at a time, graded only when the reader checks.

use kpo_content::{QuestionKind, Quiz};

use super::rng::{identity, shuffled, Rng};

/// Where the reader is in the quiz. Questions and options are kept by their
/// index in the content; `order` and `option_order` only decide display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizState {
    /// Question indices in the order they are asked.
    pub order: Vec<u8>,
    /// For each question (by content index), its options in display order.
    pub option_order: Vec<Vec<u8>>,
    /// Position in `order` of the question being asked.
    pub position: usize,
    /// The option chosen for the current question but not yet checked.
    pub selected: Option<u8>,
    /// The checked answer of each question, by content index.
    pub answers: Vec<Option<u8>>,
    pub finished: bool,
    /// Best number of correct answers over finished attempts.
    pub best: Option<u8>,
    /// Set when Check is pressed with nothing chosen, so the reader is told.
    pub nudge: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizAction {
    /// Choose option `n` (content index) of the current question.
    Select(u8),
    Check,
    /// Go on after checking; after the last question, finish.
    Next,
    /// Start another attempt, reshuffled from `seed` when `shuffle` is on.
    Retry {
        seed: u64,
        shuffle: bool,
    },
    /// Forget the attempt (but not the best score).
    Reset,
}

impl QuizState {
    /// A first attempt, in the author's order: it is the order the content
    /// was written to be read in, and it is the same before and after load.
    pub fn new(quiz: &Quiz) -> Self {
        QuizState {
            order: identity(quiz.questions.len()),
            option_order: quiz
                .questions
                .iter()
                .map(|q| identity(q.options.len()))
                .collect(),
            position: 0,
            selected: None,
            answers: vec![None; quiz.questions.len()],
            finished: false,
            best: None,
            nudge: false,
        }
    }

    /// An attempt whose question and option order come from `seed`.
    /// True/false options keep their order: "False, True" only confuses.
    pub fn shuffled(quiz: &Quiz, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        let order = shuffled(quiz.questions.len(), &mut rng);
        let option_order = quiz
            .questions
            .iter()
            .map(|q| match q.kind {
                QuestionKind::TrueFalse => identity(q.options.len()),
                QuestionKind::SingleChoice => shuffled(q.options.len(), &mut rng),
            })
            .collect();
        QuizState {
            order,
            option_order,
            ..QuizState::new(quiz)
        }
    }

    /// Content index of the question being asked.
    pub fn current(&self) -> Option<usize> {
        self.order.get(self.position).map(|&q| q as usize)
    }

    /// Whether the current question has been checked.
    pub fn checked(&self) -> bool {
        self.current()
            .and_then(|q| self.answers.get(q))
            .is_some_and(|a| a.is_some())
    }

    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Whether the checked answer to `question` (by content index) is
    /// right; `None` while it is unanswered. The one place an answer is
    /// graded: the score, the feedback and the live region all ask here.
    pub fn graded(&self, quiz: &Quiz, question: usize) -> Option<bool> {
        let option = (*self.answers.get(question)?)?;
        Some(
            quiz.questions
                .get(question)?
                .options
                .get(option as usize)
                .is_some_and(|o| o.correct),
        )
    }

    pub fn correct(&self, quiz: &Quiz) -> usize {
        (0..self.answers.len())
            .filter(|&q| self.graded(quiz, q) == Some(true))
            .count()
    }

    /// Whether the current question is the last one.
    pub fn on_last(&self) -> bool {
        self.position + 1 >= self.order.len()
    }

    pub fn apply(&self, quiz: &Quiz, action: QuizAction) -> QuizState {
        let mut next = self.clone();
        next.nudge = false;
        match action {
            QuizAction::Select(option) => {
                let valid = self
                    .current()
                    .is_some_and(|q| (option as usize) < quiz.questions[q].options.len());
                if valid && !self.checked() && !self.finished {
                    next.selected = Some(option);
                }
            }
            QuizAction::Check => match (self.current(), self.selected) {
                _ if self.checked() || self.finished => {}
                (Some(q), Some(option)) => {
                    next.answers[q] = Some(option);
                    next.selected = None;
                }
                (Some(_), None) => next.nudge = true,
                (None, _) => {}
            },
            QuizAction::Next => {
                if self.checked() && !self.finished {
                    if self.on_last() {
                        next.finished = true;
                        let score = self.correct(quiz) as u8;
                        next.best = Some(self.best.map_or(score, |b| b.max(score)));
                    } else {
                        next.position += 1;
                    }
                }
            }
            QuizAction::Retry { seed, shuffle } => {
                next = if shuffle {
                    QuizState::shuffled(quiz, seed)
                } else {
                    QuizState::new(quiz)
                };
                next.best = self.best;
            }
            QuizAction::Reset => {
                next = QuizState::new(quiz);
                next.best = self.best;
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Words;

    fn quiz() -> &'static Quiz {
        &Words::english().content().quiz
    }

    fn right_option(q: usize) -> u8 {
        quiz().questions[q]
            .options
            .iter()
            .position(|o| o.correct)
            .unwrap() as u8
    }

    fn wrong_option(q: usize) -> u8 {
        quiz().questions[q]
            .options
            .iter()
            .position(|o| !o.correct)
            .unwrap() as u8
    }

    /// Answers every question, right when `right(i)` for the i-th asked.
    fn run_through(mut s: QuizState, right: impl Fn(usize) -> bool) -> QuizState {
        for i in 0..s.order.len() {
            let q = s.current().unwrap();
            let option = if right(i) {
                right_option(q)
            } else {
                wrong_option(q)
            };
            s = s.apply(quiz(), QuizAction::Select(option));
            s = s.apply(quiz(), QuizAction::Check);
            s = s.apply(quiz(), QuizAction::Next);
        }
        s
    }

    #[test]
    fn choosing_alone_does_not_grade() {
        let s = QuizState::new(quiz()).apply(quiz(), QuizAction::Select(0));
        assert_eq!(s.selected, Some(0));
        assert!(!s.checked());
        assert_eq!(s.answered(), 0);
    }

    #[test]
    fn check_without_a_choice_nudges_and_grades_nothing() {
        let s = QuizState::new(quiz()).apply(quiz(), QuizAction::Check);
        assert!(s.nudge);
        assert_eq!(s.answered(), 0);
        // The nudge goes away with the next action.
        assert!(!s.apply(quiz(), QuizAction::Select(1)).nudge);
    }

    #[test]
    fn check_grades_and_next_moves_on() {
        let q = 0;
        let s = QuizState::new(quiz())
            .apply(quiz(), QuizAction::Select(right_option(q)))
            .apply(quiz(), QuizAction::Check);
        assert!(s.checked());
        assert_eq!(s.correct(quiz()), 1);
        // A checked answer can't be changed.
        let changed = s.apply(quiz(), QuizAction::Select(wrong_option(q)));
        assert_eq!(changed.answers[q], Some(right_option(q)));
        let s = s.apply(quiz(), QuizAction::Next);
        assert_eq!(s.position, 1);
        assert!(!s.checked());
    }

    #[test]
    fn next_before_check_does_nothing() {
        let s = QuizState::new(quiz()).apply(quiz(), QuizAction::Select(0));
        assert_eq!(s.apply(quiz(), QuizAction::Next).position, 0);
    }

    #[test]
    fn scores_a_whole_attempt_and_keeps_the_best() {
        let n = quiz().questions.len();
        let s = run_through(QuizState::new(quiz()), |i| i % 2 == 0);
        assert!(s.finished);
        assert_eq!(s.correct(quiz()), n.div_ceil(2));
        assert_eq!(s.best, Some(n.div_ceil(2) as u8));

        // A worse retry keeps the best; a better one raises it.
        let worse = run_through(
            s.apply(
                quiz(),
                QuizAction::Retry {
                    seed: 1,
                    shuffle: true,
                },
            ),
            |_| false,
        );
        assert_eq!(worse.best, Some(n.div_ceil(2) as u8));
        let better = run_through(
            worse.apply(
                quiz(),
                QuizAction::Retry {
                    seed: 2,
                    shuffle: true,
                },
            ),
            |_| true,
        );
        assert_eq!(better.best, Some(n as u8));
    }

    #[test]
    fn retry_reshuffles_questions_and_options_but_not_true_false() {
        let s = QuizState::new(quiz()).apply(
            quiz(),
            QuizAction::Retry {
                seed: 99,
                shuffle: true,
            },
        );
        assert_ne!(s.order, identity(quiz().questions.len()));
        let mut sorted = s.order.clone();
        sorted.sort();
        assert_eq!(sorted, identity(quiz().questions.len()));
        for (q, question) in quiz().questions.iter().enumerate() {
            if question.kind == QuestionKind::TrueFalse {
                assert_eq!(s.option_order[q], identity(2));
            }
        }
        assert!(quiz()
            .questions
            .iter()
            .enumerate()
            .any(|(q, _)| s.option_order[q] != identity(quiz().questions[q].options.len())));
    }

    #[test]
    fn retry_without_shuffle_keeps_the_authors_order() {
        let s = QuizState::new(quiz()).apply(
            quiz(),
            QuizAction::Retry {
                seed: 99,
                shuffle: false,
            },
        );
        assert_eq!(s, QuizState::new(quiz()));
    }

    #[test]
    fn an_option_out_of_range_is_ignored() {
        let s = QuizState::new(quiz()).apply(quiz(), QuizAction::Select(200));
        assert_eq!(s.selected, None);
    }
}
