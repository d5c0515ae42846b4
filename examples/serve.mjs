// Tiny static server for the host pages in examples/, with no dependencies (node:http only).
// The browser tests (tests/browser/playwright.config.ts) start it on several ports, so that the
// pages you try by hand and the pages the tests open are the same files.
//
// Usage: node examples/serve.mjs [--port 4174] [--host 127.0.0.1] [--csp "<policy>"] [--widget <url>] [--integrity <sri>]
//   --port    port to listen on (default 4174; the example pages name http://127.0.0.1:4174 as the
//             host origin allowed to receive the widget's events)
//   --host    address to listen on (default 127.0.0.1)
//   --csp     send this Content-Security-Policy header with every response (a host page under a
//             strict policy, e.g. iframe-csp.html)
//   --widget  serve the HTML pages with the widget's address http://127.0.0.1:4173/outils/autodiagnostic/
//             replaced by this one (your own deployment), without editing the files
//   --integrity  the Subresource Integrity hash of the widget's embed.js (printed by
//             scripts/release.sh): the pages load it with integrity="…" crossorigin="anonymous",
//             as the README's snippet does
//
// Examples (from the repository root, with the widget served by tests/browser/serve-dist.mjs):
//   node examples/serve.mjs --port 4174      # then open http://127.0.0.1:4174/
//   node examples/serve.mjs --port 4177 --csp "default-src 'none'; script-src 'self' http://127.0.0.1:4173 'wasm-unsafe-eval'; style-src 'self' http://127.0.0.1:4173; img-src 'self' data:; connect-src http://127.0.0.1:4173; frame-src http://127.0.0.1:4173; base-uri 'none'; form-action 'none'"
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const ROOT = dirname(fileURLToPath(import.meta.url));
const PORT = Number(opt("port", process.env.PORT ?? 4174));
const HOST = opt("host", "127.0.0.1");
const CSP = opt("csp", null);
const DEFAULT_WIDGET = "http://127.0.0.1:4173/outils/autodiagnostic/";
let WIDGET = opt("widget", null);
if (WIDGET && !WIDGET.endsWith("/")) WIDGET = `${WIDGET}/`;
const INTEGRITY = opt("integrity", null);

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const COMMON = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...(CSP ? { "Content-Security-Policy": CSP } : {}) };

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...COMMON, ...headers });
  res.end(body);
}

const server = createServer((req, res) => {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "method not allowed\n", { Allow: "GET, HEAD" });
  }
  const url = new URL(req.url ?? "/", `http://${HOST}:${PORT}`);
  let rel;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, "bad request\n");
  }
  if (rel.includes("\0")) return send(res, 400, "bad request\n");
  let file = resolve(ROOT, `.${sep}${rel}`);
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return send(res, 404, "not found\n");
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file) || !statSync(file).isFile() || file.endsWith(".mjs")) {
    return send(res, 404, `not found: ${url.pathname}\n`);
  }
  const type = MIME[extname(file).toLowerCase()] ?? "application/octet-stream";
  let body = readFileSync(file);
  if ((WIDGET || INTEGRITY) && extname(file) === ".html") {
    let html = body.toString("utf8");
    if (INTEGRITY) {
      html = html.replaceAll(
        `src="${DEFAULT_WIDGET}embed.js"`,
        `src="${DEFAULT_WIDGET}embed.js" integrity="${INTEGRITY}" crossorigin="anonymous"`,
      );
    }
    if (WIDGET) html = html.replaceAll(DEFAULT_WIDGET, WIDGET);
    body = Buffer.from(html);
  }
  res.writeHead(200, { "Content-Type": type, "Content-Length": body.length, ...COMMON });
  res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(PORT, HOST, () => {
  console.log(
    `examples: ${ROOT} at http://${HOST}:${PORT}/` +
      (WIDGET ? ` (widget at ${WIDGET})` : "") +
      (CSP ? ` (Content-Security-Policy: ${CSP})` : ""),
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
