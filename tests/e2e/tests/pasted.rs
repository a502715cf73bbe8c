//! A pasted link as WordPress shows it: the widget's oEmbed frame, sandboxed
//! and sized by WordPress's own wp-embed.js (from its package), which caps
//! the frame at 1000 px. Every step fits without scrolling inside the frame,
//! at a phone's width and a desktop's, a part at a time where a step is
//! taller, and every part can be reached.

use std::path::Path;

use kpo_content::Step;
use kpo_e2e::{cors, dist, host_page_with_files, Browser, Server};

/// WordPress's embed script, as its package ships it.
const WP_EMBED: &str = "/usr/share/wordpress/wp-includes/js/wp-embed.js";

/// The frame's height on the page, once wp-embed has shown it.
async fn frame_height(b: &Browser) -> f64 {
    b.js("const f = document.querySelector('iframe.wp-embedded-content'); return f.getAttribute('style') ? 0 : f.getBoundingClientRect().height")
        .await
        .as_f64()
        .unwrap()
}

/// Inside the frame: how far its page could scroll (0 when it fits), the
/// step, and the parts control's "n of m", if any.
async fn inside(b: &Browser) -> (f64, String, Option<String>) {
    b.client.enter_frame(0).await.unwrap();
    let v = b
        .js("const parts = document.querySelector('.kpo-parts p'); return [document.documentElement.scrollHeight - innerHeight, document.querySelector('.kpo').dataset.step, parts && parts.textContent]")
        .await;
    b.client.enter_parent_frame().await.unwrap();
    (
        v[0].as_f64().unwrap(),
        v[1].as_str().unwrap().to_owned(),
        v[2].as_str().map(str::to_owned),
    )
}

/// Waits until the frame fits its content (wp-embed resizes it after each
/// report) and returns what is inside.
async fn settled(b: &Browser) -> (f64, String, Option<String>) {
    let mut last = (0.0, String::new(), None);
    for _ in 0..200 {
        last = inside(b).await;
        if last.0 <= 1.0 && frame_height(b).await > 0.0 {
            return last;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!(
        "the frame never fitted: {last:?}, frame {} px",
        frame_height(b).await
    );
}

async fn every_step_fits(width: u32, height: u32) {
    let widget = Server::start(dist(), vec![cors()]);
    let host = host_page_with_files(
        "pasted-link.html",
        &widget,
        vec![],
        &[("wp-embed.js", Path::new(WP_EMBED))],
    );
    let b = Browser::start(width, height).await;
    b.record_errors().await;
    b.client.goto(&host.url("/")).await.unwrap();
    b.wait_js(
        "(f => f && !f.getAttribute('style'))(document.querySelector('iframe.wp-embedded-content'))",
        "wp-embed showing the frame",
    )
    .await;
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(kpo_e2e::LIVE_HEADING).await;
    b.record_errors_here().await;
    b.client.enter_parent_frame().await.unwrap();
    let mut parts_seen = 0;
    for &step in Step::ALL {
        b.client.enter_frame(0).await.unwrap();
        b.js(&format!(
            "document.querySelectorAll('.steps-list button')[{}].click()",
            step.index()
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
        b.client.enter_parent_frame().await.unwrap();
        // Every part of the step, in turn.
        loop {
            let (overflow, at, parts) = settled(&b).await;
            assert_eq!(at, step.id());
            let h = frame_height(&b).await;
            assert!(
                h <= 1000.0,
                "{width} px, {at} {parts:?}: the frame is {h} px"
            );
            assert!(
                overflow <= 1.0,
                "{width} px, {at} {parts:?}: the frame's page scrolls by {overflow} px"
            );
            let Some(parts) = parts else { break };
            parts_seen += 1;
            let (n, total) = parts
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse::<usize>().unwrap())
                .fold((0, 0), |(a, _), x| if a == 0 { (x, 0) } else { (a, x) });
            if n == total {
                break;
            }
            b.client.enter_frame(0).await.unwrap();
            b.js("document.querySelector('.kpo-parts button:last-of-type').click()")
                .await;
            b.wait_js(
                &format!(
                    "(p => !p || p.textContent !== {})(document.querySelector('.kpo-parts p'))",
                    serde_json::json!(parts)
                ),
                "the next part",
            )
            .await;
            b.client.enter_parent_frame().await.unwrap();
        }
    }
    println!("{width} px: {parts_seen} parts shown across the steps");
    b.client.enter_frame(0).await.unwrap();
    assert_eq!(b.errors().await, Vec::<String>::new(), "in the frame");
    b.client.enter_parent_frame().await.unwrap();
    assert_eq!(b.console_errors().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn every_step_fits_wordpresss_frame_on_a_phone() {
    every_step_fits(390, 844).await;
}

#[tokio::test(flavor = "current_thread")]
async fn every_step_fits_wordpresss_frame_on_a_desktop() {
    every_step_fits(1280, 900).await;
}
