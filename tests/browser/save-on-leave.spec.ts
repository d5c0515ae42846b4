// Saving waits for a pause in typing (300 ms, issue 13), and is done at once when the page is
// left (`pagehide`) or hidden (`visibilitychange`): a note typed just before a reload, or before
// the tab is closed, is there when the page opens again.
import { test, expect, completeWith, resultsStep, FIRST, STATE_KEY } from "./helpers";

const NOTE = "Trois validations pour une virgule";

test("a note typed just before a reload is kept", async ({ page }) => {
  await completeWith(page, FIRST);
  await page.locator("#pi-note-0").click();
  await page.keyboard.type(NOTE);
  // No pause: the reload leaves the page at once.
  await page.reload();
  await expect(resultsStep(page)).toBeVisible();
  await expect(page.locator("#pi-note-0")).toHaveValue(NOTE);
});

test("a note typed just before the tab is closed is kept", async ({ page, context }) => {
  await completeWith(page, FIRST);
  await page.locator("#pi-note-1").click();
  await page.keyboard.type(NOTE);
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto("./");
  await expect(resultsStep(again)).toBeVisible();
  await expect(again.locator("#pi-note-1")).toHaveValue(NOTE);
});

test("a note is saved once typing pauses, without leaving the page", async ({ page }) => {
  await completeWith(page, FIRST);
  await page.locator("#pi-note-0").click();
  await page.keyboard.type(NOTE);
  // Read without making the page save (storedRaw would send `pagehide`).
  await expect
    .poll(() => page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}").notes?.[0] ?? null, STATE_KEY))
    .toBe(NOTE);
});
