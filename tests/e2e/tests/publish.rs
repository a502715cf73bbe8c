//! What `cargo xtask dist --base-url` publishes, read as other software
//! reads it: an oEmbed consumer that follows discovery, and the share tags.

use kpo_e2e::{cors, published, Browser, Server};
use kpo_site::publish::publish;

#[tokio::test(flavor = "current_thread")]
async fn any_oembed_consumer_finds_a_working_rich_embed() {
    let dir = published(None);
    let site = Server::start(dir.clone(), vec![cors()]);
    let base = site.url("/");
    let plugin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress");
    publish(&dir, &plugin, Some(&base)).unwrap();

    let b = Browser::start(1280, 900).await;
    // From another origin, as a consumer's page or server would fetch.
    let consumer = Server::start(std::env::temp_dir(), vec![]);
    b.client.goto(&consumer.url("/")).await.unwrap();
    // The door, and a language's own page, each with its own oEmbed file.
    for (page, oembed, frame, lang) in [
        ("", "oembed.json", "index.html?embed=1", "en"),
        (
            "index.fil.html",
            "oembed.fil.json",
            "index.fil.html?embed=1",
            "fil",
        ),
    ] {
        let url = format!("{base}{page}");
        b.client.goto(&consumer.url("/")).await.unwrap();
        let found = b
            .js(&format!(
                r#"const page = await (await fetch({url:?})).text();
                const head = page.slice(0, page.indexOf('</head>'));
                const doc = new DOMParser().parseFromString(head, 'text/html');
                const link = doc.querySelector('link[rel=alternate][type="application/json+oembed"]');
                const url = new URL(link.getAttribute('href'));
                url.searchParams.set('url', {url:?});
                url.searchParams.set('maxwidth', '500');
                url.searchParams.set('format', 'json');
                const data = await (await fetch(url)).json();
                const frag = new DOMParser().parseFromString(data.html, 'text/html');
                return {{ href: link.getAttribute('href'), offset: page.indexOf(link.getAttribute('href')),
                         type: data.type, version: data.version, width: data.width, height: data.height,
                         thumbnail: data.thumbnail_url || null, frame: frag.querySelector('iframe').src,
                         title: frag.querySelector('iframe').title, link: frag.querySelector('blockquote a').href,
                         og: doc.querySelector('meta[property="og:url"]').content }};"#
            ))
            .await;
        assert_eq!(found["href"], format!("{base}{oembed}"));
        assert!(
            found["offset"].as_i64().unwrap() < 2_000,
            "discovery sits early in the head"
        );
        assert_eq!(
            (found["type"].as_str(), found["version"].as_str()),
            (Some("rich"), Some("1.0"))
        );
        assert!(found["width"].is_u64() && found["height"].is_u64());
        assert_eq!(found["frame"], format!("{base}{frame}"));
        assert_eq!(found["link"], url);
        assert_eq!(found["og"], url);
        assert!(!found["title"].as_str().unwrap().is_empty());

        // The frame it describes shows the live widget, in its language.
        b.client
            .goto(found["frame"].as_str().unwrap())
            .await
            .unwrap();
        b.wait_for(kpo_e2e::LIVE_HEADING).await;
        assert_eq!(b.js("return document.documentElement.lang").await, lang);
    }
    b.close().await;
}

#[test]
fn without_a_base_url_nothing_needs_one_and_the_rest_is_there() {
    let dir = published(None);
    for made in [kpo_site::publish::PLUGIN_ZIP, "_headers", ".htaccess"] {
        assert!(dir.join(made).is_file(), "{made}");
    }
    assert!(!dir.join(kpo_site::publish::OEMBED).exists());
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(!page.contains("json+oembed") && !page.contains("og:url"));
}

/// A title holding `&`, `<` and `"` reaches every reader of the published
/// page exactly: the page's own title, the share tags and the oEmbed
/// answer (its JSON and its HTML), each read by Chromium's parser.
#[tokio::test(flavor = "current_thread")]
async fn a_title_with_markup_characters_is_read_back_exact() {
    const TITLE: &str = r#"BPO & KPO: <what> "it" means"#;
    let dir = published(None);
    let page_path = dir.join("index.html");
    let page = std::fs::read_to_string(&page_path).unwrap();
    let (head, rest) = page.split_once("<title>").unwrap();
    let (_, tail) = rest.split_once("</title>").unwrap();
    let escaped = "BPO &amp; KPO: &lt;what&gt; \"it\" means";
    std::fs::write(&page_path, format!("{head}<title>{escaped}</title>{tail}")).unwrap();
    let site = Server::start(dir.clone(), vec![cors()]);
    let base = site.url("/");
    let plugin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress");
    publish(&dir, &plugin, Some(&base)).unwrap();

    let b = Browser::start(1280, 900).await;
    b.client.goto(&site.url("/")).await.unwrap();
    let found = b
        .js(&format!(
            r#"const page = await (await fetch({base:?})).text();
            const doc = new DOMParser().parseFromString(page, 'text/html');
            const data = await (await fetch({base:?} + 'oembed.json')).json();
            const frag = new DOMParser().parseFromString(data.html, 'text/html');
            const content = s => doc.querySelector(s).getAttribute('content');
            return [doc.title, content('meta[property="og:title"]'), content('meta[name="twitter:title"]'),
                    doc.querySelector('link[type="application/json+oembed"]').title,
                    data.title, data.provider_name, frag.querySelector('iframe').title,
                    frag.querySelector('blockquote a').textContent];"#
        ))
        .await;
    b.close().await;
    let found: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(found, [TITLE; 8]);
}
