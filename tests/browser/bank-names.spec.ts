// A bank name only ever means banks/NAME.json in the widget's own folder (issue 12). Names that
// are not plain names (`../../x`, `https://evil.example/b.json`, `%2e%2e`, upper case, empty)
// make no request at all, on the page, in its iframe mode and in the team view, and one sentence
// says the name is not valid. A missing file is named with the server's answer; the built-in
// bank asked by its name needs no request; config.json's default applies when no name is given.
import type { Page, Request } from "@playwright/test";
import { test, expect, action, BASE_URL } from "./helpers";
import { fixtureBank } from "./bank-helpers";

const BAD_NAMES = [
  "../../x",
  "https://evil.example/b.json",
  "https%3A%2F%2Fevil.example%2Fb.json",
  "%2e%2e",
  "..%2F..%2Fconfig",
  "LABORATOIRE",
  "",
];

/** Every request the page makes from now on, except the navigations the test makes itself. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request: Request) => {
    if (!request.isNavigationRequest()) seen.push(request.url());
  });
  return seen;
}

/** Requests for a bank, a config, or anything the bad name could have become. */
const bankRequests = (seen: string[]): string[] =>
  seen.filter((url) => /\/banks\/|evil|config\.json|\/x(\.json)?$|\.\./.test(url));

for (const [where, prefix] of [["the page", "?bank="], ["the iframe page", "?embed=1&bank="], ["the team view", "equipe/?bank="]] as const) {
  test(`${where}: names that are not plain names request nothing and say so`, async ({ page, guard }) => {
    for (const name of BAD_NAMES) {
      const seen = recordRequests(page);
      await page.goto(`${BASE_URL}${prefix}${name}`);
      const error = page.locator("[data-bank-error]");
      await expect(error, `bank=${name}`).toHaveAttribute("data-bank-error", "invalid-name");
      await expect(error).toContainText("Le nom du questionnaire demandé n’est pas valide");
      // The name is text from a link: it is never repeated on the page.
      expect(await error.textContent()).not.toContain("evil");
      await expect(page.locator("[data-bank-name]")).toHaveCount(0);
      // Nothing of any questionnaire is shown.
      await expect(action(page, "start")).toHaveCount(0);
      await expect(page.locator("textarea[data-team-input]")).toHaveCount(0);
      expect(bankRequests(seen), `requests for bank=${name}`).toEqual([]);
      page.removeAllListeners("request");
    }
    expect(guard.requests.filter((url) => !url.startsWith("http://127.0.0.1:4173/"))).toEqual([]);
  });
}

test("the built-in bank asked by its name needs no request; an unknown name says which file is missing", async ({
  page, guard,
}) => {
  let seen = recordRequests(page);
  await page.goto(`${BASE_URL}?bank=problemes-imaginaires`);
  await expect(action(page, "start")).toBeVisible();
  expect(seen.filter((url) => url.includes("/banks/") || url.includes("config.json"))).toEqual([]);
  page.removeAllListeners("request");

  seen = recordRequests(page);
  await page.goto(`${BASE_URL}?bank=absent`);
  const error = page.locator("[data-bank-error]");
  await expect(error).toHaveAttribute("data-bank-error", "http");
  await expect(error.locator("strong")).toHaveText("Le questionnaire « absent » n’a pas pu être chargé.");
  await expect(error).toContainText("fichier : banks/absent.json");
  await expect(error).toContainText("le serveur a répondu 404");
  expect(seen.filter((url) => url.includes("/banks/"))).toEqual([`${BASE_URL}banks/absent.json`]);
  // Chromium reports the 404 in the console; it is the one expected error.
  guard.errors = guard.errors.filter((line) => !/404|banks\/absent\.json/.test(line));
});

test("config.json's bank is the default; a name in the address wins; an invalid default is said", async ({ page, guard }) => {
  const labo = fixtureBank("laboratoire");
  let config: Record<string, unknown> = { bank: "laboratoire", banks: ["problemes-imaginaires", "laboratoire"] };
  await page.route("**/outils/autodiagnostic/config.json", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), ...config } });
  });
  await page.goto(BASE_URL);
  await action(page, "start").click();
  await expect(page.locator(`section[data-problem-step="${labo.problems[0].id}"]`)).toBeVisible();
  // Links made there name the bank, so they still open it if the default changes.
  await page.goto(`${BASE_URL}?bank=problemes-imaginaires`);
  await action(page, "start").click();
  await expect(page.locator('section[data-problem-step="validation-loop"]')).toBeVisible();

  config = { bank: "../../x" };
  await page.goto(BASE_URL);
  await expect(page.locator("[data-bank-error]")).toHaveAttribute("data-bank-error", "invalid-name");
  await expect(page.locator("[data-bank-error]")).toContainText("config.json");

  // The team view reads the same default, from the folder above it.
  config = { bank: "laboratoire" };
  await page.goto(`${BASE_URL}equipe/`);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
  await expect(page.locator("a.team__back")).toHaveAttribute("href", "../?lang=fr&bank=laboratoire");
  expect(guard.errors).toEqual([]);
});
