// Browser benchmark of the team view: 10,000 answer codes pasted at once, in Chromium.
//   node scripts/bench-team.mjs [count=10000] [runs=5]
// Needs a release build in dist/ (scripts/test.sh, or `source scripts/env.sh && build_all`).
// Generates the codes deterministically with
// `cargo run -q -p assessment-core --example gen_codes -- <count>`, serves dist/ with
// tests/browser/serve-dist.mjs on a free port, opens the team view in Debian's Chromium
// (the flags of tests/browser/playwright.config.ts), pastes the codes, and times the page from
// outside, with Performance marks and measures taken by this script in the page (the production
// view has no timing code of its own):
//   - decode + aggregate: the "Ajouter" click, dispatched in the page. Yew runs the handler
//     (the reducer: find + decode into the collection, then TeamResult::compute) before the
//     click returns, and only schedules the DOM update;
//   - aggregate: then a change of k (3 to 4), whose handler recomputes the result only;
//   - decode: the difference;
//   - render: from the click's return until the next animation frame after the people count
//     appears in the DOM.
// Median and minimum of the runs, each in a fresh page.
// The native counterpart, with decode and aggregate timed apart:
// `cargo bench -p assessment-core --bench team`.
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const count = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const BASE = "/outils/autodiagnostic/";

const codes = execFileSync("cargo", ["run", "-q", "-p", "assessment-core", "--example", "gen_codes", "--", String(count)], {
  cwd: root,
  maxBuffer: 1 << 28,
  encoding: "utf8",
});
const lines = codes.trim().split("\n").length;
console.log(`bench-team: ${lines} codes, ${codes.length} bytes`);

const port = await new Promise((resolve, reject) => {
  const probe = createServer();
  probe.once("error", reject);
  probe.listen(0, "127.0.0.1", () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const server = spawn("node", [join(root, "tests/browser/serve-dist.mjs"), "--port", String(port), "--host", "127.0.0.1"], {
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => String(chunk).includes("serve-dist:") && resolve());
  server.once("exit", (code) => reject(new Error(`serve-dist exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
const results = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ locale: "fr-FR" });
    await page.goto(`http://127.0.0.1:${port}${BASE}equipe/`);
    await page.waitForSelector("textarea[data-team-input]");
    // Setting the value directly: what a paste does, without timing the typing of 400 KB.
    await page.evaluate((text) => {
      document.querySelector("textarea[data-team-input]").value = text;
    }, codes);
    const started = Date.now();
    const timing = await page.evaluate(async (lines) => {
      const measure = (name, start, end) => performance.measure(name, start, end).duration;
      const painted = (selector) =>
        new Promise((resolve) => {
          const check = () => (document.querySelector(selector) ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
          check();
        });
      performance.mark("add-start");
      document.querySelector('button[data-action="add-codes"]').click();
      performance.mark("add-end");
      await painted(`[data-people="${lines}"]`);
      performance.mark("painted");
      const k = document.querySelector("input[data-k]");
      k.value = "4";
      performance.mark("k-start");
      k.dispatchEvent(new Event("change", { bubbles: true }));
      performance.mark("k-end");
      const both = measure("decode+aggregate", "add-start", "add-end");
      const aggregate = measure("aggregate", "k-start", "k-end");
      return {
        decode: both - aggregate,
        aggregate,
        render: measure("render", "add-end", "painted"),
        accepted: Number(document.querySelector("[data-accepted]")?.getAttribute("data-accepted")),
        people: Number(document.querySelector("[data-people]")?.getAttribute("data-people")),
      };
    }, lines);
    const wall = Date.now() - started;
    if (timing.accepted !== lines) throw new Error(`expected ${lines} accepted codes, the page says ${timing.accepted}`);
    if (timing.people !== lines) throw new Error(`expected ${lines} people, the page shows ${timing.people}`);
    results.push({ decode: timing.decode, aggregate: timing.aggregate, render: timing.render, wall });
    console.log(
      `run ${run + 1}: decode ${timing.decode.toFixed(1)} ms, aggregate ${timing.aggregate.toFixed(1)} ms, ` +
        `render ${timing.render.toFixed(1)} ms (click to painted: ${wall} ms)`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

const stat = (key) => {
  const values = results.map((r) => r[key]).sort((a, b) => a - b);
  return { median: values[Math.floor(values.length / 2)], min: values[0] };
};
console.log(`\nbench-team: ${lines} codes, median (min) of ${results.length} runs in Chromium`);
for (const [key, label] of [["decode", "decode (find + decode)"], ["aggregate", "aggregate"], ["render", "render (to next frame)"]]) {
  const { median, min } = stat(key);
  console.log(`  ${label.padEnd(24)} ${median.toFixed(1).padStart(7)} ms  (${min.toFixed(1)} ms)`);
}
const both = results.map((r) => r.decode + r.aggregate).sort((a, b) => a - b);
const bothMedian = both[Math.floor(both.length / 2)];
console.log(`  ${"decode + aggregate".padEnd(24)} ${bothMedian.toFixed(1).padStart(7)} ms  (goal < 100 ms: ${bothMedian < 100 ? "met" : "NOT met"})`);
