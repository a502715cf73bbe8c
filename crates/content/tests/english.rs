//! The shipped English content parses and keeps what the explainer promises
//! its readers: it teaches the distinction, not only the post, and it is
//! short and plain enough for a blog.

use std::collections::HashSet;

use kpo_content::parse::parse;
use kpo_content::stats::{stats, teaching_words};
use kpo_content::{Checks, Content, QuestionKind, Side, Step, Voice};

const EN: &str = include_str!("../../../content/en.toml");

fn content() -> Content {
    parse("content/en.toml", EN).unwrap_or_else(|r| panic!("{r}"))
}

/// Lowercase words, for comparing texts.
fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn compares_at_least_six_dimensions() {
    assert!(content().comparison.len() >= 6);
}

#[test]
fn shows_one_range_with_ito_across_the_middle_and_both_kinds_in_one_firm() {
    let c = content();
    assert_eq!(c.definitions.ito.term, "ITO");
    assert!(c.definitions.ito.sentence.contains("middle"));
    let both = c.spectrum.both;
    assert!(both.contains("One company") && both.contains("field"));
    assert!(both.contains("transaction processing is BPO"));
    assert!(both.contains("credit-risk modeling is KPO"));
    let positions: Vec<u8> = c.spectrum.examples.iter().map(|e| e.position).collect();
    assert!(positions.iter().any(|&p| p < 35) && positions.iter().any(|&p| p > 65));
    assert!(positions.iter().any(|&p| (35..=65).contains(&p)));
}

#[test]
fn credits_comment_4_and_says_the_post_defines_nothing() {
    let s = content().spectrum;
    assert_eq!(s.quote_source, "reader comment 4");
    assert!(s
        .quote
        .contains("high-value work by highly-skilled resources"));
    assert!(s.credit.contains("never defines KPO"));
}

#[test]
fn names_every_field_in_the_post_and_the_mainstream_segments_apart() {
    let c = content();
    let from_post: Vec<_> = c
        .fields
        .iter()
        .filter(|f| f.from == Voice::Post)
        .map(|f| f.id)
        .collect();
    for id in [
        "architectural-design",
        "animation",
        "it-programming",
        "training",
        "formulation-development",
        "product-testing",
        "in-vivo-studies",
        "planning-strategy",
        "feasibility-studies",
        "banking-systems",
    ] {
        assert!(from_post.contains(&id), "the post's field {id} is missing");
    }
    let legal = c.fields.iter().find(|f| f.id == "legal-services").unwrap();
    assert_eq!(legal.from, Voice::Reader);
    let segments: Vec<_> = c.segments.iter().map(|s| s.name.to_lowercase()).collect();
    for name in ["research", "market", "legal", "engineering", "clinical"] {
        assert!(
            segments.iter().any(|s| s.contains(name)),
            "no mainstream segment about {name}"
        );
    }
    // Programming is classed as ITO, not KPO.
    let it = c.fields.iter().find(|f| f.id == "it-programming").unwrap();
    assert!(it.summary.contains("(ITO)"), "{}", it.summary);
}

#[test]
fn the_sort_teaches_that_the_work_decides_not_the_industry() {
    let c = content();
    let tasks = c.sort_tasks;
    assert!(tasks.len() >= 16, "{} tasks", tasks.len());
    let bpo = tasks.iter().filter(|t| t.answer == Side::Bpo).count();
    let kpo = tasks.len() - bpo;
    assert!(bpo.abs_diff(kpo) <= 1, "{bpo} BPO against {kpo} KPO");
    let paired: HashSet<_> = tasks
        .iter()
        .filter_map(|t| t.field)
        .filter(|f| {
            [Side::Bpo, Side::Kpo].iter().all(|side| {
                tasks
                    .iter()
                    .any(|t| t.field == Some(f) && t.answer == *side)
            })
        })
        .collect();
    assert!(
        paired.len() >= 4,
        "fields with a task on each side: {paired:?}"
    );
}

#[test]
fn no_sort_task_copies_a_field_card_and_none_gives_itself_away() {
    let c = content();
    let cards: Vec<&str> = c
        .fields
        .iter()
        .flat_map(|f| f.tasks.iter().copied())
        .collect();
    for t in c.sort_tasks {
        for card in &cards {
            assert!(
                !t.task.eq_ignore_ascii_case(card),
                "sort task {} copies a field card",
                t.id
            );
        }
        let words = words_of(t.task);
        for cue in [
            "checklist",
            "judge",
            "expert",
            "routine",
            "script",
            "creative",
        ] {
            assert!(
                !words.iter().any(|w| w == cue),
                "sort task {} gives itself away with \"{cue}\"",
                t.id
            );
        }
    }
}

#[test]
fn the_quiz_checks_understanding_with_new_cases() {
    let q = content().quiz;
    let n = q.questions.len();
    assert!((12..=15).contains(&n), "{n} questions");
    let count = |checks: Checks| q.questions.iter().filter(|x| x.checks == checks).count();
    assert!(
        count(Checks::NewCase) * 3 >= n * 2,
        "{} of {n} questions show a new case",
        count(Checks::NewCase)
    );
    assert!(count(Checks::Recall) <= 3);
    let tf: Vec<bool> = q
        .questions
        .iter()
        .filter(|x| x.kind == QuestionKind::TrueFalse)
        .map(|x| x.options[0].correct)
        .collect();
    assert!(tf.contains(&true) && tf.contains(&false), "{tf:?}");
}

#[test]
fn the_right_answer_is_not_given_away_by_length_or_place() {
    let q = content().quiz;
    let choice: Vec<_> = q
        .questions
        .iter()
        .filter(|x| x.kind == QuestionKind::SingleChoice)
        .collect();
    let longest_right = choice
        .iter()
        .filter(|x| {
            let longest = x
                .options
                .iter()
                .map(|o| o.text.chars().count())
                .max()
                .unwrap();
            x.options
                .iter()
                .any(|o| o.correct && o.text.chars().count() == longest)
        })
        .count();
    assert!(
        longest_right * 3 <= choice.len(),
        "the right answer is the longest in {longest_right} of {} choice questions",
        choice.len()
    );
    // No position holds more than half of the right answers.
    let mut at = [0usize; 6];
    for x in &choice {
        at[x.options.iter().position(|o| o.correct).unwrap()] += 1;
    }
    assert!(
        at.iter().all(|&k| k * 2 <= choice.len()),
        "right answers by position: {at:?}"
    );
}

#[test]
fn the_quiz_new_cases_appear_nowhere_else() {
    let c = content();
    // Every text outside the quiz, as word sequences.
    let mut elsewhere: Vec<String> = Vec::new();
    for (step, texts) in kpo_content::stats::step_texts(&c) {
        if step != Step::Quiz {
            elsewhere.extend(texts.iter().map(|t| words_of(t).join(" ")));
        }
    }
    let corpus = elsewhere.join(" | ");
    for q in c
        .quiz
        .questions
        .iter()
        .filter(|q| q.checks == Checks::NewCase)
    {
        // Any run of five words of its prompt found elsewhere is a copy.
        let w = words_of(q.prompt);
        for run in w.windows(5) {
            let run = run.join(" ");
            assert!(
                !corpus.contains(&run),
                "question {} repeats \"{run}\" from elsewhere in the widget",
                q.id
            );
        }
    }
}

#[test]
fn every_opinion_is_labelled_and_every_figure_sourced() {
    let c = content();
    let limits = c.why.iter().find(|w| w.id == "limits").unwrap();
    assert_eq!(limits.voice, Voice::Guide);
    assert!(limits.text.contains("this guide's view"));
    let legal = c.why.iter().find(|w| w.id == "legal-example").unwrap();
    assert_eq!(legal.voice, Voice::Reader);
    // The brain drain and turnover are two points, not one.
    let brain = c.why.iter().find(|w| w.id == "brain-drain").unwrap();
    let turnover = c.why.iter().find(|w| w.id == "turnover").unwrap();
    assert!(brain.text.contains("pay") && !brain.text.contains("grow"));
    assert!(turnover.text.contains("grow") && !turnover.text.contains("pay"));
    assert!(c
        .why
        .iter()
        .any(|w| w.quote.is_some_and(|q| q.contains("peopleware"))));
}

#[test]
fn answers_each_commenters_question() {
    let c = content();
    let asked: Vec<_> = c
        .reader_questions
        .iter()
        .map(|q| q.question.to_lowercase())
        .collect();
    assert!(asked.iter().any(|q| q.contains("what exactly")));
    assert!(asked.iter().any(|q| q.contains("brain drain")));
    assert!(
        asked
            .iter()
            .filter(|q| q.contains("different from bpo"))
            .count()
            >= 2
    );
    assert!(c.reader_questions.iter().any(|q| q.see == Step::Why));
}

#[test]
fn offers_a_three_task_warm_up_with_both_kinds() {
    let w = content().intro.warmup;
    assert_eq!(w.tasks.len(), 3);
    assert!(w.tasks.iter().any(|t| t.answer == Side::Bpo));
    assert!(w.tasks.iter().any(|t| t.answer == Side::Kpo));
}

#[test]
fn is_short_and_plain_enough_for_a_blog() {
    let c = content();
    let teaching = teaching_words(&c);
    assert!(teaching <= 1800, "{teaching} words of teaching text");
    for s in stats(&c) {
        assert!(
            s.minutes <= 2.0 || s.step == Step::Quiz,
            "{} takes {:.1} minutes",
            s.step.id(),
            s.minutes
        );
        assert!(
            s.grade <= 9.0,
            "{} reads at grade {:.1}",
            s.step.id(),
            s.grade
        );
    }
}

#[test]
fn uses_american_spelling() {
    let words = words_of(EN);
    // Stems that only British spelling has, and whole words.
    for british in [
        "judgement",
        "analyse",
        "centre",
        "modelling",
        "colour",
        "organis",
        "favour",
        "behaviour",
        "licence",
    ] {
        assert!(
            !words.iter().any(|w| w.starts_with(british)),
            "British spelling \"{british}\" in content/en.toml"
        );
    }
    for british in ["programme", "programmes"] {
        assert!(!words.iter().any(|w| w == british), "{british}");
    }
}

#[test]
fn band_messages_agree_with_pass_and_fail() {
    let q = content().quiz;
    for b in q.bands {
        let passing = b.min_percent >= q.pass_percent;
        let says_well = ["well done", "good", "passed", "you can tell"]
            .iter()
            .any(|w| b.message.to_lowercase().contains(w));
        assert!(
            passing || !says_well,
            "the band from {}% praises a failing score: {}",
            b.min_percent,
            b.message
        );
    }
}
