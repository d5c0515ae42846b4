// Tiny static server for the browser tests, with no dependencies.
// Serves dist/ under a sub-path, as an intranet host would: http://127.0.0.1:4173/outils/autodiagnostic/
//   - /outils/autodiagnostic           -> 301 to /outils/autodiagnostic/
//   - /outils/autodiagnostic/<file>    -> dist/<file> (index.html for a directory)
//   - anything else                    -> 404 (so a root-relative URL in the build fails loudly)
// Every response carries `Access-Control-Allow-Origin: *`, so a host page on another origin can
// load the element's module (embed.js) and what it fetches. With --csp, every response also
// carries the strict Content-Security-Policy the build must run under (README, "Embed it"):
//   default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:;
//   connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *
// Caching is what a careful host does: files whose name carries Trunk's content hash
// (`name-0123456789abcdef.js`, `…_bg.wasm`, `.css`) are `public, max-age=31536000, immutable`;
// everything else (index.html, embed.js, the single file) is `no-cache` with an ETag, so the
// browser keeps a copy but asks again each time (304 when unchanged). Error responses are
// `no-store`. A request with `?html-max-age=N` gets `max-age=N` instead of `no-cache` (a host
// that lets browsers keep its pages for N seconds): fault-matrix.spec.ts opens the page offline
// from the cache both ways.
// With --also BASE=DIR, a second build is served under BASE on the same origin, so it shares the
// first one's localStorage (the migration spec opens answers saved by one bank version in a build
// of the next one).
// With --banks DIR, a bank file the build does not have (BASE/banks/NAME.json) is served from DIR:
// the fixture banks of tests/fixtures/banks/ are then available by name, as an administrator's
// banks dropped into dist/banks/ would be, without being copied into dist/ (custom-bank.spec.ts).
// Usage: node tests/browser/serve-dist.mjs [--dist DIR] [--port 4173] [--host 127.0.0.1] [--base /outils/autodiagnostic/] [--csp] [--also BASE=DIR] [--banks DIR]
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(opt("dist", process.env.DIST_DIR ?? join(here, "..", "..", "dist")));
const PORT = Number(opt("port", process.env.PORT ?? 4173));
const HOST = opt("host", "127.0.0.1");
let BASE = opt("base", "/outils/autodiagnostic/");
const CSP = args.includes("--csp")
  ? "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *"
  : null;
/** Headers sent with every response. */
const COMMON = { "Access-Control-Allow-Origin": "*", ...(CSP ? { "Content-Security-Policy": CSP } : {}) };
if (!BASE.startsWith("/")) BASE = `/${BASE}`;
if (!BASE.endsWith("/")) BASE = `${BASE}/`;
/** Every [base, directory] served, the main build first. */
const MOUNTS = [[BASE, DIST]];
const also = opt("also", "");
if (also.includes("=")) {
  const [base, dir] = [also.slice(0, also.indexOf("=")), also.slice(also.indexOf("=") + 1)];
  MOUNTS.push([base.endsWith("/") ? base : `${base}/`, resolve(here, dir)]);
}

const BANKS = args.includes("--banks") ? resolve(here, opt("banks", ".")) : null;

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".xml": "application/xml; charset=utf-8",
};

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`serve-dist: ${join(DIST, "index.html")} not found. Build first: trunk build --release --offline`);
  process.exit(1);
}

/** A file name that carries Trunk's content hash: it never changes, so it may be cached for good. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...COMMON, ...headers });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", `http://${HOST}:${PORT}`);
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "method not allowed\n", { Allow: "GET, HEAD" });
  }
  const redirect = MOUNTS.find(([base]) => url.pathname === base.slice(0, -1));
  if (redirect) {
    return send(res, 301, "moved\n", { Location: redirect[0] + url.search });
  }
  const mount = MOUNTS.find(([base]) => url.pathname.startsWith(base));
  if (!mount) {
    return send(res, 404, `not found: ${url.pathname} (the app lives under ${BASE})\n`);
  }
  const [base, root] = mount;
  let rel;
  try {
    rel = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return send(res, 400, "bad request\n");
  }
  if (rel.includes("\0")) return send(res, 400, "bad request\n");
  let file = resolve(root, `.${sep}${rel}`);
  if (file !== root && !file.startsWith(root + sep)) return send(res, 404, "not found\n");
  // A fixture bank, when the build has no file of that name (only plain names: banks/NAME.json).
  const fixture = BANKS && root === DIST && /^banks\/[a-z0-9][a-z0-9-]{0,63}\.json$/.test(rel) ? join(BANKS, rel.slice(6)) : null;
  if (fixture && !existsSync(file) && existsSync(fixture)) file = fixture;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith("/")) return send(res, 301, "moved\n", { Location: `${url.pathname}/${url.search}` });
    file = join(file, "index.html");
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    return send(res, 404, `not found: ${url.pathname}\n`);
  }
  const type = MIME[extname(file).toLowerCase()] ?? "application/octet-stream";
  const stat = statSync(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const maxAge = url.searchParams.get("html-max-age") ?? "";
  const cache = HASHED.test(file)
    ? "public, max-age=31536000, immutable"
    : /^\d{1,6}$/.test(maxAge)
      ? `max-age=${maxAge}`
      : "no-cache";
  const headers = { "Cache-Control": cache, ETag: etag, "X-Content-Type-Options": "nosniff", ...COMMON };
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  res.writeHead(200, { "Content-Type": type, "Content-Length": stat.size, ...headers });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
});

server.listen(PORT, HOST, () => {
  console.log(`serve-dist: ${DIST} at http://${HOST}:${PORT}${BASE}${CSP ? " (strict CSP)" : ""}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
