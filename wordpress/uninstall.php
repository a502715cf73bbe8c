<?php
/**
 * Deleting the plugin deletes what it kept: its tables (the counts, and
 * this hour's report limits) and its options. Deactivating keeps them.
 *
 * @package kpo-explainer
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
foreach ( array( 'kpo_explainer_counts', 'kpo_explainer_limits' ) as $kpo_explainer_table ) {
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}{$kpo_explainer_table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
}
delete_option( 'kpo_explainer_db' );
delete_option( 'kpo_explainer_reporting' );
