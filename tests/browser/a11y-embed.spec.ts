// axe-core (WCAG 2.0 / 2.1, A and AA) finds no violation inside the embedded widget (issue 4):
//   - in the iframe of examples/iframe.html (axe runs in the frame's own document), on the intro,
//     a question step and the results with every disclosure open; and in the dark theme;
//   - in the <problemes-imaginaires> elements of examples/element.html (axe.run(document) covers
//     open shadow roots), under the page's hostile CSS.
import {
  test, expect, expectNoAxeViolations, frameOf, openTestHost, startIn, fillIn, answerIn, actionIn, resultsIn,
  EMBED_ORIGINS, HOST_ORIGIN, FRAME_ID, type Pattern, type Scope,
} from "./helpers";
import type { Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

// Every band, a blind spot and an unscored problem (as in a11y.spec.ts).
const PATTERN: Pattern = {
  A1: "always", A2: "never", A3: "often", A4: "rarely", A5: "always", A6: "unknown", A7: "often", A8: "never",
  B1: "rarely", B2: "often", B3: "never", B4: "always", B5: "rarely", B6: "often", B7: null, B8: "always",
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown", C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  D1: "never", D2: "always", D3: "never", D4: "always", D5: "never", D6: "always", D7: "never", D8: "always",
};

async function openAllDisclosures(scope: Scope): Promise<void> {
  const results = resultsIn(scope);
  const summaries = results.locator("details > summary");
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  await expect(results.locator("details:not([open])")).toHaveCount(0);
}

async function checkFrameScreens(page: Page, frame: Scope, what: string): Promise<void> {
  await expect(actionIn(frame, "start")).toBeVisible();
  await expectNoAxeViolations(await frameOf(page), `${what}: the intro`);
  await startIn(frame);
  await answerIn(frame, "A1", "often");
  await answerIn(frame, "A2", "unknown");
  await expectNoAxeViolations(await frameOf(page), `${what}: question step 1`);
  await fillIn(frame, PATTERN);
  await openAllDisclosures(frame);
  await expectNoAxeViolations(await frameOf(page), `${what}: the results`);
}

test("inside the iframe (examples/iframe.html): intro, a step, the results", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/iframe.html`);
  await checkFrameScreens(page, page.frameLocator(`#${FRAME_ID}`), "iframe");
});

test("inside the iframe, dark theme, in English, headings from h3", async ({ page }) => {
  const frame = await openTestHost(page, "embed=1&lang=en&theme=dark&heading=3");
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  await checkFrameScreens(page, frame, "iframe (dark, en, heading=3)");
});

test("inside the elements (examples/element.html, hostile host CSS)", async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/element.html`);
  const a = page.locator("problemes-imaginaires#a");
  const b = page.locator("problemes-imaginaires#b");
  await expect(actionIn(a, "start")).toBeVisible();
  await expect(actionIn(b, "start")).toBeVisible();
  await expectNoAxeViolations(page, "two elements on their intro");
  await startIn(a);
  await answerIn(a, "A1", "often");
  await answerIn(a, "A2", "unknown");
  await expectNoAxeViolations(page, "element a on step 1, b on its intro");
  await fillIn(a, PATTERN);
  await openAllDisclosures(a);
  await expectNoAxeViolations(page, "element a on its results");
});
