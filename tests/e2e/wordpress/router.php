<?php
// PHP's built-in server in front of WordPress (its document root is the
// core's folder, Debian's or the current one): /wp-content/ comes from the
// test's own folder (KPO_WP_CONTENT; Debian's Apache config aliases it),
// real files are served as they are, pretty permalinks and everything else
// go to WordPress.
// Debian's wp-config.php picks its settings by this name.
$_SERVER['WORDPRESS_CONFIG'] = 'kpo-e2e';
// The built-in server sets PATH_INFO, which WordPress would read as a
// PATHINFO permalink.
unset( $_SERVER['PATH_INFO'] );
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = realpath( getenv( 'KPO_WP_CONTENT' ) . substr( $path, strlen( '/wp-content' ) ) );
	if ( $file && is_file( $file ) && '.php' !== substr( $file, -4 ) ) {
		$types = array(
			'css'  => 'text/css',
			'js'   => 'text/javascript',
			'wasm' => 'application/wasm',
			'json' => 'application/json',
			'svg'  => 'image/svg+xml',
			'png'  => 'image/png',
			'html' => 'text/html; charset=utf-8',
		);
		$ext = pathinfo( $file, PATHINFO_EXTENSION );
		header( 'Content-Type: ' . ( $types[ $ext ] ?? 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
}
$docroot = $_SERVER['DOCUMENT_ROOT'];
if ( '/' !== $path && is_file( $docroot . $path ) ) {
	if ( '.php' !== substr( $path, -4 ) ) {
		return false;
	}
	$_SERVER['SCRIPT_NAME']     = $path;
	$_SERVER['SCRIPT_FILENAME'] = $docroot . $path;
	chdir( dirname( $docroot . $path ) );
	require $docroot . $path;
	return true;
}
if ( is_dir( $docroot . $path ) && is_file( $docroot . rtrim( $path, '/' ) . '/index.php' ) ) {
	$index                      = rtrim( $path, '/' ) . '/index.php';
	$_SERVER['SCRIPT_NAME']     = $index;
	$_SERVER['SCRIPT_FILENAME'] = $docroot . $index;
	chdir( dirname( $docroot . $index ) );
	require $docroot . $index;
	return true;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $docroot . '/index.php';
