<?php
// Runs the PHP on standard input with WordPress loaded, as the test harness
// does for installing, users, plugins and posts. Pass "install" to install
// WordPress first. Which WordPress (KPO_WP_CORE), and its database, theme
// and wp-content, come from the environment (tests/e2e/src/wordpress.rs).
// Debian's wp-config.php picks its settings by this name; the current
// WordPress's (wp-config.php here) ignores it.
$_SERVER['WORDPRESS_CONFIG'] = 'kpo-e2e';
$_SERVER['HTTP_HOST']        = parse_url( getenv( 'KPO_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'KPO_WP_URL' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
if ( in_array( 'install', $argv, true ) ) {
	define( 'WP_INSTALLING', true );
}
// No mail from a test blog (Debian's PHP has no sendmail here).
function wp_mail() {
	return true;
}
require getenv( 'KPO_WP_CORE' ) . '/wp-load.php';
eval( stream_get_contents( STDIN ) );
