// axe-core (WCAG 2.0 / 2.1, levels A and AA): no violation on the intro, a question step and the
// results, in French and in English.
import {
  test, openApp, start, answer, fillQuestionnaire, switchLanguage, expectNoAxeViolations, resultsStep,
  problemStep, expect, type Lang, type Answer,
} from "./helpers";

const LANGS: Lang[] = ["fr", "en"];

// A varied pattern so the results show every band, a blind spot and an unscored problem.
const PATTERN: Record<string, Answer | null> = {
  A1: "always", A2: "never", A3: "often", A4: "rarely", A5: "always", A6: "unknown", A7: "often", A8: "never",
  B1: "rarely", B2: "often", B3: "never", B4: "always", B5: "rarely", B6: "often", B7: null, B8: "always",
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown", C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  D1: "never", D2: "always", D3: "never", D4: "always", D5: "never", D6: "always", D7: "never", D8: "always",
};

async function openIn(page: import("@playwright/test").Page, lang: Lang) {
  await openApp(page);
  if (lang === "en") await switchLanguage(page, "en");
}

for (const lang of LANGS) {
  test.describe(`accessibility (${lang})`, () => {
    test(`intro has no axe violations (${lang})`, async ({ page }) => {
      await openIn(page, lang);
      await expectNoAxeViolations(page, `the intro (${lang})`);
    });

    test(`a question step has no axe violations (${lang})`, async ({ page }) => {
      await openIn(page, lang);
      await start(page);
      await answer(page, "A1", "often");
      await answer(page, "A2", "unknown");
      await expect(problemStep(page, "validation-loop")).toBeVisible();
      await expectNoAxeViolations(page, `question step 1 (${lang})`);
    });

    test(`the results have no axe violations (${lang})`, async ({ page }) => {
      await openIn(page, lang);
      await start(page);
      await fillQuestionnaire(page, (question) => PATTERN[question]);
      const results = resultsStep(page);
      await expect(results).toBeVisible();
      // Open every fix so their content is checked too.
      const summaries = results.locator("details > summary");
      for (let i = 0; i < (await summaries.count()); i++) {
        await summaries.nth(i).click();
      }
      await expect(results.locator("details:not([open])")).toHaveCount(0);
      await expectNoAxeViolations(page, `the results (${lang})`);
    });
  });
}

test.describe("accessibility on a 320 px wide screen (WCAG 1.4.10 reflow)", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("the results have no axe violations on a narrow screen", async ({ page }) => {
    await openApp(page);
    await start(page);
    await fillQuestionnaire(page, (question) => PATTERN[question]);
    await expect(resultsStep(page)).toBeVisible();
    await expectNoAxeViolations(page, "the results at 320 px");
  });

  test("no screen scrolls sideways at 320 px", async ({ page }) => {
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    await openApp(page);
    expect(await pageWidth(), "intro width").toBeLessThanOrEqual(320);
    await start(page);
    expect(await pageWidth(), "question step width").toBeLessThanOrEqual(320);
    await fillQuestionnaire(page, (question) => PATTERN[question]);
    expect(await pageWidth(), "results width").toBeLessThanOrEqual(320);
  });
});
