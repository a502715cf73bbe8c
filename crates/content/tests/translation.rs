//! A translation is checked against the default language's file: each
//! mistake a translator is likely to make, made once in the real Filipino
//! file, must be reported with the translation's file and line.

use kpo_content::parse::{check_file, compare, parse};

const EN: &str = include_str!("../../../content/en.toml");
const FIL: &str = include_str!("../../../content/fil.toml");
const PATH: &str = "content/fil.toml";

/// The 1-based line of `text`, which must occur exactly once in `source`.
fn line(source: &str, text: &str) -> usize {
    assert_eq!(source.matches(text).count(), 1, "{text:?} must occur once");
    source[..source.find(text).unwrap()].matches('\n').count() + 1
}

/// The 1-based line where `text` first occurs in `source`.
fn first_line(source: &str, text: &str) -> usize {
    source[..source.find(text).unwrap()].matches('\n').count() + 1
}

/// The report for the Filipino file with `find` replaced by `replace`.
fn edit(find: &str, replace: &str) -> (String, String) {
    line(FIL, find);
    let edited = FIL.replacen(find, replace, 1);
    let english = parse("content/en.toml", EN).unwrap();
    let filipino = parse(PATH, &edited).unwrap_or_else(|r| panic!("{r}"));
    match compare(PATH, &edited, &english, &filipino) {
        Ok(()) => panic!("the edit {find:?} -> {replace:?} was accepted"),
        Err(report) => (report.to_string(), edited),
    }
}

#[test]
fn the_filipino_file_says_the_same_things_as_the_english_one() {
    let english = parse("content/en.toml", EN).unwrap();
    let filipino = parse(PATH, FIL).unwrap();
    assert_eq!(compare(PATH, FIL, &english, &filipino), Ok(()));
    assert_eq!(filipino.meta.language, "fil");
    assert_ne!(filipino.steps.intro.heading, english.steps.intro.heading);
}

#[test]
fn a_different_right_answer() {
    let (report, edited) = edit(
        "id = \"warmup-claims\"\ntask = \"Tukuyin kung sakop ang bawat insurance claim, gamit ang checklist ng insurer\"\nanswer = \"bpo\"",
        "id = \"warmup-claims\"\ntask = \"Tukuyin kung sakop ang bawat insurance claim, gamit ang checklist ng insurer\"\nanswer = \"kpo\"",
    );
    assert_eq!(
        report,
        format!(
            "{PATH}:{}: warm-up task \"warmup-claims\"'s answer is kpo; in the default language's file it is bpo\n",
            line(&edited, "\"warmup-claims\"")
        )
    );
}

#[test]
fn another_option_marked_correct() {
    let (report, edited) = report_with_second_correct();
    assert!(
        report.contains(&format!(
            "{PATH}:{}: question \"q-school-websites\"'s right option (or true/false answer) is 3; in the default language's file it is 2",
            line(&edited, "\"q-school-websites\"")
        )),
        "{report}"
    );
}

/// The first question with its right answer moved to the third option.
fn report_with_second_correct() -> (String, String) {
    let find = "text = \"ITO\"\ncorrect = true\nfeedback = \"Ang pagpapatakbo ng mga system ng kliyente ay ang IT mismo.\"\n\n[[quiz.questions.options]]\ntext = \"KPO\"";
    let replace = "text = \"ITO\"\nfeedback = \"Ang pagpapatakbo ng mga system ng kliyente ay ang IT mismo.\"\n\n[[quiz.questions.options]]\ntext = \"KPO\"\ncorrect = true";
    edit(find, replace)
}

#[test]
fn a_missing_and_a_renamed_entry() {
    let (report, edited) = edit("id = \"overtime-pay\"", "id = \"overtime\"");
    assert_eq!(
        report,
        format!(
            "{PATH}:{}: sort task \"overtime-pay\" is missing: the default language's file has it\n{PATH}:{}: sort task \"overtime\" is not in the default language's file\n",
            first_line(&edited, "[[sort_tasks]]"),
            line(&edited, "\"overtime\"")
        )
    );
}

#[test]
fn entries_in_another_order() {
    let first = "id = \"kind-of-work\"";
    let second = "id = \"skills\"";
    let swapped = FIL
        .replacen(first, "id = \"SWAP\"", 1)
        .replacen(second, first, 1)
        .replacen("id = \"SWAP\"", second, 1);
    let english = parse("content/en.toml", EN).unwrap();
    let filipino = parse(PATH, &swapped).unwrap();
    let report = compare(PATH, &swapped, &english, &filipino)
        .unwrap_err()
        .to_string();
    assert_eq!(
        report,
        format!(
            "{PATH}:{}: the [[comparison]] entries are in another order than in the default language's file: kind-of-work, skills, paid-for, typical-tasks, decisions, jobs\n",
            first_line(&swapped, "[[comparison]]")
        )
    );
}

#[test]
fn a_moved_task_on_the_range_and_a_lost_quote() {
    let (report, _) = edit(
        "field = \"legal-services\"\nposition = 50",
        "field = \"legal-services\"\nposition = 60",
    );
    assert!(
        report.contains(
            "sort task \"lawsuit-emails\"'s position is 60; in the default language's file it is 50"
        ),
        "{report}"
    );
    let (report, _) = edit(
        "quote = \"technologically, and I mean hardware, software and peopleware\"\ngloss = \"Salin: sa teknolohiya, at ang tinutukoy ko ay hardware, software at peopleware (ang mga tao).\"\n",
        "",
    );
    assert!(
        report.contains(
            "why point \"competition\"'s quote is false; in the default language's file it is true"
        ),
        "{report}"
    );
}

#[test]
fn the_default_languages_own_tag() {
    let (report, edited) = edit("language = \"fil\"", "language = \"en\"");
    assert!(
        report.starts_with(&format!(
            "{PATH}:{}: a translation's meta language must differ from the default's (\"en\")",
            first_line(&edited, "language = \"en\"")
        )),
        "{report}"
    );
}

/// A file is named after its language, and a translation needs English
/// beside it: as the build and `cargo xtask check-content` check.
#[test]
fn a_file_named_for_another_language_or_alone_is_refused() {
    let dir = std::env::temp_dir().join(format!("kpo-translation-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let misnamed = dir.join("tl.toml");
    std::fs::write(&misnamed, FIL).unwrap();
    let report = check_file(&misnamed).unwrap_err().to_string();
    assert!(
        report.contains("the file says its language is \"fil\"; name it fil.toml"),
        "{report}"
    );
    let alone = dir.join("fil.toml");
    std::fs::write(&alone, FIL).unwrap();
    let report = check_file(&alone).unwrap_err().to_string();
    assert!(report.contains("en.toml, which cannot be read"), "{report}");
    std::fs::write(dir.join("en.toml"), EN).unwrap();
    assert!(check_file(&alone).is_ok());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A gloss says what a quote means: one without a quote is a mistake.
#[test]
fn a_gloss_without_a_quote() {
    let edited = FIL.replacen(
        "quote = \"technologically, and I mean hardware, software and peopleware\"\n",
        "",
        1,
    );
    let report = parse(PATH, &edited).unwrap_err().to_string();
    assert!(
        report.contains("why point \"competition\" has a gloss but no quote to gloss"),
        "{report}"
    );
}

#[test]
fn a_lost_or_misspelled_placeholder() {
    for (find, replace, expected) in [
        (
            "step_of = \"Hakbang {n} sa {total}\"",
            "step_of = \"Hakbang {n}\"",
            "ui step_of must contain the placeholder {total}",
        ),
        (
            "step_of = \"Hakbang {n} sa {total}\"",
            "step_of = \"Hakbang {n} sa {kabuuan}\"",
            "ui step_of has an unknown placeholder {kabuuan}",
        ),
    ] {
        let edited = FIL.replacen(find, replace, 1);
        let report = parse(PATH, &edited)
            .err()
            .unwrap_or_else(|| panic!("{replace:?} was accepted"))
            .to_string();
        let at = format!("{PATH}:{}: ", line(&edited, replace));
        assert!(
            report
                .lines()
                .any(|l| l.starts_with(&at) && l.contains(expected)),
            "no {at}{expected} in:\n{report}"
        );
    }
}

#[test]
fn a_task_of_another_kind_a_tell_swapped_and_a_case_moved() {
    let (report, edited) = edit(
        "id = \"shampoo-recipe\"\nkind = \"place\"",
        "id = \"shampoo-recipe\"\nkind = \"name\"\nanswer = \"kpo\"",
    );
    let at = line(&edited, "\"shampoo-recipe\"");
    assert_eq!(
        report,
        format!(
            "{PATH}:{at}: sort task \"shampoo-recipe\"'s kind is Name; in the default language's file it is Place\n{PATH}:{at}: sort task \"shampoo-recipe\"'s answer is kpo; in the default language's file it is none\n"
        )
    );
    let (report, edited) = edit(
        "answer = \"kpo\"\ntell = \"two-answers\"",
        "answer = \"kpo\"\ntell = \"answered-for\"",
    );
    assert_eq!(
        report,
        format!(
            "{PATH}:{}: sort task \"toll-road\"'s tell is answered-for; in the default language's file it is two-answers\n",
            line(&edited, "\"toll-road\"")
        )
    );
    let (report, edited) = edit(
        "tell = \"answered-for\"\nposition = 85\nprompt = \"Binabasa",
        "tell = \"answered-for\"\nposition = 60\nprompt = \"Binabasa",
    );
    assert_eq!(
        report,
        format!(
            "{PATH}:{}: question \"q-xray-reports\"'s position is Some(60); in the default language's file it is Some(85)\n",
            line(&edited, "\"q-xray-reports\"")
        )
    );
}

/// Words in the Filipino text that carry a prefix with an ASCII hyphen
/// ("i-check"), which a browser may break after, leaving "i-" at a line's
/// end; the file writes U+2011, the non-breaking hyphen ("i‑check").
fn breakable_prefixes(source: &str) -> Vec<String> {
    const PREFIXES: &[&str] = &[
        "i", "pag", "pang", "mag", "nag", "naka", "na", "ma", "ni", "maise", "isa", "ika", "mang",
        "ipag", "pinag", "taga", "pa", "ka", "mai", "nai", "maka",
    ];
    let mut found = Vec::new();
    for line in source.lines() {
        // Values only: ids and keys are not read.
        let Some((key, value)) = line.split_once(" = \"") else {
            continue;
        };
        if ["id", "tell", "see", "kind", "voice"].contains(&key.trim()) {
            continue;
        }
        for word in value.split(|c: char| !(c.is_alphabetic() || c == '-')) {
            if let Some((prefix, rest)) = word.split_once('-') {
                if PREFIXES.contains(&prefix.to_lowercase().as_str()) && !rest.is_empty() {
                    found.push(word.to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn a_filipino_prefix_stays_on_its_words_line() {
    assert_eq!(breakable_prefixes(FIL), Vec::<String>::new());
    assert_eq!(
        breakable_prefixes("check = \"I-check ang sagot\"\nid = \"i-x\"\nx = \"warm-up\""),
        ["I-check"]
    );
}
