// Every free-text field has a maximum (core/src/text_limits.rs: 4,000 characters per note and
// per long pact field, 200 per short pact field), carried by the field as `maxlength`, applied
// by the session whatever the way the text arrives (typing, pasting, importing a file), and
// said in a polite sentence once the field is full. Text saved before the limits existed is
// never cut. And a saved state too large to be read back is still refused with a sentence,
// keeping what was saved (that can only come from data saved before the limits).
import {
  test, expect, completeWith, action, storedRaw, expectStored, downloadFrom, importField, tempFile, resultsStep,
  switchLanguage, STATE_KEY, FIRST,
} from "./helpers";
import { GOLDEN } from "./golden-state";
import type { Page } from "@playwright/test";

const NOTE_LIMIT = 4_000;
const SHORT_LIMIT = 200;
const FULL_FR = (count: string) =>
  `Ce champ est plein\u202f: il accepte jusqu’à ${count}\u00a0caractères. Merci de raccourcir votre texte si vous voulez en ajouter.`;
const FULL_EN = (count: string) =>
  `This field is full: it takes up to ${count} characters. Please shorten your text if you want to add more.`;

async function openPact(page: Page): Promise<void> {
  await page.locator('[data-section="keep"] button[data-action="show-pact"]').click();
  await expect(page.locator('section[data-step="pact"]')).toBeVisible();
}

test("a note stops at 4,000 characters, says so politely, and says nothing below the limit", async ({ page }) => {
  const results = await completeWith(page, FIRST);
  const note = results.locator("#pi-note-0");
  await expect(note).toHaveAttribute("maxlength", String(NOTE_LIMIT));
  const status = results.locator("#pi-note-0-limit");
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveText("");

  // Pasting more than the limit keeps the first 4,000 characters.
  await note.click();
  await page.keyboard.insertText("é".repeat(NOTE_LIMIT - 10) + "0123456789ABCDEF");
  await expect(note).toHaveValue("é".repeat(NOTE_LIMIT - 10) + "0123456789");
  await expect(status).toHaveText(FULL_FR("4\u202f000"));
  await expect(status).toHaveAttribute("data-limit-status", "full");
  await expectStored(page, (state) => expect(state.notes[0]).toBe("é".repeat(NOTE_LIMIT - 10) + "0123456789"));

  // One character less: the sentence goes.
  await page.keyboard.press("Backspace");
  await expect(status).toHaveText("");
  await expectStored(page, (state) => expect(state.notes[0]).toHaveLength(NOTE_LIMIT - 1));

  await switchLanguage(page, "en");
  await note.press("End");
  await note.pressSequentially("!!");
  await expect(note).toHaveValue("é".repeat(NOTE_LIMIT - 10) + "012345678!");
  await expect(status).toHaveText(FULL_EN("4,000"));
});

test("the pact's fields have their limits too, short and long", async ({ page }) => {
  await completeWith(page, FIRST);
  await openPact(page);
  const team = page.locator('[data-pact-field="team"]');
  await expect(team).toHaveAttribute("maxlength", String(SHORT_LIMIT));
  await team.fill("T".repeat(SHORT_LIMIT + 50));
  await expect(team).toHaveValue("T".repeat(SHORT_LIMIT));
  await expect(page.locator("#pi-pact-team-limit")).toHaveText(FULL_FR("200"));
  await expectStored(page, (state) => expect(state.pact.team).toBe("T".repeat(SHORT_LIMIT)));

  const commitments = page.locator('[data-pact-field="commitments"]');
  await expect(commitments).toHaveAttribute("maxlength", String(NOTE_LIMIT));
  await commitments.fill("c".repeat(NOTE_LIMIT));
  await expect(page.locator("#pi-pact-commitments-limit")).toHaveText(FULL_FR("4\u202f000"));
  await expect(page.locator("#pi-pact-autonomy-limit")).toHaveText("");
  // The app still answers: back to the results.
  await page.locator('button[data-action="back-to-results"]').click();
  await expect(resultsStep(page)).toBeVisible();
});

test("an imported result file with a note over the limit: the note is cut, and the outcome says so", async ({ page }) => {
  const results = await completeWith(page, FIRST);
  const exported = await downloadFrom(page, page.locator('[data-section="keep"] button[data-action="export-json"]'));
  const file = JSON.parse(exported.text);
  file.notes = { worstCase: "w".repeat(NOTE_LIMIT + 500), smallestAction: "Appeler la DSI" };
  await importField(page, "result").then((input) => input.setInputFiles(tempFile("long.json", JSON.stringify(file))));
  await expect(page.locator("[data-import-status]").first()).toContainText(
    "Une note du fichier dépassait 4\u202f000\u00a0caractères\u202f: seuls les 4\u202f000 premiers ont été repris (le fichier, lui, reste entier).",
  );
  await expect(results.locator("#pi-note-0")).toHaveValue("w".repeat(NOTE_LIMIT));
  await expect(results.locator("#pi-note-1")).toHaveValue("Appeler la DSI");
  await expectStored(page, (state) => expect(state.notes[0]).toHaveLength(NOTE_LIMIT));
});

test("a state saved before the limits, almost 2 MiB: opened whole; a change past 2 MiB is not saved, and says so", async ({ page }) => {
  const MAX = 2 * 1024 * 1024;
  // A note written before the limits existed, long enough to bring the state to MAX − 60 bytes.
  const seed = { ...GOLDEN, step: "pact", notes: ["", GOLDEN.notes[1]] };
  const base = Buffer.byteLength(JSON.stringify(seed), "utf8");
  seed.notes[0] = "n".repeat(MAX - 60 - base);
  const raw = JSON.stringify(seed);
  expect(Buffer.byteLength(raw, "utf8")).toBe(MAX - 60);

  await page.goto("./");
  await expect(action(page, "start")).toBeVisible();
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [STATE_KEY, raw]);
  await page.reload();
  await expect(page.locator('section[data-step="pact"]')).toBeVisible();
  const before = await storedRaw(page);
  expect(before, "the long note was read whole").toContain("n".repeat(MAX - 60 - base));

  // 80 more characters in the team field (within its limit) make the state larger than 2 MiB.
  const team = page.locator('[data-pact-field="team"]');
  const original = await team.inputValue();
  await team.fill(original + "y".repeat(80));
  const status = page.locator('[data-storage-status="too-large"]');
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveText(
    "Ce que vous avez écrit (notes, pacte) est trop long pour être enregistré sur cet appareil (plus de 2\u00a0Mio)\u202f: raccourcissez-le\u202f; rien n’a été perdu dans cette page.",
  );
  expect(await storedRaw(page), "the previous stored value is intact").toBe(before);

  // Back to what it was: saved again, and the sentence goes.
  await team.fill(original + "y");
  await expect(status).toHaveCount(0);
  await expectStored(page, (state) => expect(state.pact.team).toBe(original + "y"));
});
