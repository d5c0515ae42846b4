// Versions that migrate: answers saved by the page built with bank version 2 (the shipped one)
// open in the same page built with a fake bank version 3 (core/tests/fixtures/bank-v3.toml: A6 removed, B3 reworded as
// B3b, C9 added), served on the same origin so that it reads the same localStorage
// (scripts/env.sh build_bank_v3, serve-dist.mjs --also). Nothing the person saved is lost: the
// answers that still mean the same thing are kept, notes and history come along, and one line
// says what happened.
import {
  test, expect, completeWith, readScores, resultsStep, storedRaw, ORIGIN, STATE_KEY, type Pattern,
} from "./helpers";

const V3_URL = `${ORIGIN}/outils/autodiagnostic-v3/`;

// Every question answered; A6 (removed in v3) and B3 (reworded in v3) carry distinctive answers.
const PATTERN: Pattern = {
  A1: "often", A2: "never", A3: "always", A4: "rarely", A5: "often", A6: "always", A7: "never", A8: "often",
  B1: "rarely", B2: "often", B3: "never", B4: "always", B5: "always", B6: "rarely", B7: "often", B8: "never",
  C1: "always", C2: "rarely", C3: "rarely", C4: "often", C5: "never", C6: "always", C7: "often", C8: "rarely",
  D1: "never", D2: "often", D3: "always", D4: "rarely", D5: "often", D6: "never", D7: "always", D8: "often",
};

test("answers, notes and history saved with bank version 2 open in a build with bank version 3", async ({ page }) => {
  const v2Results = await completeWith(page, PATTERN);
  const v2Scores = await readScores(v2Results);
  const note = "Le comité de sécurité bloque la mise en ligne";
  const noteField = v2Results.locator("textarea").first();
  await noteField.fill(note);
  await expect.poll(async () => (await storedRaw(page)) ?? "").toContain(note);

  await page.goto(V3_URL);
  const v3Results = resultsStep(page);
  await expect(v3Results).toBeVisible();
  // One line, in the page's language, saying the answers were carried over.
  await expect(page.getByText(/Vos réponses de la version 2 ont été reprises/)).toBeVisible();
  await expect(v3Results.locator("textarea").first()).toHaveValue(note);

  const v3Scores = await readScores(v3Results);
  // B3's answer moved to B3b, C9 is new and unanswered (left out of the score), D is untouched.
  expect(v3Scores["political-crisis"]).toBe(v2Scores["political-crisis"]);
  expect(v3Scores["security-panic"]).toBe(v2Scores["security-panic"]);
  expect(v3Scores["more-than-perfect"]).toBe(v2Scores["more-than-perfect"]);

  // The state is now saved for version 3, with the answer of the removed question gone.
  await expect.poll(async () => JSON.parse((await storedRaw(page)) ?? "{}").bank).toEqual({
    id: "problemes-imaginaires",
    version: 3,
  });
  const stored = JSON.parse((await storedRaw(page)) ?? "{}");
  expect(stored.history).toHaveLength(1);
  expect(stored.notes[0]).toBe(note);

  // Reloading shows no notice again: the carry-over happens once.
  await page.reload();
  await expect(resultsStep(page)).toBeVisible();
  await expect(page.getByText(/Vos réponses de la version 2 ont été reprises/)).toHaveCount(0);
});

test("answers saved by bank version 3 are refused by the version 2 page with a sentence, and kept", async ({ page }) => {
  const newer = JSON.stringify({
    schema: "problemes-imaginaires/state",
    schemaVersion: 1,
    bank: { id: "problemes-imaginaires", version: 3 },
    lang: "fr",
    step: "intro",
    answers: "3".repeat(32),
  });
  await page.goto(`${ORIGIN}/outils/autodiagnostic/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STATE_KEY, newer]);
  await page.reload();
  // A newer version: the page says to update it, and keeps the data aside instead of wiping it.
  await expect(page.getByText(/mettez cette page à jour/).first()).toBeVisible();
  const kept = await page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).map((k) => localStorage.getItem(k)),
    STATE_KEY,
  );
  expect(kept).toContain(newer);
});
