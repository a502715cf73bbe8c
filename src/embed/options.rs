//! The options an embedder sets, as `data-*` attributes on the host element
//! or query parameters on the iframe's URL: `theme`, `start`, `quiz-shuffle`
//! and `lang`.
//!
//! Plain Rust so it is tested natively. A wrong name or value is never fatal:
//! it becomes a warning naming the attribute and what it allows, and the
//! default is used. [`NAMES`] is the one list of option names; `embed.js`
//! has a copy that a test keeps equal.

use kpo_content::Step;

/// Where the options came from, so warnings name them as the embedder wrote
/// them (`data-theme` on an element, `theme=` in a URL).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Attribute,
    Query,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's system setting.
    #[default]
    Auto,
}

impl Theme {
    /// The theme for a page whose background is `light` or `dark` (as
    /// embed.js reads it); anything else leaves it to the reader's system.
    pub fn of_page(page: &str) -> Theme {
        match page {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The `data-theme` value set on the widget root; `None` follows the system.
    pub fn attr(self) -> Option<&'static str> {
        match self {
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
            Theme::Auto => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    pub theme: Theme,
    pub start: Option<Step>,
    /// `None` keeps the content's own setting.
    pub shuffle: Option<bool>,
}

/// Every option's name, as an attribute without `data-` or as a query key.
pub const NAMES: &[&str] = &["theme", "start", "quiz-shuffle", "lang"];

/// Names that are not options but may appear beside them (`preview`: the
/// block editor's frame, which keeps no progress; see `mount_standalone`).
const IGNORED: &[&str] = &["kpo-explainer", "kpo-explainer-frame", "embed", "preview"];

fn spelled(origin: Origin, name: &str) -> String {
    match origin {
        Origin::Attribute => format!("data-{name}"),
        Origin::Query => format!("{name}="),
    }
}

fn step_ids() -> String {
    Step::ALL
        .iter()
        .map(|s| s.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads options from `(name, value)` pairs, names without their `data-`
/// prefix. Returns the options and one warning per problem.
pub fn parse<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    origin: Origin,
) -> (Options, Vec<String>) {
    let mut options = Options::default();
    let mut warnings = Vec::new();
    for (name, raw) in pairs {
        let value = raw.trim().to_ascii_lowercase();
        let shown: String = raw.chars().take(40).collect();
        let mut bad = |allowed: &str, default: &str| {
            warnings.push(format!(
                "kpo-explainer: {} has the value \"{shown}\", which is not allowed; use {allowed}. Using the default, {default}.",
                spelled(origin, name)
            ));
        };
        match name {
            "theme" => match value.as_str() {
                "light" => options.theme = Theme::Light,
                "dark" => options.theme = Theme::Dark,
                "auto" => options.theme = Theme::Auto,
                _ => bad("light, dark or auto", "auto"),
            },
            "start" => match Step::from_id(&value) {
                Some(step) => options.start = Some(step),
                None => bad(&step_ids(), "intro"),
            },
            "quiz-shuffle" => match value.as_str() {
                "true" => options.shuffle = Some(true),
                "false" => options.shuffle = Some(false),
                _ => bad("true or false", "the content's setting"),
            },
            // The language is chosen before the widget starts, to fetch its
            // words: embed.js and boot.js read it, and warn about one the
            // build doesn't have.
            "lang" => {}
            // Where to count answers (the WordPress plugin's address for
            // them): embed.js reads it, only after the reader's first answer.
            "report" => {}
            n if IGNORED.contains(&n) => {}
            _ => {
                let name: String = name.chars().take(40).collect();
                warnings.push(format!(
                    "kpo-explainer: unknown option {}; the options are {} (light, dark or auto), {} ({}), {} (true or false) and {} (a language tag, such as fil or en).",
                    spelled(origin, &name),
                    spelled(origin, "theme"),
                    spelled(origin, "start"),
                    step_ids(),
                    spelled(origin, "quiz-shuffle"),
                    spelled(origin, "lang"),
                ))
            }
        }
    }
    (options, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &[(&'static str, &'static str)]) -> (Options, Vec<String>) {
        parse(pairs.iter().copied(), Origin::Attribute)
    }

    #[test]
    fn no_options_means_the_defaults() {
        assert_eq!(attrs(&[]), (Options::default(), vec![]));
    }

    #[test]
    fn reads_every_option() {
        let (o, w) = attrs(&[
            ("theme", "dark"),
            ("start", "quiz"),
            ("quiz-shuffle", "false"),
            ("lang", "fil"),
        ]);
        assert_eq!(w, Vec::<String>::new());
        assert_eq!(
            o,
            Options {
                theme: Theme::Dark,
                start: Some(Step::Quiz),
                shuffle: Some(false)
            }
        );
    }

    #[test]
    fn values_are_forgiving_about_case_and_spaces() {
        let (o, w) = attrs(&[("theme", " Light "), ("quiz-shuffle", "TRUE")]);
        assert!(w.is_empty());
        assert_eq!((o.theme, o.shuffle), (Theme::Light, Some(true)));
    }

    #[test]
    fn a_bad_value_names_the_attribute_and_what_it_allows() {
        let (o, w) = attrs(&[("theme", "blue")]);
        assert_eq!(o.theme, Theme::Auto);
        assert_eq!(
            w,
            vec!["kpo-explainer: data-theme has the value \"blue\", which is not allowed; use light, dark or auto. Using the default, auto."]
        );
        let (o, w) = attrs(&[("start", "nowhere")]);
        assert_eq!(o.start, None);
        assert!(w[0].contains("data-start") && w[0].contains("intro, definitions, comparison"));
    }

    #[test]
    fn an_unknown_option_lists_the_real_ones() {
        let (_, w) = attrs(&[("thme", "dark")]);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("kpo-explainer: unknown option data-thme;"));
        assert!(w[0].contains("data-theme") && w[0].contains("data-quiz-shuffle"));
        assert!(w[0].contains("data-lang"));
    }

    #[test]
    fn query_warnings_use_query_names() {
        let (_, w) = parse([("quiz-shuffle", "maybe")], Origin::Query);
        assert!(w[0].starts_with("kpo-explainer: quiz-shuffle= has the value \"maybe\""));
    }

    #[test]
    fn the_marker_attributes_are_not_options() {
        let (_, w) = attrs(&[("kpo-explainer", ""), ("kpo-explainer-frame", "")]);
        assert!(w.is_empty());
    }

    #[test]
    fn junk_is_shown_shortened_and_never_panics() {
        let long = "x".repeat(10_000);
        let long: &'static str = Box::leak(long.into_boxed_str());
        for junk in ["", "<script>alert(1)</script>", "ダーク", "\u{0}", long] {
            let (o, w) = attrs(&[
                ("theme", junk),
                ("start", junk),
                ("quiz-shuffle", junk),
                (junk, junk),
            ]);
            assert_eq!(o, Options::default());
            assert!(w.len() >= 3, "{junk:?}");
            assert!(w.iter().all(|m| m.len() < 400));
        }
    }

    /// The JavaScript list `var NAME = [...]` in a script.
    fn js_list(js: &str, var: &str) -> Vec<String> {
        let start = js
            .find(&format!("var {var} = ["))
            .unwrap_or_else(|| panic!("no `var {var} = [...]`"));
        let rest = &js[start..];
        let body = &rest[rest.find('[').unwrap() + 1..rest.find(']').unwrap()];
        body.split(',')
            .map(|s| s.trim().trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// `embed.js` and the WordPress block's editor script copy the option
    /// names, to pass options to a frame without loading the widget; the
    /// plugin's PHP names the options' data attributes. These copies must
    /// not drift from the Rust. The step ids are the build's to fill in
    /// (crates/prerender): no script may keep a list of its own.
    #[test]
    fn the_scripts_and_the_plugin_know_every_option_and_no_script_lists_steps() {
        for (file, js) in [
            ("src/js/embed.js", include_str!("../js/embed.js")),
            (
                "wordpress/editor.js",
                include_str!("../../wordpress/editor.js"),
            ),
        ] {
            assert_eq!(js_list(js, "OPTIONS"), NAMES, "{file}");
            for step in Step::ALL {
                let quoted = format!("\"{}\"", step.id());
                assert!(!js.contains(&quoted), "{file} names the step {quoted}");
            }
        }
        assert!(js_list(include_str!("../js/embed.js"), "STEPS").is_empty());
        let php = include_str!("../../wordpress/kpo-explainer.php");
        let attributes: Vec<&str> = php
            .split("=> 'data-")
            .skip(1)
            .map(|rest| rest.split('\'').next().unwrap())
            .collect();
        assert_eq!(attributes, NAMES, "wordpress/kpo-explainer.php");
    }
}
