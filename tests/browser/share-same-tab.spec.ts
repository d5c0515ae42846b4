// A share link pasted into a tab that already shows the app changes only the URL fragment (no
// reload): the app must still open the shared results, or say why the code is refused.
import { test, expect, completeWith, readScores, openApp, storedRaw, action, BASE_URL, SECOND } from "./helpers";

test("a share link opened in the same tab shows the shared results, then a bad one is explained", async ({
  page,
  freshContext,
}) => {
  // Someone else's results and link.
  const other = await (await freshContext()).newPage();
  const results = await completeWith(other, SECOND);
  const link = await results.locator("input[data-share-link]").inputValue();
  const scores = await readScores(results);
  const code = link.split("#r=")[1];
  expect(code, "the link carries a code").toMatch(/^PI1\./);

  // This visitor is on the intro, with nothing answered; the link's fragment is set in place.
  await openApp(page);
  const before = await storedRaw(page);
  await page.evaluate((fragment) => {
    window.location.hash = fragment;
  }, `#r=${code}`);
  const shared = page.locator('section[data-step="shared"]');
  await expect(shared).toBeVisible();
  expect(await readScores(shared)).toEqual(scores);
  await expect(shared.locator("h2")).toBeFocused();

  // A damaged code in the same tab: a sentence, no shared view, nothing stored changes.
  await page.evaluate(() => {
    window.location.hash = "#r=PI1.abc";
  });
  await expect(page.locator("[data-share-error]")).toBeVisible();
  await expect(shared).toHaveCount(0);
  await action(page, "dismiss-share-error").click();
  await expect(page.locator("[data-share-error]")).toHaveCount(0);
  expect(page.url()).toBe(BASE_URL);
  expect(await storedRaw(page)).toBe(before);
});
