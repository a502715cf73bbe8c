//! Trunk's post-build step. For every language the build has, it renders
//! the widget's first step to HTML into that language's page
//! (`index.<tag>.html`, with its title, description and links to the
//! others; `index.html`, the door for a reader whose language isn't known
//! yet, is the default language's), so the page is readable before the
//! WebAssembly arrives, with JavaScript off, and when the WebAssembly can't
//! load; and it writes the language's words (`content.<tag>.txt`), which the
//! page hands the widget. It tells `boot.js` and `embed.js` which languages
//! there are, and `embed.js` the steps; it lists the languages in
//! `languages.json` and the steps in `steps.json` for the WordPress block;
//! and it renders every step for the WordPress plugin to show before the
//! widget starts (`fragment.<tag>.<step>.html`). On release builds it then
//! slims the JS glue and the wasm (`slim`).
//!
//! Run by Trunk after each build (`post_build` hook, `TRUNK_STAGING_DIR`,
//! `TRUNK_PROFILE`), or by hand with the folder as the argument. The client
//! replaces the pre-rendered HTML with an identical live render in the same
//! task, so nothing flashes or moves.

mod slim;

use std::cell::Cell;
use std::path::PathBuf;

use html_escape::encode_text;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use kpo_content::{page_file, Language, Step};
use kpo_explainer::app::AppProps;
use kpo_explainer::content::{Words, BUILT};
use kpo_explainer::App;

/// The same first render a new reader's browser makes, with every control
/// disabled: a pre-rendered button that looks ready but does nothing would
/// swallow an early click.
async fn render(words: Words) -> String {
    let props = yew::props!(AppProps {
        words,
        storage_key: None::<yew::AttrValue>,
        use_hash: false,
        whole_page: true,
        prerendered: true,
    });
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// A step as a widget on someone else's page first shows it, for the
/// WordPress plugin to put on the page before the WebAssembly arrives
/// (`fragment.<tag>.<step>.html`): every control disabled, light, and a note
/// for a reader without JavaScript linking to the standalone page
/// (`{{WIDGET}}` is the plugin's address for the widget's folder).
async fn render_fragment(words: Words, step: Step) -> String {
    let props = yew::props!(AppProps {
        words,
        storage_key: None::<yew::AttrValue>,
        use_hash: false,
        start: Some(step),
        theme: Some(yew::AttrValue::Static("light")),
        // The live widget offers "Embed this" with the plugin's address:
        // the same line here, so the step keeps its height.
        base_url: Some(yew::AttrValue::Static("{{WIDGET}}")),
        prerendered: true,
    });
    let html = yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    let file = page_file(words.meta.language);
    format!(
        "{html}<p class=\"kpo-fallback kpo-noscript\" role=\"note\" hidden>{} <a href=\"{{{{WIDGET}}}}{file}\" target=\"_blank\" rel=\"noopener\">{}</a></p>",
        encode_text(words.ui.wasm_failed),
        encode_text(words.ui.open_in_new_tab)
    )
}

/// An attribute's value as `set_attribute` takes it: lol_html escapes only
/// `"`, and leaves an `&` to be read as the start of an entity.
fn attribute(value: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(value)
}

/// What [`rewrite`] does to an element a selector matched.
type Handler<'a> = Box<dyn FnMut(&mut lol_html::html_content::Element) -> Result<(), String> + 'a>;

/// `page` rewritten by `handlers`, each of which must have matched: a
/// template that lost an element the build fills fails the build, naming
/// it, rather than shipping a page without it.
fn rewrite(page: &str, handlers: Vec<(&str, Handler<'_>)>) -> Result<String, String> {
    let seen: Vec<Cell<bool>> = handlers.iter().map(|_| Cell::new(false)).collect();
    let selectors: Vec<&str> = handlers.iter().map(|(s, _)| *s).collect();
    let settings = handlers.into_iter().zip(&seen).fold(
        RewriteStrSettings::new(),
        |settings, ((selector, mut handler), seen)| {
            settings.append_element_content_handler(element!(selector, move |el| {
                seen.set(true);
                handler(el).map_err(Into::into)
            }))
        },
    );
    let out = rewrite_str(page, settings).map_err(|e| format!("rewriting the page: {e}"))?;
    match seen.iter().position(|s| !s.get()) {
        Some(i) => Err(format!("index.html has no {}", selectors[i])),
        None => Ok(out),
    }
}

/// `page` in `words`' language: its `<html lang>`, title and description,
/// and `<link rel=alternate hreflang>` to every language's page (aliases
/// too: a search engine may know Filipino as `tl`).
fn in_language(page: &str, words: Words, every: &[(Words, Language)]) -> Result<String, String> {
    let meta = &words.meta;
    let mut links = String::new();
    let mut link = |hreflang: &str, href: &str| {
        links.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            attribute(hreflang),
            attribute(href)
        ));
    };
    for (other, language) in every {
        for tag in std::iter::once(&language.tag).chain(other.meta.aliases) {
            link(tag, &page_file(language.tag));
        }
    }
    link("x-default", "index.html");
    rewrite(
        page,
        vec![
            (
                "html",
                Box::new(|el| {
                    el.set_attribute("lang", &attribute(meta.language))
                        .map_err(|e| e.to_string())
                }),
            ),
            (
                "title",
                Box::new(|el| {
                    el.set_inner_content(&encode_text(meta.page_title), ContentType::Html);
                    Ok(())
                }),
            ),
            // The links follow the description: Trunk's minifier drops the
            // optional `<head>` start tag, so there is no element to append to.
            (
                "meta[name=description]",
                Box::new(|el| {
                    el.after(&links, ContentType::Html);
                    el.set_attribute("content", &attribute(meta.page_description))
                        .map_err(|e| e.to_string())
                }),
            ),
        ],
    )
}

/// Sets a script's `var NAME = …;` to `value` (JSON, which is JavaScript).
fn fill(script: &str, name: &str, value: &serde_json::Value) -> Result<String, String> {
    let var = format!("var {name} = ");
    let start = script
        .find(&var)
        .ok_or_else(|| format!("has no `var {name} = …;` to fill"))?
        + var.len();
    let end = script[start..]
        .find(";\n")
        .ok_or_else(|| format!("has no `;` ending a line after `var {name} =`"))?
        + start;
    Ok(format!("{}{value}{}", &script[..start], &script[end..]))
}

/// What the scripts are told of the languages: `{tag or alias: tag}`, the
/// default first, by which they pick the language to fetch.
fn languages_value(every: &[(Words, Language)]) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (words, language) in every {
        for tag in std::iter::once(&language.tag).chain(words.meta.aliases) {
            map.insert((*tag).to_owned(), language.tag.into());
        }
    }
    map.into()
}

/// Every step's id, in order: what embed.js checks a frame's messages
/// against and the block offers to open on.
fn steps_value() -> serde_json::Value {
    Step::IDS.iter().copied().collect()
}

/// What embed.js says, by language, when the widget can't start: the
/// sentence and the link's text.
fn failed_value(every: &[(Words, Language)]) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (words, language) in every {
        map.insert(
            language.tag.to_owned(),
            serde_json::json!([words.ui.embed_failed, words.ui.open_in_new_tab]),
        );
    }
    map.into()
}

/// The quiz as the WordPress plugin counts it (`quiz.json`): each question's
/// id, number of options and right option, the warm-up's number of tasks
/// (the same in every language, which the build checks), and each
/// language's prompts and options, for the plugin's results page.
fn quiz_value(every: &[(Words, Language)]) -> serde_json::Value {
    let Some((first, _)) = every.first() else {
        return serde_json::Value::Null;
    };
    let quiz = &first.quiz;
    let questions: Vec<_> = quiz
        .questions
        .iter()
        .map(|q| {
            serde_json::json!({
                "id": q.id,
                "options": q.options.len(),
                "right": q.options.iter().position(|o| o.correct),
            })
        })
        .collect();
    let mut languages = serde_json::Map::new();
    for (words, language) in every {
        let asked: Vec<_> = words
            .quiz
            .questions
            .iter()
            .map(|q| {
                serde_json::json!({
                    "prompt": q.prompt,
                    "options": q.options.iter().map(|o| o.text).collect::<Vec<_>>(),
                })
            })
            .collect();
        languages.insert(
            language.tag.to_owned(),
            serde_json::json!({ "name": language.name, "questions": asked }),
        );
    }
    serde_json::json!({
        "warmup": first.intro.warmup.tasks.len(),
        "questions": questions,
        "languages": languages,
    })
}

/// What paging.js says, by language: "Part {n} of {total}" and its buttons.
fn parts_value(every: &[(Words, Language)]) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (words, language) in every {
        let ui = &words.ui;
        map.insert(
            language.tag.to_owned(),
            serde_json::json!([ui.part_of, ui.previous_part, ui.next_part]),
        );
    }
    map.into()
}

/// `page` with `content` in `<main id=kpo-explainer>` (Trunk's minifier may
/// have dropped the quotes, which an HTML parser doesn't mind), and without
/// the `<link data-trunk rel=rust …>` Trunk leaves in the page when it
/// doesn't inject scripts (`boot.js` starts the widget): it means nothing to
/// a browser, and its wasm-opt parameters were a few hundred bytes.
fn fill_slot(page: &str, content: &str) -> Result<String, String> {
    rewrite(
        page,
        vec![(
            "main#kpo-explainer",
            Box::new(|el| {
                el.set_inner_content(content, ContentType::Html);
                Ok(())
            }),
        )],
    )
    .and_then(|page| {
        rewrite_str(
            &page,
            RewriteStrSettings::new().append_element_content_handler(element!(
                "link[data-trunk]",
                |el| {
                    el.remove();
                    Ok(())
                }
            )),
        )
        .map_err(|e| format!("rewriting the page: {e}"))
    })
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .expect("give the built folder as an argument, or run as a Trunk hook");
    if let Err(e) = run(&dir) {
        eprintln!("kpo-prerender: {e}");
        std::process::exit(1);
    }
}

fn run(dir: &std::path::Path) -> Result<(), String> {
    let path = dir.join("index.html");
    let template = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let every: Vec<(Words, Language)> = BUILT
        .iter()
        .map(|(tag, _)| {
            let words = Words::built(tag).expect("the build's own text decodes");
            let language = Language {
                tag: words.meta.language,
                name: words.meta.language_name,
            };
            (words, language)
        })
        .collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime");
    for (i, (tag, text)) in BUILT.iter().enumerate() {
        let words = Words::built(tag).expect("the build's own text decodes");
        let html = runtime.block_on(tokio::task::LocalSet::new().run_until(render(words)));
        let file = page_file(tag);
        let note = encode_text(words.ui.wasm_failed);
        let open = encode_text(words.ui.open_in_new_tab);
        let href = attribute(&file);
        // One note, for readers without JavaScript, and (unhidden by boot.js
        // or fallback.js) for browsers where the widget can't start; in a
        // frame it also links to the standalone page, in a new tab.
        let fallback = format!(
            "<noscript><p class=\"kpo-fallback\">{note}</p></noscript><p class=\"kpo-fallback\" role=\"note\" hidden>{note} <a href=\"{href}\" target=\"_blank\" rel=\"noopener\" hidden>{open}</a></p>"
        );
        let filled = fill_slot(&template, &format!("{html}{fallback}"))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let page = in_language(&filled, words, &every)?;
        // The default language's page is also the door, index.html.
        let default = i == 0;
        for name in std::iter::once(file.as_str()).chain(default.then_some("index.html")) {
            let target = dir.join(name);
            std::fs::write(&target, &page)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        }
        for &step in Step::ALL {
            let fragment = runtime
                .block_on(tokio::task::LocalSet::new().run_until(render_fragment(words, step)));
            let target = dir.join(format!("fragment.{tag}.{}.html", step.id()));
            std::fs::write(&target, fragment)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        }
        let words_file = dir.join(format!("content.{tag}.txt"));
        std::fs::write(&words_file, text)
            .map_err(|e| format!("cannot write {}: {e}", words_file.display()))?;
    }
    // For the WordPress block's language menu, and the plugin's choice of
    // language for the pre-rendered first step.
    let list: Vec<_> = every
        .iter()
        .map(
            |(w, l)| serde_json::json!({ "tag": l.tag, "name": l.name, "aliases": w.meta.aliases }),
        )
        .collect();
    let path = dir.join("languages.json");
    std::fs::write(&path, serde_json::Value::from(list).to_string())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    // The block's "Opens on" menu (through the plugin's PHP).
    let path = dir.join("steps.json");
    std::fs::write(&path, steps_value().to_string())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let path = dir.join("quiz.json");
    std::fs::write(&path, quiz_value(&every).to_string())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let (languages, failed, parts, steps) = (
        languages_value(&every),
        failed_value(&every),
        parts_value(&every),
        steps_value(),
    );
    for (script, vars) in [
        ("boot.js", vec![("LANGUAGES", &languages)]),
        (
            "embed.js",
            vec![
                ("LANGUAGES", &languages),
                ("FAILED", &failed),
                ("STEPS", &steps),
            ],
        ),
        ("paging.js", vec![("PARTS", &parts)]),
    ] {
        let path = dir.join(script);
        let mut js = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        for (name, value) in vars {
            js = fill(&js, name, value).map_err(|e| format!("{script} {e}"))?;
        }
        std::fs::write(&path, js).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    println!(
        "kpo-prerender: wrote {} language(s) into {}",
        BUILT.len(),
        dir.display()
    );
    if std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release") {
        // Stable names: Trunk.toml turns file hashes off.
        slim::run(dir, "kpo-explainer")?;
        // Last, once every file is final.
        let copies = kpo_site::compress::run(dir)?;
        println!("kpo-prerender: wrote brotli copies of {copies} files");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_only_the_links_trunk_left() {
        let page = "<head><link data-trunk data-trunk-id=0 data-wasm-opt=z rel=rust>\
                    <link href=./main.css rel=stylesheet></head><main id=kpo-explainer></main>";
        assert_eq!(
            fill_slot(page, "").unwrap(),
            "<head><link href=./main.css rel=stylesheet></head><main id=kpo-explainer></main>"
        );
    }

    #[test]
    fn fills_the_slot_with_or_without_quotes() {
        for (page, filled) in [
            (
                "<body><main class=kpo-host id=kpo-explainer></main></body>",
                "<body><main class=kpo-host id=kpo-explainer><p>A &amp; B</p></main></body>",
            ),
            (
                "<body><main id=\"kpo-explainer\" class=\"kpo-host\"></main></body>",
                "<body><main id=\"kpo-explainer\" class=\"kpo-host\"><p>A &amp; B</p></main></body>",
            ),
        ] {
            assert_eq!(fill_slot(page, "<p>A &amp; B</p>").unwrap(), filled);
        }
        let missing = fill_slot("<main id=other></main>", "x").unwrap_err();
        assert!(missing.contains("main#kpo-explainer"), "{missing}");
    }

    /// English, and English again dressed as Filipino (with "tl"), for a
    /// second language whatever the build has.
    fn every() -> Vec<(Words, Language)> {
        let en = Words::english();
        let mut fil = *en.content();
        fil.meta.language = "fil";
        fil.meta.aliases = &["tl"];
        fil.ui.embed_failed = "Hindi \"mabuksan\"";
        let text = kpo_content::codec::encode(&fil, en.languages());
        let fil = Words::decode(text).unwrap();
        vec![
            (
                en,
                Language {
                    tag: "en",
                    name: "English",
                },
            ),
            (
                fil,
                Language {
                    tag: "fil",
                    name: "Filipino",
                },
            ),
        ]
    }

    #[test]
    fn the_scripts_learn_every_tag_and_alias() {
        let js = "const a = 1;\nvar LANGUAGES = { en: \"en\" };\nvar FAILED = {};\nrest();";
        let js = fill(js, "LANGUAGES", &languages_value(&every())).unwrap();
        assert_eq!(
            js,
            "const a = 1;\nvar LANGUAGES = {\"en\":\"en\",\"fil\":\"fil\",\"tl\":\"fil\"};\nvar FAILED = {};\nrest();"
        );
        let js = fill(&js, "FAILED", &failed_value(&every())).unwrap();
        assert!(js.contains(r#""fil":["Hindi \"mabuksan\"","#), "{js}");
        assert!(fill("var OTHER = {};\n", "LANGUAGES", &languages_value(&every())).is_err());
    }

    #[test]
    fn the_scripts_learn_every_step_in_order() {
        let js = fill("var STEPS = [];\nrest();", "STEPS", &steps_value()).unwrap();
        let ids: Vec<String> = Step::ALL
            .iter()
            .map(|s| format!("\"{}\"", s.id()))
            .collect();
        assert_eq!(js, format!("var STEPS = [{}];\nrest();", ids.join(",")));
    }

    #[test]
    fn a_page_says_its_language_and_links_to_the_others() {
        // As Trunk's minifier leaves it: no `<head>` start tag.
        let page = "<!doctype html><html lang=en><meta charset=utf-8><title>Old</title>\
                    <meta content=\"Old\" name=description></head><body></body></html>";
        let words = Words::english();
        let out = in_language(page, words, &every()).unwrap();
        assert!(
            out.starts_with("<!doctype html><html lang=\"en\"><meta charset=utf-8><title>"),
            "{out}"
        );
        assert!(out.contains(&format!(
            "<title>{}</title>",
            encode_text(words.meta.page_title)
        )));
        assert!(
            out.contains(&format!(
                "<meta content=\"{}\" name=description>",
                attribute(words.meta.page_description)
            )),
            "{out}"
        );
        for link in [
            "hreflang=\"en\" href=\"index.en.html\"",
            "hreflang=\"fil\" href=\"index.fil.html\"",
            "hreflang=\"tl\" href=\"index.fil.html\"",
            "hreflang=\"x-default\" href=\"index.html\"",
        ] {
            assert!(out.contains(link), "{link} in {out}");
        }
        assert!(out.find("x-default") < out.find("</head>"), "{out}");
        let missing = in_language("<html><head></head></html>", words, &every()).unwrap_err();
        assert!(missing.contains("title"), "{missing}");
    }

    #[test]
    fn a_title_and_description_with_markup_characters_are_escaped() {
        let en = Words::english();
        let mut odd = *en.content();
        // A tag of its own: a decoded language is shared by its tag.
        odd.meta.language = "x-odd";
        odd.meta.page_title = "BPO & KPO: <what> \"it\" means";
        odd.meta.page_description = "A \"short\" guide & <quiz>";
        let words = Words::decode(kpo_content::codec::encode(&odd, en.languages())).unwrap();
        let page =
            "<html><head><title>Old</title><meta name=description content=Old></head></html>";
        let out = in_language(page, words, &every()).unwrap();
        assert!(
            out.contains("<title>BPO &amp; KPO: &lt;what&gt; \"it\" means</title>"),
            "{out}"
        );
        assert!(
            out.contains("content=\"A &quot;short&quot; guide &amp; &lt;quiz&gt;\""),
            "{out}"
        );
    }
}
