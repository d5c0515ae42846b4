// There is one app, with the keep tools (exports and imports, history, comparison, rendez-vous,
// pact) on the one page. complet/ held a second build (the "full version"); its addresses are
// still in people's bookmarks, share links and intranet iframes, so complet/ is now a small
// static page whose script (a file: strict CSP) replaces the address with the page one folder
// up, keeping the query (?embed=1&…) and the fragment (#r=… share links). Without JavaScript it
// shows a link there.
import {
  test, expect, action, completeWith, expectFirstResults, encodeCode, resultsStep, FIRST, QUESTION_IDS, BASE_URL,
  OLD_FULL_URL, EMBED_ORIGINS, CSP_WIDGET_ORIGIN, BASE_PATH,
} from "./helpers";

const CODE = encodeCode(QUESTION_IDS.map((id) => FIRST[id] ?? null), 0x1234abcd);

test.use({ allowedOrigins: EMBED_ORIGINS });

test("an old complet/ iframe share link lands on the app with its parameters and the shared result", async ({ page }) => {
  await page.goto(`${OLD_FULL_URL}?embed=1&lang=en#r=${CODE}`);
  await expect(page).toHaveURL(`${BASE_URL}?embed=1&lang=en#r=${CODE}`);
  const shared = page.locator('section[data-step="shared"]');
  await expect(shared).toBeVisible();
  await expectFirstResults(shared);
  // The parameters were read: English, compact iframe page (no title bar).
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".pi-app")).toHaveAttribute("data-embed", "frame");
  await expect(action(page, "take-it")).toHaveText(/Take the self-assessment myself/);
  // The comparison is on the same page.
  await action(page, "compare-mine").click();
  await expect(page.locator('[data-section="compare-mine"]')).toBeVisible();
});

test("complet/ alone lands on the app, and the redirect runs under the strict CSP", async ({ page }) => {
  await page.goto(OLD_FULL_URL);
  await expect(page).toHaveURL(BASE_URL);
  await expect(action(page, "start")).toBeVisible();
  // The guard fails the test on the console error Chromium logs for any CSP violation.
  await page.goto(`${CSP_WIDGET_ORIGIN}${BASE_PATH}complet/?lang=en`);
  await expect(page).toHaveURL(`${CSP_WIDGET_ORIGIN}${BASE_PATH}?lang=en`);
  await expect(action(page, "start")).toBeVisible();
});

test("without JavaScript, complet/ shows a link to the app", async ({ freshContext }) => {
  const context = await freshContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${OLD_FULL_URL}#r=${CODE}`);
  await expect(page).toHaveURL(`${OLD_FULL_URL}#r=${CODE}`);
  const link = page.locator("a[data-redirect]");
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "../");
});

test("the one page has the keep tools in place, and no link to complet/", async ({ page }) => {
  await page.goto(BASE_URL);
  await expect(page.locator('input[data-import="result"]')).toBeAttached();
  await expect(page.locator('input[data-import="history"]')).toBeAttached();
  const results = await completeWith(page, FIRST);
  await expectFirstResults(results);
  await expect(resultsStep(page).locator('[data-section="keep"]')).toBeVisible();
  await expect(action(page, "export-json")).toBeVisible();
  await expect(page.locator('a[href*="complet"]')).toHaveCount(0);
  // The team view is next to the page.
  await page.locator("a[data-team-link]").click();
  await expect(page).toHaveURL(`${BASE_URL}equipe/?lang=fr`);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
});
