<?php
/**
 * Counting what readers answer, for the blogger.
 *
 * The widget on a post reports each answer a reader checks and each quiz
 * they finish to this blog, through the REST API, with no login:
 * POST /wp-json/kpo-explainer/v1/posts/<post>/reports. The blog keeps
 * counts, never records of readers: per post and language, how often each
 * option of each question was chosen, how many attempts started, and how
 * many quizzes ended with each pair of warm-up and final scores. A report is
 * checked against the quiz the widget was built with (widget/quiz.json) and
 * refused whole, with a 4xx and nothing counted, if anything in it doesn't
 * fit; so only the build's ids, numbers and language tags are ever stored.
 *
 * @package kpo-explainer
 */

defined( 'ABSPATH' ) || exit;

/** The tables' layout; a newer plugin with a higher number updates them. */
const KPO_EXPLAINER_DB_VERSION = 1;

/**
 * Reports counted per address per clock hour (an IPv6 address counts by its
 * /64, what one subscriber usually gets). Enough for about nine readers
 * behind one address finishing the quiz each hour (11 reports each); a
 * script sending fakes moves any count by at most this much an hour. The
 * kpo_explainer_reports_per_hour filter changes it (a school's network, say).
 */
const KPO_EXPLAINER_REPORTS_PER_HOUR = 100;

/** A report is a few dozen bytes; anything over this is not the widget's. */
const KPO_EXPLAINER_REPORT_BYTES = 4096;

/**
 * The plugin's tables: `counts` (what the results page shows) and `limits`
 * (reports per address this hour, under a code that changes every hour).
 *
 * @return array
 */
function kpo_explainer_tables() {
	global $wpdb;
	return array(
		'counts' => $wpdb->prefix . 'kpo_explainer_counts',
		'limits' => $wpdb->prefix . 'kpo_explainer_limits',
	);
}

/**
 * Creates or updates the tables, on activation and after an update that
 * changed them. dbDelta works on MariaDB/MySQL and, through the SQLite
 * Database Integration plugin's translator, on SQLite.
 *
 * In `counts`, `kind` says what a row counts: `start` (attempts started),
 * `pick` (option `a` of `question` chosen) or `finish` (quizzes finished
 * with warm-up score `a`, -1 when skipped, and final score `b`).
 */
function kpo_explainer_install() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$tables  = kpo_explainer_tables();
	$charset = $wpdb->get_charset_collate();
	dbDelta(
		"CREATE TABLE {$tables['counts']} (
  post_id bigint(20) unsigned NOT NULL,
  lang varchar(20) NOT NULL,
  kind varchar(10) NOT NULL,
  question varchar(100) NOT NULL DEFAULT '',
  a smallint(6) NOT NULL DEFAULT 0,
  b smallint(6) NOT NULL DEFAULT 0,
  n bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (post_id,lang,kind,question,a,b)
) $charset;"
	);
	dbDelta(
		"CREATE TABLE {$tables['limits']} (
  hour int(10) unsigned NOT NULL,
  bucket char(32) NOT NULL,
  n int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (hour,bucket)
) $charset;"
	);
	update_option( 'kpo_explainer_db', KPO_EXPLAINER_DB_VERSION );
}

/**
 * Whether the blog counts reports: on unless an administrator turned it off.
 *
 * @return bool
 */
function kpo_explainer_reporting() {
	return '0' !== (string) get_option( 'kpo_explainer_reporting', '1' );
}

/**
 * Reports counted per address per hour.
 *
 * @return int
 */
function kpo_explainer_reports_per_hour() {
	return max( 0, (int) apply_filters( 'kpo_explainer_reports_per_hour', KPO_EXPLAINER_REPORTS_PER_HOUR ) );
}

/**
 * The quiz the widget was built with: `warmup` (its number of tasks),
 * `questions` ({id, options, right}) and `languages` (tag => {name,
 * questions: [{prompt, options}]}), from the build's widget/quiz.json.
 *
 * @return array
 */
function kpo_explainer_quiz() {
	static $quiz = null;
	if ( null === $quiz ) {
		$quiz = json_decode( (string) @file_get_contents( __DIR__ . '/widget/quiz.json' ), true );
		if ( ! is_array( $quiz ) || ! is_array( $quiz['questions'] ?? null ) || ! is_array( $quiz['languages'] ?? null ) ) {
			$quiz = array(
				'warmup'    => 0,
				'questions' => array(),
				'languages' => array(),
			);
		}
	}
	return $quiz;
}

/**
 * Where the widget on the post being shown reports to, or '' where it
 * shouldn't: counting off, no published post (a draft's preview), or a
 * widget outside the post's content (a sidebar's), whose reports the post
 * would refuse.
 *
 * @return string
 */
function kpo_explainer_report_url() {
	$post = get_post();
	if ( ! kpo_explainer_reporting() || ! $post || 'publish' !== get_post_status( $post ) || ! kpo_explainer_has_widget( $post ) ) {
		return '';
	}
	return rest_url( 'kpo-explainer/v1/posts/' . $post->ID . '/reports' );
}

/**
 * Whether a post shows the widget: by shortcode, by block, or in a synced
 * pattern (reusable block) it contains, so a report can't be counted for a
 * post without it.
 *
 * @param WP_Post $post  The post.
 * @param int     $depth How many patterns deep this is.
 * @return bool
 */
function kpo_explainer_has_widget( $post, $depth = 0 ) {
	$content = (string) $post->post_content;
	if ( has_shortcode( $content, 'kpo_explainer' ) || has_block( 'kpo-explainer/explainer', $content ) ) {
		return true;
	}
	if ( $depth >= 3 || false === strpos( $content, 'wp:block' ) ) {
		return false;
	}
	$blocks = parse_blocks( $content );
	while ( $blocks ) {
		$block = array_shift( $blocks );
		$ref   = (int) ( $block['attrs']['ref'] ?? 0 );
		if ( 'core/block' === $block['blockName'] && $ref ) {
			$pattern = get_post( $ref );
			if ( $pattern && 'wp_block' === $pattern->post_type && 'publish' === $pattern->post_status
				&& kpo_explainer_has_widget( $pattern, $depth + 1 ) ) {
				return true;
			}
		}
		$blocks = array_merge( $blocks, $block['innerBlocks'] ?? array() );
	}
	return false;
}

/**
 * What a report adds: the counts' rows (kind, question, a, b) and its
 * language, or a WP_Error naming what doesn't fit the quiz. Every field
 * must be there with its type and a value the quiz has, and nothing else.
 *
 * @param mixed $report The decoded JSON.
 * @return array|WP_Error array( lang, rows )
 */
function kpo_explainer_rows( $report ) {
	$quiz  = kpo_explainer_quiz();
	$wrong = function ( $what ) {
		return new WP_Error( 'kpo_explainer_bad_report', 'This report does not fit the quiz: ' . $what . '.', array( 'status' => 400 ) );
	};
	if ( ! is_array( $report ) ) {
		return $wrong( 'not an object' );
	}
	$fields = array(
		'answer'   => array( 'kind', 'lang', 'question', 'option', 'right', 'first' ),
		'complete' => array( 'kind', 'lang', 'score', 'total', 'passed', 'warmup' ),
	);
	$kind = $report['kind'] ?? null;
	if ( ! is_string( $kind ) || ! isset( $fields[ $kind ] ) ) {
		return $wrong( 'kind' );
	}
	$keys = array_keys( $report );
	sort( $keys );
	$expected = $fields[ $kind ];
	sort( $expected );
	if ( $keys !== $expected ) {
		return $wrong( 'its fields' );
	}
	$lang = $report['lang'];
	if ( ! is_string( $lang ) || ! isset( $quiz['languages'][ $lang ] ) ) {
		return $wrong( 'lang' );
	}
	$count = count( $quiz['questions'] );
	if ( 'answer' === $kind ) {
		$question = null;
		foreach ( $quiz['questions'] as $q ) {
			if ( is_string( $report['question'] ) && $q['id'] === $report['question'] ) {
				$question = $q;
			}
		}
		if ( null === $question ) {
			return $wrong( 'question' );
		}
		$option = $report['option'];
		if ( ! is_int( $option ) || $option < 0 || $option >= (int) $question['options'] ) {
			return $wrong( 'option' );
		}
		if ( ! is_bool( $report['right'] ) || $report['right'] !== ( (int) $question['right'] === $option ) ) {
			return $wrong( 'right' );
		}
		if ( ! is_bool( $report['first'] ) ) {
			return $wrong( 'first' );
		}
		$rows = array( array( 'pick', $question['id'], $option, 0 ) );
		if ( $report['first'] ) {
			$rows[] = array( 'start', '', 0, 0 );
		}
		return array( $lang, $rows );
	}
	$score  = $report['score'];
	$warmup = $report['warmup'];
	if ( ! is_int( $report['total'] ) || $report['total'] !== $count ) {
		return $wrong( 'total' );
	}
	if ( ! is_int( $score ) || $score < 0 || $score > $count ) {
		return $wrong( 'score' );
	}
	if ( ! is_bool( $report['passed'] ) ) {
		return $wrong( 'passed' );
	}
	if ( null !== $warmup && ( ! is_int( $warmup ) || $warmup < 0 || $warmup > (int) $quiz['warmup'] ) ) {
		return $wrong( 'warmup' );
	}
	return array( $lang, array( array( 'finish', '', null === $warmup ? -1 : $warmup, $score ) ) );
}

/**
 * Runs a statement that changes the tables, again if it failed: a write can
 * lose a race for the database's lock (SQLite's busy, InnoDB's deadlock),
 * which rolls it back whole, so trying again never counts twice.
 *
 * @param string $query SQL, prepared.
 * @return int|false Rows affected, or false if it failed every time.
 */
function kpo_explainer_write( $query ) {
	global $wpdb;
	for ( $try = 0; $try < 20; $try++ ) {
		$result = $wpdb->query( $query ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- prepared by the caller.
		if ( false !== $result ) {
			return (int) $result;
		}
		usleep( wp_rand( 2000, 40000 ) );
	}
	return false;
}

/**
 * The sender's address as the rate limit counts it: IPv4 as it is, IPv6 by
 * its /64 (a subscriber's usual share), '' if there is none.
 *
 * @return string
 */
function kpo_explainer_address() {
	$packed = @inet_pton( (string) ( $_SERVER['REMOTE_ADDR'] ?? '' ) ); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
	if ( false === $packed ) {
		return '';
	}
	if ( 16 === strlen( $packed ) ) {
		$packed = 0 === strpos( $packed, str_repeat( "\0", 10 ) . "\xff\xff" )
			? substr( $packed, 12 )
			: substr( $packed, 0, 8 );
	}
	return $packed;
}

/**
 * Takes one of this address's reports for this hour, if any are left. The
 * address itself is never stored: only a code made from it with a secret
 * (from the blog's salts) that changes every hour, kept for that hour only,
 * so a code can't be followed from one hour to the next or turned back into
 * the address once its hour is over. The take is one atomic UPDATE that
 * only succeeds below the bound, so concurrent reports can't overrun it.
 *
 * @return bool|null True if counted, false if over the bound, null if the
 *                   database failed.
 */
function kpo_explainer_take() {
	$tables = kpo_explainer_tables();
	$hour   = (int) floor( time() / HOUR_IN_SECONDS );
	$bucket = substr( hash_hmac( 'sha256', kpo_explainer_address(), wp_salt( 'nonce' ) . '|kpo-explainer|' . $hour ), 0, 32 );
	global $wpdb;
	$new = kpo_explainer_write( $wpdb->prepare( "INSERT IGNORE INTO {$tables['limits']} (hour, bucket, n) VALUES (%d, %s, 0)", $hour, $bucket ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	if ( false === $new ) {
		return null;
	}
	if ( $new > 0 ) {
		// The first report from an address this hour: past hours' codes go.
		kpo_explainer_write( $wpdb->prepare( "DELETE FROM {$tables['limits']} WHERE hour < %d", $hour ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	$taken = kpo_explainer_write(
		$wpdb->prepare( "UPDATE {$tables['limits']} SET n = n + 1 WHERE hour = %d AND bucket = %s AND n < %d", $hour, $bucket, kpo_explainer_reports_per_hour() ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	);
	return false === $taken ? null : 1 === $taken;
}

/**
 * Adds one to each row: rows are made (at 0) where missing, then one UPDATE
 * adds to all of them at once. Each statement is atomic on MariaDB and on
 * SQLite, so concurrent reports never lose a count.
 *
 * @param int    $post_id The post.
 * @param string $lang    The language, a tag the quiz has.
 * @param array  $rows    (kind, question, a, b) each.
 * @return bool
 */
function kpo_explainer_add( $post_id, $lang, $rows ) {
	global $wpdb;
	$table  = kpo_explainer_tables()['counts'];
	$values = array();
	$which  = array();
	foreach ( $rows as list( $kind, $question, $a, $b ) ) {
		$values[] = $wpdb->prepare( '(%d, %s, %s, %s, %d, %d, 0)', $post_id, $lang, $kind, $question, $a, $b );
		$which[]  = $wpdb->prepare( '(kind = %s AND question = %s AND a = %d AND b = %d)', $kind, $question, $a, $b );
	}
	$made = kpo_explainer_write( "INSERT IGNORE INTO $table (post_id, lang, kind, question, a, b, n) VALUES " . implode( ', ', $values ) );
	if ( false === $made ) {
		return false;
	}
	$added = kpo_explainer_write(
		$wpdb->prepare( "UPDATE $table SET n = n + 1 WHERE post_id = %d AND lang = %s AND (", $post_id, $lang ) . implode( ' OR ', $which ) . ')' // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	);
	return count( $rows ) === $added;
}

/**
 * The endpoint: counts a report, or refuses it with a 4xx and counts
 * nothing. It answers 204 with no body, and says nothing about a post that
 * isn't public (a draft's report is refused as if the post didn't exist).
 *
 * @param WP_REST_Request $request The report.
 * @return WP_REST_Response|WP_Error
 */
function kpo_explainer_receive( $request ) {
	if ( ! kpo_explainer_reporting() ) {
		return new WP_Error( 'kpo_explainer_off', 'This blog does not count answers.', array( 'status' => 403 ) );
	}
	$body = $request->get_body();
	if ( strlen( $body ) > KPO_EXPLAINER_REPORT_BYTES ) {
		return new WP_Error( 'kpo_explainer_too_big', 'A report is at most 4 KB.', array( 'status' => 413 ) );
	}
	$post = get_post( (int) $request['post'] );
	if ( ! $post || 'publish' !== $post->post_status || ! is_post_type_viewable( $post->post_type ) || ! kpo_explainer_has_widget( $post ) ) {
		return new WP_Error( 'kpo_explainer_no_widget', 'No explainer here counts answers.', array( 'status' => 404 ) );
	}
	$fit = kpo_explainer_rows( json_decode( $body, true ) );
	if ( is_wp_error( $fit ) ) {
		return $fit;
	}
	$taken = kpo_explainer_take();
	if ( false === $taken ) {
		return new WP_Error( 'kpo_explainer_too_many', 'Too many reports from this address this hour.', array( 'status' => 429 ) );
	}
	if ( null === $taken || ! kpo_explainer_add( $post->ID, $fit[0], $fit[1] ) ) {
		return new WP_Error( 'kpo_explainer_not_counted', 'The report could not be counted.', array( 'status' => 503 ) );
	}
	return new WP_REST_Response( null, 204 );
}

/**
 * What the privacy policy guide suggests saying, and the results page's
 * help says too.
 *
 * @return string
 */
function kpo_explainer_privacy_text() {
	return sprintf(
		/* translators: %d: reports counted per address per hour. */
		__( 'Posts with the BPO vs KPO explainer count how their quiz is answered. When a reader checks an answer or finishes the quiz, their browser tells this site which question, which option, whether it was right, their warm-up and final scores, and the language. The site adds these to counts for the post (how often each option was chosen, how many readers started and finished, how many finished with each score); it stores no name, address, cookie or other identifier with them, and nothing that tells one reader from another. To limit fake reports, it counts at most %d reports from one network address in an hour: for that hour only, it keeps a one-way code of the address, made with a secret that changes every hour, and deletes it after the hour.', 'kpo-explainer' ),
		kpo_explainer_reports_per_hour()
	);
}

add_action(
	'init',
	function () {
		if ( (int) get_option( 'kpo_explainer_db' ) !== KPO_EXPLAINER_DB_VERSION ) {
			kpo_explainer_install();
		}
		register_setting(
			'kpo_explainer',
			'kpo_explainer_reporting',
			array(
				'type'              => 'string',
				'default'           => '1',
				'sanitize_callback' => function ( $value ) {
					return $value ? '1' : '0';
				},
			)
		);
	}
);

add_action(
	'rest_api_init',
	function () {
		register_rest_route(
			'kpo-explainer/v1',
			'/posts/(?P<post>\d+)/reports',
			array(
				'methods'             => 'POST',
				'callback'            => 'kpo_explainer_receive',
				// Readers aren't logged in, and the reports hold nothing to guard.
				'permission_callback' => '__return_true',
			)
		);
	}
);

add_action(
	'admin_init',
	function () {
		wp_add_privacy_policy_content( __( 'BPO vs KPO explainer', 'kpo-explainer' ), '<p>' . esc_html( kpo_explainer_privacy_text() ) . '</p>' );
	}
);
