#!/usr/bin/env node
// Load benchmark (issue 13): the built page (dist/) side by side with a static HTML page of the
// same first screen, the physical limit, which this script builds itself from the built page.
// Headless Debian Chromium (playwright-core), every round in a new browser context (cold cache),
// both served by a gzipping server of this script, targets interleaved round by round.
//   Profiles: desktop (no throttling); old laptop on a busy intranet (CPU slowed 4× through
//   Emulation.setCPUThrottlingRate, 1.6 Mbit/s down, 150 ms RTT through
//   Network.emulateNetworkConditions).
//   Figures, from navigation start, in-page (performance.now()):
//   - first contentful paint (paint timing);
//   - first visible control: the first frame (requestAnimationFrame) where the start button
//     (`[data-action="start"]`, the first screen's only way forward) is in the page with a box,
//     once the page has painted (its first-contentful-paint entry is there);
//   - first click that works: the button is clicked as soon as it is visible, again every 100 ms
//     while nothing happens, until the first question step (`[data-step="problem"]`) is in the
//     page; the figure is that moment;
//   - app fully started: the `pi:started` performance mark the boot file sets once the app runs
//     (builds without it: the first `.pi-app` element, which only the wasm wrote then); for the
//     static page, its script's mark;
//   - layout shift: the page's cumulative layout shift until then (not input-driven).
// Usage: node scripts/bench-load.mjs [--dist DIR] [--baseline DIR] [--rounds 15] [--port 4187]
//          [--profiles desktop,laptop] [--surveyjs]
//   --baseline DIR: a second build measured in the same run (e.g. main's dist/), "before".
//   --surveyjs: not available: SurveyJS is on npm but is not a dependency of this repository
//   (README, "Performance"); the option says so and stops.
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
if (args.includes("--surveyjs")) {
  console.error("bench-load: --surveyjs needs SurveyJS (npm survey-core, survey-js-ui) served locally; it is not installed in this repository.");
  process.exit(2);
}
const DIST = resolve(opt("dist", join(root, "dist")));
const BASELINE = opt("baseline", null) && resolve(opt("baseline", null));
const ROUNDS = Number(opt("rounds", 15));
const PORT = Number(opt("port", 4187));
const PROFILES = opt("profiles", "desktop,laptop").split(",");
const STATIC_DIR = join(root, "target", "bench-static");
const CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

for (const dir of [DIST, BASELINE].filter(Boolean)) {
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`bench-load: ${join(dir, "index.html")} not found (build first: source scripts/env.sh; build_all)`);
    process.exit(1);
  }
}

// ---- The gzipping server: /app/ the build, /base/ the baseline, /static/ the static page. ----
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".svg": "image/svg+xml", ".json": "application/json; charset=utf-8" };
const mounts = { "/app/": DIST, "/static/": STATIC_DIR, ...(BASELINE ? { "/base/": BASELINE } : {}) };
const gzipped = new Map();
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const base = Object.keys(mounts).find((prefix) => url.pathname.startsWith(prefix));
  if (!base) return res.writeHead(404).end();
  let file = resolve(mounts[base], `.${sep}${decodeURIComponent(url.pathname.slice(base.length))}`);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!file.startsWith(mounts[base]) || !existsSync(file)) return res.writeHead(404).end();
  const type = MIME[extname(file)] ?? "application/octet-stream";
  const headers = { "Content-Type": type, "Cache-Control": "no-cache" };
  let body = readFileSync(file);
  if (/text|javascript|json|wasm|svg/.test(type) && /gzip/.test(req.headers["accept-encoding"] ?? "")) {
    const key = `${file}:${statSync(file).mtimeMs}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
    body = gzipped.get(key);
    headers["Content-Encoding"] = "gzip";
    headers.Vary = "Accept-Encoding";
  }
  res.writeHead(200, { ...headers, "Content-Length": body.length });
  res.end(body);
});
await new Promise((done) => server.listen(PORT, "127.0.0.1", done));
const origin = `http://127.0.0.1:${PORT}`;

// ---- What every page measures about itself, from before its first script. ----
const PROBE = `(() => {
  const t = { clicks: 0, cls: 0 };
  window.__bench = t;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) t.cls += e.value; })
      .observe({ type: "layout-shift", buffered: true });
  } catch {}
  let lastClick = -1e9;
  // Nobody sees a control before the page's first paint, whatever the DOM holds.
  const visible = (el) => el && el.getClientRects().length > 0 &&
    performance.getEntriesByName("first-contentful-paint").length > 0;
  const frame = () => {
    const now = performance.now();
    const button = document.querySelector('[data-action="start"]');
    if (t.control === undefined && visible(button)) t.control = now;
    if (t.works === undefined && document.querySelector('[data-step="problem"]')) t.works = now;
    if (t.started === undefined) {
      const mark = performance.getEntriesByName("pi:started")[0];
      if (mark) t.started = mark.startTime;
      else if (!document.querySelector("[data-prerendered]") && document.querySelector(".pi-app")) t.started = now;
    }
    if (t.works === undefined && visible(button) && now - lastClick >= 100) {
      lastClick = now;
      t.clicks += 1;
      button.click();
    }
    if (t.works === undefined || t.started === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function newPage(browser, profile, probe = true) {
  const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 800 } });
  if (probe) await context.addInitScript(PROBE);
  const page = await context.newPage();
  if (profile === "laptop") {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8),
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  }
  return { context, page };
}

// ---- The static page: the built page's first screen and first question step, as plain HTML. ----
async function buildStatic(browser) {
  const { context, page } = await newPage(browser, "desktop", false);
  await page.goto(`${origin}/app/index.html?lang=fr`);
  await page.waitForFunction(() => performance.getEntriesByName("pi:started").length > 0 ||
    (!document.querySelector("[data-prerendered]") && document.querySelector(".pi-app")));
  const intro = await page.$eval("#app", (app) => app.innerHTML);
  const head = await page.evaluate(() => ({ title: document.title, lang: document.documentElement.lang }));
  await page.click('[data-action="start"]');
  const step = await page.$eval('[data-step="problem"]', (section) => section.outerHTML);
  await context.close();
  mkdirSync(STATIC_DIR, { recursive: true });
  const css = readdirSync(DIST).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
  writeFileSync(join(STATIC_DIR, "main.css"), readFileSync(join(DIST, css)));
  // Its script, in the head and not deferred, so that no click is lost: the start button shows
  // the first step; a mark says it runs.
  writeFileSync(join(STATIC_DIR, "static.js"),
    `performance.mark("pi:started");document.addEventListener("click",(e)=>{if(e.target.closest('[data-action="start"]')){` +
    `const s=document.querySelector('[data-step="intro"]');s.replaceWith(document.getElementById("step").content.cloneNode(true));}});\n`);
  writeFileSync(join(STATIC_DIR, "index.html"),
    `<!doctype html><html lang="${head.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${head.title}</title><link rel="stylesheet" href="main.css"><script src="static.js"></script></head>` +
    `<body><div id="app">${intro.replace(/ data-prerendered(="[^"]*")?/g, "")}</div><template id="step">${step}</template></body></html>\n`);
}

async function measure(browser, profile, url) {
  const { context, page } = await newPage(browser, profile);
  try {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench && window.__bench.works !== undefined && window.__bench.started !== undefined,
      null, { timeout: 60_000, polling: 50 }).catch(async (error) => {
      const state = await page.evaluate(() => JSON.stringify(window.__bench)).catch(() => "?");
      throw new Error(`${url} (${profile}) never finished: ${state}; ${error.message}`);
    });
    return await page.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    }));
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROME_ARGS });
try {
  await buildStatic(browser);
  const targets = [["static page", `${origin}/static/index.html`], ["this app", `${origin}/app/index.html?lang=fr`]];
  if (BASELINE) targets.push(["baseline", `${origin}/base/index.html?lang=fr`]);
  const chromeVersion = browser.version();
  console.log(`bench-load ${new Date().toISOString().slice(0, 16)}Z, Chromium ${chromeVersion}, ${ROUNDS} rounds per target, cold cache, gzip`);
  console.log(`  app: ${DIST}${BASELINE ? `\n  baseline: ${BASELINE}` : ""}`);
  for (const profile of PROFILES) {
    const runs = Object.fromEntries(targets.map(([name]) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, and the order turns each round, so that no target always goes first.
      const order = targets.map((_, at) => targets[(at + round) % targets.length]);
      for (const [name, url] of order) runs[name].push(await measure(browser, profile, url));
    }
    const label = profile === "laptop" ? "old laptop (CPU ×4, 1.6 Mbit/s, 150 ms RTT)" : "desktop";
    console.log(`\n${label}: medians in ms (ratio to the static page)`);
    const metrics = [["first contentful paint", "fcp"], ["first visible control", "control"],
      ["first click that works", "works"], ["app fully started", "started"]];
    console.log(`  ${"".padEnd(24)}${targets.map(([name]) => name.padStart(20)).join("")}`);
    for (const [title, key] of metrics) {
      const reference = median(runs["static page"].map((run) => run[key]));
      const cells = targets.map(([name]) => {
        const value = median(runs[name].map((run) => run[key]));
        return name === "static page" ? `${value.toFixed(0)}` : `${value.toFixed(0)} (${(value / reference).toFixed(2)}×)`;
      });
      console.log(`  ${title.padEnd(24)}${cells.map((cell) => cell.padStart(20)).join("")}`);
    }
    const cls = targets.map(([name]) => Math.max(...runs[name].map((run) => run.cls)).toFixed(3).padStart(20));
    console.log(`  ${"layout shift (max)".padEnd(24)}${cls.join("")}`);
    const clicks = targets.map(([name]) => String(median(runs[name].map((run) => run.clicks))).padStart(20));
    console.log(`  ${"clicks needed (median)".padEnd(24)}${clicks.join("")}`);
  }
} finally {
  await browser.close();
  server.close();
}
