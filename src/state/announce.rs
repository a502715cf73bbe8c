//! The words of the widget's one polite live region for a state, from what
//! the reducer decided to say ([`Said`]); the view only renders
//! [`announcement`].

use kpo_content::fill;

use super::said::Said;
use super::AppState;

/// The live region's text for a state: empty when nothing was said. Every
/// second message ends in a no-break space, so a message said twice in a
/// row still changes the region and is read again.
pub fn announcement(state: &AppState) -> String {
    let Some(said) = state.said else {
        return String::new();
    };
    let words = state.words;
    let ui = &words.ui;
    let mut text = match said {
        Said::Sorted { task, right } => {
            let verdict = if right {
                ui.sort_correct
            } else {
                ui.sort_wrong
            };
            let Some(t) = words.sort_tasks.get(task) else {
                return String::new();
            };
            let why = TaskFeedback::of(words.content(), t);
            let guide = why.guide.map(|g| g + " ").unwrap_or_default();
            format!(
                "{verdict} {guide}{}: {}. {} {}",
                ui.tell_label,
                why.tell,
                t.reason,
                tally(state)
            )
        }
        Said::Checked { question, option } => {
            let verdict = if state.quiz.graded(&words.quiz, question) == Some(true) {
                ui.correct
            } else {
                ui.incorrect
            };
            let feedback = words
                .quiz
                .questions
                .get(question)
                .and_then(|q| q.options.get(option as usize))
                .map_or("", |o| o.feedback);
            format!("{verdict} {feedback}")
        }
        Said::ChooseFirst => ui.choose_first.to_owned(),
        Said::PlaceFirst => ui.place_first.to_owned(),
        Said::Copied => ui.copied.to_owned(),
        Said::CopyFailed => ui.copy_failed.to_owned(),
    };
    if state.said_count.is_multiple_of(2) {
        text.push('\u{a0}');
    }
    text
}

/// What a practice task's feedback says beside its verdict and reason: for
/// a task to place, where this guide places it; and the tell it turns on.
/// The view and the live region both say it from here.
pub struct TaskFeedback {
    pub guide: Option<String>,
    pub tell: &'static str,
}

impl TaskFeedback {
    pub fn of(words: &kpo_content::Content, task: &kpo_content::SortTask) -> TaskFeedback {
        let ui = &words.ui;
        TaskFeedback {
            guide: (task.kind == kpo_content::TaskKind::Place)
                .then(|| fill(ui.guide_places, &[("where", ui.zone(task.position))])),
            tell: words.tells.get(task.tell).map_or("", |t| t.name),
        }
    }
}

/// "n of m sorted, k right".
pub fn tally(state: &AppState) -> String {
    let words = state.words;
    let sort = &state.sort;
    fill(
        words.ui.sort_count,
        &[
            ("done", &sort.done().to_string()),
            ("total", &words.sort_tasks.len().to_string()),
            ("correct", &sort.correct(words.sort_tasks).to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Words;
    use crate::state::quiz::QuizAction;
    use crate::state::Action;
    use kpo_content::{Side, Step};

    fn state() -> AppState {
        AppState::new(Words::english())
    }

    /// The first practice task of `kind`.
    fn first(s: &AppState, kind: kpo_content::TaskKind) -> usize {
        s.words
            .sort_tasks
            .iter()
            .position(|t| t.kind == kind)
            .unwrap()
    }

    #[test]
    fn sorting_says_the_verdict_the_tell_the_reason_and_the_tally() {
        let s = state().reduce(Action::Go(Step::Sort));
        let i = first(&s, kpo_content::TaskKind::Name);
        let task = &s.words.sort_tasks[i];
        let s = s.reduce(Action::Sort(i, task.answer.unwrap()));
        assert_eq!(
            s.said,
            Some(Said::Sorted {
                task: i,
                right: true
            })
        );
        let text = announcement(&s);
        assert!(text.starts_with(s.words.ui.sort_correct), "{text}");
        let tell = s.words.tells.get(task.tell).unwrap().name;
        assert!(
            text.contains(task.reason) && text.contains(tell) && text.contains(&tally(&s)),
            "{text}"
        );
    }

    #[test]
    fn placing_says_where_this_guide_places_it_and_asks_to_move_first() {
        let s = state().reduce(Action::Go(Step::Sort));
        let i = first(&s, kpo_content::TaskKind::Place);
        let task = &s.words.sort_tasks[i];
        let untouched = s.reduce(Action::Place(i));
        assert_eq!(untouched.said, Some(Said::PlaceFirst));
        assert_eq!(untouched.sort.nudge, Some(i));
        assert_eq!(untouched.sort.done(), 0);
        let far = if task.position > 50 { 0 } else { 100 };
        let placed = untouched.reduce(Action::Draft(i, far));
        assert_eq!(
            placed.sort.nudge, None,
            "moving the slider answers the nudge"
        );
        let placed = placed.reduce(Action::Place(i));
        let text = announcement(&placed);
        let ui = &s.words.ui;
        assert!(text.starts_with(ui.sort_wrong), "{text}");
        let guide = kpo_content::fill(ui.guide_places, &[("where", ui.zone(task.position))]);
        assert!(
            text.contains(&guide) && text.contains(task.reason),
            "{text}"
        );
    }

    #[test]
    fn the_same_message_twice_still_changes_the_region() {
        let s = state();
        let i = first(&s, kpo_content::TaskKind::Name);
        let side = s.words.sort_tasks[i].answer.unwrap();
        let once = s.reduce(Action::Sort(i, side));
        let twice = once.reduce(Action::Sort(i, side));
        assert_eq!(once.said, twice.said);
        assert_ne!(announcement(&once), announcement(&twice));
        assert_eq!(
            announcement(&once).trim_end(),
            announcement(&twice).trim_end()
        );
    }

    #[test]
    fn checking_says_the_verdict_once_and_only_after_check() {
        let s = state().reduce(Action::Go(Step::Quiz));
        let q = s.quiz.current().unwrap();
        let question = &s.words.quiz.questions[q];
        let wrong = question.options.iter().position(|o| !o.correct).unwrap() as u8;
        let chosen = s.reduce(Action::Quiz(QuizAction::Select(wrong)));
        assert_eq!(chosen.said, None, "choosing alone says nothing");
        let checked = chosen.reduce(Action::Quiz(QuizAction::Check));
        assert_eq!(
            checked.said,
            Some(Said::Checked {
                question: q,
                option: wrong
            })
        );
        let text = announcement(&checked);
        assert!(text.starts_with(s.words.ui.incorrect), "{text}");
        assert!(text.contains(question.options[wrong as usize].feedback));
        // Moving on clears it; nothing stale is left to be re-read.
        let next = checked.reduce(Action::Quiz(QuizAction::Next));
        assert_eq!((next.said, announcement(&next)), (None, String::new()));
    }

    #[test]
    fn check_with_nothing_chosen_asks_for_a_choice() {
        let s = state()
            .reduce(Action::Go(Step::Quiz))
            .reduce(Action::Quiz(QuizAction::Check));
        assert_eq!(s.said, Some(Said::ChooseFirst));
        assert_eq!(announcement(&s).trim_end(), s.words.ui.choose_first);
    }

    #[test]
    fn the_clipboard_answer_is_said() {
        let s = state().reduce(Action::Say(Said::CopyFailed));
        assert_eq!(announcement(&s).trim_end(), s.words.ui.copy_failed);
        let s = s
            .reduce(Action::Sort(0, Side::Bpo))
            .reduce(Action::Say(Said::Copied));
        assert_eq!(announcement(&s).trim_end(), s.words.ui.copied);
    }
}
