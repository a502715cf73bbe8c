//! What the widget's one polite live region is to say, as the reducer
//! decides it from the state change ([`after_quiz`], and the sorting
//! action). Its words for a state are [`super::announce`]'s, which reads the
//! whole state; this module reads none of it, so the state can hold a
//! [`Said`] without the two modules using each other.

use super::quiz::QuizState;

/// Something worth telling a screen reader user that the screen shows
/// without moving focus to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Said {
    /// A task was sorted: its verdict, its reason and the running tally.
    Sorted {
        task: usize,
        right: bool,
    },
    /// An answer was checked: its verdict and its feedback.
    Checked {
        question: usize,
        option: u8,
    },
    /// Check was pressed with nothing chosen.
    ChooseFirst,
    /// Place was pressed before the task's slider was moved.
    PlaceFirst,
    /// The embed code was copied, or could not be and is selected instead.
    Copied,
    CopyFailed,
}

/// What a quiz action gives to say: a checked answer's verdict, or the nudge
/// to choose one first.
pub fn after_quiz(before: &QuizState, after: &QuizState) -> Option<Said> {
    if after.nudge {
        return Some(Said::ChooseFirst);
    }
    let question = after.current()?;
    match (before.answers.get(question), after.answers.get(question)) {
        (Some(None), Some(Some(option))) => Some(Said::Checked {
            question,
            option: *option,
        }),
        _ => None,
    }
}
