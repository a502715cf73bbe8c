//! The widget in a real WordPress, as bloggers use it: the plugin's
//! shortcode and block in an author's posts, a pasted link, and both
//! snippets in an administrator's Custom HTML block. Each test runs on both
//! WordPresses the rig has (see [`Flavour`]): Debian's 6.1 with Twenty
//! Twenty-Three on MariaDB, as `<test>::debian`, and the current one (6.7)
//! with Twenty Twenty-Four on SQLite, as `<test>::current`.

use kpo_content::Step;
use kpo_e2e::wordpress::{Flavour, WordPress};
use kpo_e2e::{content, on_each_wordpress, published, Browser};
use kpo_site::publish::PLUGIN_ZIP;

/// A JavaScript expression for an element inside the page's widget `n`
/// (0-based, in page order): script-tag widgets render in a shadow root.
fn inside(n: usize, css: &str) -> String {
    format!(
        "document.querySelectorAll('[data-kpo-explainer]')[{n}].shadowRoot.querySelector('{css}')"
    )
}

async fn text(b: &Browser, expression: &str) -> String {
    b.js(&format!("return String({expression}.textContent)"))
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

/// Waits for widget `n`'s live app, not its loading state.
async fn live(b: &Browser, n: usize) {
    b.wait_js(
        &format!(
            "{} !== null",
            inside(n, ".kpo:not([data-prerendered]) .step-heading")
        ),
        "the live widget",
    )
    .await;
}

on_each_wordpress!(
    each_blog_runs_the_wordpress_theme_and_database_it_says,
    an_author_adds_the_widget_by_shortcode_and_by_block,
    an_authors_pasted_link_becomes_a_sized_frame_that_works_on_a_phone,
    a_pasted_link_lines_up_with_the_text_and_scarcely_moves_the_page,
    an_administrators_custom_html_takes_either_snippet,
    the_custom_html_blocks_preview_shows_the_whole_widget,
    the_blocks_preview_is_the_widgets_height_in_every_editor_view,
    a_post_with_the_plugin_is_never_a_blank_screen,
    an_authors_pasted_snippets_leave_words_and_a_link,
    the_theme_draws_no_box_around_the_widget,
    in_webkit_a_pasted_links_new_step_comes_into_view,
    uninstalling_the_plugin_leaves_nothing_behind,
);

/// The rig gives what it names: so a test passing on both flavours really
/// ran on both.
async fn each_blog_runs_the_wordpress_theme_and_database_it_says(flavour: Flavour) {
    let wp = WordPress::start(flavour, None);
    assert_eq!(wp.flavour(), flavour);
    let (version, theme) = match flavour {
        Flavour::Debian => ("6.1.", "twentytwentythree"),
        Flavour::Current => ("6.7-", "twentytwentyfour"),
    };
    assert!(wp.version().starts_with(version), "{}", wp.version());
    assert_eq!(flavour.theme(), theme);
    let running = wp.php(
        "",
        "global $wp_version; echo $wp_version, ' ', get_stylesheet(), ' ', \
         defined( 'DB_ENGINE' ) && 'sqlite' === DB_ENGINE ? 'SQLite' : 'MariaDB';",
    );
    assert_eq!(
        running,
        format!("{} {theme} {}", wp.version(), flavour.database())
    );
    // The front page, served: the theme's own stylesheet is on it.
    let page = get(&wp.url);
    assert!(
        page.contains(&format!("themes/{theme}/")),
        "{}",
        page.chars().take(2000).collect::<String>()
    );
}

/// The page at `url` (`http://host:port`, its front page), by plain
/// HTTP/1.0: status line, headers and body.
fn get(url: &str) -> String {
    use std::io::{Read, Write};
    let host = url.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(stream, "GET / HTTP/1.0\r\nHost: {host}\r\n\r\n").unwrap();
    let mut page = String::new();
    stream.read_to_string(&mut page).unwrap();
    page
}

/// The widget's files this page fetched.
async fn widget_requests(b: &Browser) -> Vec<String> {
    b.js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => /kpo-explainer|embed\\.js|main\\.css/.test(n))")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

async fn an_author_adds_the_widget_by_shortcode_and_by_block(flavour: Flavour) {
    let c = content();
    let wp = WordPress::start(flavour, None);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    let (shortcode, shortcode_id) = wp.post(
        "author",
        "By shortcode",
        "<p>Before.</p>\n[kpo_explainer name=\"post-a\" theme=\"dark\"]\n<p>After.</p>",
    );
    let (block, block_id) = wp.post(
        "author",
        "By block",
        "<!-- wp:paragraph --><p>Before.</p><!-- /wp:paragraph -->\n<!-- wp:kpo-explainer/explainer {\"start\":\"quiz\",\"lang\":\"fil\"} /-->",
    );
    let (plain, _) = wp.post("author", "No widget", "<p>Just words.</p>");

    let b = Browser::start(1280, 900).await;
    b.record_errors().await;

    // The shortcode: options reach the widget; Next works.
    b.client.goto(&shortcode).await.unwrap();
    live(&b, 0).await;
    assert_eq!(
        text(&b, &inside(0, ".step-heading")).await,
        c.steps.intro.heading
    );
    assert_eq!(
        b.js(&format!("return {}.dataset.theme", inside(0, ".kpo")))
            .await,
        "dark"
    );
    b.js(&format!("{}.click()", inside(0, ".step-nav .next")))
        .await;
    b.wait_js(
        &format!(
            "{}.textContent === {:?}",
            inside(0, ".step-heading"),
            c.steps.definitions.heading
        ),
        "Next",
    )
    .await;
    let files = widget_requests(&b).await;
    assert!(
        files.iter().all(|f| f.starts_with(&wp.url)),
        "every widget file from the blog itself: {files:?}"
    );
    assert_eq!(b.errors().await, Vec::<String>::new());

    // The block: it opens on the quiz, in Filipino, and a Check grades.
    b.client.goto(&block).await.unwrap();
    live(&b, 0).await;
    assert_eq!(
        text(&b, &inside(0, ".step-heading")).await,
        kpo_e2e::content_in("fil").steps.quiz.heading
    );
    b.js(&format!(
        "{}.click(); {}.click();",
        inside(0, ".option input"),
        inside(0, ".quiz-actions .check")
    ))
    .await;
    b.wait_js(
        &format!("{} !== null", inside(0, ".explanation")),
        "feedback",
    )
    .await;
    assert_eq!(b.errors().await, Vec::<String>::new());

    // A page without the widget loads none of it.
    b.client.goto(&plain).await.unwrap();
    b.wait_js("document.readyState === 'complete'", "the page")
        .await;
    assert_eq!(widget_requests(&b).await, Vec::<String>::new());
    let html = b.js("return document.documentElement.outerHTML").await;
    assert!(!html.as_str().unwrap().contains("kpo-explainer"));

    // A later edit by the author (no unfiltered_html) keeps both.
    for (id, kept) in [
        (
            shortcode_id,
            "[kpo_explainer name=\"post-a\" theme=\"dark\"]",
        ),
        (
            block_id,
            "<!-- wp:kpo-explainer/explainer {\"start\":\"quiz\",\"lang\":\"fil\"} /-->",
        ),
    ] {
        wp.php(
            "author",
            &format!(
                "kses_init(); $p = get_post( {id} ); wp_update_post( array( 'ID' => {id}, \
                 'post_title' => $p->post_title . ' (edited)', 'post_content' => $p->post_content ) );"
            ),
        );
        assert!(wp.content_of(id).contains(kept), "{}", wp.content_of(id));
    }
    b.client.goto(&shortcode).await.unwrap();
    live(&b, 0).await;
    b.close().await;
}

/// The frame WordPress made from a pasted link: its height attribute once
/// wp-embed has shown it, or 0 while it is still hidden.
async fn embed_height(b: &Browser) -> u64 {
    b.js(
        "const f = document.querySelector('iframe.wp-embedded-content'); \
          return f && !f.getAttribute('style') ? Number(f.getAttribute('height')) : 0",
    )
    .await
    .as_u64()
    .unwrap_or(0)
}

async fn an_authors_pasted_link_becomes_a_sized_frame_that_works_on_a_phone(flavour: Flavour) {
    let c = content();
    // The widget on a host of its own, published with its public address,
    // sending CORS (its _headers say so): WordPress embeds it sandboxed.
    let (_dir, widget, wp) = pasting(flavour);
    let (post, _) = wp.post(
        "author",
        "A pasted link",
        &format!(
            "<p>Before the explainer.</p>\n\n{}\n\n<p>After it.</p>",
            widget.url("/")
        ),
    );

    let b = Browser::start(390, 844).await;
    b.record_errors().await;
    b.client.goto(&post).await.unwrap();
    b.wait_js(
        "document.querySelector('iframe.wp-embedded-content[sandbox=\"allow-scripts\"]') !== null",
        "WordPress's embed of the pasted link",
    )
    .await;
    // wp-embed shows the frame on its first height message, clamped to
    // 200-1000 px; the widget keeps each step within that (a part at a time
    // where a step is taller).
    b.wait_js(
        "(f => f && !f.getAttribute('style') && Number(f.getAttribute('height')) >= 200)(document.querySelector('iframe.wp-embedded-content'))",
        "the frame sized by wp-embed",
    )
    .await;
    assert!((200..=1000).contains(&embed_height(&b).await));
    let overflow = b
        .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        .await;
    assert!(
        overflow.as_i64().unwrap() <= 0,
        "the page scrolls sideways by {overflow} px"
    );

    // The whole journey inside the frame, to the results.
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(kpo_e2e::LIVE_HEADING).await;
    b.record_errors_here().await;
    assert!(
        b.js("return document.querySelector('.kpo-fallback:not([hidden]), .kpo-crashed') === null")
            .await
            .as_bool()
            .unwrap(),
        "the frame shows a failure"
    );
    let styled = b
        .js("return getComputedStyle(document.querySelector('.progress-line')).display")
        .await;
    assert_eq!(styled, "flex", "the widget's styles did not load");
    assert!(
        b.js("return document.querySelector('.notice') === null")
            .await
            .as_bool()
            .unwrap(),
        "no alarm about storage in a sandboxed frame"
    );
    // A step taller than the frame's 1000 px comes a part at a time, and
    // nothing scrolls inside the frame.
    b.js(&format!(
        "document.querySelectorAll('.steps-list button')[{}].click()",
        Step::Fields.index()
    ))
    .await;
    b.wait_js(
        "document.querySelector('.kpo').dataset.step === 'fields' && document.querySelector('.kpo-parts') !== null",
        "the fields step, in parts",
    )
    .await;
    b.wait_js(
        "document.documentElement.scrollHeight <= innerHeight + 1",
        "the fields step's part fitting the frame",
    )
    .await;
    // Read to its end, with the page scrolled so the frame's top is gone,
    // then move on: the new step's heading comes into view, in the frame
    // and on the page.
    b.js("scrollTo(0, document.documentElement.scrollHeight)")
        .await;
    b.client.enter_parent_frame().await.unwrap();
    b.js("const f = document.querySelector('iframe.wp-embedded-content'); scrollTo(0, f.getBoundingClientRect().top + scrollY + 600)")
        .await;
    b.client.enter_frame(0).await.unwrap();
    b.js("document.querySelector('.step-nav .next').click()")
        .await;
    let after_fields = Step::Fields.next().unwrap().id();
    b.wait_js(
        &format!("document.querySelector('.kpo').dataset.step === '{after_fields}'"),
        after_fields,
    )
    .await;
    let in_frame = b
        .js("return document.querySelector('.step-heading').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    b.client.enter_parent_frame().await.unwrap();
    let frame_top = b
        .js("return document.querySelector('iframe.wp-embedded-content').getBoundingClientRect().top")
        .await
        .as_f64()
        .unwrap();
    let on_page = frame_top + in_frame;
    assert!(
        (-1.0..844.0 - 40.0).contains(&on_page),
        "the new step's heading is at {on_page} px on the page (frame top {frame_top}, in the frame {in_frame})"
    );
    b.client.enter_frame(0).await.unwrap();
    b.js(&format!(
        "document.querySelectorAll('.steps-list button')[{}].click()",
        Step::Quiz.index()
    ))
    .await;
    b.wait_for("fieldset legend").await;
    for _ in 0..c.quiz.questions.len() {
        b.answer_by_click(0).await;
    }
    b.wait_for(".score-line").await;
    assert_eq!(
        b.js("return document.querySelector('.kpo').dataset.step")
            .await,
        "results"
    );
    assert_eq!(b.errors().await, Vec::<String>::new(), "in the frame");
    b.client.enter_parent_frame().await.unwrap();
    assert_eq!(b.errors().await, Vec::<String>::new());
    assert_eq!(
        b.console_errors().await,
        Vec::<String>::new(),
        "on the page"
    );
    b.close().await;
}

async fn an_administrators_custom_html_takes_either_snippet(flavour: Flavour) {
    let c = content();
    let widget = kpo_e2e::Server::start(kpo_e2e::dist(), vec![kpo_e2e::cors()]);
    let base = widget.url("/");
    let wp = WordPress::start(flavour, None);
    // The snippets exactly as the widget's "Embed this" gives them.
    let (script, iframe) = kpo_explainer::components::embed_panel::snippets(
        &base,
        c.meta.title,
        c.ui.embed_fallback,
        c.ui.open_in_new_tab,
        None,
    );
    let (post, _) = wp.post(
        "admin",
        "Custom HTML",
        &format!(
            "<!-- wp:html -->\n{script}\n<!-- /wp:html -->\n\n<!-- wp:paragraph --><p>Between.</p><!-- /wp:paragraph -->\n\n<!-- wp:html -->\n{iframe}\n<!-- /wp:html -->"
        ),
    );
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    b.client.goto(&post).await.unwrap();
    live(&b, 0).await;
    assert_eq!(
        text(&b, &inside(0, ".step-heading")).await,
        c.steps.intro.heading
    );
    b.wait_js(
        "parseFloat(document.querySelector('iframe[data-kpo-explainer-frame]').style.height) > 300",
        "the frame sized by embed.js",
    )
    .await;
    // The frame lines up with the post's text in the theme's centred
    // column (an inline frame sat at the column's left edge).
    let (frame_left, text_left) = (
        b.js("return document.querySelector('iframe[data-kpo-explainer-frame]').getBoundingClientRect().left").await,
        b.js("return [...document.querySelectorAll('.entry-content p, .wp-block-post-content p')].pop().getBoundingClientRect().left").await,
    );
    assert_eq!(
        frame_left, text_left,
        "the frame and the post's text start at different places"
    );
    assert_eq!(b.errors().await, Vec::<String>::new());
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.close().await;
}

async fn the_custom_html_blocks_preview_shows_the_whole_widget(flavour: Flavour) {
    let c = content();
    let widget = kpo_e2e::Server::start(kpo_e2e::dist(), vec![kpo_e2e::cors()]);
    let (script, _) = kpo_explainer::components::embed_panel::snippets(
        &widget.url("/"),
        c.meta.title,
        c.ui.embed_fallback,
        c.ui.open_in_new_tab,
        None,
    );
    let wp = WordPress::start(flavour, None);
    let (_, id) = wp.post(
        "admin",
        "Preview",
        &format!("<!-- wp:html -->\n{script}\n<!-- /wp:html -->"),
    );
    let b = Browser::start(1280, 900).await;
    wp.log_in(&b, "admin").await;
    b.client
        .goto(&format!(
            "{}/wp-admin/post.php?post={id}&action=edit",
            wp.url
        ))
        .await
        .unwrap();
    // The post's blocks: in the editor's page on 6.1; on 6.7 in a frame of
    // the page's own origin in it, the editor's canvas.
    let editor =
        "(document.querySelector('iframe[name=\"editor-canvas\"]')?.contentDocument ?? document)";
    b.wait_js(
        &format!("{editor}.querySelector('.wp-block-html') !== null"),
        "the Custom HTML block in the editor",
    )
    .await;
    b.js(&format!(
        "{editor}.querySelector('.wp-block-html textarea, .wp-block-html').focus()"
    ))
    .await;
    // The block toolbar's Preview: a tab button on 6.1, a toolbar button on
    // 6.7; in the editor's page either way.
    let preview = "[...document.querySelectorAll('.components-tab-button, .components-toolbar-button')].find(x => x.textContent === 'Preview')";
    b.wait_js(
        &format!("{preview} !== undefined"),
        "the block's Preview button",
    )
    .await;
    b.js(&format!("{preview}.click()")).await;
    let frame = format!("{editor}.querySelector('.wp-block-html iframe')");
    let host = format!("{frame}.contentDocument.querySelector('[data-kpo-explainer]')");
    b.wait_js(
        &format!("{host}.getAttribute('data-kpo-height') > 500"),
        "the widget in the preview",
    )
    .await;
    // The preview grows to the widget, not stuck at its first (empty) size.
    b.wait_js(
        &format!("{frame}.getBoundingClientRect().height >= {host}.getBoundingClientRect().height"),
        "the preview at the widget's full height",
    )
    .await;
    let (preview, widget_height) = (
        b.js(&format!("return {frame}.getBoundingClientRect().height"))
            .await,
        b.js(&format!(
            "return Number({host}.getAttribute('data-kpo-height'))"
        ))
        .await,
    );
    assert!(
        preview.as_f64().unwrap() >= widget_height.as_f64().unwrap(),
        "{preview} < {widget_height}"
    );
    b.close().await;
}

async fn uninstalling_the_plugin_leaves_nothing_behind(flavour: Flavour) {
    let wp = WordPress::start(flavour, None);
    let before = wp.php("", STORED);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    let (post, id) = wp.post("author", "Shortcode", "[kpo_explainer]");
    let b = Browser::start(1280, 900).await;
    b.client.goto(&post).await.unwrap();
    live(&b, 0).await;
    b.close().await;
    // A reader's finished quiz counted, so the plugin's table holds a row.
    let quiz: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(kpo_e2e::dist().join("quiz.json")).unwrap())
            .unwrap();
    let report = serde_json::json!({"kind": "complete", "lang": "en", "score": 1,
        "total": quiz["questions"].as_array().unwrap().len(), "passed": false, "warmup": null});
    let (status, _) = wp
        .request(
            std::net::Ipv4Addr::LOCALHOST,
            "POST",
            &format!("{}/wp-json/kpo-explainer/v1/posts/{id}/reports", wp.url),
            "application/json",
            report.to_string().as_bytes(),
        )
        .await;
    assert_eq!(status, 204);
    let kept = wp.php("", STORED);
    for table in ["kpo_explainer_counts", "kpo_explainer_limits"] {
        assert!(kept.contains(table), "{kept}");
    }
    let out = wp.php(
        "admin",
        r#"
        require_once ABSPATH . 'wp-admin/includes/file.php';
        require_once ABSPATH . 'wp-admin/includes/plugin.php';
        deactivate_plugins( 'kpo-explainer/kpo-explainer.php' );
        $deleted = delete_plugins( array( 'kpo-explainer/kpo-explainer.php' ) );
        echo true === $deleted ? 'deleted' : 'not deleted';
        "#,
    );
    assert_eq!(out.trim(), "deleted");
    assert_eq!(
        wp.php(
            "",
            "echo file_exists( WP_PLUGIN_DIR . '/kpo-explainer' ) ? 'there' : 'gone';"
        ),
        "gone"
    );
    // Every table, option, post meta and user meta that mentions the
    // plugin, but WordPress's own list of recently active plugins.
    assert_eq!(wp.php("", STORED), before);
}

/// The tables and database rows that mention the plugin, but WordPress's
/// own note of recently deactivated plugins (its bookkeeping, not the
/// plugin's).
const STORED: &str = r#"
    global $wpdb;
    $like = '%' . $wpdb->esc_like( 'kpo' ) . '%';
    echo wp_json_encode( array(
        $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $like ) ),
        $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE (option_name LIKE %s OR option_value LIKE %s) AND option_name <> 'recently_activated'", $like, $like ) ),
        $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->postmeta} WHERE meta_key LIKE %s OR meta_value LIKE %s", $like, $like ) ),
        $wpdb->get_col( $wpdb->prepare( "SELECT meta_key FROM {$wpdb->usermeta} WHERE meta_key LIKE %s OR meta_value LIKE %s", $like, $like ) ),
    ) );
"#;

#[test]
fn the_plugins_php_is_clean() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "php"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    for file in files {
        let out = std::process::Command::new("php")
            .arg("-l")
            .arg(&file)
            .output()
            .expect("run php -l");
        assert!(
            out.status.success(),
            "{}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// Layout shifts from the very start of each page load, each as its time,
/// its score and whether it moved something before the pasted link (which
/// the link's frame can't have caused: the theme's fonts arriving, say) in
/// `window.__shifts`, and the moment wp-embed shows a frame (it takes away
/// the style that hid it) in `window.__swap`.
const RECORD_SHIFTS: &str = "window.__shifts = []; window.__swap = null; \
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) { \
    const link = document.querySelector('.wp-embedded-content, [data-kpo-explainer]'); \
    window.__shifts.push([e.startTime, e.value, !!link && e.sources.some(s => s.node && s.node.nodeType === 1 \
    && (link.compareDocumentPosition(s.node) & Node.DOCUMENT_POSITION_PRECEDING) && !s.node.contains(link))]); } }) \
    .observe({ type: 'layout-shift', buffered: true }); \
    new MutationObserver(r => { if (window.__swap === null && r.some(m => m.target.matches('iframe.wp-embedded-content') && !m.target.getAttribute('style'))) \
    window.__swap = performance.now(); }) \
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] }); \
    addEventListener('message', e => { const f = document.querySelector('iframe.wp-embedded-content'); \
    if (!window.__hidden && f && e.data && e.data.message === 'height') window.__hidden = [f.getBoundingClientRect().width, e.data.value]; });";

/// What the block editor makes of an address pasted on its own line: an
/// Embed block.
fn embed_block(url: &str) -> String {
    format!(
        "<!-- wp:embed {{\"url\":\"{url}\"}} -->\n<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\n{url}\n</div></figure>\n<!-- /wp:embed -->\n\n"
    )
}

/// A widget published at its own address (so WordPress can discover it)
/// and a WordPress that may fetch from it: what pasting a link needs.
fn pasting(flavour: Flavour) -> (std::path::PathBuf, kpo_e2e::Server, WordPress) {
    let dir = published(None);
    let widget = kpo_e2e::Server::start(dir.clone(), vec![kpo_e2e::cors()]);
    kpo_site::publish::publish(
        &dir,
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress"),
        Some(&widget.url("/")),
    )
    .unwrap();
    let wp = WordPress::start(flavour, Some(widget.addr.port()));
    (dir, widget, wp)
}

async fn a_pasted_link_lines_up_with_the_text_and_scarcely_moves_the_page(flavour: Flavour) {
    let (dir, widget, wp) = pasting(flavour);
    let url = widget.url("/");
    let words = "<p>A paragraph of the post, long enough to wrap over two lines in the column, as a post's paragraphs do.</p>";
    let para = |text: &str| format!("<!-- wp:paragraph -->\n{text}\n<!-- /wp:paragraph -->\n\n");
    let block = embed_block(&url);
    // The link on a line of its own (the classic editor) and as an Embed
    // block (what the block editor makes of a pasted https address), in the
    // first screen; then far down the post. Then alone in a paragraph,
    // where WordPress leaves the frame inline, at the content's left edge:
    // the plugin, once installed, lines it up.
    let far = para(words).repeat(30);
    let without_plugin = vec![
        ("line", format!("{words}\n\n{url}\n\n{words}"), true),
        (
            "block",
            format!("{}{block}{}", para(words), para(words)),
            true,
        ),
        (
            "block, far down",
            format!("{far}{block}{}", para(words)),
            false,
        ),
    ];
    let with_plugin = vec![(
        "paragraph, with the plugin",
        format!(
            "{}{}{}",
            para(words),
            para(&format!("<p>{url}</p>")),
            para(words)
        ),
        true,
    )];
    let (plain, _) = wp.post("author", "Not pasted", &para(words));
    for (plugin, posts) in [(false, without_plugin), (true, with_plugin)] {
        if plugin {
            wp.install_plugin(&dir.join(PLUGIN_ZIP));
        }
        let posts: Vec<_> = posts
            .into_iter()
            .map(|(form, content, first)| {
                (
                    form,
                    wp.post("author", &format!("Pasted, {form}"), &content).0,
                    first,
                )
            })
            .collect();
        for (width, height) in [(1280, 900), (390, 844)] {
            let b = Browser::start(width, height).await;
            b.cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": RECORD_SHIFTS }),
            )
            .await;
            // The theme's web fonts, once in the cache, shift nothing as
            // they arrive (Twenty Twenty-Four's, fetched, move its text a
            // little: 0.003 on a post with two paragraphs).
            b.client.goto(&plain).await.unwrap();
            b.wait_js("document.fonts.status === 'loaded'", "the theme's fonts")
                .await;
            for (form, post, first_screen) in &posts {
                let form = format!("{form}, {width} px");
                b.client.goto(post).await.unwrap();
                if !first_screen {
                    // The reader scrolls down to it (or to the page's end), a
                    // third of a screen at a time (the browser loads a lazy
                    // frame a screen or so ahead, so it is sized before it
                    // comes into view).
                    while b
                        .js("const t = document.querySelector('.wp-block-embed').getBoundingClientRect().top; \
                             const y = scrollY; if (t > 200) scrollBy(0, Math.min(300, t - 200)); return scrollY !== y")
                        .await
                        .as_bool()
                        .unwrap()
                    {
                        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
                    }
                }
                b.wait_js(
                    "(f => f && !f.getAttribute('style'))(document.querySelector('iframe.wp-embedded-content'))",
                    "the frame sized by wp-embed",
                )
                .await;
                // Once the widget inside is live and the frame has its size.
                tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
                let at = b
                    .js("const f = document.querySelector('iframe.wp-embedded-content').getBoundingClientRect(); \
                         const p = [...document.querySelectorAll('p')].find(p => p.textContent.startsWith('A paragraph')).getBoundingClientRect(); \
                         return [f.left, p.left, window.__swap, window.__shifts, [f.width, f.height], window.__hidden]")
                    .await;
                let (frame, text, swap) = (
                    at[0].as_f64().unwrap(),
                    at[1].as_f64().unwrap(),
                    at[2].as_f64().unwrap(),
                );
                let (shown, hidden): ((f64, f64), (f64, f64)) = (
                    serde_json::from_value(at[4].clone()).unwrap(),
                    serde_json::from_value(at[5].clone()).unwrap(),
                );
                let shifts: Vec<(f64, f64, bool)> = serde_json::from_value(at[3].clone()).unwrap();
                // The swap's shift is drawn in the frame after it (or the
                // one after that, on a busy machine).
                let (at_swap, other): (Vec<_>, Vec<_>) = shifts
                    .iter()
                    .filter(|(_, _, before)| !before)
                    .partition(|(t, _, _)| (swap - 1.0..swap + 100.0).contains(t));
                let sum = |v: &[&(f64, f64, bool)]| v.iter().map(|(_, s, _)| s).sum::<f64>() + 0.0;
                let (swapped, rest) = (sum(&at_swap), sum(&other));
                println!(
                    "{flavour:?}, {form}: the frame at x={frame}, the text at x={text}; \
                     layout shift {swapped:.3} as wp-embed showed the frame, {rest:.3} otherwise; \
                     the frame {:.0} × {:.0} px as it was shown, {:.0} × {:.0} px after",
                    hidden.0, hidden.1, shown.0, shown.1
                );
                assert!(
                    (frame - text).abs() <= 1.0,
                    "{form}: the frame starts at x={frame}, the text at x={text}"
                );
                // Nothing of the widget's moves the page (the theme may: its
                // fonts, arriving, move its header a little).
                assert!(
                    rest <= 0.005,
                    "{form}: shifts besides wp-embed's swap: {shifts:?} (swap at {swap})"
                );
                // Where the frame is in view, wp-embed's swap of its one-line
                // link for the frame, when the frame first reports, moves the
                // text below down by the frame's height: WordPress hides the
                // frame with a style it then takes away, keeps no height for
                // it, and lets a provider give the link no more than words
                // (its filter keeps only a blockquote's text and links). So
                // that one shift is as low as WordPress's script allows; its
                // size follows from where the frame falls in the window
                // (measured 0.22-0.45 at 1280 and 390 px). Where the theme
                // gives the hidden frame (position: absolute) another width
                // than the shown one, the widget's first height, measured at
                // the hidden width, is corrected a moment later, within the
                // swap's shift.
                if !*first_screen {
                    // Further down, the frame is shown before it is seen.
                    assert!(swapped <= 0.01, "{form}: layout shift {swapped}");
                }
            }
            b.close().await;
        }
    }
}

/// Where the pasted frame's step heading is in the blog's window: its step,
/// its top and bottom, and the window's height.
async fn pasted_heading(b: &Browser) -> (String, f64, f64, f64) {
    let host = b
        .js("const f = document.querySelector('iframe.wp-embedded-content').getBoundingClientRect(); return [f.top, innerHeight]")
        .await;
    b.client.enter_frame(0).await.unwrap();
    let inner = b
        .js("const s = document.querySelector('.kpo:not([data-prerendered])'); \
             const h = s.querySelector('.step-heading').getBoundingClientRect(); return [s.dataset.step, h.top, h.bottom]")
        .await;
    b.client.enter_parent_frame().await.unwrap();
    let top = host[0].as_f64().unwrap();
    (
        inner[0].as_str().unwrap().to_owned(),
        top + inner[1].as_f64().unwrap(),
        top + inner[2].as_f64().unwrap(),
        host[1].as_f64().unwrap(),
    )
}

/// In WebKit no cross-origin frame may scroll its page, so the widget in a
/// pasted link can't bring a new step's heading into view itself: with the
/// plugin, the blog does it for that frame. A reader far down a step presses
/// Next, and the new heading is in the window.
async fn in_webkit_a_pasted_links_new_step_comes_into_view(flavour: Flavour) {
    let (dir, widget, wp) = pasting(flavour);
    wp.install_plugin(&dir.join(PLUGIN_ZIP));
    let url = widget.url("/");
    let words =
        "<!-- wp:paragraph -->\n<p>A paragraph of the post.</p>\n<!-- /wp:paragraph -->\n\n";
    let block = embed_block(&url);
    let (post, _) = wp.post(
        "author",
        "Pasted",
        &format!("{words}{block}{}", words.repeat(8)),
    );
    // A window shorter than the frame (a laptop's, with its toolbars).
    let b = Browser::start_in(kpo_e2e::Engine::WebKit, 1280, 600, None).await;
    b.goto(&post).await;
    b.wait_js(
        "(f => f && !f.getAttribute('style'))(document.querySelector('iframe.wp-embedded-content'))",
        "the frame sized by wp-embed",
    )
    .await;
    b.frame_to(Step::Fields).await;
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    // The frame's end, its Next with it, at the foot of the window.
    b.js(
        "const f = document.querySelector('iframe.wp-embedded-content'); \
          window.scrollTo(0, f.getBoundingClientRect().bottom + scrollY - innerHeight + 20)",
    )
    .await;
    let (_, top, _, _) = pasted_heading(&b).await;
    assert!(
        top < 0.0,
        "the reader has scrolled past the heading ({top})"
    );
    b.client.enter_frame(0).await.unwrap();
    b.js("document.querySelector('.kpo:not([data-prerendered]) .step-nav .next').click()")
        .await;
    b.client.enter_parent_frame().await.unwrap();
    let mut seen = pasted_heading(&b).await;
    for _ in 0..200 {
        let (step, top, bottom, height) = &seen;
        if step == "sort" && *top >= -1.0 && *bottom <= height + 1.0 {
            b.close().await;
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        seen = pasted_heading(&b).await;
    }
    panic!("{flavour:?}: the new step's heading stayed out of view (step, top, bottom, window): {seen:?}");
}

/// Sets the block editor's device preview (`Desktop`, `Tablet`, `Mobile`),
/// by 6.5's API or, on 6.1, by its experimental one.
fn device(kind: &str) -> String {
    format!(
        "const d = wp.data.dispatch('core/editor'); \
         d.setDeviceType ? d.setDeviceType('{kind}') : wp.data.dispatch('core/edit-post').__experimentalSetPreviewDeviceType('{kind}')"
    )
}

async fn the_blocks_preview_is_the_widgets_height_in_every_editor_view(flavour: Flavour) {
    let wp = WordPress::start(flavour, None);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    wp.log_in(&b, "author").await;
    b.client
        .goto(&format!("{}/wp-admin/post-new.php", wp.url))
        .await
        .unwrap();
    b.wait_js(
        "window.wp?.blocks?.getBlockType('kpo-explainer/explainer') !== undefined",
        "the block editor, with the block",
    )
    .await;
    // The block's "Opens on" menu offers every step, as the build lists them.
    assert_eq!(
        b.js("return window.kpoExplainerSteps").await,
        serde_json::json!(Step::IDS)
    );
    if flavour == Flavour::Current {
        // 6.7 puts a post in a frame, the editor's canvas, only when every
        // block is of version 3: this one is.
        b.wait_js(
            "document.querySelector('iframe[name=\"editor-canvas\"]') !== null",
            "the editor's canvas in a frame, with the plugin active",
        )
        .await;
    }
    b.js("wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('kpo-explainer/explainer'))")
        .await;
    let editor =
        "(document.querySelector('iframe[name=\"editor-canvas\"]')?.contentDocument ?? document)";
    let frame = format!("{editor}.querySelector('.wp-block-kpo-explainer-explainer iframe')");
    let inside = format!("{frame}?.contentDocument");
    // The first press in the new block's preview, as soon as it shows a
    // Next (pre-rendered, before the widget is live), is carried out.
    b.wait_js(
        &format!("{inside}?.querySelector('.step-nav .next') != null"),
        "the preview's Next",
    )
    .await;
    b.js(&format!(
        "{inside}.querySelector('.step-nav .next').click()"
    ))
    .await;
    b.wait_js(
        &format!("{inside}.querySelector('.kpo')?.dataset.step === 'definitions'"),
        "the first press carried out",
    )
    .await;
    // The preview keeps no progress: nothing for the post's widget, on the
    // blog's own origin, to resume from.
    let kept = b
        .js(&format!(
            "return {inside}.defaultView.localStorage.getItem('{}')",
            kpo_explainer::state::saved::KEY
        ))
        .await;
    assert!(kept.is_null(), "the preview saved progress: {kept}");
    // The preview is the widget's height (not cut at its first 600 px):
    // the frame as tall as what it shows, nothing to scroll in it.
    let fits = format!(
        "(f => f && f.contentDocument?.querySelector('.kpo') && \
         Math.abs(f.getBoundingClientRect().height - f.contentDocument.getElementById('kpo-explainer').getBoundingClientRect().height) <= 2 && \
         f.contentDocument.documentElement.scrollHeight <= f.contentDocument.documentElement.clientHeight + 1)({frame})"
    );
    let height = format!("return {frame}.getBoundingClientRect().height");
    b.wait_js(&fits, "the preview at the widget's height").await;
    let mut heights = vec![];
    for view in ["Tablet", "Mobile", "Desktop"] {
        b.js(&device(view)).await;
        // The canvas takes the view's width (6.7 animates it there): at
        // most 780 px for Tablet and 360 px for Mobile, the page's for
        // Desktop (where 6.1 has no canvas frame).
        let canvas = "(document.querySelector('iframe[name=\"editor-canvas\"]')?.getBoundingClientRect().width ?? 9999)";
        let settled = match view {
            "Tablet" => format!("{canvas} <= 800"),
            "Mobile" => format!("{canvas} <= 400"),
            _ => format!("{canvas} > 850"),
        };
        b.wait_js(
            &format!("{settled} && {inside}?.querySelector('.kpo') != null"),
            view,
        )
        .await;
        b.wait_js(
            &fits,
            &format!("the preview at the widget's height, {view}"),
        )
        .await;
        let width = b
            .js(&format!("return {inside}.defaultView.innerWidth"))
            .await;
        heights.push((view, width, b.js(&height).await.as_f64().unwrap()));
    }
    println!("{flavour:?}: the preview's width and height by view: {heights:?}");
    // The block's options change the preview, and its height follows.
    let block = "wp.data.select('core/block-editor').getBlocks().find(b => b.name === 'kpo-explainer/explainer').clientId";
    let before = b.js(&height).await.as_f64().unwrap();
    b.js(&format!(
        "wp.data.dispatch('core/block-editor').updateBlockAttributes({block}, {{ start: 'quiz', lang: 'fil' }})"
    ))
    .await;
    b.wait_js(
        &format!("{inside}?.querySelector('.kpo')?.dataset.step === 'quiz' && {inside}.querySelector('.kpo').lang === 'fil'"),
        "the preview at the quiz, in Filipino",
    )
    .await;
    b.wait_js(&fits, "the preview at the quiz's height").await;
    let after = b.js(&height).await.as_f64().unwrap();
    assert!(
        (after - before).abs() > 20.0,
        "the preview stayed {before} px for another step"
    );
    // A pasted paragraph as an option's value is cut as embed.js cuts it,
    // and the preview still loads.
    b.js(&format!(
        "wp.data.dispatch('core/block-editor').updateBlockAttributes({block}, {{ theme: 'x'.repeat(100000) }})"
    ))
    .await;
    b.wait_js(
        &format!("{frame}.src.includes('theme=') && {inside}?.querySelector('.kpo')?.dataset.step === 'quiz'"),
        "the preview with a 100,000-character theme",
    )
    .await;
    let src = b.js(&format!("return {frame}.src.length")).await;
    assert!(
        src.as_u64().unwrap() < 1000,
        "an address {src} characters long"
    );
    b.wait_js(&fits, "the preview at the widget's height").await;
    b.close().await;
}

/// Evaluates `expression` through DevTools: it works on a page whose own
/// scripts are off.
async fn devtools(b: &Browser, expression: &str) -> serde_json::Value {
    let r = b
        .cdp(
            "Runtime.evaluate",
            serde_json::json!({ "expression": expression, "returnByValue": true }),
        )
        .await;
    assert!(r.get("exceptionDetails").is_none(), "{expression}: {r}");
    r["result"]["value"].clone()
}

/// The widget's element and what is in it, from the page's first byte: its
/// height (less the no-script note's, which only shows without scripts),
/// the step shown, its heading, whether the no-script note shows, and the
/// space between it and the paragraph after it.
const FIRST_SCREEN: &str = "(() => { const h = document.querySelector('[data-kpo-explainer]'); const r = h.shadowRoot; \
    const note = r && r.querySelector('.kpo-noscript'); const shown = !!note && getComputedStyle(note).display !== 'none'; \
    if (shown) note.style.display = 'none'; const height = h.getBoundingClientRect().height; if (shown) note.style.display = ''; \
    return [height, r ? r.querySelector('.kpo').dataset.step : null, \
    r ? r.querySelector('.step-heading').textContent : null, shown, \
    document.querySelector('.after').getBoundingClientRect().top - h.getBoundingClientRect().bottom]; })()";

async fn a_post_with_the_plugin_is_never_a_blank_screen(flavour: Flavour) {
    let c = content();
    let wp = WordPress::start(flavour, None);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    // A post per step it can start on, with words after it.
    let posts: Vec<(Step, String)> = Step::ALL
        .iter()
        .map(|&step| {
            let (url, _) = wp.post(
                "author",
                &format!("Starts on {}", step.id()),
                &format!(
                    "<p>Before.</p>\n[kpo_explainer start=\"{}\"]\n<p class=\"after\">After.</p>",
                    step.id()
                ),
            );
            (step, url)
        })
        .collect();
    for (width, height) in [(1280, 900), (390, 844)] {
        // Without JavaScript: the start step itself, and a note.
        let off = Browser::start(width, height).await;
        off.cdp(
            "Emulation.setScriptExecutionDisabled",
            serde_json::json!({ "value": true }),
        )
        .await;
        let mut first = Vec::new();
        for (step, post) in &posts {
            off.client.goto(post).await.unwrap();
            let s = devtools(&off, FIRST_SCREEN).await;
            assert_eq!(s[1], step.id(), "{width} px, JavaScript off");
            assert_eq!(s[2], c.steps.get(*step).heading, "{width} px");
            assert_eq!(s[3], true, "{width} px, {}: no note", step.id());
            first.push(s[0].as_f64().unwrap());
        }
        off.close().await;
        // With it: the live widget takes the step's place at its height,
        // moving nothing, and keeps no blank space under it.
        let on = Browser::start(width, height).await;
        on.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": RECORD_SHIFTS }),
        )
        .await;
        for ((step, post), pre) in posts.iter().zip(&first) {
            on.client.goto(post).await.unwrap();
            live(&on, 0).await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            let s = on.js(&format!("return {FIRST_SCREEN}")).await;
            let (now, gap) = (s[0].as_f64().unwrap(), s[4].as_f64().unwrap());
            let shifts: Vec<(f64, f64, bool)> =
                serde_json::from_value(on.js("return window.__shifts").await).unwrap();
            // The widget's and what follows it (not the theme's header,
            // moved by its fonts arriving).
            let cls: f64 = shifts
                .iter()
                .filter(|(_, _, before)| !before)
                .map(|(_, v, _)| v)
                .sum::<f64>()
                + 0.0;
            println!(
                "{flavour:?}, {width} px, {}: {pre} px pre-rendered, {now} px live, {gap} px to the next paragraph, layout shift {cls:.3}",
                step.id()
            );
            assert_eq!(s[1], step.id());
            assert!(
                (now - pre).abs() <= 2.0,
                "{width} px, {}: {pre} px pre-rendered, {now} px live",
                step.id()
            );
            // No more than the paragraph's own margin between the widget
            // and the words after it.
            assert!(
                gap < 60.0,
                "{width} px, {}: {gap} px of blank under the widget",
                step.id()
            );
            assert!(
                cls <= 0.01,
                "{width} px, {}: layout shift {cls}: {shifts:?}",
                step.id()
            );
            // Each post for a first-time reader: one who has been here
            // resumes where they were, whatever the post starts on.
            on.js("localStorage.clear()").await;
        }
        on.close().await;
    }
}

async fn an_authors_pasted_snippets_leave_words_and_a_link(flavour: Flavour) {
    let c = content();
    let widget = kpo_e2e::Server::start(kpo_e2e::dist(), vec![kpo_e2e::cors()]);
    let wp = WordPress::start(flavour, None);
    let (script, iframe) = kpo_explainer::components::embed_panel::snippets(
        &widget.url("/"),
        c.meta.title,
        c.ui.embed_fallback,
        c.ui.open_in_new_tab,
        None,
    );
    // An Author (no unfiltered_html) pastes each into a Custom HTML block:
    // WordPress takes out the script, the style sheet and the frame (and
    // would leave a `<style>`'s text on the page).
    for snippet in [script, iframe] {
        let (post, id) = wp.post(
            "author",
            "Pasted snippet",
            &format!("<!-- wp:html -->\n{snippet}\n<!-- /wp:html -->\n\n<!-- wp:paragraph --><p class=\"after\">After.</p><!-- /wp:paragraph -->"),
        );
        let saved = wp.content_of(id);
        assert!(
            !saved.contains("<script") && !saved.contains("<iframe") && !saved.contains("<link"),
            "WordPress kept an Author's {saved}"
        );
        let b = Browser::start(390, 844).await;
        b.client.goto(&post).await.unwrap();
        let (words, link, room) = (
            b.js("return document.querySelector('.entry-content, .wp-block-post-content').innerText.trim()")
                .await,
            b.js(&format!(
                "return [...document.querySelectorAll('a')].filter(a => a.textContent === {:?}).map(a => a.href)",
                c.ui.open_in_new_tab
            ))
            .await,
            b.js("const a = document.querySelector('.after').getBoundingClientRect().top; \
                  const w = [...document.querySelectorAll('a')].find(x => x.target === '_blank').getBoundingClientRect().bottom; return a - w")
                .await,
        );
        // The sentence and its link, and nothing else of the snippet.
        assert_eq!(
            words,
            format!("{} {}\n\nAfter.", c.ui.embed_fallback, c.ui.open_in_new_tab),
            "{saved}"
        );
        assert_eq!(link, serde_json::json!([widget.url("/index.html")]));
        // Words and a link, then the post goes on: no screen kept empty.
        assert!(
            room.as_f64().unwrap() < 80.0,
            "{} px between the link and what follows",
            room
        );
        b.close().await;
    }
}

async fn the_theme_draws_no_box_around_the_widget(flavour: Flavour) {
    let wp = WordPress::start(flavour, None);
    wp.install_plugin(&published(None).join(PLUGIN_ZIP));
    let (post, _) = wp.post("author", "Focus", "<!-- wp:kpo-explainer/explainer /-->");
    let b = Browser::start(1280, 900).await;
    b.client.goto(&post).await.unwrap();
    live(&b, 0).await;
    // Next, by keyboard: the new step's heading takes focus, inside the
    // shadow root, so the page's focus is on the widget's element.
    b.js(&format!("{}.focus()", inside(0, ".step-nav .next")))
        .await;
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys(fantoccini::key::Key::Enter.to_string().as_str())
        .await
        .unwrap();
    b.wait_js(
        &format!("{}.dataset.step === 'definitions'", inside(0, ".kpo")),
        "the next step",
    )
    .await;
    let host = "document.querySelector('[data-kpo-explainer]')";
    let ring = |el: &str| {
        format!("(s => [s.outlineStyle, s.outlineWidth, s.boxShadow, s.borderStyle])(getComputedStyle({el}))")
    };
    let (on_host, on_wrapper) = (
        b.js(&format!(
            "return [{host}.matches(':focus'), {}]",
            ring(host)
        ))
        .await,
        b.js(&format!(
            "return {}",
            ring("document.querySelector('.wp-block-kpo-explainer-explainer')")
        ))
        .await,
    );
    println!("{flavour:?}: the host {on_host}, its block {on_wrapper}");
    assert_eq!(on_host[0], true, "the focus is not in the widget");
    let none = |v: &serde_json::Value| v[0] == "none" || v[1] == "0px";
    assert!(
        none(&on_host[1]) && on_host[1][2] == "none",
        "the theme draws around the widget: {on_host}"
    );
    assert!(
        none(&on_wrapper) && on_wrapper[2] == "none",
        "the theme draws around the block: {on_wrapper}"
    );
    // The reader's own ring, on a control inside, shows.
    b.client
        .active_element()
        .await
        .unwrap()
        .send_keys(fantoccini::key::Key::Tab.to_string().as_str())
        .await
        .unwrap();
    let inner = b
        .js(&format!(
            "const f = {host}.shadowRoot.activeElement; return [f && f.tagName, {}]",
            ring(&format!("{host}.shadowRoot.activeElement"))
        ))
        .await;
    println!("{flavour:?}: the focused control {inner}");
    assert!(
        inner[1][0] != "none" && inner[1][1] != "0px",
        "no focus ring on the control: {inner}"
    );
    b.close().await;
}
