//! Every mistake an author is likely to make, each checked against the exact
//! message it must produce. Each case edits a small valid file
//! (`fixtures/minimal.toml`) in one place, and finds the line the message
//! must name in the fixture itself.

use kpo_content::parse::parse;

const PATH: &str = "minimal.toml";
const BASE: &str = include_str!("fixtures/minimal.toml");

/// The 1-based line of `text`, which must occur exactly once in the fixture.
fn line(text: &str) -> usize {
    assert_eq!(
        BASE.matches(text).count(),
        1,
        "{text:?} must occur exactly once in the fixture"
    );
    BASE[..BASE.find(text).unwrap()].matches('\n').count() + 1
}

/// `minimal.toml:LINE: message`, one report line.
fn at(line: usize, message: &str) -> String {
    format!("{PATH}:{line}: {message}\n")
}

/// Replaces the one occurrence of `find` and returns the checker's full
/// report.
fn report(find: &str, replace: &str) -> String {
    line(find);
    let edited = BASE.replacen(find, replace, 1);
    match parse(PATH, &edited) {
        Ok(_) => panic!("the edit {find:?} -> {replace:?} was accepted"),
        Err(report) => report.to_string(),
    }
}

#[test]
fn the_fixture_itself_is_valid() {
    let content = parse(PATH, BASE).expect("the fixture is valid");
    assert_eq!(content.quiz.questions.len(), 2);
}

#[test]
fn the_line_finder_counts_from_one() {
    assert_eq!(line("# A small valid content file"), 1);
    assert_eq!(line("[meta]"), 2);
}

#[test]
fn two_options_marked_correct() {
    assert_eq!(
        report(
            "text = \"Data entry\"",
            "text = \"Data entry\"\ncorrect = true"
        ),
        at(
            line("id = \"q1\""),
            "question \"q1\" has two options marked correct; mark exactly one with correct = true"
        )
    );
}

#[test]
fn no_option_marked_correct() {
    assert_eq!(
        report(
            "correct = true\nfeedback = \"Design takes expertise.\"",
            "feedback = \"Design takes expertise.\""
        ),
        at(
            line("id = \"q1\""),
            "question \"q1\" has no option marked correct; mark exactly one with correct = true"
        )
    );
}

#[test]
fn duplicate_id() {
    assert_eq!(
        report("id = \"chair\"", "id = \"calls\""),
        at(
            line("id = \"chair\""),
            &format!(
                "sort task id \"calls\" is already used on line {}",
                line("id = \"calls\"")
            )
        )
    );
}

#[test]
fn id_with_forbidden_characters() {
    assert_eq!(
        report("id = \"calls\"", "id = \"Calls!\""),
        at(
            line("id = \"calls\""),
            "sort task id \"Calls!\" may use only lowercase letters, digits and hyphens"
        )
    );
}

#[test]
fn empty_text() {
    assert_eq!(
        report("text = \"Expert work pays more.\"", "text = \"  \""),
        at(
            line("text = \"Expert work pays more.\""),
            "why point \"pay\" text is empty"
        )
    );
}

#[test]
fn reference_to_a_missing_step() {
    assert_eq!(
        report("answer = \"Expert work.\"\nsee = \"definitions\"", "answer = \"Expert work.\"\nsee = \"defs\""),
        at(
            line("answer = \"Expert work.\"") + 1,
            "reader question 1 refers to step \"defs\", which does not exist; steps are: intro, definitions, comparison, fields, sort, why, quiz, results"
        )
    );
}

#[test]
fn a_missing_step() {
    let results = "[steps.results]\nlabel = \"Results\"\nheading = \"Your results\"\nlead = \"Your score, and every answer with its explanation.\"\n";
    assert_eq!(
        report(results, ""),
        at(line("[steps.intro]"), "steps is missing [steps.results]")
    );
}

#[test]
fn a_step_that_does_not_exist() {
    assert_eq!(
        report("[steps.results]", "[steps.results]\nlabel = \"Results\"\nheading = \"Your results\"\nlead = \"Your score.\"\n\n[steps.result]"),
        at(
            line("[steps.results]") + 5,
            "steps has no step \"result\"; steps are: intro, definitions, comparison, fields, sort, why, quiz, results"
        )
    );
}

#[test]
fn reference_to_a_missing_field() {
    assert_eq!(
        report("field = \"design\"", "field = \"desing\""),
        at(
            line("field = \"design\""),
            "sort task \"chair\" refers to field \"desing\", which does not exist"
        )
    );
}

#[test]
fn pass_mark_out_of_range() {
    assert_eq!(
        report("pass_percent = 50", "pass_percent = 140"),
        at(
            line("pass_percent = 50"),
            "quiz pass_percent is 140; it must be a whole number from 1 to 100"
        )
    );
}

#[test]
fn sort_answer_that_is_no_name() {
    assert_eq!(
        report("answer = \"bpo\"\ntell", "answer = \"BPO\"\ntell"),
        at(
            line("answer = \"bpo\"\ntell"),
            "sort task \"calls\" has answer \"BPO\"; use \"bpo\" or \"ito\" or \"kpo\""
        )
    );
}

#[test]
fn a_task_to_name_without_an_answer_and_one_to_place_with_one() {
    assert_eq!(
        report("kind = \"name\"\ntask = \"Answer calls\"\nanswer = \"bpo\"\n", "kind = \"name\"\ntask = \"Answer calls\"\n"),
        at(
            line("[[sort_tasks]]\nid = \"codes\""),
            "sort_tasks has no task to name with answer \"bpo\"; the reader needs both ends"
        ) + &at(
            line("kind = \"name\"\ntask = \"Answer calls\""),
            "sort task \"calls\" is a task to name but has no answer; add answer = \"bpo\", \"ito\" or \"kpo\""
        )
    );
    assert_eq!(
        report(
            "task = \"Code records\"\n",
            "task = \"Code records\"\nanswer = \"bpo\"\n"
        ),
        at(
            line("task = \"Code records\"") + 1,
            "sort task \"codes\" is a task to place, graded by its position; remove its answer"
        )
    );
}

#[test]
fn an_unknown_kind_of_task() {
    assert_eq!(
        report("kind = \"place\"", "kind = \"slide\""),
        at(
            line("kind = \"place\""),
            "sort task \"codes\" has kind \"slide\"; use \"place\" or \"name\""
        )
    );
}

#[test]
fn a_tell_that_does_not_exist() {
    assert_eq!(
        report(
            "tell = \"rules\"\nreason = \"Partly both.\"",
            "tell = \"rulez\"\nreason = \"Partly both.\""
        ),
        at(
            line("tell = \"rules\"\nreason = \"Partly both.\""),
            "sort task \"codes\" names the tell \"rulez\", which does not exist; tells are: rules"
        )
    );
}

#[test]
fn a_new_case_without_its_tell_and_position() {
    assert_eq!(
        report("tell = \"rules\"\nposition = 90\n", ""),
        at(
            line("checks = \"new-case\""),
            "question \"q1\" is a new case but has no tell; add tell = …"
        ) + &at(
            line("checks = \"new-case\""),
            "question \"q1\" is a new case but has no position; add position = …"
        )
    );
}

#[test]
fn only_one_side_in_sorting() {
    assert_eq!(
        report(
            "answer = \"bpo\"\ntell = \"rules\"\nreason = \"A set process.\"\nposition = 10",
            "answer = \"kpo\"\ntell = \"rules\"\nreason = \"A set process.\"\nposition = 60"
        ),
        at(
            line("[[sort_tasks]]\nid = \"codes\""),
            "sort_tasks has no task to name with answer \"bpo\"; the reader needs both ends"
        )
    );
}

#[test]
fn bands_that_do_not_rise() {
    assert_eq!(
        report("min_percent = 50", "min_percent = 0"),
        // The pass mark (50) has lost its band too.
        at(
            line("[[quiz.bands]]\nmin_percent = 0"),
            "no quiz band starts at the pass mark (50%), so one message would speak to scores that pass and scores that fail; add a band with min_percent = 50"
        ) + &at(
            line("min_percent = 50"),
            "quiz band min_percent 0 does not rise above the band before it (0)"
        )
    );
}

#[test]
fn first_band_not_at_zero() {
    assert_eq!(
        report("min_percent = 0", "min_percent = 10"),
        at(
            line("min_percent = 0"),
            "the first quiz band starts at 10; it must start at 0 so every score has a message"
        )
    );
}

#[test]
fn unknown_question_kind() {
    assert_eq!(
        report("kind = \"true-false\"", "kind = \"yes-no\""),
        at(
            line("kind = \"true-false\""),
            "question \"q2\" has kind \"yes-no\"; use \"single\" or \"true-false\""
        )
    );
}

#[test]
fn true_false_without_answer() {
    assert_eq!(
        report("answer = true\n", ""),
        at(
            line("kind = \"true-false\""),
            "question \"q2\" is true-false but has no answer = true or false"
        )
    );
}

#[test]
fn single_choice_with_a_true_false_answer() {
    assert_eq!(
        report("kind = \"single\"", "kind = \"single\"\nanswer = true"),
        at(
            line("kind = \"single\"") + 1,
            "question \"q1\" is single-choice, so it takes options, not answer"
        )
    );
}

#[test]
fn repeated_option() {
    assert_eq!(
        report("text = \"Data entry\"", "text = \"Design\""),
        at(
            line("text = \"Data entry\""),
            "question \"q1\" option 2 repeats option 1"
        )
    );
}

#[test]
fn ui_string_missing_its_placeholder() {
    assert_eq!(
        report(
            "step_of = \"Step {n} of {total}\"",
            "step_of = \"Step {n}\""
        ),
        at(
            line("step_of = "),
            "ui step_of must contain the placeholder {total}"
        )
    );
}

#[test]
fn ui_string_with_an_unknown_placeholder() {
    assert_eq!(
        report("check = \"Check answer\"", "check = \"Check {step}\""),
        at(
            line("check = \"Check answer\""),
            "ui check has an unknown placeholder {step}; it takes none"
        )
    );
}

#[test]
fn misspelt_ui_key() {
    assert_eq!(
        report("back = \"Back: {step}\"", "bakc = \"Back: {step}\""),
        at(line("[ui]"), "ui is missing back")
            + &at(
                line("back = \"Back: {step}\""),
                "ui has no key \"bakc\" (did you mean \"back\"?)"
            )
    );
}

#[test]
fn misspelt_field_name() {
    assert_eq!(
        report(
            "if_false = \"They are: support is routine.\"",
            "if_flase = \"They are: support is routine.\""
        ),
        at(
            line("if_false = \"They are: support is routine.\""),
            "unknown field `if_flase`, expected one of `id`, `kind`, `checks`, `prompt`, `explanation`, `see`, `tell`, `position`, `options`, `answer`, `if_true`, `if_false`"
        )
    );
}

#[test]
fn wrong_type() {
    assert_eq!(
        report("shuffle = true", "shuffle = \"yes\""),
        at(
            line("shuffle = true"),
            "invalid type: string \"yes\", expected a boolean"
        )
    );
}

#[test]
fn unclosed_string() {
    assert_eq!(
        report("title = \"Test\"", "title = \"Test"),
        at(
            line("title = \"Test\""),
            "invalid basic string, expected `\"`"
        )
    );
}

#[test]
fn any_number_of_fields_is_accepted() {
    let field = "[[fields]]\nid = \"design\"";
    let many: Vec<String> = (0..100)
        .map(|i| {
            format!(
                "[[fields]]\nid = \"f{i}\"\nname = \"F\"\nsummary = \"S.\"\nfrom = \"post\"\n\n"
            )
        })
        .collect();
    let edited = BASE.replacen(field, &format!("{}{field}", many.concat()), 1);
    assert_eq!(parse(PATH, &edited).map(|c| c.fields.len()), Ok(101));
}

#[test]
fn figure_without_a_source() {
    assert_eq!(
        report(
            "text = \"Expert work pays more.\"",
            "text = \"Expert work pays 40% more.\""
        ),
        at(
            line("text = \"Expert work pays more.\""),
            "why point \"pay\" shows a figure but names no source; add source = \"…\""
        )
    );
}

#[test]
fn figure_with_a_source_is_accepted() {
    let edited = BASE.replacen(
        "text = \"Expert work pays more.\"",
        "text = \"Expert work pays 40% more.\"\nsource = \"A survey\"",
        1,
    );
    assert!(parse(PATH, &edited).is_ok());
}

#[test]
fn several_mistakes_are_all_reported_in_line_order() {
    let edited = BASE
        .replacen("pass_percent = 50", "pass_percent = 0", 1)
        .replacen("id = \"chair\"", "id = \"calls\"", 1);
    let report = parse(PATH, &edited).unwrap_err().to_string();
    assert_eq!(
        report,
        at(
            line("id = \"chair\""),
            &format!(
                "sort task id \"calls\" is already used on line {}",
                line("id = \"calls\"")
            )
        ) + &at(
            line("pass_percent = 50"),
            "quiz pass_percent is 0; it must be a whole number from 1 to 100"
        )
    );
}

#[test]
fn feedback_that_starts_with_its_own_verdict() {
    assert_eq!(
        report(
            "feedback = \"That is routine.\"",
            "feedback = \"No, that is routine.\""
        ),
        at(
            line("feedback = \"That is routine.\""),
            "question \"q1\" option 2 feedback begins with \"No\", a verdict the widget already shows; start with the reason instead"
        )
    );
    assert_eq!(
        report("if_true = \"Support is routine.\"", "if_true = \"Right! Support is routine.\""),
        at(
            line("if_true = \"Support is routine.\""),
            "question \"q2\" if_true begins with \"Right\", a verdict the widget already shows; start with the reason instead"
        )
    );
}

#[test]
fn a_reason_or_explanation_that_repeats_the_widgets_own_verdict() {
    // "Not quite." is the fixture's own ui.incorrect, so it counts too.
    assert_eq!(
        report("reason = \"A set process.\"", "reason = \"Not quite: a set process.\""),
        at(
            line("reason = \"A set process.\""),
            "sort task \"calls\" reason begins with \"Not quite\", a verdict the widget already shows; start with the reason instead"
        )
    );
    assert_eq!(
        report(
            "explanation = \"Support is routine.\"",
            "explanation = \"“Correct”: support is routine.\""
        ),
        at(
            line("explanation = \"Support is routine.\""),
            "question \"q2\" explanation begins with \"Correct\", a verdict the widget already shows; start with the reason instead"
        )
    );
}

#[test]
fn a_word_that_only_starts_like_a_verdict_is_fine() {
    for text in [
        "Nothing here is routine.",
        "Notably routine.",
        "Yesterday's work.",
    ] {
        let edited = BASE.replacen("That is routine.", text, 1);
        assert!(parse(PATH, &edited).is_ok(), "{text}");
    }
}

#[test]
fn no_band_at_the_pass_mark() {
    assert_eq!(
        report("pass_percent = 50", "pass_percent = 60"),
        at(
            line("[[quiz.bands]]\nmin_percent = 0"),
            "no quiz band starts at the pass mark (60%), so one message would speak to scores that pass and scores that fail; add a band with min_percent = 60"
        )
    );
}

#[test]
fn a_sort_task_placed_on_the_wrong_side_of_the_range() {
    assert_eq!(
        report("reason = \"A set process.\"\nposition = 10", "reason = \"A set process.\"\nposition = 70"),
        at(
            line("reason = \"A set process.\"") + 1,
            "sort task \"calls\" is answered \"bpo\" but placed at 70; its tasks sit below 50 on the range"
        )
    );
}

#[test]
fn a_position_off_the_range() {
    assert_eq!(
        report("task = \"Answer calls\"\nposition = 10", "task = \"Answer calls\"\nposition = 140"),
        at(
            line("task = \"Answer calls\"\nposition = 10") + 1,
            "spectrum example 1 position is 140; it must be from 0 (a set process) to 100 (expert judgment)"
        )
    );
}

#[test]
fn an_unknown_voice_and_a_field_in_the_guides_voice() {
    assert_eq!(
        report("voice = \"post\"", "voice = \"author\""),
        at(
            line("voice = \"post\""),
            "why point \"pay\" voice is \"author\"; use \"post\" or \"reader\" or \"guide\""
        )
    );
    assert_eq!(
        report("from = \"post\"", "from = \"guide\""),
        at(
            line("from = \"post\""),
            "field \"design\" from is \"guide\"; use \"post\" or \"reader\""
        )
    );
}

#[test]
fn an_unknown_kind_of_check() {
    assert_eq!(
        report("checks = \"recall\"", "checks = \"memory\""),
        at(
            line("checks = \"recall\""),
            "question \"q2\" checks \"memory\"; use \"new-case\", \"argument\" or \"recall\""
        )
    );
}

#[test]
fn a_warm_up_task_on_neither_side() {
    assert_eq!(
        report(
            "task = \"Enter receipts\"\nanswer = \"bpo\"",
            "task = \"Enter receipts\"\nanswer = \"maybe\""
        ),
        at(
            line("task = \"Enter receipts\"") + 1,
            "warm-up task \"w1\" has answer \"maybe\"; use \"bpo\" or \"kpo\""
        )
    );
}

#[test]
fn a_task_to_place_after_one_to_name() {
    let place = "[[sort_tasks]]\nid = \"codes\"\nkind = \"place\"\ntask = \"Code records\"\ntell = \"rules\"\nreason = \"Partly both.\"\nposition = 45\n\n";
    let moved = BASE
        .replacen(place, "", 1)
        .replacen("[[why]]", &format!("{place}[[why]]"), 1);
    let report = parse(PATH, &moved).map(|_| ()).unwrap_err().to_string();
    let at_line = moved[..moved.find("kind = \"place\"").unwrap()]
        .matches('\n')
        .count()
        + 1;
    assert_eq!(
        report,
        at(
            at_line,
            "sort task \"codes\" is a task to place after a task to name; list the tasks to place first"
        )
    );
}
