// Team view below k: with two people, min and max per problem would be their own scores. The
// page and every download (JSON, CSV, Markdown, all parsed) give no per-problem figure, only the
// number of scores and the sentence saying why; the paste area says codes are not
// authenticated. axe-core finds no violation on that view.
import { test, expect, expectNoAxeViolations, POLARITY, PROBLEMS, QUESTION_IDS, type Answer, type Pattern } from "./helpers";
import { openTeam, paste, codeOf, teamProblem } from "./team-helpers";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

const pattern = (f: (id: string) => Answer | null): Pattern => Object.fromEntries(QUESTION_IDS.map((id) => [id, f(id)]));
const WORST = pattern((id) => (POLARITY[id] === "symptom" ? "always" : "never"));
const BEST = pattern((id) => (POLARITY[id] === "symptom" ? "never" : "always"));

async function download(page: Page, actionName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`button[data-action="${actionName}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

test("with two codes, no per-problem figure in the page nor in the JSON, CSV and Markdown", async ({ page }) => {
  await openTeam(page);
  const notAuthenticated = page.locator("[data-not-authenticated]");
  await expect(notAuthenticated).toBeVisible();
  await expect(notAuthenticated).toContainText("une même personne peut en envoyer plusieurs");
  await expect(page.locator("body")).not.toContainText(/anonym/i);

  await paste(page, `${codeOf(WORST, 21)}\n${codeOf(BEST, 22)}`);
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "2");
  const belowK = page.locator("[data-below-k]");
  await expect(belowK).toBeVisible();
  await expect(belowK).toContainText("chiffres par problème (minimum, médiane, maximum, quartiles, niveau) sont masqués");

  const table = page.locator("table.team-stats");
  for (const problem of PROBLEMS) {
    const row = table.locator(`[data-team-problem="${problem}"]`);
    await expect(row).toHaveAttribute("data-count", "2");
    for (const key of ["median", "min", "max", "q1", "q3"]) await expect(row).toHaveAttribute(`data-${key}`, "");
    await expect(row).toHaveAttribute("data-band", "none");
    await expect(row.locator("td[data-hidden]")).toContainText("moins de 3 personnes");
    // The row shows the count and the reason, no score (0,0 and 10,0 would be theirs).
    await expect(row).not.toContainText(/\d,\d/);
  }
  await expect(teamProblem(page, "validation-loop").first()).toBeVisible();
  await expect(page.locator(".boxplot__box, .boxplot__median")).toHaveCount(0);
  await expect(page.locator("[data-team-results]")).not.toContainText(/\b(?:0,0|10,0)\b/);

  const json = JSON.parse((await download(page, "export-team-json")).text);
  expect(json.people).toBe(2);
  expect(json.k).toBe(3);
  expect(json.problems).toHaveLength(4);
  for (const problem of json.problems) {
    expect(problem.scored, problem.id).toBe(2);
    expect(problem.stats, problem.id).toBeNull();
    expect(problem.band, problem.id).toBe("none");
    expect(problem.hidden, problem.id).toBe("fewer-than-k");
  }
  expect(json.rules.belowK).toContain("Moins de 3 personnes");

  const csv = (await download(page, "export-team-csv")).text.replace(/^\uFEFF/, "");
  const rows = csv.split("\r\n").filter((line) => line !== "").map((line) => line.split(";"));
  const header = rows[0];
  const columns = ["Min", "Q1", "Médiane", "Q3", "Max", "Niveau"].map((name) => {
    const at = header.indexOf(name);
    expect(at, `CSV column ${name}`).toBeGreaterThan(0);
    return at;
  });
  const problemRows = rows.filter((row) => row[0] === "Problème");
  expect(problemRows).toHaveLength(4);
  for (const row of problemRows) {
    expect(row[header.indexOf("Personnes")]).toBe("2");
    for (const at of columns) expect(row[at], `${row[1]}: ${header[at]}`).toBe("");
    expect(row[header.length - 1]).toContain("moins de 3 personnes");
  }

  const md = (await download(page, "export-team-markdown")).text;
  expect(md).toContain("Moins de 3 personnes\u202f: le détail par question et les chiffres par problème");
  const problemLines = md.split("\n").filter((line) => /^\| [^|]+ \| 2 \|/.test(line));
  expect(problemLines).toHaveLength(4);
  for (const line of problemLines) {
    expect(line).toContain("moins de 3 personnes");
    expect(line).not.toMatch(/\d,\d/);
  }
  expect(md).not.toContain("/ 10");

  await expectNoAxeViolations(page, "the team view below k (fr)");
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(belowK).toContainText("figures per problem (minimum, median, maximum, quartiles, band) are hidden");
  await expect(notAuthenticated).toContainText("one person can send several");
  await expectNoAxeViolations(page, "the team view below k (en)");
});
