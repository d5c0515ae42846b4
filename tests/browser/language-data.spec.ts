// Languages are data (issue 12): the interface's words live in content/i18n/<code>.toml; only
// French is compiled into the wasm, every other language is dist/i18n/<code>.json, fetched from
// the widget's folder when a visitor picks it (the single file carries them as inert data
// blocks). The switch offers the languages that both the interface and the bank have.
// Expected words are read from content/i18n/<code>.toml with the build's own reader
// (scripts/i18n-json.mjs), so the checks follow the data.
import {
  test, expect, openApp, start, fillQuestionnaire, resultsStep, langButton, action, radio, downloadFrom,
  expectLanguage, FIRST, ANSWERS, problemStep, PROBLEMS,
} from "./helpers";
import { openTeam, paste, codeOf } from "./team-helpers";
import type { Page } from "@playwright/test";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";

type Words = Record<string, Record<string, string | string[]>>;
const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");

/** A language's words, read from content/i18n/<code>.toml by the build's own reader. */
async function words(code: string): Promise<Words> {
  const { parseLanguageFile } = await import("../../scripts/i18n-json.mjs");
  const file = join(ROOT, "content", "i18n", `${code}.toml`);
  return parseLanguageFile(readFileSync(file, "utf8"), file);
}

const text = (w: Words, table: string, key: string): string => w[table][key] as string;
const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));

/** Every request the page makes for a language file, as paths. */
function languageRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes("/i18n/")) seen.push(url.pathname);
  });
  return seen;
}

test("French is compiled in; English is fetched once from i18n/en.json when picked", async ({ page }) => {
  const requests = languageRequests(page);
  await openApp(page);
  await expectLanguage(page, "fr");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  expect(requests, "the default language needs no request").toEqual([]);

  const en = await words("en");
  const fetched = page.waitForResponse((response) => response.url().endsWith("/i18n/en.json"));
  await langButton(page, "en").click();
  expect((await fetched).status()).toBe(200);
  await expectLanguage(page, "en");
  await expect(action(page, "start")).toHaveText(text(en, "app", "start"));
  await expect(langButton(page, "en")).toHaveText(text(en, "meta", "name"));

  // Back and forth again: French is there, English is kept for the page's life.
  await langButton(page, "fr").click();
  await expectLanguage(page, "fr");
  await langButton(page, "en").click();
  await expectLanguage(page, "en");
  expect(requests).toEqual(["/outils/autodiagnostic/i18n/en.json"]);
});

test("the switch offers only the languages both the interface and the bank have", async ({ page }) => {
  // The interface has German (dist/i18n/de.json), and so has the built-in bank: German is offered.
  expect(existsSync(join(DIST, "i18n", "de.json")), "the interface speaks German").toBe(true);
  await openApp(page);
  const offered = () =>
    page.locator(".lang-switch button").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-lang")));
  expect(await offered()).toEqual(["fr", "de", "en"]);
  // Each button is named in its own language, with its own lang and dir.
  await expect(langButton(page, "fr")).toHaveAttribute("lang", "fr");
  await expect(langButton(page, "en")).toHaveAttribute("dir", "ltr");
  // The same bank without its German texts (tried from the check page): German is not offered.
  const bank = JSON.parse(readFileSync(join(DIST, "banks", "problemes-imaginaires.json"), "utf8"));
  const withoutGerman = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutGerman);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).filter(([key]) => key !== "de").map(([key, item]) => [key, withoutGerman(item)]),
      );
    }
    return value;
  };
  const bilingual = withoutGerman(bank) as Record<string, unknown>;
  bilingual.id = "bilingue";
  bilingual.languages = ["fr", "en"];
  await page.evaluate((text) => window.localStorage.setItem("problemes-imaginaires:trial-bank", text), JSON.stringify(bilingual));
  await page.goto("./?trial=1");
  await expect(page.locator("[data-trial-notice]")).toBeVisible();
  expect(await offered()).toEqual(["fr", "en"]);
  await expect(page.locator('button[data-lang="de"]')).toHaveCount(0);
});

test("while a language loads the switch says so, and a failure keeps the page as it was", async ({ page }) => {
  const fr = await words("fr");
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/i18n/en.json", async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page);
  await langButton(page, "en").click();
  const status = page.locator('.lang-switch [role="status"]');
  await expect(status).toHaveText(text(fr, "app", "loading_language"));
  await expect(page.locator(".lang-switch")).toHaveAttribute("aria-busy", "true");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  release();
  await expectLanguage(page, "en");
  await expect(status).toHaveCount(0);
});

test("a language that cannot be loaded is said in a sentence and the page stays in its language", async ({ page, guard }) => {
  const fr = await words("fr");
  // First a file that is not a language file (a key missing), then no file at all.
  let missing = false;
  await page.route("**/i18n/en.json", (route) =>
    missing ? route.fulfill({ status: 404, body: "" }) : route.fulfill({ status: 200, body: '{"app":{}}' }),
  );
  await openApp(page);
  await start(page);
  for (const attempt of ["broken", "missing"]) {
    missing = attempt === "missing";
    await langButton(page, "en").click();
    await expect(page.locator('.lang-switch [role="alert"]'), attempt).toHaveText(text(fr, "app", "language_failed"));
    await expectLanguage(page, "fr");
    await expect(problemStep(page, PROBLEMS[0])).toBeVisible();
    await expect(action(page, "next")).toHaveText(text(fr, "app", "next"));
  }
  // The browser itself logs the 404; nothing else may be in the console.
  expect(guard.errors.every((line) => line.includes("404") && line.includes("/i18n/en.json"))).toBe(true);
  guard.errors.length = 0;
});

test("in German (?lang=de) the assessment, results, exports and team view read in German", async ({ page }) => {
  const de = await words("de");
  const fetched = page.waitForResponse((response) => response.url().endsWith("/i18n/de.json"));
  await page.goto("./?lang=de");
  await fetched;
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(action(page, "start")).toHaveText(text(de, "app", "start"));
  await expect(page.locator("h1")).toHaveText(text(de, "app", "app_title"));
  // The current language is always on the switch, named in German.
  await expect(page.locator('button[data-lang="de"]')).toHaveText(text(de, "meta", "name"));
  await expect(page.locator('button[data-lang="de"]')).toHaveAttribute("aria-pressed", "true");

  await start(page);
  const first = problemStep(page, PROBLEMS[0]);
  await expect(first.locator(".stepper__state")).toContainText(
    fill(text(de, "app", "step_of"), { step: 1, total: PROBLEMS.length + 1 }),
  );
  const labels: Record<string, string> = {
    never: "never", rarely: "rarely", often: "often", always: "always", unknown: "dont_know",
  };
  for (const value of ANSWERS) {
    const id = await radio(page, "A1", value).getAttribute("id");
    await expect(first.locator(`label[for="${id}"]`)).toHaveText(text(de, "labels", labels[value]));
  }
  await fillQuestionnaire(page, (question) => FIRST[question] ?? null);
  const results = resultsStep(page);
  await expect(results.locator("h2").first()).toContainText(text(de, "app", "results_title"));
  await expect(results).toContainText(text(de, "app", "start_here_title"));
  await expect(results).toContainText(text(de, "labels", "band_watch"));

  // Exports in German: the CSV's header and separator, the Markdown's title, the JSON's language.
  const csv = await downloadFrom(page, action(page, "export-csv"));
  const header = (de.report.csv_header as string[]).join(text(de, "format", "csv_separator"));
  expect(csv.text.split("\r\n")[0]).toBe(`\u{feff}${header}`);
  const markdown = await downloadFrom(page, action(page, "export-markdown"));
  expect(markdown.text.startsWith(`# ${text(de, "report", "title")}`)).toBe(true);
  const json = await downloadFrom(page, action(page, "export-json"));
  expect(JSON.parse(json.text).lang).toBe("de");

  // The team view follows: its link keeps the language, and the view reads in German.
  await expect(page.locator("a[data-team-link]")).toHaveAttribute("href", "equipe/?lang=de");
  const teamFetched = page.waitForResponse((response) => response.url().endsWith("/i18n/de.json"));
  await openTeam(page, "?lang=de");
  await teamFetched;
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator("h1")).toHaveText(text(de, "team", "app_title"));
  await paste(page, [1, 2, 3].map((nonce) => codeOf(FIRST, nonce)).join("\n"));
  await expect(page.locator("main")).toContainText(text(de, "team", "results_title"));
  await expect(page.locator("main")).toContainText(text(de, "team_words", "distributions"));
  const teamCsv = await downloadFrom(page, page.locator('button[data-action="export-team-csv"]'));
  const teamHeader = (de.team_words.csv_header as string[]).slice(0, 3).join(text(de, "format", "csv_separator"));
  expect(teamCsv.text.startsWith(`\u{feff}${teamHeader}`)).toBe(true);
});

test.describe("the single file", () => {
  // Opened from disk: nothing but file: may be requested, so every language comes from its data blocks.
  test.use({ allowedOrigins: ["file:"] });

  test("switches language offline from its inert data blocks", async ({ page }) => {
    const single = join(DIST, "problemes-imaginaires.html");
    const html = readFileSync(single, "utf8");
    expect(html).toMatch(/<script type="application\/json" id="pi-i18n-en" data-gzip>/);
    expect(html).toMatch(/<script type="application\/json" id="pi-i18n-de" data-gzip>/);
    const copy = join(mkdtempSync(join(tmpdir(), "pi-lang-")), "problemes-imaginaires.html");
    copyFileSync(single, copy);
    const en = await words("en");
    const de = await words("de");

    // German through ?lang= (the switch does not offer it: the bank has no German yet).
    await page.goto(`${pathToFileURL(copy).href}?lang=de`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(action(page, "start")).toHaveText(text(de, "app", "start"));
    // English through the switch.
    await langButton(page, "en").click();
    await expectLanguage(page, "en");
    await expect(action(page, "start")).toHaveText(text(en, "app", "start"));
  });
});

test("every page says its language and direction, the static HTML French", async ({ page }) => {
  for (const [path, lang] of [
    ["./", "fr"], ["equipe/", "fr"], ["accessibilite/index.html", "fr"], ["accessibilite/en.html", "en"],
    ["accessibilite/de.html", "de"],
  ]) {
    const html = await (await page.request.get(path)).text();
    // The release minifier may reorder attributes and drop quotes.
    const root = html.match(/<html\b[^>]*>/)?.[0] ?? "";
    expect(root, path).toMatch(new RegExp(`\\blang="?${lang}"?[\\s>]`));
    expect(root, path).toMatch(/\bdir="?ltr"?[\s>]/);
  }
  // Once running, the page's <html> follows the interface, and so does the widget's root.
  await page.goto("./?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.locator(".pi-app")).toHaveAttribute("lang", "en");
  await expect(page.locator(".pi-app")).toHaveAttribute("dir", "ltr");
});
