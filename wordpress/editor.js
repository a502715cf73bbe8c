// The "BPO vs KPO explainer" block in the editor: its options in the
// sidebar, and a live preview of the widget in a frame that sizes itself.
// Plain script, no build step: it uses the editor's own React through wp.*.
(function (wp) {
  "use strict";
  var el = wp.element.createElement;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var widget = window.kpoExplainerWidget;
  // [{ tag, name }], from the widget's languages.json.
  var languages = window.kpoExplainerLanguages || [];
  // Every step's id, in order, from the widget's steps.json.
  var STEPS = window.kpoExplainerSteps || [];

  // Kept equal to the widget's own list by a test (src/embed/options.rs).
  var OPTIONS = ["theme", "start", "quiz-shuffle", "lang"];

  function choices(first, values) {
    return [{ label: first, value: "" }].concat(values.map(function (v) {
      return { label: v, value: v };
    }));
  }

  function Preview(props) {
    var frame = useRef(null);
    var height = useState(600);
    useEffect(function () {
      // The window the preview frame sits in: the top window in the old
      // editor, the editor canvas's own frame in the new (iframed) one, and
      // in its Tablet and Mobile previews. The frame's size message goes to
      // its parent, so listen there.
      var win = frame.current && frame.current.ownerDocument.defaultView;
      if (!win) return undefined;
      function onMessage(e) {
        var d = e.data;
        if (!frame.current || e.source !== frame.current.contentWindow) return;
        if (d && d.source === "kpo-explainer" && d.type === "size" && typeof d.height === "number" && d.height > 0) {
          height[1](Math.min(Math.ceil(d.height), 20000));
        }
      }
      win.addEventListener("message", onMessage);
      // A frame that reported before this listener was there is asked again.
      try { frame.current.contentWindow.postMessage({ source: "kpo-explainer-host", type: "measure" }, "*"); } catch (e) { /* not loaded */ }
      return function () { win.removeEventListener("message", onMessage); };
    }, []);
    // preview=1: the preview keeps no progress, so it always opens where
    // the options say, and leaves the post's widget alone.
    var query = ["embed=1", "preview=1"];
    OPTIONS.forEach(function (name) {
      // Cut as embed.js cuts a frame's options: every valid value is far
      // shorter, and a pasted paragraph must not make an address too long to
      // load (a 100,000-character value made a 193,693-character one).
      var value = String(props.options[name] || "").slice(0, 64);
      if (value) query.push(name + "=" + encodeURIComponent(value));
    });
    return el("iframe", {
      ref: frame,
      src: widget + "index.html?" + query.join("&"),
      title: "BPO vs KPO explainer (preview)",
      style: { display: "block", width: "100%", height: height[0] + "px", border: 0 }
    });
  }

  wp.blocks.registerBlockType("kpo-explainer/explainer", {
    edit: function (props) {
      var a = props.attributes;
      function set(key) {
        return function (value) {
          var change = {};
          change[key] = value;
          props.setAttributes(change);
        };
      }
      return el("div", blockEditor.useBlockProps(),
        el(blockEditor.InspectorControls, null,
          el(components.PanelBody, { title: "Explainer" },
            el(components.SelectControl, {
              label: "Colors", value: a.theme, onChange: set("theme"),
              options: choices("Follow the page", ["light", "dark"])
            }),
            el(components.SelectControl, {
              label: "Opens on", value: a.start, onChange: set("start"),
              options: choices("The first step", STEPS)
            }),
            el(components.SelectControl, {
              label: "Language", value: a.lang, onChange: set("lang"),
              options: [{ label: "The page's language", value: "" }].concat(languages.map(function (l) {
                return { label: l.name + " (" + l.tag + ")", value: l.tag };
              })),
              help: "The page's language is the site's, unless a theme or plugin changes it. Readers can switch."
            }),
            el(components.SelectControl, {
              label: "Retry reshuffles the quiz", value: a.quizShuffle, onChange: set("quizShuffle"),
              options: choices("As the content says", ["true", "false"])
            }),
            el(components.TextControl, {
              label: "Name", value: a.name, onChange: set("name"),
              help: "Two explainers on one page keep their readers' progress apart by name."
            })
          )
        ),
        el(Preview, { options: { theme: a.theme, start: a.start, "quiz-shuffle": a.quizShuffle, lang: a.lang } })
      );
    },
    save: function () { return null; }
  });
})(window.wp);
