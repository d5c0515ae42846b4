// Scores shown for known answer patterns. Expected values are computed by hand below from the
// rule in docs/bank-format.md: never/rarely/often/always = 0/1/2/3; a symptom earns 3 - value,
// a practice earns value; "don't know" and unanswered questions are left out; score =
// 10 x points / (3 x scored answers), rounded half up to one decimal; band: < 5.0 strong,
// 5.0-7.9 watch, >= 8.0 under-control; nothing scored -> score "" and band "none".
// The overall profile is the mean of the problems' scores (in tenths), rounded half up.
import {
  test, expect, openApp, start, fillQuestionnaire, resultsStep, expectResult, switchLanguage,
  action, problemStep, worst, best, PROBLEMS, TEXT, type Answer,
} from "./helpers";

test("all worst answers: every problem strongly present, 0.0", async ({ page }) => {
  await openApp(page);
  await start(page);
  await fillQuestionnaire(page, worst); // symptom -> always (0 points), practice -> never (0)
  const results = resultsStep(page);
  for (const problem of PROBLEMS) {
    await expectResult(results.locator(`[data-problem="${problem}"]`), "0.0", "strong");
  }
  await expectResult(results.locator("[data-overall]"), "0.0", "strong");
  await expect(results.locator('[data-problem="validation-loop"]')).toContainText(/0,0\s*\/\s*10/);
});

test("all best answers: every problem under control, 10.0", async ({ page }) => {
  await openApp(page);
  await start(page);
  await fillQuestionnaire(page, best); // symptom -> never (3 points), practice -> always (3)
  const results = resultsStep(page);
  for (const problem of PROBLEMS) {
    await expectResult(results.locator(`[data-problem="${problem}"]`), "10.0", "under-control");
  }
  await expectResult(results.locator("[data-overall]"), "10.0", "under-control");
  await expect(results.locator('[data-problem="more-than-perfect"]')).toContainText(/10,0\s*\/\s*10/);
});

// A mixed pattern. null = left unanswered.
const MIXED: Record<string, Answer | null> = {
  // validation-loop: A1 S often 1, A2 P rarely 1, A3 unanswered, A4 P often 2, A5 S never 3,
  //   A6 P don't know (left out), A7 S rarely 2, A8 P always 3
  //   = 1+1+2+3+2+3 = 12 points / (3 x 6 scored = 18) = 6.667 -> 6.7 (watch)
  A1: "often", A2: "rarely", A3: null, A4: "often", A5: "never", A6: "unknown", A7: "rarely", A8: "always",
  // political-crisis: B1 S never 3, B2 P always 3, B3 S rarely 2, B4 P often 2, B5 S never 3,
  //   B6 P always 3, B7 S rarely 2, B8 P rarely 1
  //   = 19 points / 24 = 7.917 -> 7.9 (watch, just under "under control")
  B1: "never", B2: "always", B3: "rarely", B4: "often", B5: "never", B6: "always", B7: "rarely", B8: "rarely",
  // security-panic: all don't know -> nothing scored -> score "" and band "none"
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown",
  C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  // more-than-perfect: D1 S always 0, D2 P never 0, D3 S always 0, D4 P rarely 1, D5 S often 1,
  //   D6 P rarely 1, D7 S always 0, D8 P never 0
  //   = 3 points / 24 = 1.25 -> 1.3 (half up; strong)
  D1: "always", D2: "never", D3: "always", D4: "rarely", D5: "often", D6: "rarely", D7: "always", D8: "never",
};
// Overall: mean of the scored problems in tenths: (67 + 79 + 13) / 3 = 53.0 -> 5.3 (watch).

test("a mixed pattern gives the hand-computed scores, in French and English", async ({ page }) => {
  await openApp(page);
  await start(page);
  await fillQuestionnaire(page, (question) => MIXED[question]);
  const results = resultsStep(page);

  await expectResult(results.locator('[data-problem="validation-loop"]'), "6.7", "watch");
  await expectResult(results.locator('[data-problem="political-crisis"]'), "7.9", "watch");
  await expectResult(results.locator('[data-problem="security-panic"]'), "", "none");
  await expectResult(results.locator('[data-problem="more-than-perfect"]'), "1.3", "strong");
  await expectResult(results.locator("[data-overall]"), "5.3", "watch");

  // Visible scores: decimal comma in French, dot in English.
  await expect(results.locator('[data-problem="validation-loop"]')).toContainText(/6,7\s*\/\s*10/);
  await expect(results.locator('[data-problem="more-than-perfect"]')).toContainText(/1,3\s*\/\s*10/);
  await switchLanguage(page, "en");
  await expect(resultsStep(page)).toBeVisible();
  await expect(results.locator('[data-problem="validation-loop"]')).toContainText(/6\.7\s*\/\s*10/);
  await expect(results.locator('[data-problem="political-crisis"]')).toContainText(/7\.9\s*\/\s*10/);
  await expectResult(results.locator('[data-problem="political-crisis"]'), "7.9", "watch");

  // The chart and its table alternative are there.
  await expect(results.locator('svg[role="img"]').first()).toBeVisible();
  await expect(results.locator("table").first()).toBeAttached();
  await expect(results.locator("details").first()).toBeAttached();
});

test("restart asks for confirmation, then clears the answers", async ({ page }) => {
  await openApp(page);
  await start(page);
  await fillQuestionnaire(page, (question) => MIXED[question]);
  await expect(resultsStep(page)).toBeVisible();

  await expect(action(page, "restart")).toHaveText(TEXT.fr.restart);
  await expect(action(page, "confirm-restart")).toHaveCount(0);
  await action(page, "restart").click();
  await expect(action(page, "confirm-restart")).toBeVisible();
  await action(page, "confirm-restart").click();

  // Back on the intro.
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator("h1")).toHaveText(TEXT.fr.title);
  await expect(resultsStep(page)).toHaveCount(0);

  // Answers are cleared: starting again shows nothing checked, on every step.
  await start(page);
  for (const [at, problem] of PROBLEMS.entries()) {
    const section = problemStep(page, problem);
    await expect(section).toBeVisible();
    await expect(section.locator('input[type="radio"]')).toHaveCount(48);
    await expect(section.locator('input[type="radio"]:checked')).toHaveCount(0);
    if (at + 1 < PROBLEMS.length) {
      await action(page, "next").click();
    }
  }
  await action(page, "next").click();
  for (const problem of PROBLEMS) {
    await expectResult(resultsStep(page).locator(`[data-problem="${problem}"]`), "", "none");
  }
});

test("“Sans objet” is left out of the score, is not a blind spot, and is counted apart", async ({ page }) => {
  await openApp(page);
  await start(page);
  // validation-loop: the sponsor questions (A4, A6) are not applicable; the rest is best.
  // A1 S never 3, A2 P always 3, A3 S never 3, A5 S never 3, A7 S never 3, A8 P always 3
  //   = 18 / 18 = 10.0; nothing else answered.
  const pattern: Record<string, Answer | null> = {
    A1: "never", A2: "always", A3: "never", A4: "not-applicable", A5: "never",
    A6: "not-applicable", A7: "never", A8: "always",
  };
  await fillQuestionnaire(page, (question) => pattern[question] ?? null);
  const results = resultsStep(page);
  const loop = results.locator('[data-problem="validation-loop"]');
  await expectResult(loop, "10.0", "under-control");
  await expect(loop.locator("[data-not-applicable]")).toHaveAttribute("data-not-applicable", "2");
  await expect(loop).toContainText("2 réponses «\u202fSans objet\u202f», hors du score");
  await expect(loop).not.toContainText(/Je ne sais pas/);
});
