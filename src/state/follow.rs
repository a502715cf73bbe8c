//! Following the reader: where focus goes and what the host page is told
//! when the state changes. Pure functions of the state before and after, so
//! the rules are tested natively; `App` only applies them.

use kpo_content::Step;

use super::AppState;

/// Where the reader is, as far as focus and the host page care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub step: Step,
    /// Position in the quiz, and whether its question is checked.
    pub position: usize,
    pub checked: bool,
    /// The open point of "Why it matters".
    pub point: usize,
    pub finished: bool,
    pub score: usize,
    pub total: usize,
    pub passed: bool,
    /// The current question's checked answer: the question's content index
    /// and the option chosen.
    pub answer: Option<(usize, u8)>,
    /// How many questions of this attempt are checked.
    pub answered: usize,
    /// The warm-up's right guesses, `None` when it was skipped.
    pub warmup: Option<usize>,
}

impl Place {
    pub fn of(state: &AppState) -> Place {
        let quiz = &state.quiz;
        let words = &state.words.quiz;
        let (score, total) = (quiz.correct(words), words.questions.len());
        Place {
            step: state.step,
            position: quiz.position,
            checked: quiz.checked(),
            point: state.point,
            finished: quiz.finished,
            score,
            total,
            passed: words.passed(score, total),
            answer: quiz
                .current()
                .and_then(|q| Some((q, (*quiz.answers.get(q)?)?))),
            answered: quiz.answered(),
            warmup: state.before_after().0.map(|(right, _)| right),
        }
    }
}

/// An element focus can move to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The new step's heading, when the step changes.
    StepHeading,
    /// The new question's heading, when the reader moves on in the quiz.
    QuestionHeading,
    /// The button that replaced Check, once an answer is checked.
    NextButton,
    /// The heading of the point of "Why it matters" the reader opened.
    PointHeading,
}

/// Where focus goes after the reader moved from `before` to `now`. Nothing
/// moves on the first render (`before` is `None`): the reader hasn't moved,
/// and an embedded widget must not steal focus from its host page.
pub fn focus(before: Option<Place>, now: Place) -> Option<Focus> {
    let before = before?;
    if now.step != before.step {
        Some(Focus::StepHeading)
    } else if now.step == Step::Quiz && now.position != before.position {
        Some(Focus::QuestionHeading)
    } else if now.step == Step::Quiz && now.checked && !before.checked {
        Some(Focus::NextButton)
    } else if now.step == Step::Why && now.point != before.point {
        Some(Focus::PointHeading)
    } else {
        None
    }
}

/// What the widget tells its host page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Step {
        step: &'static str,
        index: usize,
        total: usize,
    },
    Complete {
        score: usize,
        total: usize,
        passed: bool,
        /// The warm-up's right guesses, `None` when it was skipped.
        warmup: Option<usize>,
    },
    /// An answer just checked: the question's id, the option (its index in
    /// the content, the same in every language), whether it is right, and
    /// whether it is the attempt's first.
    Answer {
        question: usize,
        option: u8,
        right: bool,
        first: bool,
    },
}

/// The host page hears of every step change, every answer checked and the
/// quiz's completion, never of the first render.
pub fn reports(before: Option<Place>, now: Place) -> Vec<Report> {
    let Some(before) = before else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if now.step != before.step {
        out.push(Report::Step {
            step: now.step.id(),
            index: now.step.index(),
            total: Step::ALL.len(),
        });
    }
    if let (Some((question, option)), None) = (now.answer, before.answer) {
        if now.answered == before.answered + 1 {
            out.push(Report::Answer {
                question,
                option,
                right: now.score == before.score + 1,
                first: now.answered == 1,
            });
        }
    }
    if now.finished && !before.finished {
        out.push(Report::Complete {
            score: now.score,
            total: now.total,
            passed: now.passed,
            warmup: now.warmup,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Words;
    use crate::state::quiz::QuizAction;
    use crate::state::Action;

    fn at(step: Step) -> AppState {
        AppState::new(Words::english()).reduce(Action::Go(step))
    }

    /// Focus and reports for one action from `state`.
    fn after(state: &AppState, action: Action) -> (AppState, Option<Focus>, Vec<Report>) {
        let next = state.reduce(action);
        let (before, now) = (Place::of(state), Place::of(&next));
        (next, focus(Some(before), now), reports(Some(before), now))
    }

    #[test]
    fn nothing_moves_or_is_told_on_the_first_render() {
        let now = Place::of(&at(Step::Quiz));
        assert_eq!((focus(None, now), reports(None, now)), (None, vec![]));
    }

    #[test]
    fn a_step_change_focuses_its_heading_and_is_reported() {
        let (_, focus, reports) = after(&at(Step::Intro), Action::Next);
        assert_eq!(focus, Some(Focus::StepHeading));
        assert_eq!(
            reports,
            vec![Report::Step {
                step: "definitions",
                index: 1,
                total: Step::ALL.len()
            }]
        );
    }

    #[test]
    fn in_the_quiz_focus_goes_to_next_after_check_then_to_the_new_question() {
        let s = at(Step::Quiz).reduce(Action::Quiz(QuizAction::Select(0)));
        let (s, f, r) = after(&s, Action::Quiz(QuizAction::Check));
        let right = s.words.quiz.questions[0].options[0].correct;
        assert_eq!(
            (f, r),
            (
                Some(Focus::NextButton),
                vec![Report::Answer {
                    question: 0,
                    option: 0,
                    right,
                    first: true
                }]
            )
        );
        let (s, f, r) = after(&s, Action::Quiz(QuizAction::Next));
        assert_eq!((f, r), (Some(Focus::QuestionHeading), vec![]));
        // The second answer is not the attempt's first.
        let s = s.reduce(Action::Quiz(QuizAction::Select(1)));
        let (_, _, r) = after(&s, Action::Quiz(QuizAction::Check));
        assert!(
            matches!(
                r[..],
                [Report::Answer {
                    question: 1,
                    option: 1,
                    first: false,
                    ..
                }]
            ),
            "{r:?}"
        );
    }

    #[test]
    fn check_with_nothing_chosen_leaves_focus_on_check() {
        let (_, f, _) = after(&at(Step::Quiz), Action::Quiz(QuizAction::Check));
        assert_eq!(f, None);
    }

    #[test]
    fn opening_another_point_focuses_its_heading() {
        let (s, f, _) = after(&at(Step::Why), Action::Point(2));
        assert_eq!(f, Some(Focus::PointHeading));
        let (_, f, _) = after(&s, Action::Point(2));
        assert_eq!(f, None, "the same point again moves nothing");
    }

    #[test]
    fn finishing_the_quiz_reports_the_score_and_focuses_the_results() {
        let mut s = at(Step::Quiz);
        let n = s.words.quiz.questions.len();
        for _ in 0..n - 1 {
            s = s
                .reduce(Action::Quiz(QuizAction::Select(0)))
                .reduce(Action::Quiz(QuizAction::Check))
                .reduce(Action::Quiz(QuizAction::Next));
        }
        let s = s
            .reduce(Action::Quiz(QuizAction::Select(0)))
            .reduce(Action::Quiz(QuizAction::Check));
        let (done, f, mut r) = after(&s, Action::Quiz(QuizAction::Next));
        r.retain(|r| !matches!(r, Report::Answer { .. }));
        let score = done.quiz.correct(&done.words.quiz);
        assert_eq!(f, Some(Focus::StepHeading));
        assert_eq!(
            r,
            vec![
                Report::Step {
                    step: "results",
                    index: Step::Results.index(),
                    total: Step::ALL.len()
                },
                Report::Complete {
                    score,
                    total: n,
                    passed: done.words.quiz.passed(score, n),
                    warmup: None,
                }
            ]
        );
    }
}
