// Team view, exports and accessibility: JSON (parses, identifies nobody), CSV and Markdown
// download; axe-core finds no violation on the team view with results, in French and English.
import { test, expect, expectNoAxeViolations, POLARITY, QUESTION_IDS, type Answer, type Pattern } from "./helpers";
import { openTeam, paste, codeOf } from "./team-helpers";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

const pattern = (f: (id: string) => Answer | null): Pattern => Object.fromEntries(QUESTION_IDS.map((id) => [id, f(id)]));
const good = (id: string): Answer => (POLARITY[id] === "symptom" ? "never" : "always");
const bad = (id: string): Answer => (POLARITY[id] === "symptom" ? "always" : "never");
// Six people, three team members and three managers who see things differently; "don't know"
// on C1 for three of them (a blind spot), A1 split between never and always (to talk about).
const CODES = [
  codeOf(pattern((id) => (id === "C1" ? "unknown" : id === "A1" ? "always" : bad(id))), 1, 1),
  codeOf(pattern((id) => (id === "C1" ? "unknown" : id === "A1" ? "always" : "often")), 2, 1),
  codeOf(pattern((id) => (id === "C1" ? "unknown" : id === "A1" ? "always" : "rarely")), 3, 1),
  codeOf(pattern((id) => (id === "A1" ? "never" : good(id))), 4, 2),
  codeOf(pattern((id) => (id === "A1" ? "never" : good(id))), 5, 2),
  codeOf(pattern((id) => (id === "A1" ? "never" : "often")), 6, 2),
];

async function download(page: Page, actionName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`button[data-action="${actionName}"]`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

test("the team result exports as JSON, CSV and Markdown, none identifying a person", async ({ page }) => {
  await openTeam(page);
  await paste(page, CODES.join("\n"));
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "6");
  await expect(page.locator("li[data-disagreement='A1']")).toBeVisible();
  await expect(page.locator("li[data-blind-spot='C1']")).toBeVisible();
  await expect(page.locator("[data-role-gaps]")).toHaveAttribute("data-role-gaps", "shown");
  await expect(page.locator("[data-role-group]")).toHaveCount(2);

  const json = await download(page, "export-team-json");
  expect(json.name).toMatch(/^equipe-problemes-imaginaires-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(json.text);
  expect(parsed.format).toBe("problemes-imaginaires/team-result");
  expect(parsed.people).toBe(6);
  expect(parsed.k).toBe(3);
  // A word, not a substring: the bank's French texts say "renoncer".
  expect(json.text).not.toMatch(/\bnonce\b/i);
  expect(json.text).not.toMatch(/"code"/);
  expect(json.text).not.toContain("PI1.");

  const csv = await download(page, "export-team-csv");
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text).toContain("Médiane");
  expect(csv.text).not.toContain("PI1.");
  const md = await download(page, "export-team-markdown");
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toContain("# ");
  expect(md.text).not.toContain("PI1.");
  await expect(page.locator('button[data-action="print"]')).toBeVisible();
});

test("axe-core finds no violation on the team view, empty and with results, in both languages", async ({ page }) => {
  await openTeam(page);
  await expectNoAxeViolations(page, "the empty team view");
  await paste(page, CODES.join("\n") + "\nPI1.oups\n");
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "6");
  // Open every fix, so their content is checked too.
  for (const summary of await page.locator(".team__fixes details > summary").all()) await summary.click();
  await expectNoAxeViolations(page, "the team view with results (fr)");
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page, "the team view with results (en)");
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scroll at 320 px").toBeLessThanOrEqual(0);
});
