//! The reader's progress as a short text for local storage, and back.
//!
//! A hand-rolled format instead of serde_json keeps a JSON library out of the
//! WebAssembly. Restoring checks every number against the content, so a
//! corrupted, hand-edited or outdated value is refused with a reason (shown
//! on the console) and the reader starts fresh instead of crashing.
//!
//! `kpo3;<step>;<warm-up>;<practice>;<order>;<option orders>;<position>;<answers>;<finished>;<best>;<shuffle>`
//!
//! The warm-up is a letter per task (`b`, `k`, `-`); the practice a comma
//! list, a letter (`b`, `i`, `k`) for a task named, a number for one placed
//! and `-` for none. (`kpo1` and `kpo2` were written for earlier tasks and
//! questions, which no longer match, so they are dropped.)

use kpo_content::{Side, SortTask, Step, TaskKind};

use crate::content::Words;

use super::quiz::QuizState;
use super::sort::{Answer, SortState};
use super::AppState;

/// Versioned, so a future format can tell old values apart.
pub const KEY: &str = "kpo-explainer:v1:progress";
const MAGIC: &str = "kpo3";

fn letter(side: Side) -> char {
    match side {
        Side::Bpo => 'b',
        Side::Ito => 'i',
        Side::Kpo => 'k',
    }
}

fn side_of(c: char) -> Option<Side> {
    [Side::Bpo, Side::Ito, Side::Kpo]
        .into_iter()
        .find(|&s| letter(s) == c)
}

/// Warm-up guesses as one letter each, `-` for none.
fn sides(answers: &[Option<Side>]) -> String {
    answers.iter().map(|a| a.map_or('-', letter)).collect()
}

/// The practice answers: a letter, a number or `-` each.
fn practice(answers: &[Option<Answer>]) -> String {
    let each: Vec<String> = answers
        .iter()
        .map(|a| match a {
            None => "-".to_owned(),
            Some(Answer::Named(side)) => letter(*side).to_string(),
            Some(Answer::Placed(at)) => at.to_string(),
        })
        .collect();
    each.join(",")
}

/// The text of [`practice`] back, each answer of its task's kind.
fn parse_practice(text: &str, tasks: &[SortTask]) -> Result<Vec<Option<Answer>>, String> {
    let answers = text
        .split(',')
        .zip(tasks)
        .map(|(a, task)| match (a, task.kind) {
            ("-", _) => Ok(None),
            (a, TaskKind::Name) => {
                let mut chars = a.chars();
                match (chars.next().and_then(side_of), chars.next()) {
                    (Some(side), None) => Ok(Some(Answer::Named(side))),
                    _ => Err(format!("unknown practice answer \"{}\"", truncate(a))),
                }
            }
            (a, TaskKind::Place) => match number::<u8>(a, "placement")? {
                at @ 0..=100 => Ok(Some(Answer::Placed(at))),
                at => Err(format!("placement {at} is off the range")),
            },
        })
        .collect::<Result<Vec<_>, _>>()?;
    if text.split(',').count() == tasks.len() {
        Ok(answers)
    } else {
        Err(format!(
            "{} practice answers for {} tasks (the content changed)",
            text.split(',').count(),
            tasks.len()
        ))
    }
}

/// The letters of [`sides`] back, `n` of them for `what`.
fn parse_sides(text: &str, n: usize, what: &str) -> Result<Vec<Option<Side>>, String> {
    let answers = text
        .chars()
        .map(|c| match c {
            '-' => Ok(None),
            c => side_of(c)
                .map(Some)
                .ok_or_else(|| format!("unknown {what} answer '{c}'")),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if answers.len() == n {
        Ok(answers)
    } else {
        Err(format!(
            "{} {what} answers for {n} tasks (the content changed)",
            answers.len()
        ))
    }
}

pub fn encode(state: &AppState) -> String {
    let sort = practice(&state.sort.answers);
    let list = |v: &[u8]| v.iter().map(u8::to_string).collect::<Vec<_>>().join(",");
    let quiz = &state.quiz;
    let option_orders: Vec<String> = quiz.option_order.iter().map(|o| list(o)).collect();
    let answers: Vec<String> = quiz
        .answers
        .iter()
        .map(|a| a.map_or("-".to_owned(), |v| v.to_string()))
        .collect();
    [
        MAGIC.to_owned(),
        state.step.id().to_owned(),
        sides(&state.warmup),
        sort,
        list(&quiz.order),
        option_orders.join("/"),
        quiz.position.to_string(),
        answers.join(","),
        u8::from(quiz.finished).to_string(),
        quiz.best.map_or("-".to_owned(), |b| b.to_string()),
        u8::from(state.shuffle).to_string(),
    ]
    .join(";")
}

/// Restores progress saved by [`encode`], or says why it can't.
pub fn decode(text: &str, words: Words) -> Result<AppState, String> {
    let content = words.content();
    let parts: Vec<&str> = text.split(';').collect();
    if parts[0] != MAGIC {
        return Err(format!("unknown format \"{}\"", truncate(parts[0])));
    }
    let [_, step, warmup, sort, order, option_orders, position, answers, finished, best, shuffle] =
        parts[..]
    else {
        return Err(format!("expected 11 parts, found {}", parts.len()));
    };
    let questions = content.quiz.questions;
    let step = Step::from_id(step).ok_or_else(|| format!("unknown step \"{}\"", truncate(step)))?;

    let warmup = parse_sides(warmup, content.intro.warmup.tasks.len(), "warm-up")?;
    let sort_answers = parse_practice(sort, content.sort_tasks)?;

    let order = permutation(order, questions.len(), "question order")?;
    let option_orders: Vec<&str> = option_orders.split('/').collect();
    if option_orders.len() != questions.len() {
        return Err(format!(
            "{} option orders for {} questions (the content changed)",
            option_orders.len(),
            questions.len()
        ));
    }
    let option_order = option_orders
        .iter()
        .zip(questions)
        .map(|(o, q)| permutation(o, q.options.len(), "option order"))
        .collect::<Result<Vec<_>, _>>()?;

    let position: usize = number(position, "position")?;
    if position >= questions.len() {
        return Err(format!("position {position} is past the last question"));
    }
    let answers = answers
        .split(',')
        .zip(questions)
        .map(|(a, q)| {
            if a == "-" {
                return Ok(None);
            }
            let v: u8 = number(a, "answer")?;
            if (v as usize) < q.options.len() {
                Ok(Some(v))
            } else {
                Err(format!("answer {v} is out of range"))
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    if answers.len() != questions.len() {
        return Err("the number of answers does not match the questions".to_owned());
    }
    let finished = flag(finished, "finished")?;
    if finished && answers.iter().any(Option::is_none) {
        return Err("marked finished with questions unanswered".to_owned());
    }
    let best = match best {
        "-" => None,
        b => {
            let v: u8 = number(b, "best score")?;
            if v as usize > questions.len() {
                return Err(format!("best score {v} is more than the questions"));
            }
            Some(v)
        }
    };
    let fresh = AppState::new(words);
    Ok(AppState {
        step,
        warmup,
        sort: SortState {
            answers: sort_answers,
            ..fresh.sort.clone()
        },
        quiz: QuizState {
            order,
            option_order,
            position,
            answers,
            finished,
            best,
            ..fresh.quiz.clone()
        },
        shuffle: flag(shuffle, "shuffle")?,
        ..fresh
    })
}

fn truncate(s: &str) -> String {
    s.chars().take(20).collect()
}

fn number<T: std::str::FromStr>(s: &str, what: &str) -> Result<T, String> {
    s.parse()
        .map_err(|_| format!("{what} \"{}\" is not a number", truncate(s)))
}

fn flag(s: &str, what: &str) -> Result<bool, String> {
    match s {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(format!("{what} \"{}\" is not 0 or 1", truncate(s))),
    }
}

/// A comma list that must be `0..n` in some order.
fn permutation(s: &str, n: usize, what: &str) -> Result<Vec<u8>, String> {
    let v = s
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| number::<u8>(p, what))
        .collect::<Result<Vec<_>, _>>()?;
    // Each of 0..n seen exactly once. (Not by sorting a copy: that alone
    // linked 4 KB of sorting code into the wasm.)
    let mut seen = vec![false; n];
    let each_once = v.len() == n
        && v.iter().all(|&x| {
            seen.get_mut(x as usize)
                .is_some_and(|s| !std::mem::replace(s, true))
        });
    if each_once {
        Ok(v)
    } else {
        Err(format!("{what} is not an ordering of {n} items"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::quiz::QuizAction;
    use crate::state::Action;

    fn words() -> Words {
        Words::english()
    }

    fn last_named() -> usize {
        let tasks = words().sort_tasks;
        tasks
            .iter()
            .rposition(|t| t.kind == TaskKind::Name)
            .unwrap()
    }

    /// Progress as a reader leaves it: nothing said or open, which isn't
    /// saved.
    fn played() -> AppState {
        let mut s = AppState::new(words())
            .reduce(Action::Retry { seed: 5 })
            .reduce(Action::Draft(0, 35))
            .reduce(Action::Place(0))
            .reduce(Action::Sort(last_named(), Side::Ito))
            .reduce(Action::Warmup(1, Side::Kpo));
        for _ in 0..3 {
            s = s.reduce(Action::Quiz(QuizAction::Select(1)));
            s = s.reduce(Action::Quiz(QuizAction::Check));
            s = s.reduce(Action::Quiz(QuizAction::Next));
        }
        AppState {
            said: None,
            said_count: 0,
            sort: SortState {
                drafts: vec![None; s.sort.drafts.len()],
                ..s.sort.clone()
            },
            ..s
        }
    }

    #[test]
    fn round_trips_progress() {
        let s = played();
        assert_eq!(decode(&encode(&s), words()), Ok(s));
    }

    #[test]
    fn round_trips_a_fresh_state() {
        let s = AppState::new(words());
        assert_eq!(decode(&encode(&s), words()), Ok(s));
    }

    #[test]
    fn progress_saved_for_earlier_tasks_is_dropped_with_a_reason() {
        for (old, magic) in [
            ("kpo1;quiz;--------------;0,1;0,1/0,1;0;-,-;0;-;1", "kpo1"),
            ("kpo2;intro;---;----------------;0;0;0;-;0;-;1", "kpo2"),
        ] {
            assert_eq!(
                decode(old, words()),
                Err(format!("unknown format \"{magic}\""))
            );
        }
    }

    #[test]
    fn refuses_junk_with_a_reason() {
        for junk in [
            "",
            "null",
            "{\"step\":\"quiz\"}",
            "kpo4;intro;---;-;0;0;0;-;0;-;1",
            "kpo3;nowhere;---;-;0;0;0;-;0;-;1",
            "kpo3;quiz;---;x;0;0;0;-;0;-;1",
            "kpo3;quiz;bx-;-;0;0;0;-;0;-;1",
        ] {
            assert!(decode(junk, words()).is_err(), "accepted {junk:?}");
        }
    }

    #[test]
    fn refuses_every_kind_of_tampering() {
        let good = encode(&played());
        let parts: Vec<&str> = good.split(';').collect();
        let tamper = |i: usize, value: &str| {
            let mut p = parts.clone();
            p[i] = value;
            p.join(";")
        };
        let n = words().quiz.questions.len();
        let practice_with = |i: usize, answer: &str| {
            let mut each: Vec<&str> = parts[3].split(',').collect();
            each[i] = answer;
            each.join(",")
        };
        let cases = [
            tamper(2, "bkbkbkb"),                          // warm-up for another content
            tamper(3, "b,k"),                              // practice answers for another content
            tamper(3, &practice_with(0, "k")),             // a task to place, named
            tamper(3, &practice_with(0, "101")),           // placed off the range
            tamper(3, &practice_with(last_named(), "40")), // a task to name, placed
            tamper(3, &practice_with(last_named(), "x")),  // an unknown name
            tamper(4, "0,0,1"),                            // order that repeats a question
            tamper(4, &format!("{}", n + 4)),              // order out of range
            tamper(5, "0,1"),                              // too few option orders
            tamper(6, &n.to_string()),                     // position past the end
            tamper(6, "-1"),                               // not a number
            tamper(7, &"9,".repeat(n)),                    // answers out of range
            tamper(8, "1"),                                // finished with questions unanswered
            tamper(9, "200"),                              // best above the number of questions
            tamper(10, "yes"),                             // flag that is not 0 or 1
        ];
        for case in cases {
            assert!(decode(&case, words()).is_err(), "accepted {case:?}");
        }
    }
}
