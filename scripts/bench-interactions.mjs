#!/usr/bin/env node
// Interaction benchmark (issue 13): main-thread work per interaction of the built page (dist/),
// with the CPU slowed 4× (Emulation.setCPUThrottlingRate), in headless Debian Chromium driven by
// playwright-core with real input (mouse clicks and key presses through the DevTools protocol).
// Two figures per interaction:
//   - handlers: script time of the event's dispatch, from a capture listener on `window` (the
//     first to run) to a bubbling listener on `window` (the last): the app's handlers, Yew's
//     render of the change and its effects (Yew runs them synchronously), summed over the
//     interaction's events (pointerdown, pointerup, click, change / keydown, keypress, input,
//     keyup);
//   - event timing: the Event Timing API's duration of the interaction's longest event
//     (PerformanceObserver type "event", durationThreshold 16: input delay, handlers, and the
//     style, layout and paint of the next frame; 8 ms resolution). An interaction with no entry
//     took under 16 ms and counts as "<16".
// Interactions: answering a question (a click on an answer's label), changing step (next and
// previous), switching language (FR/EN on the results), typing a note on the results (one key
// press per character).
// Usage: node scripts/bench-interactions.mjs [--dist DIR] [--port 4188] [--label TEXT]
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = resolve(opt("dist", join(root, "dist")));
const PORT = Number(opt("port", 4188));
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`bench-interactions: ${join(DIST, "index.html")} not found (build first)`);
  process.exit(1);
}
const MIME = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".json": "application/json" };
const server = createServer((req, res) => {
  let file = resolve(DIST, `.${sep}${decodeURIComponent(new URL(req.url, "http://x").pathname)}`);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!file.startsWith(DIST) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": MIME[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((done) => server.listen(PORT, "127.0.0.1", done));

const PROBE = `(() => {
  const b = { handlers: 0, entries: [] };
  window.__interaction = b;
  const types = ["pointerdown", "pointerup", "click", "change", "keydown", "keypress", "input", "keyup", "beforeinput"];
  let start = 0;
  for (const type of types) {
    window.addEventListener(type, () => { start = performance.now(); }, true);
    window.addEventListener(type, () => { b.handlers += performance.now() - start; }, false);
  }
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.entries.push({ name: e.name, duration: e.duration, id: e.interactionId }); })
    .observe({ type: "event", durationThreshold: 16, buffered: true });
})();`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
});
const results = { "answer a question": [], "change step": [], "switch language": [], "type a note": [] };
try {
  const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 800 } });
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/index.html?lang=fr`);
  await page.waitForSelector('[data-action="start"]');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.pi-app [data-action="start"]');
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

  /** Runs `act`, waits for two frames and for event entries to settle, and records the interaction. */
  async function timed(kind, act) {
    await page.evaluate(() => { window.__interaction.handlers = 0; window.__interaction.entries = []; });
    await act();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    const b = await page.evaluate(() => window.__interaction);
    const longest = b.entries.reduce((max, e) => Math.max(max, e.duration), 0);
    results[kind].push({ handlers: b.handlers, event: longest });
  }

  await page.click('[data-action="start"]');
  const labels = ["never", "rarely", "often", "always", "unknown"];
  for (let step = 0; step < 4; step++) {
    await page.waitForSelector('section[data-step="problem"] input[type="radio"]');
    const names = await page.$$eval('section[data-step="problem"] input[type="radio"]', (inputs) => [...new Set(inputs.map((input) => input.name))]);
    for (const [at, name] of names.entries()) {
      const id = await page.$eval(`input[name="${name}"][value="${labels[(at + step) % labels.length]}"]`, (input) => input.id);
      await timed("answer a question", () => page.click(`label[for="${id}"]`));
    }
    if (step === 1) {
      // Back one step and forward again.
      await timed("change step", () => page.click('[data-action="previous"]'));
      await page.waitForSelector('section[data-step="problem"]');
      await timed("change step", () => page.click('[data-action="next"]'));
      await page.waitForSelector('section[data-step="problem"]');
    }
    await timed("change step", () => page.click('[data-action="next"]'));
  }
  await page.waitForSelector('section[data-step="results"]');
  for (let round = 0; round < 3; round++) {
    await timed("switch language", () => page.click('.lang-switch button[data-lang="en"]'));
    await timed("switch language", () => page.click('.lang-switch button[data-lang="fr"]'));
  }
  await page.click("#pi-note-0");
  for (const char of "Nous attendons trop de validations") {
    await timed("type a note", () => page.keyboard.press(char === " " ? "Space" : char));
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => (value < 16 ? "<16" : value.toFixed(0));
console.log(`bench-interactions ${new Date().toISOString().slice(0, 16)}Z, CPU ×4, load average ${loadavg()[0].toFixed(1)}, ${opt("label", DIST)}`);
console.log(`${"".padEnd(20)}${"n".padStart(4)}  handlers median / max (ms)   event timing median / max (ms)   over 16 ms`);
for (const [kind, runs] of Object.entries(results)) {
  const handlers = runs.map((run) => run.handlers);
  const events = runs.map((run) => run.event);
  console.log(
    `${kind.padEnd(20)}${String(runs.length).padStart(4)}  ${median(handlers).toFixed(1).padStart(8)} / ${Math.max(...handlers).toFixed(1).padStart(6)}` +
      `             ${ms(median(events)).padStart(5)} / ${ms(Math.max(...events)).padStart(5)}                ${events.filter((e) => e > 16).length}`,
  );
}
