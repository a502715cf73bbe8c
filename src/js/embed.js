// kpo-explainer embed loader. Paste on any page the snippets the widget's
// "Embed this" gives (docs/embedding.md):
//   <link rel="stylesheet" href="https://…/embed.css"> (keeps a screen's
//   height for it where scripts run, for 6 s unless this script comes)
//   <div data-kpo-explainer><p class="kpo-wait">… <a href="…">…</a></p></div>
//   <script src="https://…/embed.js" defer></script>
// and/or an <iframe src="https://…/index.html?embed=1" data-kpo-explainer-frame
//   loading="lazy" style="display:block;width:100%;height:100vh;border:0">.
// It finds the rest of the widget relative to its own URL, loads it only
// when a widget comes within about a screen of the reader, and speaks the
// page's language (or data-lang's) when the build has it.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL("./", script.src).href;
  var MIN = 80, MAX = 20000, LIMIT = 100000;
  // Kept equal to the widget's own list by a test (src/embed/options.rs).
  var OPTIONS = ["theme", "start", "quiz-shuffle", "lang"];
  // Filled in by the build (crates/prerender): every step's id, in order;
  // every language tag and alias the build has and the tag it names, the
  // default first; and what to say, in each language, when the widget
  // can't start.
  var STEPS = [];
  var LANGUAGES = { en: "en" };
  var FAILED = { en: ["The BPO vs KPO explainer can't start on this page.", "Open it in a new tab."] };
  var DEFAULT = LANGUAGES[Object.keys(LANGUAGES)[0]];

  // The build's tag for a language tag ("fil-PH" → "fil", "tl" → "fil").
  function match(tag) {
    tag = String(tag || "").trim().toLowerCase().replace(/_/g, "-");
    while (tag) {
      if (Object.prototype.hasOwnProperty.call(LANGUAGES, tag)) return LANGUAGES[tag];
      tag = tag.slice(0, Math.max(tag.lastIndexOf("-"), 0));
    }
    return null;
  }

  // The language of the text around an element, if the build has it.
  function around(el) {
    var near = el.closest("[lang]");
    return near ? match(near.getAttribute("lang")) : null;
  }

  // data-lang when it names a language the build has, else the page's
  // (around the element), else the default.
  function language(host) {
    var asked = host.getAttribute("data-lang");
    if (asked !== null && asked.trim() && !match(asked)) {
      console.warn("kpo-explainer: data-lang=\"" + asked.slice(0, 40) + "\" is not a language this widget has (" +
        Object.keys(LANGUAGES).join(", ") + "); using the page's language");
    }
    return match(asked) || around(host) || DEFAULT;
  }

  // A language's words, fetched once for every widget on the page.
  var texts = {};
  function text(tag) {
    if (!texts[tag]) {
      var url = base + "content." + tag + ".txt";
      texts[tag] = fetch(url).then(function (r) {
        return r.ok ? r.text() : Promise.reject(new Error(url + " answered " + r.status));
      });
      texts[tag].catch(function () { delete texts[tag]; });
    }
    return texts[tag];
  }

  function whole(n, lo, hi) {
    return typeof n === "number" && n === Math.floor(n) && n >= lo && n <= hi;
  }

  // "dark" on a dark page, "light" on a light one: the first background an
  // element stands on, by its luminance.
  function pageTheme(el) {
    for (var n = el.parentElement; n; n = n.parentElement) {
      var c = getComputedStyle(n).backgroundColor.match(/[\d.]+/g);
      if (c && (c.length < 4 || c[3] > 0.5)) {
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] < 128 ? "dark" : "light";
      }
    }
    return "light";
  }

  // Whether a frame's embedder left the theme to us ("auto", or not given).
  function auto(el, url) {
    var t = el.getAttribute("data-theme") || url.searchParams.get("theme") || "";
    return !t.trim() || t.trim().toLowerCase() === "auto";
  }

  // While focus is inside the widget, the page counts its element as
  // focused, and themes outline that (Twenty Twenty-Four draws a 2 px box
  // round the whole widget after every Next): the widget shows its own
  // focus ring inside, so the page's is turned off on the element itself.
  function noRing(el) {
    el.style.setProperty("outline", "none", "important");
  }

  // ---- counting answers: only where the page names an address -------------
  // data-report (the WordPress plugin gives its blog's own): each answer
  // checked and each quiz finished goes there, fire and forget, by
  // report.js, loaded only once the reader has answered a first question.
  function reporter(el) {
    var to = el.getAttribute("data-report");
    if (!to) return null;
    var sending = null;
    return function (kind, detail, lang) {
      sending = sending || import(base + "report.js");
      sending.then(function (m) { m.send(to, kind, detail, lang); }, function () {
        console.warn("kpo-explainer: report.js could not load: this answer was not counted");
      });
    };
  }

  // ---- iframes: size, step and completion messages from each frame --------
  var frames = [];
  function setUpFrame(frame) {
    if (frame.__kpoExplainer) return;
    frame.__kpoExplainer = true;
    noRing(frame);
    // embed.css hides the frame until this script has given it the page's
    // colours (and shows it after 3 s if this never comes): a frame is not
    // seen light and then dark. One already shown is told once it is live.
    var shown = getComputedStyle(frame).visibility === "visible";
    function show() { frame.classList.add("kpo-shown"); }
    frame.style.animation = "none";
    var url;
    try { url = new URL(frame.getAttribute("src") || "", location.href); } catch (e) { return show(); }
    var before = url.href;
    // Options given as data attributes travel to the frame as query
    // parameters, cut to 64 characters (every valid value is far shorter; the
    // frame still says what was wrong): a pasted paragraph must not make an
    // address servers refuse, as nginx does past 8 KB with 414.
    OPTIONS.forEach(function (name) {
      var value = frame.getAttribute("data-" + name);
      if (value !== null && !url.searchParams.has(name)) url.searchParams.set(name, value.slice(0, 64));
    });
    // A framed widget is light unless told otherwise: tell it on a dark page,
    // on its address while it waits hidden; one already shown (this script
    // came after embed.css's 3 s) is told by message once it is live, and
    // turns dark where it stands rather than stay light on a dark page.
    var dark = auto(frame, url) && pageTheme(frame) === "dark";
    if (!shown && dark) url.searchParams.set("theme", "dark");
    // And it speaks the page's language, unless its address names one (a
    // frame's index.html is the default language's, as a standalone page
    // would be without the reader's browser to go by).
    var spoken = around(frame);
    if (spoken && spoken !== DEFAULT && !url.searchParams.has("lang") && !/index\.[^/]+\.html$/.test(url.pathname)) {
      url.searchParams.set("lang", spoken);
    }
    if (url.href !== before) {
      // Shown once the new page has loaded, in its colours.
      if (!shown) frame.addEventListener("load", show, { once: true });
      frame.src = url.href;
    }
    if (shown || url.href === before) show();
    // Until the reader moves, never shorter than the space the page kept
    // for it: content below must not jump up into view.
    frames.push({
      el: frame, origin: url.origin, keep: frame.getBoundingClientRect().height, dark: shown && dark,
      report: reporter(frame), lang: url.searchParams.get("lang") || (/index\.([^./]+)\.html$/.exec(url.pathname) || [])[1] || DEFAULT
    });
    // A frame that started before this script may have reported its size
    // already, to no one: ask again (it answers only with its height).
    try { frame.contentWindow.postMessage({ source: "kpo-explainer-host", type: "measure" }, "*"); } catch (e) { /* not loaded */ }
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
      // Live now (it reports its size once it is): the colours it missed.
      if (entry.dark) frame.contentWindow.postMessage({ source: "kpo-explainer-host", type: "theme", theme: "dark" }, entry.origin);
      var h = data.height;
      if (typeof h !== "number" || !isFinite(h) || h <= 0 || h > LIMIT) return;
      // Shorter than the space kept for it only where what follows stays
      // below the window (nothing seen moves), or once the reader has moved.
      if (frame.getBoundingClientRect().top + h >= innerHeight) entry.keep = 0;
      frame.style.height = Math.ceil(Math.min(Math.max(h, MIN, entry.keep), MAX)) + "px";
    } else if (data.type === "step") {
      if (STEPS.indexOf(data.step) < 0 || !whole(data.index, 0, STEPS.length - 1) || data.total !== STEPS.length) return;
      entry.keep = 0;
      frame.dispatchEvent(new CustomEvent("kpo-explainer:step", {
        bubbles: true, detail: { step: data.step, index: data.index, total: data.total }
      }));
      // After a step change, a reader scrolled down a long step is left in
      // the middle of the next one: bring the frame's top into view.
      if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: "start" });
    } else if (data.type === "complete") {
      if (!whole(data.total, 1, 1000) || !whole(data.score, 0, data.total) || typeof data.passed !== "boolean") return;
      var done = { score: data.score, total: data.total, passed: data.passed, warmup: whole(data.warmup, 0, 100) ? data.warmup : null };
      frame.dispatchEvent(new CustomEvent("kpo-explainer:complete", { bubbles: true, detail: done }));
      if (entry.report) entry.report("complete", done, entry.lang);
    } else if (data.type === "answer") {
      if (typeof data.question !== "string" || !/^[a-z0-9-]{1,64}$/.test(data.question) || !whole(data.option, 0, 9) ||
        typeof data.right !== "boolean" || typeof data.first !== "boolean") return;
      var answer = { question: data.question, option: data.option, right: data.right, first: data.first };
      frame.dispatchEvent(new CustomEvent("kpo-explainer:answer", { bubbles: true, detail: answer }));
      if (entry.report) entry.report("answer", answer, entry.lang);
    }
  }

  // ---- why it failed, for whoever runs the site ---------------------------
  function cause(file) {
    var url = base + file, origin = new URL(base).origin;
    return fetch(url, { mode: "cors", cache: "no-store" }).then(function (r) {
      return r.ok ? "" : url + " answered " + r.status + ": upload all of the build (dist/) to " + base;
    }, function () {
      return fetch(url, { mode: "no-cors" }).then(function () {
        return origin + " does not let this page load the widget's files: have it send the header Access-Control-Allow-Origin: * for " + base + " (docs/embedding.md)";
      }, function () {
        return "cannot reach " + url + ": is the server up, and does this page's Content-Security-Policy allow " + origin + "?";
      });
    });
  }

  function failed(node, error, lang) {
    var p = document.createElement("p"), a = document.createElement("a"), say = FAILED[lang] || FAILED[DEFAULT];
    p.setAttribute("role", "alert");
    p.lang = lang;
    p.style.cssText = "font:medium/1.5 system-ui,sans-serif;margin:0;padding:1em;border:2px solid #a3212b;border-radius:.5em;color:#222;background:#fff";
    a.href = base + "index." + lang + ".html";
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = say[1];
    p.append(say[0], " ", a);
    node.replaceChildren(p);
    node.hidden = false;
    var why = typeof WebAssembly !== "object" ? Promise.resolve("this browser has no WebAssembly, which the widget needs")
      : cause("kpo-explainer.js").then(function (c) { return c || cause("kpo-explainer_bg.wasm"); })
        .then(function (c) { return c || cause("content." + lang + ".txt"); });
    why.then(function (c) {
      console.error("kpo-explainer: the widget could not start: " + (c || error));
    });
  }

  // ---- script tags: an independent widget in a shadow root per element ----
  var wasm = null;
  function load() {
    if (!wasm) {
      wasm = typeof WebAssembly !== "object" ? Promise.reject(new Error("no WebAssembly"))
        : import(base + "kpo-explainer.js").then(function (m) {
          return m.default({ module_or_path: base + "kpo-explainer_bg.wasm" }).then(function () { return m; });
        });
    }
    return wasm;
  }

  var count = 0;
  function mount(host) {
    if (host.__kpoExplainer) return;
    host.__kpoExplainer = true;
    noRing(host);
    var index = count++;
    var lang = language(host);
    // The page's own colours, for a widget left to (or falling back to) auto.
    var theme = pageTheme(host);
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    var node = document.createElement("div");
    // The WordPress plugin puts the first step on the page already, in the
    // shadow root with its styles (a declarative shadow root): it stays,
    // as readable as the widget, until the widget replaces it in one go.
    var prerendered = root.querySelector("style") && [].filter.call(root.children, function (c) {
      return c.tagName !== "STYLE";
    });
    var styled = Promise.resolve();
    var waited = null;
    // A press on the pre-rendered step before the widget is live is carried
    // out once it is (it renders the same buttons, in the same order).
    var early = -1;
    function remember(e) {
      var b = e.target.closest && e.target.closest("button");
      if (b && !node.contains(b)) early = [].indexOf.call(root.querySelectorAll("button"), b);
    }
    if (prerendered) {
      root.insertBefore(node, prerendered[0] || null);
      root.addEventListener("click", remember, true);
    } else {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = base + "main.css";
      // Hidden until its styles arrive, so the host never sees it unstyled.
      node.hidden = true;
      styled = new Promise(function (ok) {
        link.onload = ok;
        link.onerror = function () {
          cause("main.css").then(function (c) { console.error("kpo-explainer: no styles: " + c); });
          ok();
        };
      });
      // Until the widget shows, the page's own words in the element (what
      // is coming, and a link to it) stay in view, the element busy
      // (embed.css makes the words pulse).
      var slot = document.createElement("slot");
      root.append(link, slot, node);
      host.setAttribute("aria-busy", "true");
      waited = function () {
        slot.remove();
        host.removeAttribute("aria-busy");
      };
    }
    host.classList.add("kpo-live");
    var report = reporter(host);
    if (report) {
      ["answer", "complete"].forEach(function (kind) {
        host.addEventListener("kpo-explainer:" + kind, function (e) {
          var section = root.querySelector(".kpo");
          report(kind, e.detail, section ? section.lang : lang);
        });
      });
    }
    Promise.all([load(), styled, text(lang)]).then(function (r) {
      if (waited) waited();
      node.hidden = false;
      r[0].mount_embedded(host, node, base, index, theme, r[2], text);
      if (prerendered) {
        prerendered.forEach(function (c) { c.remove(); });
        root.removeEventListener("click", remember, true);
        // After the widget's first render, which its scheduler runs next.
        if (early >= 0) setTimeout(function () {
          var again = node.querySelectorAll("button")[early];
          if (again) again.click();
        }, 0);
      }
      // Its height on the element itself, in the page's own DOM, so a page
      // that watches its DOM (WordPress's block editor preview) sees it grow.
      // The space the page kept for it is let go once the widget fills it,
      // or ends below the window (what follows it stays out of sight, so
      // nothing seen moves), or when the reader first uses it (a jump then
      // is expected).
      function release() {
        host.style.minHeight = "";
        host.classList.add("kpo-released");
      }
      host.addEventListener("pointerdown", release, { once: true });
      host.addEventListener("keydown", release, { once: true });
      new ResizeObserver(function () {
        var box = node.getBoundingClientRect(), h = Math.ceil(box.height);
        host.setAttribute("data-kpo-height", h);
        if (h >= host.getBoundingClientRect().height - 1 || box.bottom >= innerHeight) release();
      }).observe(node);
    }).catch(function (error) {
      if (waited) waited();
      // Said above the pre-rendered step, which stays readable; the space
      // kept for the widget goes.
      host.classList.add("kpo-released");
      failed(node, error, lang);
    });
  }

  // Each widget loads when it comes within about a screen of the reader.
  var near = "IntersectionObserver" in window && new IntersectionObserver(function (seen) {
    seen.forEach(function (s) {
      if (s.isIntersecting) {
        near.unobserve(s.target);
        mount(s.target);
      }
    });
  }, { rootMargin: "100% 0px" });

  function scan() {
    var f = document.querySelectorAll("iframe[data-kpo-explainer-frame]");
    for (var i = 0; i < f.length; i++) setUpFrame(f[i]);
    var h = document.querySelectorAll("[data-kpo-explainer]");
    // Here, so the space the snippet keeps is kept until the widget fills
    // it (embed.css lets it go after 6 s if this never ran).
    for (var k = 0; k < h.length; k++) h[k].style.animation = "none";
    // After the page's first paint (the frame after the next one starts),
    // so the page shows before any of the widget's work begins.
    requestAnimationFrame(function () {
      setTimeout(function () {
        for (var j = 0; j < h.length; j++) {
          if (near) near.observe(h[j]); else mount(h[j]);
        }
      }, 0);
    });
  }

  window.addEventListener("message", onMessage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
