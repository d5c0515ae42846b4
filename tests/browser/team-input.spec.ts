// Team view, collecting: what each paste reports (accepted, duplicates, refused lines with their
// reason), the k threshold, and that fewer than k people hide every per-question and
// per-problem figure.
import { test, expect, BASE_URL, POLARITY, QUESTION_IDS, type Answer, type Pattern } from "./helpers";
import { openTeam, paste, codeOf, expectedStats, expectTeamStats } from "./team-helpers";

const pattern = (f: (id: string) => Answer | null): Pattern => Object.fromEntries(QUESTION_IDS.map((id) => [id, f(id)]));
const OFTEN = pattern(() => "often");
const BEST = pattern((id) => (POLARITY[id] === "symptom" ? "never" : "always"));
const NEVER = pattern(() => "never");

test("with two codes no per-question distribution is shown, and the view says why", async ({ page }) => {
  await openTeam(page);
  await paste(page, `${codeOf(OFTEN, 11)}\n${codeOf(BEST, 12)}`);
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "2");
  await expect(page.locator("[data-team-problem]")).toHaveCount(4);
  // Below k, the per-problem figures are hidden too (with two people, min and max would be
  // their scores): only the number of scores is given.
  expect(expectedStats([OFTEN, BEST], "validation-loop").count).toBe("2");
  await expectTeamStats(page, "validation-loop", {
    count: "2", min: "", q1: "", median: "", q3: "", max: "", band: "none",
  });
  await expect(page.locator("[data-distribution]")).toHaveCount(0);
  const reason = page.locator("[data-hidden-reason]");
  await expect(reason).toHaveCount(1);
  await expect(reason).toBeVisible();
  await expect(reason).toContainText("moins de 3 personnes");
  await expect(page.locator("li[data-disagreement]")).toHaveCount(0);
  await expect(page.locator("li[data-blind-spot]")).toHaveCount(0);
});

test("a chat message with text, two valid links and a tampered code loads two and reports one", async ({ page }) => {
  await openTeam(page);
  const good1 = codeOf(OFTEN, 101);
  const good2 = codeOf(BEST, 102, 1);
  const bad = codeOf(NEVER, 103);
  // One character changed in the middle: the checksum no longer matches.
  const at = 12;
  const tampered = bad.slice(0, at) + (bad[at] === "A" ? "B" : "A") + bad.slice(at + 1);
  const chat = [
    "[10:02] Alice : voici mon lien",
    `${BASE_URL}#r=${good1}`,
    `[10:05] Bob : et le mien ${BASE_URL}#r=${good2} bonne journée`,
    `[10:07] Chloé : ${tampered} (copié depuis mon téléphone)`,
    "[10:08] Alice : merci !",
  ].join("\n");
  await paste(page, chat);
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "2");
  const rejected = page.locator("li[data-rejected-line]");
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText("Ligne 4");
  await expect(rejected).toContainText("modifié");
  await expect(page.locator('[data-add-report][role="status"]')).toContainText("2 codes acceptés");
  await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "2");
});

test("the same link twice counts once and says so; identical answers from two people count twice", async ({ page }) => {
  await openTeam(page);
  const link = `${BASE_URL}#r=${codeOf(OFTEN, 7)}`;
  await paste(page, `${link}\n${link}\n${codeOf(OFTEN, 8)}`);
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "2");
  await expect(page.locator("[data-duplicates]")).toHaveAttribute("data-duplicates", "1");
  await expect(page.locator("[data-add-report]")).toContainText("1 doublon ignoré");
  // Pasted again later: nothing new, two duplicates.
  await paste(page, link);
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "0");
  await expect(page.locator("[data-duplicates]")).toHaveAttribute("data-duplicates", "1");
  await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "2");
});

test("k cannot go below 3; raising it hides distributions; clear all asks first", async ({ page }) => {
  await openTeam(page, "?lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await paste(page, [codeOf(OFTEN, 1), codeOf(BEST, 2), codeOf(NEVER, 3)].join(" "));
  await expect(page.locator("[data-distribution]")).toHaveCount(32);
  const k = page.locator("input[data-k]");
  await expect(k).toHaveValue("3");
  await k.fill("2");
  await k.press("Enter");
  await k.blur();
  await expect(k).toHaveValue("3");
  await expect(page.locator("[data-k-raised]")).toContainText("raised to 3");
  await k.fill("4");
  await k.blur();
  await expect(page.locator("[data-distribution]")).toHaveCount(0);
  await expect(page.locator("[data-hidden-reason]")).toContainText("fewer than 4 people");

  await page.locator('button[data-action="clear-all"]').click();
  await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "3");
  await page.locator('button[data-action="confirm-clear-all"]').click();
  await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "0");
  await expect(page.locator("[data-team-problem]")).toHaveCount(0);
  await expect(page.locator("[data-add-report]")).toContainText("cleared");
  await expect(page.locator("textarea[data-team-input]")).toBeFocused();
});

test("result files picked together are read; a broken one is listed; a file and a link of one result count once", async ({ page }) => {
  await openTeam(page);
  const resultFile = (nonce: number, answer: Answer) =>
    JSON.stringify({
      format: "problemes-imaginaires/result",
      formatVersion: 1,
      bank: { id: "problemes-imaginaires", version: 1 },
      date: "2026-11-28",
      lang: "fr",
      nonce,
      answers: QUESTION_IDS.map((id) => ({ question: id, answer })),
    });
  await page.locator("input[type=file][data-team-files]").setInputFiles([
    { name: "alice.json", mimeType: "application/json", buffer: Buffer.from(resultFile(41, "often")) },
    { name: "bob.json", mimeType: "application/json", buffer: Buffer.from(resultFile(42, "never")) },
    { name: "oups.json", mimeType: "application/json", buffer: Buffer.from("{ pas du JSON") },
  ]);
  await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "2");
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "2");
  const rejected = page.locator("li[data-rejected-line]");
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText("oups.json");
  // Alice's link (same nonce, same answers as her file) is the same submission.
  await paste(page, codeOf(OFTEN, 41));
  await expect(page.locator("[data-duplicates]")).toHaveAttribute("data-duplicates", "1");
  await expect(page.locator("[data-people]")).toHaveAttribute("data-people", "2");
});

test("dropping text or a file on the collect area adds them like a paste or a pick", async ({ page }) => {
  await openTeam(page);
  const zone = page.locator(".team__drop");
  // Dropped text (e.g. a chat selection dragged from another window).
  const dropText = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.setData("text", text);
    return data;
  }, `Alice : ${BASE_URL}#r=${codeOf(OFTEN, 201)}`);
  await zone.dispatchEvent("dragover", { dataTransfer: dropText });
  await zone.dispatchEvent("drop", { dataTransfer: dropText });
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "1");
  // A dropped file: an answer code in a text file is refused as JSON with a sentence naming it,
  // and nothing else changes.
  const dropFile = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "notes.json", { type: "application/json" }));
    return data;
  }, "pas du JSON");
  await zone.dispatchEvent("drop", { dataTransfer: dropFile });
  await expect(page.locator("[data-rejected-line], [data-rejected-file]").first()).toContainText("notes.json");
  await expect(page.locator("[data-team-problem='validation-loop'][data-count]").first()).toHaveAttribute("data-count", "1");
});
