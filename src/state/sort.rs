//! The sorting exercise: which side the reader put each task on.

use kpo_content::{Side, SortTask};

/// The reader's answer for each task, by task index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SortState {
    pub answers: Vec<Option<Side>>,
}

impl SortState {
    pub fn new(tasks: usize) -> Self {
        SortState {
            answers: vec![None; tasks],
        }
    }

    /// Puts task `index` on `side`. Changing one's mind is allowed: this is
    /// practice, not a test.
    pub fn answer(&mut self, index: usize, side: Side) {
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some(side);
        }
    }

    pub fn done(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    pub fn correct(&self, tasks: &[SortTask]) -> usize {
        self.answers
            .iter()
            .zip(tasks)
            .filter(|(a, t)| **a == Some(t.answer))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Words;

    #[test]
    fn counts_done_and_right() {
        let tasks = Words::english().sort_tasks;
        let mut s = SortState::new(tasks.len());
        assert_eq!((s.done(), s.correct(tasks)), (0, 0));
        s.answer(0, tasks[0].answer);
        let wrong = match tasks[1].answer {
            Side::Bpo => Side::Kpo,
            Side::Kpo => Side::Bpo,
        };
        s.answer(1, wrong);
        assert_eq!((s.done(), s.correct(tasks)), (2, 1));
        // Changing an answer replaces it.
        s.answer(1, tasks[1].answer);
        assert_eq!((s.done(), s.correct(tasks)), (2, 2));
    }

    #[test]
    fn an_index_out_of_range_changes_nothing() {
        let mut s = SortState::new(2);
        s.answer(5, Side::Kpo);
        assert_eq!(s, SortState::new(2));
    }
}
