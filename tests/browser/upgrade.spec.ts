// Upgrading (issue 14): an administrator copies the new release over the previous one, at the
// same address. The previous release's dist/ is fixed in the test suite
// (tests/fixtures/previous-release/, the build of main at 5816a3f, before versions were shown;
// see its README.md for how a release refreshes it). deploy-servers.mjs serves
// target/deploy-test/upgrade/site on 127.0.0.1:4186/outils/autodiagnostic/ (serve-dist.mjs,
// no caching); `site` is a symbolic link that this spec points at the previous release, then
// at the new release folder: same origin, same address, as when a folder is replaced.
// Answers and history saved by the previous release must be there, intact, in the new one.
import { existsSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  test, expect, completeWith, readScores, restartFromResults, start, fillQuestionnaire, resultsStep, storedState,
  backupKeys, FIRST, SECOND, STATE_KEY,
} from "./helpers";
import { DEPLOY_PORTS, releaseDir, releaseVersion, workDir } from "./deploy-paths.cjs";

const ROOT = resolve(__dirname, "..", "..");
const PREVIOUS = join(ROOT, "tests", "fixtures", "previous-release");
const NEW = releaseDir(ROOT);
const SITE = join(workDir(ROOT), "upgrade", "site");
const ORIGIN = `http://127.0.0.1:${DEPLOY_PORTS.upgrade}`;

/** Points the served folder at `target` (the upgrade itself: one folder replaced by another). */
function serve(target: string): void {
  expect(existsSync(join(target, "index.html")), `${target}/index.html`).toBe(true);
  rmSync(SITE, { force: true });
  symlinkSync(target, SITE);
}

test.use({ baseURL: `${ORIGIN}/outils/autodiagnostic/`, allowedOrigins: [ORIGIN] });
test.afterAll(() => serve(PREVIOUS));

test("answers and history saved by the previous release are intact after the upgrade", async ({ page }) => {
  serve(PREVIOUS);
  // The previous release: two assessments (FIRST, then SECOND), so the history has two entries.
  const first = await readScores(await completeWith(page, FIRST));
  // Not the new release (releases before 0.4.0 show no version in their footer).
  const previous = (await page.locator(".pi-version").count()) > 0 ? await page.locator(".pi-version").getAttribute("data-version") : null;
  expect(previous, "the previous release is another version").not.toBe(releaseVersion(ROOT));
  await restartFromResults(page);
  await start(page);
  await fillQuestionnaire(page, (question) => SECOND[question] ?? null);
  const second = await readScores(resultsStep(page));
  const before = await storedState(page);
  expect(before.history).toHaveLength(2);
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STATE_KEY);

  serve(NEW);
  await page.reload();
  await expect(page.locator(".pi-version")).toHaveAttribute("data-version", releaseVersion(ROOT));
  // The same results as before the upgrade, without a notice about unreadable data.
  const results = resultsStep(page);
  await expect(results).toBeVisible();
  expect(await readScores(results)).toEqual(second);
  expect(await backupKeys(page), "nothing set aside as unreadable").toEqual([]);
  const after = await storedState(page);
  expect(after.answers).toEqual(before.answers);
  expect(after.history).toEqual(before.history);
  expect(after.nonce).toEqual(before.nonce);
  // What the new release keeps reads back in the previous one too (a rollback loses nothing).
  expect(await page.evaluate((key) => window.localStorage.getItem(key), STATE_KEY)).toBe(raw);

  // The history, in the new release: both entries, compared.
  await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
  const history = page.locator('section[data-step="history"]');
  await expect(history).toBeVisible();
  await expect(history.locator("[data-history-entry]")).toHaveCount(2);
  expect(first).not.toEqual(second);
});
