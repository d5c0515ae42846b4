#!/usr/bin/env node
// Lighthouse's Accessibility and Best Practices scores of the built widget (dist/), served with
// the strict Content-Security-Policy (tests/browser/serve-dist.mjs --csp) under a sub-path, in
// Debian's Chromium with the flags of tests/browser/playwright.config.ts. Nothing is downloaded.
//   - the page (intro), the iframe page (index.html?embed=1) and the team view: navigations;
//   - the results: a snapshot after the questionnaire is answered by clicks (Lighthouse user
//     flow), so the results carry the keep tools as a person sees them.
// Usage: node scripts/lighthouse.mjs [--port 4179] [--json FILE]
// Prints one line per page and exits 1 when a score is under 100 (README, "Accessibility").
// With --perf: Lighthouse's default mobile profile instead (simulated slow 4G, CPU ×4) on the
// page, the English page and the team view: performance with LCP, TBT and CLS, SEO, and the
// back/forward cache audit with the reasons it gives (issue 13). Prints, exits 0.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { startFlow } from "lighthouse";
import puppeteer from "puppeteer-core";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(opt("port", 4179));
const base = `http://127.0.0.1:${port}/outils/autodiagnostic/`;
// The same flags as the browser tests (playwright.config.ts), headless.
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const CATEGORIES = ["accessibility", "best-practices"];
const SETTINGS = {
  onlyCategories: CATEGORIES,
  // Desktop, unthrottled: the scores measured here do not depend on speed.
  formFactor: "desktop",
  screenEmulation: { mobile: false, width: 1280, height: 720, deviceScaleFactor: 1, disabled: false },
  throttlingMethod: "provide",
  locale: "fr",
};

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the test server never answered at ${url}`);
}

function scoresOf(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  // The audits that count in the two scores and fail (informative ones, of weight 0, left out).
  const failing = CATEGORIES.flatMap((id) => lhr.categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
    .map((ref) => ref.id);
  return { accessibility: score("accessibility"), bestPractices: score("best-practices"), failing };
}

/** Lighthouse's mobile defaults: performance, SEO and the back/forward cache. */
async function perfReport(chrome) {
  const pages = [
    ["page (fr)", `${base}index.html`],
    ["page (en)", `${base}index.html?lang=en`],
    ["team view", `${base}equipe/index.html`],
    ["statement", `${base}accessibilite/`],
  ];
  const version = JSON.parse(readFileSync(join(root, "node_modules/lighthouse/package.json"), "utf8")).version;
  console.log(`Lighthouse ${version}, ${new Date().toISOString().slice(0, 10)}, Chromium (/usr/bin/chromium), strict CSP, mobile (default throttling)`);
  const rows = [];
  for (const [name, url] of pages) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, {
      extends: "lighthouse:default",
      settings: { onlyCategories: ["performance", "seo"], locale: "fr" },
    });
    const audit = (id) => lhr.audits[id];
    const bf = audit("bf-cache");
    const reasons = (bf?.details?.items ?? []).map((item) => item.reason ?? JSON.stringify(item)).join("; ");
    const row = {
      name,
      performance: Math.round(lhr.categories.performance.score * 100),
      seo: Math.round(lhr.categories.seo.score * 100),
      lcp: audit("largest-contentful-paint").displayValue,
      fcp: audit("first-contentful-paint").displayValue,
      tbt: audit("total-blocking-time").displayValue,
      cls: audit("cumulative-layout-shift").displayValue,
      bfcache: bf?.score === 1 ? "eligible" : `not eligible: ${reasons || bf?.explanation || "?"}`,
    };
    rows.push(row);
    console.log(`${name.padEnd(12)} Performance ${String(row.performance).padStart(3)} (FCP ${row.fcp}, LCP ${row.lcp}, TBT ${row.tbt}, CLS ${row.cls})  SEO ${String(row.seo).padStart(3)}  bf-cache ${row.bfcache}`);
  }
  return rows;
}

const server = spawn(process.execPath, [join(root, "tests/browser/serve-dist.mjs"), "--port", String(port), "--host", "127.0.0.1", "--csp"], {
  stdio: ["ignore", "ignore", "inherit"],
});
const results = [];
let chrome;
let perfOnly = false;
try {
  await waitForServer(base);
  chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  if (args.includes("--perf")) {
    const rows = await perfReport(chrome);
    const json = opt("json", null);
    if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
    perfOnly = true;
  }
  if (!perfOnly) {
  const navigations = [
    ["page (intro)", `${base}index.html?lang=fr`],
    ["iframe page (index.html?embed=1)", `${base}index.html?embed=1&lang=fr`],
    ["team view", `${base}equipe/index.html?lang=fr`],
  ];
  for (const [name, url] of navigations) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" }, { extends: "lighthouse:default", settings: SETTINGS });
    results.push({ name, url, ...scoresOf(lhr) });
  }

  // The results: answer every question by clicks, then a snapshot.
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: { width: 1280, height: 720 } });
  const page = await browser.newPage();
  const flow = await startFlow(page, { config: { extends: "lighthouse:default", settings: SETTINGS }, flags: { logLevel: "error" } });
  await flow.navigate(`${base}index.html?lang=fr`);
  await page.waitForSelector('button[data-action="start"]');
  await page.click('button[data-action="start"]');
  const labels = ["never", "rarely", "often", "always", "unknown"];
  for (let step = 0; step < 4; step++) {
    await page.waitForSelector('section[data-step="problem"] input[type="radio"]');
    const names = await page.$$eval('section[data-step="problem"] input[type="radio"]', (inputs) => [...new Set(inputs.map((input) => input.name))]);
    for (const [at, name] of names.entries()) {
      await page.click(`label[for="${await page.$eval(`input[name="${name}"][value="${labels[(at + step) % labels.length]}"]`, (input) => input.id)}"]`);
    }
    await page.click('button[data-action="next"]');
  }
  await page.waitForSelector('section[data-step="results"]');
  await flow.snapshot({ name: "results" });
  const report = await flow.createFlowResult();
  const snapshot = report.steps.find((step) => step.lhr.gatherMode === "snapshot");
  results.push({ name: "results (with the keep tools)", url: `${base}index.html (after the questionnaire)`, ...scoresOf(snapshot.lhr) });
  await browser.disconnect();
  }
} finally {
  if (chrome) await chrome.kill();
  server.kill();
}

if (perfOnly) process.exit(0);
const version = JSON.parse(readFileSync(join(root, "node_modules/lighthouse/package.json"), "utf8")).version;
console.log(`Lighthouse ${version}, ${new Date().toISOString().slice(0, 10)}, Chromium (/usr/bin/chromium), strict CSP, desktop`);
let ok = true;
for (const result of results) {
  const line = `${result.name.padEnd(34)} Accessibility ${String(result.accessibility).padStart(3)}  Best Practices ${String(result.bestPractices).padStart(3)}`;
  console.log(result.failing.length ? `${line}  failing: ${result.failing.join(", ")}` : line);
  if (result.accessibility < 100 || result.bestPractices < 100) ok = false;
}
const json = opt("json", null);
if (json) writeFileSync(json, JSON.stringify(results, null, 2));
process.exit(ok ? 0 : 1);
