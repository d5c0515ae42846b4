// The stored state written by the previous release (core/tests/golden/stored-full.json, never
// edited), and the scores its answers give, computed here independently of the core.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROBLEMS, QUESTIONS, type ProblemId } from "./helpers";

export const GOLDEN_STORED: string = readFileSync(join(__dirname, "..", "..", "core", "tests", "golden", "stored-full.json"), "utf8").trim();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const GOLDEN: any = JSON.parse(GOLDEN_STORED);

/**
 * Each problem's score ("6.3", or "" without a score) for stored answer digits (0 unanswered,
 * 1 never … 4 always, 5 don't know): a symptom earns 3 − value, a practice value; the score is
 * 10 × points / (3 × scored answers), rounded half up to one decimal.
 */
export function scoresOfDigits(digits: string): Record<ProblemId, string> {
  const scores = {} as Record<ProblemId, string>;
  let at = 0;
  for (const problem of PROBLEMS) {
    let points = 0;
    let scored = 0;
    for (const [, polarity] of QUESTIONS[problem]) {
      const digit = Number(digits[at++]);
      if (digit >= 1 && digit <= 4) {
        const value = digit - 1;
        points += polarity === "symptom" ? 3 - value : value;
        scored += 1;
      }
    }
    if (scored === 0) {
      scores[problem] = "";
      continue;
    }
    const tenths = Math.floor((200 * points + 3 * scored) / (6 * scored));
    scores[problem] = `${Math.floor(tenths / 10)}.${tenths % 10}`;
  }
  return scores;
}
