// A bank chosen by name (issue 12): the fixture bank tests/fixtures/banks/laboratoire.json
// (5 problems, 40 questions), served as dist/banks/laboratoire.json would be
// (serve-dist.mjs --banks). The whole assessment on ?bank=laboratoire, its own storage key,
// the share link that reopens it, the exports, the team view with three people's codes, the
// element with bank="laboratoire", a code of another bank named, an edited bank that keeps the
// answers saved on its first version, and the check page's trial (?trial=1).
import type { Page, Route } from "@playwright/test";
import {
  test, expect, action, resultsStep, downloadFrom, storedRaw, BASE_URL, EMBED_ORIGINS,
  HOST_ORIGIN, STATE_KEY,
} from "./helpers";
import {
  bankStateKey, encodeBankCode, fixtureBank, fixtureText, middling, questionIds, storageKeys, takeBank,
  type FixtureBank,
} from "./bank-helpers";

// The element test loads the widget into a host page of another local origin.
test.use({ allowedOrigins: EMBED_ORIGINS });

const LABO = fixtureBank("laboratoire");
const LABO_URL = `${BASE_URL}?bank=laboratoire`;

/** The data-score of each of the bank's problems shown in `scope`. */
async function bankScores(page: Page, bank: FixtureBank, scope = resultsStep(page)): Promise<Record<string, string>> {
  const scores: Record<string, string> = {};
  for (const problem of bank.problems) {
    const target = scope.locator(`[data-problem="${problem.id}"]`);
    await expect(target).toHaveCount(1);
    scores[problem.id] = (await target.getAttribute("data-score")) ?? "";
  }
  return scores;
}

/** Serves `config.json` with these bank fields (the rest as shipped). */
async function routeConfig(page: Page, fields: Record<string, unknown>): Promise<void> {
  await page.route("**/outils/autodiagnostic/config.json", async (route: Route) => {
    const response = await route.fetch();
    const config = { ...(await response.json()), ...fields };
    await route.fulfill({ response, json: config });
  });
}

test.describe("the laboratoire bank on the page", () => {
  test("a whole assessment on ?bank=laboratoire: its 5 problems and 40 questions, kept under its own key", async ({ page }) => {
    expect(LABO.problems).toHaveLength(5);
    expect(questionIds(LABO)).toHaveLength(40);
    await page.goto(LABO_URL);
    await expect(action(page, "start")).toBeVisible();
    // The intro counts this bank's questions and problems, not the course bank's.
    await expect(page.locator("[data-intro-how]")).toContainText("40 affirmations sur 5 problèmes");
    const results = await takeBank(page, LABO, middling);
    const scores = await bankScores(page, LABO);
    expect(Object.values(scores).every((score) => /^\d{1,2}\.\d$/.test(score)), JSON.stringify(scores)).toBe(true);
    // None of the built-in bank's problems is shown.
    await expect(results.locator('[data-problem="validation-loop"]')).toHaveCount(0);

    // Saved under the bank's own key; the built-in bank's key is untouched.
    await expect.poll(() => storedRaw(page, bankStateKey(LABO.id))).not.toBeNull();
    expect(await storedRaw(page, STATE_KEY)).toBeNull();
    const saved = JSON.parse((await storedRaw(page, bankStateKey(LABO.id))) ?? "{}");
    expect(saved.bank).toEqual({ id: LABO.id, version: LABO.version });

    // A reload keeps the bank and the results.
    await page.reload();
    await expect(resultsStep(page)).toBeVisible();
    expect(await bankScores(page, LABO)).toEqual(scores);

    // The page's default bank (no ?bank) has nothing saved: the two never mix.
    await page.goto(BASE_URL);
    await expect(action(page, "start")).toBeVisible();
    await expect(page.locator('section[data-step="results"]')).toHaveCount(0);
  });

  test("the share link carries bank=laboratoire and reopens the results with that bank, on another device", async ({
    page, freshContext,
  }) => {
    await page.goto(LABO_URL);
    await takeBank(page, LABO, middling);
    const scores = await bankScores(page, LABO);
    const link = await page.locator("input[data-share-link]").inputValue();
    expect(link).toMatch(/\?bank=laboratoire#r=PI1\./);
    // The team link names the bank too.
    await expect(page.locator("a[data-team-link]")).toHaveAttribute("href", /^equipe\/\?lang=fr&bank=laboratoire$/);

    const other = await (await freshContext()).newPage();
    await other.goto(link);
    for (const [problem, score] of Object.entries(scores)) {
      await expect(other.locator(`[data-problem="${problem}"]`).first()).toHaveAttribute("data-score", score);
    }
    await expect(other.locator("[data-share-error]")).toHaveCount(0);
  });

  test("the exports name the bank and its problems", async ({ page }) => {
    await page.goto(LABO_URL);
    await takeBank(page, LABO, middling);
    const keep = page.locator('[data-section="keep"]');
    const json = await downloadFrom(page, keep.locator('button[data-action="export-json"]'));
    const file = JSON.parse(json.text);
    expect(file.bank).toEqual({ id: LABO.id, version: LABO.version });
    for (const id of questionIds(LABO).slice(0, 3)) expect(json.text).toContain(id);
    const csv = await downloadFrom(page, keep.locator('button[data-action="export-csv"]'));
    for (const id of questionIds(LABO)) expect(csv.text).toContain(id);
    const markdown = await downloadFrom(page, keep.locator('button[data-action="export-markdown"]'));
    const labels = await page.locator("[data-problem] h3, [data-problem] .pi-h3").allTextContents();
    expect(markdown.text.length).toBeGreaterThan(0);
    for (const label of labels.slice(0, 1)) expect(markdown.text).toContain(label.trim());
  });

  test("the team view on equipe/?bank=laboratoire takes three people's codes of that bank", async ({ page }) => {
    await page.goto(LABO_URL);
    await takeBank(page, LABO, middling);
    const own = (await page.locator("code[data-answer-code]").textContent())?.trim() ?? "";
    expect(own).toMatch(/^PI1\./);
    const ids = questionIds(LABO);
    const second = encodeBankCode(LABO, ids.map(() => "always"), 0x01020304);
    const third = encodeBankCode(LABO, ids.map((_, at) => (at % 2 ? "never" : "often")), 0x0a0b0c0d);

    await page.locator("a[data-team-link]").click();
    await expect(page).toHaveURL(/equipe\/\?lang=fr&bank=laboratoire$/);
    await expect(page.locator("textarea[data-team-input]")).toBeVisible();
    await page.locator("textarea[data-team-input]").fill([own, second, third].join("\n"));
    await page.locator('button[data-action="add-codes"]').click();
    await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "3");
    await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "3");
    for (const problem of LABO.problems) {
      await expect(page.locator(`tr[data-team-problem="${problem.id}"]`)).toHaveCount(1);
    }
    // The team's exports name the bank.
    const json = await downloadFrom(page, page.locator('button[data-action="export-team-json"]'));
    expect(JSON.parse(json.text).bank).toEqual({ id: LABO.id, version: LABO.version });

    // Back to the assessment: the same bank.
    const back = page.locator("a.team__back");
    await expect(back).toHaveAttribute("href", /^\.\.\/\?lang=fr&bank=laboratoire$/);
  });
});

test.describe("codes of another bank", () => {
  test("a share link of the laboratoire bank opened on the default page names that bank and opens it", async ({
    page, freshContext,
  }) => {
    await page.goto(LABO_URL);
    await takeBank(page, LABO, middling);
    const code = (await page.locator("code[data-answer-code]").textContent())?.trim() ?? "";
    const scores = await bankScores(page, LABO);

    const other = await (await freshContext()).newPage();
    await routeConfig(other, { banks: ["problemes-imaginaires", "laboratoire"] });
    await other.goto(`${BASE_URL}#r=${code}`);
    const error = other.locator("[data-share-error]");
    await expect(error).toBeVisible();
    await expect(error.locator("[data-code-bank]")).toHaveAttribute("data-code-bank", "laboratoire");
    await expect(error).toContainText("« laboratoire »");
    await error.locator("a[data-open-other-bank]").click();
    await expect(other).toHaveURL(/\?bank=laboratoire#r=PI1\./);
    for (const [problem, score] of Object.entries(scores)) {
      await expect(other.locator(`[data-problem="${problem}"]`).first()).toHaveAttribute("data-score", score);
    }
  });

  test("a code of the built-in bank opened with ?bank=laboratoire names the built-in questionnaire", async ({ page }) => {
    const ids = questionIds(LABO);
    // Another bank's code without config.json listing it: the page only says "another questionnaire".
    const unknown = encodeBankCode({ ...LABO, id: "inconnu" }, ids.map(() => "often"), 42);
    await page.goto(`${BASE_URL}#r=${unknown}`);
    await expect(page.locator("[data-share-error]")).toBeVisible();
    await expect(page.locator("[data-share-error]")).toContainText("autre questionnaire");
    await expect(page.locator("[data-code-bank]")).toHaveCount(0);

    const builtIn = fixtureBank("laboratoire");
    const code = encodeBankCode({ ...builtIn, id: "problemes-imaginaires", version: 2 }, new Array(32).fill("often"), 7);
    await page.goto(`${LABO_URL}#r=${code}`);
    await expect(page.locator("[data-code-bank]")).toHaveAttribute("data-code-bank", "problemes-imaginaires");
  });
});

test("the element with bank=\"laboratoire\" shows that bank, in a host page of another origin", async ({ page }) => {
  // examples/element-bank.html: bank="laboratoire" and bank="../../x".
  await page.goto(`${HOST_ORIGIN}/element-bank.html`);
  const element = page.locator("problemes-imaginaires#labo");
  await element.locator('button[data-action="start"]').click();
  await expect(element.locator(`section[data-problem-step="${LABO.problems[0].id}"]`)).toBeVisible();
  // The second element's name is not valid: a sentence, and no request for it.
  await expect(page.locator("problemes-imaginaires#mauvais-nom [data-bank-error]")).toHaveAttribute("data-bank-error", "invalid-name");
  // The element keeps its answers in the host's storage under the bank's key and its id.
  await element.locator(`input[name="${LABO.problems[0].questions[0].id}"][value="often"]`).check();
  await expect.poll(() => storageKeys(page)).toContain(`${bankStateKey(LABO.id)}#labo`);
});

test("an administrator edits the bank in place (version 2, with its migration): answers saved on version 1 are kept", async ({
  page,
}) => {
  const bank = JSON.parse(fixtureText("laboratoire"));
  bank.id = "labo-edite";
  const v1 = JSON.stringify(bank);
  const first = bank.problems[0].questions[0].id;
  // Version 2: the first question reworded, and a migration that says so.
  const v2 = structuredClone(bank);
  v2.version = 2;
  v2.problems[0].questions[0].text.fr = "Énoncé reformulé par l’administratrice";
  v2.migrations = [
    {
      from: 1,
      questions: questionIds(LABO).map((id) => (id === first ? { id, change: "reworded" } : { id })),
    },
  ];
  let served = v1;
  await page.route("**/banks/labo-edite.json", (route) =>
    route.fulfill({ contentType: "application/json", body: served }),
  );
  await page.goto(`${BASE_URL}?bank=labo-edite`);
  const results = await takeBank(page, { ...LABO, id: "labo-edite" }, middling);
  await expect(results).toBeVisible();
  const before = await bankScores(page, LABO);

  served = JSON.stringify(v2);
  await page.reload();
  await expect(resultsStep(page)).toBeVisible();
  await expect(page.getByText(/Vos réponses de la version 1 ont été reprises/)).toBeVisible();
  expect(await bankScores(page, LABO)).toEqual(before);
  await expect.poll(async () => JSON.parse((await storedRaw(page, bankStateKey("labo-edite"))) ?? "{}").bank).toEqual({
    id: "labo-edite",
    version: 2,
  });
});

test.describe("the check page's trial (?trial=1)", () => {
  test("loads the bank left in localStorage, says it is a trial, and keeps its answers apart", async ({ page }) => {
    await page.goto(BASE_URL);
    await expect(action(page, "start")).toBeVisible();
    const trial = fixtureText("laboratoire").replace(/"id": "laboratoire"/, '"id": "essai-labo"');
    await page.evaluate((text) => window.localStorage.setItem("problemes-imaginaires:trial-bank", text), trial);
    await page.goto(`${BASE_URL}?trial=1`);
    await expect(page.locator("[data-trial-notice]")).toHaveText(
      "Essai du questionnaire « essai-labo » : rien n’est publié, les réponses restent sur cet appareil.",
    );
    await action(page, "start").click();
    await page.locator(`input[name="${LABO.problems[0].questions[0].id}"][value="often"]`).check();
    await expect.poll(() => storageKeys(page)).toContain("problemes-imaginaires:trial:v1~essai-labo");
    expect(await storedRaw(page, STATE_KEY)).toBeNull();
    expect(await storedRaw(page, bankStateKey("essai-labo"))).toBeNull();
    // No request for a bank file: the trial bank is on this device.
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.reload();
    await expect(page.locator("[data-trial-notice]")).toBeVisible();
    expect(requests.filter((url) => url.includes("/banks/"))).toEqual([]);
  });

  test("without a bank to try, one sentence says so; in an iframe, ?trial is ignored", async ({ page }) => {
    await page.goto(`${BASE_URL}?trial=1`);
    await expect(page.locator("[data-bank-error]")).toHaveAttribute("data-bank-error", "no-trial");
    await expect(page.locator("[data-bank-error]")).toContainText("Aucun questionnaire à essayer sur cet appareil");
    await page.evaluate((text) => window.localStorage.setItem("problemes-imaginaires:trial-bank", text), fixtureText("laboratoire"));
    // A site framing the page cannot open the trial: the frame shows the default bank.
    await page.goto(`${BASE_URL}?embed=1&trial=1`);
    await expect(action(page, "start")).toBeVisible();
    await expect(page.locator("[data-trial-notice]")).toHaveCount(0);
  });
});
