//! The published folder. `cargo xtask dist` runs [`publish`] on `dist/`
//! after the release build: it adds what a static host and the WordPress
//! plugin need, and, given the site's public address, what an oEmbed
//! consumer or a share card reads.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::{Path, PathBuf};

use html_escape::{decode_html_entities, encode_double_quoted_attribute, encode_text};
use lol_html::html_content::ContentType;
use lol_html::{doc_comments, element, rewrite_str, text, RewriteStrSettings};

/// The WordPress plugin, ready for Plugins → Add New → Upload.
pub const PLUGIN_ZIP: &str = "kpo-explainer-wordpress.zip";
/// The oEmbed answer, a static file per page (`index.html` links to
/// `oembed.json`, `index.fil.html` to `oembed.fil.json`).
pub const OEMBED: &str = "oembed.json";
/// The share image per page (made by [`crate::thumbnail`]), named the same
/// way.
pub const THUMBNAIL: &str = "thumbnail.png";
pub const THUMBNAIL_SIZE: (u32, u32) = (1200, 630);
/// The frame's size an oEmbed consumer is offered.
const FRAME: (u32, u32) = (600, 900);
/// Around the tags `publish` adds to `index.html`, so publishing again
/// replaces them.
const MARK_START: &str = "<!-- published -->";
const MARK_END: &str = "<!-- /published -->";

/// What a publish wrote, and what it left out for want of a base URL.
#[derive(Debug, Default)]
pub struct Report {
    pub written: Vec<String>,
    pub left_out: Vec<String>,
}

/// A base URL a reader's browser can use from anywhere: absolute, http or
/// https, with no query or fragment. A missing final `/` is added: the
/// widget finds its files relative to it.
pub fn base_url(raw: &str) -> Result<String, String> {
    let url = raw.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| format!("the base URL \"{url}\" must start with https:// (or http://)"))?;
    let host = rest.split('/').next().unwrap_or_default();
    if host.is_empty() || url.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err(format!(
            "the base URL \"{url}\" needs a host and no query, fragment, space or quote, e.g. https://example.org/kpo/"
        ));
    }
    Ok(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// The path part of a base URL (`/kpo/`), which the host's rules name.
fn base_path(base: &str) -> &str {
    let rest = base.split_once("//").map_or(base, |(_, r)| r);
    rest.find('/').map_or("/", |i| &rest[i..])
}

/// A start tag with its attributes, each value escaped for its quotes.
fn tag(name: &str, attributes: &[(&str, &str)]) -> String {
    let mut tag = format!("<{name}");
    for (attribute, value) in attributes {
        tag.push_str(&format!(
            " {attribute}=\"{}\"",
            encode_double_quoted_attribute(value)
        ));
    }
    tag.push('>');
    tag
}

/// Runs an HTML rewriter's settings over `page`.
fn rewrite(page: &str, settings: RewriteStrSettings) -> Result<String, String> {
    rewrite_str(page, settings).map_err(|e| format!("rewriting the page: {e}"))
}

/// The page's title and description as text (entities decoded), as its
/// `<head>` gives them.
fn page_facts(page: &str) -> Result<(String, String), String> {
    let title = RefCell::new(None::<String>);
    let description = RefCell::new(None);
    rewrite(
        page,
        RewriteStrSettings::new()
            .append_element_content_handler(text!("title", |t| {
                title
                    .borrow_mut()
                    .get_or_insert_with(String::new)
                    .push_str(t.as_str());
                Ok(())
            }))
            .append_element_content_handler(element!("meta[name=description]", |el| {
                *description.borrow_mut() = el.get_attribute("content");
                Ok(())
            })),
    )?;
    let title = title.into_inner().ok_or("index.html has no <title>")?;
    let description = description
        .into_inner()
        .ok_or("index.html has no <meta name=\"description\" content=\"…\">")?;
    Ok((
        decode_html_entities(title.trim()).into_owned(),
        decode_html_entities(&description).into_owned(),
    ))
}

/// The widget's pages in `dist`: `index.html`, the door for a reader whose
/// language isn't known yet (`None`), and each language's own,
/// `index.<tag>.html`.
pub fn pages(dist: &Path) -> Result<Vec<(String, Option<String>)>, String> {
    let mut pages: Vec<(String, Option<String>)> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "index.html" {
                return Some((name, None));
            }
            let tag = name
                .strip_prefix("index.")?
                .strip_suffix(".html")?
                .to_owned();
            Some((name, Some(tag)))
        })
        .collect();
    pages.sort();
    if !pages.iter().any(|(_, tag)| tag.is_none()) {
        return Err(format!("{} holds no index.html", dist.display()));
    }
    Ok(pages)
}

/// A published file's name for a page in language `tag` (`None` for
/// `index.html`): `oembed.json` → `oembed.fil.json`.
pub fn for_page(name: &str, tag: Option<&str>) -> String {
    match (tag, name.rsplit_once('.')) {
        (Some(tag), Some((stem, ext))) => format!("{stem}.{tag}.{ext}"),
        _ => name.to_owned(),
    }
}

/// Whether `name` is a file publishing adds, not part of the widget.
fn is_published(name: &str) -> bool {
    let per_page = |base: &str| {
        let (stem, ext) = base.rsplit_once('.').unwrap_or((base, ""));
        name == base
            || (name.starts_with(&format!("{stem}.")) && name.ends_with(&format!(".{ext}")))
    };
    matches!(name, PLUGIN_ZIP | "_headers" | ".htaccess") || per_page(OEMBED) || per_page(THUMBNAIL)
}

/// The files the widget itself is made of, in `dist`: everything but what
/// publishing adds.
pub fn widget_files(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| !is_published(&p.file_name().unwrap_or_default().to_string_lossy()))
        .collect();
    files.sort();
    if !files.iter().any(|f| f.ends_with("embed.js")) {
        return Err(format!(
            "{} holds no embed.js: build the release first (trunk build --release)",
            dist.display()
        ));
    }
    Ok(files)
}

/// Adds to `dist` what publishing needs; `plugin` is the plugin's source
/// folder (`wordpress/`), `base` the site's public address, if known.
pub fn publish(dist: &Path, plugin: &Path, base: Option<&str>) -> Result<Report, String> {
    let mut report = Report::default();
    let write = |name: &str, bytes: &[u8], report: &mut Report| {
        crate::compress::write_with_copy(&dist.join(name), bytes)?;
        report.written.push(name.to_owned());
        Ok::<(), String>(())
    };
    let widget = widget_files(dist)?;
    write(PLUGIN_ZIP, &plugin_zip(plugin, &widget)?, &mut report)?;
    let base = base.map(base_url).transpose()?;
    let path = base.as_deref().map_or("/", base_path);
    write("_headers", headers_file(path).as_bytes(), &mut report)?;
    write(".htaccess", HTACCESS.as_bytes(), &mut report)?;

    let Some(base) = base else {
        for (name, _) in pages(dist)? {
            let path = dist.join(&name);
            let page = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
            crate::compress::write_with_copy(&path, without_published_tags(&page)?.as_bytes())?;
        }
        report.left_out.extend(
            [
                "oembed.json (one per page) and the oEmbed <link> in each page (pasting the link into WordPress)",
                "the Open Graph and Twitter card tags (a card when the link is shared)",
            ]
            .map(str::to_owned),
        );
        return Ok(report);
    };
    let mut without_image = false;
    for (name, tag) in pages(dist)? {
        let tag = tag.as_deref();
        let path = dist.join(&name);
        let page = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
        let page = without_published_tags(&page).map_err(|e| format!("{name}: {e}"))?;
        let (title, description) = page_facts(&page).map_err(|e| format!("{name}: {e}"))?;
        // The door's address is the folder's.
        let url = match tag {
            Some(_) => format!("{base}{name}"),
            None => base.clone(),
        };
        let image = for_page(THUMBNAIL, tag);
        let thumbnail = dist
            .join(&image)
            .is_file()
            .then(|| format!("{base}{image}"));
        without_image |= thumbnail.is_none();
        let oembed_file = for_page(OEMBED, tag);
        write(
            &oembed_file,
            oembed(&base, &name, &title, thumbnail.as_deref()).as_bytes(),
            &mut report,
        )?;
        let tags = head_tags(
            &format!("{base}{oembed_file}"),
            &url,
            &title,
            &description,
            thumbnail.as_deref(),
        );
        // The share tags after the title; the language links absolute, as
        // search engines read them (a relative hreflang costs Lighthouse's
        // SEO score 9 points).
        let page = rewrite(
            &page,
            RewriteStrSettings::new()
                .append_element_content_handler(element!("title", |el| {
                    el.after(&tags, ContentType::Html);
                    Ok(())
                }))
                .append_element_content_handler(element!(
                    "link[rel=alternate][hreflang][href]",
                    |el| {
                        let href = el.get_attribute("href").unwrap_or_default();
                        if !href.contains("://") {
                            el.set_attribute("href", &format!("{base}{href}"))?;
                        }
                        Ok(())
                    }
                )),
        )
        .map_err(|e| format!("{name}: {e}"))?;
        crate::compress::write_with_copy(&path, page.as_bytes())?;
        report
            .written
            .push(format!("{name} (oEmbed link, share tags)"));
    }
    if without_image {
        report.left_out.push(
            "a page's share image (make them with cargo xtask dist, which has Chromium)".to_owned(),
        );
    }
    Ok(report)
}

/// The page without tags an earlier publish added: the elements between
/// the two marks, and the marks. Anywhere in the page: a minified page has
/// no `<head>` start tag for a selector to find.
fn without_published_tags(page: &str) -> Result<String, String> {
    let inside = Cell::new(false);
    rewrite(
        page,
        RewriteStrSettings::new()
            .append_document_content_handler(doc_comments!(|c| {
                let text = format!("<!--{}-->", c.text());
                if text == MARK_START || text == MARK_END {
                    inside.set(text == MARK_START);
                    c.remove();
                }
                Ok(())
            }))
            .append_element_content_handler(element!("*", |el| {
                if inside.get() {
                    el.remove();
                }
                Ok(())
            })),
    )
}

/// oEmbed discovery (`oembed`, the page's oEmbed file's address) and the
/// share card's tags for the page at `url`, early in the head: WordPress
/// reads at most the first 150 KB, and only the head.
fn head_tags(
    oembed: &str,
    url: &str,
    title: &str,
    description: &str,
    image: Option<&str>,
) -> String {
    let mut tags = MARK_START.to_owned();
    let mut add = |name: &str, attributes: &[(&str, &str)]| tags.push_str(&tag(name, attributes));
    add(
        "link",
        &[
            ("rel", "alternate"),
            ("type", "application/json+oembed"),
            ("href", oembed),
            ("title", title),
        ],
    );
    add("link", &[("rel", "canonical"), ("href", url)]);
    fn property<'a>(p: &'a str, content: &'a str) -> [(&'a str, &'a str); 2] {
        [("property", p), ("content", content)]
    }
    fn name<'a>(n: &'a str, content: &'a str) -> [(&'a str, &'a str); 2] {
        [("name", n), ("content", content)]
    }
    for meta in [
        property("og:type", "website"),
        property("og:title", title),
        property("og:description", description),
        property("og:url", url),
        name("twitter:title", title),
        name("twitter:description", description),
    ] {
        add("meta", &meta);
    }
    match image {
        Some(image) => {
            let (w, h) = THUMBNAIL_SIZE;
            let (w, h) = (w.to_string(), h.to_string());
            let alt = format!("{title}: the first screen");
            for meta in [
                property("og:image", image),
                property("og:image:width", &w),
                property("og:image:height", &h),
                property("og:image:alt", &alt),
                name("twitter:card", "summary_large_image"),
                name("twitter:image", image),
            ] {
                add("meta", &meta);
            }
        }
        None => add("meta", &name("twitter:card", "summary")),
    }
    tags.push_str(MARK_END);
    tags
}

/// The oEmbed answer for the page `page` (`index.html`, `index.fil.html`):
/// a `rich` embed whose HTML is what WordPress keeps of an unknown
/// provider's (a blockquote with a link, and a frame of that page): it
/// shows the link until the frame reports its height through wp-embed.
pub fn oembed(base: &str, page: &str, title: &str, thumbnail: Option<&str>) -> String {
    let (w, h) = FRAME;
    // The frame's width is the column's: a fixed 600 px widened a phone's
    // page by 234 px in WordPress (its kses keeps `width`, not `style`).
    // The link is the page's own address (the door's is the folder's).
    let link = if page == "index.html" {
        base.to_owned()
    } else {
        format!("{base}{page}")
    };
    let html = format!(
        "{}{}{}</a></blockquote>{}</iframe>",
        tag("blockquote", &[("class", "wp-embedded-content")]),
        tag("a", &[("href", &link)]),
        encode_text(title),
        tag(
            "iframe",
            &[
                ("src", &format!("{base}{page}?embed=1")),
                ("width", "100%"),
                ("height", &h.to_string()),
                ("title", title),
                ("frameborder", "0"),
                ("marginwidth", "0"),
                ("marginheight", "0"),
            ]
        ),
    );
    let mut json = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": title,
        "provider_url": base,
        "width": w,
        "height": h,
        "html": html,
    });
    if let Some(url) = thumbnail {
        let (tw, th) = THUMBNAIL_SIZE;
        json["thumbnail_url"] = url.into();
        json["thumbnail_width"] = tw.into();
        json["thumbnail_height"] = th.into();
    }
    serde_json::to_string_pretty(&json).expect("JSON from JSON values")
}

/// Netlify's and Cloudflare Pages' `_headers`, for the widget's folder
/// `path`. File names carry no hash, so every file is revalidated
/// (`no-cache`: a quick 304 when nothing changed), which also keeps the glue
/// and the wasm from ever coming from two different builds.
fn headers_file(path: &str) -> String {
    format!(
        "# What the widget's files need, for Netlify and Cloudflare Pages: other\n\
         # sites may load them (CORS, for the script-tag embed and for frames\n\
         # WordPress sandboxes), the wasm's type, and revalidation (the names\n\
         # carry no hash). Merge into the site's own _headers if it has one.\n\
         {path}*\n  Access-Control-Allow-Origin: *\n  Cache-Control: no-cache\n\
         {path}*.wasm\n  Content-Type: application/wasm\n"
    )
}

/// The same for Apache, in the widget's own folder, and the build's brotli
/// copies (`<file>.br`) sent to browsers that take brotli: a quarter
/// smaller than gzip for the wasm (docs/performance-log.md).
const HTACCESS: &str = "# What the widget's files need, for Apache: other sites may load them\n\
# (CORS, for the script-tag embed and for frames WordPress sandboxes), the\n\
# wasm's type, and revalidation (the file names carry no hash).\n\
AddType application/wasm .wasm\n\
<IfModule mod_headers.c>\n    Header set Access-Control-Allow-Origin \"*\"\n    Header set Cache-Control \"no-cache\"\n    Header append Vary Accept-Encoding\n</IfModule>\n\
# The build wrote a brotli copy beside each file (name.br): send it to a\n\
# browser that takes brotli, marked as such and never compressed again.\n\
AddEncoding br .br\n\
<IfModule mod_rewrite.c>\n    RewriteEngine On\n    RewriteCond %{HTTP:Accept-Encoding} \\bbr\\b\n    RewriteCond %{REQUEST_FILENAME} -f\n    RewriteCond %{REQUEST_FILENAME}.br -f\n    RewriteRule ^(.+)$ $1.br [L,E=no-gzip:1,E=no-brotli:1]\n</IfModule>\n";

/// The plugin zip: `kpo-explainer/` holding every file of the plugin's
/// folder (so a new one can't be left out) and, in `widget/`, its own copy
/// of the widget. Dated 1980-01-01, so the same build makes the same zip.
fn plugin_zip(plugin: &Path, widget: &[PathBuf]) -> Result<Vec<u8>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(plugin)
        .map_err(|e| format!("{}: {e}", plugin.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut entries: Vec<(String, PathBuf)> = Vec::new();
    for file in files {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        entries.push((format!("kpo-explainer/{name}"), file.clone()));
    }
    // Not the brotli copies: WordPress's server knows nothing of them.
    for file in widget
        .iter()
        .filter(|f| f.extension().is_none_or(|e| e != "br"))
    {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        entries.push((format!("kpo-explainer/widget/{name}"), file.clone()));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, path) in entries {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        zip.start_file(name.as_str(), options)
            .and_then(|_| zip.write_all(&bytes).map_err(Into::into))
            .map_err(|e| format!("{PLUGIN_ZIP}: {e}"))?;
    }
    let cursor = zip.finish().map_err(|e| format!("{PLUGIN_ZIP}: {e}"))?;
    Ok(cursor.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_url_is_absolute_and_ends_in_a_slash() {
        assert_eq!(
            base_url("https://example.org/kpo").unwrap(),
            "https://example.org/kpo/"
        );
        assert_eq!(
            base_url(" http://127.0.0.1:8080/ ").unwrap(),
            "http://127.0.0.1:8080/"
        );
        for bad in [
            "example.org/kpo/",
            "/kpo/",
            "https://",
            "https://x.org/?a=1",
            "https://x.org/\"a",
        ] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
        assert_eq!(base_path("https://example.org/kpo/"), "/kpo/");
        assert_eq!(base_path("https://example.org/"), "/");
    }

    #[test]
    fn the_oembed_answer_is_rich_absolute_and_what_wordpress_keeps() {
        let json: serde_json::Value = serde_json::from_str(&oembed(
            "https://example.org/kpo/",
            "index.html",
            "BPO & KPO",
            Some("https://example.org/kpo/thumbnail.png"),
        ))
        .unwrap();
        assert_eq!(json["type"], "rich");
        assert_eq!(json["version"], "1.0");
        assert_eq!(
            json["thumbnail_url"],
            "https://example.org/kpo/thumbnail.png"
        );
        let html = json["html"].as_str().unwrap();
        assert!(html.starts_with("<blockquote class=\"wp-embedded-content\"><a href=\"https://example.org/kpo/\">BPO &amp; KPO</a></blockquote><iframe src=\"https://example.org/kpo/index.html?embed=1\""), "{html}");
        assert!(html.contains("title=\"BPO &amp; KPO\""));
        // Nothing WordPress strips: no style, no data-*, no script.
        for stripped in ["style=", "data-", "<script"] {
            assert!(!html.contains(stripped), "{stripped} in {html}");
        }
    }

    #[test]
    fn head_tags_are_added_once_and_replaced_when_published_again() {
        // As Trunk's minifier leaves it: no `<head>` start tag.
        let page = "<html><meta charset=utf-8><title>T</title><meta content=\"D\" name=description></head><body><p>x</body></html>";
        let once = format!(
            "{}{}{}",
            "<html><meta charset=utf-8><title>T</title>",
            head_tags(
                "https://x.org/oembed.json",
                "https://x.org/",
                "T",
                "D",
                None
            ),
            "<meta content=\"D\" name=description></head><body><p>x</body></html>"
        );
        assert_eq!(page_facts(page).unwrap(), ("T".to_owned(), "D".to_owned()));
        assert_eq!(without_published_tags(&once).unwrap(), page);
        assert!(once.contains("application/json+oembed\" href=\"https://x.org/oembed.json\""));
    }

    #[test]
    fn each_page_has_its_own_published_files() {
        assert_eq!(for_page(OEMBED, None), "oembed.json");
        assert_eq!(for_page(OEMBED, Some("fil")), "oembed.fil.json");
        assert_eq!(for_page(THUMBNAIL, Some("en")), "thumbnail.en.png");
        for name in [
            "oembed.json",
            "oembed.fil.json",
            "thumbnail.en.png",
            "_headers",
            PLUGIN_ZIP,
        ] {
            assert!(is_published(name), "{name}");
        }
        for name in [
            "index.fil.html",
            "content.fil.txt",
            "embed.js",
            "languages.json",
        ] {
            assert!(!is_published(name), "{name}");
        }
        let fil = oembed("https://x.org/", "index.fil.html", "T", None);
        assert!(
            fil.contains("https://x.org/index.fil.html?embed=1"),
            "{fil}"
        );
    }

    #[test]
    fn headers_name_the_widgets_folder() {
        let h = headers_file("/kpo/");
        assert!(h.contains("/kpo/*\n  Access-Control-Allow-Origin: *"));
        assert!(h.contains("/kpo/*.wasm\n  Content-Type: application/wasm"));
        assert!(HTACCESS.contains("AddType application/wasm .wasm"));
    }

    /// The attributes of every element `selector` matches in `page`,
    /// entities decoded, as a parser reads them.
    fn attributes(page: &str, selector: &str) -> Vec<Vec<(String, String)>> {
        let found = RefCell::new(Vec::new());
        rewrite(
            page,
            RewriteStrSettings::new().append_element_content_handler(element!(selector, |el| {
                found.borrow_mut().push(
                    el.attributes()
                        .iter()
                        .map(|a| (a.name(), decode_html_entities(&a.value()).into_owned()))
                        .collect(),
                );
                Ok(())
            })),
        )
        .unwrap();
        found.into_inner()
    }

    #[test]
    fn a_title_with_markup_characters_is_published_exactly() {
        let title = "BPO & KPO: <what> \"it\" means";
        let description = "A \"short\" guide & <quiz>";
        let dist = std::env::temp_dir().join(format!("kpo-publish-title-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        let page = format!(
            "<!doctype html><html lang=en><meta charset=utf-8><title>{}</title>\
             <meta name=description content=\"{}\"></head><body></body></html>",
            encode_text(title),
            encode_double_quoted_attribute(description)
        );
        std::fs::write(dist.join("index.html"), &page).unwrap();
        std::fs::write(dist.join("embed.js"), "").unwrap();
        let plugin = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress");
        // Twice: publishing again replaces the tags, escaping nothing twice.
        for _ in 0..2 {
            publish(&dist, &plugin, Some("https://example.org/kpo/")).unwrap();
        }
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dist.join(OEMBED)).unwrap()).unwrap();
        assert_eq!(json["title"], title);
        assert_eq!(json["provider_name"], title);
        let html = json["html"].as_str().unwrap();
        assert!(
            html.contains(&format!(">{}</a>", encode_text(title))),
            "{html}"
        );
        let frame = attributes(html, "iframe");
        assert!(
            frame
                .iter()
                .any(|a| a.contains(&("title".into(), title.into()))),
            "{html}"
        );

        let published = std::fs::read_to_string(dist.join("index.html")).unwrap();
        assert_eq!(
            page_facts(&published).unwrap(),
            (title.to_owned(), description.to_owned())
        );
        let elements = attributes(&published, "meta, link");
        let content = |key: &str, value: &str| {
            elements
                .iter()
                .filter(|a| a.contains(&(key.to_owned(), value.to_owned())))
                .filter_map(|a| a.iter().find(|(k, _)| k == "content"))
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(content("property", "og:title"), [title]);
        assert_eq!(content("name", "twitter:title"), [title]);
        assert_eq!(content("property", "og:description"), [description]);
        assert_eq!(content("name", "twitter:description"), [description]);
        let oembed_links: Vec<_> = elements
            .iter()
            .filter(|a| a.contains(&("type".into(), "application/json+oembed".into())))
            .collect();
        assert_eq!(oembed_links.len(), 1, "{published}");
        assert!(oembed_links[0].contains(&("title".into(), title.into())));
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
