// Counts a reader's answers for the blog that shows the widget, loaded by
// embed.js only where the page names an address (data-report) and only once
// the reader has answered. What goes: which question, which option, right or
// wrong, the scores, the language; nothing about the reader. Fire and
// forget: the reader never waits, and a report that fails costs them
// nothing but one line on the console.

export function send(to, kind, detail, lang) {
  const body = JSON.stringify(Object.assign({ kind, lang }, detail));
  fetch(to, {
    method: "POST",
    body,
    keepalive: true,
    credentials: "omit",
    headers: { "Content-Type": "application/json" },
  }).then(
    (r) => {
      if (!r.ok) console.warn(`kpo-explainer: ${to} did not count this ${kind} (${r.status})`);
    },
    () => console.warn(`kpo-explainer: ${to} could not be reached, so this ${kind} was not counted`),
  );
}
