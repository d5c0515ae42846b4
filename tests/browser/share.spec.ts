// Sharing: the results carry a share link (page URL + "#r=PI1.…") and the answer code; the link
// opens the same results read-only in another browser, from where the visitor can take the
// assessment or compare with their own results. The code travels in the fragment only: it never
// appears in a request sent to the server.
import {
  test, expect, completeWith, readScores, readBands, decodeCode, storedState, storedRaw, expectComparison,
  action, BASE_URL, ORIGIN, FIRST, SECOND, QUESTION_IDS, type Scores,
} from "./helpers";
import type { BrowserContext, Locator, Page } from "@playwright/test";

interface Shared {
  link: string;
  code: string;
  scores: Scores;
  bands: Awaited<ReturnType<typeof readBands>>;
}

/** Completes `SECOND` in `page` and reads what its share section offers. */
async function shareSecond(page: Page): Promise<Shared> {
  const results = await completeWith(page, SECOND);
  const share = results.locator('[data-section="share"]');
  await expect(share).toBeVisible();
  // A hosted page's link works anywhere: no "opened from a file" warning.
  await expect(share.locator("[data-share-from-file]")).toHaveCount(0);
  const link = await share.locator("input[data-share-link]").inputValue();
  const code = ((await share.locator("[data-answer-code]").textContent()) ?? "").trim();
  return { link, code, scores: await readScores(results), bands: await readBands(results) };
}

/** Collects every request URL of `context` (in addition to the guard). */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

function expectNoCodeInRequests(urls: string[], what: string): void {
  expect(urls.length, `${what}: some requests were seen`).toBeGreaterThan(0);
  const leaking = urls.filter((url) => url.includes("PI1.") || url.includes("#") || url.includes("r=PI"));
  expect(leaking, `${what}: request URLs carrying the answer code`).toEqual([]);
}

test.describe("the share section", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("offers the page URL + #r=CODE and the code, and copies the link", async ({ page }) => {
    const { link, code } = await shareSecond(page);
    expect(code).toMatch(/^PI1\.[A-Za-z0-9_-]{34}$/);
    expect(link).toBe(`${BASE_URL}#r=${code}`);
    expect(link).toBe(`${page.url().split("#")[0]}#r=${code}`);

    // The code holds exactly these answers to this bank, no role, and the session's nonce.
    const decoded = decodeCode(code);
    expect(decoded.fingerprint).toEqual([0x67, 0xf9]);
    expect(decoded.bankVersion).toBe(2);
    expect(decoded.role).toBe(0);
    expect(decoded.answers).toEqual(QUESTION_IDS.map((id) => SECOND[id] ?? null));
    expect(decoded.nonce).toBe((await storedState(page)).nonce);

    const share = page.locator('[data-section="share"]');
    const status = share.locator('[role="status"]');
    await action(page, "copy-link").click();
    await expect(status).toHaveText(/copié/i);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });
});

test("the link opens the same results read-only in a fresh browser; take-it leads to the intro", async ({
  page, freshContext, guard,
}) => {
  const ownRequests = recordRequests(page.context());
  const original = await shareSecond(page);

  const other = await freshContext();
  const otherRequests = recordRequests(other);
  const visitor = await other.newPage();
  await visitor.goto(original.link);
  const shared = visitor.locator('section[data-step="shared"]');
  await expect(shared).toBeVisible();
  await expect(visitor.locator('section[data-step="intro"], section[data-step="results"]')).toHaveCount(0);
  expect(await readScores(shared)).toEqual(original.scores);
  expect(await readBands(shared)).toEqual(original.bands);
  // Viewing someone's results keeps nothing on the visitor's device.
  expect(await storedRaw(visitor)).toBeNull();

  // Nothing of their own to compare with yet.
  await action(visitor, "compare-mine").click();
  const compare = visitor.locator('[data-section="compare-mine"]');
  await expect(compare).toBeVisible();
  await expect(compare).toContainText(/pas encore de résultats/);
  await expect(visitor.locator("[data-comparison]")).toHaveCount(0);

  // Taking it oneself: the intro, and the fragment is gone from the address.
  await action(visitor, "take-it").click();
  await expect(action(visitor, "start")).toBeVisible();
  await expect(shared).toHaveCount(0);
  expect(visitor.url()).toBe(BASE_URL);
  await visitor.reload();
  await expect(action(visitor, "start")).toBeVisible();
  await expect(visitor.locator('section[data-step="shared"]')).toHaveCount(0);

  expectNoCodeInRequests(ownRequests, "sharer");
  expectNoCodeInRequests(otherRequests, "visitor");
  expectNoCodeInRequests(guard.requests, "all contexts");
  expect(guard.requests.every((url) => url.startsWith(`${ORIGIN}/`))).toBe(true);
});

test("compare-mine shows the differences between the visitor's own results and the shared ones", async ({
  page, freshContext, guard,
}) => {
  // The sharer, in another browser.
  const sharer = await (await freshContext()).newPage();
  const original = await shareSecond(sharer);

  // The visitor has completed their own assessment (FIRST) on this device.
  const own = await completeWith(page, FIRST);
  const ownScores = await readScores(own);
  const before = await storedRaw(page);

  const tab = await page.context().newPage();
  await tab.goto(original.link);
  const shared = tab.locator('section[data-step="shared"]');
  await expect(shared).toBeVisible();
  expect(await readScores(shared)).toEqual(original.scores);
  await action(tab, "compare-mine").click();
  const compare: Locator = tab.locator('[data-section="compare-mine"]');
  // Older = the visitor's own results, newer = the shared ones: delta = shared − own.
  await expectComparison(compare, ownScores, original.scores, "compare-mine");
  expect(await storedRaw(tab), "the visitor's own saved data is untouched").toBe(before);

  expectNoCodeInRequests(guard.requests, "all contexts");
});
