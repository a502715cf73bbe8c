// Starts the standalone (or framed) widget. An external module, not inline,
// so the page runs under a strict Content-Security-Policy. fallback.js shows
// the pre-rendered page's note if this never runs.
import init, { mount_standalone } from "./kpo-explainer.js";

// Filled in by the build (crates/prerender): every language tag and alias
// the build has, and the tag it names; the default first.
var LANGUAGES = { en: "en" };

window.kpoBooted = true;

// The build's tag for a language tag ("fil-PH" → "fil", "tl" → "fil").
function match(tag) {
  tag = String(tag || "").trim().toLowerCase().replace(/_/g, "-");
  while (tag) {
    if (Object.prototype.hasOwnProperty.call(LANGUAGES, tag)) return LANGUAGES[tag];
    tag = tag.slice(0, Math.max(tag.lastIndexOf("-"), 0));
  }
  return null;
}

// The language asked for by ?lang= (a frame's embedder) or by the page's
// own address (index.fil.html), else, on the page itself, the first of the
// reader's browser languages the build has, else the default. A frame goes
// by its address only: its page's language is the embedder's to give.
function pick() {
  const query = new URLSearchParams(location.search);
  const asked = query.get("lang");
  if (asked !== null && match(asked)) return match(asked);
  if (asked !== null) {
    console.warn(`kpo-explainer: lang=${asked.slice(0, 40)} is not a language this widget has (${Object.keys(LANGUAGES).join(", ")}); choosing as if none were asked for`);
  }
  const own = /index\.([^./]+)\.html$/.exec(location.pathname);
  const browser = query.get("embed") === "1" ? [] : navigator.languages || [];
  const tags = (own ? [own[1]] : []).concat(browser, Object.keys(LANGUAGES)[0]);
  return tags.map(match).find(Boolean);
}

// A language's words, fetched once; the widget calls this to switch.
const texts = {};
function load(tag) {
  if (!texts[tag]) {
    const url = new URL(`content.${tag}.txt`, import.meta.url);
    texts[tag] = fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url} answered ${r.status}`))));
    texts[tag].catch(() => delete texts[tag]);
  }
  return texts[tag];
}

// A press on the pre-rendered page before the widget is live is carried
// out once it is (the same step renders the same buttons, in the same
// order): the first click in a preview that is still starting works. This
// script is async in the head, so it listens from the moment it arrives.
const buttons = () => [...document.querySelectorAll("#kpo-explainer button")];
let early = -1;
function remember(e) {
  const b = e.target instanceof Element ? e.target.closest("#kpo-explainer [data-prerendered] button") : null;
  if (b) early = buttons().indexOf(b);
}
document.addEventListener("click", remember, true);
// Being async, it may run before the page is all there.
const parsed = document.readyState === "loading"
  ? new Promise((ok) => document.addEventListener("DOMContentLoaded", ok, { once: true }))
  : Promise.resolve();

// In WordPress's embed of a pasted link (a frame it caps at 1000 px), a step
// too tall for it is shown a part at a time. Loaded with the wasm, so the
// step is in parts before the widget first reports its height: wp-embed
// shows the frame at that height, and a frame that shrank after would move
// the blog's text twice.
const paged = new URLSearchParams(location.search).get("embed") === "1" && /secret=[A-Za-z0-9]+/.test(location.hash)
  ? parsed.then(() => import("./paging.js"))
  : null;

// The widget goes live after the pre-rendered page's first paint (a frame,
// then a task), so the reader sees the words as soon as plain HTML would:
// on a slow phone the first render is a long task that would otherwise hold
// that paint back. A frame the browser doesn't paint (off screen, hidden)
// starts after 100 ms all the same, to report its height.
const painted = parsed.then(() => new Promise((ok) => {
  requestAnimationFrame(() => setTimeout(ok, 0));
  setTimeout(ok, 100);
}));

const started = typeof WebAssembly === "object"
  ? Promise.all([init(), load(pick()), painted, paged])
  : Promise.reject(new Error("this browser has no WebAssembly"));
started
  .then(([wasm, text]) => {
    mount_standalone(new URL("./", import.meta.url).href, text, load);
    document.removeEventListener("click", remember, true);
    // After the widget's first render, which its scheduler runs next.
    if (early >= 0) setTimeout(() => buttons()[early]?.click(), 0);
    // For `cargo xtask bench`: the WebAssembly's own memory, which no JS heap
    // figure includes.
    performance.mark("kpo-wasm-memory", { detail: wasm.memory.buffer.byteLength });
  })
  .catch((error) => {
    document.removeEventListener("click", remember, true);
    console.error("kpo-explainer: the widget could not start:", error);
    // The pre-rendered first step stays; say why nothing responds. This
    // script is async: it may fail before the deferred fallback.js that
    // shows the note has run, even once parsing is over (the page is
    // "interactive" before deferred scripts run), so fallback.js also
    // looks for this flag when it runs.
    window.kpoFailed = true;
    parsed.then(() => window.kpoShowFallback && window.kpoShowFallback());
  });
