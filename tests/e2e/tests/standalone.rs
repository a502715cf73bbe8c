//! The standalone page, from the release build, in a real browser.

use kpo_e2e::{dist, Browser, Server};

#[tokio::test(flavor = "current_thread")]
async fn first_screen_shows_the_short_answer() {
    let server = Server::start(dist(), vec![]);
    let browser = Browser::start(1280, 900).await;
    browser.client.goto(&server.url("/")).await.unwrap();

    let answer = browser
        .wait_for(".short-answer")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        answer.starts_with("BPO is outsourcing routine work"),
        "unexpected short answer: {answer}"
    );
    let heading = browser
        .wait_for(kpo_e2e::LIVE_HEADING)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(heading, "BPO or KPO: what is the difference?");
    browser.close().await;
}
