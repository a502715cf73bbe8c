//! Sets up everything the build and the tests need, once; every later run
//! only probes and moves on.
//!
//! - the wasm32 standard library: through rustup, with a bounded wait; where
//!   rustup's host can't be reached, Debian's rustc with a wasm32 sysroot built
//!   once here (the offline route, docs/toolchain.md);
//! - wasm-bindgen-cli at exactly the version in Cargo.lock, wasm-pack and
//!   Trunk, from crates.io;
//! - Chromium and chromedriver, from the system's packages;
//! - Firefox ESR, WebKitGTK's WebKitWebDriver and Xvfb, from the system's
//!   packages, and geckodriver from crates.io, for the smoke journey in
//!   every engine (docs/browsers.md);
//! - WordPress (with its default theme), MariaDB and PHP, from the system's
//!   packages, for the WordPress tests; and the current WordPress, from
//!   WordPress Playground's npm package, with the SQLite database it runs on
//!   here, unpacked once under `target/` ([`WP_CURRENT_DIR`]).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::cmd::{find_on_path, on_path, Cmd};

/// Trunk 0.22 needs a newer rustc than many machines have; 0.21.14 builds on
/// the rustc this project targets.
const TRUNK_VERSION: &str = "0.21.14";
const WASM_PACK_VERSION: &str = "0.15.1";
/// geckodriver drives Firefox 115 and later; Debian has no package of it.
const GECKODRIVER_VERSION: &str = "0.37.1";
const WASM32: &str = "wasm32-unknown-unknown";
/// The name the offline toolchain is linked under in rustup.
const OFFLINE_TOOLCHAIN: &str = "debian-web";
/// How long rustup may take to add the target before the offline route.
const RUSTUP_WAIT: Duration = Duration::from_secs(120);

/// What later commands need to know about the set-up.
pub struct Env {
    /// Environment for commands that build WebAssembly (Trunk, wasm-pack,
    /// cargo for wasm32): selects the offline toolchain when that is in use,
    /// and puts the pinned wasm-opt first on PATH for Trunk.
    pub wasm_env: Vec<(String, String)>,
    /// chromedriver's path.
    pub chromedriver: PathBuf,
    /// Chromium's path.
    pub chromium: PathBuf,
    /// geckodriver's path.
    pub geckodriver: PathBuf,
}

pub fn run() -> Result<Env, String> {
    println!("setup: checking the tools (quick when all are present)");
    let wasm_env = wasm_target()?;
    let bindgen = wasm_bindgen_version()?;
    cargo_tool(
        "wasm-bindgen",
        &format!("wasm-bindgen {bindgen}"),
        "wasm-bindgen-cli",
        &bindgen,
        "Trunk and wasm-pack need the wasm-bindgen CLI at exactly the version in Cargo.lock",
    )?;
    cargo_tool(
        "wasm-pack",
        "wasm-pack ",
        "wasm-pack",
        WASM_PACK_VERSION,
        "it runs the component tests in headless Chromium",
    )?;
    cargo_tool(
        "trunk",
        &format!("trunk {TRUNK_VERSION}"),
        "trunk",
        TRUNK_VERSION,
        "it builds and serves the widget",
    )?;
    let chromedriver = browser()?;
    let chromium = find_on_path("chromium").ok_or("chromium vanished from PATH")?;
    let geckodriver = other_engines()?;
    wordpress()?;
    wordpress_current()?;
    let root = crate::root();
    npm_pins(
        &root.join("tests/e2e"),
        "axe-core",
        "the accessibility audit runs it",
    )?;
    npm_pins(
        &root.join("xtask"),
        "binaryen",
        "Trunk runs its wasm-opt on release builds (Trunk.toml pins the version)",
    )?;
    npm_pins(
        &root.join("xtask"),
        "terser",
        "a Trunk hook minifies the JS glue with it on release builds",
    )?;
    npm_pins(
        &root.join("xtask"),
        "lighthouse",
        "`cargo xtask bench` scores the published page with it",
    )?;
    // Trunk finds wasm-opt on PATH, and so does the hook terser.
    let mut wasm_env = wasm_env;
    let path = std::env::var("PATH").unwrap_or_default();
    let bin = root.join("xtask/node_modules/.bin");
    wasm_env.push(("PATH".to_owned(), format!("{}:{path}", bin.display())));
    println!("setup: all tools present\n");
    Ok(Env {
        wasm_env,
        chromedriver,
        chromium,
        geckodriver,
    })
}

/// Whether a toolchain (the active one when `None`) has the wasm32 std.
fn has_wasm_std(toolchain: Option<&str>) -> bool {
    let mut probe = Cmd::new("rustc")
        .args(["--target", WASM32, "--print", "target-libdir"])
        .quiet();
    if let Some(t) = toolchain {
        probe = probe.env("RUSTUP_TOOLCHAIN", t);
    }
    let Some(dir) = probe.output() else {
        return false;
    };
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("libstd-"))
    })
}

fn wasm_target() -> Result<Vec<(String, String)>, String> {
    let offline_env = vec![("RUSTUP_TOOLCHAIN".to_owned(), OFFLINE_TOOLCHAIN.to_owned())];
    // KPO_FORCE_OFFLINE=1 takes the offline route even where rustup works,
    // so that route can be exercised on purpose.
    let forced = std::env::var("KPO_FORCE_OFFLINE").is_ok_and(|v| v == "1");
    if !forced && has_wasm_std(None) {
        println!("setup: wasm32 target ok");
        return Ok(Vec::new());
    }
    if has_wasm_std(Some(OFFLINE_TOOLCHAIN)) {
        offline_clippy()?;
        println!("setup: wasm32 target ok (offline toolchain `{OFFLINE_TOOLCHAIN}`)");
        return Ok(offline_env);
    }
    if !forced && on_path("rustup") {
        println!("setup: adding the wasm32 target with rustup: the widget compiles to WebAssembly");
        match Cmd::new("rustup")
            .args(["target", "add", WASM32])
            .run_bounded(RUSTUP_WAIT)
        {
            Ok(()) if has_wasm_std(None) => return Ok(Vec::new()),
            Ok(()) => println!("setup: rustup finished, but the wasm32 std is still missing"),
            Err(e) => println!("setup: {e}"),
        }
    }
    println!("setup: taking the offline route: Debian's rustc with a wasm32 std built here");
    offline_toolchain()?;
    offline_clippy()?;
    if has_wasm_std(Some(OFFLINE_TOOLCHAIN)) {
        Ok(offline_env)
    } else {
        Err(format!(
            "the offline toolchain was built, but `RUSTUP_TOOLCHAIN={OFFLINE_TOOLCHAIN} rustc --target {WASM32} --print target-libdir` names no wasm32 std"
        ))
    }
}

/// The wasm32 lint runs on the offline toolchain, whose cargo has no clippy
/// of its own: Debian ships it apart.
fn offline_clippy() -> Result<(), String> {
    let works = Cmd::new("cargo")
        .args(["clippy", "--version"])
        .env("RUSTUP_TOOLCHAIN", OFFLINE_TOOLCHAIN)
        .quiet()
        .output()
        .is_some();
    if works {
        return Ok(());
    }
    apt_install(
        &["rust-web-clippy"],
        "clippy for the offline toolchain, to lint the wasm32 build",
    )
}

/// Debian's rustc-web (1.96) plus a wasm32 std built once with build-std and
/// installed into its sysroot, then linked into rustup as `debian-web`.
fn offline_toolchain() -> Result<(), String> {
    apt_install(
        &["rustc-web", "cargo-web", "rust-web-src", "lld-22"],
        "Debian's rustc 1.96 and its std sources, and an LLVM 22 wasm linker",
    )?;
    let linker_dir = Path::new("/usr/lib/rustlib/x86_64-unknown-linux-gnu/bin");
    std::fs::create_dir_all(linker_dir).map_err(|e| format!("{}: {e}", linker_dir.display()))?;
    let rust_lld = linker_dir.join("rust-lld");
    let _ = std::fs::remove_file(&rust_lld);
    std::os::unix::fs::symlink("/usr/lib/llvm-22/bin/lld", &rust_lld)
        .map_err(|e| format!("cannot link {}: {e}", rust_lld.display()))?;

    let scratch = crate::root().join("target/offline-sysroot");
    std::fs::create_dir_all(scratch.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(
        scratch.join("Cargo.toml"),
        "[package]\nname = \"sysroot-scratch\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[lib]\ncrate-type = [\"cdylib\"]\n\n[workspace]\n",
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(scratch.join("src/lib.rs"), "").map_err(|e| e.to_string())?;
    let path = format!("/usr/bin:{}", std::env::var("PATH").unwrap_or_default());
    println!("setup: building the wasm32 std once (1 to 2 minutes)");
    Cmd::new("/usr/bin/cargo")
        .args([
            "build",
            "--release",
            "--target",
            WASM32,
            "-Zbuild-std=std,panic_abort,test",
        ])
        // Its own target folder, whatever CARGO_TARGET_DIR says: the
        // libraries are copied from there below.
        .env(
            "CARGO_TARGET_DIR",
            &scratch.join("target").to_string_lossy(),
        )
        .env("PATH", &path)
        .env("RUSTC", "/usr/bin/rustc")
        .env("RUSTFLAGS", "-Cembed-bitcode=yes")
        .env("RUSTC_BOOTSTRAP", "1")
        .dir(&scratch)
        .run()?;
    let deps = scratch.join(format!("target/{WASM32}/release/deps"));
    let sysroot = PathBuf::from(format!("/usr/lib/rustlib/{WASM32}/lib"));
    std::fs::create_dir_all(&sysroot).map_err(|e| format!("{}: {e}", sysroot.display()))?;
    let mut copied = 0;
    for entry in std::fs::read_dir(&deps).map_err(|e| format!("{}: {e}", deps.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("lib")
            && name.ends_with(".rlib")
            && !name.starts_with("libsysroot_scratch")
        {
            std::fs::copy(entry.path(), sysroot.join(&name)).map_err(|e| format!("{name}: {e}"))?;
            copied += 1;
        }
    }
    println!(
        "setup: installed {copied} wasm32 std libraries into {}",
        sysroot.display()
    );
    Cmd::new("rustup")
        .args(["toolchain", "link", OFFLINE_TOOLCHAIN, "/usr"])
        .run()?;
    // Anything built against another std must be rebuilt.
    let _ = std::fs::remove_dir_all(crate::root().join(format!("target/{WASM32}")));
    Ok(())
}

/// The wasm-bindgen version Cargo.lock resolved, which the CLI must match.
fn wasm_bindgen_version() -> Result<String, String> {
    let lock_path = crate::root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    lock_version(&lock, "wasm-bindgen").ok_or_else(|| {
        "Cargo.lock has no wasm-bindgen package; run `cargo generate-lockfile`".to_owned()
    })
}

/// The version of package `name` in a Cargo.lock.
fn lock_version(lock: &str, name: &str) -> Option<String> {
    let lock: toml::Table = toml::from_str(lock).ok()?;
    lock.get("package")?
        .as_array()?
        .iter()
        .find(|p| p.get("name").and_then(|n| n.as_str()) == Some(name))?
        .get("version")?
        .as_str()
        .map(str::to_owned)
}

/// Installs a tool from crates.io unless `bin --version` already contains
/// `want`.
fn cargo_tool(bin: &str, want: &str, krate: &str, version: &str, why: &str) -> Result<(), String> {
    let probe = || Cmd::new(bin).args(["--version"]).quiet().output();
    if let Some(found) = probe().filter(|v| v.contains(want)) {
        // Its first line: geckodriver's goes on about its licence.
        println!("setup: {} ok", found.lines().next().unwrap_or_default());
        return Ok(());
    }
    println!("setup: installing {krate} {version}: {why} (a few minutes, once)");
    let install = |locked: bool| {
        let mut args = vec!["install", krate, "--version", version];
        if locked {
            args.push("--locked");
        }
        Cmd::new("cargo").args(args).run()
    };
    // --locked is tried first for a reproducible build; some crates' lock
    // files name versions the registry no longer has, so fall back.
    if install(true).is_err() {
        println!("setup: `--locked` failed; trying again with fresh dependency versions");
        install(false).map_err(|e| {
            format!("{e}\ncould not install {krate} {version}; install it by hand with `cargo install {krate} --version {version}`")
        })?;
    }
    match probe() {
        Some(v) if v.contains(want) => Ok(()),
        other => Err(format!(
            "installed {krate} {version}, but `{bin} --version` says {other:?}; is ~/.cargo/bin on PATH?"
        )),
    }
}

/// Chromium and a chromedriver of the same major version.
fn browser() -> Result<PathBuf, String> {
    if !(on_path("chromium") && on_path("chromedriver")) {
        apt_install(
            &["chromium", "chromium-driver"],
            "the component and end-to-end tests run in headless Chromium",
        )?;
    }
    let major = |bin: &str| {
        Cmd::new(bin)
            .args(["--version"])
            .quiet()
            .output()
            .and_then(|v| {
                v.split_whitespace()
                    .find(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
                    .and_then(|w| w.split('.').next())
                    .map(str::to_owned)
            })
    };
    let (browser, driver) = (major("chromium"), major("chromedriver"));
    match (&browser, &driver) {
        (Some(b), Some(d)) if b == d => {
            println!("setup: chromium and chromedriver {b} ok");
        }
        _ => {
            return Err(format!(
                "chromium ({browser:?}) and chromedriver ({driver:?}) must be installed with the same major version: `apt-get install chromium chromium-driver`"
            ))
        }
    }
    find_on_path("chromedriver").ok_or_else(|| "chromedriver vanished from PATH".to_owned())
}

/// Firefox ESR and WebKitGTK, with their WebDriver servers (geckodriver,
/// WebKitWebDriver) and the X server WebKit draws in, which has no
/// headless mode; returns geckodriver's path.
fn other_engines() -> Result<PathBuf, String> {
    if !(on_path("firefox-esr") && on_path("WebKitWebDriver") && on_path("Xvfb")) {
        apt_install(
            &["firefox-esr", "webkit2gtk-driver", "xvfb"],
            "the smoke journey runs in Firefox and WebKit too (WebKit in Xvfb)",
        )?;
    }
    cargo_tool(
        "geckodriver",
        &format!("geckodriver {GECKODRIVER_VERSION}"),
        "geckodriver",
        GECKODRIVER_VERSION,
        "the end-to-end tests drive Firefox through it, and Debian has no package of it",
    )?;
    find_on_path("geckodriver").ok_or_else(|| "geckodriver vanished from PATH".to_owned())
}

/// What the WordPress tests run: Debian's WordPress with its default theme,
/// MariaDB and PHP's command line (its built-in server serves the blog),
/// with the PHP extensions [`PHP_MODULES`] names.
fn wordpress() -> Result<(), String> {
    let modules = Cmd::new("php").args(["-m"]).quiet().output();
    let missing: Vec<&str> = PHP_MODULES
        .iter()
        .filter(|(module, _)| {
            !modules
                .as_deref()
                .is_some_and(|m| m.lines().any(|l| l.eq_ignore_ascii_case(module)))
        })
        .map(|(_, package)| *package)
        .collect();
    let present = Path::new("/usr/share/wordpress/wp-load.php").is_file()
        && Path::new("/usr/share/wordpress/wp-content/themes/twentytwentythree").is_dir()
        && on_path("php")
        && on_path("mariadbd")
        && Path::new("/usr/sbin/apache2").is_file()
        && missing.is_empty();
    if present {
        println!("setup: WordPress, MariaDB, PHP and its extensions, Apache ok");
        return Ok(());
    }
    let mut packages = vec![
        "wordpress",
        "wordpress-theme-twentytwentythree",
        "mariadb-server",
        "php-cli",
        "apache2",
    ];
    packages.extend(PHP_MODULES.iter().map(|(_, package)| *package));
    apt_install(
        &packages,
        "the WordPress tests run the plugin and pasted links in a real WordPress: Debian's 6.1 on MariaDB, \
         and the current one on SQLite, which needs PHP's SQLite, XML, multibyte string, cURL and image extensions; \
         and Apache, which reads the published .htaccess in a test",
    )
}

/// PHP extensions the WordPress tests need, each with the Debian package
/// that has it: MariaDB for Debian's WordPress, SQLite (through PDO) for the
/// current one, and what a current WordPress expects of its host (its site
/// health lists them as required or recommended; the block editor's REST
/// requests parse and make HTML, text and images with them).
const PHP_MODULES: &[(&str, &str)] = &[
    ("mysqli", "php-mysql"),
    ("pdo_sqlite", "php-sqlite3"),
    ("dom", "php-xml"),
    ("mbstring", "php-mbstring"),
    ("curl", "php-curl"),
    ("gd", "php-gd"),
];

/// Where the current WordPress is unpacked, below the repository's root: the
/// WordPress tests (tests/e2e/src/wordpress.rs) look for it there.
/// `cargo clean` removes it; the next set-up unpacks it again.
pub const WP_CURRENT_DIR: &str = "target/wordpress-current";
/// WordPress Playground's builds of WordPress, on npm: each a zip trimmed of
/// the files a browser fetches (those come apart, below `public/`), with
/// Twenty Twenty-Four as its only theme; and the SQLite Database Integration
/// plugin, which Playground runs WordPress on. Debian has neither a current
/// WordPress nor that plugin.
const WP_BUILDS: &str = "@wp-playground/wordpress-builds";
const WP_BUILDS_VERSION: &str = "0.9.19";
/// The package's tarball, as the registry gives it (`npm view
/// @wp-playground/wordpress-builds@0.9.19 dist.integrity`): checked here,
/// so a changed tarball fails the set-up rather than the tests.
const WP_BUILDS_INTEGRITY: &str =
    "sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==";
/// Which of the package's builds is "the current WordPress": its nightly,
/// 6.7-alpha-58716 (its newest release, 6.5.5, is older than the tests
/// should check against).
const WP_CURRENT_BUILD: &str = "nightly";

/// The current WordPress and the SQLite plugin, from [`WP_BUILDS`], unpacked
/// into [`WP_CURRENT_DIR`] as `wordpress/` (core, with Twenty Twenty-Four and
/// the block editor's files; no wp-config.php, which the tests write, and no
/// database) and `sqlite-database-integration/`.
///
/// `npm pack`, not a package.json and `npm ci`: the package holds six
/// WordPress versions in about 12,000 files, and `npm ci` would unpack them
/// all into node_modules to use one; `npm pack` only downloads the tarball,
/// whose sha512 is checked against [`WP_BUILDS_INTEGRITY`] here as a lock
/// file would, and only the one build is unpacked. A stamp file written last
/// says what is unpacked, so a second run only reads it, and an interrupted
/// one starts again.
fn wordpress_current() -> Result<(), String> {
    let dir = crate::root().join(WP_CURRENT_DIR);
    let stamp_path = dir.join("installed-from");
    let stamp =
        format!("{WP_BUILDS}@{WP_BUILDS_VERSION} {WP_CURRENT_BUILD} {WP_BUILDS_INTEGRITY}\n");
    let present = std::fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp)
        && dir.join("wordpress/wp-load.php").is_file()
        && dir.join("sqlite-database-integration/load.php").is_file();
    if present {
        println!("setup: current WordPress ({WP_CURRENT_BUILD} of {WP_BUILDS}@{WP_BUILDS_VERSION}) and SQLite plugin ok");
        return Ok(());
    }
    let why = "the WordPress tests also run the current WordPress (6.7-alpha) on SQLite with Twenty Twenty-Four";
    if !on_path("npm") {
        apt_install(&["nodejs", "npm"], &format!("{why}, from npm"))?;
    }
    println!(
        "setup: fetching {WP_BUILDS}@{WP_BUILDS_VERSION} from npm (150 MB, once) and unpacking its {WP_CURRENT_BUILD} build and the SQLite plugin into {}: {why}",
        dir.display()
    );
    let scratch = dir.with_extension("partial");
    let io = |what: &Path, e: std::io::Error| format!("{}: {e}", what.display());
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| io(&scratch, e))?;
    Cmd::new("npm")
        .args([
            "pack",
            &format!("{WP_BUILDS}@{WP_BUILDS_VERSION}"),
            "--pack-destination",
            &scratch.to_string_lossy(),
            // A cache of its own, removed below: npm's would keep a second
            // copy of the 150 MB.
            "--cache",
            &scratch.join("npm-cache").to_string_lossy(),
            "--loglevel",
            "warn",
        ])
        .dir(&scratch)
        .run()?;
    let tarball = scratch.join(format!(
        "wp-playground-wordpress-builds-{WP_BUILDS_VERSION}.tgz"
    ));
    let integrity = sha512_integrity(&tarball)?;
    if integrity != WP_BUILDS_INTEGRITY {
        return Err(format!(
            "{} has integrity {integrity}, not the {WP_BUILDS_INTEGRITY} pinned in xtask/src/setup.rs",
            tarball.display()
        ));
    }
    let zip = format!("package/src/wordpress/wp-{WP_CURRENT_BUILD}.zip");
    let sqlite_zip = "package/src/sqlite-database-integration/sqlite-database-integration.zip";
    let public = format!("package/public/wp-{WP_CURRENT_BUILD}");
    Cmd::new("tar")
        .args(["xzf", &tarball.to_string_lossy(), &zip, sqlite_zip, &public])
        .dir(&scratch)
        .run()?;
    let core = scratch.join("wordpress");
    unzip(&scratch.join(&zip), &core)?;
    let assets = copy_remote_assets(&scratch.join(&public), &core)?;
    // Playground's own wp-config.php (placeholders) and database: each test
    // blog has its own of both.
    std::fs::remove_file(core.join("wp-config.php")).map_err(|e| io(&core, e))?;
    let _ = std::fs::remove_dir_all(core.join("wp-content/database"));
    unzip(&scratch.join(sqlite_zip), &scratch)?;
    let plugin = scratch.join("sqlite-database-integration");
    std::fs::rename(scratch.join("sqlite-database-integration-main"), &plugin)
        .map_err(|e| io(&plugin, e))?;
    for leftover in ["package", "npm-cache"] {
        std::fs::remove_dir_all(scratch.join(leftover)).map_err(|e| io(&scratch, e))?;
    }
    std::fs::remove_file(&tarball).map_err(|e| io(&tarball, e))?;
    std::fs::write(scratch.join("installed-from"), &stamp).map_err(|e| io(&scratch, e))?;
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&scratch, &dir).map_err(|e| io(&dir, e))?;
    let version = std::fs::read_to_string(dir.join("wordpress/wp-includes/version.php"))
        .ok()
        .and_then(|v| {
            let start = v.find("$wp_version = '")? + "$wp_version = '".len();
            v[start..].split('\'').next().map(str::to_owned)
        })
        .unwrap_or_else(|| "of unknown version".to_owned());
    println!(
        "setup: WordPress {version} unpacked with {assets} of the block editor's files, and the SQLite plugin"
    );
    Ok(())
}

/// npm's integrity string (`sha512-` and the base64 digest) of a file.
fn sha512_integrity(file: &Path) -> Result<String, String> {
    let out = Cmd::new("sha512sum")
        .args([&*file.to_string_lossy()])
        .quiet()
        .output()
        .ok_or_else(|| format!("sha512sum {} failed", file.display()))?;
    let hex = out.split_whitespace().next().unwrap_or_default();
    let bytes: Option<Vec<u8>> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect();
    match bytes {
        Some(b) if b.len() == 64 => Ok(format!("sha512-{}", base64(&b))),
        _ => Err(format!("sha512sum printed {out:?}")),
    }
}

/// Standard base64, with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Unpacks a zip into `dest`.
fn unzip(file: &Path, dest: &Path) -> Result<(), String> {
    let open = std::fs::File::open(file).map_err(|e| format!("{}: {e}", file.display()))?;
    zip::ZipArchive::new(open)
        .and_then(|mut z| z.extract(dest))
        .map_err(|e| format!("unzipping {}: {e}", file.display()))
}

/// Copies the files a Playground build's zip leaves out (its
/// `wordpress-remote-asset-paths` lists them: the block editor's scripts and
/// styles, images, the theme's templates) from the package's `public/` copy
/// into `core`; returns how many. The database listed there is left out.
fn copy_remote_assets(public: &Path, core: &Path) -> Result<usize, String> {
    let list_path = public.join("wordpress-remote-asset-paths");
    let list =
        std::fs::read_to_string(&list_path).map_err(|e| format!("{}: {e}", list_path.display()))?;
    let mut copied = 0;
    for path in list.lines().map(str::trim) {
        let from = public.join(path);
        if path.is_empty() || path.starts_with("wp-content/database/") || !from.is_file() {
            continue;
        }
        let to = core.join(path);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::copy(&from, &to).map_err(|e| format!("{}: {e}", to.display()))?;
        copied += 1;
    }
    if copied == 0 {
        return Err(format!("{} named no file to copy", list_path.display()));
    }
    Ok(copied)
}

/// `package` at the exact version `dir/package.json` pins, which `why` needs:
/// `npm ci` in `dir` when the installed version differs (which installs the
/// folder's other pins too).
fn npm_pins(dir: &Path, package: &str, why: &str) -> Result<(), String> {
    let manifest = dir.join("package.json");
    let pinned = json_field(&manifest, &["devDependencies", package])
        .ok_or_else(|| format!("{} pins no {package} version", manifest.display()))?;
    let installed = json_field(
        &dir.join(format!("node_modules/{package}/package.json")),
        &["version"],
    );
    if installed.as_deref() == Some(pinned.as_str()) {
        println!("setup: {package} {pinned} ok");
        return Ok(());
    }
    if !on_path("npm") {
        apt_install(&["nodejs", "npm"], &format!("{why}, from npm"))?;
    }
    println!("setup: installing {package} {pinned} from npm: {why}");
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .dir(dir)
        .run()
}

/// The string at `path` in a JSON file, if the file and the string exist.
fn json_field(file: &Path, path: &[&str]) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    let mut value: &serde_json::Value = &serde_json::from_str(&text).ok()?;
    for key in path {
        value = value.get(key)?;
    }
    value.as_str().map(str::to_owned)
}

/// Installs Debian packages, as root or through sudo; elsewhere says what to
/// install by hand.
fn apt_install(packages: &[&str], why: &str) -> Result<(), String> {
    let list = packages.join(" ");
    if !on_path("apt-get") {
        return Err(format!(
            "missing {list} ({why}); this machine has no apt-get, so install them with its own package manager"
        ));
    }
    let root = Cmd::new("id").args(["-u"]).quiet().output().as_deref() == Some("0");
    let sudo = if root {
        None
    } else if on_path("sudo") {
        Some("sudo")
    } else {
        return Err(format!(
            "missing {list} ({why}); run `apt-get install -y {list}` as root, then try again"
        ));
    };
    println!("setup: installing {list} from Debian's packages: {why}");
    let apt = |args: &[&str]| {
        let (program, rest): (&str, Vec<&str>) = match sudo {
            Some(s) => (s, [&["apt-get"], args].concat()),
            None => ("apt-get", args.to_vec()),
        };
        Cmd::new(program)
            .args(rest)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .run()
    };
    apt(&["update"])?;
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend_from_slice(packages);
    apt(&install)
        .map_err(|e| format!("{e}\ncould not install {list}; install them by hand and try again"))
}

#[cfg(test)]
mod tests {
    use super::{base64, json_field, lock_version};

    #[test]
    fn encodes_base64_as_npm_integrity_strings_do() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xfb, 0xff, 0xbf]), "+/+/");
    }

    #[test]
    fn reads_a_version_from_a_lock_file() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            lock_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(lock_version(lock, "trunk"), None);
        assert_eq!(lock_version("not toml [", "trunk"), None);
    }

    #[test]
    fn the_projects_own_lock_file_names_wasm_bindgen() {
        let lock = std::fs::read_to_string(crate::root().join("Cargo.lock")).unwrap();
        assert!(lock_version(&lock, "wasm-bindgen").is_some_and(|v| v.starts_with("0.2.")));
    }

    #[test]
    fn reads_a_pin_from_package_json() {
        let file = std::env::temp_dir().join(format!("kpo-pkg-{}.json", std::process::id()));
        std::fs::write(
            &file,
            r#"{ "devDependencies": { "terser-extra": "1.0.0", "terser": "5.51.4" } }"#,
        )
        .unwrap();
        assert_eq!(
            json_field(&file, &["devDependencies", "terser"]).as_deref(),
            Some("5.51.4")
        );
        assert_eq!(json_field(&file, &["devDependencies", "axe-core"]), None);
        std::fs::remove_file(&file).unwrap();
    }
}
