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
    warn_if_disk_is_short(&root);

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

/// What a clean run writes under `target/`, measured from a fresh clone (2.3 GB),
/// with room to spare.
const DISK_NEEDED_GB: u64 = 3;

/// A full disk shows up deep in a layer as a compiler I/O error; say it
/// first, in words. Only a warning: an incremental run needs much less.
fn warn_if_disk_is_short(root: &std::path::Path) {
    let Some(free) = free_gb(root) else { return };
    if free < DISK_NEEDED_GB {
        eprintln!(
            "xtask: warning: only {free} GB free on the disk that holds {}; a clean run \
             writes about {DISK_NEEDED_GB} GB under target/ and fails with \"No space left on \
             device\" if it runs out. Free some space, or run `cargo clean`.",
            root.display()
        );
    }
}

/// Free space, in whole GB, of the file system holding `path` (POSIX `df`).
fn free_gb(path: &std::path::Path) -> Option<u64> {
    let out = Cmd::new("df")
        .args(["-Pk", &path.to_string_lossy()])
        .output()?;
    parse_df_free_kb(&out).map(|kb| kb / (1024 * 1024))
}

/// The "Available" column (KiB) of `df -Pk`'s one data line.
fn parse_df_free_kb(out: &str) -> Option<u64> {
    out.lines().nth(1)?.split_whitespace().nth(3)?.parse().ok()
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

#[cfg(test)]
mod tests {
    #[test]
    fn reads_free_space_from_df() {
        let out = "Filesystem     1024-blocks      Used Available Capacity Mounted on\n\
                   /dev/vda         263174212  44039932  52386804      46% /";
        assert_eq!(super::parse_df_free_kb(out), Some(52_386_804));
        assert_eq!(super::parse_df_free_kb("Filesystem"), None);
        assert_eq!(
            super::parse_df_free_kb("header\n/dev/x 1 2 lots 5% /"),
            None
        );
    }
}
