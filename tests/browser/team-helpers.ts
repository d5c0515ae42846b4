// Helpers of the team-view specs (team-*.spec.ts): opening the team page, pasting codes, and
// computing the expected statistics by hand from answer patterns, independently of the core.
import type { Locator, Page } from "@playwright/test";
import {
  expect, encodeCode, POLARITY, PROBLEMS, QUESTION_IDS, QUESTIONS, type Answer, type Pattern, type ProblemId,
} from "./helpers";

/** The team page, under the app's sub-path. */
export const TEAM_PATH = "equipe/";

export async function openTeam(page: Page, query = ""): Promise<void> {
  await page.goto(`${TEAM_PATH}${query}`);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
}

/** Pastes `text` into the team view and clicks "Ajouter". */
export async function paste(page: Page, text: string): Promise<void> {
  await page.locator("textarea[data-team-input]").fill(text);
  await page.locator('button[data-action="add-codes"]').click();
}

export const teamProblem = (page: Page, problem: ProblemId): Locator =>
  page.locator(`[data-team-problem="${problem}"]`);

/** A code for `pattern` with this nonce and role byte (0 none, 1 member, 2 management…). */
export function codeOf(pattern: Pattern, nonce: number, role = 0): string {
  return encodeCode(QUESTION_IDS.map((id) => pattern[id] ?? null), nonce, role);
}

const VALUE: Record<Exclude<Answer, "unknown">, number> = { never: 0, rarely: 1, often: 2, always: 3 };

/**
 * The health score of `problem` in tenths, as README.md defines it: a symptom earns 3 − value, a
 * practice earns value, "don't know" is left out; 10 × points / (3 × scored), rounded half up.
 * Null when nothing is scored.
 */
export function scoreTenths(pattern: Pattern, problem: ProblemId): number | null {
  let points = 0;
  let scored = 0;
  for (const [id] of QUESTIONS[problem]) {
    const answer = pattern[id];
    if (!answer || answer === "unknown") continue;
    const value = VALUE[answer];
    points += POLARITY[id] === "symptom" ? 3 - value : value;
    scored += 1;
  }
  if (scored === 0) return null;
  // round(100 p / 3n) half up = floor((200 p + 3n) / 6n)
  return Math.floor((200 * points + 3 * scored) / (6 * scored));
}

/** Median of sorted values, in half-tenths (values given in tenths). */
function medianHalf(sorted: number[]): number {
  const n = sorted.length;
  return n % 2 === 1 ? 2 * sorted[(n - 1) / 2] : sorted[n / 2 - 1] + sorted[n / 2];
}

/** Half-tenths as displayed: rounded half up to one decimal, with a dot. */
function show(half: number): string {
  const tenths = Math.ceil(half / 2);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

export interface Expected {
  count: string;
  min: string;
  q1: string;
  median: string;
  q3: string;
  max: string;
  band: string;
}

/**
 * Tukey's hinges as docs/team-format.md defines them ("median of halves"): Q1 is the median of
 * the lower half, Q3 of the upper half; with an odd count the median belongs to neither half;
 * with one score, Q1 = median = Q3.
 */
export function expectedStats(patterns: Pattern[], problem: ProblemId): Expected {
  const scores = patterns
    .map((p) => scoreTenths(p, problem))
    .filter((s): s is number => s !== null)
    .sort((a, b) => a - b);
  const n = scores.length;
  if (n === 0) return { count: "0", min: "", q1: "", median: "", q3: "", max: "", band: "none" };
  const half = Math.floor(n / 2);
  const lower = n === 1 ? scores : scores.slice(0, half);
  const upper = n === 1 ? scores : scores.slice(n - half);
  const median = medianHalf(scores);
  const shown = Math.ceil(median / 2);
  return {
    count: String(n),
    min: show(2 * scores[0]),
    q1: show(medianHalf(lower)),
    median: show(median),
    q3: show(medianHalf(upper)),
    max: show(2 * scores[n - 1]),
    band: shown < 50 ? "strong" : shown < 80 ? "watch" : "under-control",
  };
}

/** The team view shows `expected` for `problem`. */
export async function expectTeamStats(page: Page, problem: ProblemId, expected: Expected): Promise<void> {
  const row = teamProblem(page, problem);
  await expect(row).toHaveCount(1);
  for (const key of ["count", "min", "q1", "median", "q3", "max", "band"] as const) {
    await expect(row, `${problem}: data-${key}`).toHaveAttribute(`data-${key}`, expected[key]);
  }
}

export { PROBLEMS };
