// The check page's accessibility and page rules: axe-core (WCAG 2.0/2.1 A and AA) finds no
// violation on the empty page, with errors, and with a preview, in French and English; it reflows
// at 320 px; its language follows the switch; and it runs under the strict Content-Security-Policy
// with no violation.
import { test, expect, expectNoAxeViolations, CSP_WIDGET_ORIGIN, BASE_PATH, EMBED_ORIGINS } from "./helpers";
import { WIDGET_CSP } from "./servers";
import { recordViolations, expectNoViolations } from "./csp-helpers";
import { join } from "node:path";
import { ROOT, fixture, openVerifier, pickWithKeyboard, status } from "./verifier-helpers";

for (const lang of ["fr", "en"] as const) {
  test(`axe: no violation on the empty page, with errors and with a preview (${lang})`, async ({ page }) => {
    await openVerifier(page, `?lang=${lang}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expectNoAxeViolations(page, `the empty check page (${lang})`);
    expect(await pickWithKeyboard(page, fixture("broken.json"))).toBe("errors");
    await expect(page.locator("[data-error]").first()).toBeVisible();
    await expectNoAxeViolations(page, `the check page with errors (${lang})`);
    expect(await pickWithKeyboard(page, fixture("small.toml"))).toBe("publishable");
    await expect(page.locator("[data-preview-problem]").first()).toBeVisible();
    await expectNoAxeViolations(page, `the check page with a preview (${lang})`);
    // The other preview language too: its texts carry their own lang attribute.
    await page.locator("select[data-preview-lang-select]").selectOption(lang === "fr" ? "en" : "fr");
    await expectNoAxeViolations(page, `the check page with a preview in the other language (${lang})`);
    // Three languages, German among them.
    expect(await pickWithKeyboard(page, join(ROOT, "tests", "fixtures", "banks", "laboratoire.toml"))).toBe("publishable");
    await page.locator("select[data-preview-lang-select]").selectOption("de");
    await expect(page.locator('[data-preview="de"]')).toBeVisible();
    await expectNoAxeViolations(page, `the check page with a German preview (${lang})`);
  });
}

test("the language switch changes the page's words and its lang attribute", async ({ page }) => {
  await openVerifier(page);
  await expect(page.locator("h1")).toHaveText("Vérifier un questionnaire");
  await expect(page).toHaveTitle("Problèmes imaginaires – vérifier un questionnaire");
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Check a questionnaire");
  await expect(page.locator('label[for="verifier-file"]')).toHaveText("Questionnaire file (.toml or .json)");
  await expect(page).toHaveTitle("Problèmes imaginaires – check a questionnaire");
});

test.describe("on a 320 px wide screen", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("nothing scrolls sideways and axe finds no violation", async ({ page }) => {
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await openVerifier(page);
    expect(await width(), "empty page").toBeLessThanOrEqual(320);
    expect(await pickWithKeyboard(page, join(ROOT, "tests", "fixtures", "banks", "html-in-texts.json"))).toBe("errors");
    expect(await width(), "with errors").toBeLessThanOrEqual(320);
    await page.reload();
    await expect(page.locator("input[data-bank-file]")).toBeVisible();
    expect(await pickWithKeyboard(page, join(ROOT, "tests", "fixtures", "banks", "laboratoire.toml"))).toBe("publishable");
    expect(await width(), "with a preview").toBeLessThanOrEqual(320);
    await page.locator("select[data-preview-lang-select]").selectOption("de");
    expect(await width(), "with the German preview").toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, "the preview at 320 px");
  });
});

test.describe("under the strict Content-Security-Policy", () => {
  test.use({ allowedOrigins: EMBED_ORIGINS });

  test("a bank checked, previewed and downloaded with zero violations", async ({ page }) => {
    await recordViolations(page);
    const response = await page.goto(`${CSP_WIDGET_ORIGIN}${BASE_PATH}verifier/`);
    expect(response?.headers()["content-security-policy"]).toBe(WIDGET_CSP);
    expect(await pickWithKeyboard(page, fixture("small.toml"))).toBe("publishable");
    await expect(status(page)).toBeVisible();
    await expect(page.locator("[data-preview-problem]")).toHaveCount(2);
    await expectNoViolations(page, "check page");
  });
});
