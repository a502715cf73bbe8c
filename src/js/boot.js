// Starts the standalone (or framed) widget. An external module, not inline,
// so the page runs under a strict Content-Security-Policy.
import init, { mount_standalone } from "./kpo-explainer.js";

init()
  .then((wasm) => {
    mount_standalone(new URL("./", import.meta.url).href);
    // For `cargo xtask bench`: the WebAssembly's own memory, which no JS heap
    // figure includes.
    performance.mark("kpo-wasm-memory", { detail: wasm.memory.buffer.byteLength });
  })
  .catch((error) => {
    console.error("kpo-explainer: the widget could not start:", error);
    // The pre-rendered first step stays; say why nothing responds.
    const root = document.getElementById("kpo-explainer");
    const note = root && root.querySelector(".kpo-fallback[hidden]");
    if (note) note.hidden = false;
    const section = root && root.querySelector("[data-prerendered]");
    if (section) section.removeAttribute("data-prerendered");
  });
