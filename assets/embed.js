// <problemes-imaginaires>: the widget as an element of a host page, in a shadow root so that the
// host's CSS and ours leave each other alone. scripts/postbuild.mjs copies this file to
// dist/embed.js and fills in the names of the build's files (__GLUE__, __WASM__, __CSS__).
//
//   <script type="module" src="https://…/embed.js"></script>
//   <problemes-imaginaires lang="fr" theme="auto" heading="2" id="diagnostic" bank="mon-questionnaire"></problemes-imaginaires>
//
// Attributes: lang (fr|en), theme (auto|light|dark, read by the stylesheet, may change at any
// time), heading (level 1-6 of the widget's top headings), id (keeps this element's saved
// answers apart from other elements'), bank (a bank's name: the file banks/NAME.json next to
// this script; without it, config.json's default). Nothing here is inline: it runs under
// `script-src 'self' 'wasm-unsafe-eval'; style-src 'self'` when served from the host's origin.
import init, { mount_element } from "./__GLUE__";

const here = (name) => new URL(name, import.meta.url).href;
let loading;
const load = () => (loading ??= init({ module_or_path: here("./__WASM__") }));

class ProblemesImaginaires extends HTMLElement {
  connectedCallback() {
    // Moving the element in the page calls this again; the widget is already there.
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = here("./__CSS__");
    const root = document.createElement("div");
    shadow.append(style, root);
    load().then(
      () =>
        mount_element(
          root,
          this.getAttribute("lang"),
          this.getAttribute("heading"),
          this.id || null,
          here("./"),
          this.getAttribute("bank"),
        ),
      () => {
        const message = document.createElement("p");
        message.setAttribute("role", "alert");
        message.textContent =
          "L’autodiagnostic n’a pas pu se charger (réseau ou navigateur). / The self-assessment could not load (network or browser).";
        root.append(message);
      },
    );
  }
}

if (!customElements.get("problemes-imaginaires")) {
  customElements.define("problemes-imaginaires", ProblemesImaginaires);
}
