// The administrators' check page (dist/verifier/): each bank file picked with the keyboard gets
// the same verdict, errors and warnings as the command line (bank-check) for the same file; the
// preview shows what the bank holds; the export is the command line's normalised JSON; "try it"
// hands that JSON to the assessment page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, downloadFrom, BASE_URL } from "./helpers";
import {
  ROOT, buildCli, runCli, fixtureFiles, fixture, openVerifier, pickWithKeyboard, findings, status, label, type CliVerdict,
} from "./verifier-helpers";

const TRIAL_KEY = "problemes-imaginaires:trial-bank";
const BUILT_IN = join(ROOT, "content", "bank.toml");

let cli = "";
test.beforeAll(() => {
  test.setTimeout(600_000);
  cli = buildCli();
});

for (const file of fixtureFiles()) {
  test(`${label(file)}: the page's verdict, errors and warnings are the command line's`, async ({ page }) => {
    const expected: CliVerdict = runCli(cli, file);
    expect([0, 1], `bank-check exit code on ${file}`).toContain(expected.code);
    // The command line speaks English: the page is compared in English.
    await openVerifier(page, "?lang=en");
    const verdict = await pickWithKeyboard(page, file);
    expect(verdict).toBe(expected.code === 0 ? "publishable" : "errors");
    const shown = await findings(page);
    expect(shown.errors).toEqual(expected.errors);
    expect(shown.warnings).toEqual(expected.warnings);
    const summary = status(page).locator("[data-summary]");
    if (expected.code === 0) {
      await expect(summary).toHaveText(/^This questionnaire can be published\./);
      await expect(page.locator('a[data-action="try"]')).toBeVisible();
      await expect(page.locator('button[data-action="download"]')).toBeVisible();
    } else {
      const n = expected.errors.length;
      await expect(summary).toHaveText(`This questionnaire contains ${n} error${n === 1 ? "" : "s"}: it cannot be published until ${n === 1 ? "it is" : "they are"} fixed.`);
      await expect(page.locator('[data-action="try"], [data-action="download"], [data-preview]')).toHaveCount(0);
    }
  });
}

test("the summary sentence is in French first", async ({ page }) => {
  await openVerifier(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.locator("h1")).toHaveText("Vérifier un questionnaire");
  expect(await pickWithKeyboard(page, BUILT_IN)).toBe("publishable");
  await expect(status(page).locator("[data-summary]")).toHaveText(/^Ce questionnaire peut être publié\./);
  await expect(status(page)).toContainText("Fichier vérifié\u202f: bank.toml");
  expect(await pickWithKeyboard(page, fixture("broken.json"))).toBe("errors");
  await expect(status(page).locator("[data-summary]")).toHaveText(
    `Ce questionnaire contient ${runCli(cli, fixture("broken.json")).errors.length} erreurs\u202f: il ne peut pas être publié tant qu’elles ne sont pas corrigées.`,
  );
});

test("the preview shows every problem, question and fix of the normalised bank, in each language", async ({ page }) => {
  const file = fixture("small.toml");
  const bank = JSON.parse(runCli(cli, file).json ?? "null");
  expect(bank, "bank-check wrote the normalised JSON").not.toBeNull();
  await openVerifier(page);
  expect(await pickWithKeyboard(page, file)).toBe("publishable");
  const select = page.locator("select[data-preview-lang-select]");
  for (const lang of ["fr", "en"] as const) {
    await select.selectOption(lang);
    const preview = page.locator(`[data-preview="${lang}"]`);
    await expect(preview).toBeVisible();
    const problems = preview.locator("[data-preview-problem]");
    await expect(problems).toHaveCount(bank.problems.length);
    for (const problem of bank.problems) {
      const shown = preview.locator(`[data-preview-problem="${problem.id}"]`);
      await expect(shown.locator("h3 [lang]")).toHaveText(problem.label[lang]);
      await expect(shown.locator("h3 [lang]")).toHaveAttribute("lang", lang);
      await expect(shown.getByText(problem.summary[lang], { exact: true })).toBeVisible();
      await expect(shown.locator("[data-preview-question]")).toHaveCount(problem.questions.length);
      for (const question of problem.questions) {
        const q = shown.locator(`[data-preview-question="${question.id}"]`);
        await expect(q.getByText(question.text[lang], { exact: true })).toBeVisible();
        await expect(q.locator("[data-polarity]")).toHaveAttribute("data-polarity", question.polarity);
        const triggers = await q.locator("[data-triggers]").evaluateAll((items) => items.map((item) => item.getAttribute("data-triggers")));
        expect(triggers, `fixes of ${question.id}`).toEqual(question.fixes);
      }
      for (const fix of problem.fixes) {
        const f = shown.locator(`[data-preview-fix="${fix.id}"]`);
        await expect(f.getByText(fix.title[lang], { exact: true })).toBeVisible();
        await expect(f.getByText(fix.detail[lang], { exact: true })).toBeVisible();
        const link = f.locator("a[data-source-link]");
        await expect(link).toHaveAttribute("href", fix.url);
        await expect(link).toHaveText(fix.url);
        await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      }
    }
  }
  // Polarity and triggering answers in words, in the page's language.
  await select.selectOption("fr");
  const r1 = page.locator('[data-preview-question="R1"]');
  await expect(r1).toContainText("Symptôme. Les réponses «\u202fSouvent\u202f» ou «\u202fSystématiquement\u202f» proposent\u202f:");
  await expect(page.locator('[data-preview-question="R2"]')).toContainText("Pratique protectrice. Les réponses «\u202fRarement\u202f» ou «\u202fJamais\u202f» proposent\u202f:");
});

test("a bank in three languages: the preview offers each, its texts carry their language, a missing translation is marked", async ({ page }) => {
  const lab = join(ROOT, "tests", "fixtures", "banks", "laboratoire.toml");
  const bank = JSON.parse(runCli(cli, lab).json ?? "null");
  await openVerifier(page);
  expect(await pickWithKeyboard(page, lab)).toBe("publishable");
  const select = page.locator("select[data-preview-lang-select]");
  await expect(select.locator("option")).toHaveText(["Français", "English", "Deutsch"]);
  await expect(select).toHaveValue("fr");
  await select.selectOption("de");
  const first = bank.problems[0];
  const heading = page.locator(`[data-preview="de"] [data-preview-problem="${first.id}"] h3 [lang]`);
  await expect(heading).toHaveText(first.label.de);
  await expect(heading).toHaveAttribute("lang", "de");
  await expect(page.locator("[data-missing-translation]")).toHaveCount(0);
  await expect(page.locator("[data-preview-problem]")).toHaveCount(5);
  await expect(page.locator("[data-preview-question]")).toHaveCount(40);

  // with-warnings.toml lacks a translation: the default language's text is shown, marked.
  await page.reload();
  await expect(page.locator("input[data-bank-file]")).toBeVisible();
  const warned = join(ROOT, "tests", "fixtures", "banks", "with-warnings.toml");
  expect(await pickWithKeyboard(page, warned)).toBe("publishable");
  const missing = runCli(cli, warned).warnings.length;
  expect(missing).toBeGreaterThan(0);
  await expect(page.locator("[data-warning]")).toHaveCount(missing);
  const langs = (await page.locator("[data-bank-languages]").getAttribute("data-bank-languages"))?.split(" ") ?? [];
  let marked = 0;
  for (const lang of langs) {
    await select.selectOption(lang);
    marked += await page.locator("[data-missing-translation]").count();
  }
  expect(marked, "a missing translation is marked in some language").toBeGreaterThan(0);
});

test("the download is the command line's normalised JSON, named after the bank", async ({ page }) => {
  for (const file of [fixture("small.toml"), BUILT_IN]) {
    const expected = runCli(cli, file);
    expect(expected.json).not.toBeNull();
    await openVerifier(page);
    expect(await pickWithKeyboard(page, file)).toBe("publishable");
    const id = JSON.parse(expected.json as string).id;
    await expect(page.locator("#verifier-download-hint")).toContainText(`${id}.json`);
    const downloaded = await downloadFrom(page, page.locator('button[data-action="download"]'));
    expect(downloaded.name).toBe(`${id}.json`);
    expect(downloaded.text).toBe(expected.json);
  }
});

test("“try it” stores the normalised JSON and opens the page with ?trial=1 in a new tab", async ({ page, context }) => {
  const file = fixture("small.toml");
  const expected = runCli(cli, file).json;
  await openVerifier(page);
  expect(await pickWithKeyboard(page, file)).toBe("publishable");
  const tryIt = page.locator('a[data-action="try"]');
  await expect(tryIt).toHaveAttribute("href", "../?trial=1");
  await expect(tryIt).toHaveAttribute("target", "_blank");
  await expect(tryIt).toContainText("Essayer ce questionnaire");
  // With the keyboard: Enter on the focused link.
  await tryIt.focus();
  const [opened] = await Promise.all([context.waitForEvent("page"), page.keyboard.press("Enter")]);
  await opened.waitForLoadState("domcontentloaded");
  expect(opened.url()).toBe(`${BASE_URL}?trial=1`);
  expect(await page.evaluate((key) => localStorage.getItem(key), TRIAL_KEY)).toBe(expected);
  // The page in the new tab runs the assessment with this bank: its notice, then its questions.
  await expect(opened.locator("[data-trial-notice]")).toBeVisible();
  await opened.locator('[data-action="start"]').click();
  const firstQuestion = JSON.parse(expected).problems[0].questions[0].id;
  await expect(opened.locator(`input[name="${firstQuestion}"]`).first()).toBeVisible();
});

test("“try it” says so when the browser refuses storage, and opens nothing", async ({ page, context }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("quota", "QuotaExceededError");
    };
  });
  await openVerifier(page);
  expect(await pickWithKeyboard(page, fixture("small.toml"))).toBe("publishable");
  let opened = 0;
  context.on("page", () => opened++);
  await page.locator('a[data-action="try"]').click();
  await expect(page.locator("[data-notice]")).toHaveText(/refusé de garder le questionnaire/);
  expect(opened).toBe(0);
});

test("a file dropped on the drop zone is checked like a picked one", async ({ page }) => {
  await openVerifier(page);
  const text = readFileSync(fixture("small.toml"), "utf8");
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], "glisse.toml", { type: "application/toml" }));
    return data;
  }, text);
  const zone = page.locator("[data-drop-zone]");
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(status(page)).toHaveAttribute("data-verdict", "publishable");
  await expect(status(page)).toContainText("glisse.toml");
});

test("other files are refused by their name or size before being read", async ({ page }) => {
  await openVerifier(page);
  expect(await pickWithKeyboard(page, { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("id = 1") })).toBe("refused");
  await expect(status(page)).toContainText("«\u202fnotes.txt\u202f» n’est pas un fichier .toml ou .json");
  await page.reload();
  await expect(page.locator("input[data-bank-file]")).toBeVisible();
  const big = Buffer.alloc(10 * 1024 * 1024, "#");
  expect(await pickWithKeyboard(page, { name: "enorme.toml", mimeType: "application/toml", buffer: big })).toBe("refused");
  await expect(status(page)).toContainText("«\u202fenorme.toml\u202f» est trop volumineux (10\u00a0Mo)\u202f: un questionnaire ne peut pas dépasser 1\u00a0Mo.");
  await expect(page.locator("[data-error], [data-preview]")).toHaveCount(0);
});
