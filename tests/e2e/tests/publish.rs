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

/// Publishing rewrites the pages (share tags, oEmbed links) after the build
/// wrote their brotli copies: each copy is rewritten with them, so a browser
/// that takes brotli reads what one that doesn't reads. The plugin's copy of
/// the widget has none (WordPress's server knows nothing of them).
#[test]
fn every_brotli_copy_is_its_file_after_publishing() {
    use std::io::Read;
    let dir = published(Some("https://blog.example/kpo/"));
    let mut copies = 0;
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        let Some(file) = path.to_str().and_then(|p| p.strip_suffix(".br")) else {
            continue;
        };
        let mut unpacked = Vec::new();
        brotli::Decompressor::new(std::fs::File::open(&path).unwrap(), 4096)
            .read_to_end(&mut unpacked)
            .unwrap();
        assert!(
            unpacked == std::fs::read(file).unwrap(),
            "{} is not {file}",
            path.display()
        );
        copies += 1;
    }
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("json+oembed"), "the door was not published");
    // Search engines read the language links absolute.
    assert!(
        page.contains(r#"hreflang="fil" href="https://blog.example/kpo/index.fil.html""#)
            && page.contains(r#"hreflang="x-default" href="https://blog.example/kpo/index.html""#),
        "{page}"
    );
    assert!(copies >= 8, "{copies} brotli copies");
    let zip = std::fs::read(dir.join(kpo_site::publish::PLUGIN_ZIP)).unwrap();
    let zip = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.map(|n| n.into_owned()))
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(names.iter().any(|n| n.ends_with("widget/embed.js")));
    assert!(!names.iter().any(|n| n.ends_with(".br")), "{names:?}");
}

/// Apache, as Debian ships it, reading the published `.htaccess`: a browser
/// that takes brotli gets each file's brotli copy, marked `br`, with its own
/// type (the page for the folder too); one that doesn't gets the file.
#[test]
fn apache_sends_the_brotli_copies_by_the_published_htaccess() {
    use std::io::{Read, Write};
    let dir = published(None);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let conf = dir.with_extension("httpd.conf");
    let modules = "/usr/lib/apache2/modules";
    let load = [
        "mpm_event",
        "authz_core",
        "mime",
        "rewrite",
        "headers",
        "dir",
    ]
    .map(|m| format!("LoadModule {m}_module {modules}/mod_{m}.so\n"))
    .concat();
    std::fs::write(
        &conf,
        format!(
            "ServerName 127.0.0.1\nListen 127.0.0.1:{port}\nPidFile {run}.pid\nErrorLog {run}.log\n\
             User www-data\nGroup www-data\n{load}TypesConfig /etc/mime.types\n\
             DocumentRoot \"{root}\"\nDirectoryIndex index.html\n\
             <Directory \"{root}\">\n    AllowOverride All\n    Require all granted\n</Directory>\n",
            run = conf.display(),
            root = dir.display()
        ),
    )
    .unwrap();
    let mut apache = kpo_e2e::process::Group::spawn(
        std::process::Command::new("/usr/sbin/apache2")
            .arg("-f")
            .arg(&conf)
            .arg("-DFOREGROUND"),
        "Apache (Debian's apache2)",
    );
    let get = |path: &str, encodings: &str| -> (String, Vec<u8>) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let mut stream = loop {
            match std::net::TcpStream::connect(("127.0.0.1", port)) {
                Ok(s) => break s,
                Err(e) => {
                    assert!(std::time::Instant::now() < deadline, "Apache: {e}");
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
            }
        };
        write!(
            stream,
            "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept-Encoding: {encodings}\r\n\r\n"
        )
        .unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        let split = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&answer[..split]).to_lowercase();
        (head, answer[split + 4..].to_vec())
    };
    for (path, file, kind) in [
        ("/", "index.html", "text/html"),
        ("/index.fil.html", "index.fil.html", "text/html"),
        ("/embed.js", "embed.js", "text/javascript"),
        (
            "/kpo-explainer_bg.wasm",
            "kpo-explainer_bg.wasm",
            "application/wasm",
        ),
        ("/content.en.txt", "content.en.txt", "text/plain"),
    ] {
        let (head, body) = get(path, "gzip, deflate, br");
        assert!(head.starts_with("http/1.1 200"), "{path}: {head}");
        assert!(head.contains("content-encoding: br"), "{path}: {head}");
        assert!(
            head.contains(&format!("content-type: {kind}")),
            "{path}: {head}"
        );
        assert!(
            head.contains("access-control-allow-origin: *"),
            "{path}: {head}"
        );
        assert!(
            body == std::fs::read(dir.join(format!("{file}.br"))).unwrap(),
            "{path}: not the brotli copy"
        );
        let (head, body) = get(path, "gzip, deflate");
        assert!(!head.contains("content-encoding: br"), "{path}: {head}");
        assert!(
            body == std::fs::read(dir.join(file)).unwrap(),
            "{path}: not the file"
        );
    }
    apache.stop();
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
