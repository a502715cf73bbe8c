//! Results for the blogger (issue 22): the plugin's widget reports each
//! checked answer and finished quiz to the blog, which keeps counts and
//! shows them to whoever can edit the post. On both WordPresses the rig has
//! (MariaDB and SQLite): real readers in Chromium and the results page;
//! reports that don't fit, refused with nothing counted; 500 at once, all
//! counted; a flood from one address, held to the bound.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use kpo_e2e::wordpress::{Flavour, WordPress};
use kpo_e2e::{on_each_wordpress, published, Browser};
use kpo_site::publish::PLUGIN_ZIP;
use serde_json::{json, Value};

on_each_wordpress!(
    a_report_that_doesnt_fit_is_refused_and_nothing_is_counted,
    five_hundred_reports_at_once_are_all_counted,
    a_flood_from_one_address_moves_the_counts_by_the_bound_at_most,
    readers_finish_quizzes_and_the_results_page_shows_their_counts,
);

/// Reports counted per address per hour (KPO_EXPLAINER_REPORTS_PER_HOUR).
const BOUND: usize = 100;

/// The quiz the plugin checks reports against, as the build wrote it.
fn quiz() -> Value {
    let path = kpo_e2e::dist().join("quiz.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// A blog with the plugin and an author's post with the widget.
struct Blog {
    wp: WordPress,
    id: u64,
    /// Where the post's widget reports: its data-report, as the page gives it.
    report: String,
}

async fn blog(flavour: Flavour) -> Blog {
    let wp = WordPress::start(flavour, None);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    let (url, id) = wp.post("author", "A post with the quiz", "[kpo_explainer]");
    let report = report_address(&wp, &url).await.expect("data-report");
    assert_eq!(
        report,
        format!("{}/wp-json/kpo-explainer/v1/posts/{id}/reports", wp.url)
    );
    Blog { wp, id, report }
}

/// A page's widget's data-report, if it has one.
async fn report_address(wp: &WordPress, url: &str) -> Option<String> {
    let (status, page) = wp
        .request(Ipv4Addr::LOCALHOST, "GET", url, "text/plain", b"")
        .await;
    assert_eq!(status, 200, "{url}");
    let (_, rest) = page.split_once(" data-report=\"")?;
    let (address, _) = rest.split_once('"')?;
    Some(address.replace("&#038;", "&").replace("&amp;", "&"))
}

/// Every count on the blog: "post lang kind question a b" => n.
fn counts(wp: &WordPress) -> BTreeMap<String, u64> {
    wp.select("SELECT post_id, lang, kind, question, a, b, n FROM {prefix}kpo_explainer_counts")
        .into_iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or_default().to_owned();
            (
                format!(
                    "{} {} {} {} {} {}",
                    s("post_id"),
                    s("lang"),
                    s("kind"),
                    s("question"),
                    s("a"),
                    s("b")
                ),
                s("n").parse().unwrap(),
            )
        })
        .collect()
}

/// A valid answer report for question `q` (by its place in quiz.json).
fn answer(q: usize, option: u64, first: bool) -> Value {
    let quiz = quiz();
    let question = &quiz["questions"][q];
    json!({
        "kind": "answer", "lang": "en", "question": question["id"], "option": option,
        "right": question["right"].as_u64() == Some(option), "first": first,
    })
}

async fn send(b: &Blog, from: Ipv4Addr, report: &Value) -> (u16, String) {
    b.wp.request(
        from,
        "POST",
        &b.report,
        "application/json",
        report.to_string().as_bytes(),
    )
    .await
}

async fn a_report_that_doesnt_fit_is_refused_and_nothing_is_counted(flavour: Flavour) {
    let b = blog(flavour).await;
    let wp = &b.wp;
    let quiz = quiz();
    let n = quiz["questions"].as_array().unwrap().len() as u64;
    let first = quiz["questions"][0]["id"].as_str().unwrap().to_owned();
    let options = quiz["questions"][0]["options"].as_u64().unwrap();
    let right = quiz["questions"][0]["right"].as_u64().unwrap();
    let wrong = (right + 1) % options;
    let complete = json!({"kind": "complete", "lang": "en", "score": 3, "total": n, "passed": false, "warmup": 2});
    let with = |base: &Value, key: &str, value: Value| {
        let mut v = base.clone();
        v[key] = value;
        v
    };
    let without = |base: &Value, key: &str| {
        let mut v = base.clone();
        v.as_object_mut().unwrap().remove(key);
        v
    };
    let good = answer(0, right, true);
    let script = "<script>window.__pwned = 1</script>";
    let hostile: Vec<(&str, Vec<u8>)> = vec![
        (
            "an unknown question",
            with(&good, "question", json!("q-made-up")),
        ),
        (
            "a question's id with markup",
            with(&good, "question", json!(script)),
        ),
        (
            "an option past the last",
            with(&good, "option", json!(options)),
        ),
        ("a negative option", with(&good, "option", json!(-1))),
        (
            "an option as a string",
            with(&good, "option", json!(right.to_string())),
        ),
        (
            "an option as a fraction",
            with(&good, "option", json!(right as f64 + 0.5)),
        ),
        (
            "right for a wrong option",
            with(&good, "option", json!(wrong)),
        ),
        ("right as a string", with(&good, "right", json!("true"))),
        ("first as a number", with(&good, "first", json!(1))),
        ("an unknown language", with(&good, "lang", json!("xx"))),
        ("a language with markup", with(&good, "lang", json!(script))),
        ("an unknown kind", with(&good, "kind", json!("step"))),
        (
            "an extra field",
            with(&good, "reader", json!("ana@example.org")),
        ),
        ("a missing field", without(&good, "first")),
        (
            "a score past the total",
            with(&complete, "score", json!(n + 1)),
        ),
        ("a wrong total", with(&complete, "total", json!(n + 5))),
        (
            "a warm-up past its tasks",
            with(
                &complete,
                "warmup",
                json!(quiz["warmup"].as_u64().unwrap() + 1),
            ),
        ),
        (
            "a warm-up as a string",
            with(&complete, "warmup", json!("2")),
        ),
        ("passed as a string", with(&complete, "passed", json!("no"))),
        ("an array", json!([good.clone()])),
        ("a string", json!("answer")),
        ("null", Value::Null),
    ]
    .into_iter()
    .map(|(what, v)| (what, v.to_string().into_bytes()))
    .chain([
        ("not JSON", b"kind=answer&question=1".to_vec()),
        ("nothing", Vec::new()),
        // A report that fits, padded past 4 KB with spaces JSON allows.
        ("more than 4 KB", {
            let mut v = good.to_string().into_bytes();
            v.extend(std::iter::repeat_n(b' ', 4097 - v.len()));
            v
        }),
    ])
    .collect();
    let before = counts(wp);
    for (what, body) in &hostile {
        let (status, answer) = wp
            .request(
                Ipv4Addr::LOCALHOST,
                "POST",
                &b.report,
                "application/json",
                body,
            )
            .await;
        assert!((400..500).contains(&status), "{what}: {status} {answer}");
        assert!(!answer.contains("__pwned"), "{what} echoed: {answer}");
    }
    assert_eq!(counts(wp), before, "something refused was counted");

    // The block names the same address for its post.
    let (block, block_id) = wp.post(
        "author",
        "By block",
        "<!-- wp:kpo-explainer/explainer {\"lang\":\"fil\"} /-->",
    );
    assert_eq!(
        report_address(wp, &block).await,
        Some(format!(
            "{}/wp-json/kpo-explainer/v1/posts/{block_id}/reports",
            wp.url
        ))
    );

    // Posts without the widget, not published, or not there; and a GET.
    let (plain, plain_id) = wp.post("author", "No quiz here", "<p>Just words.</p>");
    assert_eq!(report_address(wp, &plain).await, None);
    let draft = wp.php(
        "author",
        "echo wp_insert_post( array( 'post_title' => 'Draft', 'post_content' => '[kpo_explainer]', 'post_status' => 'draft' ) );",
    );
    let body = good.to_string();
    for id in [plain_id.to_string(), draft, "999999".to_owned()] {
        let to = b.report.replace(&format!("/{}/", b.id), &format!("/{id}/"));
        let (status, answer) = wp
            .request(
                Ipv4Addr::LOCALHOST,
                "POST",
                &to,
                "application/json",
                body.as_bytes(),
            )
            .await;
        assert_eq!(status, 404, "post {id}: {answer}");
    }
    let (status, answer) = wp
        .request(Ipv4Addr::LOCALHOST, "GET", &b.report, "text/plain", b"")
        .await;
    assert_eq!(status, 404, "{answer}");
    assert_eq!(
        counts(wp),
        before,
        "a report for a post without the widget was counted"
    );

    // The same reports that fit are counted: the refusals were for cause.
    let (status, answer) = send(&b, Ipv4Addr::LOCALHOST, &good).await;
    assert_eq!((status, answer.as_str()), (204, ""));
    let (status, answer) = send(&b, Ipv4Addr::LOCALHOST, &complete).await;
    assert_eq!((status, answer.as_str()), (204, ""));
    let after = counts(wp);
    let key = |kind: &str, question: &str, a: i64, b_: u64| {
        format!("{} en {kind} {question} {a} {b_}", b.id)
    };
    assert_eq!(after.get(&key("pick", &first, right as i64, 0)), Some(&1));
    assert_eq!(after.get(&key("start", "", 0, 0)), Some(&1));
    assert_eq!(after.get(&key("finish", "", 2, 3)), Some(&1));
    assert_eq!(after.len(), 3, "{after:?}");

    // Counting turned off: the page names no address, and a report that
    // fits is refused and not counted.
    wp.php("admin", "update_option( 'kpo_explainer_reporting', '0' );");
    let page = wp.php("", &format!("echo get_permalink( {} );", b.id));
    assert_eq!(report_address(wp, &page).await, None);
    let (status, _) = send(&b, Ipv4Addr::LOCALHOST, &good).await;
    assert_eq!(status, 403);
    assert_eq!(counts(wp), after);
}

async fn five_hundred_reports_at_once_are_all_counted(flavour: Flavour) {
    let b = std::sync::Arc::new(blog(flavour).await);
    let right = quiz()["questions"][0]["right"].as_u64().unwrap();
    let report = answer(0, right, true);
    // Some already counted, so the 500 add to a row that exists.
    assert_eq!(send(&b, Ipv4Addr::LOCALHOST, &report).await.0, 204);
    let before = counts(&b.wp);
    // 500 readers, each at an address of its own (127.1.x.y), all at once.
    let started = std::time::Instant::now();
    let mut all = tokio::task::JoinSet::new();
    for i in 0..500u32 {
        let (b, report) = (b.clone(), report.clone());
        let from = Ipv4Addr::new(127, 1, (i / 200) as u8, (i % 200 + 1) as u8);
        all.spawn(async move { send(&b, from, &report).await });
    }
    let mut statuses = BTreeMap::new();
    while let Some(done) = all.join_next().await {
        let (status, body) = done.unwrap();
        *statuses.entry(status).or_insert(0) += 1;
        assert_eq!(status, 204, "{body}");
    }
    eprintln!(
        "{flavour}: 500 concurrent reports in {:.1} s: {statuses:?}",
        started.elapsed().as_secs_f64()
    );
    let after = counts(&b.wp);
    for (key, n) in &before {
        assert_eq!(after[key], n + 500, "{key}");
    }
    assert_eq!(after.len(), before.len(), "{after:?}");
}

async fn a_flood_from_one_address_moves_the_counts_by_the_bound_at_most(flavour: Flavour) {
    let b = std::sync::Arc::new(blog(flavour).await);
    let right = quiz()["questions"][0]["right"].as_u64().unwrap();
    let report = answer(0, right, true);
    let from = Ipv4Addr::new(127, 2, 0, 1);
    let hour = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            / 3600
    };
    let (first_hour, started) = (hour(), std::time::Instant::now());
    // 10,000 fake reports, 16 at a time, from one address.
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..16 {
        let (b, report, sent) = (b.clone(), report.clone(), sent.clone());
        workers.spawn(async move {
            let mut statuses = BTreeMap::new();
            while sent.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < 10_000 {
                let (status, body) = send(&b, from, &report).await;
                assert!(status == 204 || status == 429, "{status} {body}");
                *statuses.entry(status).or_insert(0usize) += 1;
            }
            statuses
        });
    }
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    while let Some(done) = workers.join_next().await {
        for (status, n) in done.unwrap() {
            *statuses.entry(status).or_default() += n;
        }
    }
    let hours = hour() - first_hour + 1;
    eprintln!(
        "{flavour}: 10,000 reports from one address in {:.0} s: {statuses:?}",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(statuses.values().sum::<usize>(), 10_000);
    let counted = counts(&b.wp);
    let pick = counted
        .iter()
        .find(|(k, _)| k.contains(" pick "))
        .map_or(0, |(_, n)| *n);
    // The bound per clock hour; a flood that spans an hour's turn gets it
    // once for each hour.
    if hours == 1 {
        assert_eq!(statuses.get(&204), Some(&BOUND), "{statuses:?}");
        assert_eq!(pick, BOUND as u64);
    } else {
        assert!(pick <= (BOUND as u64) * hours, "{pick} in {hours} hours");
    }
    assert_eq!(statuses.get(&204).copied().unwrap_or(0) as u64, pick);
    // Another address still gets through.
    assert_eq!(send(&b, Ipv4Addr::new(127, 2, 0, 2), &report).await.0, 204);
    // The limits table holds this hour's codes only, never an address.
    let limits =
        b.wp.select("SELECT hour, bucket, n FROM {prefix}kpo_explainer_limits");
    assert!(
        !limits.is_empty() && limits.len() <= 2 * hours as usize,
        "{limits:?}"
    );
    for row in &limits {
        let bucket = row["bucket"].as_str().unwrap();
        assert!(
            bucket.len() == 32 && bucket.chars().all(|c| c.is_ascii_hexdigit()),
            "{row}"
        );
        assert!(!row.to_string().contains("127."), "{row}");
    }
}

/// A JavaScript expression for an element inside the page's widget `n`.
fn inside(n: usize, css: &str) -> String {
    format!(
        "document.querySelectorAll('[data-kpo-explainer]')[{n}].shadowRoot.querySelector('{css}')"
    )
}

/// What one reader does in widget `n` of the page at `url`, as a new
/// reader (nothing saved): the warm-up guessing BPO for every task, or
/// skipped; then the quiz, choosing for each question (by its place in the
/// content) the option `pick` names. Returns the options chosen, by
/// question id, and the score.
async fn reader(
    b: &Browser,
    url: &str,
    n: usize,
    lang: &str,
    warmup: bool,
    pick: fn(&kpo_content::Question) -> usize,
) -> (BTreeMap<String, usize>, usize) {
    let c = kpo_e2e::content_in(lang);
    b.client.goto(url).await.unwrap();
    b.js("localStorage.clear(); sessionStorage.clear()").await;
    b.client.goto(url).await.unwrap();
    // A widget starts once it is near the screen.
    b.js(&format!(
        "document.querySelectorAll('[data-kpo-explainer]')[{n}].scrollIntoView()"
    ))
    .await;
    b.wait_js(
        &format!(
            "{} !== null",
            inside(n, ".kpo:not([data-prerendered]) .step-heading")
        ),
        "the live widget",
    )
    .await;
    let reported = "performance.getEntriesByType('resource').map(e => e.name).filter(n => /report\\.js|kpo-explainer\\/v1/.test(n))";
    if warmup {
        for task in 0..c.intro.warmup.tasks.len() {
            b.js(&format!(
                "document.querySelectorAll('[data-kpo-explainer]')[{n}].shadowRoot.querySelectorAll('.kpo:not([data-prerendered]) .warmup .sort-task')[{task}].querySelector('button').click()"
            ))
            .await;
        }
        b.wait_js(
            &format!(
                "[...document.querySelectorAll('[data-kpo-explainer]')[{n}].shadowRoot.querySelectorAll('.kpo:not([data-prerendered]) .warmup [aria-pressed=true]')].length === {}",
                c.intro.warmup.tasks.len()
            ),
            "the warm-up's guesses",
        )
        .await;
    }
    // Nothing reported, not even report.js fetched, before the first answer.
    assert_eq!(b.js(&format!("return {reported}")).await, json!([]));
    // The live widget's, not the pre-rendered step it may not have
    // removed yet.
    if b.js(&format!(
        "return {}.dataset.step",
        inside(n, ".kpo:not([data-prerendered])")
    ))
    .await
        != "quiz"
    {
        b.js(&format!(
            "document.querySelectorAll('[data-kpo-explainer]')[{n}].shadowRoot.querySelectorAll('.kpo:not([data-prerendered]) .steps-list button')[{}].click()",
            kpo_content::Step::Quiz.index()
        ))
        .await;
    }
    let mut chosen = BTreeMap::new();
    let mut last = String::new();
    for _ in 0..c.quiz.questions.len() {
        b.wait_js(
            &format!(
                "{0} !== null && {0}.textContent !== {1:?} && {2} === null",
                inside(n, "fieldset legend"),
                last,
                inside(n, ".explanation")
            ),
            "the next question",
        )
        .await;
        let prompt = b
            .js(&format!(
                "return {}.textContent",
                inside(n, "fieldset legend")
            ))
            .await;
        let question = c
            .quiz
            .questions
            .iter()
            .find(|q| q.prompt == prompt)
            .unwrap_or_else(|| panic!("no question {prompt}"));
        let option = pick(question);
        b.js(&format!(
            "{}.click()",
            inside(n, &format!(".option input[value=\"{option}\"]"))
        ))
        .await;
        b.js(&format!("{}.click()", inside(n, ".quiz-actions .check")))
            .await;
        b.wait_js(
            &format!("{} !== null", inside(n, ".explanation")),
            "feedback",
        )
        .await;
        b.js(&format!("{}.click()", inside(n, ".quiz-actions .primary")))
            .await;
        chosen.insert(question.id.to_owned(), option);
        last = prompt.as_str().unwrap().to_owned();
    }
    b.wait_js(
        &format!("{} !== null", inside(n, ".score-line")),
        "the score",
    )
    .await;
    let score = c
        .quiz
        .questions
        .iter()
        .filter(|q| q.options[chosen[q.id]].correct)
        .count();
    (chosen, score)
}

fn right_option(q: &kpo_content::Question) -> usize {
    q.options.iter().position(|o| o.correct).unwrap()
}

/// Text of an element on the page (by CSS), trimmed.
async fn text_of(b: &Browser, css: &str) -> String {
    b.js(&format!(
        "const e = document.querySelector({css:?}); return e ? e.textContent.trim() : null"
    ))
    .await
    .as_str()
    .unwrap_or_else(|| panic!("no {css}"))
    .to_owned()
}

/// What a reader of `lang` counted: started, finished, (warm-up, score)
/// pairs and the picks.
#[derive(Default)]
struct Expected {
    started: u64,
    pairs: Vec<(Option<usize>, usize)>,
    picks: BTreeMap<(String, usize), u64>,
}

impl Expected {
    fn add(&mut self, warmup: Option<usize>, (chosen, score): (BTreeMap<String, usize>, usize)) {
        self.started += 1;
        self.pairs.push((warmup, score));
        for (q, o) in chosen {
            *self.picks.entry((q, o)).or_default() += 1;
        }
    }

    /// The rows the counts table should hold for `post` in `lang`.
    fn rows(&self, post: u64, lang: &str) -> BTreeMap<String, u64> {
        let mut rows = BTreeMap::new();
        rows.insert(format!("{post} {lang} start  0 0"), self.started);
        for (w, s) in &self.pairs {
            let w = w.map_or(-1, |w| w as i64);
            *rows
                .entry(format!("{post} {lang} finish  {w} {s}"))
                .or_default() += 1;
        }
        for ((q, o), n) in &self.picks {
            rows.insert(format!("{post} {lang} pick {q} {o} 0"), *n);
        }
        rows
    }

    fn median(&self) -> f64 {
        let mut scores: Vec<usize> = self.pairs.iter().map(|p| p.1).collect();
        scores.sort();
        let n = scores.len();
        (scores[(n - 1) / 2] + scores[n / 2]) as f64 / 2.0
    }
}

/// "7 of 10", "6.5 of 10", as the results page writes a score.
fn score_text(score: f64, total: usize) -> String {
    if score.fract() == 0.0 {
        format!("{score:.0} of {total}")
    } else {
        format!("{score:.1} of {total}")
    }
}

/// A CSV's rows (RFC 4180: quoted cells may hold commas, quotes and lines).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, _) => cell.push(ch),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, _) => cell.push(ch),
        }
    }
    rows
}

async fn readers_finish_quizzes_and_the_results_page_shows_their_counts(flavour: Flavour) {
    let wp = WordPress::start(flavour, None);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    let (url, id) = wp.post(
        "author",
        "Quiz night",
        "[kpo_explainer name=\"en\"]\n\n[kpo_explainer name=\"fil\" lang=\"fil\" start=\"quiz\"]",
    );
    let (en, fil) = (kpo_e2e::content(), kpo_e2e::content_in("fil"));
    let total = en.quiz.questions.len();
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;

    // Three readers: one guesses BPO for every warm-up task, then gets
    // every question right; one skips the warm-up and always takes the
    // first option; one, in Filipino in the post's second widget, always
    // the last.
    let warmed = en
        .intro
        .warmup
        .tasks
        .iter()
        .filter(|t| t.answer == kpo_content::Side::Bpo)
        .count();
    let (mut want_en, mut want_fil) = (Expected::default(), Expected::default());
    want_en.add(
        Some(warmed),
        reader(&b, &url, 0, "en", true, right_option).await,
    );
    want_en.add(None, reader(&b, &url, 0, "en", false, |_| 0).await);
    want_fil.add(
        None,
        reader(&b, &url, 1, "fil", false, |q| q.options.len() - 1).await,
    );
    assert_eq!(want_en.pairs[0], (Some(warmed), total));
    assert_eq!(b.errors().await, Vec::<String>::new());
    assert_eq!(b.console_errors().await, Vec::<String>::new());

    // Their reports, sent as they went (the last ones while the next
    // reader's page loaded), all counted, and nothing else.
    let mut want = want_en.rows(id, "en");
    want.extend(want_fil.rows(id, "fil"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while counts(&wp) != want && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(counts(&wp), want);

    // The administrator: the privacy policy guide says what is counted,
    // and the switch turns counting off and on.
    wp.log_in(&b, "admin").await;
    b.client
        .goto(&format!("{}/wp-admin/privacy-policy-guide.php", wp.url))
        .await
        .unwrap();
    b.wait_js(
        "document.body.textContent.includes('BPO vs KPO explainer')",
        "the plugin's privacy text",
    )
    .await;
    let guide = b.js("return document.body.textContent").await;
    let guide = guide.as_str().unwrap();
    assert!(
        guide.contains(&format!(
            "at most {BOUND} reports from one network address in an hour"
        )),
        "{guide}"
    );
    let page = format!("{}/wp-admin/admin.php?page=kpo-explainer", wp.url);
    for (checked, stored) in [(false, "0"), (true, "1")] {
        b.client.goto(&page).await.unwrap();
        b.wait_for(".kpo-settings").await;
        b.js(&format!(
            "const c = document.querySelector('.kpo-settings input[name=kpo_explainer_reporting]'); \
             c.checked = {checked}; c.form.querySelector('[type=submit]').click();"
        ))
        .await;
        // WordPress takes settings-updated out of the address it shows.
        b.wait_js(
            "document.querySelector('#setting-error-settings_updated') !== null",
            "the setting saved",
        )
        .await;
        assert_eq!(
            wp.php("", "echo get_option( 'kpo_explainer_reporting' );"),
            stored
        );
    }
    b.client.delete_all_cookies().await.unwrap();

    // The post's author sees the results; first, the overview. (No
    // avatars: they come from gravatar.com, out of reach here.)
    wp.php("", "update_option( 'show_avatars', 0 );");
    wp.log_in(&b, "author").await;
    b.client.goto(&page).await.unwrap();
    b.wait_for(".kpo-results").await;
    for (lang, name, want) in [("en", "English", &want_en), ("fil", "Filipino", &want_fil)] {
        let cells = b
            .js(&format!(
                "return [...document.querySelectorAll('tr[data-post=\"{id}\"][data-lang=\"{lang}\"] > *')].map(c => c.textContent.trim())"
            ))
            .await;
        let finished = want.pairs.len().to_string();
        assert_eq!(
            cells,
            json!([
                "Quiz night",
                name,
                want.started.to_string(),
                finished,
                score_text(want.median(), total)
            ]),
            "{lang}"
        );
    }

    // Each language's page: the summary, the warm-up, the questions
    // hardest first with each option's count, and the bars.
    for (lang, c, want) in [("en", &en, &want_en), ("fil", &fil, &want_fil)] {
        b.client
            .goto(&format!("{page}&post={id}&lang={lang}"))
            .await
            .unwrap();
        b.wait_for(".kpo-questions").await;
        let summary = b
            .js("return [...document.querySelectorAll('.kpo-summary dd')].map(d => d.textContent)")
            .await;
        assert_eq!(
            summary,
            json!([
                want.started.to_string(),
                want.pairs.len().to_string(),
                score_text(want.median(), total)
            ]),
            "{lang}"
        );
        for (warmup, score) in &want.pairs {
            let row = format!("tr[data-warmup=\"{}\"]", warmup.map_or(-1, |w| w as i64));
            let cells = b
                .js(&format!(
                    "return [...document.querySelectorAll('{row} td')].map(c => c.textContent)"
                ))
                .await;
            let same: Vec<_> = want.pairs.iter().filter(|p| p.0 == *warmup).collect();
            if same.len() == 1 {
                assert_eq!(
                    cells,
                    json!(["1", score_text(*score as f64, total)]),
                    "{lang} {row}"
                );
            }
        }
        // Hardest first: the smallest share right, ties in the quiz's order.
        let mut questions: Vec<(f64, usize, &kpo_content::Question)> = c
            .quiz
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let answered: u64 = (0..q.options.len())
                    .map(|o| want.picks.get(&(q.id.to_owned(), o)).copied().unwrap_or(0))
                    .sum();
                let right = want
                    .picks
                    .get(&(q.id.to_owned(), right_option(q)))
                    .copied()
                    .unwrap_or(0);
                (right as f64 / answered as f64, i, q)
            })
            .collect();
        questions.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        let shown = b
            .js("return [...document.querySelectorAll('.kpo-question')].map(q => ({ \
                 id: q.dataset.question, prompt: q.querySelector('h3').textContent, share: q.querySelector('.kpo-share').textContent, \
                 options: [...q.querySelectorAll('.kpo-option')].map(o => ({ text: o.querySelector('.kpo-option-text').textContent, \
                   n: Number(o.dataset.count), right: o.querySelector('.kpo-right-answer') !== null, \
                   bar: Number(o.querySelector('svg.kpo-bar[aria-hidden=true] .kpo-bar-fill').getAttribute('width')), \
                   said: o.textContent })) }))")
            .await;
        let shown = shown.as_array().unwrap();
        assert_eq!(shown.len(), questions.len());
        for (shown, (share, _, q)) in shown.iter().zip(&questions) {
            assert_eq!(shown["id"], q.id, "{lang}: the order, hardest first");
            assert_eq!(shown["prompt"], q.prompt);
            let answered: u64 = (0..q.options.len())
                .map(|o| want.picks.get(&(q.id.to_owned(), o)).copied().unwrap_or(0))
                .sum();
            assert_eq!(
                shown["share"],
                format!(
                    "{:.0} % answered right ({} of {answered})",
                    share * 100.0,
                    (share * answered as f64).round()
                )
            );
            for (o, option) in q.options.iter().enumerate() {
                let n = want.picks.get(&(q.id.to_owned(), o)).copied().unwrap_or(0);
                let s = &shown["options"][o];
                assert_eq!(s["text"], option.text);
                assert_eq!(s["n"], n, "{lang} {} option {o}", q.id);
                assert_eq!(s["right"], option.correct);
                let bar = 100.0 * n as f64 / answered as f64;
                assert!((s["bar"].as_f64().unwrap() - bar).abs() < 0.1, "{s}");
                // A screen reader hears the words, the count and the verdict.
                let said = s["said"].as_str().unwrap();
                let times = if n == 1 { "time" } else { "times" };
                assert!(
                    said.contains(&format!("chosen {n} {times} ({:.0} %)", bar)),
                    "{said}"
                );
                assert_eq!(said.contains("the right answer"), option.correct, "{said}");
            }
        }
    }

    // The CSV: every count, the same.
    let csv_url = b
        .js("return document.querySelector('.kpo-actions a.button').href")
        .await;
    let csv_url = csv_url.as_str().unwrap().to_owned();
    let csv = b
        .js(&format!("return fetch({csv_url:?}).then(r => r.text())"))
        .await;
    let rows = csv_rows(csv.as_str().unwrap());
    assert_eq!(
        rows[0],
        [
            "post",
            "language",
            "count",
            "question",
            "prompt",
            "option",
            "option_text",
            "right_answer",
            "warmup",
            "score",
            "n"
        ]
    );
    let mut from_csv = BTreeMap::new();
    for row in &rows[1..] {
        let key = match row[2].as_str() {
            "started" => format!("{} {} start  0 0", row[0], row[1]),
            "finished" => format!(
                "{} {} finish  {} {}",
                row[0],
                row[1],
                if row[8] == "skipped" { "-1" } else { &row[8] },
                row[9]
            ),
            "chosen" if row[10] != "0" => {
                format!("{} {} pick {} {} 0", row[0], row[1], row[3], row[5])
            }
            "chosen" => continue,
            other => panic!("{other}"),
        };
        *from_csv.entry(key).or_insert(0) += row[10].parse::<u64>().unwrap();
    }
    assert_eq!(from_csv, want);
    // Not without logging in.
    let (status, body) = wp
        .request(Ipv4Addr::LOCALHOST, "GET", &csv_url, "text/plain", b"")
        .await;
    assert!(!body.contains("right_answer"), "{status} {body}");
    let (status, _) = wp
        .request(Ipv4Addr::LOCALHOST, "GET", &page, "text/plain", b"")
        .await;
    assert_eq!(status, 302, "the results page, logged out");

    // Readable to axe (the plugin's part of the page), and at 320 px.
    b.client
        .goto(&format!("{page}&post={id}&lang=en"))
        .await
        .unwrap();
    b.wait_for(".kpo-questions").await;
    let _ = b.axe().await;
    let violations = b
        .js("return axe.run(document.querySelector('.kpo-results'), { resultTypes: ['violations'] }).then(r => r.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))")
        .await;
    assert_eq!(violations, json!([]));
    // What the screen shows (docs/wordpress.md has the current one's).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
    std::fs::create_dir_all(&root).unwrap();
    let shot = b.cdp("Page.captureScreenshot", json!({})).await;
    use base64::Engine;
    std::fs::write(
        root.join(format!("wordpress-results-{flavour:?}.png").to_lowercase()),
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap(),
    )
    .unwrap();
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 320, "height": 800, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await;
    b.client.refresh().await.unwrap();
    b.wait_for(".kpo-questions").await;
    let narrow = b
        .js("const r = e => e.getBoundingClientRect(); return { \
             page: document.documentElement.scrollWidth - document.documentElement.clientWidth, \
             outside: [...document.querySelectorAll('.kpo-results *')].filter(e => r(e).width > 0 && (r(e).left < -1 || r(e).right > 321)).map(e => e.className.baseVal ?? e.className).slice(0, 5), \
             bars: [...document.querySelectorAll('.kpo-bar')].map(e => r(e).width) }")
        .await;
    assert_eq!(
        narrow["page"], 0,
        "the page scrolls sideways at 320 px: {narrow}"
    );
    assert_eq!(narrow["outside"], json!([]), "{narrow}");
    for bar in narrow["bars"].as_array().unwrap() {
        assert!(
            bar.as_f64().unwrap() >= 200.0,
            "a bar {bar} px wide at 320 px"
        );
    }
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false }),
    )
    .await;

    // Another author, who can't edit the post, sees none of it.
    wp.php(
        "admin",
        "wp_insert_user( array( 'user_login' => 'other', 'user_pass' => 'other-password', 'role' => 'author', 'user_email' => 'other@example.org' ) );",
    );
    b.client.delete_all_cookies().await.unwrap();
    wp.log_in(&b, "other").await;
    b.client.goto(&page).await.unwrap();
    b.wait_for(".kpo-results").await;
    assert_eq!(
        b.js("return document.querySelector('.kpo-overview')").await,
        Value::Null
    );
    b.client
        .goto(&format!("{page}&post={id}&lang=en"))
        .await
        .unwrap();
    b.wait_for(".kpo-results").await;
    assert_eq!(
        b.js("return document.querySelector('.kpo-questions, .kpo-summary')")
            .await,
        Value::Null
    );
    let other_csv = b
        .js(&format!("return fetch({csv_url:?}).then(r => r.status)"))
        .await;
    assert_ne!(other_csv, 200, "another author's nonce is not this one's");

    // Whatever were in the table shows escaped: a row no report could make.
    // A language tag (at most 20 characters) and a question id that run
    // script if printed as they are.
    let inserted = wp.php(
        "",
        &format!(
            "global $wpdb; $t = $wpdb->prefix . 'kpo_explainer_counts'; \
             echo $wpdb->insert( $t, array( 'post_id' => {id}, 'lang' => '<svg onload=__p=1>', 'kind' => 'start', 'question' => '', 'a' => 0, 'b' => 0, 'n' => 7 ) ), \
             $wpdb->insert( $t, array( 'post_id' => {id}, 'lang' => '<svg onload=__p=1>', 'kind' => 'pick', 'question' => '<script>__p=2</script>', 'a' => 0, 'b' => 0, 'n' => 7 ) );"
        ),
    );
    assert_eq!(inserted, "11");
    b.client.delete_all_cookies().await.unwrap();
    wp.log_in(&b, "author").await;
    for at in [page.clone(), format!("{page}&post={id}")] {
        b.client.goto(&at).await.unwrap();
        b.wait_for(".kpo-results").await;
        assert_eq!(
            b.js("return [window.__p ?? null, document.querySelectorAll('.kpo-results script, .kpo-results svg:not(.kpo-bar)').length]")
                .await,
            json!([null, 0]),
            "{at}"
        );
        assert!(
            text_of(&b, ".kpo-results")
                .await
                .contains("<svg onload=__p=1>"),
            "{at}: the tag, shown as text"
        );
    }

    // Reset: a confirmation first, which changes nothing until confirmed.
    b.client
        .goto(&format!("{page}&post={id}&lang=en"))
        .await
        .unwrap();
    b.wait_for(".kpo-reset").await.click().await.unwrap();
    b.wait_for(".kpo-confirm").await;
    assert!(counts(&wp).keys().any(|k| k.starts_with(&format!("{id} "))));
    b.js("document.querySelector('.kpo-confirm [type=submit]').click()")
        .await;
    b.wait_js(
        "document.querySelector('.kpo-results .notice-success') !== null",
        "the reset",
    )
    .await;
    assert_eq!(counts(&wp), BTreeMap::new());
    assert!(text_of(&b, ".kpo-results")
        .await
        .contains("The counts were reset."));
    b.close().await;
}
