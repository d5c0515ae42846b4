// Team view, workshop mode: results stay hidden while codes are collected ("N réponses
// reçues"), then "Révéler" shows one problem at a time in a large layout, moved with the
// keyboard (arrows, Page Up / Page Down) or the buttons. axe-core finds nothing in it.
import { test, expect, expectNoAxeViolations, POLARITY, QUESTION_IDS, type Answer, type Pattern } from "./helpers";
import { openTeam, paste, codeOf, teamProblem, expectedStats, expectTeamStats } from "./team-helpers";

const pattern = (f: (id: string) => Answer | null): Pattern => Object.fromEntries(QUESTION_IDS.map((id) => [id, f(id)]));
const PEOPLE = [
  pattern(() => "often"),
  pattern((id) => (POLARITY[id] === "symptom" ? "never" : "always")),
  pattern((id) => (POLARITY[id] === "symptom" ? "always" : "never")),
  pattern(() => "always"),
];

test("collect hidden, reveal, then move between problems with the keyboard", async ({ page }) => {
  await openTeam(page);
  const toggle = page.locator('button[data-action="workshop"]');
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const waiting = page.locator('[data-workshop="collecting"]');
  await expect(waiting).toBeVisible();
  await expect(page.locator('button[data-action="reveal"]')).toBeDisabled();

  await paste(page, PEOPLE.map((p, at) => codeOf(p, 500 + at)).join("\n"));
  await expect(waiting.locator("[data-received]")).toHaveAttribute("data-received", "4");
  await expect(waiting).toContainText("4 réponses reçues");
  // Nothing of the results while collecting.
  await expect(page.locator("[data-team-problem]")).toHaveCount(0);
  await expect(page.locator("[data-distribution], li[data-disagreement], [data-role-gaps]")).toHaveCount(0);

  await page.locator('button[data-action="reveal"]').click();
  const room = page.locator('[data-workshop="revealed"]');
  await expect(room).toBeVisible();
  await expect(room.locator("h2")).toBeFocused();
  await expect(page.locator("[data-team-problem]")).toHaveCount(1);
  await expectTeamStats(page, "validation-loop", expectedStats(PEOPLE, "validation-loop"));
  const position = room.locator("[data-workshop-position]");
  await expect(position).toHaveAttribute("aria-live", "polite");
  await expect(position).toContainText("Problème 1 sur 4");

  await page.keyboard.press("ArrowRight");
  await expect(teamProblem(page, "political-crisis")).toBeVisible();
  await expectTeamStats(page, "political-crisis", expectedStats(PEOPLE, "political-crisis"));
  await expect(position).toContainText("Problème 2 sur 4");
  await page.keyboard.press("PageDown");
  await expect(teamProblem(page, "security-panic")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(teamProblem(page, "political-crisis")).toBeVisible();
  await page.locator('button[data-action="previous-problem"]').click();
  await expect(teamProblem(page, "validation-loop")).toBeVisible();
  await page.locator('button[data-action="previous-problem"]').click();
  await expect(teamProblem(page, "more-than-perfect")).toBeVisible();
  await page.locator('button[data-action="next-problem"]').click();
  await expect(teamProblem(page, "validation-loop")).toBeVisible();

  await expectNoAxeViolations(page, "the workshop layout");
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scroll at 320 px").toBeLessThanOrEqual(0);

  // Leaving the workshop mode shows the full results again.
  await toggle.click();
  await expect(page.locator("[data-team-problem]")).toHaveCount(4);
});
