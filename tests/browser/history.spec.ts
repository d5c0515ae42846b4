// Taking the assessment again (the six-month review): the history lists both assessments, the
// comparison gives each problem's change (from the scores the pages showed) and exactly the
// questions whose answers changed; the history file carries both to another browser.
import {
  test, expect, completeWith, readScores, restartFromResults, downloadFrom, tempFile, decodeCode, storedState,
  expectComparison, expectDelta, tenths, openApp, start, answer, next, action, FIRST, SECOND, CHANGED_QUESTIONS,
  QUESTION_IDS, PROBLEMS, fillQuestionnaire, resultsStep, type Scores,
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

test("a fresh browser offers the history import (or the way to it) on its first screen", async ({ freshContext }) => {
  const fresh = await (await freshContext()).newPage();
  await openApp(fresh);
  const direct = await fresh.locator('input[type="file"][data-import="history"]').count();
  const way = await action(fresh, "show-history").count();
  expect(direct + way, "input[data-import=history] or button[data-action=show-history] on the intro").toBeGreaterThan(0);
});

test("the history file carries both assessments to a fresh browser", async ({ page, freshContext }) => {
  const { first, second } = await takeTwice(page);
  const history = await showHistory(page);
  const file = await downloadFrom(page, history.locator('button[data-action="export-history"]'));
  expect(file.name).toMatch(/\.json$/);
  const parsed = JSON.parse(file.text);
  expect(parsed.format).toBe("problemes-imaginaires/history");
  expect(parsed.formatVersion).toBe(1);
  expect(parsed.bank).toEqual({ id: "problemes-imaginaires", version: 1 });
  expect(parsed.entries).toHaveLength(2);
  const [older, newer] = parsed.entries.map((entry: { code: string; nonce: number }) => {
    const decoded = decodeCode(entry.code);
    expect(decoded.nonce).toBe(entry.nonce);
    return decoded.answers;
  });
  expect(older).toEqual(QUESTION_IDS.map((id) => FIRST[id] ?? null));
  expect(newer).toEqual(QUESTION_IDS.map((id) => SECOND[id] ?? null));

  // In another browser: to the import field (on the first screen, or through the history; where
  // neither is offered before an assessment, after a one-answer assessment, which then adds one
  // entry before the imported ones).
  const fresh = await (await freshContext()).newPage();
  await openApp(fresh);
  let own = 0;
  const input = fresh.locator('input[type="file"][data-import="history"]');
  if ((await input.count()) === 0) {
    if ((await action(fresh, "show-history").count()) === 0) {
      await start(fresh);
      await answer(fresh, "A1", "never");
      for (const problem of PROBLEMS.slice(1)) await next(fresh, problem);
      await next(fresh, "results");
      own = 1;
    }
    await action(fresh, "show-history").click();
    await expect(historyStep(fresh)).toBeVisible();
  }
  await input.setInputFiles(tempFile(file.name, file.bytes));
  const imported = historyStep(fresh);
  await expect(imported).toBeVisible();
  await expect(imported.locator("[data-history-entry]")).toHaveCount(2 + own);
  await expect(fresh.locator("[data-import-status]")).toContainText("2");
  await expect(fresh.locator("[data-import-error]")).toHaveCount(0);
  await expectFirstToSecond(imported, first, second, "imported history");
});
