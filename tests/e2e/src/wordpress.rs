//! A real WordPress for the tests, in either of two [`Flavour`]s: Debian's
//! `wordpress` package (6.1) with Twenty Twenty-Three on a MariaDB of the
//! tests' own, or the current WordPress (6.7-alpha, which `cargo xtask
//! setup` unpacks from WordPress Playground's builds) with Twenty
//! Twenty-Four on SQLite. Either is served by PHP's built-in server on
//! loopback and set up without a browser from PHP's command line (the PHP
//! side is in `tests/e2e/wordpress/`, told the core, theme and database by
//! the environment). Each [`WordPress`] is a fresh blog with its own
//! database and wp-content, removed on drop, its server stopped with its
//! workers; tests in one binary share one MariaDB server.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::free_port;
use crate::process::Group;

/// Which WordPress a test blog runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    /// Debian bookworm's `wordpress` package (6.1) with Twenty Twenty-Three,
    /// on MariaDB: what a Debian server's administrator gets.
    Debian,
    /// The current WordPress (6.7-alpha-58716, the nightly build in
    /// `@wp-playground/wordpress-builds` 0.9.19) with Twenty Twenty-Four, on
    /// SQLite through the SQLite Database Integration plugin: the block
    /// editor and theme a blogger starting today gets.
    Current,
}

impl Flavour {
    /// The folder WordPress's core is in.
    pub fn core(self) -> PathBuf {
        match self {
            Flavour::Debian => PathBuf::from("/usr/share/wordpress"),
            Flavour::Current => current_dir().join("wordpress"),
        }
    }

    /// The theme a blog runs (WordPress's default theme at that version).
    pub fn theme(self) -> &'static str {
        match self {
            Flavour::Debian => "twentytwentythree",
            Flavour::Current => "twentytwentyfour",
        }
    }

    /// The database a blog's tables are in.
    pub fn database(self) -> &'static str {
        match self {
            Flavour::Debian => "MariaDB",
            Flavour::Current => "SQLite",
        }
    }
}

impl std::fmt::Display for Flavour {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Flavour::Debian => "Debian's WordPress",
            Flavour::Current => "the current WordPress",
        })
    }
}

/// Where `cargo xtask setup` unpacks the current WordPress and the SQLite
/// plugin (`WP_CURRENT_DIR` in xtask/src/setup.rs).
fn current_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/wordpress-current");
    assert!(
        dir.join("wordpress/wp-load.php").is_file()
            && dir.join("sqlite-database-integration/load.php").is_file(),
        "no current WordPress in {}: run `cargo xtask setup`, which unpacks it there",
        dir.display()
    );
    dir.canonicalize().unwrap()
}

/// Debian's wp-config.php loads `/etc/wordpress/config-<name>.php`; this is
/// the tests' (values from the environment), written where missing or old.
const CONFIG: &str = "/etc/wordpress/config-kpo-e2e.php";

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("wordpress")
}

/// A MariaDB server of the tests' own, on a socket, in a scratch folder.
struct MariaDb {
    dir: PathBuf,
    socket: PathBuf,
    server: Group,
}

impl MariaDb {
    /// The one this process's tests share while any of them needs it.
    fn shared() -> Arc<MariaDb> {
        static SHARED: Mutex<Weak<MariaDb>> = Mutex::new(Weak::new());
        let mut shared = SHARED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(db) = shared.upgrade() {
            return db;
        }
        let db = Arc::new(MariaDb::start());
        *shared = Arc::downgrade(&db);
        db
    }

    fn start() -> MariaDb {
        static N: AtomicUsize = AtomicUsize::new(0);
        // Short: a socket's path is limited to about 100 bytes.
        let dir = PathBuf::from(format!(
            "/tmp/kpo-db-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let out = Command::new("mariadb-install-db")
            .arg(format!("--datadir={}", dir.join("data").display()))
            .args(["--user=root", "--auth-root-authentication-method=normal"])
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run mariadb-install-db: {e}; `cargo xtask setup` installs MariaDB")
            });
        assert!(
            out.status.success(),
            "mariadb-install-db failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let socket = dir.join("s.sock");
        let server = Group::spawn(
            Command::new("mariadbd")
                .arg(format!("--datadir={}", dir.join("data").display()))
                .arg(format!("--socket={}", socket.display()))
                .arg(format!("--pid-file={}", dir.join("pid").display()))
                .args(["--skip-networking", "--user=root", "--skip-log-error"])
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
            "mariadbd",
        );
        let db = MariaDb {
            dir,
            socket,
            server,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ping = Command::new("mariadb-admin")
                .arg(format!("--socket={}", db.socket.display()))
                .arg("ping")
                .output()
                .map(|o| o.status.success())
                .unwrap_or(false);
            if ping {
                break;
            }
            assert!(Instant::now() < deadline, "MariaDB did not start in 30 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        db
    }

    fn sql(&self, statement: &str) {
        let out = Command::new("mariadb")
            .arg(format!("--socket={}", self.socket.display()))
            .args(["-e", statement])
            .output()
            .expect("run mariadb");
        assert!(
            out.status.success(),
            "{statement}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for MariaDb {
    fn drop(&mut self) {
        self.server.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A blog's database.
enum Database {
    /// `name` on the shared MariaDB server, dropped with the blog.
    MariaDb { server: Arc<MariaDb>, name: String },
    /// A file in the blog's wp-content, removed with it.
    Sqlite,
}

/// One fresh blog: installed, with an administrator (`admin`) and an author
/// (`author`, without `unfiltered_html`), its flavour's theme active and
/// pretty permalinks, served on `url`.
pub struct WordPress {
    pub url: String,
    flavour: Flavour,
    version: String,
    database: Database,
    content: PathBuf,
    server: Group,
    env: Vec<(String, String)>,
}

impl WordPress {
    /// Starts a blog of `flavour`; `allow_port` is a loopback port
    /// WordPress's HTTP API may fetch (the widget's test server, for oEmbed
    /// discovery).
    pub fn start(flavour: Flavour, allow_port: Option<u16>) -> WordPress {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let core = flavour.core();
        let name = format!("wp_{}_{n}", std::process::id());
        let content = std::env::temp_dir().join(format!("kpo-wp-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&content);
        for dir in ["plugins", "mu-plugins", "themes", "uploads"] {
            std::fs::create_dir_all(content.join(dir)).unwrap();
        }
        let theme = flavour.theme();
        std::os::unix::fs::symlink(
            core.join("wp-content/themes").join(theme),
            content.join("themes").join(theme),
        )
        .unwrap();
        std::fs::copy(
            here().join("mu-plugin.php"),
            content.join("mu-plugins/kpo-tests.php"),
        )
        .unwrap();
        let (database, socket) = match flavour {
            Flavour::Debian => {
                write_config();
                let server = MariaDb::shared();
                server.sql(&format!("CREATE DATABASE {name}"));
                let socket = server.socket.display().to_string();
                let database = Database::MariaDb {
                    server,
                    name: name.clone(),
                };
                (database, socket)
            }
            Flavour::Current => {
                link_config(&core);
                sqlite(&content);
                (Database::Sqlite, String::new())
            }
        };
        let port = free_port();
        let url = format!("http://127.0.0.1:{port}");
        let env: Vec<(String, String)> = [
            ("KPO_WP_CORE", core.display().to_string()),
            ("KPO_WP_THEME", theme.to_owned()),
            ("KPO_WP_DB", name),
            ("KPO_WP_SOCKET", socket),
            ("KPO_WP_CONTENT", content.display().to_string()),
            ("KPO_WP_URL", url.clone()),
            (
                "KPO_WP_ALLOW_PORT",
                allow_port.map(|p| p.to_string()).unwrap_or_default(),
            ),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let server = Group::spawn(
            Command::new("php")
                .args(["-S", &format!("127.0.0.1:{port}"), "-t"])
                .arg(&core)
                .arg(here().join("router.php"))
                .envs(env.iter().map(|(k, v)| (k, v)))
                // Several requests at once, as a browser makes them.
                .env("PHP_CLI_SERVER_WORKERS", "4")
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
            "PHP's built-in server (php-cli)",
        );
        let mut wp = WordPress {
            url,
            flavour,
            version: "being installed".to_owned(),
            database,
            content,
            server,
            env,
        };
        let installed = wp.run(
            "install",
            r#"
            require_once ABSPATH . 'wp-admin/includes/upgrade.php';
            require_once ABSPATH . 'wp-admin/includes/plugin.php';
            wp_install( 'A test blog', 'admin', 'admin@example.org', true, '', 'admin-password' );
            update_option( 'permalink_structure', '/%postname%/' );
            switch_theme( getenv( 'KPO_WP_THEME' ) );
            // On SQLite, its plugin active, as on a blog it runs (its
            // drop-in activates it on the first admin page otherwise);
            // silently, since its activation hook redirects and exits.
            if ( defined( 'SQLITE_DB_DROPIN_VERSION' ) ) {
                $active = activate_plugin( 'sqlite-database-integration/load.php', '', false, true );
                if ( is_wp_error( $active ) ) { echo $active->get_error_message(); exit( 1 ); }
            }
            $author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password',
                'role' => 'author', 'user_email' => 'author@example.org' ) );
            if ( is_wp_error( $author ) || user_can( $author, 'unfiltered_html' ) ) { exit( 1 ); }
            global $wp_version;
            echo get_option( 'stylesheet' ), ' ', $wp_version;
            "#,
        );
        let mut words = installed.split_whitespace();
        assert_eq!(words.next(), Some(theme), "{installed}");
        wp.version = words.next().unwrap_or_default().to_owned();
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                wp.server.exited().is_none(),
                "PHP's server exited: is port {port} taken?"
            );
            assert!(Instant::now() < deadline, "PHP's server did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        wp
    }

    /// Which WordPress this blog runs.
    pub fn flavour(&self) -> Flavour {
        self.flavour
    }

    /// Its WordPress's version, as WordPress gives it ("6.1.9",
    /// "6.7-alpha-58716").
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Runs `code` with WordPress loaded (`mode` "install" installs first)
    /// and returns what it printed; any failure panics with its output.
    fn run(&self, mode: &str, code: &str) -> String {
        let mut child = Command::new("php")
            .arg(here().join("cli.php"))
            .arg(mode)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run php");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(code.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "PHP failed on {} {} ({}):\n{code}\n--- stdout\n{}\n--- stderr\n{}\n--- WordPress's debug.log\n{}",
            self.flavour,
            self.version,
            out.status,
            stdout.chars().take(2000).collect::<String>(),
            String::from_utf8_lossy(&out.stderr),
            self.debug_log()
        );
        stdout
    }

    /// Runs `code` with WordPress loaded, as `user` (`admin`, `author` or
    /// `""` for nobody), and returns what it printed.
    pub fn php(&self, user: &str, code: &str) -> String {
        let login = if user.is_empty() {
            String::new()
        } else {
            format!("wp_set_current_user( get_user_by( 'login', '{user}' )->ID );")
        };
        self.run("", &format!("{login}\n{code}"))
    }

    /// Installs a plugin zip as Plugins → Add New → Upload does (the same
    /// upgrader), and activates it.
    pub fn install_plugin(&self, zip: &Path) {
        let out = self.php(
            "admin",
            &format!(
                r#"
                require_once ABSPATH . 'wp-admin/includes/file.php';
                require_once ABSPATH . 'wp-admin/includes/misc.php';
                require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
                require_once ABSPATH . 'wp-admin/includes/plugin.php';
                $upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
                $result = $upgrader->install( {zip} );
                if ( true !== $result ) {{
                    echo 'install failed: ', is_wp_error( $result ) ? $result->get_error_message() : var_export( $result, true ),
                        ' ', implode( ' | ', $upgrader->skin->get_upgrade_messages() );
                    exit( 1 );
                }}
                $plugin = $upgrader->plugin_info();
                $active = activate_plugin( $plugin );
                if ( is_wp_error( $active ) ) {{ echo $active->get_error_message(); exit( 1 ); }}
                echo $plugin;
                "#,
                zip = php_string(&zip.display().to_string())
            ),
        );
        assert_eq!(out.trim(), "kpo-explainer/kpo-explainer.php", "{out}");
    }

    /// Publishes a post by `user`, saved as the editor saves it (with kses
    /// for a user without `unfiltered_html`), and returns its address and id.
    pub fn post(&self, user: &str, title: &str, content: &str) -> (String, u64) {
        let out = self.php(
            user,
            &format!(
                r#"
                kses_init();
                $id = wp_insert_post( array( 'post_title' => {title}, 'post_content' => {content},
                    'post_status' => 'publish', 'post_author' => get_current_user_id() ), true );
                if ( is_wp_error( $id ) ) {{ echo $id->get_error_message(); exit( 1 ); }}
                echo $id, ' ', get_permalink( $id );
                "#,
                title = php_string(title),
                content = php_string(content),
            ),
        );
        let (id, url) = out.trim().split_once(' ').expect("id and address");
        (url.to_owned(), id.parse().unwrap())
    }

    /// What WordPress logged (WP_DEBUG_LOG) but deprecation notices (Debian's
    /// WordPress 6.1 gives many under PHP 8.2), for a failure's message.
    pub fn debug_log(&self) -> String {
        std::fs::read_to_string(self.content.join("debug.log"))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.contains("PHP Deprecated:"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Logs `user` in (password `<user>-password`) in `b`, with the block
    /// editor's welcome guide already seen.
    pub async fn log_in(&self, b: &crate::Browser, user: &str) {
        self.php(
            user,
            "global $wpdb; update_user_meta( get_current_user_id(), $wpdb->get_blog_prefix() . 'persisted_preferences', \
             array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );",
        );
        b.client
            .goto(&format!("{}/wp-login.php", self.url))
            .await
            .unwrap();
        b.wait_for("#user_login").await;
        b.js(&format!(
            "document.getElementById('user_login').value = '{user}'; \
             document.getElementById('user_pass').value = '{user}-password'; \
             document.getElementById('loginform').submit();"
        ))
        .await;
        b.wait_js(
            "document.body.classList.contains('wp-admin')",
            "the dashboard",
        )
        .await;
    }

    /// A post's content as saved.
    pub fn content_of(&self, id: u64) -> String {
        self.php("", &format!("echo get_post( {id} )->post_content;"))
    }

    /// The rows a SELECT gives, through WordPress's own `$wpdb` (so the
    /// same on MariaDB and SQLite), as JSON objects of strings; `{prefix}`
    /// in it is the blog's table prefix.
    pub fn select(&self, query: &str) -> Vec<serde_json::Value> {
        let out = self.php(
            "",
            &format!(
                "global $wpdb; $rows = $wpdb->get_results( str_replace( '{{prefix}}', $wpdb->prefix, {} ), ARRAY_A ); \
                 if ( ! is_array( $rows ) ) {{ echo $wpdb->last_error; exit( 1 ); }} echo wp_json_encode( $rows );",
                php_string(query)
            ),
        );
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
    }

    /// Sends one HTTP/1.0 request to `url` (an address on this blog) from
    /// `from`, a loopback address of the caller's choosing (all of
    /// 127.0.0.0/8 is the machine's own), as a reader's browser at that
    /// address would: no cookies. Returns the status and the body.
    pub async fn request(
        &self,
        from: std::net::Ipv4Addr,
        method: &str,
        url: &str,
        content_type: &str,
        body: &[u8],
    ) -> (u16, String) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let path = url
            .strip_prefix(&self.url)
            .unwrap_or_else(|| panic!("{url} is not on {}", self.url));
        let to: std::net::SocketAddr = self.url.trim_start_matches("http://").parse().unwrap();
        let mut tries = 0;
        let mut stream = loop {
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            socket.bind((from, 0).into()).unwrap();
            match socket.connect(to).await {
                Ok(stream) => break stream,
                // A connection refused while the server's queue is full.
                Err(_) if tries < 50 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot connect from {from} to {to}: {e}"),
            }
        };
        let head = format!(
            "{method} {path} HTTP/1.0\r\nHost: {}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            to,
            body.len()
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(body).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        let answer = String::from_utf8_lossy(&answer).into_owned();
        let status = answer
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status from {url}: {answer}"));
        let body = answer
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        (status, body)
    }
}

/// Makes each named `async fn(Flavour)` a test on each WordPress: a module
/// of the test's name with `debian` and `current` in it.
#[macro_export]
macro_rules! on_each_wordpress {
    ($($test:ident),* $(,)?) => {$(
        mod $test {
            use $crate::wordpress::Flavour;

            #[tokio::test(flavor = "current_thread")]
            async fn debian() {
                super::$test(Flavour::Debian).await
            }

            #[tokio::test(flavor = "current_thread")]
            async fn current() {
                super::$test(Flavour::Current).await
            }
        }
    )*};
}

impl Drop for WordPress {
    fn drop(&mut self) {
        self.server.stop();
        if let Database::MariaDb { server, name } = &self.database {
            server.sql(&format!("DROP DATABASE IF EXISTS {name}"));
        }
        let _ = std::fs::remove_dir_all(&self.content);
    }
}

/// `text` as a PHP single-quoted string literal, quotes included (inside
/// one, only `\` and `'` need escaping).
fn php_string(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Writes [`CONFIG`] where missing or old.
fn write_config() {
    let wanted = std::fs::read_to_string(here().join("config-kpo-e2e.php")).unwrap();
    if std::fs::read_to_string(CONFIG).ok().as_deref() == Some(&wanted) {
        return;
    }
    std::fs::write(CONFIG, wanted).unwrap_or_else(|e| {
        panic!("cannot write {CONFIG} ({e}): the WordPress tests need root, as `cargo xtask test` has in CI")
    });
}

/// The current WordPress is unpacked without a wp-config.php: links the
/// tests' (`tests/e2e/wordpress/wp-config.php`, the same settings as
/// Debian's WordPress gets) into `core`, where missing or pointing elsewhere.
fn link_config(core: &Path) {
    let wanted = here().join("wp-config.php");
    let link = core.join("wp-config.php");
    if std::fs::read_link(&link).is_ok_and(|l| l == wanted) {
        return;
    }
    let _ = std::fs::remove_file(&link);
    if let Err(e) = std::os::unix::fs::symlink(&wanted, &link) {
        // Another test may have linked it a moment before.
        assert!(
            std::fs::read_link(&link).is_ok_and(|l| l == wanted),
            "cannot link {}: {e}",
            link.display()
        );
    }
}

/// Puts a SQLite database in a blog's wp-content, as the SQLite Database
/// Integration plugin does when an administrator turns it on: the plugin
/// (linked from where `cargo xtask setup` unpacked it), its drop-in as
/// `db.php` (placeholders filled in) and a `database/` folder for the file.
fn sqlite(content: &Path) {
    let plugin = current_dir().join("sqlite-database-integration");
    std::os::unix::fs::symlink(&plugin, content.join("plugins/sqlite-database-integration"))
        .unwrap();
    let dropin = std::fs::read_to_string(plugin.join("db.copy"))
        .unwrap()
        .replace(
            "{SQLITE_IMPLEMENTATION_FOLDER_PATH}",
            &plugin.display().to_string(),
        )
        .replace("{SQLITE_PLUGIN}", "sqlite-database-integration/load.php");
    std::fs::write(content.join("db.php"), dropin).unwrap();
    std::fs::create_dir_all(content.join("database")).unwrap();
}
