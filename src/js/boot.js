// Starts the standalone widget. An external module (not inline) so the page
// runs under a strict Content-Security-Policy.
import init, { mount_standalone } from "./kpo-explainer.js";

init()
  .then(() => mount_standalone())
  .catch((error) => {
    console.error("kpo-explainer: the widget could not start:", error);
  });
