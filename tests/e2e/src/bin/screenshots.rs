//! Writes a screenshot of every step, at 320, 390 and 1280 px wide, in
//! light and dark, in each language, from the release build: `cargo xtask
//! screenshots`.
//!
//! For people to look at, not to compare pixel by pixel. Everything goes to
//! `target/screenshots/`; the 1280 px light English ones also to
//! `docs/screenshots/` for the README.

use std::path::PathBuf;

use kpo_content::Step;
use kpo_e2e::{content, dist, Browser, Server};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let all = root.join("target/screenshots");
    let readme = root.join("docs/screenshots");
    std::fs::create_dir_all(&all).unwrap();
    std::fs::create_dir_all(&readme).unwrap();
    let c = content();
    let server = Server::start(dist(), vec![]);
    let mut written = 0;
    for lang in ["en", "fil"] {
        let page = format!("index.{lang}.html");
        for width in [320, 390, 1280] {
            for scheme in ["light", "dark"] {
                let b = Browser::start(width, 900).await;
                b.color_scheme(scheme).await;
                for &step in Step::ALL {
                    if step == Step::Results {
                        // Results need a finished quiz: answer it, varying the
                        // option so the review shows right and wrong answers.
                        b.client
                            .goto(&server.url(&format!("/{page}#quiz")))
                            .await
                            .unwrap();
                        b.wait_for("fieldset legend").await;
                        for i in 0..c.quiz.questions.len() {
                            b.answer_by_click(i % 2).await;
                        }
                    }
                    // A fresh load for each step, so each starts at its top.
                    b.open_step_in(&server, &page, step).await;
                    if step == Step::Sort {
                        // Two tasks placed (one near this guide's place, one far
                        // off) and one named, so the feedback and the figure show.
                        let tasks = c.sort_tasks;
                        let place = |i: usize, at: u8| {
                            format!(
                            "{{ const s = document.querySelectorAll('.sort-task input[type=range]')[{i}]; \
                             s.value = '{at}'; s.dispatchEvent(new Event('change', {{bubbles: true}})); \
                             s.closest('.place').querySelector('button').click(); }}"
                        )
                        };
                        let far = if tasks[1].position > 50 { 10 } else { 90 };
                        b.js(&format!(
                        "{} {} document.querySelector('.sort-task [role=group] button').click();",
                        place(0, tasks[0].position),
                        place(1, far)
                    ))
                        .await;
                        b.wait_for(".sort figure.spectrum").await;
                    }
                    let png = b.full_page_png().await;
                    let name = format!("{scheme}-{width}-{}-{}.png", step.index() + 1, step.id());
                    if width == 1280 && scheme == "light" && lang == "en" {
                        std::fs::write(readme.join(&name), &png).unwrap();
                    }
                    std::fs::write(all.join(format!("{lang}-{name}")), &png).unwrap();
                    written += 1;
                }
                b.close().await;
            }
        }
    }
    println!(
        "wrote {written} screenshots to {} (the 1280 px light ones also to {})",
        all.display(),
        readme.display()
    );
}
