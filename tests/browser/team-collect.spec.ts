// Team view, end to end: three people complete the assessment in three separate browsers (one
// gives a role), copy their share links; a facilitator pastes the three links together into the
// team view, which shows per-problem medians and spreads equal to the values computed by hand.
import {
  test, expect, completeWith, decodeCode, storedState, action, POLARITY, PROBLEMS, QUESTION_IDS,
  type Answer, type Pattern,
} from "./helpers";
import { openTeam, paste, expectedStats, expectTeamStats } from "./team-helpers";

const best = (id: string): Answer => (POLARITY[id] === "symptom" ? "never" : "always");
const worst = (id: string): Answer => (POLARITY[id] === "symptom" ? "always" : "never");

// Three different people: all "often"; all best but a few worries; a mixed one with
// "don't know" answers (left out of the score) and one unanswered question.
const ALICE: Pattern = Object.fromEntries(QUESTION_IDS.map((id) => [id, "often"]));
const BOB: Pattern = {
  ...Object.fromEntries(QUESTION_IDS.map((id) => [id, best(id)])),
  A1: "always", B3: "often", C2: "rarely",
};
const CAROL: Pattern = Object.fromEntries(
  QUESTION_IDS.map((id, at) => {
    if (id.startsWith("A")) return [id, worst(id)];
    if (id.startsWith("B")) return [id, "rarely"];
    if (id.startsWith("C")) return [id, at % 2 === 0 ? "unknown" : best(id)];
    return [id, id === "D8" ? null : "always"];
  }),
);

test("three people's links pasted together give the medians and spreads computed by hand", async ({ page, freshContext }) => {
  test.setTimeout(180_000);
  const links: string[] = [];
  for (const [at, pattern] of [ALICE, BOB, CAROL].entries()) {
    const context = await freshContext();
    const person = await context.newPage();
    const results = await completeWith(person, pattern);
    const share = results.locator('[data-section="share"]');
    if (at === 1) {
      // Bob gives a role: the link and the code carry it, and it is kept on his device.
      const role = share.locator("select[data-role]");
      await expect(role).toHaveValue("");
      await role.selectOption("management");
      await expect.poll(async () => (await storedState(person)).role).toBe("management");
    }
    const link = await share.locator("input[data-share-link]").inputValue();
    const code = ((await share.locator("[data-answer-code]").textContent()) ?? "").trim();
    expect(link.endsWith(`#r=${code}`)).toBe(true);
    expect(decodeCode(code).role, "role byte").toBe(at === 1 ? 2 : 0);
    links.push(link);
  }

  // The full page links to the team view.
  await page.goto("./");
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator("a[data-team-link]")).toHaveAttribute("href", /^equipe\//);

  await openTeam(page);
  await paste(page, links.join("\n"));
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "3");
  await expect(page.locator("[data-duplicates]")).toHaveAttribute("data-duplicates", "0");
  await expect(page.locator("li[data-rejected-line]")).toHaveCount(0);
  for (const problem of PROBLEMS) {
    await expectTeamStats(page, problem, expectedStats([ALICE, BOB, CAROL], problem));
  }
  // Three people reach k = 3: every question's distribution is shown, except D8 that Carol
  // left unanswered (two answers), which says why it is hidden.
  await expect(page.locator("[data-distribution]")).toHaveCount(31);
  await expect(page.locator("[data-distribution='D8']")).toHaveCount(0);
  await expect(page.locator("[data-hidden-question='D8'] [data-hidden-reason]")).toContainText("moins de 3 personnes");
  // One role given, by fewer than k people: no group is named.
  await expect(page.locator("[data-role-gaps]")).toHaveAttribute("data-role-gaps", "groups-too-small");
  await expect(page.locator("[data-role-group]")).toHaveCount(0);
  // No code, nonce or link is repeated on the page.
  const body = (await page.locator("body").textContent()) ?? "";
  expect(body).not.toContain("PI1.");
});
