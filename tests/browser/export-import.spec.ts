// Keeping one's results as files (docs/export-format.md): JSON (re-importable), CSV (one row per
// question, ";" and a BOM in French) and a Markdown summary; the JSON comes back in another
// browser with the same scores, and a damaged file is refused with a sentence naming the faulty
// question, changing nothing.
import {
  test, expect, completeWith, readScores, readBands, storedState, storedRaw, downloadFrom, tempFile, action,
  switchLanguage, openApp, resultsStep, importField, PROBLEMS, PROBLEM_LABELS, QUESTION_IDS, POLARITY,
  ANSWER_LABELS, QUESTIONS, answer, next, expectStored, decodeCode, answerDigits, ANSWER_VALUE, FIRST, SECOND,
  type Pattern, type Scores, type Downloaded,
} from "./helpers";
import type { Locator, Page } from "@playwright/test";

// A varied pattern: a blind spot, an unanswered question, a problem without a score.
const PATTERN: Pattern = {
  A1: "often", A2: "rarely", A3: null, A4: "often", A5: "never", A6: "unknown", A7: "rarely", A8: "always",
  B1: "never", B2: "always", B3: "rarely", B4: "often", B5: "never", B6: "always", B7: "rarely", B8: "rarely",
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown", C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  D1: "always", D2: "never", D3: "always", D4: "rarely", D5: "often", D6: "rarely", D7: "always", D8: "never",
};

const keep = (page: Page): Locator => page.locator('[data-section="keep"]');
const keepAction = (page: Page, name: string): Locator => keep(page).locator(`button[data-action="${name}"]`);

/** Today in the browser's local time, YYYY-MM-DD. */
async function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}

/** RFC 4180 records: quoted fields may hold the separator, doubled quotes and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        at++;
        continue;
      }
      field += char;
      at++;
      continue;
    }
    if (char === '"') {
      expect(field, `a quote opens a field only at its start (record ${records.length + 1})`).toBe("");
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\r" && text[at + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      at++;
    } else {
      expect(char === "\r" || char === "\n", `bare line break at character ${at}`).toBe(false);
      field += char;
    }
    at++;
  }
  expect(quoted, "the file does not end inside a quoted field").toBe(false);
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Health points of an answer as the CSV writes them: empty for don't know and unanswered. */
function points(question: string, value: Pattern[string]): string {
  const scale: Record<string, number> = { never: 0, rarely: 1, often: 2, always: 3 };
  if (!value || value === "unknown") return "";
  return String(POLARITY[question] === "symptom" ? 3 - scale[value] : scale[value]);
}

interface Exported {
  scores: Scores;
  bands: Awaited<ReturnType<typeof readBands>>;
  json: Downloaded;
}

/** The release the page says it is, in its footer (the same version every export carries). */
async function releaseVersion(page: Page): Promise<string> {
  const version = await page.locator(".pi-version").getAttribute("data-version");
  expect(version, "the footer gives the release version").toMatch(/^\d+\.\d+\.\d+$/);
  return version as string;
}

async function exportJson(page: Page): Promise<Exported> {
  const results = await completeWith(page, PATTERN);
  await expect(keep(page)).toBeVisible();
  const scores = await readScores(results);
  const bands = await readBands(results);
  const json = await downloadFrom(page, keepAction(page, "export-json"));
  return { scores, bands, json };
}

test("the JSON export holds the answers, the page's scores and the share code", async ({ page }) => {
  const { scores, bands, json } = await exportJson(page);
  expect(json.name).toMatch(/\.json$/);
  expect(json.text.endsWith("\n"), "ends with a newline").toBe(true);
  const file = JSON.parse(json.text);
  expect(file.format).toBe("problemes-imaginaires/result");
  expect(file.formatVersion).toBe(1);
  expect(file.bank).toEqual({ id: "problemes-imaginaires", version: 2 });
  expect(file.appVersion, "the release that wrote the file").toBe(await releaseVersion(page));
  expect(file.lang).toBe("fr");
  expect(file.date).toBe(await browserToday(page));
  expect(file.nonce).toBe((await storedState(page)).nonce);
  expect(file.code).toBe((await page.locator("[data-answer-code]").textContent())?.trim());

  expect(file.answers).toHaveLength(32);
  expect(file.answers.map((a: { question: string }) => a.question)).toEqual(QUESTION_IDS);
  for (const [at, entry] of file.answers.entries()) {
    const id = QUESTION_IDS[at];
    expect(entry.answer, `answers[${at}] (${id})`).toBe(PATTERN[id] ?? null);
    expect(entry.problem).toBe(PROBLEMS.find((p) => QUESTIONS[p].some(([q]) => q === id)));
    expect(typeof entry.text).toBe("string");
  }

  expect(file.problems.map((p: { id: string }) => p.id)).toEqual([...PROBLEMS]);
  for (const [at, problem] of PROBLEMS.entries()) {
    const entry = file.problems[at];
    expect(entry.score, `${problem}: score as on the page`).toBe(scores[problem] === "" ? null : scores[problem]);
    expect(entry.band, `${problem}: band as on the page`).toBe(bands[problem]);
    expect(entry.label).toBe(PROBLEM_LABELS.fr[problem]);
  }
  expect(file.overall.score).toBe(scores.overall === "" ? null : scores.overall);
  expect(file.overall.band).toBe(await page.locator("[data-overall]").getAttribute("data-band"));
  // The security-panic problem (all "don't know") has no score: null, never 0.
  expect(file.problems[2].score).toBeNull();
  expect(file.problems[2].band).toBe("none");
});

test("the CSV export has a header and one row per question (French: BOM and ';')", async ({ page }) => {
  await completeWith(page, PATTERN);
  const csv = await downloadFrom(page, keepAction(page, "export-csv"));
  expect(csv.name).toMatch(/\.csv$/);
  expect([...csv.bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(csv.text.slice(1), ";");
  expect(records, "1 header + 32 rows + the release's row").toHaveLength(34);
  expect(records[33], "the last row names the release (docs/export-format.md)").toEqual([
    `Problèmes imaginaires ${await releaseVersion(page)}`, "", "", "", "", "",
  ]);
  expect(records[0]).toEqual(["Problème", "Question", "Énoncé", "Réponse", "Points de santé (0 à 3)", "Polarité"]);
  for (const [at, id] of QUESTION_IDS.entries()) {
    const row = records[at + 1];
    const problem = PROBLEMS.find((p) => QUESTIONS[p].some(([q]) => q === id))!;
    const value = PATTERN[id];
    expect(row, `row ${at + 1} (${id})`).toHaveLength(6);
    expect(row[0], `${id}: problem`).toBe(PROBLEM_LABELS.fr[problem]);
    expect(row[1]).toBe(id);
    expect(row[2].length, `${id}: statement`).toBeGreaterThan(10);
    expect(row[3], `${id}: answer label`).toBe(value ? ANSWER_LABELS.fr[value] : "");
    expect(row[4], `${id}: health points`).toBe(points(id, value));
    expect(row[5], `${id}: polarity`).toBe(POLARITY[id] === "symptom" ? "symptôme" : "pratique protectrice");
  }
});

test("the CSV export in English uses ',' and English labels", async ({ page }) => {
  await completeWith(page, PATTERN);
  await switchLanguage(page, "en");
  const csv = await downloadFrom(page, keepAction(page, "export-csv"));
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const records = parseCsv(csv.text.slice(1), ",");
  expect(records).toHaveLength(34);
  expect(records[33][0]).toBe(`Problèmes imaginaires ${await releaseVersion(page)}`);
  expect(records[0]).toEqual(["Problem", "Question", "Statement", "Answer", "Health points (0 to 3)", "Polarity"]);
  for (const [at, id] of QUESTION_IDS.entries()) {
    const value = PATTERN[id];
    expect(records[at + 1]).toHaveLength(6);
    expect(records[at + 1][1]).toBe(id);
    expect(records[at + 1][3]).toBe(value ? ANSWER_LABELS.en[value].replace("'", "’") : "");
  }
});

test("the Markdown summary names the four problems and gives the share link", async ({ page }) => {
  const results = await completeWith(page, PATTERN);
  const scores = await readScores(results);
  const md = await downloadFrom(page, keepAction(page, "export-markdown"));
  expect(md.name).toMatch(/\.md$/);
  for (const problem of PROBLEMS) expect(md.text, problem).toContain(PROBLEM_LABELS.fr[problem]);
  // French decimal comma.
  expect(md.text).toContain(scores["validation-loop"].replace(".", ","));
  expect(md.text).toContain(await page.locator("input[data-share-link]").inputValue());
  expect(md.text.endsWith(`\nProblèmes imaginaires ${await releaseVersion(page)}\n`), "ends with the release").toBe(true);
});

test("a fresh browser offers the result import on its first screen", async ({ freshContext }) => {
  const fresh = await (await freshContext()).newPage();
  await openApp(fresh);
  // A person on a new device can import their file without answering first.
  await importField(fresh, "result");
});

test("the JSON comes back in a fresh browser with the same scores; a damaged file changes nothing", async ({
  page, freshContext,
}) => {
  const { scores, bands, json } = await exportJson(page);
  const fresh = await (await freshContext()).newPage();
  await openApp(fresh);
  const input = await importField(fresh, "result");

  // A damaged file: one answer is "7".
  const damaged = JSON.parse(json.text);
  const a7 = damaged.answers.find((a: { question: string }) => a.question === "A7");
  a7.answer = "7";
  const before = await storedRaw(fresh);
  const screenBefore = await fresh.locator("section[data-step]").getAttribute("data-step");
  await input.setInputFiles(tempFile("abime.json", JSON.stringify(damaged, null, 2)));
  const error = fresh.locator("[data-import-error]");
  await expect(error).toBeVisible();
  await expect(error).toHaveAttribute("role", "alert");
  await expect(error).toContainText("A7");
  await expect(error).toContainText("7");
  await expect(error).not.toContainText(/panic|undefined|unreachable/);
  expect(await storedRaw(fresh), "a refused file changes nothing stored").toBe(before);
  await expect(fresh.locator("section[data-step]")).toHaveAttribute("data-step", screenBefore!);

  // The file as exported.
  await input.setInputFiles(tempFile(json.name, json.bytes));
  const results = resultsStep(fresh);
  await expect(results).toBeVisible();
  expect(await readScores(results)).toEqual(scores);
  expect(await readBands(results)).toEqual(bands);
  await expect(fresh.locator("[data-import-error]")).toHaveCount(0);
  const state = await storedState(fresh);
  expect(state.nonce).toBe(JSON.parse(json.text).nonce);
  // The imported answers are the exported ones.
  await action(fresh, "previous").click();
  for (const [question] of QUESTIONS["more-than-perfect"]) {
    const value = PATTERN[question];
    if (value) await expect(fresh.locator(`input[name="${question}"][value="${value}"]`)).toBeChecked();
  }
});

test("a file with the current answers' nonce asks first, and the replaced answers stay in the history", async ({ page }) => {
  await completeWith(page, FIRST);
  const today = await browserToday(page);
  const exported = await downloadFrom(page, keepAction(page, "export-json"));
  const nonce = JSON.parse(exported.text).nonce;
  expect((await storedState(page)).nonce).toBe(nonce);

  // The same assessment, one answer changed after the export: the nonce stays.
  await action(page, "previous").click();
  await answer(page, "D3", "never");
  await next(page, "results");
  await expectStored(page, (state) => {
    expect(state.nonce).toBe(nonce);
    expect(state.answers).not.toBe(answerDigits(FIRST));
  });
  const changed = (await storedState(page)).answers;

  const input = keep(page).locator('input[type="file"][data-import="result"]');
  // Cancelling changes nothing.
  await input.setInputFiles(tempFile(exported.name, exported.bytes));
  const confirm = keep(page).locator('button[data-action="confirm-import"]');
  await expect(confirm).toBeVisible();
  await expect(confirm).toBeFocused();
  await expect(keep(page).locator('[role="group"]')).toContainText("gardées dans l\u2019historique");
  await keep(page).locator('button[data-action="cancel-import"]').click();
  await expect(confirm).toHaveCount(0);
  await expect(keep(page).locator("[data-import-status]")).toContainText("Import annulé");
  expect((await storedState(page)).answers).toBe(changed);

  // Confirmed: the file's answers are loaded, the replaced ones are kept, dated today.
  await input.setInputFiles([]);
  await input.setInputFiles(tempFile(exported.name, exported.bytes));
  await confirm.click();
  await expect(keep(page).locator("[data-import-status]")).toContainText("Fichier importé");
  await expectStored(page, (state) => {
    expect(state.answers).toBe(answerDigits(FIRST));
    expect(state.nonce).toBe(nonce);
    const digitsOf = (code: string) =>
      decodeCode(code).answers.map((value) => (value ? ANSWER_VALUE[value] : 0)).join("");
    const kept = state.history.filter((entry: { code: string }) => digitsOf(entry.code) === changed);
    expect(kept, "the replaced answers are one history entry").toHaveLength(1);
    expect(kept[0].date).toBe(today);
    expect(kept[0].nonce).not.toBe(nonce);
    expect(state.history.some((entry: { nonce: number }) => entry.nonce === nonce)).toBe(true);
  });
});

test("a file with another nonce imports without a question", async ({ page, freshContext }) => {
  await completeWith(page, FIRST);
  const exported = await downloadFrom(page, keepAction(page, "export-json"));
  const other = await (await freshContext()).newPage();
  await completeWith(other, SECOND);
  const before = (await storedState(other)).nonce;
  expect(before).not.toBe(JSON.parse(exported.text).nonce);
  await keep(other).locator('input[type="file"][data-import="result"]').setInputFiles(tempFile(exported.name, exported.bytes));
  await expect(keep(other).locator("[data-import-status]")).toContainText("Fichier importé");
  await expect(keep(other).locator('button[data-action="confirm-import"]')).toHaveCount(0);
  await expectStored(other, (state) => expect(state.answers).toBe(answerDigits(FIRST)));
});
