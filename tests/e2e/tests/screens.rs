//! Screens a designer would sign: layout rules checked on every step, at a
//! phone's 320 and 390 px and at 1280 px, in both languages (Filipino runs
//! longer), on the release build, in each engine (WebKit's MiniBrowser at
//! 1280 px only: its window won't go below about 450).

use kpo_content::Step;
use kpo_e2e::{dist, Browser, Engine, Server};
use serde_json::Value;

/// Every question legend of a step, measured against its fieldset: where
/// its box starts below the fieldset's top border, and whether it is inside
/// the box on both sides.
const LEGENDS: &str = "return [...document.querySelectorAll('.kpo:not([data-prerendered]) fieldset')] \
    .filter(f => f.offsetParent !== null && f.querySelector(':scope > legend')) \
    .map(f => { const l = f.querySelector(':scope > legend').getBoundingClientRect(); \
    const b = f.getBoundingClientRect(); const s = getComputedStyle(f); \
    const top = b.top + parseFloat(s.borderTopWidth); \
    return [l.top - top, l.left - b.left, b.right - l.right, f.querySelector(':scope > legend').textContent.slice(0, 40)]; })";

/// Every range figure of a step: its width against its column's (the
/// step's section, less padding), and its labels' sizes and edges.
const FIGURES: &str = "const section = document.querySelector('.kpo:not([data-prerendered])'); \
    const s = getComputedStyle(section); \
    const column = section.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); \
    const box = section.getBoundingClientRect(); \
    return [...section.querySelectorAll('.spectrum-svg')].filter(f => f.getBoundingClientRect().width > 0) \
    .map(f => { const r = f.getBoundingClientRect(); const texts = [...f.querySelectorAll('text')].map(t => t.getBoundingClientRect()); \
    return [r.width, column, Math.min(...texts.map(t => t.height)), \
    texts.filter(t => t.left < box.left - 0.5 || t.right > box.right + 0.5).length]; })";

/// Every grid of cards of a step with more than one card: how many cards,
/// how many to a row (the first row's), and how many on the last row.
const GRIDS: &str = "return [...document.querySelectorAll('.kpo:not([data-prerendered]) .cards')] \
    .filter(g => g.offsetParent !== null && g.children.length > 1) \
    .map(g => { const tops = [...g.children].map(c => Math.round(c.getBoundingClientRect().top)); \
    return [tops.length, tops.filter(t => t === tops[0]).length, tops.filter(t => t === tops[tops.length - 1]).length]; })";

/// Every button of a step whose words run past its border.
const OVERFLOWING_BUTTONS: &str = "return [...document.querySelectorAll('.kpo:not([data-prerendered]) button')] \
    .filter(b => b.offsetParent !== null) \
    .filter(b => { const r = document.createRange(); r.selectNodeContents(b); const t = r.getBoundingClientRect(); \
    const o = b.getBoundingClientRect(); const s = getComputedStyle(b); \
    return t.width > 0 && (t.left < o.left + parseFloat(s.borderLeftWidth) - 0.5 \
    || t.right > o.right - parseFloat(s.borderRightWidth) + 0.5); }) \
    .map(b => b.textContent.trim().slice(0, 40))";

/// Every block of running text (its own words, not only its children's)
/// whose longest line is over 43 of its ems: past about 80 characters.
const LONG_LINES: &str = "return [...document.querySelectorAll('.kpo:not([data-prerendered]) :is(p, li, figcaption, dt, dd, blockquote, legend)')] \
    .filter(el => el.offsetParent !== null && [...el.childNodes].some(n => n.nodeType === 3 && n.data.trim())) \
    .map(el => { const r = document.createRange(); r.selectNodeContents(el); \
    return [r.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize), el.textContent.trim().slice(0, 40)]; }) \
    .filter(([ems]) => ems > 43)";

/// Every section heading with less than 12 px between it and the block
/// above it, which it then reads as part of (a point's voice, "From the
/// post", is its heading's own label, set close on purpose).
const CRAMPED_HEADINGS: &str = "return [...document.querySelectorAll('.kpo:not([data-prerendered]) h3')] \
    .filter(h => h.offsetParent !== null && h.previousElementSibling && h.previousElementSibling.offsetParent !== null \
    && !h.previousElementSibling.matches('.voice')) \
    .map(h => [h.getBoundingClientRect().top - h.previousElementSibling.getBoundingClientRect().bottom, h.textContent.trim().slice(0, 40)]) \
    .filter(([gap]) => gap < 11.5)";

/// Every heading, question, term, table header and task whose last line is
/// one word under a line of three or more: a lone word ("Planning and /
/// strategizing" is as even as three words go).
const LONE_WORDS: &str = "const lone = []; \
    for (const el of document.querySelectorAll('.kpo:not([data-prerendered]) :is(h2, h3, h4, legend, dt, th, p.task, .prompt)')) { \
    if (el.offsetParent === null) continue; \
    const tops = []; const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); let n; \
    while ((n = walk.nextNode())) { if (n.parentElement.closest('.asked-by')) continue; \
    for (const m of n.data.matchAll(/\\S+/g)) { const r = document.createRange(); r.setStart(n, m.index); \
    r.setEnd(n, m.index + m[0].length); const box = r.getClientRects()[0]; if (box) tops.push(box.top); } } \
    const lines = []; for (const t of tops) { if (!lines.length || Math.abs(lines[lines.length - 1][0] - t) > 4) lines.push([t, 0]); \
    lines[lines.length - 1][1]++; } \
    if (lines.length > 1 && lines[lines.length - 1][1] === 1 && lines[lines.length - 2][1] > 2) lone.push(el.textContent.trim().slice(0, 60)); } \
    return lone";

/// No border meets a question, the figure fills its column, no card is
/// alone on a grid's last row, no button's words overflow it and no line of
/// text runs past about 80 characters, no section heading sits close under
/// the block above it, and no heading or question ends on a lone word, in
/// `engine` at each of `widths`.
async fn screens(engine: Engine, widths: &[u32]) {
    let server = Server::start(dist(), vec![]);
    let (mut legends, mut figures, mut grids) = (0, 0, 0);
    for &width in widths {
        let b = Browser::start_in(engine, width, 900, None).await;
        for page in ["index.en.html", "index.fil.html"] {
            for &step in Step::ALL {
                b.open_step_in(&server, page, step).await;
                let found: Vec<(f64, f64, f64, String)> =
                    serde_json::from_value(b.js(LEGENDS).await).unwrap();
                for (below, left, right, text) in found {
                    let at = format!("{engine:?}: {page} {} at {width} px, {text:?}", step.id());
                    // The question starts inside the box, below its top
                    // border, not on it with the line crossing its middle.
                    assert!(
                        below >= 0.0,
                        "{at}: the legend sits {below} px into the border"
                    );
                    assert!(
                        left >= 0.0 && right >= 0.0,
                        "{at}: the legend leaves its box ({left}, {right})"
                    );
                    legends += 1;
                }
                let found: Vec<Value> = serde_json::from_value(b.js(FIGURES).await).unwrap();
                for figure in found {
                    let at = format!("{engine:?}: {page} {} at {width} px", step.id());
                    let (w, column, smallest, outside) = (
                        figure[0].as_f64().unwrap(),
                        figure[1].as_f64().unwrap(),
                        figure[2].as_f64().unwrap(),
                        figure[3].as_f64().unwrap(),
                    );
                    // As wide as the column (a figure in a card may lose
                    // the card's padding, never a third of the column).
                    assert!(
                        w >= 0.9 * column,
                        "{at}: the figure is {w} px of a {column} px column"
                    );
                    // Readable at every width: its labels keep their size
                    // and none runs off the widget.
                    assert!(smallest >= 10.0, "{at}: a label {smallest} px high");
                    assert_eq!(outside, 0.0, "{at}: labels outside the widget");
                    figures += 1;
                }
                let found: Vec<(usize, usize, usize)> =
                    serde_json::from_value(b.js(GRIDS).await).unwrap();
                for (cards, per_row, last) in found {
                    // Cards side by side end on a row of at least two: a
                    // lone last card reads as left over.
                    assert!(
                        per_row == 1 || last > 1,
                        "{engine:?}: {page} {} at {width} px: {cards} cards, {per_row} to a row, the last alone",
                        step.id()
                    );
                    grids += 1;
                }
                let at = format!("{engine:?}: {page} {} at {width} px", step.id());
                let found: Vec<String> =
                    serde_json::from_value(b.js(OVERFLOWING_BUTTONS).await).unwrap();
                assert!(
                    found.is_empty(),
                    "{at}: words past a button's border: {found:?}"
                );
                let found: Vec<(f64, String)> =
                    serde_json::from_value(b.js(LONG_LINES).await).unwrap();
                assert!(found.is_empty(), "{at}: lines over 43 em: {found:?}");
                let found: Vec<(f64, String)> =
                    serde_json::from_value(b.js(CRAMPED_HEADINGS).await).unwrap();
                assert!(
                    found.is_empty(),
                    "{at}: a heading close under the block above: {found:?}"
                );
                let found: Vec<String> = serde_json::from_value(b.js(LONE_WORDS).await).unwrap();
                assert!(found.is_empty(), "{at}: a lone last word: {found:?}");
            }
        }
        b.close().await;
    }
    println!(
        "{engine:?}: {legends} question legends, {figures} figures and {grids} card grids measured"
    );
    // The quiz and the warm-up have questions; definitions and the sort
    // draw the range.
    let least = 2 * widths.len();
    assert!(
        legends >= least && figures >= least && grids >= least,
        "{engine:?}: {legends} legends, {figures} figures, {grids} grids"
    );
}

mod no_border_meets_a_question_the_figure_fills_its_column_and_no_card_is_alone {
    use super::*;

    #[tokio::test(flavor = "current_thread")]
    async fn chromium() {
        screens(Engine::Chromium, &[320, 390, 1280]).await;
    }

    #[tokio::test(flavor = "current_thread")]
    async fn firefox() {
        screens(Engine::Firefox, &[320, 390, 1280]).await;
    }

    #[tokio::test(flavor = "current_thread")]
    async fn webkit() {
        screens(Engine::WebKit, &[1280]).await;
    }
}
