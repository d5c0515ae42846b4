// Host side of the iframe embedding (examples/iframe.html, examples/iframe-csp.html).
// An external file, so that it also runs on a host page under a strict Content-Security-Policy
// (script-src 'self'). Load it before the iframe, in <head>: it then hears the widget's first
// messages whatever the timing.

// --- The snippet to copy: resizes the iframe to the height the widget announces. -------------
window.addEventListener("message", (event) => {
  const frame = document.getElementById("problemes-imaginaires");
  if (!frame || event.source !== frame.contentWindow) return; // only our iframe…
  if (event.origin !== new URL(frame.src).origin) return; //      …and only from the widget's origin
  const data = event.data;
  if (data && data.type === "problemes-imaginaires:resize" && data.v === 1 && Number.isFinite(data.height)) {
    frame.style.height = `${data.height}px`;
  }
});
// --- End of the snippet. ----------------------------------------------------------------------

// Example only: shows the widget's other events in the page's "events" list (#pi-events).
// "completed" arrives only when the iframe's address has events=completed and origin=<this page's origin>.
window.addEventListener("message", (event) => {
  const frame = document.getElementById("problemes-imaginaires");
  if (!frame || event.source !== frame.contentWindow || event.origin !== new URL(frame.src).origin) return;
  const data = event.data;
  if (!data || data.v !== 1) return;
  let text;
  if (data.type === "problemes-imaginaires:ready") {
    text = "ready";
  } else if (data.type === "problemes-imaginaires:completed" && Array.isArray(data.problems)) {
    const scores = data.problems.map((p) => `${p.id} ${p.score ?? "–"} (${p.band})`);
    text = `completed: ${scores.join(", ")}`;
  } else {
    return;
  }
  const list = document.getElementById("pi-events");
  if (!list) return;
  const item = document.createElement("li");
  item.dataset.event = data.type.replace("problemes-imaginaires:", "");
  item.textContent = text;
  list.append(item);
});
