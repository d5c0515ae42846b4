// The local test servers of the embedding specs (issue 4), shared by playwright.config.ts and
// helpers.ts. Everything runs on 127.0.0.1; each port is its own origin.
//   4173  dist/ under /outils/autodiagnostic/ (serve-dist.mjs): the widget, as every spec uses it
//   4174  examples/ (examples/serve.mjs): the host origin the example pages name in origin=
//   4175  examples/ again: a third origin, which the widget was not told about
//   4176  dist/ with the strict Content-Security-Policy header (serve-dist.mjs --csp)
//   4177  examples/ under a strict host policy, pointing at the widget on 4176 (--csp, --widget)

export const WIDGET_ORIGIN = "http://127.0.0.1:4173";
export const HOST_ORIGIN = "http://127.0.0.1:4174";
export const THIRD_ORIGIN = "http://127.0.0.1:4175";
export const CSP_WIDGET_ORIGIN = "http://127.0.0.1:4176";
export const CSP_HOST_ORIGIN = "http://127.0.0.1:4177";

/** The strict policy dist/ must run under (issue 4), sent by serve-dist.mjs --csp. */
export const WIDGET_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

/**
 * The same strictness for a host page on another origin that embeds the widget served from
 * CSP_WIDGET_ORIGIN: its own scripts and styles, plus the widget's origin for the iframe and, for
 * the element (which runs in the host's document), its module, wasm and stylesheets.
 */
export const HOST_CSP =
  `default-src 'none'; script-src 'self' ${CSP_WIDGET_ORIGIN} 'wasm-unsafe-eval'; ` +
  `style-src 'self' ${CSP_WIDGET_ORIGIN}; img-src 'self' data:; connect-src ${CSP_WIDGET_ORIGIN}; ` +
  `frame-src ${CSP_WIDGET_ORIGIN}; base-uri 'none'; form-action 'none'`;
