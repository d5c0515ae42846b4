// The hosted page is built without the keep tools (exports and imports, history, rendez-vous,
// pact) to load fast: it links to the full version (complet/), which opens the same saved answers
// from this device. The element and the single file are the full version.
import { test, expect, completeWith, readScores, action, FIRST, BASE_URL, FULL_URL } from "./helpers";

test("the hosted page's results link to the full version, which opens them with the keep tools", async ({ page }) => {
  const results = await completeWith(page, FIRST);
  const scores = await readScores(results);
  await expect(page.locator('[data-section="keep"]')).toHaveCount(0);
  const link = page.locator('[data-full-version="keep"] a');
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(FULL_URL);
  const full = page.locator('section[data-step="results"]');
  await expect(full).toBeVisible();
  expect(await readScores(full), "the same saved answers").toEqual(scores);
  await expect(page.locator('[data-section="keep"]')).toBeVisible();
  await expect(action(page, "export-json")).toBeVisible();
  // The team view is next to the hosted page, one folder up from the full version.
  await page.locator("a[data-team-link]").click();
  await expect(page).toHaveURL(`${BASE_URL}equipe/?lang=fr`);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
});

test("the hosted page's first screen links to the full version to resume from a file", async ({ page }) => {
  await page.goto(BASE_URL);
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator("input[data-import]")).toHaveCount(0);
  const link = page.locator('[data-full-version="resume"] a');
  await expect(link).toHaveAttribute("href", "complet/");
  await link.click();
  await expect(page.locator('input[data-import="result"]')).toBeAttached();
});

test("embedded in an iframe, the link keeps the host's parameters", async ({ page }) => {
  await page.goto(`${BASE_URL}?embed=1&lang=en&theme=dark`);
  await expect(page.locator('[data-full-version="resume"] a')).toHaveAttribute(
    "href",
    "complet/?embed=1&lang=en&theme=dark",
  );
});
