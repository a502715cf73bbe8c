//! `cargo xtask test`: every test layer, in order, stopping at the first
//! failure with that layer's output above the error.

use std::time::Instant;

use crate::cmd::Cmd;
use crate::root;
use crate::setup::Env;

pub fn run(env: &Env) -> Result<(), String> {
    let root = root();
    let started = Instant::now();
    let wasm = &env.wasm_env;
    let chromedriver = env.chromedriver.to_string_lossy().into_owned();

    layer("1/4 format and lint", || {
        Cmd::new("cargo")
            .args(["fmt", "--all", "--", "--check"])
            .dir(&root)
            .run()?;
        Cmd::new("cargo")
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .dir(&root)
            .run()?;
        Cmd::new("cargo")
            .args([
                "clippy",
                "--package",
                "kpo-explainer",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .envs(wasm)
            .dir(&root)
            .run()
    })?;

    layer("2/4 native unit tests", || {
        Cmd::new("cargo")
            .args(["test", "--workspace", "--exclude", "kpo-e2e"])
            .dir(&root)
            .run()
    })?;

    layer("3/4 component tests in headless Chromium", || {
        Cmd::new("wasm-pack")
            .args([
                "test",
                "--headless",
                "--chrome",
                "--chromedriver",
                &chromedriver,
            ])
            .envs(wasm)
            .dir(&root)
            .run()
    })?;

    layer("4/4 release build and end-to-end tests", || {
        Cmd::new("trunk")
            .args(["build", "--release"])
            .envs(wasm)
            .dir(&root)
            .run()?;
        Cmd::new("cargo")
            .args(["test", "--package", "kpo-e2e"])
            .env("KPO_DIST", &root.join("dist").to_string_lossy())
            .env("CHROMEDRIVER", &chromedriver)
            .dir(&root)
            .run()
    })?;

    println!(
        "\nall 4 test layers passed in {:.0}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn layer(name: &str, body: impl FnOnce() -> Result<(), String>) -> Result<(), String> {
    println!("\n=== layer {name}");
    let started = Instant::now();
    body().map_err(|e| format!("layer {name} failed: {e}"))?;
    println!(
        "=== layer {name}: passed in {:.0}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
