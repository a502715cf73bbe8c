// Runs in every browser, after the page has loaded: if boot.js never ran (a
// browser without JavaScript modules, or boot.js or the widget's script
// failed to load or was blocked), the pre-rendered first step stays and a
// note says why nothing responds. boot.js shows the same note when the
// WebAssembly itself can't start.
(function () {
  function show() {
    var note = document.querySelector("#kpo-explainer .kpo-fallback[hidden]");
    if (!note) return;
    note.hidden = false;
    // In a frame, the standalone page in a new tab is the way out.
    var open = note.querySelector("a[hidden]");
    if (open && /[?&]embed=1(&|$)/.test(location.search)) open.hidden = false;
    var section = document.querySelector("#kpo-explainer [data-prerendered]");
    if (section) section.removeAttribute("data-prerendered");
  }
  window.kpoShowFallback = show;
  // boot.js failed before this script ran (it is async, this deferred).
  if (window.kpoFailed) show();
  window.addEventListener("load", function () {
    if (!window.kpoBooted) {
      show();
      if (window.console) {
        console.error("kpo-explainer: the widget's scripts did not run: this browser has no JavaScript modules, or boot.js or kpo-explainer.js failed to load or was blocked (see the errors above)");
      }
    }
  });
})();
