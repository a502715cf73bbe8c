// kpo-explainer embed loader. Paste on any page:
//   <div data-kpo-explainer></div>
//   <script src="https://…/embed.js" defer></script>
// and/or an <iframe src="https://…/index.html?embed=1" data-kpo-explainer-frame>.
// It finds the rest of the widget relative to its own URL.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL("./", script.src).href;
  var MIN = 80, MAX = 20000, LIMIT = 100000;
  var STEPS = ["intro", "definitions", "comparison", "fields", "sort", "why", "quiz", "results"];
  var OPTIONS = ["theme", "start", "quiz-shuffle"];

  function whole(n, lo, hi) {
    return typeof n === "number" && n === Math.floor(n) && n >= lo && n <= hi;
  }

  // ---- iframes: size, step and completion messages from each frame --------
  var frames = [];
  function setUpFrame(frame) {
    if (frame.__kpoExplainer) return;
    frame.__kpoExplainer = true;
    var url;
    try { url = new URL(frame.getAttribute("src") || "", location.href); } catch (e) { return; }
    // Options given as data attributes travel to the frame as query parameters.
    var changed = false;
    OPTIONS.forEach(function (name) {
      var value = frame.getAttribute("data-" + name);
      if (value !== null && !url.searchParams.has(name)) {
        url.searchParams.set(name, value);
        changed = true;
      }
    });
    if (changed) frame.src = url.href;
    frames.push({ el: frame, origin: url.origin, steps: 0 });
  }

  function onMessage(event) {
    var entry = null;
    for (var i = 0; i < frames.length; i++) {
      // Only that frame's window, from that frame's origin.
      if (frames[i].el.contentWindow === event.source && event.origin === frames[i].origin) entry = frames[i];
    }
    var data = event.data;
    if (!entry || !data || typeof data !== "object" || data.source !== "kpo-explainer") return;
    var frame = entry.el;
    if (data.type === "size") {
      var h = data.height;
      if (typeof h !== "number" || !isFinite(h) || h <= 0 || h > LIMIT) return;
      frame.style.height = Math.ceil(Math.min(Math.max(h, MIN), MAX)) + "px";
    } else if (data.type === "step") {
      if (STEPS.indexOf(data.step) < 0 || !whole(data.index, 0, STEPS.length - 1) || data.total !== STEPS.length) return;
      frame.dispatchEvent(new CustomEvent("kpo-explainer:step", {
        bubbles: true, detail: { step: data.step, index: data.index, total: data.total }
      }));
      // After a step change, a reader scrolled down a long step is left in
      // the middle of the next one: bring the frame's top into view.
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: "start" });
    } else if (data.type === "complete") {
      if (!whole(data.total, 1, 1000) || !whole(data.score, 0, data.total) || typeof data.passed !== "boolean") return;
      frame.dispatchEvent(new CustomEvent("kpo-explainer:complete", {
        bubbles: true, detail: { score: data.score, total: data.total, passed: data.passed }
      }));
    }
  }

  // ---- script tags: an independent widget in a shadow root per element ----
  var wasm = null;
  function load() {
    if (!wasm) {
      wasm = import(base + "kpo-explainer.js").then(function (m) {
        return m.default({ module_or_path: base + "kpo-explainer_bg.wasm" }).then(function () { return m; });
      });
    }
    return wasm;
  }

  var count = 0;
  function mount(host) {
    if (host.__kpoExplainer) return;
    host.__kpoExplainer = true;
    var index = count++;
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = base + "main.css";
    var node = document.createElement("div");
    // Hidden until its styles arrive, so the host never sees it unstyled.
    node.hidden = true;
    link.onload = link.onerror = function () { node.hidden = false; };
    root.appendChild(link);
    root.appendChild(node);
    load().then(function (m) {
      m.mount_embedded(host, node, base, index);
    }).catch(function (error) {
      node.hidden = false;
      node.textContent = "This explainer could not load. Reload the page to try again.";
      console.error("kpo-explainer: the widget could not start:", error);
    });
  }

  function scan() {
    var f = document.querySelectorAll("iframe[data-kpo-explainer-frame]");
    for (var i = 0; i < f.length; i++) setUpFrame(f[i]);
    var h = document.querySelectorAll("[data-kpo-explainer]");
    for (var j = 0; j < h.length; j++) mount(h[j]);
  }

  window.addEventListener("message", onMessage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
