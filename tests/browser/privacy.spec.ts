// Nothing leaves the page: every request goes to the page's own origin, and nothing is logged
// as an error. (The shared guard fixture enforces the same in every test; this test lists the
// requests explicitly.)
import {
  test, expect, openApp, start, fillQuestionnaire, resultsStep, switchLanguage, ORIGIN, best,
} from "./helpers";

test("a full session makes requests to its own origin only, without console errors", async ({ page, guard }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  await openApp(page);
  await switchLanguage(page, "en");
  await switchLanguage(page, "fr");
  await start(page);
  await fillQuestionnaire(page, best);
  const results = resultsStep(page);
  await expect(results).toBeVisible();
  const summaries = results.locator("details > summary");
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  await page.waitForLoadState("networkidle");

  console.log(`requests made (${requests.length}):\n  ${requests.join("\n  ")}`);
  expect(requests.length).toBeGreaterThan(0);
  for (const url of requests) {
    expect(url.startsWith(`${ORIGIN}/`), `request to another origin: ${url}`).toBe(true);
  }
  expect(guard.requests.every((url) => url.startsWith(`${ORIGIN}/`))).toBe(true);
  expect(guard.errors).toEqual([]);

  // No cookies either.
  expect(await page.context().cookies()).toEqual([]);
});

test("links to sources do not load anything by themselves", async ({ page, guard }) => {
  await openApp(page);
  await start(page);
  await fillQuestionnaire(page, () => "unknown");
  await page.waitForLoadState("networkidle");
  // The results show fixes with links to their sources; rendering them fetches nothing.
  expect(guard.requests.filter((url) => !url.startsWith(`${ORIGIN}/`))).toEqual([]);
});
