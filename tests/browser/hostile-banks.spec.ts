// Hostile banks (issue 12): every hostile fixture of tests/fixtures/banks/ (script and HTML in
// every text field, javascript: links, duplicate ids, a missing language, 10,000 questions), a
// 10 MB bank and another bank of 10,000 questions generated here, each asked for by name. Each is refused with one sentence
// naming it and a detail for the administrator; nothing executes (no dialog, no flag set by a
// script, no console error) and nothing is requested from another origin.
import type { Page } from "@playwright/test";
import { test, expect, action, BASE_URL, ORIGIN } from "./helpers";
import { fixtureText, hostileBankNames } from "./bank-helpers";

/** Watches `page` for anything a hostile text could make happen. */
function watchHostile(page: Page): { dialogs: string[]; requests: string[] } {
  const seen = { dialogs: [] as string[], requests: [] as string[] };
  page.on("dialog", async (dialog) => {
    seen.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("request", (request) => seen.requests.push(request.url()));
  return seen;
}

async function expectRefused(page: Page, name: string, kind: RegExp, seen: { dialogs: string[]; requests: string[] }): Promise<void> {
  const error = page.locator("[data-bank-error]");
  await expect(error, name).toHaveAttribute("data-bank-error", kind);
  await expect(error.locator("strong")).toHaveText(`Le questionnaire « ${name} » n’a pas pu être chargé.`);
  await expect(error).toContainText(`banks/${name}.json`);
  // Nothing of the questionnaire is shown, and nothing ran.
  await expect(action(page, "start")).toHaveCount(0);
  expect(await page.evaluate(() => Object.keys(window).filter((key) => /pwn|hacked|xss/i.test(key)))).toEqual([]);
  expect(seen.dialogs, `dialogs opened by ${name}`).toEqual([]);
  expect(seen.requests.filter((url) => !url.startsWith(`${ORIGIN}/`)), `requests of ${name}`).toEqual([]);
}

test("every hostile fixture bank is refused with a sentence, and nothing of it runs or loads", async ({ page }) => {
  const names = hostileBankNames();
  expect(names.length, "hostile fixture banks in tests/fixtures/banks/").toBeGreaterThan(0);
  const seen = watchHostile(page);
  for (const name of names) {
    await page.goto(`${BASE_URL}?bank=${name}`);
    await expectRefused(page, name, /^(faulty|too-large)$/, seen);
    // The refused text itself is never shown as markup.
    expect(await page.locator("[data-bank-error] script, [data-bank-error] img, [data-bank-error] a[href^='javascript']").count()).toBe(0);
  }
});

test("a 10 MB bank is refused before it is read", async ({ page }) => {
  const huge = JSON.stringify({
    id: "enorme",
    version: 1,
    problems: [{ id: "p", label: { fr: "x".repeat(10 * 1024 * 1024), en: "x" } }],
  });
  expect(huge.length).toBeGreaterThan(10 * 1024 * 1024);
  await page.route("**/banks/enorme.json", (route) => route.fulfill({ contentType: "application/json", body: huge }));
  const seen = watchHostile(page);
  await page.goto(`${BASE_URL}?bank=enorme`);
  await expectRefused(page, "enorme", /^too-large$/, seen);
  await expect(page.locator("[data-bank-error]")).toContainText(/plus que la limite de \d+ octets/);
});

test("a bank of 10,000 questions is refused with the rule it breaks", async ({ page }) => {
  const base = JSON.parse(fixtureText("laboratoire"));
  const question = base.problems[0].questions[0];
  base.id = "dix-mille";
  base.problems[0].questions = Array.from({ length: 10_000 }, (_, at) => ({ ...question, id: `Q${at}` }));
  await page.route("**/banks/dix-mille.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify(base) }),
  );
  const seen = watchHostile(page);
  await page.goto(`${BASE_URL}?bank=dix-mille`);
  await expectRefused(page, "dix-mille", /^(faulty|too-large)$/, seen);
});

test("a file that is not a bank at all (HTML, truncated JSON) is refused with the reader's error", async ({ page }) => {
  const seen = watchHostile(page);
  const bodies: Record<string, string> = {
    "page-html": "<!doctype html><script>window.pwned = 1; alert(1)</script>",
    tronque: fixtureText("laboratoire").slice(0, 500),
  };
  await page.route(/\/banks\/(page-html|tronque)\.json$/, (route) => {
    const name = /\/banks\/([a-z-]+)\.json$/.exec(route.request().url())?.[1] ?? "";
    return route.fulfill({ contentType: "application/json", body: bodies[name] });
  });
  for (const name of Object.keys(bodies)) {
    await page.goto(`${BASE_URL}?bank=${name}`);
    await expectRefused(page, name, /^faulty$/, seen);
    await expect(page.locator("[data-bank-check-errors] li")).not.toHaveCount(0);
  }
});
