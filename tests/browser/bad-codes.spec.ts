// Broken share links: a code that was changed, cut, made for another questionnaire or another
// version, or is not a code at all, is refused with a sentence in an alert; nothing is shown as
// shared results, nothing is logged as an error, and the visitor's own saved answers stay as
// they were.
import {
  test, expect, openApp, start, answer, next, action, problemStep, radio, storedRaw, expectStored, answerDigits,
  encodeCode, forgeCode, decodeCode, expectHumanSentence, BASE_URL, QUESTION_IDS, QUESTIONS, ANSWERS, SECOND,
  type Pattern,
} from "./helpers";
import type { Page } from "@playwright/test";

// The visitor's own answers: step 1 in full and two questions of step 2 (they are on step 2).
const OWN: Pattern = {
  A1: "often", A2: "rarely", A3: "always", A4: "never", A5: "unknown", A6: "often", A7: "rarely", A8: "always",
  B1: "never", B2: "unknown",
};

const VALID = encodeCode(QUESTION_IDS.map((id) => SECOND[id] ?? null), 0x5eed1e55);

/** Changes one base64url character in the middle of the code, keeping its length. */
function tamper(code: string): string {
  const at = 4 + 17;
  const replacement = code[at] === "A" ? "B" : "A";
  return code.slice(0, at) + replacement + code.slice(at + 1);
}

const BROKEN: { name: string; fragment: string; says: RegExp }[] = [
  { name: "a tampered code (one character changed)", fragment: `r=${tamper(VALID)}`, says: /modifié ou coupé/ },
  { name: "a truncated code (last 5 characters dropped)", fragment: `r=${VALID.slice(0, -5)}`, says: /incomplet/ },
  {
    name: "a code for another questionnaire (fingerprint changed, checksum valid)",
    fragment: `r=${forgeCode(VALID, (data) => { data[0] ^= 0xff; })}`,
    says: /un autre questionnaire/,
  },
  {
    name: "a code for another version of the questions",
    fragment: `r=${forgeCode(VALID, (data) => { data[2] = 3; })}`,
    says: /version 3 des questions/,
  },
  {
    name: "an impossible answer value (7) with a valid checksum",
    fragment: `r=${forgeCode(VALID, (data) => { data[9] |= 0xe0; })}`,
    says: /réponse impossible à la question A1/,
  },
  { name: "a future format (PI3.)", fragment: "r=PI3.AAAA", says: /version plus récente/ },
  { name: "garbage (#r=hello)", fragment: "r=hello", says: /n['’]est pas un code/ },
];

/** The visitor's own step 2, with exactly their answers. */
async function expectOwnAnswers(page: Page): Promise<void> {
  const section = problemStep(page, "political-crisis");
  await expect(section).toBeVisible();
  let answered = 0;
  for (const [question] of QUESTIONS["political-crisis"]) {
    if (OWN[question]) answered++;
    for (const candidate of ANSWERS) {
      const input = radio(page, question, candidate);
      if (candidate === OWN[question]) await expect(input, `${question}=${candidate}`).toBeChecked();
      else await expect(input, `${question}=${candidate}`).not.toBeChecked();
    }
  }
  await expect(section.locator('input[type="radio"]:checked')).toHaveCount(answered);
}

test("the test's own code writer matches the documented example and the app", async ({ page }) => {
  const answers = QUESTION_IDS.map(() => null as null | "often" | "never" | "unknown");
  answers[0] = "often";
  answers[1] = "never";
  answers[31] = "unknown";
  // The documented example is worked out on bank version 1 (docs/answer-code.md).
  expect(encodeCode(answers, 0x01234567, 1, 1)).toBe("PI1.Z_kBAQEjRWcgZAAAAAAAAAAAAAAFT8PjSg");
  expect(decodeCode(VALID).nonce).toBe(0x5eed1e55);
  // The control: the untouched code opens as shared results.
  await page.goto(`./#r=${VALID}`);
  await expect(page.locator('section[data-step="shared"]')).toBeVisible();
  await expect(page.locator("[data-share-error]")).toHaveCount(0);
});

test.describe("broken share links", () => {
  let before: string | null = null;

  test.beforeEach(async ({ page }) => {
    await openApp(page);
    await start(page);
    for (const [question] of QUESTIONS["validation-loop"]) await answer(page, question, OWN[question]!);
    await next(page, "political-crisis");
    await answer(page, "B1", "never");
    await answer(page, "B2", "unknown");
    await expectStored(page, (state) => {
      expect(state.answers).toBe(answerDigits(OWN));
      expect(state.step).toBe("problem:political-crisis");
    });
    before = await storedRaw(page);
  });

  for (const { name, fragment, says } of BROKEN) {
    test(`${name} is refused with a sentence and changes nothing`, async ({ page }) => {
      // Opened from a chat: a new tab of the same browser, which has the visitor's own answers.
      const tab = await page.context().newPage();
      await tab.goto(`${BASE_URL}#${fragment}`);

      const error = tab.locator("[data-share-error]");
      await expect(error).toBeVisible();
      await expect(error).toHaveAttribute("role", "alert");
      await expect(error).toContainText(says);
      expectHumanSentence(await error.textContent(), `share error for ${name}`);
      await expect(tab.locator('[data-step="shared"]')).toHaveCount(0);

      // The visitor's own assessment is there, untouched, under the message.
      await expectOwnAnswers(tab);
      expect(await storedRaw(tab), "stored answers after opening the link").toBe(before);

      await tab.locator('button[data-action="dismiss-share-error"]').click();
      await expect(error).toHaveCount(0);
      expect(tab.url(), "the broken fragment is gone after dismissing").toBe(BASE_URL);
      await expectOwnAnswers(tab);
      expect(await storedRaw(tab), "stored answers after dismissing").toBe(before);

      // And a reload shows the visitor's own step, without the message.
      await tab.reload();
      await expect(tab.locator("[data-share-error]")).toHaveCount(0);
      await expectOwnAnswers(tab);
      expect(await storedRaw(tab)).toBe(before);
      await tab.close();
    });
  }
});

test("a broken link is explained in English too", async ({ page }) => {
  await page.goto(`./?lang=en#r=${tamper(VALID)}`);
  const error = page.locator("[data-share-error]");
  await expect(error).toHaveAttribute("role", "alert");
  await expect(error).toContainText(/changed or cut when copied/);
  expectHumanSentence(await error.textContent(), "English share error");
  await expect(page.locator('[data-step="shared"]')).toHaveCount(0);
  await action(page, "dismiss-share-error").click();
  await expect(action(page, "start")).toBeVisible();
});
