// The widget built with an organisation's own bank (issue 12):
//   scripts/build-custom.sh tests/fixtures/banks/laboratoire.json --dist target/dist-custom
// (run by scripts/test.sh before the browser tests). Its config.json names the bank as the
// default, banks/laboratoire.json holds it, and its single file problemes-imaginaires.html,
// opened from disk alone in a folder, runs the whole assessment on that bank, requesting only
// itself.
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { test, expect, action, resultsStep } from "./helpers";
import { fixtureBank, middling, takeBank } from "./bank-helpers";

test.use({ allowedOrigins: ["file:"] });

const DIST = resolve(__dirname, "..", "..", "target", "dist-custom");
const LABO = fixtureBank("laboratoire");

test("build-custom.sh wrote the bank as banks/<id>.json and as config.json's default", () => {
  expect(existsSync(DIST), `${DIST}: run scripts/build-custom.sh tests/fixtures/banks/laboratoire.json --dist target/dist-custom`).toBe(true);
  const config = JSON.parse(readFileSync(join(DIST, "config.json"), "utf8"));
  expect(config.bank).toBe("laboratoire");
  expect(config.banks).toEqual(["laboratoire"]);
  // config.json's other settings are kept.
  expect(config.accessibility).toBeDefined();
  const bank = JSON.parse(readFileSync(join(DIST, "banks", "laboratoire.json"), "utf8"));
  expect(bank.id).toBe("laboratoire");
  expect(bank.problems.map((problem: { id: string }) => problem.id)).toEqual(LABO.problems.map((problem) => problem.id));
  expect(existsSync(join(DIST, "banks", "problemes-imaginaires.json"))).toBe(false);
  expect(existsSync(join(DIST, "equipe", "index.html"))).toBe(true);
});

test("its single file, opened from disk, runs the whole assessment on the custom bank", async ({ page, guard }) => {
  const dir = mkdtempSync(join(tmpdir(), "pi-custom-single-"));
  const copy = join(dir, "problemes-imaginaires.html");
  copyFileSync(join(DIST, "problemes-imaginaires.html"), copy);
  await page.goto(pathToFileURL(copy).href);
  await expect(action(page, "start")).toBeVisible();
  await takeBank(page, LABO, middling);
  for (const problem of LABO.problems) {
    await expect(resultsStep(page).locator(`[data-problem="${problem.id}"]`)).toHaveCount(1);
  }
  await expect(resultsStep(page).locator('[data-problem="validation-loop"]')).toHaveCount(0);
  // Compiled in, the bank is the built-in one here: answers under the page's own key.
  await expect.poll(() => page.evaluate(() => Object.keys(window.localStorage))).toContain("problemes-imaginaires:v1");
  expect(guard.requests.every((url) => url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:"))).toBe(true);
});
