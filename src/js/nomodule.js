// Only browsers without ES modules (so without the widget) run this: they
// keep the pre-rendered first step, with a note.
(function () {
  var root = document.getElementById("kpo-explainer");
  var notes = root ? root.getElementsByTagName("p") : [];
  for (var i = 0; i < notes.length; i++) {
    if (notes[i].className === "kpo-fallback") notes[i].hidden = false;
  }
})();
