// axe-core (WCAG 2.0 / 2.1, levels A and AA) on the "keep, share and come back" screens, in
// French and in English: the results with their share and keep sections, the shared view (alone
// and compared), a share error, the storage notices, the history with a comparison, the pact.
import {
  test, expect, openApp, start, fillQuestionnaire, resultsStep, switchLanguage, expectLanguage, expectNoAxeViolations,
  restartFromResults, action, encodeCode, importField, tempFile, STATE_KEY, FIRST, SECOND, QUESTION_IDS, type Lang,
} from "./helpers";
import type { Page } from "@playwright/test";

const SECOND_CODE = encodeCode(QUESTION_IDS.map((id) => SECOND[id] ?? null), 0x0badcafe);

/** Opens the app in `lang` and completes `FIRST`. */
async function resultsIn(page: Page, lang: Lang): Promise<void> {
  await openApp(page);
  if (lang === "en") await switchLanguage(page, "en");
  await start(page);
  await fillQuestionnaire(page, (question) => FIRST[question] ?? null);
  await expect(resultsStep(page)).toBeVisible();
}

const query = (lang: Lang) => (lang === "en" ? "?lang=en" : "");

for (const lang of ["fr", "en"] as Lang[]) {
  test.describe(`accessibility of the keep screens (${lang})`, () => {
    test(`results with the share and keep sections (${lang})`, async ({ page }) => {
      await resultsIn(page, lang);
      await expect(page.locator('[data-section="share"]')).toBeVisible();
      await expect(page.locator('[data-section="keep"]')).toBeVisible();
      await expect(page.locator('[data-section="rendezvous"]')).toBeVisible();
      await expectNoAxeViolations(page, `the results with share and keep (${lang})`);
      // With the copy status shown too.
      await action(page, "copy-link").click();
      await expect(page.locator('[data-section="share"] [role="status"]')).toHaveText(/\S/);
      await expectNoAxeViolations(page, `the results after copying the link (${lang})`);
    });

    test(`the shared view, alone and compared with one's own results (${lang})`, async ({ page }) => {
      await page.goto(`./${query(lang)}#r=${SECOND_CODE}`);
      await expect(page.locator('section[data-step="shared"]')).toBeVisible();
      await expectLanguage(page, lang);
      await expectNoAxeViolations(page, `the shared view (${lang})`);
      await action(page, "compare-mine").click();
      await expect(page.locator('[data-section="compare-mine"]')).toBeVisible();
      await expectNoAxeViolations(page, `the shared view, nothing to compare (${lang})`);

      await action(page, "take-it").click();
      await start(page);
      await fillQuestionnaire(page, (question) => FIRST[question] ?? null);
      const tab = await page.context().newPage();
      await tab.goto(`./${query(lang)}#r=${SECOND_CODE}`);
      await action(tab, "compare-mine").click();
      await expect(tab.locator("[data-comparison]")).toBeVisible();
      await expectNoAxeViolations(tab, `the shared view compared with mine (${lang})`);
    });

    test(`a share error (${lang})`, async ({ page }) => {
      await page.goto(`./${query(lang)}#r=${SECOND_CODE.slice(0, -5)}`);
      await expect(page.locator("[data-share-error]")).toBeVisible();
      await expectLanguage(page, lang);
      await expectNoAxeViolations(page, `a share error (${lang})`);
    });

    test(`the unreadable-storage notice (${lang})`, async ({ page }) => {
      await page.addInitScript((key) => {
        if (window.sessionStorage.getItem("pi-test-seeded") === null) {
          window.localStorage.setItem(key, "{not json");
          window.sessionStorage.setItem("pi-test-seeded", "1");
        }
      }, STATE_KEY);
      await page.goto(`./${query(lang)}`);
      await expect(page.locator('[data-storage-status="unreadable"]')).toBeVisible();
      await expectLanguage(page, lang);
      await expectNoAxeViolations(page, `the unreadable-storage notice (${lang})`);
    });

    test(`the no-storage notice (${lang})`, async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          configurable: true,
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      });
      await page.goto(`./${query(lang)}`);
      await expect(page.locator('[data-storage-status="unavailable"]')).toBeVisible();
      await expectNoAxeViolations(page, `the no-storage notice (${lang})`);
    });

    test(`the history with a comparison (${lang})`, async ({ page }) => {
      await resultsIn(page, lang);
      await restartFromResults(page);
      await start(page);
      await fillQuestionnaire(page, (question) => SECOND[question] ?? null);
      await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
      const history = page.locator('section[data-step="history"]');
      await expect(history).toBeVisible();
      await expect(history.locator("[data-comparison]")).toBeVisible();
      await expect(history.locator("li[data-changed-question]").first()).toBeVisible();
      await expectNoAxeViolations(page, `the history with a comparison (${lang})`);
    });

    test(`the intro's file imports, with an import error (${lang})`, async ({ page }) => {
      await page.goto(`./${query(lang)}`);
      await expectLanguage(page, lang);
      const input = await importField(page, "result");
      await expectNoAxeViolations(page, `the intro with the file imports open (${lang})`);
      await input.setInputFiles(tempFile("not-json.json", "{ not json"));
      await expect(page.locator("[data-import-error]")).toBeVisible();
      await expectNoAxeViolations(page, `an import error on the intro (${lang})`);
    });

    test(`the pact (${lang})`, async ({ page }) => {
      await resultsIn(page, lang);
      await page.locator('[data-section="keep"] button[data-action="show-pact"]').click();
      const pact = page.locator('section[data-step="pact"]');
      await expect(pact).toBeVisible();
      await expect(pact.locator('[data-pact-field="team"]')).toBeVisible();
      await expectNoAxeViolations(page, `the pact (${lang})`);
    });
  });
}
