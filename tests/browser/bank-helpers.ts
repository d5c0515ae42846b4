// Helpers of the custom-bank specs (issue 12): the fixture banks of tests/fixtures/banks/, served
// by the test server as if they were in dist/banks/ (serve-dist.mjs --banks), read here
// independently of the app to know their problems and questions, and answer codes written for
// any bank by its id (docs/answer-code.md).
import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page } from "@playwright/test";
import {
  expect, action, answer, resultsStep, base64urlEncode, fnv1a32, ANSWER_VALUE, type Answer, type Polarity,
} from "./helpers";

export const BANKS_DIR = resolve(__dirname, "..", "fixtures", "banks");

export interface FixtureQuestion {
  id: string;
  polarity: Polarity;
}
export interface FixtureProblem {
  id: string;
  questions: FixtureQuestion[];
}
export interface FixtureBank {
  id: string;
  version: number;
  problems: FixtureProblem[];
}

/** The text of tests/fixtures/banks/NAME.json. */
export function fixtureText(name: string): string {
  return readFileSync(resolve(BANKS_DIR, `${name}.json`), "utf8");
}

/** The fixture bank NAME, as its file says. */
export function fixtureBank(name: string): FixtureBank {
  return JSON.parse(fixtureText(name)) as FixtureBank;
}

/** The usable fixture banks; every other JSON file of tests/fixtures/banks/ is a hostile one
 * (see its README: script and HTML in texts, javascript: links, duplicate ids, a missing
 * language, 10,000 questions). */
export const USABLE_FIXTURES = ["laboratoire"];

/** The names of the hostile fixture banks. */
export function hostileBankNames(): string[] {
  return readdirSync(BANKS_DIR)
    .filter((file) => /^[a-z0-9][a-z0-9-]*\.json$/.test(file))
    .map((file) => file.replace(/\.json$/, ""))
    .filter((name) => !USABLE_FIXTURES.includes(name))
    .sort();
}

/** Every question id of `bank`, in answer order. */
export function questionIds(bank: FixtureBank): string[] {
  return bank.problems.flatMap((problem) => problem.questions.map((question) => question.id));
}

export const bankStep = (page: Page | Locator, problem: string): Locator =>
  page.locator(`section[data-step="problem"][data-problem-step="${problem}"]`);

/**
 * From the intro, answers every question of `bank` by clicking, with `choose(question)`
 * (null leaves it unanswered), step by step; ends on the results.
 */
export async function takeBank(
  page: Page,
  bank: FixtureBank,
  choose: (question: FixtureQuestion) => Answer | null,
): Promise<Locator> {
  await action(page, "start").click();
  for (const problem of bank.problems) {
    const step = bankStep(page, problem.id);
    await expect(step).toBeVisible();
    // Every question of the file is asked, and no other.
    await expect(step.locator('input[type="radio"][value="never"]')).toHaveCount(problem.questions.length);
    for (const question of problem.questions) {
      const value = choose(question);
      if (value) await answer(page, question.id, value);
    }
    await action(page, "next").click();
  }
  const results = resultsStep(page);
  await expect(results).toBeVisible();
  return results;
}

/** A middling pattern: symptoms seen often, practices rarely done. */
export const middling = (question: FixtureQuestion): Answer => (question.polarity === "symptom" ? "often" : "rarely");

/** The two fingerprint bytes of the bank with this id: the high 16 bits of FNV-1a-32. */
export function fingerprint(bankId: string): [number, number] {
  const hash = fnv1a32([...Buffer.from(bankId, "utf8")]);
  return [hash >>> 24, (hash >>> 16) & 0xff];
}

/** An answer code for `bank` (format 1), written independently of the core. */
export function encodeBankCode(bank: FixtureBank, answers: (Answer | null)[], nonce: number, role = 0): string {
  const data = [
    ...fingerprint(bank.id), bank.version, role,
    nonce >>> 24, (nonce >>> 16) & 0xff, (nonce >>> 8) & 0xff, nonce & 0xff, answers.length,
  ];
  const packed = new Array(Math.ceil((3 * answers.length) / 8)).fill(0);
  answers.forEach((value, q) => {
    const bits = value ? ANSWER_VALUE[value] : 0;
    for (let bit = 0; bit < 3; bit++) {
      if (bits & (4 >> bit)) packed[(3 * q + bit) >> 3] |= 0x80 >> ((3 * q + bit) & 7);
    }
  });
  data.push(...packed);
  const sum = fnv1a32(data);
  return `PI1.${base64urlEncode([...data, sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff])}`;
}

/** The storage key of a bank from banks/ (docs/stored-state.md). */
export const bankStateKey = (bankId: string): string => `problemes-imaginaires:v1~${bankId}`;

/** Every localStorage key of the page. */
export async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.localStorage).sort());
}
