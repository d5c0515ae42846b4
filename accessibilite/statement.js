// Fills the statement's contact details from the deploying organisation's config.json, the file
// next to the widget's page (same origin: ../config.json). Where it cannot be read (a page opened
// from disk, a missing or invalid file, an empty value), the page keeps its visible placeholder.
// Only text and checked addresses are written: nothing from the file becomes markup.
"use strict";

(function () {
  const safeLink = (value, schemes) => {
    try {
      const url = new URL(value, document.baseURI);
      return schemes.includes(url.protocol) ? url.href : null;
    } catch (_) {
      return null;
    }
  };
  const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

  const show = (name, value) => {
    if (typeof value !== "string" || value.trim() === "") return;
    const text = value.trim().slice(0, 500);
    for (const slot of document.querySelectorAll(`[data-config="${name}"]`)) {
      let filled;
      if (name === "contact_email") {
        if (!EMAIL.test(text)) continue;
        filled = document.createElement("a");
        filled.href = `mailto:${text}`;
      } else if (name === "contact_form_url") {
        const href = safeLink(text, ["https:", "http:"]);
        if (!href) continue;
        filled = document.createElement("a");
        filled.href = href;
      } else {
        filled = document.createElement("span");
      }
      filled.textContent = text;
      filled.dataset.config = name;
      filled.dataset.filled = "";
      slot.replaceWith(filled);
    }
  };

  fetch("../config.json", { credentials: "same-origin", cache: "no-cache" })
    .then((response) => (response.ok ? response.json() : null))
    .then((config) => {
      const section = config && typeof config === "object" ? config.accessibility : null;
      if (!section || typeof section !== "object") return;
      for (const name of ["organisation", "contact_email", "contact_form_url", "postal_address", "statement_date"]) {
        show(name, section[name]);
      }
    })
    .catch(() => {
      // From disk or offline: the placeholders stay, which the page explains.
    });
})();
