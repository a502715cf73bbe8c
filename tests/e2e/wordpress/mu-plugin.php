<?php
/**
 * Test-only settings for kpo-explainer's WordPress tests: no mail, no emoji
 * script (it would reach for a CDN on a closed network), and WordPress's
 * HTTP API may fetch the widget's test server on loopback, as it fetches a
 * public site, for oEmbed discovery.
 */
add_filter( 'pre_wp_mail', '__return_false' );
remove_action( 'wp_head', 'print_emoji_detection_script', 7 );
remove_action( 'wp_print_styles', 'print_emoji_styles' );
add_filter(
	'http_allowed_safe_ports',
	function ( $ports ) {
		$port = (int) getenv( 'KPO_WP_ALLOW_PORT' );
		return $port ? array_merge( $ports, array( $port ) ) : $ports;
	}
);
