#!/usr/bin/env node
// Prerenders the page's first screen into dist/index.html (issue 13), after the release build
// (scripts/env.sh, build_all). Not Yew's server-side rendering with hydration (not done yet,
// see README, "Performance"): a snapshot of the built page itself, taken in headless Debian
// Chromium (playwright-core): the French introduction as the app renders it with no saved
// session, written into the page's `<div id="app">`, its `.pi-app` root marked
// `data-prerendered`. The app replaces it with the same DOM in one task when it starts
// (start_page), so nothing flashes or moves.
// It also writes assets/early-input.js, minified and named by its content, as a classic script
// in the head: clicks on the prerendered buttons before the app runs are replayed when it
// starts, and the prerendered screen is hidden when the app will show something else.
// The first question step is prerendered too, in a <template>: the start button shows it before
// the app runs, and the answers chosen there are replayed.
// Run twice, it gives the same page: the snapshot replaces the previous one.
// Usage: node scripts/prerender.mjs [DIST]   (default dist/)
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(process.argv[2] ?? join(root, "dist"));
const fail = (what) => {
  console.error(`prerender: FAILED: ${what}`);
  process.exit(1);
};
const htmlPath = join(dist, "index.html");
if (!existsSync(htmlPath)) fail(`${htmlPath} not found (build first)`);

const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".json": "application/json" };
const server = createServer((req, res) => {
  let file = resolve(dist, `.${sep}${decodeURIComponent(new URL(req.url, "http://x").pathname)}`);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
// Port 0: any free port, so that builds never clash with a test server.
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

let snapshot;
let firstStep;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
});
try {
  const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${origin}/index.html`);
  await page.waitForSelector('.pi-app:not([data-prerendered]) [data-action="start"]', { timeout: 60_000 });
  if (errors.length) fail(`the page failed: ${errors.join("; ")}`);
  snapshot = await page.$eval("#app", (app) => app.innerHTML);
  await page.click('[data-action="start"]');
  firstStep = await page.$eval('section[data-step="problem"]', (section) => section.outerHTML);
} finally {
  await browser.close();
  server.close();
}
if (!snapshot.includes('data-step="intro"')) fail("the snapshot is not the introduction");
// The app writes some addresses in full from the page's own (the statement link): relative
// here, they lead to the same place wherever the page is served.
snapshot = snapshot.replaceAll(`${origin}/`, "");
if (firstStep.includes(origin) || /<script|\sstyle=|\son[a-z]+=/i.test(firstStep)) fail("the first step names the prerender server or holds a script or a style");
if (snapshot.includes(origin)) fail(`the snapshot still names the prerender server (${origin})`);
if (/<script|\sstyle=|\son[a-z]+=/i.test(snapshot)) fail("the snapshot holds a script, a style attribute or an event handler attribute");
const marked = snapshot.replace(/^<div ([^>]*\bclass="pi-app"[^>]*)>/, '<div $1 data-prerendered="">');
if (marked === snapshot) fail("the snapshot does not start with the app's root (<div class=\"pi-app\" …>)");

// The early-input script, named by its content like Trunk's files, with its integrity hash.
const early = require("esbuild").transformSync(readFileSync(join(root, "assets", "early-input.js"), "utf8"), {
  minify: true, target: "es2020",
}).code;
const earlyName = `early-input-${createHash("sha256").update(early).digest("hex").slice(0, 16)}.js`;
for (const old of readdirSync(dist).filter((name) => /^early-input-[0-9a-f]{16}\.js$/.test(name) && name !== earlyName)) {
  unlinkSync(join(dist, old));
}
writeFileSync(join(dist, earlyName), early);
const integrity = `sha384-${createHash("sha384").update(early).digest("base64")}`;

let html = readFileSync(htmlPath, "utf8");
html = html.replace(/<script src="\.\/early-input-[0-9a-f]{16}\.js"[^>]*><\/script>/, "");
if (!html.includes("</head>")) fail(`no </head> in ${htmlPath}`);
html = html.replace("</head>", `<script src="./${earlyName}" integrity="${integrity}"></script></head>`);
// The app's element: its noscript sentence stays, then the snapshot.
const app = html.match(/<div id="?app"?>([\s\S]*?<\/noscript>)[\s\S]*?<\/div>\s*<\/body>/);
if (!app) fail(`no <div id="app"><noscript>…</noscript>…</div> at the end of ${htmlPath}`);
html = html.replace(app[0], `<div id="app">${app[1]}${marked}<template id="pi-first-step">${firstStep}</template></div></body>`);
writeFileSync(htmlPath, html);
console.log(`prerender: ${htmlPath}: introduction prerendered (${marked.length} bytes), ${earlyName} (${early.length} bytes)`);
