<?php
// Runs the PHP on standard input with WordPress loaded, as the test harness
// does for installing, users, plugins and posts. Pass "install" to install
// WordPress first.
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
require '/usr/share/wordpress/wp-load.php';
eval( stream_get_contents( STDIN ) );
