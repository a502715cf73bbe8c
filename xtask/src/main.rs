//! The project's commands, run as `cargo xtask <command>`.
//!
//! `serve` and `test` first set up whatever is missing (see [`setup`]), so a
//! fresh machine needs nothing but Rust and these two commands.

mod cmd;
mod modules;
mod setup;
mod test;
mod toolchain;
mod vendor;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--port N]        set up what is missing, build with Trunk and serve the
                          widget on http://127.0.0.1:8080 (or N), rebuilding on change
  test                    set up what is missing, then run every test layer,
                          stopping at the first failure
  setup                   only set up: wasm32 target, wasm-bindgen-cli, wasm-pack,
                          Trunk, Chromium and chromedriver, Firefox ESR and geckodriver,
                          WebKitGTK's WebKitWebDriver and Xvfb, Debian's WordPress, MariaDB
                          and PHP, the current WordPress and its SQLite plugin
  dist [--base-url URL]   build the release into dist/, ready to upload to any static
                          host: the widget, server headers, the WordPress plugin zip,
                          the share image; with the site's public URL, also the oEmbed
                          files and share tags
  check-content [--stats] PATH...
                          check content files and print each mistake as file:line;
                          --stats also prints each step's words, reading time and grade
  bench [--runs N] [--against DIR]
                          build the release and measure sizes and cold loads against
                          plain HTML (exits non-zero when a performance goal is missed);
                          DIR, another build's dist/, is loaded interleaved for comparison
  screenshots             build the release and write a screenshot of every step at
                          320, 390 and 1280 px, light and dark, in each language, to
                          target/screenshots/
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => setup::run().and_then(|env| test::run(&env)),
        Some("setup") => setup::run().map(|_| ()),
        Some("dist") => dist(&args[1..]),
        Some("check-content") => check_content(&args[1..]),
        Some("screenshots") => release_bin("screenshots", &[]),
        Some("bench") => release_bin("bench", &args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command \"{other}\"\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root, whatever folder the command was started from.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one folder below the root")
        .to_path_buf()
}

fn serve(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => "8080".to_owned(),
        [flag, port] if flag == "--port" && port.parse::<u16>().is_ok() => port.clone(),
        _ => return Err("usage: cargo xtask serve [--port N]".to_owned()),
    };
    let env = setup::run()?;
    println!("\nServing the widget on http://127.0.0.1:{port}/ (Ctrl+C to stop)\n");
    cmd::Cmd::new("trunk")
        .args(["serve", "--address", "127.0.0.1", "--port", &port])
        .envs(&env.wasm_env)
        .dir(root())
        .run()
}

/// Sets up what is missing and builds the release into `dist/`; returns the
/// set-up and the repository's root.
fn release_build() -> Result<(setup::Env, std::path::PathBuf), String> {
    let env = setup::run()?;
    let root = root();
    cmd::Cmd::new("trunk")
        .args(["build", "--release"])
        .envs(&env.wasm_env)
        .dir(&root)
        .run()?;
    Ok((env, root))
}

/// Builds the release, then runs one of the browser tools in tests/e2e.
fn release_bin(bin: &str, args: &[String]) -> Result<(), String> {
    let (env, root) = release_build()?;
    cmd::Cmd::new("cargo")
        .args([
            "run",
            "--quiet",
            "--release",
            "--package",
            "kpo-e2e",
            "--bin",
            bin,
            "--",
        ])
        .args(args)
        .env("KPO_DIST", &root.join("dist").to_string_lossy())
        .env("CHROMEDRIVER", &env.chromedriver.to_string_lossy())
        .dir(&root)
        .run()
}

/// `cargo xtask dist [--base-url URL]`.
fn dist(args: &[String]) -> Result<(), String> {
    let base = match args {
        [] => None,
        [flag, url] if flag == "--base-url" => Some(kpo_site::publish::base_url(url)?),
        _ => {
            return Err("usage: cargo xtask dist [--base-url https://example.org/kpo/]".to_owned())
        }
    };
    let (env, root) = release_build()?;
    let dist = root.join("dist");
    println!("dist: taking the share images with Chromium");
    kpo_site::thumbnail::make(&dist, &env.chromium)?;
    let report = kpo_site::publish::publish(&dist, &root.join("wordpress"), base.as_deref())?;
    println!(
        "\ndist/ is ready to upload{}:",
        base.as_deref()
            .map_or(String::new(), |b| format!(" to {b}"))
    );
    for name in &report.written {
        println!("  wrote {name}");
    }
    if !report.left_out.is_empty() {
        println!("\nLeft out, for want of --base-url (the site's public address):");
        for what in &report.left_out {
            println!("  {what}");
        }
    }
    Ok(())
}

fn check_content(args: &[String]) -> Result<(), String> {
    let with_stats = args.iter().any(|a| a == "--stats");
    let paths: Vec<&String> = args.iter().filter(|a| *a != "--stats").collect();
    if paths.is_empty() {
        return Err("usage: cargo xtask check-content [--stats] PATH...".to_owned());
    }
    let mut failed = 0;
    for &path in &paths {
        // As the build checks it: a translation against the default language.
        match kpo_content::parse::check_file(std::path::Path::new(path)) {
            Ok(c) => {
                println!(
                    "{path}: ok ({} fields, {} tasks to sort, {} quiz questions)",
                    c.fields.len(),
                    c.sort_tasks.len(),
                    c.quiz.questions.len()
                );
                if with_stats {
                    print_stats(&c);
                }
            }
            Err(report) => {
                eprint!("{report}");
                failed += 1;
            }
        }
    }
    if failed == 0 {
        Ok(())
    } else {
        Err(format!(
            "{failed} of {} content files have mistakes",
            paths.len()
        ))
    }
}

/// Each step's words, minutes (reading and doing) and (in English, whose
/// syllables the formula counts) Flesch–Kincaid grade, and the journey's
/// total.
fn print_stats(c: &kpo_content::Content) {
    use kpo_content::stats;
    let english = c.meta.language == "en" || c.meta.language.starts_with("en-");
    println!(
        "  {:<14} {:>6} {:>8} {:>8} {:>6}",
        "step", "words", "minutes", "of which", "grade"
    );
    println!("  {:<14} {:>6} {:>8} {:>8} {:>6}", "", "", "", "doing", "");
    for s in stats::stats(c) {
        let grade = if english {
            format!("{:.1}", s.grade)
        } else {
            "-".to_owned()
        };
        println!(
            "  {:<14} {:>6} {:>8.1} {:>8.1} {:>6}",
            s.step.id(),
            s.words,
            s.minutes,
            s.doing,
            grade
        );
    }
    if !english {
        println!("  (the grade formula counts English syllables: none for this language)");
    }
    let teaching = stats::teaching_words(c);
    println!(
        "  teaching text outside the quiz: {teaching} words, {:.1} minutes at {} words a minute",
        teaching as f64 / stats::WORDS_PER_MINUTE,
        stats::WORDS_PER_MINUTE
    );
    println!(
        "  the whole journey: {:.1} minutes (reading at {} words a minute; {} s a task placed, {} s a task named or guessed, {} s a quiz question)",
        stats::journey_minutes(c),
        stats::WORDS_PER_MINUTE,
        stats::SECONDS_TO_PLACE,
        stats::SECONDS_TO_NAME,
        stats::SECONDS_TO_ANSWER
    );
}
