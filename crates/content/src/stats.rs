//! How long and how hard each step is to read and do, so an author can keep
//! the guide short enough for a blog: `cargo xtask check-content --stats`,
//! and the English content's tests hold it to its limits.
//!
//! A step's minutes are what a reader reads at [`WORDS_PER_MINUTE`] plus
//! what they do: a few seconds per task placed, named or guessed and per
//! quiz question (choose, check, go on). In the quiz a reader reads the
//! prompt, the options, one option's feedback (the right one's counts) and
//! the explanation; on the results, their band's message.
//!
//! Words are whitespace-separated tokens with a letter or digit in them; the
//! reading grade is Flesch–Kincaid's, from the `textstat` crate (syllables by
//! its English heuristic). Headings, labels and other pieces under four words
//! count as words but not towards the grade: read as sentences of their own,
//! they would make a step look easier than it is.

use crate::model::{Content, QuestionKind, Step, TaskKind};

/// The speed the reading times assume.
pub const WORDS_PER_MINUTE: f64 = 200.0;
/// Seconds to move the slider to a task's place and place it.
pub const SECONDS_TO_PLACE: f64 = 10.0;
/// Seconds to press BPO, ITO or KPO for a task (and a warm-up guess).
pub const SECONDS_TO_NAME: f64 = 4.0;
/// Seconds to choose an answer, check it and go on.
pub const SECONDS_TO_ANSWER: f64 = 6.0;

/// One step's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct StepStats {
    pub step: Step,
    pub words: usize,
    /// Reading at [`WORDS_PER_MINUTE`], plus [`StepStats::doing`].
    pub minutes: f64,
    /// The part of `minutes` spent placing, naming and answering.
    pub doing: f64,
    /// Flesch–Kincaid grade of its prose; 0 when it has none.
    pub grade: f64,
}

/// Every text a reader meets on each step, in the order they meet it
/// (interface strings, the same on every step, aside).
pub fn step_texts(c: &Content) -> Vec<(Step, Vec<&'static str>)> {
    Step::ALL
        .iter()
        .map(|&step| {
            let head = c.steps.get(step);
            let mut t = vec![head.heading, head.lead];
            if let Some((_, own)) = OWN_TEXTS.iter().find(|(s, _)| *s == step) {
                own(c, &mut t);
            }
            (step, t)
        })
        .collect()
}

/// What a step shows beyond its heading and lead, for the steps that show
/// more: a step whose view reads nothing else needs no entry.
type Gather = fn(&Content, &mut Vec<&'static str>);

const OWN_TEXTS: &[(Step, Gather)] = &[
    (Step::Intro, intro_texts),
    (Step::Definitions, definitions_texts),
    (Step::Comparison, |c, t| {
        for d in c.comparison {
            t.extend([d.name, d.bpo, d.kpo]);
        }
    }),
    (Step::Fields, |c, t| {
        for f in c.fields {
            t.extend([f.name, f.summary]);
        }
        for s in c.segments {
            t.extend([s.name, s.summary]);
        }
    }),
    (Step::Sort, |c, t| {
        for task in c.sort_tasks {
            let tell = c.tells.get(task.tell).map_or("", |x| x.name);
            t.extend([task.task, tell, task.reason]);
        }
    }),
    (Step::Why, |c, t| {
        for p in c.why {
            t.extend([p.heading, p.text]);
            t.extend(p.quote);
        }
    }),
    (Step::Quiz, quiz_texts),
    (Step::Results, |c, t| {
        let pass = usize::from(c.quiz.pass_percent);
        t.push(c.quiz.band(pass, 100).message);
    }),
];

fn intro_texts(c: &Content, t: &mut Vec<&'static str>) {
    t.push(c.intro.short_answer);
    t.extend(c.intro.paragraphs);
    let w = &c.intro.warmup;
    t.extend([w.heading, w.note]);
    t.extend(w.tasks.iter().map(|x| x.task));
    for q in c.reader_questions {
        t.extend([q.question, q.answer]);
    }
}

fn definitions_texts(c: &Content, t: &mut Vec<&'static str>) {
    let d = &c.definitions;
    for def in [&d.bpo, &d.ito, &d.kpo] {
        t.extend([def.term, def.expansion, def.sentence, def.example]);
    }
    t.extend([c.tells.heading, c.tells.middle]);
    for tell in c.tells.items {
        t.extend([tell.name, tell.question, tell.points]);
    }
    let s = &c.spectrum;
    t.extend([s.caption, s.both, s.credit, s.quote]);
    t.extend(s.examples.iter().map(|e| e.task));
}

fn quiz_texts(c: &Content, t: &mut Vec<&'static str>) {
    for q in c.quiz.questions {
        t.push(q.prompt);
        if q.kind == QuestionKind::SingleChoice {
            t.extend(q.options.iter().map(|o| o.text));
        }
        t.extend(q.options.iter().filter(|o| o.correct).map(|o| o.feedback));
        t.push(q.explanation);
    }
}

fn words(text: &str) -> usize {
    textstat::lexicon_count(text)
}

/// The pieces long enough to be prose, each ended as a sentence.
fn prose(pieces: &[&str]) -> String {
    pieces
        .iter()
        .filter(|p| words(p) >= 4)
        .map(|p| {
            let p = p.trim();
            let ends = p
                .trim_end_matches(['"', '”', '’', '\'', ')'])
                .ends_with(['.', '!', '?']);
            if ends {
                format!("{p} ")
            } else {
                format!("{p}. ")
            }
        })
        .collect()
}

/// Every step's figures.
pub fn stats(c: &Content) -> Vec<StepStats> {
    step_texts(c)
        .into_iter()
        .map(|(step, texts)| {
            let n: usize = texts.iter().map(|t| words(t)).sum();
            let prose = prose(&texts);
            let doing = doing_seconds(c, step) / 60.0;
            StepStats {
                step,
                words: n,
                minutes: n as f64 / WORDS_PER_MINUTE + doing,
                doing,
                grade: if prose.is_empty() {
                    0.0
                } else {
                    textstat::flesch_kincaid_grade(&prose)
                },
            }
        })
        .collect()
}

/// The seconds a step asks the reader to act, beyond reading.
fn doing_seconds(c: &Content, step: Step) -> f64 {
    let count = |kind| c.sort_tasks.iter().filter(|t| t.kind == kind).count() as f64;
    match step {
        Step::Intro => c.intro.warmup.tasks.len() as f64 * SECONDS_TO_NAME,
        Step::Sort => {
            count(TaskKind::Place) * SECONDS_TO_PLACE + count(TaskKind::Name) * SECONDS_TO_NAME
        }
        Step::Quiz => c.quiz.questions.len() as f64 * SECONDS_TO_ANSWER,
        _ => 0.0,
    }
}

/// The whole journey's minutes: every step read and done once.
pub fn journey_minutes(c: &Content) -> f64 {
    stats(c).iter().map(|s| s.minutes).sum()
}

/// The teaching text's words: every step but the quiz.
pub fn teaching_words(c: &Content) -> usize {
    stats(c)
        .iter()
        .filter(|s| s.step != Step::Quiz)
        .map(|s| s.words)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::prose;

    #[test]
    fn short_pieces_are_not_prose_and_each_piece_is_a_sentence() {
        assert_eq!(prose(&["BPO", "Kind of work"]), "");
        assert_eq!(
            prose(&["Key in the details from slips", "It is routine. Really!"]),
            "Key in the details from slips. It is routine. Really! "
        );
        assert_eq!(
            prose(&["“We have the quantity already.”"]),
            "“We have the quantity already.” "
        );
    }
}
