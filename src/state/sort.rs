//! The practice step: where the reader placed each task on the range, or
//! what they named it.

use kpo_content::{Side, SortTask, TaskKind};

/// A reader's answer to one practice task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Named BPO, ITO or KPO.
    Named(Side),
    /// Placed on the range, 0 to 100.
    Placed(u8),
}

impl Answer {
    /// Whether it is right for `task`: the same name, or a place within the
    /// tolerance. An answer of the other kind is never right.
    pub fn is_right(self, task: &SortTask) -> bool {
        match (self, task.kind) {
            (Answer::Named(side), TaskKind::Name) => task.answer == Some(side),
            (Answer::Placed(p), TaskKind::Place) => task.placed_right(p),
            _ => false,
        }
    }
}

/// The reader's answers, by task index, and where each slider stands before
/// its task is placed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SortState {
    pub answers: Vec<Option<Answer>>,
    /// Where the reader has moved each task's slider (not saved: a reload
    /// shows the placed answer, or an untouched slider).
    pub drafts: Vec<Option<u8>>,
    /// The task whose Place was pressed before its slider was moved, so the
    /// reader is told to move it first.
    pub nudge: Option<usize>,
}

impl SortState {
    pub fn new(tasks: usize) -> Self {
        SortState {
            answers: vec![None; tasks],
            drafts: vec![None; tasks],
            nudge: None,
        }
    }

    /// Names task `index`. Changing one's mind is allowed: this is
    /// practice, not a test.
    pub fn name(&mut self, index: usize, side: Side) {
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some(Answer::Named(side));
        }
    }

    /// Moves task `index`'s slider to `position` (clamped to the range).
    pub fn draft(&mut self, index: usize, position: u8) {
        if let Some(slot) = self.drafts.get_mut(index) {
            *slot = Some(position.min(100));
        }
    }

    /// Places task `index` where its slider stands, or, when the slider
    /// hasn't moved, asks for that first. Returns the placement made.
    pub fn place(&mut self, index: usize) -> Option<u8> {
        let at = self.slider(index)?;
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some(Answer::Placed(at));
        }
        Some(at)
    }

    /// Where task `index`'s slider stands: moved, or left where the last
    /// placement put it.
    pub fn slider(&self, index: usize) -> Option<u8> {
        let placed = match self.answers.get(index).copied().flatten() {
            Some(Answer::Placed(p)) => Some(p),
            _ => None,
        };
        self.drafts.get(index).copied().flatten().or(placed)
    }

    pub fn done(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    pub fn correct(&self, tasks: &[SortTask]) -> usize {
        self.answers
            .iter()
            .zip(tasks)
            .filter(|(a, t)| a.is_some_and(|a| a.is_right(t)))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Words;

    fn index_of(tasks: &[SortTask], kind: TaskKind) -> usize {
        tasks.iter().position(|t| t.kind == kind).unwrap()
    }

    #[test]
    fn counts_done_and_right_for_both_kinds() {
        let tasks = Words::english().sort_tasks;
        let (named, placed) = (
            index_of(tasks, TaskKind::Name),
            index_of(tasks, TaskKind::Place),
        );
        let mut s = SortState::new(tasks.len());
        assert_eq!((s.done(), s.correct(tasks)), (0, 0));
        s.name(named, tasks[named].answer.unwrap());
        let far = if tasks[placed].position > 50 { 0 } else { 100 };
        s.draft(placed, far);
        assert_eq!(s.place(placed), Some(far));
        assert_eq!((s.done(), s.correct(tasks)), (2, 1));
        // Placing again where the guide puts it replaces the answer.
        s.draft(placed, tasks[placed].position);
        s.place(placed);
        assert_eq!((s.done(), s.correct(tasks)), (2, 2));
    }

    #[test]
    fn a_placement_is_right_within_the_tolerance_and_only_for_its_kind() {
        let tasks = Words::english().sort_tasks;
        let i = index_of(tasks, TaskKind::Place);
        let t = &tasks[i];
        let edge = t
            .position
            .saturating_add(kpo_content::PLACE_TOLERANCE)
            .min(100);
        assert!(Answer::Placed(edge).is_right(t));
        if t.position + kpo_content::PLACE_TOLERANCE < 100 {
            assert!(!Answer::Placed(edge + 1).is_right(t));
        }
        assert!(!Answer::Named(Side::Bpo).is_right(t));
        let named = &tasks[index_of(tasks, TaskKind::Name)];
        assert!(!Answer::Placed(named.position).is_right(named));
    }

    #[test]
    fn placing_an_untouched_slider_places_nothing() {
        let mut s = SortState::new(3);
        assert_eq!(s.place(1), None);
        assert_eq!(s.done(), 0);
        s.draft(1, 250);
        assert_eq!(s.place(1), Some(100));
        // The slider stays where it was placed once the draft is gone.
        s.drafts[1] = None;
        assert_eq!(s.slider(1), Some(100));
    }

    #[test]
    fn an_index_out_of_range_changes_nothing() {
        let mut s = SortState::new(2);
        s.name(5, Side::Kpo);
        s.draft(5, 40);
        assert_eq!(s.place(5), None);
        assert_eq!(s, SortState::new(2));
    }
}
