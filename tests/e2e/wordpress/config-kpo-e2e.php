<?php
// kpo-explainer's end-to-end tests: WordPress configured from the
// environment the test harness sets (tests/e2e/src/wordpress.rs), so each
// test runs its own blog, database and wp-content. Debian's wp-config.php
// loads this as /etc/wordpress/config-kpo-e2e.php; the harness writes it.
define( 'DB_NAME', getenv( 'KPO_WP_DB' ) );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:' . getenv( 'KPO_WP_SOCKET' ) );
define( 'WP_CONTENT_DIR', getenv( 'KPO_WP_CONTENT' ) );
define( 'WP_CONTENT_URL', getenv( 'KPO_WP_URL' ) . '/wp-content' );
define( 'WP_HOME', getenv( 'KPO_WP_URL' ) );
define( 'WP_SITEURL', getenv( 'KPO_WP_URL' ) );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', getenv( 'KPO_WP_CONTENT' ) . '/debug.log' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
