//! Languages on the release build: which one a reader gets (the address,
//! the browser's languages, the host page's `lang`, `data-lang`), switching
//! in place with nothing lost, the address that names the language, and a
//! pseudo-language 40 % longer than English at 320 px.

use kpo_e2e::{content, content_in, cors, dist, host_page, Browser, Server, LIVE_HEADING};

/// Records `console.warn` calls in `window.__warnings` from the next load.
async fn record_warnings(b: &Browser) {
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "window.__warnings = []; const w = console.warn; \
            console.warn = (...a) => { __warnings.push(a.join(' ')); w(...a); };" }),
    )
    .await;
}

/// The warnings about a language.
async fn warnings(b: &Browser) -> Vec<String> {
    let all: Vec<String> =
        serde_json::from_value(b.js("return window.__warnings || []").await).unwrap();
    all.into_iter().filter(|w| w.contains("lang")).collect()
}

/// A browser whose languages are `languages` (`navigator.languages` and
/// Accept-Language), as a reader's browser set up in that order.
async fn browser_in(languages: &str, width: u32) -> Browser {
    let b = Browser::start(width, 900).await;
    let agent = b.js("return navigator.userAgent").await;
    b.cdp(
        "Network.setUserAgentOverride",
        serde_json::json!({ "userAgent": agent, "acceptLanguage": languages }),
    )
    .await;
    b
}

/// The live widget's language, the page's, its title and its address.
async fn where_we_are(b: &Browser) -> (String, String, String, String) {
    let v = b
        .js(
            "return [document.querySelector('.kpo:not([data-prerendered])').lang, \
             document.documentElement.lang, document.title, location.pathname + location.hash]",
        )
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn the_door_follows_the_browsers_languages_and_the_address_then_names_one() {
    let server = Server::start(dist(), vec![]);
    let fil = content_in("fil");
    let b = browser_in("fil-PH,fil,en-US", 1280).await;
    b.go_live(&server.url("/")).await;
    assert_eq!(
        where_we_are(&b).await,
        (
            "fil".into(),
            "fil".into(),
            fil.meta.page_title.into(),
            "/index.fil.html".into()
        )
    );
    // The switcher is on the first screen.
    let top = b
        .js("return document.querySelector('.languages').getBoundingClientRect().bottom <= innerHeight")
        .await;
    assert_eq!(top, true);
    b.close().await;

    // Tagalog is Filipino to the widget; a browser in English gets English.
    for (languages, expected) in [("tl", "fil"), ("en-US,en", "en"), ("ja,de", "en")] {
        let b = browser_in(languages, 1280).await;
        b.go_live(&server.url("/")).await;
        let (widget, page, _, path) = where_we_are(&b).await;
        assert_eq!(
            (widget.as_str(), page.as_str()),
            (expected, expected),
            "{languages}"
        );
        assert_eq!(path, format!("/index.{expected}.html"), "{languages}");
        b.close().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn an_address_that_names_a_language_wins_and_an_unknown_one_is_named() {
    let server = Server::start(dist(), vec![]);
    let b = browser_in("fil,en", 1280).await;
    record_warnings(&b).await;
    b.go_live(&server.url("/index.en.html#comparison")).await;
    let (widget, _, _, path) = where_we_are(&b).await;
    assert_eq!(widget, "en");
    assert_eq!(path, "/index.en.html#comparison");

    b.go_live(&server.url("/?lang=en")).await;
    assert_eq!(where_we_are(&b).await.0, "en");
    assert!(warnings(&b).await.is_empty());

    // Unknown: named, with the languages there are; the browser's then.
    b.go_live(&server.url("/?lang=klingon")).await;
    assert_eq!(where_we_are(&b).await.0, "fil");
    let said = warnings(&b).await.join("\n");
    assert!(
        said.contains("lang=klingon") && said.contains("en, fil"),
        "{said}"
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn switching_keeps_the_step_and_the_answers_and_a_reload_stays_in_it() {
    let server = Server::start(dist(), vec![]);
    let (en, fil) = (content(), content_in("fil"));
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    b.go_live(&server.url("/index.en.html#sort")).await;
    b.js("document.querySelector('.sort-task [role=group]').querySelectorAll('button')[1].click()")
        .await;
    b.wait_js(
        "document.querySelector('.sort-task .feedback') !== null",
        "feedback",
    )
    .await;
    let pressed = "return [...document.querySelector('.sort-task [role=group]').querySelectorAll('button')].map(b => b.getAttribute('aria-pressed'))";
    let before = b.js(pressed).await;

    let filipino = b
        .client
        .find(fantoccini::Locator::Css(".languages button[lang=fil]"))
        .await
        .unwrap();
    filipino.click().await.unwrap();
    b.wait_js(
        &format!(
            "document.querySelector('{LIVE_HEADING}').textContent === {}",
            serde_json::json!(fil.steps.sort.heading)
        ),
        "the Filipino heading",
    )
    .await;
    assert_eq!(
        where_we_are(&b).await,
        (
            "fil".into(),
            "fil".into(),
            fil.meta.page_title.into(),
            "/index.fil.html#sort".into()
        )
    );
    assert_eq!(b.js(pressed).await, before);
    assert_eq!(
        b.js("return document.querySelector('.languages button[lang=fil]').getAttribute('aria-pressed')")
            .await,
        "true"
    );
    // Focus stays on the button the reader pressed.
    assert_eq!(b.js("return document.activeElement.lang").await, "fil");

    b.client.refresh().await.unwrap();
    b.wait_for(LIVE_HEADING).await;
    assert_eq!(where_we_are(&b).await.0, "fil");
    assert_eq!(
        b.wait_for(LIVE_HEADING).await.text().await.unwrap(),
        fil.steps.sort.heading
    );
    assert_eq!(b.js(pressed).await, before);
    assert_ne!(fil.steps.sort.heading, en.steps.sort.heading);
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_host_page_and_data_lang_choose_and_an_unknown_one_is_named() {
    let widget = Server::start(dist(), vec![cors()]);
    let host = host_page("filipino-host.html", &widget);
    let b = Browser::start(1280, 900).await;
    record_warnings(&b).await;
    b.client.goto(&host.url("/")).await.unwrap();
    let lang = |id: &str| {
        format!("document.getElementById('{id}').shadowRoot?.querySelector('.kpo:not([data-prerendered])')?.lang")
    };
    // Each loads as the reader comes near it (the first, once there, pushes
    // the others down a screen or more).
    for id in ["page", "english", "unknown"] {
        b.js(&format!("document.getElementById('{id}').scrollIntoView()"))
            .await;
        b.wait_js(&lang(id), id).await;
    }
    let got = b
        .js(&format!(
            "return [{}, {}, {}]",
            lang("page"),
            lang("english"),
            lang("unknown")
        ))
        .await;
    assert_eq!(got, serde_json::json!(["fil", "en", "fil"]));
    let said = warnings(&b).await.join("\n");
    assert!(
        said.contains("data-lang=\"xx\"") && said.contains("en, fil"),
        "{said}"
    );

    // The frame was told the page's language, and speaks it.
    let src = b
        .js("return document.getElementById('frame').src")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert!(src.contains("lang=fil"), "{src}");
    b.wait_js(
        "parseFloat(document.getElementById('frame').style.height) > 0",
        "the frame's height",
    )
    .await;
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(LIVE_HEADING).await;
    let fil = content_in("fil");
    assert_eq!(
        b.js("return [document.documentElement.lang, document.title]")
            .await,
        serde_json::json!(["fil", fil.meta.page_title])
    );
    b.close().await;
}

/// Keys whose values are ids, answers or tags, not words: kept as they are.
const NOT_WORDS: &[&str] = &[
    "id",
    "answer",
    "kind",
    "checks",
    "see",
    "from",
    "voice",
    "field",
    "tell",
    "language",
    "source_language",
    "aliases",
    "verdict_words",
];

/// A word about 45 % longer (spaces stay, so a text grows about 40 %), its
/// punctuation kept at its end; `{placeholders}` as they are.
fn stretch_word(word: &str) -> String {
    if word.contains('{') {
        return word.to_owned();
    }
    let core = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let letters = core.chars().count();
    if letters == 0 {
        return word.to_owned();
    }
    let extra = "ëẋ"
        .chars()
        .cycle()
        .take((letters * 9).div_ceil(20))
        .collect::<String>();
    format!("{core}{extra}{}", &word[core.len()..])
}

fn stretch(value: &mut toml::Value, key: &str) {
    match value {
        toml::Value::String(s) if !NOT_WORDS.contains(&key) => {
            *s = s.split(' ').map(stretch_word).collect::<Vec<_>>().join(" ");
        }
        toml::Value::Array(items) => items.iter_mut().for_each(|v| stretch(v, key)),
        toml::Value::Table(table) => table.iter_mut().for_each(|(k, v)| stretch(v, k)),
        _ => {}
    }
}

/// The English content with every text about 40 % longer, as the build
/// would write it: a stand-in for a language that runs long.
fn pseudo_language() -> (String, f64) {
    let source = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/en.toml"),
    )
    .unwrap();
    let mut doc: toml::Value = toml::from_str(&source).unwrap();
    stretch(&mut doc, "");
    let stretched = toml::to_string(&doc).unwrap();
    let long =
        kpo_content::parse::parse("pseudo.toml", &stretched).unwrap_or_else(|r| panic!("{r}"));
    let en = kpo_explainer::content::Words::english();
    let chars = |c: &kpo_content::Content| {
        c.quiz
            .questions
            .iter()
            .map(|q| q.prompt.chars().count())
            .sum::<usize>() as f64
    };
    let ratio = chars(&long) / chars(en.content());
    (kpo_content::codec::encode(&long, en.languages()), ratio)
}

/// Everything under the widget that sticks out of it or clips its text, at
/// the current state; the list of steps scrolls sideways by design, and a
/// visually hidden box (a screen reader's table head) is meant to clip.
const OVERFLOWS: &str = "const root = document.querySelector('.kpo:not([data-prerendered])'); \
    const box = root.getBoundingClientRect(); const found = []; \
    if (document.documentElement.scrollWidth > innerWidth) found.push('the page scrolls sideways'); \
    const hiddenBox = e => { const r = e.getBoundingClientRect(); \
      return (r.width <= 1 || r.height <= 1) && getComputedStyle(e).overflow === 'hidden'; }; \
    const unseen = e => { for (let p = e; p && p !== root; p = p.parentElement) if (hiddenBox(p)) return true; return false; }; \
    for (const el of root.querySelectorAll('*')) { \
      if (el.closest('.steps-list, .visually-hidden, svg') || el.offsetParent === null || unseen(el)) continue; \
      const r = el.getBoundingClientRect(); const s = getComputedStyle(el); \
      const what = el.tagName + '.' + el.className + ' ' + (el.textContent || '').slice(0, 40); \
      if (r.left < box.left - 1 || r.right > box.right + 1) found.push('sticks out: ' + what); \
      if ((s.overflowX !== 'visible' || el.matches('button, label, input, select, textarea')) \
          && el.scrollWidth > el.clientWidth + 1) found.push('clipped: ' + what); \
    } return found;";

#[tokio::test(flavor = "current_thread")]
async fn a_language_40_percent_longer_fits_a_320_px_phone_on_every_step() {
    let (text, ratio) = pseudo_language();
    assert!(
        (1.35..=1.5).contains(&ratio),
        "stretched by {ratio:.2}, not about 1.4"
    );
    // The release build with the pseudo-language in English's place.
    let dir = std::env::temp_dir().join(format!("kpo-pseudo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
        }
    }
    std::fs::write(dir.join("content.en.txt"), text).unwrap();
    let server = Server::start(dir, vec![]);
    let b = Browser::start(320, 800).await;
    b.go_live(&server.url("/index.en.html")).await;
    let c = content();
    let mut found = Vec::new();
    for (i, step) in kpo_content::Step::ALL.iter().enumerate() {
        b.js(&format!(
            "document.querySelectorAll('.steps-list button')[{i}].click()"
        ))
        .await;
        b.wait_js(
            &format!(
                "document.querySelector('.kpo').dataset.step === '{}'",
                step.id()
            ),
            step.id(),
        )
        .await;
        match step {
            kpo_content::Step::Sort => {
                // A task placed and one named, so both feedbacks show.
                b.js(
                    "const s = document.querySelector('.sort-task input[type=range]'); \
                      s.value = '20'; s.dispatchEvent(new Event('change', {bubbles: true})); \
                      s.closest('.place').querySelector('button').click(); \
                      document.querySelector('.sort-task [role=group] button').click();",
                )
                .await;
            }
            kpo_content::Step::Quiz => {
                // Answer every question (the first option), to see feedback
                // and reach the results.
                for q in 0..c.quiz.questions.len() {
                    b.js("document.querySelector('.option input').click(); \
                          document.querySelector('.quiz-actions .check').click();")
                        .await;
                    b.wait_for(".explanation").await;
                    let v: Vec<String> = serde_json::from_value(b.js(OVERFLOWS).await).unwrap();
                    found.extend(
                        v.into_iter()
                            .map(|f| format!("quiz question {}: {f}", q + 1)),
                    );
                    b.js("document.querySelector('.quiz-actions .primary').click()")
                        .await;
                }
                continue;
            }
            _ => {}
        }
        // The embed code too, open.
        if i == 0 {
            b.js("document.querySelector('.embed button').click()")
                .await;
        }
        let v: Vec<String> = serde_json::from_value(b.js(OVERFLOWS).await).unwrap();
        found.extend(v.into_iter().map(|f| format!("{}: {f}", step.id())));
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "{} problems at 320 px:\n{}",
        found.len(),
        found.join("\n")
    );
    b.close().await;
}
