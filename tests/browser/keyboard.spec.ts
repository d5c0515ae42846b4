// The whole questionnaire with the keyboard alone: Tab / Shift+Tab / arrows / Space / Enter.
// No clicks, no .check(), no focus() on the app's elements: the only thing done without a key
// is loading the page (focus then starts on the document body).
import {
  test, expect, openApp, problemStep, resultsStep, expectHeadingFocused, tabTo, expectResult,
  PROBLEMS, QUESTIONS, ANSWERS, TEXT,
} from "./helpers";
import type { Page } from "@playwright/test";

// On every step the i-th question (0-based) gets ANSWERS[PICK[i]]:
const PICK = [0, 1, 2, 3, 4, 0, 1, 2]; // never, rarely, often, always, don't know, never, rarely, often

/** Moves the checked radio of the focused group to `ANSWERS[index]` with Space and arrow keys. */
async function pickWithKeys(page: Page, question: string, index: number) {
  // Tabbing into a group with nothing checked focuses its first radio ("never").
  await expect(page.locator(`input[type="radio"][name="${question}"][value="never"]`)).toBeFocused();
  if (index === 0) {
    await page.keyboard.press("Space");
  } else {
    // Each ArrowDown moves focus to the next radio of the group and checks it.
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  }
}

test("the whole questionnaire can be completed with the keyboard alone", async ({ page }) => {
  await openApp(page);
  await expect(page.locator("h1")).toHaveText(TEXT.fr.title);

  // Intro: Tab to the start button, Enter.
  await tabTo(page, 'button[data-action="start"]');
  await page.keyboard.press("Enter");

  for (const [stepIndex, problem] of PROBLEMS.entries()) {
    const section = problemStep(page, problem);
    await expect(section).toBeVisible();
    await expectHeadingFocused(section);
    await expect(section.locator(".stepper__state")).toContainText(TEXT.fr.step(stepIndex + 1));

    for (const [i, [question]] of QUESTIONS[problem].entries()) {
      await tabTo(page, `input[type="radio"][name="${question}"]`);
      await pickWithKeys(page, question, PICK[i]);
      await expect(section.locator(`input[name="${question}"][value="${ANSWERS[PICK[i]]}"]`)).toBeChecked();
      await expect(section.locator(`input[name="${question}"]:checked`)).toHaveCount(1);
    }

    if (problem === "political-crisis") {
      // Change one's mind with Shift+Tab: back into the last group (focus lands on its checked
      // radio), ArrowUp once: B8 "often" -> "rarely". Then go on with Tab.
      await tabTo(page, 'input[type="radio"][name="B8"]', { back: true });
      await expect(section.locator('input[name="B8"][value="often"]')).toBeFocused();
      await page.keyboard.press("ArrowUp");
      await expect(section.locator('input[name="B8"][value="rarely"]')).toBeChecked();
    }

    await tabTo(page, 'button[data-action="next"]');
    if (stepIndex === PROBLEMS.length - 1) {
      await expect(page.locator('button[data-action="next"]')).toHaveText(TEXT.fr.seeResults);
    }
    await page.keyboard.press("Enter");
  }

  const results = resultsStep(page);
  await expect(results).toBeVisible();
  await expectHeadingFocused(results);
  await expect(results.locator(".stepper__state")).toContainText(TEXT.fr.step(5));

  // Each step: never, rarely, often, always, don't know, never, rarely, often on
  // symptom, practice, symptom, practice, symptom, practice, symptom, practice:
  //   S never 3 + P rarely 1 + S often 1 + P always 3 + (don't know) + P never 0 + S rarely 2 + P often 2
  //   = 12 points / (3 x 7 scored) = 5.714 -> 5.7 (watch)
  // political-crisis has B8 changed to rarely (P: 1 instead of 2): 11 / 21 = 5.238 -> 5.2 (watch)
  await expectResult(results.locator('[data-problem="validation-loop"]'), "5.7", "watch");
  await expectResult(results.locator('[data-problem="political-crisis"]'), "5.2", "watch");
  await expectResult(results.locator('[data-problem="security-panic"]'), "5.7", "watch");
  await expectResult(results.locator('[data-problem="more-than-perfect"]'), "5.7", "watch");
  for (const problem of PROBLEMS) {
    await expect(results.locator(`[data-problem="${problem}"]`)).not.toHaveAttribute("data-score", "");
  }
});

test("going back with the keyboard keeps the answers", async ({ page }) => {
  await openApp(page);
  await tabTo(page, 'button[data-action="start"]');
  await page.keyboard.press("Enter");
  const first = problemStep(page, "validation-loop");
  await expectHeadingFocused(first);

  await tabTo(page, 'input[type="radio"][name="A1"]');
  await page.keyboard.press("ArrowDown"); // never -> rarely (checked)
  await expect(first.locator('input[name="A1"][value="rarely"]')).toBeChecked();

  await tabTo(page, 'button[data-action="next"]');
  await page.keyboard.press("Enter");
  const second = problemStep(page, "political-crisis");
  await expectHeadingFocused(second);

  await tabTo(page, 'button[data-action="previous"]');
  await page.keyboard.press("Enter");
  await expectHeadingFocused(first);
  await expect(first.locator('input[name="A1"][value="rarely"]')).toBeChecked();
  // Tab back into A1: focus lands on its checked radio.
  await tabTo(page, 'input[type="radio"][name="A1"]');
  await expect(first.locator('input[name="A1"][value="rarely"]')).toBeFocused();
});
