// The French / English switch keeps the step, the answers and the position.
import {
  test, expect, openApp, start, answer, next, switchLanguage, expectLanguage, problemStep, action,
  langButton, radio, expectHeadingFocused, textPattern, ANSWER_LABELS, ANSWERS, TEXT, type Lang,
} from "./helpers";
import type { Locator } from "@playwright/test";

/** Every radio of the question has a <label for> with the expected text in `lang`. */
async function expectAnswerLabels(section: Locator, question: string, lang: Lang) {
  for (const value of ANSWERS) {
    const input = section.locator(`input[type="radio"][name="${question}"][value="${value}"]`);
    const id = await input.getAttribute("id");
    await expect(section.locator(`label[for="${id}"]`)).toHaveText(textPattern(ANSWER_LABELS[lang][value]));
    // The label is the radio's accessible name.
    await expect(section.getByRole("radio", { name: textPattern(ANSWER_LABELS[lang][value]) }).first()).toBeAttached();
  }
}

test("switching language mid-way keeps the step and the answers", async ({ page }) => {
  await openApp(page);
  await expectLanguage(page, "fr");
  await expect(page.locator("h1")).toHaveText(TEXT.fr.title);
  await expect(action(page, "start")).toHaveText(TEXT.fr.start);
  await expect(langButton(page, "fr")).toHaveText("Français");
  await expect(langButton(page, "en")).toHaveText("English");

  await start(page);
  const first = problemStep(page, "validation-loop");
  await expect(first.locator(".stepper__state")).toContainText(TEXT.fr.step(1));
  await expectAnswerLabels(first, "A1", "fr");
  await answer(page, "A1", "often");
  await answer(page, "A2", "unknown");
  await answer(page, "A3", "never");
  await next(page, "political-crisis");

  const second = problemStep(page, "political-crisis");
  await expect(second.locator(".stepper__state")).toContainText(TEXT.fr.step(2));
  await answer(page, "B1", "always");
  await answer(page, "B2", "rarely");
  const frLegend = await second.locator('fieldset[data-question="B1"] legend').innerText();

  // Switch to English on step 2.
  await switchLanguage(page, "en");
  await expect(second).toBeVisible();
  await expect(page.locator('section[data-step="problem"]')).toHaveCount(1);
  await expect(second.locator(".stepper__state")).toContainText(TEXT.en.step(2));
  await expect(radio(page, "B1", "always")).toBeChecked();
  await expect(radio(page, "B2", "rarely")).toBeChecked();
  await expect(second.locator('input[name="B3"]:checked')).toHaveCount(0);
  await expectAnswerLabels(second, "B1", "en");
  await expect(second.locator('fieldset[data-question="B1"] legend')).not.toHaveText(frLegend);
  await expect(action(page, "next")).toHaveText(TEXT.en.next);
  await expect(action(page, "previous")).toHaveText(TEXT.en.previous);

  // Back to step 1, still in English, answers kept.
  await action(page, "previous").click();
  await expect(first).toBeVisible();
  await expectHeadingFocused(first);
  await expect(first.locator(".stepper__state")).toContainText(TEXT.en.step(1));
  await expect(radio(page, "A1", "often")).toBeChecked();
  await expect(radio(page, "A2", "unknown")).toBeChecked();
  await expect(radio(page, "A3", "never")).toBeChecked();
  await expectAnswerLabels(first, "A2", "en");

  // Switch back to French.
  await switchLanguage(page, "fr");
  await expect(first).toBeVisible();
  await expect(first.locator(".stepper__state")).toContainText(TEXT.fr.step(1));
  await expect(radio(page, "A1", "often")).toBeChecked();
  await expect(radio(page, "A2", "unknown")).toBeChecked();
  await expectAnswerLabels(first, "A1", "fr");
  await expect(action(page, "next")).toHaveText(TEXT.fr.next);

  // Forward again: step 2's answers survived both switches.
  await next(page, "political-crisis");
  await expect(radio(page, "B1", "always")).toBeChecked();
  await expect(radio(page, "B2", "rarely")).toBeChecked();
});

test("the language switch is on the intro, the steps and the results", async ({ page }) => {
  await openApp(page);
  await switchLanguage(page, "en");
  await expect(page.locator("h1")).toHaveText(TEXT.en.title);
  await expect(action(page, "start")).toHaveText(TEXT.en.start);
  await start(page);
  for (const problem of ["political-crisis", "security-panic", "more-than-perfect"] as const) {
    await expect(langButton(page, "fr")).toBeVisible();
    await next(page, problem);
  }
  await expect(action(page, "next")).toHaveText(TEXT.en.seeResults);
  await next(page, "results");
  await expect(langButton(page, "fr")).toBeVisible();
  await expect(action(page, "restart")).toHaveText(TEXT.en.restart);
  await switchLanguage(page, "fr");
  await expect(action(page, "restart")).toHaveText(TEXT.fr.restart);
});

test.describe("with an English browser", () => {
  test.use({ locale: "en-US" });

  test("the default language is English", async ({ page }) => {
    await openApp(page);
    await expectLanguage(page, "en");
    await expect(page.locator("h1")).toHaveText(TEXT.en.title);
    await expect(action(page, "start")).toHaveText(TEXT.en.start);
  });
});
