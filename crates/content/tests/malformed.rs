//! Every mistake an author is likely to make, each checked against the exact
//! message it must produce. Each case edits a small valid file
//! (`fixtures/minimal.toml`) in one place.

use kpo_content::parse::parse;

const PATH: &str = "minimal.toml";
const BASE: &str = include_str!("fixtures/minimal.toml");

/// Replaces the one occurrence of `find` (it must be unique) and returns the
/// checker's full report.
fn report(find: &str, replace: &str) -> String {
    assert_eq!(
        BASE.matches(find).count(),
        1,
        "{find:?} must occur exactly once in the fixture"
    );
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
fn two_options_marked_correct() {
    assert_eq!(
        report("text = \"Data entry\"", "text = \"Data entry\"\ncorrect = true"),
        "minimal.toml:177: question \"q1\" has two options marked correct; mark exactly one with correct = true\n"
    );
}

#[test]
fn no_option_marked_correct() {
    assert_eq!(
        report("correct = true\nfeedback = \"Yes.\"", "feedback = \"Yes.\""),
        "minimal.toml:177: question \"q1\" has no option marked correct; mark exactly one with correct = true\n"
    );
}

#[test]
fn duplicate_id() {
    assert_eq!(
        report("id = \"chair\"", "id = \"calls\""),
        "minimal.toml:153: sort task id \"calls\" is already used on line 147\n"
    );
}

#[test]
fn id_with_forbidden_characters() {
    assert_eq!(
        report("id = \"calls\"", "id = \"Calls!\""),
        "minimal.toml:147: sort task id \"Calls!\" may use only lowercase letters, digits and hyphens\n"
    );
}

#[test]
fn empty_text() {
    assert_eq!(
        report("text = \"Expert work pays more.\"", "text = \"  \""),
        "minimal.toml:162: why point \"pay\" text is empty\n"
    );
}

#[test]
fn reference_to_a_missing_step() {
    assert_eq!(
        report("answer = \"Expert work.\"\nsee = \"definitions\"", "answer = \"Expert work.\"\nsee = \"defs\""),
        "minimal.toml:115: reader question 1 refers to step \"defs\", which does not exist; steps are: intro, definitions, comparison, fields, sort, why, quiz, results\n"
    );
}

#[test]
fn reference_to_a_missing_field() {
    assert_eq!(
        report("field = \"design\"", "field = \"desing\""),
        "minimal.toml:157: sort task \"chair\" refers to field \"desing\", which does not exist\n"
    );
}

#[test]
fn pass_mark_out_of_range() {
    assert_eq!(
        report("pass_percent = 50", "pass_percent = 140"),
        "minimal.toml:165: quiz pass_percent is 140; it must be a whole number from 1 to 100\n"
    );
}

#[test]
fn sort_answer_that_is_neither_side() {
    assert_eq!(
        report("answer = \"bpo\"", "answer = \"BPO\""),
        "minimal.toml:149: sort task \"calls\" has answer \"BPO\"; use \"bpo\" or \"kpo\"\n"
    );
}

#[test]
fn only_one_side_in_sorting() {
    assert_eq!(
        report("answer = \"bpo\"", "answer = \"kpo\""),
        "minimal.toml:146: sort_tasks has no task answered \"bpo\"; the reader needs both kinds\n"
    );
}

#[test]
fn bands_that_do_not_rise() {
    assert_eq!(
        report("min_percent = 50", "min_percent = 0"),
        "minimal.toml:173: quiz band min_percent 0 does not rise above the band before it (0)\n"
    );
}

#[test]
fn first_band_not_at_zero() {
    assert_eq!(
        report("min_percent = 0", "min_percent = 10"),
        "minimal.toml:169: the first quiz band starts at 10; it must start at 0 so every score has a message\n"
    );
}

#[test]
fn unknown_question_kind() {
    assert_eq!(
        report("kind = \"true-false\"", "kind = \"yes-no\""),
        "minimal.toml:194: question \"q2\" has kind \"yes-no\"; use \"single\" or \"true-false\"\n"
    );
}

#[test]
fn true_false_without_answer() {
    assert_eq!(
        report("answer = true\n", ""),
        "minimal.toml:194: question \"q2\" is true-false but has no answer = true or false\n"
    );
}

#[test]
fn single_choice_with_a_true_false_answer() {
    assert_eq!(
        report("kind = \"single\"", "kind = \"single\"\nanswer = true"),
        "minimal.toml:179: question \"q1\" is single-choice, so it takes options, not answer\n"
    );
}

#[test]
fn repeated_option() {
    assert_eq!(
        report("text = \"Data entry\"", "text = \"Design\""),
        "minimal.toml:189: question \"q1\" option 2 repeats option 1\n"
    );
}

#[test]
fn ui_string_missing_its_placeholder() {
    assert_eq!(
        report(
            "step_of = \"Step {n} of {total}\"",
            "step_of = \"Step {n}\""
        ),
        "minimal.toml:9: ui step_of must contain the placeholder {total}\n"
    );
}

#[test]
fn ui_string_with_an_unknown_placeholder() {
    assert_eq!(
        report("check = \"Check answer\"", "check = \"Check {step}\""),
        "minimal.toml:35: ui check has an unknown placeholder {step}; it takes none\n"
    );
}

#[test]
fn misspelt_ui_key() {
    assert_eq!(
        report("back = \"Back: {step}\"", "bakc = \"Back: {step}\""),
        "minimal.toml:8: ui is missing back\nminimal.toml:12: ui has no key \"bakc\" (did you mean \"back\"?)\n"
    );
}

#[test]
fn misspelt_field_name() {
    assert_eq!(
        report("if_false = \"No, they are.\"", "if_flase = \"No, they are.\""),
        "minimal.toml:198: unknown field `if_flase`, expected one of `id`, `kind`, `prompt`, `explanation`, `see`, `options`, `answer`, `if_true`, `if_false`\n"
    );
}

#[test]
fn wrong_type() {
    assert_eq!(
        report("shuffle = true", "shuffle = \"yes\""),
        "minimal.toml:166: invalid type: string \"yes\", expected a boolean\n"
    );
}

#[test]
fn unclosed_string() {
    assert_eq!(
        report("title = \"Test\"", "title = \"Test"),
        "minimal.toml:4: invalid basic string, expected `\"`\n"
    );
}

#[test]
fn field_with_too_few_tasks() {
    assert_eq!(
        report(
            "tasks = [\"Draft a chair\", \"Draw a house\"]",
            "tasks = [\"Draft a chair\"]"
        ),
        "minimal.toml:141: field \"design\" tasks has 1; it needs 2 to 3\n"
    );
}

#[test]
fn more_fields_than_the_widget_can_open() {
    let field = "[[fields]]\nid = \"design\"";
    let many: Vec<String> = (0..kpo_content::MAX_FIELDS)
        .map(|i| format!("[[fields]]\nid = \"f{i}\"\nname = \"F\"\nsummary = \"S.\"\ntasks = [\"A\", \"B\"]\nskills = [\"C\"]\nwhy_kpo = \"W.\"\nnamed_in = \"the post\"\n\n"))
        .collect();
    assert_eq!(
        report(field, &format!("{}{field}", many.concat())),
        "minimal.toml:137: fields has 64; it needs 1 to 63\n"
    );
}

#[test]
fn figure_without_a_source() {
    assert_eq!(
        report("text = \"Expert work pays more.\"", "text = \"Expert work pays 40% more.\""),
        "minimal.toml:162: why point \"pay\" shows a figure but names no source; add source = \"…\"\n"
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
        "minimal.toml:153: sort task id \"calls\" is already used on line 147\nminimal.toml:165: quiz pass_percent is 0; it must be a whole number from 1 to 100\n"
    );
}
