// Starts the standalone (or framed) widget. An external module, not inline,
// so the page runs under a strict Content-Security-Policy. fallback.js shows
// the pre-rendered page's note if this never runs.
import init, { mount_standalone } from "./kpo-explainer.js";

window.kpoBooted = true;
const started = typeof WebAssembly === "object" ? init() : Promise.reject(new Error("this browser has no WebAssembly"));
started
  .then((wasm) => {
    mount_standalone(new URL("./", import.meta.url).href);
    // For `cargo xtask bench`: the WebAssembly's own memory, which no JS heap
    // figure includes.
    performance.mark("kpo-wasm-memory", { detail: wasm.memory.buffer.byteLength });
  })
  .catch((error) => {
    console.error("kpo-explainer: the widget could not start:", error);
    // The pre-rendered first step stays; say why nothing responds.
    if (window.kpoShowFallback) window.kpoShowFallback();
  });
