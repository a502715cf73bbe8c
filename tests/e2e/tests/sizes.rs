//! The size budgets, on the release build: sizes are deterministic, so they
//! are tested here (timings are measured by `cargo xtask bench`, never in a
//! test).

use kpo_e2e::budget::{gzip_size, EMBED_JS_KIB, FIRST_LOAD, FIRST_LOAD_KIB};
use kpo_e2e::dist;

const KIB: f64 = 1024.0;

#[test]
fn the_first_load_fits_its_budget() {
    let bytes = gzip_size(&dist(), FIRST_LOAD);
    let kib = bytes as f64 / KIB;
    println!("first load: {bytes} bytes gzip ({kib:.1} KiB) of {FIRST_LOAD_KIB} KiB");
    assert!(
        kib <= FIRST_LOAD_KIB,
        "the first load is {kib:.1} KiB gzip ({bytes} bytes), over its {FIRST_LOAD_KIB} KiB budget: {FIRST_LOAD:?}"
    );
}

#[test]
fn embed_js_fits_its_budget() {
    let bytes = gzip_size(&dist(), &["embed.js"]);
    let kib = bytes as f64 / KIB;
    assert!(
        kib <= EMBED_JS_KIB,
        "embed.js is {kib:.1} KiB gzip ({bytes} bytes), over its {EMBED_JS_KIB} KiB budget"
    );
}
