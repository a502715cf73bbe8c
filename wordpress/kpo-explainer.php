<?php
/**
 * Plugin Name:       BPO vs KPO explainer
 * Description:       An interactive guide to BPO and KPO, with a quiz. Add it to a post with the [kpo_explainer] shortcode or the "BPO vs KPO explainer" block; any author can.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       kpo-explainer
 *
 * The widget itself is in widget/, served from this blog's own address, so it
 * needs no other host and no CORS set-up. Its files load only on pages that
 * show it. The plugin stores nothing: a reader's progress stays in the
 * reader's browser, so uninstalling leaves nothing behind.
 */

defined( 'ABSPATH' ) || exit;

const KPO_EXPLAINER_VERSION = '0.1.0';

/**
 * The widget's options: shortcode attribute => data attribute. The block's
 * attributes are the same, camel-cased (quiz_shuffle => quizShuffle).
 */
const KPO_EXPLAINER_OPTIONS = array(
	'theme'        => 'data-theme',
	'start'        => 'data-start',
	'quiz_shuffle' => 'data-quiz-shuffle',
	'lang'         => 'data-lang',
);

/**
 * The element the widget mounts into, each option a data attribute. Values
 * pass through as given: the widget checks them as it checks hand-written
 * data attributes, keeping its default for a bad one and saying so on the
 * console. Every value is escaped; only the widget's script is enqueued, and
 * only here, so other pages load nothing of it.
 *
 * Without `lang` the widget speaks the page's language (WordPress sets it
 * from the site's) when it has it, and its default language otherwise.
 *
 * @param array|string $atts Shortcode attributes: theme, start, quiz_shuffle, lang, name.
 * @return string
 */
function kpo_explainer_render( $atts ) {
	$defaults = array_fill_keys( array_keys( KPO_EXPLAINER_OPTIONS ), '' ) + array( 'name' => '' );
	$atts     = shortcode_atts( $defaults, $atts, 'kpo_explainer' );
	wp_enqueue_script( 'kpo-explainer' );
	// A screen's height kept from the start, so nothing on the page jumps
	// when the widget (taller than that) arrives.
	$html = '<div data-kpo-explainer="' . esc_attr( $atts['name'] ) . '" style="min-height:100vh"';
	foreach ( KPO_EXPLAINER_OPTIONS as $key => $attribute ) {
		$value = trim( (string) $atts[ $key ] );
		if ( '' !== $value ) {
			$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '></div>';
}

/**
 * The block, rendered on the server by the same function as the shortcode.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function kpo_explainer_render_block( $attributes ) {
	$atts = array( 'name' => $attributes['name'] ?? '' );
	foreach ( array_keys( KPO_EXPLAINER_OPTIONS ) as $key ) {
		$camel        = lcfirst( str_replace( '_', '', ucwords( $key, '_' ) ) );
		$atts[ $key ] = $attributes[ $camel ] ?? '';
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . kpo_explainer_render( $atts ) . '</div>';
}

add_action(
	'init',
	function () {
		$widget = plugins_url( 'widget/', __FILE__ );
		wp_register_script( 'kpo-explainer', $widget . 'embed.js', array(), KPO_EXPLAINER_VERSION, true );
		wp_register_script(
			'kpo-explainer-editor',
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
			KPO_EXPLAINER_VERSION,
			true
		);
		// The editor previews the widget itself, in a frame, from here, and
		// offers the languages the widget has (its build lists them).
		$languages = json_decode( (string) @file_get_contents( __DIR__ . '/widget/languages.json' ), true );
		wp_add_inline_script(
			'kpo-explainer-editor',
			'window.kpoExplainerWidget = ' . wp_json_encode( $widget ) . ';' .
			'window.kpoExplainerLanguages = ' . wp_json_encode( is_array( $languages ) ? $languages : array() ) . ';',
			'before'
		);
		register_block_type( __DIR__ . '/block.json', array( 'render_callback' => 'kpo_explainer_render_block' ) );
		add_shortcode( 'kpo_explainer', 'kpo_explainer_render' );
	}
);
