// Before the app runs (issue 13). The page's first screen is prerendered HTML (scripts/prerender.mjs):
// this classic script, in the head so that it runs before anything can be clicked, keeps what
// the visitor does on it until the app takes over, then the app's boot calls
// window.__piEarly.replay():
//   - clicks on the prerendered buttons (the mouse, or Enter/Space on a focused button) are
//     kept and replayed on the same buttons of the running app, in order; a button that is gone
//     by then (the first click moved on) is skipped;
//   - the focused control gets focus back in the running app.
// The prerendered screen is the French introduction. When the app will show something else (a
// language other than French, the iframe page, a share link, a session saved at another
// step), the prerendered screen is hidden (`pi-prerender-off`, styles/main.css) rather than
// flashed, and the page waits for the app as before.
(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  const known = (tag) => /^(fr|en|de)\b/i.test(tag || "");
  const wanted = query.get("lang") || (navigator.languages || []).concat(navigator.language).find(known) || "fr";
  let savedStep = "intro";
  try {
    const saved = localStorage.getItem("problemes-imaginaires:v1");
    if (saved) savedStep = JSON.parse(saved).step || "intro";
  } catch {
    // No storage, or unreadable: the app says so on its first screen, the introduction.
  }
  if (!/^fr\b/i.test(wanted) || query.has("embed") || /^#r=/.test(location.hash) || savedStep !== "intro") {
    root.classList.add("pi-prerender-off");
    return;
  }
  /** What finds the same control in the running app: its data-action or data-lang, else its id. */
  const keyOf = (element) => {
    const control = element && element.closest && element.closest("[data-prerendered] [data-action], [data-prerendered] [data-lang], [data-prerendered] [id]");
    if (!control) return null;
    for (const name of ["data-action", "data-lang", "id"]) {
      const value = control.getAttribute(name);
      if (value) return `[${name}="${CSS.escape(value)}"]`;
    }
    return null;
  };
  const clicks = [];
  let focused = null;
  const onClick = (event) => {
    const key = keyOf(event.target);
    if (key && event.target.closest("button")) clicks.push(key);
  };
  const onFocus = (event) => {
    focused = keyOf(event.target);
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("focusin", onFocus, true);
  window.__piEarly = {
    replay() {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("focusin", onFocus, true);
      // A replayed click moves focus itself (the app focuses the new screen's heading).
      if (focused && !clicks.length) document.querySelector(focused)?.focus();
      for (const key of clicks) document.querySelector(key)?.click();
    },
  };
})();
