//! How long and how hard each step is to read, so an author can keep the
//! guide short enough for a blog: `cargo xtask check-content --stats`, and the
//! English content's tests hold it to its limits.
//!
//! Words are whitespace-separated tokens with a letter or digit in them; the
//! reading grade is Flesch–Kincaid's, from the `textstat` crate (syllables by
//! its English heuristic). Headings, labels and other pieces under four words
//! count as words but not towards the grade: read as sentences of their own,
//! they would make a step look easier than it is.

use crate::model::{Content, QuestionKind, Step};

/// The speed the reading times assume.
pub const WORDS_PER_MINUTE: f64 = 200.0;

/// One step's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct StepStats {
    pub step: Step,
    pub words: usize,
    /// At [`WORDS_PER_MINUTE`].
    pub minutes: f64,
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
            match step {
                Step::Intro => {
                    t.push(c.intro.short_answer);
                    t.extend(c.intro.paragraphs);
                    let w = &c.intro.warmup;
                    t.extend([w.heading, w.note]);
                    t.extend(w.tasks.iter().map(|x| x.task));
                    for q in c.reader_questions {
                        t.extend([q.question, q.answer]);
                    }
                }
                Step::Definitions => {
                    let d = &c.definitions;
                    for def in [&d.bpo, &d.ito, &d.kpo] {
                        t.extend([def.term, def.expansion, def.sentence, def.example]);
                    }
                    let s = &c.spectrum;
                    t.extend([s.caption, s.both, s.credit, s.quote]);
                    t.extend(s.examples.iter().map(|e| e.task));
                }
                Step::Comparison => {
                    for d in c.comparison {
                        t.extend([d.name, d.bpo, d.kpo]);
                    }
                }
                Step::Fields => {
                    for f in c.fields {
                        t.extend([f.name, f.summary]);
                        t.extend(f.tasks);
                    }
                    for s in c.segments {
                        t.extend([s.name, s.summary]);
                    }
                }
                Step::Sort => {
                    for task in c.sort_tasks {
                        t.extend([task.task, task.reason]);
                    }
                }
                Step::Why => {
                    for p in c.why {
                        t.extend([p.heading, p.text]);
                        t.extend(p.quote);
                    }
                }
                Step::Quiz => {
                    for q in c.quiz.questions {
                        t.extend([q.prompt, q.explanation]);
                        for o in q.options {
                            if q.kind == QuestionKind::SingleChoice {
                                t.push(o.text);
                            }
                            t.push(o.feedback);
                        }
                    }
                }
                Step::Results => t.extend(c.quiz.bands.iter().map(|b| b.message)),
            }
            (step, t)
        })
        .collect()
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
            StepStats {
                step,
                words: n,
                minutes: n as f64 / WORDS_PER_MINUTE,
                grade: if prose.is_empty() {
                    0.0
                } else {
                    textstat::flesch_kincaid_grade(&prose)
                },
            }
        })
        .collect()
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
