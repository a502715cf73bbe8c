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
    an_administrators_custom_html_takes_either_snippet,
    the_custom_html_blocks_preview_shows_the_whole_widget,
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
    let dir = published(None);
    let widget = kpo_e2e::Server::start(dir.clone(), vec![kpo_e2e::cors()]);
    kpo_site::publish::publish(
        &dir,
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress"),
        Some(&widget.url("/")),
    )
    .unwrap();
    let wp = WordPress::start(flavour, Some(widget.addr.port()));
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
    // 200-1000 px; the widget's first step is taller, so 1000.
    b.wait_js(
        "(f => f && !f.getAttribute('style') && Number(f.getAttribute('height')) >= 200)(document.querySelector('iframe.wp-embedded-content'))",
        "the frame sized by wp-embed",
    )
    .await;
    assert_eq!(embed_height(&b).await, 1000);
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
        .js("return getComputedStyle(document.querySelector('.steps-list')).display")
        .await;
    assert_eq!(styled, "flex", "the widget's styles did not load");
    assert!(
        b.js("return document.querySelector('.notice') === null")
            .await
            .as_bool()
            .unwrap(),
        "no alarm about storage in a sandboxed frame"
    );
    // A step taller than the frame's 1000 px scrolls inside the frame.
    b.js(&format!(
        "document.querySelectorAll('.steps-list button')[{}].click()",
        Step::Fields.index()
    ))
    .await;
    b.wait_js(
        "document.querySelector('.kpo').dataset.step === 'fields'",
        "fields",
    )
    .await;
    assert!(
        b.js("return document.documentElement.scrollHeight > innerHeight + 100")
            .await
            .as_bool()
            .unwrap(),
        "the fields step is taller than the frame"
    );
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
    b.wait_js(
        "document.querySelector('.kpo').dataset.step === 'sort'",
        "sort",
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
