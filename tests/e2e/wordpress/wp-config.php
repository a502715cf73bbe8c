<?php
// The current WordPress's wp-config.php in the end-to-end tests: `cargo
// xtask setup` unpacks it without one, and the harness links this into its
// folder. The same settings as Debian's WordPress gets, from the
// environment; the database is the SQLite drop-in in each blog's own
// wp-content (db.php), which ignores the DB_* settings.
require __DIR__ . '/config-kpo-e2e.php';
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
