<?php
/**
 * The results page: what readers of each post answered, for the users who
 * can edit that post (an author sees their own posts, an editor every one).
 * Per post and language: started, finished and the median score; the
 * warm-up against the final score; every question, hardest first, with how
 * often each option was chosen as bars; a CSV export; a reset.
 *
 * Everything printed is escaped, though the counts hold only what a report
 * could be checked against (the build's ids, numbers and language tags),
 * and the words come from the build's quiz.json.
 *
 * @package kpo-explainer
 */

defined( 'ABSPATH' ) || exit;

/**
 * The counts' rows: every post's starts and finishes, or all of one post's.
 *
 * @param int $post_id A post, or 0 for the overview.
 * @return array
 */
function kpo_explainer_count_rows( $post_id = 0 ) {
	global $wpdb;
	$table = kpo_explainer_tables()['counts'];
	$where = $post_id ? $wpdb->prepare( 'post_id = %d', $post_id ) : "kind <> 'pick'";
	$rows  = $wpdb->get_results( "SELECT post_id, lang, kind, question, a, b, n FROM $table WHERE $where", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	return is_array( $rows ) ? $rows : array();
}

/**
 * The rows summed up per post and language: started, finished, the final
 * scores ([score => n]), the (warm-up, score) pairs ([warm-up][score] => n,
 * -1 for a skipped warm-up) and the picks ([question][option] => n).
 *
 * @param array $rows From kpo_explainer_count_rows().
 * @return array "post|lang" => summary, only posts the user can edit.
 */
function kpo_explainer_summaries( $rows ) {
	$out = array();
	foreach ( $rows as $row ) {
		$post = (int) $row['post_id'];
		if ( ! current_user_can( 'edit_post', $post ) ) {
			continue;
		}
		$key = $post . '|' . $row['lang'];
		if ( ! isset( $out[ $key ] ) ) {
			$out[ $key ] = array(
				'post'     => $post,
				'lang'     => (string) $row['lang'],
				'started'  => 0,
				'finished' => 0,
				'scores'   => array(),
				'pairs'    => array(),
				'picks'    => array(),
			);
		}
		$s =& $out[ $key ];
		$n = (int) $row['n'];
		$a = (int) $row['a'];
		$b = (int) $row['b'];
		if ( 'start' === $row['kind'] ) {
			$s['started'] += $n;
		} elseif ( 'finish' === $row['kind'] ) {
			$s['finished']         += $n;
			$s['scores'][ $b ]      = ( $s['scores'][ $b ] ?? 0 ) + $n;
			$s['pairs'][ $a ][ $b ] = ( $s['pairs'][ $a ][ $b ] ?? 0 ) + $n;
		} elseif ( 'pick' === $row['kind'] ) {
			$s['picks'][ $row['question'] ][ $a ] = ( $s['picks'][ $row['question'] ][ $a ] ?? 0 ) + $n;
		}
		unset( $s );
	}
	return $out;
}

/**
 * The median of a distribution ([value => how many]), or null if empty.
 *
 * @param array $counts The distribution.
 * @return float|null
 */
function kpo_explainer_median( $counts ) {
	ksort( $counts );
	$total = array_sum( $counts );
	if ( $total < 1 ) {
		return null;
	}
	$middle = array( intdiv( $total - 1, 2 ), intdiv( $total, 2 ) );
	$found  = array();
	$seen   = 0;
	foreach ( $counts as $value => $n ) {
		foreach ( $middle as $i => $position ) {
			if ( ! isset( $found[ $i ] ) && $position < $seen + $n ) {
				$found[ $i ] = $value;
			}
		}
		$seen += $n;
	}
	return ( $found[0] + $found[1] ) / 2;
}

/**
 * A score out of the quiz's questions, "7 of 10" ("6.5 of 10" for a median
 * between two), or a dash for none.
 *
 * @param float|null $score The score.
 * @return string
 */
function kpo_explainer_score( $score ) {
	if ( null === $score ) {
		return '–';
	}
	$total = count( kpo_explainer_quiz()['questions'] );
	/* translators: 1: a score, 2: the number of questions. */
	return sprintf( __( '%1$s of %2$s', 'kpo-explainer' ), number_format_i18n( $score, floor( $score ) === (float) $score ? 0 : 1 ), number_format_i18n( $total ) );
}

/**
 * A language's name, as the build names it.
 *
 * @param string $lang A tag.
 * @return string
 */
function kpo_explainer_language_name( $lang ) {
	return (string) ( kpo_explainer_quiz()['languages'][ $lang ]['name'] ?? $lang );
}

/**
 * Each question with its counts in one language, the hardest first (the
 * smallest share answered right; those nobody answered yet last).
 *
 * @param array $summary One post's summary in one language.
 * @return array Each: id, prompt, options (text, n, right), answered, right.
 */
function kpo_explainer_questions( $summary ) {
	$quiz  = kpo_explainer_quiz();
	$words = $quiz['languages'][ $summary['lang'] ]['questions'] ?? array();
	$out   = array();
	foreach ( $quiz['questions'] as $i => $question ) {
		$picks   = $summary['picks'][ $question['id'] ] ?? array();
		$options = array();
		for ( $o = 0; $o < (int) $question['options']; $o++ ) {
			$options[] = array(
				'text'  => (string) ( $words[ $i ]['options'][ $o ] ?? '' ),
				'n'     => (int) ( $picks[ $o ] ?? 0 ),
				'right' => (int) $question['right'] === $o,
			);
		}
		$answered = array_sum( array_column( $options, 'n' ) );
		$out[]    = array(
			'id'       => (string) $question['id'],
			'order'    => $i,
			'prompt'   => (string) ( $words[ $i ]['prompt'] ?? $question['id'] ),
			'options'  => $options,
			'answered' => $answered,
			'right'    => (int) ( $picks[ $question['right'] ] ?? 0 ),
		);
	}
	usort(
		$out,
		function ( $x, $y ) {
			$share = function ( $q ) {
				return $q['answered'] ? $q['right'] / $q['answered'] : 2;
			};
			return array( $share( $x ), $x['order'] ) <=> array( $share( $y ), $y['order'] );
		}
	);
	return $out;
}

/**
 * A share as a whole percentage, "40 %".
 *
 * @param int $part  Of...
 * @param int $whole ...this.
 * @return string
 */
function kpo_explainer_percent( $part, $whole ) {
	/* translators: %s: a percentage. */
	return sprintf( __( '%s %%', 'kpo-explainer' ), number_format_i18n( $whole ? round( 100 * $part / $whole ) : 0 ) );
}

/**
 * The results page's address, with arguments.
 *
 * @param array $args Query arguments.
 * @return string
 */
function kpo_explainer_page_url( $args = array() ) {
	return add_query_arg( $args, admin_url( 'admin.php?page=kpo-explainer' ) );
}

/**
 * The results page.
 */
function kpo_explainer_results_page() {
	$post_id = (int) ( $_GET['post'] ?? 0 ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses what to show.
	echo '<div class="wrap kpo-results">';
	echo '<h1>' . esc_html__( 'What your readers got wrong', 'kpo-explainer' ) . '</h1>';
	settings_errors();
	if ( isset( $_GET['reset'] ) && 'done' === $_GET['reset'] ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
		echo '<div class="notice notice-success"><p>' . esc_html__( 'The counts were reset.', 'kpo-explainer' ) . '</p></div>';
	}
	if ( $post_id ) {
		if ( ! current_user_can( 'edit_post', $post_id ) ) {
			echo '<p>' . esc_html__( 'Only users who can edit a post can see its results.', 'kpo-explainer' ) . '</p></div>';
			return;
		}
		if ( isset( $_GET['reset'] ) && 'confirm' === $_GET['reset'] ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
			kpo_explainer_confirm_reset( $post_id );
		} else {
			kpo_explainer_post_results( $post_id );
		}
	} else {
		kpo_explainer_overview();
	}
	kpo_explainer_help();
	echo '</div>';
}

/**
 * Every post with counts the user can edit: per language, started,
 * finished and the median score, each linking to its questions.
 */
function kpo_explainer_overview() {
	$summaries = kpo_explainer_summaries( kpo_explainer_count_rows() );
	if ( ! $summaries ) {
		echo '<p>' . esc_html__( 'Nothing counted yet. Once readers answer the quiz in one of your posts, their answers are counted here.', 'kpo-explainer' ) . '</p>';
		return;
	}
	uasort(
		$summaries,
		function ( $x, $y ) {
			return array( -$x['started'], $x['post'], $x['lang'] ) <=> array( -$y['started'], $y['post'], $y['lang'] );
		}
	);
	$columns = array(
		__( 'Post', 'kpo-explainer' ),
		__( 'Language', 'kpo-explainer' ),
		__( 'Started', 'kpo-explainer' ),
		__( 'Finished', 'kpo-explainer' ),
		__( 'Median score', 'kpo-explainer' ),
	);
	echo '<table class="widefat striped kpo-overview"><caption class="screen-reader-text">' . esc_html__( 'Posts with counted answers', 'kpo-explainer' ) . '</caption><thead><tr>';
	foreach ( $columns as $column ) {
		echo '<th scope="col">' . esc_html( $column ) . '</th>';
	}
	echo '</tr></thead><tbody>';
	foreach ( $summaries as $s ) {
		$cells = array(
			number_format_i18n( $s['started'] ),
			number_format_i18n( $s['finished'] ),
			kpo_explainer_score( kpo_explainer_median( $s['scores'] ) ),
		);
		$link  = kpo_explainer_page_url(
			array(
				'post' => $s['post'],
				'lang' => $s['lang'],
			)
		);
		echo '<tr data-post="' . esc_attr( $s['post'] ) . '" data-lang="' . esc_attr( $s['lang'] ) . '">';
		echo '<th scope="row" data-label="' . esc_attr( $columns[0] ) . '"><a href="' . esc_url( $link ) . '">' . esc_html( get_the_title( $s['post'] ) ) . '</a></th>';
		echo '<td data-label="' . esc_attr( $columns[1] ) . '">' . esc_html( kpo_explainer_language_name( $s['lang'] ) ) . '</td>';
		foreach ( $cells as $i => $cell ) {
			echo '<td data-label="' . esc_attr( $columns[ $i + 2 ] ) . '">' . esc_html( $cell ) . '</td>';
		}
		echo '</tr>';
	}
	echo '</tbody></table>';
}

/**
 * One post's results in one language (`lang`, or the one with the most
 * starts), with links to its other languages, the CSV and the reset.
 *
 * @param int $post_id The post.
 */
function kpo_explainer_post_results( $post_id ) {
	$summaries = kpo_explainer_summaries( kpo_explainer_count_rows( $post_id ) );
	$back      = '<p><a href="' . esc_url( kpo_explainer_page_url() ) . '">' . esc_html__( '← All posts', 'kpo-explainer' ) . '</a></p>';
	if ( ! $summaries ) {
		echo $back . '<p>' . esc_html__( 'Nothing counted for this post.', 'kpo-explainer' ) . '</p>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
		return;
	}
	$asked = sanitize_key( wp_unslash( $_GET['lang'] ?? '' ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	uasort(
		$summaries,
		function ( $x, $y ) {
			return $y['started'] <=> $x['started'];
		}
	);
	$s = $summaries[ $post_id . '|' . $asked ] ?? reset( $summaries );
	echo $back; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	echo '<h2>' . esc_html(
		sprintf(
			/* translators: 1: a post's title, 2: a language. */
			__( '“%1$s”, in %2$s', 'kpo-explainer' ),
			get_the_title( $post_id ),
			kpo_explainer_language_name( $s['lang'] )
		)
	) . '</h2>';
	if ( count( $summaries ) > 1 ) {
		echo '<nav class="kpo-languages" aria-label="' . esc_attr__( 'Languages', 'kpo-explainer' ) . '"><ul>';
		foreach ( $summaries as $other ) {
			$name = kpo_explainer_language_name( $other['lang'] );
			if ( $other['lang'] === $s['lang'] ) {
				echo '<li><a aria-current="page">' . esc_html( $name ) . '</a></li>';
			} else {
				$url = kpo_explainer_page_url(
					array(
						'post' => $post_id,
						'lang' => $other['lang'],
					)
				);
				echo '<li><a href="' . esc_url( $url ) . '">' . esc_html( $name ) . '</a></li>';
			}
		}
		echo '</ul></nav>';
	}
	echo '<dl class="kpo-summary">';
	foreach ( array(
		'started'  => array( __( 'Started', 'kpo-explainer' ), number_format_i18n( $s['started'] ) ),
		'finished' => array( __( 'Finished', 'kpo-explainer' ), number_format_i18n( $s['finished'] ) ),
		'median'   => array( __( 'Median score', 'kpo-explainer' ), kpo_explainer_score( kpo_explainer_median( $s['scores'] ) ) ),
	) as $key => list( $term, $value ) ) {
		echo '<div data-count="' . esc_attr( $key ) . '"><dt>' . esc_html( $term ) . '</dt><dd>' . esc_html( $value ) . '</dd></div>';
	}
	echo '</dl>';
	kpo_explainer_warmup_table( $s );
	kpo_explainer_question_charts( $s );
	$csv = wp_nonce_url( admin_url( 'admin-post.php?action=kpo_explainer_csv&post=' . $post_id ), 'kpo_explainer_csv_' . $post_id );
	echo '<p class="kpo-actions"><a class="button" href="' . esc_url( $csv ) . '">' . esc_html__( 'Export as CSV', 'kpo-explainer' ) . '</a> ';
	echo '<a class="button kpo-reset" href="' . esc_url(
		kpo_explainer_page_url(
			array(
				'post'  => $post_id,
				'reset' => 'confirm',
			)
		)
	) . '">' . esc_html__( 'Reset the counts…', 'kpo-explainer' ) . '</a></p>';
}

/**
 * The warm-up (three tasks placed before reading) against the quiz's final
 * score: for each warm-up result, how many finished and their median.
 *
 * @param array $s One post's summary in one language.
 */
function kpo_explainer_warmup_table( $s ) {
	echo '<h2>' . esc_html__( 'Warm-up and final score', 'kpo-explainer' ) . '</h2>';
	if ( ! $s['pairs'] ) {
		echo '<p>' . esc_html__( 'Nobody has finished the quiz yet.', 'kpo-explainer' ) . '</p>';
		return;
	}
	echo '<table class="widefat kpo-warmup"><thead><tr><th scope="col">' . esc_html__( 'Warm-up', 'kpo-explainer' ) . '</th><th scope="col">'
		. esc_html__( 'Finished', 'kpo-explainer' ) . '</th><th scope="col">' . esc_html__( 'Median final score', 'kpo-explainer' ) . '</th></tr></thead><tbody>';
	$pairs = $s['pairs'];
	ksort( $pairs );
	$warmup = (int) kpo_explainer_quiz()['warmup'];
	foreach ( $pairs as $before => $scores ) {
		$label = -1 === $before
			? __( 'Skipped', 'kpo-explainer' )
			/* translators: 1: right guesses, 2: the warm-up's tasks. */
			: sprintf( __( '%1$s of %2$s right', 'kpo-explainer' ), number_format_i18n( $before ), number_format_i18n( $warmup ) );
		echo '<tr data-warmup="' . esc_attr( $before ) . '"><th scope="row">' . esc_html( $label ) . '</th><td>' . esc_html( number_format_i18n( array_sum( $scores ) ) )
			. '</td><td>' . esc_html( kpo_explainer_score( kpo_explainer_median( $scores ) ) ) . '</td></tr>';
	}
	echo '</tbody></table>';
}

/**
 * Every question, hardest first, with its share answered right and a bar
 * per option. Each option's words, count and share are text (they wrap on
 * a phone, and a screen reader reads them as a list); its bar is inline
 * SVG beside them, hidden from screen readers, which have the numbers.
 *
 * @param array $s One post's summary in one language.
 */
function kpo_explainer_question_charts( $s ) {
	echo '<h2>' . esc_html__( 'Questions, hardest first', 'kpo-explainer' ) . '</h2>';
	echo '<ol class="kpo-questions">';
	foreach ( kpo_explainer_questions( $s ) as $q ) {
		echo '<li class="kpo-question" data-question="' . esc_attr( $q['id'] ) . '"><h3>' . esc_html( $q['prompt'] ) . '</h3><p class="kpo-share">';
		if ( $q['answered'] ) {
			echo esc_html(
				sprintf(
					/* translators: 1: a percentage, 2: right answers, 3: answers. */
					__( '%1$s answered right (%2$s of %3$s)', 'kpo-explainer' ),
					kpo_explainer_percent( $q['right'], $q['answered'] ),
					number_format_i18n( $q['right'] ),
					number_format_i18n( $q['answered'] )
				)
			);
		} else {
			echo esc_html__( 'Not answered yet.', 'kpo-explainer' );
		}
		echo '</p><ul class="kpo-options">';
		foreach ( $q['options'] as $o => $option ) {
			$width = $q['answered'] ? round( 100 * $option['n'] / $q['answered'], 1 ) : 0;
			$count = sprintf(
				/* translators: 1: how many chose it, 2: their share. */
				_n( 'chosen %1$s time (%2$s)', 'chosen %1$s times (%2$s)', $option['n'], 'kpo-explainer' ),
				number_format_i18n( $option['n'] ),
				kpo_explainer_percent( $option['n'], $q['answered'] )
			);
			echo '<li class="kpo-option' . ( $option['right'] ? ' kpo-right' : '' ) . '" data-option="' . esc_attr( $o ) . '" data-count="' . esc_attr( $option['n'] ) . '">'
				. '<span class="kpo-option-text">' . esc_html( $option['text'] ) . '</span> '
				. '<span class="kpo-option-count">' . esc_html( $count ) . '</span>'
				. ( $option['right'] ? ' <strong class="kpo-right-answer">' . esc_html__( 'the right answer', 'kpo-explainer' ) . '</strong>' : '' )
				. '<svg class="kpo-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
				. '<rect class="kpo-bar-track" x="0" y="0" width="100" height="8"/>'
				. '<rect class="kpo-bar-fill" x="0" y="0" width="' . esc_attr( $width ) . '" height="8"/></svg></li>';
		}
		echo '</ul></li>';
	}
	echo '</ol>';
}

/**
 * The reset's confirmation: a form that posts it, and a way back.
 *
 * @param int $post_id The post.
 */
function kpo_explainer_confirm_reset( $post_id ) {
	echo '<form class="kpo-confirm" method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
	echo '<h2>' . esc_html(
		sprintf(
			/* translators: %s: a post's title. */
			__( 'Reset the counts for “%s”?', 'kpo-explainer' ),
			get_the_title( $post_id )
		)
	) . '</h2>';
	echo '<p>' . esc_html__( 'Every count for this post, in every language, goes to zero. This cannot be undone; export the CSV first to keep them.', 'kpo-explainer' ) . '</p>';
	echo '<input type="hidden" name="action" value="kpo_explainer_reset"><input type="hidden" name="post" value="' . esc_attr( $post_id ) . '">';
	wp_nonce_field( 'kpo_explainer_reset_' . $post_id );
	echo '<p><button type="submit" class="button button-primary">' . esc_html__( 'Yes, reset the counts', 'kpo-explainer' ) . '</button> ';
	echo '<a class="button" href="' . esc_url( kpo_explainer_page_url( array( 'post' => $post_id ) ) ) . '">' . esc_html__( 'Cancel', 'kpo-explainer' ) . '</a></p></form>';
}

/**
 * What is counted and the bound, for everyone; the switch, for those who
 * manage the blog's options.
 */
function kpo_explainer_help() {
	echo '<h2>' . esc_html__( 'What is counted', 'kpo-explainer' ) . '</h2>';
	echo '<p class="kpo-help">' . esc_html( kpo_explainer_privacy_text() ) . '</p>';
	echo '<p class="kpo-help">' . esc_html__( 'An attempt is started by its first answer. The warm-up is the three tasks readers can place before reading; a reader who skipped it counts as "Skipped".', 'kpo-explainer' ) . '</p>';
	if ( ! current_user_can( 'manage_options' ) ) {
		if ( ! kpo_explainer_reporting() ) {
			echo '<p>' . esc_html__( 'Counting is turned off on this blog.', 'kpo-explainer' ) . '</p>';
		}
		return;
	}
	echo '<form method="post" action="' . esc_url( admin_url( 'options.php' ) ) . '" class="kpo-settings">';
	settings_fields( 'kpo_explainer' );
	echo '<p><label><input type="checkbox" name="kpo_explainer_reporting" value="1"' . checked( kpo_explainer_reporting(), true, false ) . '> '
		. esc_html__( 'Count readers’ answers (turned off, the widget reports nothing and the counts so far stay)', 'kpo-explainer' ) . '</label></p>';
	submit_button( __( 'Save', 'kpo-explainer' ), 'secondary', 'submit', false );
	echo '</form>';
}

/**
 * The CSV: one row per count, in long form for a spreadsheet to pivot.
 * Cells that a spreadsheet would take for a formula are quoted with '.
 */
function kpo_explainer_csv() {
	$post_id = (int) ( $_GET['post'] ?? 0 );
	check_admin_referer( 'kpo_explainer_csv_' . $post_id );
	if ( ! current_user_can( 'edit_post', $post_id ) ) {
		wp_die( esc_html__( 'Only users who can edit a post can see its results.', 'kpo-explainer' ), 403 );
	}
	$summaries = kpo_explainer_summaries( kpo_explainer_count_rows( $post_id ) );
	ksort( $summaries );
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="kpo-explainer-results-' . $post_id . '.csv"' );
	$out  = fopen( 'php://output', 'w' );
	$line = function ( $cells ) use ( $out ) {
		foreach ( $cells as &$cell ) {
			$cell = (string) $cell;
			if ( '' !== $cell && false !== strpos( '=+-@', $cell[0] ) && ! is_numeric( $cell ) ) {
				$cell = "'" . $cell;
			}
		}
		fputcsv( $out, $cells );
	};
	$line( array( 'post', 'language', 'count', 'question', 'prompt', 'option', 'option_text', 'right_answer', 'warmup', 'score', 'n' ) );
	foreach ( $summaries as $s ) {
		$start = array( $post_id, $s['lang'] );
		$line( array_merge( $start, array( 'started', '', '', '', '', '', '', '', $s['started'] ) ) );
		ksort( $s['pairs'] );
		foreach ( $s['pairs'] as $warmup => $scores ) {
			ksort( $scores );
			foreach ( $scores as $score => $n ) {
				$line( array_merge( $start, array( 'finished', '', '', '', '', '', -1 === $warmup ? 'skipped' : $warmup, $score, $n ) ) );
			}
		}
		$questions = kpo_explainer_questions( $s );
		foreach ( $questions as $q ) {
			foreach ( $q['options'] as $o => $option ) {
				$line( array_merge( $start, array( 'chosen', $q['id'], $q['prompt'], $o, $option['text'], $option['right'] ? 'yes' : 'no', '', '', $option['n'] ) ) );
			}
		}
	}
	fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
	exit;
}

/**
 * The reset, once confirmed: the post's counts are deleted.
 */
function kpo_explainer_reset() {
	$post_id = (int) ( $_POST['post'] ?? 0 );
	check_admin_referer( 'kpo_explainer_reset_' . $post_id );
	if ( ! current_user_can( 'edit_post', $post_id ) ) {
		wp_die( esc_html__( 'Only users who can edit a post can reset its results.', 'kpo-explainer' ), 403 );
	}
	global $wpdb;
	$wpdb->delete( kpo_explainer_tables()['counts'], array( 'post_id' => $post_id ), array( '%d' ) );
	wp_safe_redirect( kpo_explainer_page_url( array( 'reset' => 'done' ) ) );
	exit;
}

add_action(
	'admin_menu',
	function () {
		add_menu_page(
			__( 'BPO vs KPO explainer: results', 'kpo-explainer' ),
			__( 'KPO explainer', 'kpo-explainer' ),
			'edit_posts',
			'kpo-explainer',
			'kpo_explainer_results_page',
			'dashicons-welcome-learn-more'
		);
		add_submenu_page( 'kpo-explainer', __( 'BPO vs KPO explainer: results', 'kpo-explainer' ), __( 'Results', 'kpo-explainer' ), 'edit_posts', 'kpo-explainer', 'kpo_explainer_results_page' );
	}
);
add_action(
	'admin_enqueue_scripts',
	function ( $hook ) {
		if ( 'toplevel_page_kpo-explainer' === $hook ) {
			wp_enqueue_style( 'kpo-explainer-results', plugins_url( 'results.css', __FILE__ ), array(), KPO_EXPLAINER_VERSION );
		}
	}
);
add_action( 'admin_post_kpo_explainer_csv', 'kpo_explainer_csv' );
add_action( 'admin_post_kpo_explainer_reset', 'kpo_explainer_reset' );
