<?php
/**
 * Plugin Name:       BPO vs KPO explainer
 * Description:       An interactive guide to BPO and KPO, with a quiz. Add it to a post with the [kpo_explainer] shortcode or the "BPO vs KPO explainer" block; any author can.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       kpo-explainer
 *
 * The widget itself is in widget/, served from this blog's own address, so it
 * needs no other host and no CORS set-up. Its files load only on pages that
 * show it. A reader's progress stays in the reader's browser; the blog keeps
 * only counts of the quiz's answers (results.php; shown to the blogger by
 * admin.php), which uninstalling drops with the plugin's options.
 */

defined( 'ABSPATH' ) || exit;

const KPO_EXPLAINER_VERSION = '0.2.0';

require_once __DIR__ . '/results.php';
if ( is_admin() ) {
	require_once __DIR__ . '/admin.php';
}
register_activation_hook( __FILE__, 'kpo_explainer_install' );

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
 * Inside, the step the widget opens on is already there, pre-rendered with
 * its styles in a declarative shadow root: the reader sees it at once (and
 * without JavaScript, with a link to the full explainer), the page keeps
 * exactly its height, so nothing moves when the widget takes over, and no
 * space is held empty for it.
 *
 * Without `lang` the widget speaks the page's language (WordPress sets it
 * from the site's) when it has it, and its default language otherwise.
 *
 * On a published post, and unless counting is off, the element names where
 * the widget reports answers (data-report, this post's REST address):
 * embed.js sends them there once the reader has answered.
 *
 * @param array|string $atts Shortcode attributes: theme, start, quiz_shuffle, lang, name.
 * @return string
 */
function kpo_explainer_render( $atts ) {
	$defaults = array_fill_keys( array_keys( KPO_EXPLAINER_OPTIONS ), '' ) + array( 'name' => '' );
	$atts     = shortcode_atts( $defaults, $atts, 'kpo_explainer' );
	wp_enqueue_script( 'kpo-explainer' );
	$html   = '<div data-kpo-explainer="' . esc_attr( $atts['name'] ) . '"';
	$report = kpo_explainer_report_url();
	if ( '' !== $report ) {
		$html .= ' data-report="' . esc_url( $report ) . '"';
	}
	foreach ( KPO_EXPLAINER_OPTIONS as $key => $attribute ) {
		$value = trim( (string) $atts[ $key ] );
		if ( '' !== $value ) {
			$html .= ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html . '>' . kpo_explainer_first_screen( $atts ) . '</div>';
}

/**
 * The widget's build: its languages (tag, name, aliases; the default first).
 *
 * @return array
 */
function kpo_explainer_languages() {
	static $languages = null;
	if ( null === $languages ) {
		$languages = json_decode( (string) @file_get_contents( __DIR__ . '/widget/languages.json' ), true );
		$languages = is_array( $languages ) ? $languages : array();
	}
	return $languages;
}

/**
 * Every step's id, in order, from the build's steps.json.
 *
 * @return array
 */
function kpo_explainer_steps() {
	$steps = json_decode( (string) @file_get_contents( __DIR__ . '/widget/steps.json' ), true );
	return is_array( $steps ) ? $steps : array();
}

/**
 * The build's tag for a language tag ("fil-PH" and "tl" are "fil"), or ''.
 *
 * @param string $asked A language tag.
 * @return string
 */
function kpo_explainer_language( $asked ) {
	$asked = strtolower( str_replace( '_', '-', trim( (string) $asked ) ) );
	while ( '' !== $asked ) {
		foreach ( kpo_explainer_languages() as $language ) {
			$names = array_merge( array( $language['tag'] ?? '' ), $language['aliases'] ?? array() );
			if ( in_array( $asked, $names, true ) ) {
				return (string) $language['tag'];
			}
		}
		$cut   = strrpos( $asked, '-' );
		$asked = false === $cut ? '' : substr( $asked, 0, $cut );
	}
	return '';
}

/**
 * The first step the widget will show, pre-rendered by the build in the
 * language and at the step the widget will choose, with the widget's
 * styles, as a declarative shadow root ('' if the build has none).
 *
 * @param array $atts The widget's options.
 * @return string
 */
function kpo_explainer_first_screen( $atts ) {
	$languages = kpo_explainer_languages();
	$lang      = kpo_explainer_language( $atts['lang'] );
	if ( '' === $lang ) {
		$lang = kpo_explainer_language( get_bloginfo( 'language' ) );
	}
	if ( '' === $lang ) {
		$lang = (string) ( $languages[0]['tag'] ?? 'en' );
	}
	$start = strtolower( trim( (string) $atts['start'] ) );
	$dir   = __DIR__ . '/widget/';
	if ( ! preg_match( '/^[a-z]+$/', $start ) || ! is_file( $dir . 'fragment.' . $lang . '.' . $start . '.html' ) ) {
		$start = 'intro';
	}
	$fragment = @file_get_contents( $dir . 'fragment.' . $lang . '.' . $start . '.html' );
	$styles   = @file_get_contents( $dir . 'main.css' );
	if ( false === $fragment || false === $styles ) {
		return '';
	}
	$fragment = str_replace( '{{WIDGET}}', esc_url( plugins_url( 'widget/', __FILE__ ) ), $fragment );
	if ( 'dark' === strtolower( trim( (string) $atts['theme'] ) ) ) {
		$fragment = preg_replace( '/data-theme="light"/', 'data-theme="dark"', $fragment, 1 );
	}
	// The build's own files, not the author's input: printed as they are.
	return '<template shadowrootmode="open"><style>' . $styles . '</style>' . $fragment . '</template>';
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

/**
 * A link to the widget pasted inside a paragraph comes out of WordPress as a
 * frame inline in the paragraph's place, so it ignores the theme's column
 * and sits at the content's left edge. As a block it lines up with the text
 * like the Embed block's. Only on pages with such a link (the widget's
 * frames are those at an address ending `?embed=1`).
 *
 * @param string $html The embed's HTML, from WordPress's oEmbed cache.
 * @return string
 */
function kpo_explainer_pasted_link( $html ) {
	if ( false !== strpos( (string) $html, 'wp-embedded-content' ) && preg_match( '/<iframe[^>]+src="[^"]*\?embed=1[#"]/', (string) $html ) ) {
		wp_register_style( 'kpo-explainer-pasted', false, array(), KPO_EXPLAINER_VERSION );
		wp_add_inline_style( 'kpo-explainer-pasted', 'iframe.wp-embedded-content[src*="?embed=1"]{display:block}' );
		wp_enqueue_style( 'kpo-explainer-pasted' );
		// A reader who pressed Next far down a step is brought back to the
		// new step's heading: the frame scrolls the page itself where it
		// may, but WebKit lets no cross-origin frame scroll its page, and
		// wp-embed has no message for it. The widget says when its step
		// changes; this brings that frame's top into view, nothing else.
		wp_register_script( 'kpo-explainer-pasted', false, array(), KPO_EXPLAINER_VERSION, true );
		wp_add_inline_script(
			'kpo-explainer-pasted',
			'addEventListener("message",function(e){var d=e.data;if(!d||d.source!=="kpo-explainer"||d.type!=="step")return;'
			. 'document.querySelectorAll(\'iframe.wp-embedded-content[src*="?embed=1"]\').forEach(function(f){'
			. 'if(f.contentWindow===e.source&&f.getBoundingClientRect().top<0)f.scrollIntoView({block:"start"});});});'
		);
		wp_enqueue_script( 'kpo-explainer-pasted' );
	}
	return $html;
}
add_filter( 'embed_oembed_html', 'kpo_explainer_pasted_link' );

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
		// offers the languages and steps the widget has (its build lists them).
		wp_add_inline_script(
			'kpo-explainer-editor',
			'window.kpoExplainerWidget = ' . wp_json_encode( $widget ) . ';' .
			'window.kpoExplainerLanguages = ' . wp_json_encode( kpo_explainer_languages() ) . ';' .
			'window.kpoExplainerSteps = ' . wp_json_encode( kpo_explainer_steps() ) . ';',
			'before'
		);
		register_block_type( __DIR__ . '/block.json', array( 'render_callback' => 'kpo_explainer_render_block' ) );
		add_shortcode( 'kpo_explainer', 'kpo_explainer_render' );
	}
);
