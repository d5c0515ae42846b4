// Coming back: the answers, the step and the language are kept in localStorage
// ("problemes-imaginaires:v1", docs/stored-state.md) and come back after a reload; "delete my
// answers on this device" clears them, after a confirmation.
import {
  test, expect, openApp, start, answer, next, action, problemStep, resultsStep, radio, switchLanguage,
  expectLanguage, expectStored, storedRaw, answerDigits, completeWith, QUESTIONS, ANSWERS, STATE_KEY,
  BACKUP_KEY, type Pattern, type ProblemId,
} from "./helpers";
import type { Page } from "@playwright/test";

// Steps 1 and 2 in full, half of step 3; the rest unanswered.
const HALF: Pattern = {
  A1: "often", A2: "never", A3: "always", A4: "rarely", A5: "unknown", A6: "always", A7: "never", A8: "often",
  B1: "rarely", B2: "often", B3: "never", B4: "unknown", B5: "always", B6: "rarely", B7: "often", B8: "never",
  C1: "always", C2: "unknown", C3: "rarely", C4: "often",
};

async function answerStep(page: Page, problem: ProblemId, pattern: Pattern): Promise<void> {
  await expect(problemStep(page, problem)).toBeVisible();
  for (const [question] of QUESTIONS[problem]) {
    const value = pattern[question];
    if (value) await answer(page, question, value);
  }
}

/** Every radio of the step is checked exactly as in `pattern`, and no other. */
async function expectStepAnswers(page: Page, problem: ProblemId, pattern: Pattern): Promise<void> {
  const section = problemStep(page, problem);
  await expect(section).toBeVisible();
  let answered = 0;
  for (const [question] of QUESTIONS[problem]) {
    const value = pattern[question];
    if (value) answered++;
    for (const candidate of ANSWERS) {
      const input = radio(page, question, candidate);
      if (candidate === value) await expect(input, `${question}=${candidate}`).toBeChecked();
      else await expect(input, `${question}=${candidate}`).not.toBeChecked();
    }
  }
  await expect(section.locator('input[type="radio"]:checked')).toHaveCount(answered);
}

test("half-answered: the step, the answers and the language come back after a reload", async ({ page }) => {
  await openApp(page);
  await start(page);
  await answerStep(page, "validation-loop", HALF);
  await next(page, "political-crisis");
  await answerStep(page, "political-crisis", HALF);
  await next(page, "security-panic");
  await answerStep(page, "security-panic", HALF);
  await switchLanguage(page, "en");

  await expectStored(page, (state) => {
    expect(state.schema).toBe("problemes-imaginaires/state");
    expect(state.schemaVersion).toBe(1);
    expect(state.bank).toEqual({ id: "problemes-imaginaires", version: 2 });
    expect(state.step).toBe("problem:security-panic");
    expect(state.lang).toBe("en");
    expect(state.answers).toBe(answerDigits(HALF));
  });
  expect(answerDigits(HALF)).toBe("31425413" + "23154231" + "4523" + "0".repeat(12));

  await page.reload();
  await expectLanguage(page, "en");
  await expect(problemStep(page, "security-panic")).toBeVisible();
  await expect(page.locator('section[data-step="problem"]')).toHaveCount(1);
  await expectStepAnswers(page, "security-panic", HALF);

  // The earlier steps kept their answers too.
  await action(page, "previous").click();
  await expectStepAnswers(page, "political-crisis", HALF);
  await action(page, "previous").click();
  await expectStepAnswers(page, "validation-loop", HALF);

  // Back in French, reload again: French is kept as well.
  await switchLanguage(page, "fr");
  await expectStored(page, (state) => {
    expect(state.lang).toBe("fr");
    expect(state.step).toBe("problem:validation-loop");
  });
  await page.reload();
  await expectLanguage(page, "fr");
  await expectStepAnswers(page, "validation-loop", HALF);
});

test("delete my data: cancel keeps the answers, confirm clears them and the stored key", async ({ page }) => {
  await openApp(page);
  await start(page);
  await answerStep(page, "validation-loop", HALF);
  await next(page, "political-crisis");
  await answer(page, "B1", "rarely");
  const partial: Pattern = { ...Object.fromEntries(QUESTIONS["validation-loop"].map(([q]) => [q, HALF[q]])), B1: "rarely" };
  await expectStored(page, (state) => expect(state.answers).toBe(answerDigits(partial)));
  const before = await storedRaw(page);

  // Asking first; cancelling changes nothing.
  await expect(action(page, "confirm-delete-data")).toHaveCount(0);
  await action(page, "delete-data").click();
  await expect(action(page, "confirm-delete-data")).toBeVisible();
  await expect(action(page, "confirm-delete-data")).toBeFocused();
  await action(page, "cancel-delete-data").click();
  await expect(action(page, "confirm-delete-data")).toHaveCount(0);
  await expect(action(page, "delete-data")).toBeVisible();
  await expectStepAnswers(page, "political-crisis", partial);
  expect(await storedRaw(page)).toBe(before);
  await page.reload();
  await expectStepAnswers(page, "political-crisis", partial);
  expect(await storedRaw(page)).toBe(before);

  // Confirming clears the answers, goes back to the intro and removes the key.
  await action(page, "delete-data").click();
  await action(page, "confirm-delete-data").click();
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator('section[data-step="problem"]')).toHaveCount(0);
  await expect.poll(() => storedRaw(page)).toBeNull();
  expect(await storedRaw(page, BACKUP_KEY)).toBeNull();
  await expect(page.locator(".pi-footer [role=status]")).toHaveText(/\S/);

  // Nothing comes back on reload.
  await page.reload();
  await expect(action(page, "start")).toBeVisible();
  expect(await storedRaw(page)).toBeNull();
  await start(page);
  await expectStepAnswers(page, "validation-loop", {});
});

test("delete my data from the results removes everything kept, history included", async ({ page }) => {
  await completeWith(page, HALF);
  await expectStored(page, (state) => {
    expect(state.step).toBe("results");
    expect(state.history).toHaveLength(1);
  });
  await action(page, "delete-data").click();
  await action(page, "confirm-delete-data").click();
  await expect(action(page, "start")).toBeVisible();
  await expect(resultsStep(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), STATE_KEY)).toBeNull();
  await page.reload();
  await expect(action(page, "start")).toBeVisible();
  expect(await storedRaw(page)).toBeNull();
});

// Every answer of step 1 lies to the right of step 2's answer at the same position (and the
// other way round on the last positions), so a step that reuses the other step's radios shows
// any answer that was lost.
const CROSSED: Pattern = {
  A1: "always", A2: "unknown", A3: "often", A4: "unknown", A5: "never", A6: "rarely", A7: "never", A8: "rarely",
  B1: "never", B2: "never", B3: "rarely", B4: "always", B5: "unknown", B6: "always", B7: "often", B8: "unknown",
};

test("going back and forth between steps shows each step's own answers", async ({ page }) => {
  await openApp(page);
  await start(page);
  await answerStep(page, "validation-loop", CROSSED);
  await next(page, "political-crisis");
  await answerStep(page, "political-crisis", CROSSED);
  await action(page, "previous").click();
  await expectStepAnswers(page, "validation-loop", CROSSED);
  await next(page, "political-crisis");
  await expectStepAnswers(page, "political-crisis", CROSSED);
  await next(page, "security-panic");
  await expectStepAnswers(page, "security-panic", {});
  await action(page, "previous").click();
  await expectStepAnswers(page, "political-crisis", CROSSED);
});
