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
  backupKeys, decodeCode, FIRST, SECOND,
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
  // The previous release had bank version 1; this one has version 2 (the content review), so the
  // history is carried over (docs/bank-format.md): the same dates, nonces and answers, each code
  // written again for version 2.
  type Entry = { code: string; date: string; nonce: number };
  const entries = (history: Entry[]) =>
    history.map((entry) => ({ date: entry.date, nonce: entry.nonce, answers: decodeCode(entry.code).answers }));
  expect(entries(after.history)).toEqual(entries(before.history));
  expect(after.history.map((entry: Entry) => decodeCode(entry.code).bankVersion)).toEqual([2, 2]);
  expect(after.nonce).toEqual(before.nonce);
  expect(after.bank.version, "saved again as version 2").toBe(2);

  // The history, in the new release: both entries, compared.
  await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
  const history = page.locator('section[data-step="history"]');
  await expect(history).toBeVisible();
  await expect(history.locator("[data-history-entry]")).toHaveCount(2);
  expect(first).not.toEqual(second);
});
