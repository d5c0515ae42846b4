// Before the app runs (issue 13). The page's first screen is prerendered HTML (scripts/prerender.mjs):
// this classic script, in the head so that it runs before anything can be clicked, keeps what
// the visitor does on it until the app takes over, then the app's boot calls
// window.__piEarly.replay():
//   - clicks on the prerendered buttons (the mouse, or Enter/Space on a focused button) are
//     kept and replayed on the same buttons of the running app, in order; a button that is gone
//     by then (the first click moved on) is skipped;
//   - the start button shows the prerendered first question step at once, and the answers
//     chosen there are replayed too;
//   - the focused control gets focus back in the running app.
// The app renders next to the prerendered page, out of sight, and replaces it once the replay is
// done (start_page leaves the prerendered page to this script when `pi-booting` is set).
// The prerendered screen is the French introduction. When the app will show something else (a
// language other than French, the iframe page, another questionnaire (?bank=, ?trial=), a share
// link, a session saved at another step), the prerendered screen is hidden (`pi-prerender-off`, styles/main.css) rather than
// flashed, and the page waits for the app as before.
(() => {
  const root = document.documentElement;
  const removePrerendered = () => {
    for (const element of document.querySelectorAll("[data-prerendered], #pi-first-step")) element.remove();
  };
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
  if (!/^fr\b/i.test(wanted) || query.has("embed") || query.has("bank") || query.has("trial") || /^#r=/.test(location.hash) || savedStep !== "intro") {
    root.classList.add("pi-prerender-off");
    window.__piEarly = { replay: () => removePrerendered() };
    return;
  }
  // Until the replay is done, the running app stays out of sight behind the prerendered page.
  root.classList.add("pi-booting");
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
  const queue = [];
  let focused = null;
  const onClick = (event) => {
    const key = keyOf(event.target);
    if (!key || !event.target.closest("button")) return;
    queue.push(key);
    // The start button shows the prerendered first step at once (a <template> of the page).
    const intro = document.querySelector('[data-prerendered] [data-step="intro"]');
    const step = document.getElementById("pi-first-step");
    if (key === '[data-action="start"]' && intro && step) {
      intro.replaceWith(step.content.cloneNode(true));
      document.querySelector('[data-prerendered] [data-step="problem"] h2')?.focus();
    }
  };
  // An answer (a radio, clicked or chosen with the arrow keys) is replayed as a click on it.
  const onChange = (event) => {
    const key = event.target.type === "radio" && keyOf(event.target);
    if (key) queue.push(key);
  };
  const onFocus = (event) => {
    focused = keyOf(event.target);
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("change", onChange, true);
  document.addEventListener("focusin", onFocus, true);
  window.__piEarly = {
    // Called by the boot right after start_page. The app renders out of sight (`pi-booting`,
    // styles/main.css); each kept click is replayed on it as soon as its control is rendered (a
    // MutationObserver, never a timer); then, in one task, the prerendered page goes and the
    // app shows where the visitor was: nothing flashes.
    async replay() {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("change", onChange, true);
      document.removeEventListener("focusin", onFocus, true);
      const find = (key) => document.querySelector(`.pi-app:not([data-prerendered]) ${key}`);
      // The control `key` of the running app once rendered; null when it has not come within
      // a few frames (the first click moved on and it is gone for good).
      const present = (key) =>
        new Promise((done) => {
          if (find(key)) return done(find(key));
          let frames = 0;
          const observer = new MutationObserver(() => {
            if (find(key)) finish();
          });
          const finish = () => {
            observer.disconnect();
            done(find(key));
          };
          const frame = () => (find(key) || ++frames > 10 ? finish() : requestAnimationFrame(frame));
          observer.observe(document.documentElement, { childList: true, subtree: true });
          requestAnimationFrame(frame);
        });
      // The app's own first screen, not its short « Chargement du questionnaire… » while it reads
      // config.json (and a bank file): swapping to that would move the page twice.
      await new Promise((done) => {
        const ready = () => {
          const app = find("");
          return app && !app.querySelector("[data-bank-loading]");
        };
        if (ready()) return done();
        const observer = new MutationObserver(() => {
          if (ready()) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
      });
      for (const key of queue) (await present(key))?.click();
      if (queue.includes('[data-action="start"]')) await present('[data-step="problem"]');
      removePrerendered();
      root.classList.remove("pi-booting");
      // Focus where the app would have put it: the new screen's heading after a replayed start,
      // else the control that had it.
      const target = queue.includes('[data-action="start"]') ? "[data-step] h2" : focused;
      if (target && document.activeElement === document.body) find(target)?.focus();
    },
  };
})();
