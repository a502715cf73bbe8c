//! The shipped English content parses and keeps what the explainer promises
//! its readers: it teaches tells a reader can see, practises the whole
//! range, checks understanding on new cases, says only what the post says
//! or labels it, and is short and plain enough for a blog.

use kpo_content::parse::parse;
use kpo_content::stats::{journey_minutes, stats, step_texts};
use kpo_content::{Checks, Content, QuestionKind, Side, Step, TaskKind, Voice, MIDDLE};

const EN: &str = include_str!("../../../content/en.toml");
/// The passages of the post and its comments that the content quotes,
/// copied exactly, punctuation included (the post is not in this
/// repository; these are its words).
const POST: &str = include_str!("fixtures/post-excerpts.txt");

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

/// Every text the widget shows, with where it is, for searching.
fn all_texts(c: &Content) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = step_texts(c).into_iter().flat_map(|(_, t)| t).collect();
    for q in c.quiz.questions {
        all.extend(q.options.iter().map(|o| o.feedback));
    }
    all.extend([c.spectrum.quote]);
    all.extend(c.why.iter().filter_map(|w| w.source));
    all
}

#[test]
fn compares_at_least_six_dimensions() {
    assert!(content().comparison.len() >= 6);
}

#[test]
fn the_range_has_bpo_and_kpo_at_its_ends_and_ito_is_named_by_its_subject() {
    let c = content();
    assert_eq!(c.definitions.ito.term, "ITO");
    let ito = c.definitions.ito.sentence;
    assert!(ito.contains("subject") && !ito.contains("middle"), "{ito}");
    let both = c.spectrum.both;
    assert!(both.contains("transaction processing is BPO"), "{both}");
    assert!(both.contains("credit-risk modeling KPO"), "{both}");
    let positions: Vec<u8> = c.spectrum.examples.iter().map(|e| e.position).collect();
    assert!(positions.iter().any(|&p| p < *MIDDLE.start()));
    assert!(positions.iter().any(|&p| p > *MIDDLE.end()));
    assert!(positions.iter().any(|p| MIDDLE.contains(p)));
}

#[test]
fn the_working_rule_is_tells_a_reader_can_see() {
    let c = content();
    let ids: Vec<_> = c.tells.items.iter().map(|t| t.id).collect();
    for id in ["set-rules", "answered-for", "two-answers", "it-itself"] {
        assert!(ids.contains(&id), "no tell {id}: {ids:?}");
    }
    for t in c.tells.items {
        assert!(t.question.ends_with('?'), "{}", t.question);
    }
    // "Rests on judgment" was the old rule: recitable, not applicable.
    for text in all_texts(&c) {
        assert!(!text.contains("rests on"), "{text}");
    }
}

#[test]
fn every_practice_reason_and_new_case_names_the_tell_it_turns_on() {
    let c = content();
    for t in c.sort_tasks {
        assert!(c.tells.get(t.tell).is_some(), "{}", t.id);
    }
    for q in c
        .quiz
        .questions
        .iter()
        .filter(|q| q.checks == Checks::NewCase)
    {
        assert!(q.tell.and_then(|t| c.tells.get(t)).is_some(), "{}", q.id);
    }
    // Work that is the IT itself is ITO wherever it sits.
    let it = c.sort_tasks.iter().filter(|t| t.answer == Some(Side::Ito));
    assert!(it.clone().count() >= 1);
    assert!(it.clone().all(|t| t.tell == "it-itself"));
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
    let it = c.fields.iter().find(|f| f.id == "it-programming").unwrap();
    assert!(it.summary.contains("ITO"), "{}", it.summary);
}

#[test]
fn the_practice_works_the_whole_range_and_names_ito() {
    let c = content();
    let place: Vec<_> = c
        .sort_tasks
        .iter()
        .filter(|t| t.kind == TaskKind::Place)
        .collect();
    let middle = place
        .iter()
        .filter(|t| MIDDLE.contains(&t.position))
        .count();
    assert!(middle >= 3, "{middle} tasks to place in the middle");
    assert!(place.iter().any(|t| t.position < *MIDDLE.start()));
    assert!(place.iter().any(|t| t.position > *MIDDLE.end()));
    let named: Vec<_> = c.sort_tasks.iter().filter_map(|t| t.answer).collect();
    for side in [Side::Bpo, Side::Ito, Side::Kpo] {
        assert!(named.contains(&side), "no task to name {side:?}");
    }
    // The tasks the issue named for the middle are there, each told why.
    for id in [
        "medical-codes",
        "lawsuit-emails",
        "shop-payments",
        "tank-drawings",
    ] {
        let t = c.sort_tasks.iter().find(|t| t.id == id).unwrap();
        assert!(MIDDLE.contains(&t.position), "{id} at {}", t.position);
        assert!(t.reason.contains("middle"), "{id}: {}", t.reason);
    }
}

#[test]
fn no_practice_task_gives_itself_away_by_a_word() {
    for t in content().sort_tasks {
        let words = words_of(t.task);
        for cue in [
            "checklist",
            "judge",
            "judgment",
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
fn the_quiz_checks_understanding_with_new_cases_and_the_middle() {
    let q = content().quiz;
    let n = q.questions.len();
    assert!((8..=15).contains(&n), "{n} questions");
    let count = |checks: Checks| q.questions.iter().filter(|x| x.checks == checks).count();
    assert!(
        count(Checks::NewCase) * 3 >= n * 2,
        "{} of {n} questions show a new case",
        count(Checks::NewCase)
    );
    assert!(count(Checks::Recall) <= 3);
    let middle = q
        .questions
        .iter()
        .filter(|x| x.position.is_some_and(|p| MIDDLE.contains(&p)))
        .count();
    assert!(middle >= 3, "{middle} cases from the middle");
    // ITO is a right answer somewhere in the quiz too.
    assert!(q
        .questions
        .iter()
        .any(|x| x.options.iter().any(|o| o.correct && o.text == "ITO")));
}

#[test]
fn the_quiz_new_cases_appear_nowhere_else() {
    let c = content();
    // Every text outside the quiz, as word sequences.
    let mut elsewhere: Vec<String> = Vec::new();
    for (step, texts) in step_texts(&c) {
        if step != Step::Quiz {
            elsewhere.extend(texts.iter().map(|t| words_of(t).join(" ")));
        }
    }
    let corpus = elsewhere.join(" | ");
    let names: Vec<String> = c
        .segments
        .iter()
        .map(|s| s.name)
        .chain(c.fields.iter().map(|f| f.name))
        .map(str::to_lowercase)
        .collect();
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
        // And no case leans on a card or a segment by its name.
        for text in std::iter::once(q.prompt).chain(q.options.iter().map(|o| o.text)) {
            for name in &names {
                assert!(
                    !text.to_lowercase().contains(name.as_str()),
                    "question {} names \"{name}\"",
                    q.id
                );
            }
        }
    }
}

#[test]
fn quotes_are_exact_punctuation_included() {
    let c = content();
    let mut quoted = vec![c.spectrum.quote];
    quoted.extend(c.why.iter().filter_map(|w| w.quote));
    // Quotes inside running text, between curly quotes.
    for text in all_texts(&c) {
        let mut rest = text;
        while let Some((_, after)) = rest.split_once('“') {
            let Some((inside, tail)) = after.split_once('”') else {
                break;
            };
            quoted.push(inside);
            rest = tail;
        }
    }
    // A one-word gloss ("in the living") is a translation, not a quote.
    let quoted: Vec<_> = quoted.into_iter().filter(|q| q.contains(' ')).collect();
    assert!(quoted.len() >= 6, "{quoted:?}");
    for q in quoted {
        if q == "in the living" {
            continue;
        }
        assert!(POST.contains(q), "not in the post's words: “{q}”");
    }
}

#[test]
fn says_only_what_the_post_says_or_labels_it() {
    let c = content();
    let all = all_texts(&c).join("\n");
    for wrong in [
        "architects in Manila",
        "client abroad",
        "comments 1 to 3",
        "three readers",
        "as good as",
        "first needs",
        "suit any market",
        "new creative problem",
        "spans the middle",
    ] {
        assert!(
            !all.contains(wrong),
            "\"{wrong}\" is not what the post says"
        );
    }
    // Comment 2 asked about the brain drain, not the definition.
    assert!(c.spectrum.credit.contains("never defines KPO"));
    let intro = c.intro.paragraphs.join(" ");
    assert!(intro.contains("Two readers") && intro.contains("brain drain"));
    let limits = c.why.iter().find(|w| w.id == "limits").unwrap();
    assert_eq!(limits.voice, Voice::Guide);
    assert!(limits.text.contains("this guide's view"));
    assert!(c.spectrum.caption.contains("This guide"));
    let repeated = all.matches("the work, not the industry").count();
    assert!(
        repeated <= 1,
        "\"the work, not the industry\" {repeated} times"
    );
}

#[test]
fn every_opinion_is_labelled_and_the_two_stay_points_apart() {
    let c = content();
    let legal = c.why.iter().find(|w| w.id == "legal-example").unwrap();
    assert_eq!(legal.voice, Voice::Reader);
    // The brain drain and turnover are two points, not one.
    let brain = c.why.iter().find(|w| w.id == "brain-drain").unwrap();
    let turnover = c.why.iter().find(|w| w.id == "turnover").unwrap();
    assert!(brain.text.contains("pay") && !brain.text.contains("grow"));
    assert!(turnover.text.contains("grow") && !turnover.text.contains("pay"));
    assert!(turnover.heading.contains("at their firm"));
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
    assert!(asked.iter().any(|q| q.contains("what does kpo involve")));
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
fn the_whole_journey_takes_at_most_twelve_minutes_at_grade_nine() {
    let c = content();
    let minutes = journey_minutes(&c);
    assert!(minutes <= 12.0, "the journey takes {minutes:.1} minutes");
    for s in stats(&c) {
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

#[test]
fn true_false_questions_are_few_and_balanced() {
    let q = content().quiz;
    let tf: Vec<bool> = q
        .questions
        .iter()
        .filter(|x| x.kind == QuestionKind::TrueFalse)
        .map(|x| x.options[0].correct)
        .collect();
    let trues = tf.iter().filter(|t| **t).count();
    assert_eq!(trues * 2, tf.len(), "{tf:?}");
}
