// axe-core in Firefox ESR (as tests/browser/a11y.spec.ts in Chromium): no WCAG 2.0/2.1 A or AA
// violation on the intro and a question step, in French and in English, and on the results with
// every fix open, in French. Firefox computes its own styles, fonts and accessible names, so a
// rule can pass in one browser only.
import { after, before, test } from "node:test";
import {
  launchFirefox, makeGuard, openApp, expectNoAxeViolations, until, answerIn, fillIn, visible, click, count, scopeOf, stepCss, actionCss,
  RESULTS_CSS, PROBLEMS,
} from "./firefox.mjs";
import assert from "node:assert/strict";

let browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

// The pattern of a11y.spec.ts: every band, a blind spot and an unscored problem on the results.
const PATTERN = {
  A1: "always", A2: "never", A3: "often", A4: "rarely", A5: "always", A6: "unknown", A7: "often", A8: "never",
  B1: "rarely", B2: "often", B3: "never", B4: "always", B5: "rarely", B6: "often", B7: null, B8: "always",
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown", C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  D1: "never", D2: "always", D3: "never", D4: "always", D5: "never", D6: "always", D7: "never", D8: "always",
};

for (const lang of ["fr", "en"]) {
  const screens = lang === "fr" ? "the intro, a question step and the results" : "the intro and a question step";
  test(`${screens} have no axe violations (${lang})`, async () => {
    const guard = makeGuard();
    const context = await browser.createBrowserContext();
    try {
      const page = await guard.newPage(context);
      const scope = scopeOf(page);
      await openApp(page);
      if (lang === "en") {
        await click(scope, 'button[data-lang="en"]');
        await visible(scope, 'button[data-lang="en"][aria-pressed="true"]', "the English switch pressed");
        await until(page, "the page in English", () => document.documentElement.lang === "en");
      }
      await expectNoAxeViolations(page, `the intro (${lang})`);

      await click(scope, actionCss("start"));
      await visible(scope, stepCss(PROBLEMS[0]), "step 1");
      await answerIn(scope, "A1", "often");
      await answerIn(scope, "A2", "unknown");
      await expectNoAxeViolations(page, `question step 1 (${lang})`);

      // The results in French only: their layout is the same in English, and each whole
      // assessment costs seconds in this suite (Chromium checks both languages).
      if (lang === "fr") {
        await fillIn(scope, PATTERN);
        // Open every fix so that their content is checked too.
        const summaries = await page.$$(`${RESULTS_CSS} details > summary`);
        assert.ok(summaries.length > 0, "the results have fixes to open");
        for (const summary of summaries) await summary.click();
        assert.equal(await count(scope, `${RESULTS_CSS} details:not([open])`), 0, "every fix is open");
        await expectNoAxeViolations(page, "the results (fr)");
      }
      guard.check();
    } finally {
      await context.close();
    }
  });
}
