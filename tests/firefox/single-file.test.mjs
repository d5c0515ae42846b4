// The single file dist/problemes-imaginaires.html in Firefox ESR (as
// tests/browser/single-file.spec.ts): copied alone into an empty folder and opened through
// file://, it inflates its inlined wasm, runs a whole assessment, keeps it over a reload, and
// requests nothing but itself.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  launchFirefox, makeGuard, visible, count, until, completeIn, expectResults, scopeOf, actionCss, RESULTS_CSS,
  FIRST, FIRST_RESULTS,
} from "./firefox.mjs";

const SINGLE = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "problemes-imaginaires.html");

let browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

/** A copy of the single file alone in a new empty folder; its file:// URL. */
function aloneOnDisk() {
  const copy = join(mkdtempSync(join(tmpdir(), "pi-single-firefox-")), "problemes-imaginaires.html");
  copyFileSync(SINGLE, copy);
  return pathToFileURL(copy).href;
}

test("opened from disk (file://), alone in its folder, it completes an assessment requesting only itself", async () => {
  const guard = makeGuard(["file:"]);
  const context = await browser.createBrowserContext();
  try {
    const page = await guard.newPage(context);
    const scope = scopeOf(page);
    const url = aloneOnDisk();
    await page.goto(url);
    await visible(scope, actionCss("start"), "the intro of the single file");
    await completeIn(scope, FIRST);
    await expectResults(scope, FIRST_RESULTS, "the single file's results");
    // Its share link points to this disk: the page says so and points to the JSON export.
    const link = await (await visible(scope, "input[data-share-link]")).evaluate((input) => input.value);
    assert.match(link, /^file:/);
    assert.match(await page.$eval("[data-share-from-file]", (el) => el.textContent), /JSON/);
    // No team view next to a file on a disk: no link to it.
    assert.equal(await count(scope, "a[data-team-link]"), 0);

    // Firefox keeps local storage for a file opened from disk: a reload comes back on the results;
    // if it did not, the page would have to say so.
    const kept = await page.evaluate(() => {
      try {
        return window.localStorage.getItem("problemes-imaginaires:v1") !== null;
      } catch {
        return false;
      }
    });
    if (kept) {
      await until(page, "the results saved", () => window.localStorage.getItem("problemes-imaginaires:v1")?.includes('"step":"results"'));
      await page.reload();
      await visible(scope, RESULTS_CSS, "the results after a reload");
      await expectResults(scope, FIRST_RESULTS, "the single file's results after a reload");
    } else {
      await visible(scope, '[data-storage-status="unavailable"]', "the notice that answers are not kept");
    }

    const fetched = guard.requests.filter((r) => !r.startsWith("data:") && !r.startsWith("blob:"));
    assert.deepEqual(fetched.filter((r) => r !== url), [], "requests other than the file itself");
    guard.check();
  } finally {
    await context.close();
  }
});
