// Unreadable data is never lost and never overwritten: each time the page cannot read what is
// saved, it copies it under a new key named after the moment ("…:v1:backup:<ISO instant>") and
// starts afresh; every load lists each backup (the legacy "…:v1:unreadable" too) in a notice
// where it can be downloaded as it is, tried again with this page's code (and restored after a
// confirmation), or deleted after a confirmation.
import {
  test, expect, action, resultsStep, downloadFrom, storedRaw, backupKeys, expectNoAxeViolations,
  STATE_KEY, BACKUP_PREFIX, BACKUP_KEY, PROBLEMS, expectResult,
} from "./helpers";
import { GOLDEN, GOLDEN_STORED, scoresOfDigits } from "./golden-state";
import type { Locator, Page } from "@playwright/test";

const notice = (page: Page): Locator => page.locator("section[data-backups]");
const item = (page: Page, key: string): Locator => notice(page).locator(`li[data-backup="${key}"]`);

/** Opens the app once, then puts `entries` in its storage and reloads. */
async function openWith(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto("./");
  await expect(action(page, "start")).toBeVisible();
  await page.evaluate((values) => {
    for (const [key, value] of Object.entries(values)) window.localStorage.setItem(key, value);
  }, entries);
  await page.reload();
  await expect(action(page, "start").or(resultsStep(page))).toBeVisible();
}

test("each unreadable value gets a backup of its own, listed on every load, downloadable and deletable after a confirmation", async ({ page }) => {
  const first = "{damaged one";
  await openWith(page, { [STATE_KEY]: first });
  await expect(page.locator('[data-storage-status="unreadable"]')).toBeVisible();
  await expect.poll(() => backupKeys(page)).toHaveLength(1);
  const [firstKey] = await backupKeys(page);
  expect(firstKey).toMatch(/^problemes-imaginaires:v1:backup:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(await storedRaw(page, firstKey)).toBe(first);
  await expect(notice(page).locator("h2")).toHaveText(/Données mises de côté/);
  await expect(notice(page).locator("li[data-backup]")).toHaveCount(1);
  const taken = firstKey.slice(BACKUP_PREFIX.length);
  await expect(item(page, firstKey)).toContainText(`${taken.slice(0, 10)} ${taken.slice(11, 16)} UTC`);
  await expectNoAxeViolations(page, "the page with the backups notice");

  // Offered again on the next load, although the state key now holds nothing unreadable.
  await page.reload();
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator('[data-storage-status="unreadable"]')).toHaveCount(0);
  await expect(item(page, firstKey)).toBeVisible();

  // A second failure gets a second backup; the first stays as it was.
  const second = '{"schema":"problemes-imaginaires/state","schemaVersion":42}';
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STATE_KEY, second]);
  await page.reload();
  await expect(notice(page).locator("li[data-backup]")).toHaveCount(2);
  const keys = await backupKeys(page);
  expect(keys).toHaveLength(2);
  const secondKey = keys.find((key) => key !== firstKey) as string;
  expect(await storedRaw(page, firstKey)).toBe(first);
  expect(await storedRaw(page, secondKey)).toBe(second);

  // Download gives the raw value, with a file name made from the moment.
  const file = await downloadFrom(page, item(page, secondKey).locator('button[data-action="download-backup"]'));
  expect(file.text).toBe(second);
  expect(file.name).toMatch(/^problemes-imaginaires-sauvegarde-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);

  // Retrying an unreadable one says why, in a sentence.
  await item(page, secondKey).locator('button[data-action="retry-backup"]').click();
  await expect(item(page, secondKey).locator("[data-backup-retry]")).toContainText(/Toujours impossible.*version plus récente/);

  // Delete asks first; cancelling keeps it; confirming removes that key only.
  const firstItem = item(page, firstKey);
  await firstItem.locator('button[data-action="delete-backup"]').click();
  await expect(firstItem.locator('button[data-action="confirm-delete-backup"]')).toBeFocused();
  expect(await storedRaw(page, firstKey)).toBe(first);
  await firstItem.locator('button[data-action="cancel-delete-backup"]').click();
  await expect(firstItem.locator('button[data-action="delete-backup"]')).toBeVisible();
  expect(await storedRaw(page, firstKey)).toBe(first);
  await firstItem.locator('button[data-action="delete-backup"]').click();
  await firstItem.locator('button[data-action="confirm-delete-backup"]').click();
  await expect(firstItem).toHaveCount(0);
  await expect(page.locator("[data-backups-status]")).toContainText(/supprimées/);
  expect(await storedRaw(page, firstKey)).toBeNull();
  expect(await storedRaw(page, secondKey)).toBe(second);
  await page.reload();
  await expect(notice(page).locator("li[data-backup]")).toHaveCount(1);
});

test("a backup this page can read is restored after a confirmation, and stays offered", async ({ page }) => {
  const key = `${BACKUP_PREFIX}2026-01-02T03:04:05.678Z`;
  await openWith(page, { [key]: GOLDEN_STORED });
  await expect(action(page, "start")).toBeVisible();
  const backup = item(page, key);
  await expect(backup).toContainText("2026-01-02 03:04 UTC");

  await backup.locator('button[data-action="retry-backup"]').click();
  const confirm = backup.locator('button[data-action="confirm-restore-backup"]');
  await expect(confirm).toBeFocused();
  await expect(backup.locator('[role="group"]')).toContainText(/remplace vos réponses/);
  // Nothing is replaced before the confirmation.
  await expect(action(page, "start")).toBeVisible();
  await confirm.click();

  const results = resultsStep(page);
  await expect(results).toBeVisible();
  const scores = scoresOfDigits(GOLDEN.answers);
  for (const problem of PROBLEMS) {
    await expect(results.locator(`[data-problem="${problem}"]`)).toHaveAttribute("data-score", scores[problem]);
  }
  await expect(page.locator("#pi-note-0")).toHaveValue(GOLDEN.notes[0]);
  await expect(page.locator("[data-backups-status]")).toContainText(/reprises/);
  await expect.poll(async () => JSON.parse((await storedRaw(page)) ?? "{}").answers).toBe(GOLDEN.answers);
  expect(await storedRaw(page, key)).toBe(GOLDEN_STORED);
});

test("the single backup key of earlier versions is still offered", async ({ page }) => {
  await openWith(page, { [BACKUP_KEY]: "{old copy" });
  const legacy = item(page, BACKUP_KEY);
  await expect(legacy).toContainText(/version précédente de cette page/);
  const file = await downloadFrom(page, legacy.locator('button[data-action="download-backup"]'));
  expect(file.text).toBe("{old copy");
  expect(file.name).toBe("problemes-imaginaires-sauvegarde.json");
});

test("deleting everything says it removes the backups too, and does", async ({ page }) => {
  const key = `${BACKUP_PREFIX}2026-01-02T03:04:05.678Z`;
  await openWith(page, { [key]: "{x", [BACKUP_KEY]: "{y" });
  await expect(notice(page).locator("li[data-backup]")).toHaveCount(2);
  await action(page, "delete-data").click();
  await expect(page.locator("#pi-delete-data-question")).toContainText(/données mises de côté/);
  await action(page, "confirm-delete-data").click();
  await expect(notice(page)).toHaveCount(0);
  expect(await storedRaw(page, key)).toBeNull();
  expect(await storedRaw(page, BACKUP_KEY)).toBeNull();
});

test("the state saved by the previous release opens on its results, with its scores, notes and history", async ({ page }) => {
  await openWith(page, { [STATE_KEY]: GOLDEN_STORED });
  const results = resultsStep(page);
  await expect(results).toBeVisible();
  const scores = scoresOfDigits(GOLDEN.answers);
  for (const problem of PROBLEMS) {
    const band = (score: string) => (score === "" ? "none" : Number(score) < 5 ? "strong" : Number(score) < 8 ? "watch" : "under-control");
    await expectResult(results.locator(`[data-problem="${problem}"]`), scores[problem], band(scores[problem]));
  }
  await expect(page.locator("#pi-note-0")).toHaveValue(GOLDEN.notes[0]);
  await expect(page.locator("#pi-note-1")).toHaveValue(GOLDEN.notes[1].replace(/\r\n/g, "\n"));
  await expect(page.locator('[data-storage-status="unreadable"]')).toHaveCount(0);
  await expect(notice(page)).toHaveCount(0);
  await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
  const history = page.locator('section[data-step="history"]');
  for (const entry of GOLDEN.history) {
    await expect(history.locator(`[data-history-entry][data-date="${entry.date}"]`)).toHaveCount(1);
  }
  // What was saved is what this page reads: nothing was put aside.
  expect(await backupKeys(page)).toEqual([]);
});
