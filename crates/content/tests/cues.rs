//! A reader who looks only at the form of the options, and understands
//! nothing, must not beat chance on any language's quiz or practice. Each
//! cue reader below plays the quiz by one cue, and where its cue doesn't
//! pick one option, guesses evenly: its expected score, in percent, is
//! exact, so the limits are too.
//!
//! The cues are those a real reader used against an earlier quiz: the
//! shortest option, the longest, the one of a different shape (the only
//! one with a reason, or without), the one that repeats the prompt's words,
//! always True, and always the first or last option of the first attempt
//! (shown in the author's order).

use std::collections::{HashMap, HashSet};

use kpo_content::parse::check_file;
use kpo_content::{Content, Question, QuestionKind, Side, TaskKind};

/// How far a cue reader may stray from chance, in points.
const SLACK: f64 = 12.0;

/// Every language the build carries, parsed and checked as the build does.
fn languages() -> Vec<Content> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut all: Vec<Content> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| check_file(&p).unwrap_or_else(|r| panic!("{r}")))
        .collect();
    all.sort_by_key(|c| c.meta.language);
    assert!(all.len() >= 2, "English and Filipino at least");
    all
}

fn choice(c: &Content) -> Vec<&'static Question> {
    c.quiz
        .questions
        .iter()
        .filter(|q| q.kind == QuestionKind::SingleChoice)
        .collect()
}

/// Words that say a reason, in each language.
const REASON_WORDS: &[&str] = &["since", "because", "so", "dahil", "kasi", "kaya"];

/// An option's shape: a bare label (three words or fewer), and whether it
/// carries a reason (a clause after a comma, colon or dash, or a reason
/// word).
fn shape(text: &str) -> (bool, bool) {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let reason = text.contains([',', ':', ';', '–', '—'])
        || words.iter().any(|w| REASON_WORDS.contains(&w.as_str()));
    (words.len() <= 3, reason)
}

/// Words too common to be a cue, in each language.
const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "by", "is", "it", "its", "this",
    "that", "what", "which", "where", "does", "do", "how", "would", "with", "from", "at", "as",
    "be", "are", "most", "ang", "ng", "sa", "mga", "na", "ay", "at", "o", "ba", "ito", "iyon",
    "kung", "para", "isang", "nito", "nang", "saan", "ano", "aling", "mula", "ni", "si", "pa",
];

/// A word's stem, roughly: lowercase, common English endings and Filipino
/// hyphenated prefixes taken off, so "judging" and "judgment" meet.
fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    let w = w.rsplit('-').next().unwrap_or(&w).to_owned();
    for end in ["ment", "ing", "ed", "es", "s", "er", "ly"] {
        if let Some(s) = w.strip_suffix(end) {
            if s.chars().count() >= 4 {
                return s.to_owned();
            }
        }
    }
    w
}

fn stems(text: &str) -> HashSet<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && !STOP.contains(&w.to_lowercase().as_str()))
        .map(stem)
        .collect()
}

/// The expected share of questions right for a reader who, on each
/// question, picks evenly among the options `pick` returns (all of them
/// when it returns none).
fn expected(questions: &[&Question], pick: impl Fn(&Question) -> Vec<usize>) -> f64 {
    let total: f64 = questions
        .iter()
        .map(|q| {
            let mut picked = pick(q);
            if picked.is_empty() {
                picked = (0..q.options.len()).collect();
            }
            let right = picked.iter().filter(|&&i| q.options[i].correct).count();
            right as f64 / picked.len() as f64
        })
        .sum();
    100.0 * total / questions.len() as f64
}

/// The options whose length is the extreme `better` prefers.
fn by_length(q: &Question, better: fn(usize, usize) -> bool) -> Vec<usize> {
    let len = |i: usize| q.options[i].text.chars().count();
    let best = (0..q.options.len())
        .reduce(|a, b| if better(len(b), len(a)) { b } else { a })
        .unwrap();
    (0..q.options.len())
        .filter(|&i| len(i) == len(best))
        .collect()
}

/// The one option whose shape differs from all the others', if any.
fn odd_shape(q: &Question) -> Vec<usize> {
    let shapes: Vec<_> = q.options.iter().map(|o| shape(o.text)).collect();
    (0..shapes.len())
        .filter(|&i| shapes.iter().filter(|s| **s == shapes[i]).count() == 1)
        .filter(|_| shapes.len() > 2)
        .collect::<Vec<_>>()
        .into_iter()
        .take(1)
        .collect()
}

/// The options sharing the most words with the prompt (none if no option
/// shares any).
fn echoes_prompt(q: &Question) -> Vec<usize> {
    let prompt = stems(q.prompt);
    let shared: Vec<usize> = q
        .options
        .iter()
        .map(|o| stems(o.text).intersection(&prompt).count())
        .collect();
    let most = *shared.iter().max().unwrap();
    if most == 0 {
        return Vec::new();
    }
    (0..shared.len()).filter(|&i| shared[i] == most).collect()
}

/// Every cue reader's expected score on `c`'s whole quiz, with chance's.
fn cue_readers(c: &Content) -> (f64, Vec<(&'static str, f64)>) {
    let all: Vec<&Question> = c.quiz.questions.iter().collect();
    let is_tf = |q: &Question| q.kind == QuestionKind::TrueFalse;
    let chance = expected(&all, |_| Vec::new());
    let readers: Vec<(&'static str, f64)> = vec![
        (
            "shortest",
            expected(&all, |q| {
                if is_tf(q) {
                    vec![]
                } else {
                    by_length(q, |a, b| a < b)
                }
            }),
        ),
        (
            "longest",
            expected(&all, |q| {
                if is_tf(q) {
                    vec![]
                } else {
                    by_length(q, |a, b| a > b)
                }
            }),
        ),
        (
            "odd shape",
            expected(&all, |q| if is_tf(q) { vec![] } else { odd_shape(q) }),
        ),
        (
            "echoes the prompt",
            expected(&all, |q| if is_tf(q) { vec![] } else { echoes_prompt(q) }),
        ),
        (
            "always true",
            expected(&all, |q| if is_tf(q) { vec![0] } else { vec![] }),
        ),
        ("first option", expected(&all, |_| vec![0])),
        ("last option", expected(&all, |q| vec![q.options.len() - 1])),
    ];
    (chance, readers)
}

#[test]
fn readers_who_go_by_form_alone_stay_near_chance_in_every_language() {
    for c in languages() {
        let (chance, readers) = cue_readers(&c);
        println!("{}: chance {chance:.1}%", c.meta.language);
        for (name, score) in &readers {
            println!("  {name:<18} {score:5.1}%");
        }
        for (name, score) in readers {
            assert!(
                score <= chance + SLACK && score >= chance - SLACK,
                "{}: the \"{name}\" reader expects {score:.1}%, chance is {chance:.1}%",
                c.meta.language
            );
        }
    }
}

#[test]
fn every_questions_options_share_one_shape() {
    for c in languages() {
        for q in choice(&c) {
            let shapes: HashSet<_> = q.options.iter().map(|o| shape(o.text)).collect();
            assert_eq!(
                shapes.len(),
                1,
                "{} {}: options of more than one shape: {:?}",
                c.meta.language,
                q.id,
                q.options.iter().map(|o| o.text).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn neither_the_longest_nor_the_shortest_option_is_right_in_over_forty_percent() {
    for c in languages() {
        let questions = choice(&c);
        for (name, better) in [
            ("longest", (|a, b| a > b) as fn(usize, usize) -> bool),
            ("shortest", |a, b| a < b),
        ] {
            let share = expected(&questions, |q| by_length(q, better));
            assert!(
                share <= 40.0,
                "{}: the {name} option is right in {share:.1}% of choice questions",
                c.meta.language
            );
        }
    }
}

#[test]
fn no_prompt_repeats_a_word_found_only_in_the_right_option() {
    for c in languages() {
        for q in choice(&c) {
            let prompt = stems(q.prompt);
            let wrong: HashSet<String> = q
                .options
                .iter()
                .filter(|o| !o.correct)
                .flat_map(|o| stems(o.text))
                .collect();
            let right = q.options.iter().find(|o| o.correct).unwrap();
            let given: Vec<_> = stems(right.text)
                .into_iter()
                .filter(|w| prompt.contains(w) && !wrong.contains(w))
                .collect();
            assert!(
                given.is_empty(),
                "{} {}: the prompt gives the answer away with {given:?}",
                c.meta.language,
                q.id
            );
        }
    }
}

#[test]
fn true_and_false_stay_balanced_in_every_language() {
    for c in languages() {
        let answers: Vec<bool> = c
            .quiz
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::TrueFalse)
            .map(|q| q.options[0].correct)
            .collect();
        let trues = answers.iter().filter(|a| **a).count();
        assert_eq!(trues * 2, answers.len(), "{}: {answers:?}", c.meta.language);
    }
}

/// Opening verbs that sound like thinking, by language: a reader sorting
/// by them calls a task KPO (or places it at the KPO end).
const THINKING: &[&str] = &[
    "decide",
    "work out",
    "find out",
    "design",
    "advise",
    "study",
    "plan",
    "estimate",
    "sum up",
    "judge",
    "assess",
    "analyze",
    "review",
    "weigh",
    "choose",
    "forecast",
    "pagpasyahan",
    "alamin",
    "pag-aralan",
    "idisenyo",
    "planuhin",
    "tantiyahin",
    "suriin",
    "kuwentahin",
    "payuhan",
    "timbangin",
    "piliin",
];

#[test]
fn sorting_by_the_opening_verb_gets_at_most_three_quarters() {
    for c in languages() {
        let tasks = c.sort_tasks;
        let right = tasks
            .iter()
            .filter(|t| {
                let task = t.task.to_lowercase();
                let thinking = THINKING.iter().any(|v| task.starts_with(v));
                match t.kind {
                    // The verb reader puts thinking tasks at the KPO end.
                    TaskKind::Place => t.placed_right(if thinking { 85 } else { 15 }),
                    TaskKind::Name => {
                        t.answer == Some(if thinking { Side::Kpo } else { Side::Bpo })
                    }
                }
            })
            .count();
        println!(
            "{}: the opening verb sorts {right} of {}",
            c.meta.language,
            tasks.len()
        );
        assert!(
            right * 4 <= tasks.len() * 3,
            "{}: sorting by the opening verb gets {right} of {}",
            c.meta.language,
            tasks.len()
        );
    }
}

/// What each case is about. A topic may come up twice in the whole widget,
/// not more; a case added without a topic here fails the test, so the
/// author decides.
const TOPICS: &[(&str, &str)] = &[
    ("warmup-receipts", "delivery"),
    ("warmup-claims", "insurance"),
    ("warmup-survey", "market research"),
    ("example-1", "banking"),
    ("example-2", "IT help desk"),
    ("example-3", "translation"),
    ("example-4", "banking"),
    ("medical-codes", "health care"),
    ("lawsuit-emails", "litigation"),
    ("shop-payments", "online shops"),
    ("tank-drawings", "engineering drawings"),
    ("refund-letters", "retail complaints"),
    ("shampoo-recipe", "formulation"),
    ("overtime-pay", "payroll"),
    ("hotel-servers", "running servers"),
    ("toll-road", "feasibility"),
    ("q-school-websites", "running servers"),
    ("q-shipping-invoices", "invoicing"),
    ("q-drama-subtitles", "translation"),
    ("q-post-reviewers", "content moderation"),
    ("q-xray-reports", "health care"),
    ("q-game-studio", "games"),
    ("q-architect-invoicing", "invoicing"),
    ("q-flood-plan", "city planning"),
];

#[test]
fn no_topic_comes_up_more_than_twice() {
    let c = &languages()[0];
    let mut cases: Vec<String> = c
        .intro
        .warmup
        .tasks
        .iter()
        .map(|t| t.id.to_owned())
        .collect();
    cases.extend((1..=c.spectrum.examples.len()).map(|n| format!("example-{n}")));
    cases.extend(c.sort_tasks.iter().map(|t| t.id.to_owned()));
    cases.extend(
        c.quiz
            .questions
            .iter()
            .filter(|q| q.checks == kpo_content::Checks::NewCase)
            .map(|q| q.id.to_owned()),
    );
    let topics: HashMap<&str, &str> = TOPICS.iter().copied().collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for case in &cases {
        let topic = topics
            .get(case.as_str())
            .unwrap_or_else(|| panic!("case {case} has no topic in TOPICS"));
        *count.entry(topic).or_default() += 1;
    }
    for (topic, n) in count {
        assert!(n <= 2, "\"{topic}\" comes up {n} times");
    }
    assert_eq!(
        topics.len(),
        cases.len(),
        "TOPICS names a case that is gone"
    );
}

#[test]
fn the_cue_helpers_see_what_a_reader_sees() {
    assert_eq!(shape("BPO"), (true, false));
    assert_eq!(
        shape("KPO, since writing good emails takes skill"),
        (false, true)
    );
    assert_eq!(shape("Invent the rules of a new card game"), (false, false));
    assert_eq!(stem("Judging"), stem("judgment"));
    assert!(stems("Which job rests on expert judgment?").contains(&stem("Judging")));
}
