// Starts the standalone (or framed) widget. An external module, not inline,
// so the page runs under a strict Content-Security-Policy.
import init, { mount_standalone } from "./kpo-explainer.js";

init()
  .then(() => mount_standalone(new URL("./", import.meta.url).href))
  .catch((error) => {
    console.error("kpo-explainer: the widget could not start:", error);
  });
