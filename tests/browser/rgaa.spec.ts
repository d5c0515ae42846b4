// RGAA 4.1 checks beyond axe-core (issue 15), on every screen of every surface: the page (intro,
// the four question steps, the results with the keep tools), the team view (results, workshop
// collecting and revealed), the iframe, the element, the single file from file://, and the
// accessibility statement. The checks themselves are in rgaa-checks.ts; docs/rgaa.md names these
// tests criterion by criterion.
//   - "surface: …" tests: reflow at 320 px and at 1280 px with 400 % zoom (10.11), text spacing
//     (10.12), forced colours (every control, the step bar, chart bars, bands, and the focus ring
//     under forced colours), visible focus on every tab stop (10.7);
//   - focus, status message and window title after each step change (7.5, 8.6, 12.8), also with
//     prefers-reduced-motion;
//   - language of parts (8.7) in both languages;
//   - accessibility tree snapshots of each screen in both languages (committed next to this file,
//     in rgaa.spec.ts-snapshots/), so that a change of names, roles or order shows in review.
import {
  test, expect, actionIn, answerStepIn, startIn, stepIn, resultsIn, radioIn, frameOf, tabTo,
  EMBED_ORIGINS, HOST_ORIGIN, PROBLEMS, PROBLEM_LABELS, FRAME_ID, type Lang, type Pattern, type Scope,
} from "./helpers";
import { codeOf, openTeam, paste } from "./team-helpers";
import {
  expectFocusVisible, expectForcedColours, expectForcedFocusRing, expectLanguageOfParts, expectReflow, expectSelectionVisible,
  expectTextSpacing, forcedColours, type Screen,
} from "./rgaa-checks";
import type { Frame, Page } from "@playwright/test";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// Every band, a blind spot and an unscored problem (as in a11y.spec.ts).
const PATTERN: Pattern = {
  A1: "always", A2: "never", A3: "often", A4: "rarely", A5: "always", A6: "unknown", A7: "often", A8: "never",
  B1: "rarely", B2: "often", B3: "never", B4: "always", B5: "rarely", B6: "often", B7: null, B8: "always",
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown", C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  D1: "never", D2: "always", D3: "never", D4: "always", D5: "never", D6: "always", D7: "never", D8: "always",
};
const TEAM: Pattern[] = [
  PATTERN,
  Object.fromEntries(Object.keys(PATTERN).map((q, i) => [q, (["never", "rarely", "often", "always"] as const)[i % 4]])),
  Object.fromEntries(Object.keys(PATTERN).map((q, i) => [q, (["always", "often", "rarely", "never"] as const)[i % 4]])),
];

const SINGLE_FILE = pathToFileURL(resolve(__dirname, "..", "..", "dist", "problemes-imaginaires.html")).href;

/** Called on each screen of a surface. */
type Visit = (screen: Screen, scope: Scope) => Promise<void>;

async function openAllDisclosures(results: import("@playwright/test").Locator): Promise<void> {
  const summaries = results.locator("details > summary");
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  await expect(results.locator("details:not([open])")).toHaveCount(0);
}

/** The assessment's screens in `scope` (page, iframe, element or single file), from its intro. */
async function assessmentScreens(label: string, page: Page, doc: Page | Frame, scope: Scope, root: string, visit: Visit): Promise<void> {
  const screen = (name: string): Screen => ({ name: `${label}, ${name}`, page, doc, root });
  await expect(actionIn(scope, "start")).toBeVisible();
  await visit(screen("intro"), scope);
  await startIn(scope);
  for (const [at, problem] of PROBLEMS.entries()) {
    await answerStepIn(scope, problem, PATTERN);
    await visit(screen(`step ${at + 1}`), scope);
    await actionIn(scope, "next").click();
    await expect(at + 1 < PROBLEMS.length ? stepIn(scope, PROBLEMS[at + 1]) : resultsIn(scope)).toBeVisible();
  }
  await openAllDisclosures(resultsIn(scope));
  await visit(screen("results with the keep tools"), scope);
}

const SURFACES: Record<string, (page: Page, visit: Visit) => Promise<void>> = {
  async page(page, visit) {
    await page.goto("./");
    await assessmentScreens("page", page, page, page, ".pi-app", visit);
  },
  async "team view"(page, visit) {
    await openTeam(page);
    await paste(page, TEAM.map((pattern, i) => codeOf(pattern, 1000 + i)).join("\n"));
    await expect(page.locator("[data-team-problem]").first()).toBeVisible();
    const screen = (name: string): Screen => ({ name: `team view, ${name}`, page, doc: page, root: ".pi-app" });
    await openAllDisclosures(page.locator("main"));
    await visit(screen("results"), page);
    await page.locator('button[data-action="workshop"]').click();
    await expect(page.locator('[data-workshop="collecting"]')).toBeVisible();
    await visit(screen("workshop mode, collecting"), page);
    await page.locator('button[data-action="reveal"]').click();
    await expect(page.locator('[data-workshop="revealed"]')).toBeVisible();
    await visit(screen("workshop mode, revealed"), page);
  },
  async iframe(page, visit) {
    await page.goto(`${HOST_ORIGIN}/iframe.html`);
    const scope = page.frameLocator(`#${FRAME_ID}`);
    await expect(actionIn(scope, "start")).toBeVisible();
    await assessmentScreens("iframe", page, await frameOf(page), scope, ".pi-app", visit);
  },
  async element(page, visit) {
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const root = "problemes-imaginaires#a";
    await assessmentScreens("element", page, page, page.locator(root), root, visit);
  },
  async "single file"(page, visit) {
    await page.goto(SINGLE_FILE);
    await assessmentScreens("single file", page, page, page, ".pi-app", visit);
  },
  async statement(page, visit) {
    for (const [file, lang] of [["index.html", "fr"], ["en.html", "en"]]) {
      await page.goto(`accessibilite/${file}`);
      await expect(page.locator("h1")).toBeVisible();
      await visit({ name: `statement (${lang})`, page, doc: page, root: "body" }, page);
    }
  },
};

const DESKTOP = { width: 1280, height: 720 };

for (const [surface, walk] of Object.entries(SURFACES)) {
  test.describe(`surface: ${surface}`, () => {
    test.use({ allowedOrigins: surface === "single file" ? ["file:"] : EMBED_ORIGINS, viewport: DESKTOP });

    test(`${surface}: reflow at 320 px and at 400 % zoom, text spacing, forced colours, visible focus`, async ({ page }) => {
      test.setTimeout(Number(process.env.RGAA_TIMEOUT ?? 600_000));
      await walk(page, async (screen) => {
        // 10.11: 320 CSS px wide, then a 1280 × 1024 window zoomed to 400 % (a 320 × 256 CSS px
        // viewport: zoom changes the device pixel ratio, which no layout rule here depends on).
        for (const viewport of [{ width: 320, height: 640 }, { width: 320, height: 256 }]) {
          await page.setViewportSize(viewport);
          await expectReflow({ ...screen, name: `${screen.name} at ${viewport.width} × ${viewport.height}` });
        }
        await page.setViewportSize(DESKTOP);
        await expectTextSpacing(screen);
        await expectFocusVisible(screen);
        await forcedColours(page, true);
        await expectForcedColours({ ...screen, name: `${screen.name}, forced colours` });
        await expectForcedFocusRing({ ...screen, name: `${screen.name}, forced colours` });
        await forcedColours(page, false);
      });
    });
  });
}

test.describe("forced colours: a chosen answer", () => {
  test("a chosen answer stays distinguishable under forced colours", async ({ page }) => {
    await page.goto("./");
    await startIn(page);
    await forcedColours(page, true);
    const input = radioIn(page, "A1", "often");
    const label = page.locator(`label[for="${await input.getAttribute("id")}"]`);
    const screen: Screen = { name: "page, step 1", page, doc: page, root: ".pi-app" };
    await expectSelectionVisible(screen, label, async () => {
      await label.click();
      await expect(input).toBeChecked();
    });
  });
});

// Focus, announcement and title after each step change, by keyboard.
for (const lang of ["fr", "en"] as Lang[]) {
  for (const motion of ["no-preference", "reduce"] as const) {
    test(`step changes by keyboard (${lang}, prefers-reduced-motion: ${motion}): focus on the heading, status message, window title`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(`./?lang=${lang}`);
      const app = lang === "fr" ? "Problèmes imaginaires" : "Imaginary problems";
      await expect(page).toHaveTitle(app);
      const announcer = page.locator("[data-step-announcer]");
      await expect(announcer).toHaveAttribute("role", "status");
      await expect(announcer, "nothing announced at load").toHaveText("");
      const stepName = (n: number, title: string) =>
        lang === "fr" ? `Étape ${n} sur 5\u202f: ${title}` : `Step ${n} of 5: ${title}`;
      await tabTo(page, 'button[data-action="start"]');
      await page.keyboard.press("Enter");
      for (const [at, problem] of PROBLEMS.entries()) {
        const step = stepIn(page, problem);
        await expect(step).toBeVisible();
        await expect(step.locator("h2").first()).toBeFocused();
        const name = stepName(at + 1, PROBLEM_LABELS[lang][problem]);
        await expect(announcer).toHaveText(name);
        await expect(page).toHaveTitle(`${name} – ${app}`);
        await tabTo(page, 'button[data-action="next"]', { max: 80 });
        await page.keyboard.press("Enter");
      }
      const results = resultsIn(page);
      await expect(results.locator("h2").first()).toBeFocused();
      const resultsName = stepName(5, lang === "fr" ? "Vos résultats" : "Your results");
      await expect(announcer).toHaveText(resultsName);
      await expect(page).toHaveTitle(`${resultsName} – ${app}`);
      // And back: "previous" returns to the last step, announced and titled again.
      await tabTo(page, 'button[data-action="previous"]', { max: 300 });
      await page.keyboard.press("Enter");
      const last = stepIn(page, PROBLEMS[3]);
      await expect(last.locator("h2").first()).toBeFocused();
      await expect(announcer).toHaveText(stepName(4, PROBLEM_LABELS[lang][PROBLEMS[3]]));
    });
  }
}

// 8.7: no passage in the other language without its lang attribute, in both languages.
for (const lang of ["fr", "en"] as Lang[]) {
  test(`language of parts on every screen (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`./?lang=${lang}`);
    await assessmentScreens(`page (${lang})`, page, page, page, ".pi-app", async (screen) => expectLanguageOfParts(screen));
    await page.goto(`equipe/?lang=${lang}`);
    await paste(page, TEAM.map((pattern, i) => codeOf(pattern, 2000 + i)).join("\n"));
    await expect(page.locator("[data-team-problem]").first()).toBeVisible();
    await expectLanguageOfParts({ name: `team view (${lang})`, page, doc: page, root: ".pi-app" });
    await page.goto(`accessibilite/${lang === "fr" ? "index.html" : "en.html"}`);
    await expectLanguageOfParts({ name: `statement (${lang})`, page, doc: page, root: "body" });
  });
}

// Accessibility tree snapshots, both languages. Values that change from run to run (the answer
// code and share link, dates) are written as regular expressions in the committed files.
for (const lang of ["fr", "en"] as Lang[]) {
  test.describe(`accessibility tree snapshots (${lang})`, () => {
    test.use({ allowedOrigins: EMBED_ORIGINS });

    test(`assessment page, every screen (${lang})`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.goto(`./?lang=${lang}`);
      await assessmentScreens("page", page, page, page, ".pi-app", async (screen) => {
        const name = screen.name.replace(/^page, /, "").replace(/ with .*$/, "").replace(/\s+/g, "-");
        await expect(page.locator(".pi-app")).toMatchAriaSnapshot({ name: `page-${name}-${lang}.aria.yml` });
      });
    });

    test(`team view and workshop mode (${lang})`, async ({ page }) => {
      await page.goto(`equipe/?lang=${lang}`);
      await paste(page, TEAM.map((pattern, i) => codeOf(pattern, 3000 + i)).join("\n"));
      await expect(page.locator("[data-team-problem]").first()).toBeVisible();
      await expect(page.locator(".pi-app")).toMatchAriaSnapshot({ name: `team-results-${lang}.aria.yml` });
      await page.locator('button[data-action="workshop"]').click();
      await page.locator('button[data-action="reveal"]').click();
      await expect(page.locator('[data-workshop="revealed"]')).toBeVisible();
      await expect(page.locator(".pi-app")).toMatchAriaSnapshot({ name: `team-workshop-${lang}.aria.yml` });
    });

    test(`iframe and element intro (${lang})`, async ({ page }) => {
      const id = lang === "fr" ? "a" : "b";
      await page.goto(`${HOST_ORIGIN}/element.html`);
      const element = page.locator(`problemes-imaginaires#${id}`);
      await expect(actionIn(element, "start")).toBeVisible();
      await expect(element).toMatchAriaSnapshot({ name: `element-intro-${lang}.aria.yml` });
      await page.goto(`${HOST_ORIGIN}/iframe.html`);
      const frame = page.frameLocator(`#${FRAME_ID}`);
      await expect(actionIn(frame, "start")).toBeVisible();
      if (lang === "en") await switchLanguageIn(frame);
      await expect(frame.locator(".pi-app")).toMatchAriaSnapshot({ name: `iframe-intro-${lang}.aria.yml` });
    });

    test(`accessibility statement (${lang})`, async ({ page }) => {
      await page.goto(`accessibilite/${lang === "fr" ? "index.html" : "en.html"}`);
      await expect(page.locator("body")).toMatchAriaSnapshot({ name: `statement-${lang}.aria.yml` });
    });
  });
}

async function switchLanguageIn(scope: Scope): Promise<void> {
  await scope.locator('button[data-lang="en"]').click();
  await expect(scope.locator('button[data-lang="en"]')).toHaveAttribute("aria-pressed", "true");
}


// The statement is linked from every footer, and fills its contact details from config.json.
test.describe("accessibility statement", () => {
  test.use({ allowedOrigins: EMBED_ORIGINS });

  test("every surface's footer links to the statement in its language", async ({ page }) => {
    await page.goto("./?lang=fr");
    const link = page.locator("footer a[data-statement-link]");
    await expect(link).toHaveText("Accessibilité\u202f: totalement conforme");
    await link.click();
    await expect(page.locator("h1")).toHaveText("Déclaration d’accessibilité");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");

    await page.goto("./?lang=en");
    await page.locator("footer a[data-statement-link]").click();
    await expect(page.locator("h1")).toHaveText("Accessibility statement");

    await page.goto("equipe/?lang=fr");
    await page.locator("footer a[data-statement-link]").click();
    await expect(page.locator("h1")).toHaveText("Déclaration d’accessibilité");

    // Embedded: a new window, at the widget's own address.
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const inElement = page.locator("problemes-imaginaires#b a[data-statement-link]");
    await expect(inElement).toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:4173\/outils\/autodiagnostic\/accessibilite\/en\.html$/);
    await expect(inElement).toHaveAttribute("target", "_blank");
    await page.goto(`${HOST_ORIGIN}/iframe.html`);
    const inFrame = page.frameLocator(`#${FRAME_ID}`).locator("a[data-statement-link]");
    await expect(inFrame).toHaveAttribute("href", /^http:\/\/127\.0\.0\.1:4173\/outils\/autodiagnostic\/accessibilite\/index\.html$/);
    await expect(inFrame).toHaveAttribute("target", "_blank");
  });

  test("the single file links to the statement next to it", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(SINGLE_FILE);
    const link = page.locator("a[data-statement-link]");
    await expect(link).toHaveAttribute("href", SINGLE_FILE.replace(/problemes-imaginaires\.html$/, "accessibilite/index.html"));
    await context.close();
  });

  test("the contact details come from config.json, and stay placeholders without it", async ({ page }) => {
    await page.goto("accessibilite/index.html");
    // The shipped config.json leaves them empty: the placeholders show.
    await expect(page.locator("[data-config=contact_email]")).toHaveText(/à renseigner/);
    await page.route("**/outils/autodiagnostic/config.json", (route) => route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        version: 1,
        accessibility: {
          organisation: "Direction interministérielle de l’exemple",
          contact_email: "accessibilite@exemple.gouv.fr",
          contact_form_url: "javascript:alert(1)",
          postal_address: "20 avenue de Ségur, 75007 Paris",
          statement_date: "2 décembre 2026",
        },
      }),
    }));
    await page.reload();
    await expect(page.locator("[data-config=organisation]")).toHaveText("Direction interministérielle de l’exemple");
    await expect(page.locator("a[data-config=contact_email]")).toHaveAttribute("href", "mailto:accessibilite@exemple.gouv.fr");
    await expect(page.locator("[data-config=postal_address]")).toHaveText("20 avenue de Ségur, 75007 Paris");
    await expect(page.locator("[data-config=statement_date]")).toHaveText("2 décembre 2026");
    // Not an http(s) address: never a link, the placeholder stays.
    await expect(page.locator("[data-config=contact_form_url]")).toHaveText(/à renseigner/);
    await expect(page.locator("a[data-config=contact_form_url]")).toHaveCount(0);
  });
});
