// Taking the assessment again (the six-month review): the history lists both assessments, the
// comparison gives each problem's change (from the scores the pages showed) and exactly the
// questions whose answers changed; the history file carries both to another browser.
import {
  test, expect, completeWith, readScores, restartFromResults, downloadFrom, tempFile, decodeCode, storedState,
  expectStored, expectComparison, expectDelta, tenths, openApp, start, action, FIRST, SECOND, CHANGED_QUESTIONS,
  QUESTION_IDS, fillQuestionnaire, resultsStep, importField, type Scores,
} from "./helpers";
import type { Locator, Page } from "@playwright/test";

const historyStep = (page: Page): Locator => page.locator('section[data-step="history"]');

/** Takes FIRST, restarts, takes SECOND; returns both sets of scores as the results showed them. */
async function takeTwice(page: Page): Promise<{ first: Scores; second: Scores }> {
  const first = await readScores(await completeWith(page, FIRST));
  await restartFromResults(page);
  await start(page);
  await fillQuestionnaire(page, (question) => SECOND[question] ?? null);
  const results = resultsStep(page);
  await expect(results).toBeVisible();
  const second = await readScores(results);
  return { first, second };
}

async function showHistory(page: Page): Promise<Locator> {
  await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
  const history = historyStep(page);
  await expect(history).toBeVisible();
  return history;
}

/** The comparison of the last two entries is FIRST → SECOND. */
async function expectFirstToSecond(history: Locator, first: Scores, second: Scores, what: string): Promise<void> {
  await expectComparison(history, first, second, what);
  const overall = history.locator("[data-comparison] tr[data-compare-overall]");
  if ((await overall.count()) > 0) {
    expectDelta(await overall.getAttribute("data-delta"), tenths(second.overall) - tenths(first.overall), `${what}, overall`);
  }
  const changed = await history
    .locator("li[data-changed-question]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-changed-question")));
  expect(changed, `${what}: exactly the questions whose answer changed, in bank order`).toEqual(CHANGED_QUESTIONS);
}

test("two assessments: the history lists both and compares them", async ({ page }) => {
  const { first, second } = await takeTwice(page);
  // The patterns make every kind of change appear.
  expect(tenths(second["validation-loop"]) - tenths(first["validation-loop"])).toBeGreaterThan(0);
  expect(tenths(second["political-crisis"]) - tenths(first["political-crisis"])).toBeLessThan(0);
  expect(second["security-panic"]).toBe(first["security-panic"]);
  expect(second["more-than-perfect"]).toBe(first["more-than-perfect"]);

  const history = await showHistory(page);
  await expect(history.locator("[data-history-entry]")).toHaveCount(2);
  await expectFirstToSecond(history, first, second, "history");
  const state = await storedState(page);
  expect(state.history).toHaveLength(2);
  expect(state.step).toBe("history");

  // The history view survives a reload.
  await page.reload();
  await expect(historyStep(page)).toBeVisible();
  await expect(historyStep(page).locator("[data-history-entry]")).toHaveCount(2);
  await expectFirstToSecond(historyStep(page), first, second, "history after a reload");
});

test("a fresh browser offers the history import on its first screen", async ({ freshContext }) => {
  const fresh = await (await freshContext()).newPage();
  await openApp(fresh);
  await importField(fresh, "history");
});

test("the history file carries both assessments to a fresh browser", async ({ page, freshContext }) => {
  const { first, second } = await takeTwice(page);
  const history = await showHistory(page);
  const file = await downloadFrom(page, history.locator('button[data-action="export-history"]'));
  expect(file.name).toMatch(/\.json$/);
  const parsed = JSON.parse(file.text);
  expect(parsed.format).toBe("problemes-imaginaires/history");
  expect(parsed.formatVersion).toBe(1);
  expect(parsed.bank).toEqual({ id: "problemes-imaginaires", version: 2 });
  expect(parsed.entries).toHaveLength(2);
  const [older, newer] = parsed.entries.map((entry: { code: string; nonce: number }) => {
    const decoded = decodeCode(entry.code);
    expect(decoded.nonce).toBe(entry.nonce);
    return decoded.answers;
  });
  expect(older).toEqual(QUESTION_IDS.map((id) => FIRST[id] ?? null));
  expect(newer).toEqual(QUESTION_IDS.map((id) => SECOND[id] ?? null));

  // In another browser, from the first screen.
  const fresh = await (await freshContext()).newPage();
  await openApp(fresh);
  const input = await importField(fresh, "history");
  await input.setInputFiles(tempFile(file.name, file.bytes));
  await expect(fresh.locator("[data-import-error]")).toHaveCount(0);
  await expect(fresh.locator("[data-import-status]").filter({ hasText: /\S/ })).toContainText("2");
  await expectStored(fresh, (state) => expect(state.history).toHaveLength(2));
  // The history is then one click away (unless the import already shows it).
  if (!(await historyStep(fresh).isVisible())) await action(fresh, "show-history").click();
  const imported = historyStep(fresh);
  await expect(imported).toBeVisible();
  await expect(imported.locator("[data-history-entry]")).toHaveCount(2);
  await expectFirstToSecond(imported, first, second, "imported history");
});
