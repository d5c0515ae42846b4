// Printing: the results and the pact print as documents, with their content and without the
// screen's controls. Chromium prints the page to PDF (print media) and poppler's pdftotext reads
// the text back (fonts are subset with custom encodings, so reading the PDF streams directly is
// not reliable). pdftotext comes from Debian's poppler-utils.
import {
  test, expect, completeWith, readScores, expectStored, normalizeText, tempFile, action, PROBLEMS, PROBLEM_LABELS,
  FIRST,
} from "./helpers";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Page } from "@playwright/test";

const PDFTOTEXT = "/usr/bin/pdftotext";

/** The text of the page printed on A4, whitespace collapsed. */
async function printedText(page: Page): Promise<string> {
  expect(existsSync(PDFTOTEXT), `${PDFTOTEXT} is needed to read the printed PDF: apt-get install poppler-utils`).toBe(true);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = execFileSync(PDFTOTEXT, ["-enc", "UTF-8", tempFile("printed.pdf", pdf), "-"], { encoding: "utf8" });
  return normalizeText(text);
}

/** The visible labels of every button on the screen (before printing). */
async function buttonLabels(page: Page): Promise<string[]> {
  const labels = await page.locator("button").evaluateAll((buttons) =>
    buttons
      .filter((b) => (b as HTMLElement).offsetParent !== null)
      .map((b) => (b as HTMLElement).innerText),
  );
  return [...new Set(labels.map(normalizeText).filter((label) => label.length >= 4))];
}

function expectNoneOf(text: string, labels: string[], what: string): void {
  for (const label of labels) {
    expect(text.includes(normalizeText(label)), `${what}: the button label « ${label} » is not printed`).toBe(false);
  }
}

test("the printed results have the problems and scores, and no buttons", async ({ page }) => {
  const results = await completeWith(page, FIRST);
  const scores = await readScores(results);
  const labels = await buttonLabels(page);
  expect(labels).toContain("Recommencer");
  expect(labels).toContain("Copier le lien");

  const text = await printedText(page);
  for (const problem of PROBLEMS) {
    expect(text, `printed results name « ${PROBLEM_LABELS.fr[problem]} »`).toContain(normalizeText(PROBLEM_LABELS.fr[problem]));
    expect(text, `printed results give ${problem}'s score`).toContain(`${scores[problem].replace(".", ",")} / 10`);
  }
  expectNoneOf(text, ["Recommencer", "Copier le lien", "Modifier mes réponses", ...labels], "printed results");
});

test("the pact keeps its team name across a reload and prints it with the commitments", async ({ page }) => {
  await completeWith(page, FIRST);
  await page.locator('[data-section="keep"] button[data-action="show-pact"]').click();
  const pact = page.locator('section[data-step="pact"]');
  await expect(pact).toBeVisible();
  await pact.locator('[data-pact-field="team"]').fill("Équipe Test");
  await expectStored(page, (state) => expect(state.pact?.team).toBe("Équipe Test"));

  await page.reload();
  await expect(pact).toBeVisible();
  await expect(pact.locator('[data-pact-field="team"]')).toHaveValue("Équipe Test");
  const commitments = await pact.locator('[data-pact-field="commitments"]').inputValue();
  const items = commitments
    .split("\n")
    .map((line) => normalizeText(line.replace(/^[\s–—-]+/, "")))
    .filter((line) => line.length > 0);
  expect(items.length, "the commitments start from the results' top fixes").toBeGreaterThan(0);
  const labels = await buttonLabels(page);
  expect(labels.length).toBeGreaterThan(0);

  const text = await printedText(page);
  expect(text).toContain("Équipe Test");
  for (const item of items) expect(text, `printed pact holds the commitment « ${item} »`).toContain(item);
  expectNoneOf(text, labels, "printed pact");
  await page.emulateMedia({ media: "screen" });
  await expect(action(page, "print-pact")).toBeVisible();
});
