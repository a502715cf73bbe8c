// Parts of a step, in WordPress's embed of a pasted link only. wp-embed
// makes that frame at most 1000 px tall, so a taller step would scroll
// inside it: a scroll area inside a scrolling page. Here a step that
// doesn't fit is shown a part at a time, each part fitting, with a control
// under it to go on. boot.js loads this only in that frame.
//
// It works on the page the widget renders, after each render: it measures
// the step's blocks (a block taller than a part is taken apart into its
// own blocks), packs them into parts, hides the blocks of the other parts
// and puts the control before the Back/Next buttons. A render that moves
// focus keeps the part the focus is in.

// Filled in by the build (crates/prerender): by language, "Part {n} of
// {total}", and the buttons' words.
var PARTS = { en: ["Part {n} of {total}", "Previous part", "Next part"] };

// wp-embed's cap, less a little for rounding.
var CAP = 1000 - 4;
var mount = document.getElementById("kpo-explainer");
var nav = document.createElement("nav");
nav.className = "kpo-parts";
var status = document.createElement("p");
status.setAttribute("aria-live", "polite");
var previous = document.createElement("button");
var next = document.createElement("button");
previous.type = next.type = "button";
nav.append(previous, status, next);

var step = null;
var part = 0;
var parts = [];
var hiddenByUs = [];
// The first block of the part shown, to find it again after a render.
var anchor = null;

function say(words, n, total) {
  return words.replace("{n}", n).replace("{total}", total);
}

// The blocks a step's body is packed from, in order: its children, each
// taken apart into its own children while it is taller than `fits` (a box
// of blocks; never a paragraph with words of its own).
function blocks(el, fits, out) {
  for (var c = el.firstElementChild; c; c = c.nextElementSibling) {
    var words = Array.prototype.some.call(c.childNodes, function (n) {
      return n.nodeType === 3 && n.textContent.trim();
    });
    if (c.getBoundingClientRect().height > fits && c.firstElementChild && !words) blocks(c, fits, out);
    else out.push(c);
  }
  return out;
}

function hide(el) {
  if (!el.hidden) {
    el.hidden = true;
    hiddenByUs.push(el);
  }
}

// Shows every block, then (unless `all`) hides the other parts' blocks and
// any box whose blocks are all hidden, so no empty frame or heading-less
// gap is left.
function show(body, all) {
  hiddenByUs.forEach(function (el) { el.hidden = false; });
  hiddenByUs = [];
  if (all) return;
  parts.forEach(function (p, i) {
    if (i !== part) p.forEach(hide);
  });
  var boxes = body.querySelectorAll("*");
  for (var k = boxes.length - 1; k >= 0; k--) {
    var box = boxes[k];
    if (box.hidden || !box.firstElementChild) continue;
    var open = Array.prototype.some.call(box.children, function (c) { return !c.hidden; });
    if (!open) hide(box);
  }
}

// Asks the widget to report its height again (it answers wp-embed): a frame
// off the reader's screen gets no resize callbacks of its own.
function measure() {
  window.postMessage({ source: "kpo-explainer-host", type: "measure" }, "*");
}

// Blocks packed in order into parts of at most `fits` px each (a block
// taller than that alone is a part of its own).
function pack(list, fits) {
  var tops = list.map(function (el) { return el.getBoundingClientRect().top; });
  tops.push(list[list.length - 1].getBoundingClientRect().bottom);
  var out = [];
  for (var i = 0; i < list.length;) {
    var j = i + 1;
    while (j < list.length && tops[j + 1] - tops[i] <= fits) j++;
    out.push(list.slice(i, j));
    i = j;
  }
  return out;
}

// The part holding `el`, or -1.
function holding(el) {
  for (var n = 0; el && n < parts.length; n++) {
    if (parts[n].some(function (b) { return b.contains(el); })) return n;
  }
  return -1;
}

// Packs the step into parts and shows the reader's; `chosen` when the
// reader just chose the part (its control), which then wins over focus.
function paginate(chosen) {
  observer.disconnect();
  // Out first: a new step's body is put where the widget expects it, which
  // may be after this control.
  if (nav.parentElement) nav.remove();
  var section = mount.querySelector("section.kpo");
  var body = section && section.querySelector(":scope > .lead + *");
  var pager = section && section.querySelector(":scope > .step-nav");
  show(body, true);
  if (section && section.dataset.step !== step) {
    step = section.dataset.step;
    part = 0;
    anchor = null;
  }
  parts = [];
  if (section && body && body.firstElementChild && pager && mount.getBoundingClientRect().height > CAP) {
    var words = PARTS[section.lang] || PARTS[Object.keys(PARTS)[0]];
    previous.textContent = words[1];
    next.textContent = words[2];
    // Measured with the control at its fullest, so every visit packs the
    // same parts.
    status.textContent = say(words[0], 10, 10);
    previous.hidden = next.hidden = false;
    pager.before(nav);
    var fits = Math.max(CAP - (mount.getBoundingClientRect().height - body.getBoundingClientRect().height), 120);
    parts = pack(blocks(body, fits, []), fits);
    // Where the reader is: the part they chose, else the part with the
    // focus (a render after an answer), else the one that began with the
    // same block, else the same number.
    var at = chosen ? -1 : holding(body.contains(document.activeElement) ? document.activeElement : null);
    if (at < 0 && !chosen) at = holding(anchor);
    part = Math.min(at < 0 ? part : at, parts.length - 1);
    // Where margins make the part still too tall, its last block goes on
    // to the next part.
    for (;;) {
      show(body, false);
      status.textContent = say(words[0], part + 1, parts.length);
      previous.hidden = part === 0;
      next.hidden = part === parts.length - 1;
      if (mount.getBoundingClientRect().height <= CAP || parts[part].length < 2) break;
      var moved = parts[part].pop();
      if (part + 1 < parts.length) parts[part + 1].unshift(moved);
      else parts.push([moved]);
    }
    anchor = parts[part][0];
  }
  measure();
  observer.observe(mount, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-step", "lang", "class", "aria-pressed", "hidden"] });
}

function go(by) {
  part = Math.max(0, Math.min(parts.length - 1, part + by));
  paginate(true);
  // The part's first block, for the reader's focus and eyes.
  var first = parts[part] && parts[part][0];
  if (first) {
    var target = first.matches("button, a, input, [tabindex]") ? first : first.querySelector("button, a, input, h2, h3, h4");
    if (!target) {
      first.tabIndex = -1;
      target = first;
    }
    target.focus({ preventScroll: true });
    first.scrollIntoView({ block: "start" });
  }
}

previous.addEventListener("click", function () { go(-1); });
next.addEventListener("click", function () { go(1); });

var observer = new MutationObserver(function () { paginate(false); });
// A narrower frame (the page's own scrollbar appearing, a phone turned)
// wraps the text taller: the parts are packed again.
var width = innerWidth;
addEventListener("resize", function () {
  if (innerWidth !== width) {
    width = innerWidth;
    paginate(false);
  }
});
if (mount) paginate(false);
