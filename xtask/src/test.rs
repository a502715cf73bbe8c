//! `cargo xtask test`: every test layer, in order, stopping at the first
//! failure with that layer's output above the error; after the end-to-end
//! layer, a check that it left no server or browser running.

use std::collections::HashSet;
use std::time::{Duration, Instant};

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

    // Vendored Yew is its own workspace (vendor/yew/KPO-PATCH.md); it shares
    // target/, so it reuses the dependencies the widget's build compiled.
    let target = std::env::var("CARGO_TARGET_DIR")
        .unwrap_or_else(|_| root.join("target").to_string_lossy().into_owned());
    layer("2/4 native unit tests", || {
        Cmd::new("cargo")
            .args(["test", "--workspace", "--exclude", "kpo-e2e"])
            .dir(&root)
            .run()?;
        Cmd::new("cargo")
            .args(["test", "--manifest-path", YEW, "--locked", "--tests"])
            .args(["--features", YEW_FEATURES])
            .env("CARGO_TARGET_DIR", &target)
            .dir(&root)
            .run()
    })?;

    layer(
        "3/4 component tests (ours and vendored Yew's) in headless Chromium",
        || {
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
                .run()?;
            // wasm-pack's build step takes neither `--tests` nor the features,
            // so cargo runs Yew's browser tests itself, through the runner
            // the wasm-bindgen CLI brings.
            Cmd::new("cargo")
                .args(["test", "--manifest-path", YEW, "--locked", "--tests"])
                .args([
                    "--target",
                    "wasm32-unknown-unknown",
                    "--features",
                    YEW_FEATURES,
                ])
                .args(["--", "--exact", "--skip", YEW_UNFOCUSED])
                .envs(wasm)
                .env("CARGO_TARGET_DIR", &target)
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("CHROMEDRIVER", &chromedriver)
                .dir(&root)
                .run()
        },
    )?;

    // Every process the end-to-end tests start inherits this mark, so the
    // check after them counts theirs and no one else's.
    let mark = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    );
    let before: HashSet<u32> = processes().iter().map(|p| p.pid).collect();
    let tests = layer("4/4 release build and end-to-end tests", || {
        Cmd::new("trunk")
            .args(["build", "--release"])
            .envs(wasm)
            .dir(&root)
            .run()?;
        Cmd::new("cargo")
            .args(["test", "--package", "kpo-e2e"])
            .env("KPO_DIST", &root.join("dist").to_string_lossy())
            .env("CHROMEDRIVER", &chromedriver)
            .env("GECKODRIVER", &env.geckodriver.to_string_lossy())
            .env(RUN_MARK, &mark)
            .dir(&root)
            .run()
    });
    let left = left_running(&before, &mark);
    tests?;
    left?;

    println!(
        "\nall 4 test layers passed in {:.0}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Vendored Yew's manifest, whose own unit and integration tests the suite
/// runs natively and in headless Chromium, with every feature its own
/// `Makefile.toml` tests with.
const YEW: &str = "vendor/yew/Cargo.toml";
const YEW_FEATURES: &str = "csr,ssr,hydration,test";
/// The one Yew browser test left out: it calls `focus()` and counts focus
/// events, which a headless page that doesn't have the window's focus never
/// fires. It fails the same way on the published Yew 0.23.0.
const YEW_UNFOCUSED: &str = "dom_bundle::btag::listeners::tests::non_bubbling";

/// The variable that marks the processes one run's end-to-end tests start.
const RUN_MARK: &str = "KPO_E2E_RUN";
/// How long the suite's processes may take to exit after it ends.
const EXIT_GRACE: Duration = Duration::from_secs(5);

/// Fails, naming them, if any server or browser the end-to-end tests
/// started is still running [`EXIT_GRACE`] after they ended: a process of a
/// kind they start ([`started_by_the_suite`]) that was not running before
/// them (`before`) and carries this run's `mark`, or is in the process
/// group of one that does (Chromium's zygotes and renderers overwrite their
/// environment with their command line). Those it names it also stops, so
/// they don't pile up run after run.
fn left_running(before: &HashSet<u32>, mark: &str) -> Result<(), String> {
    let deadline = Instant::now() + EXIT_GRACE;
    let left = loop {
        let left = leftovers(&processes(), before, mark, started_by_the_suite);
        if left.is_empty() {
            println!("=== after the end-to-end tests: no server or browser left running");
            return Ok(());
        }
        if Instant::now() >= deadline {
            break left;
        }
        std::thread::sleep(Duration::from_millis(250));
    };
    let list: Vec<String> = left
        .iter()
        .map(|p| {
            format!(
                "  {} {}",
                p.pid,
                p.command.chars().take(160).collect::<String>()
            )
        })
        .collect();
    let _ = Cmd::new("kill")
        .args(["-KILL"])
        .args(left.iter().map(|p| p.pid.to_string()))
        .quiet()
        .output();
    Err(format!(
        "the end-to-end tests left {} processes running {}s after they ended (now killed); \
         whatever starts them must stop them, passing or failing (tests/e2e/src/process.rs):\n{}",
        left.len(),
        EXIT_GRACE.as_secs(),
        list.join("\n")
    ))
}

/// A live process, as /proc shows it.
#[derive(Clone, Debug)]
struct Process {
    pid: u32,
    group: u32,
    /// Its command line, arguments separated by spaces.
    command: String,
    /// Its environment's `KPO_E2E_RUN`, where readable.
    mark: Option<String>,
}

/// Every live (not zombie) process /proc lists.
fn processes() -> Vec<Process> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| {
            let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
            let (state, group) = parse_stat(&stat)?;
            if state == "Z" {
                return None;
            }
            let command = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
            let command = String::from_utf8_lossy(&command)
                .split('\0')
                .filter(|a| !a.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            let mark = std::fs::read(format!("/proc/{pid}/environ"))
                .ok()
                .and_then(|env| {
                    String::from_utf8_lossy(&env)
                        .split('\0')
                        .find_map(|v| v.strip_prefix(&format!("{RUN_MARK}=")).map(str::to_owned))
                });
            Some(Process {
                pid,
                group,
                command,
                mark,
            })
        })
        .collect()
}

/// The state and process group in a /proc/PID/stat line: "pid (comm) state
/// ppid pgrp ...", where comm may hold spaces and parentheses.
fn parse_stat(stat: &str) -> Option<(&str, u32)> {
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
    let state = fields.next()?;
    let group = fields.nth(1)?.parse().ok()?;
    Some((state, group))
}

/// Whether a command line is of a kind the end-to-end tests start: PHP's
/// built-in server (or one of its workers), mariadbd, a WebDriver server
/// (chromedriver, geckodriver, WebKitWebDriver), a browser and its helpers
/// (Chromium's, Firefox's, WebKit's), or the Xvfb WebKit draws in.
fn started_by_the_suite(command: &str) -> bool {
    let program = command.split_whitespace().next().unwrap_or_default();
    let name = program.rsplit('/').next().unwrap_or_default();
    match name {
        "mariadbd"
        | "chromedriver"
        | "chromium"
        | "chrome_crashpad_handler"
        | "geckodriver"
        | "firefox-esr"
        | "WebKitWebDriver"
        | "MiniBrowser"
        | "Xvfb" => true,
        _ if name.starts_with("WebKit") && name.ends_with("Process") => true,
        _ if name.starts_with("php") => command.split_whitespace().any(|a| a == "-S"),
        _ => ["/chromium/", "/firefox-esr/", "/webkit2gtk-"]
            .iter()
            .any(|dir| program.contains(dir)),
    }
}

/// Of `now`, the processes of a kind `kind` accepts that were not in
/// `before` and carry `mark` or share a process group with one that does.
fn leftovers(
    now: &[Process],
    before: &HashSet<u32>,
    mark: &str,
    kind: impl Fn(&str) -> bool,
) -> Vec<Process> {
    let marked = |p: &Process| p.mark.as_deref() == Some(mark);
    let groups: HashSet<u32> = now.iter().filter(|p| marked(p)).map(|p| p.group).collect();
    now.iter()
        .filter(|p| !before.contains(&p.pid) && kind(&p.command))
        .filter(|p| marked(p) || groups.contains(&p.group))
        .cloned()
        .collect()
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
    use std::collections::HashSet;

    use super::{leftovers, parse_stat, processes, started_by_the_suite, Process, RUN_MARK};

    #[test]
    fn knows_the_suites_servers_and_browsers() {
        for started in [
            "php -S 127.0.0.1:4000 -t /usr/share/wordpress /x/router.php",
            "/usr/bin/php8.2 -S 127.0.0.1:4000",
            "mariadbd --datadir=/tmp/kpo-db-1-0/data",
            "/usr/sbin/mariadbd --socket=/tmp/s.sock",
            "/usr/bin/chromedriver --port=4444",
            "/usr/lib/chromium/chromium --headless=new --user-data-dir=/tmp/kpo-chromium-1",
            // A zygote's command line, rewritten into one string.
            "/usr/lib/chromium/chromium --type=zygote --no-sandbox",
            "/usr/lib/chromium/chrome_crashpad_handler --monitor-self",
            "/root/.cargo/bin/geckodriver --port 4444 --log fatal",
            "/usr/lib/firefox-esr/firefox-esr -headless -profile /tmp/kpo-firefox-1",
            "/usr/lib/firefox-esr/firefox-esr -contentproc -isForBrowser",
            "/usr/bin/WebKitWebDriver --port=4444",
            "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser --automation",
            "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebProcess 7 30",
            "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitNetworkProcess 8 31",
            "Xvfb -displayfd 1 -screen 0 1920x1200x24 -nolisten tcp",
        ] {
            assert!(started_by_the_suite(started), "{started}");
        }
        for other in [
            "php /x/cli.php install",
            "cargo test --package kpo-e2e",
            "bash -c pgrep chromium",
            "/usr/bin/vim /tmp/firefox-esr.txt",
            "",
        ] {
            assert!(!started_by_the_suite(other), "{other}");
        }
    }

    #[test]
    fn reads_state_and_group_from_proc_stat() {
        assert_eq!(
            parse_stat("42 (php) S 1 40 40 0 -1 4194560"),
            Some(("S", 40))
        );
        assert_eq!(parse_stat("43 (a (b) c) Z 42 41 41 0"), Some(("Z", 41)));
        assert_eq!(parse_stat("garbage"), None);
    }

    fn process(pid: u32, group: u32, command: &str, mark: Option<&str>) -> Process {
        Process {
            pid,
            group,
            command: command.to_owned(),
            mark: mark.map(str::to_owned),
        }
    }

    #[test]
    fn counts_only_this_runs_new_processes_and_their_groups() {
        let now = [
            // This run's: a server, and a renderer in its browser's group
            // whose environment can't be read as such.
            process(10, 10, "php -S 127.0.0.1:1", Some("run")),
            process(20, 19, "/usr/lib/chromium/chromium --type=renderer", None),
            process(21, 19, "/usr/lib/chromium/chromium --headless", Some("run")),
            // Not this run's: running before, another run's, a developer's.
            process(30, 30, "/usr/lib/chromium/chromium", Some("run")),
            process(40, 40, "php -S 127.0.0.1:2", Some("another run")),
            process(50, 50, "/usr/lib/chromium/chromium", None),
            // This run's, but not a server or browser.
            process(60, 60, "cargo test", Some("run")),
        ];
        let before = HashSet::from([30]);
        let mut left: Vec<u32> = leftovers(&now, &before, "run", started_by_the_suite)
            .iter()
            .map(|p| p.pid)
            .collect();
        left.sort();
        assert_eq!(left, [10, 20, 21]);
    }

    #[test]
    fn finds_a_marked_process_that_is_really_running() {
        let mark = format!("xtask-test-{}", std::process::id());
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .env(RUN_MARK, &mark)
            .spawn()
            .unwrap();
        let is_sleep = |c: &str| c.starts_with("sleep");
        // Until the child has exec'd, /proc shows the test binary's command
        // line, not sleep's: look again for a while (it was a flake on CI).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let found = loop {
            let found = leftovers(&processes(), &HashSet::new(), &mark, is_sleep);
            if !found.is_empty() || std::time::Instant::now() > deadline {
                break found;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        child.kill().unwrap();
        child.wait().unwrap();
        assert_eq!(
            found.iter().map(|p| p.pid).collect::<Vec<_>>(),
            [child.id()]
        );
        assert!(leftovers(&processes(), &HashSet::new(), &mark, is_sleep).is_empty());
    }
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
