//! The standalone page, from the release build, in a real browser.

use kpo_e2e::{dist, open_standalone, Browser, Server};

#[tokio::test(flavor = "current_thread")]
async fn first_screen_shows_the_short_answer() {
    let c = kpo_e2e::content();
    let (_server, browser) = open_standalone("/").await;

    let answer = browser
        .wait_for(".short-answer")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(answer, c.intro.short_answer);
    let heading = browser
        .wait_for(kpo_e2e::LIVE_HEADING)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(heading, c.steps.intro.heading);
    browser.close().await;
}

/// The comparison is one table at every width: stacked into cards on a
/// phone, yet still a table to a screen reader, each cell named by its words
/// alone (the side's name shown beside it is generated text with empty
/// alternative text), and never wider than the screen.
#[tokio::test(flavor = "current_thread")]
async fn the_comparison_is_a_table_to_a_screen_reader_at_every_width() {
    let c = kpo_e2e::content();
    let server = Server::start(dist(), vec![]);
    for (width, stacked) in [(320, true), (1280, false)] {
        let b = Browser::start(width, 900).await;
        b.open_step(&server, kpo_content::Step::Comparison).await;
        let layout = b
            .js("const t = document.querySelector('table.comparison'); \
                 return { display: getComputedStyle(t).display, \
                          headWidth: t.tHead.getBoundingClientRect().width, \
                          sideways: document.documentElement.scrollWidth > innerWidth };")
            .await;
        assert_eq!(
            layout["display"],
            if stacked { "block" } else { "table" },
            "{width}px: {layout}"
        );
        assert_eq!(
            layout["headWidth"].as_f64().unwrap() <= 1.0,
            stacked,
            "{width}px: {layout}"
        );
        assert_eq!(layout["sideways"], false, "{width}px: {layout}");

        b.cdp("Accessibility.enable", serde_json::json!({})).await;
        let tree = b
            .cdp("Accessibility.getFullAXTree", serde_json::json!({}))
            .await;
        let nodes = tree["nodes"].as_array().unwrap();
        let named = |role: &str| -> Vec<String> {
            nodes
                .iter()
                .filter(|n| n["ignored"] != true && n["role"]["value"] == role)
                .map(|n| n["name"]["value"].as_str().unwrap_or("").to_owned())
                .collect()
        };
        let (bpo, kpo) = (c.definitions.bpo.term, c.definitions.kpo.term);
        assert_eq!(named("table").len(), 1, "{width}px");
        assert_eq!(
            named("columnheader"),
            [c.ui.dimension, bpo, kpo],
            "{width}px"
        );
        let rows: Vec<&str> = c.comparison.iter().map(|d| d.name).collect();
        assert_eq!(named("rowheader"), rows, "{width}px");
        let cells: Vec<&str> = c.comparison.iter().flat_map(|d| [d.bpo, d.kpo]).collect();
        assert_eq!(named("cell"), cells, "{width}px");
        b.close().await;
    }
}
