// Team view, print: the team result prints as a document (the problems with their medians and
// spreads), without the collecting form, the exports or any button; a dark
// screen still prints black on white. Read back with poppler's pdftotext, as print.spec.ts does.
import {
  test, expect, normalizeText, tempFile, POLARITY, QUESTION_IDS, PROBLEMS, PROBLEM_LABELS, type Answer, type Pattern,
} from "./helpers";
import { openTeam, paste, codeOf, teamProblem } from "./team-helpers";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Page } from "@playwright/test";

const PDFTOTEXT = "/usr/bin/pdftotext";
const pattern = (f: (id: string) => Answer): Pattern => Object.fromEntries(QUESTION_IDS.map((id) => [id, f(id)]));
const bad = (id: string): Answer => (POLARITY[id] === "symptom" ? "always" : "never");
const CODES = [
  codeOf(pattern(bad), 11),
  codeOf(pattern(() => "often"), 12),
  codeOf(pattern(() => "rarely"), 13),
];

async function printedText(page: Page): Promise<string> {
  expect(existsSync(PDFTOTEXT), `${PDFTOTEXT} is needed: apt-get install poppler-utils`).toBe(true);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const text = execFileSync(PDFTOTEXT, ["-enc", "UTF-8", tempFile("team-printed.pdf", pdf), "-"], { encoding: "utf8" });
  return normalizeText(text);
}

test.use({ colorScheme: "dark" });

test("the printed team result has the problems and medians, black on white, and no form or button", async ({ page }) => {
  await openTeam(page);
  await paste(page, CODES.join("\n"));
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "3");
  const medians: Record<string, string> = {};
  for (const problem of PROBLEMS) {
    medians[problem] = (await teamProblem(page, problem).first().getAttribute("data-median")) ?? "";
    expect(medians[problem], `${problem} has a median`).toMatch(/^\d+\.\d$/);
  }
  // The visible controls' labels, except those that are also words of the content (a fix titled
  // "Ajouter la sécurité pas à pas" does not make the "Ajouter" button printed).
  const { labels, content } = await page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
    const controls = [...document.querySelectorAll("button, label, legend")].filter(visible);
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("button, label, legend, textarea, input, .no-print").forEach((el) => el.remove());
    return { labels: controls.map((el) => (el as HTMLElement).innerText), content: copy.textContent ?? "" };
  });
  const controlLabels = labels
    .map(normalizeText)
    .filter((label) => label.length >= 4 && !normalizeText(content).includes(label));
  expect(controlLabels.length, "some control labels to look for").toBeGreaterThan(3);

  const text = await printedText(page);
  for (const problem of PROBLEMS) {
    expect(text, `the printout names « ${PROBLEM_LABELS.fr[problem]} »`).toContain(normalizeText(PROBLEM_LABELS.fr[problem]));
    expect(text, `the printout gives ${problem}'s median`).toContain(medians[problem].replace(".", ","));
  }
  for (const label of controlLabels) {
    expect(text.includes(label), `the control « ${label} » is not printed`).toBe(false);
  }
  const colours = await page.locator(".pi-app").evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, color: style.color };
  });
  expect(colours, "paper is light even on a dark screen").toEqual({ background: "rgb(255, 255, 255)", color: "rgb(0, 0, 0)" });
});
