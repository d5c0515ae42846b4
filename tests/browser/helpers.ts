// Shared fixture and helpers for the browser specs.
//
// Every test uses `test` from this file: its `guard` fixture (automatic) fails the test on any
// console error, any uncaught page error, and any request to an origin other than the test
// server's, in every page of the test's browser context.
import {
  test as base, expect, type Locator, type Page, type Frame, type BrowserContext, type BrowserContextOptions,
} from "@playwright/test";
import { WIDGET_ORIGIN, HOST_ORIGIN, THIRD_ORIGIN, CSP_WIDGET_ORIGIN, CSP_HOST_ORIGIN } from "./servers";

export { expect };

export const ORIGIN = "http://127.0.0.1:4173";
export const BASE_PATH = "/outils/autodiagnostic/";
export const BASE_URL = `${ORIGIN}${BASE_PATH}`;
/** The former full version's address: now a redirect to BASE_URL that keeps the query and fragment. */
export const OLD_FULL_URL = `${BASE_URL}complet/`;

export type Lang = "fr" | "en";
export type Answer = "never" | "rarely" | "often" | "always" | "unknown" | "not-applicable";
export type Polarity = "symptom" | "practice";

/** The four problems, in the order of the steps. */
export const PROBLEMS = ["validation-loop", "political-crisis", "security-panic", "more-than-perfect"] as const;
export type ProblemId = (typeof PROBLEMS)[number];

/** Question ids and polarities per problem, as in content/bank.txt (version 1). */
export const QUESTIONS: Record<ProblemId, ReadonlyArray<readonly [string, Polarity]>> = {
  "validation-loop": [
    ["A1", "symptom"], ["A2", "practice"], ["A3", "symptom"], ["A4", "practice"],
    ["A5", "symptom"], ["A6", "practice"], ["A7", "symptom"], ["A8", "practice"],
  ],
  "political-crisis": [
    ["B1", "symptom"], ["B2", "practice"], ["B3", "symptom"], ["B4", "practice"],
    ["B5", "symptom"], ["B6", "practice"], ["B7", "symptom"], ["B8", "practice"],
  ],
  "security-panic": [
    ["C1", "symptom"], ["C2", "practice"], ["C3", "symptom"], ["C4", "practice"],
    ["C5", "symptom"], ["C6", "practice"], ["C7", "symptom"], ["C8", "practice"],
  ],
  "more-than-perfect": [
    ["D1", "symptom"], ["D2", "practice"], ["D3", "symptom"], ["D4", "practice"],
    ["D5", "symptom"], ["D6", "practice"], ["D7", "symptom"], ["D8", "practice"],
  ],
};

export const ANSWERS: readonly Answer[] = ["never", "rarely", "often", "always", "unknown"];

export const ANSWER_LABELS: Record<Lang, Record<Answer, string>> = {
  fr: { never: "Jamais", rarely: "Rarement", often: "Souvent", always: "Systématiquement", unknown: "Je ne sais pas" },
  en: { never: "Never", rarely: "Rarely", often: "Often", always: "Always", unknown: "Don't know" },
};

/**
 * An exact-text pattern that accepts a typographic apostrophe (’) wherever the contract writes a
 * straight one ('): the UI uses typographic quotes ("Don’t know").
 */
export function textPattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]");
  return new RegExp(`^\\s*${escaped}\\s*$`);
}

export const TEXT = {
  fr: {
    title: "Problèmes imaginaires",
    start: "Commencer",
    previous: "Précédent",
    next: "Suivant",
    seeResults: "Voir les résultats",
    restart: "Recommencer",
    step: (n: number) => `Étape ${n} sur 5`,
  },
  en: {
    title: "Imaginary problems",
    start: "Start",
    previous: "Previous",
    next: "Next",
    seeResults: "See the results",
    restart: "Start again",
    step: (n: number) => `Step ${n} of 5`,
  },
} as const;

// ---------------------------------------------------------------------------------------------
// The guard fixture.

export interface Guard {
  /** Every request URL made by any page of the context, in order. */
  requests: string[];
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/**
 * Whether `url` goes to an origin outside `allowed` (by default the test server's only).
 * Requests that do not go to the network (no origin) are allowed: data: and blob: URLs. A file:
 * URL is foreign unless `allowed` holds "file:" (the single-file build opened from disk).
 */
function isForeign(url: string, allowed: readonly string[] = [ORIGIN]): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "file:") return !allowed.includes("file:");
    return !allowed.includes(parsed.origin);
  } catch {
    return true;
  }
}

/**
 * Puts `context` under `guard`: its console errors, page errors and requests are recorded, and
 * requests to origins outside `allowed` (by default: other than the test server's) are aborted
 * (and fail the test at teardown).
 */
export async function guardContext(context: BrowserContext, guard: Guard, allowed: readonly string[] = [ORIGIN]): Promise<void> {
  watch(context, guard);
  await context.route(
    (url) => isForeign(url.href, allowed),
    (route) => route.abort("blockedbyclient"),
  );
}

function watch(context: BrowserContext, guard: Guard): void {
  const watchPage = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") {
        const at = msg.location();
        guard.errors.push(`console.error: ${msg.text()}${at.url ? ` (${at.url}:${at.lineNumber})` : ""}`);
      }
    });
    page.on("pageerror", (error) => guard.errors.push(`uncaught page error: ${error.stack ?? error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  context.on("request", (request) => guard.requests.push(request.url()));
}

/**
 * Opens another browser context (its own, empty storage: another person, or the same person on
 * another device) with the project's options plus `options`, watched by the same guard and
 * closed at the end of the test.
 */
export type FreshContext = (options?: BrowserContextOptions) => Promise<BrowserContext>;

export const test = base.extend<{ guard: Guard; freshContext: FreshContext; allowedOrigins: string[] }>({
  /**
   * The origins the test's pages may request: the widget's test server only, unless a spec that
   * embeds the widget in host pages widens it with `test.use({ allowedOrigins: [...] })` to the
   * other local test servers (EMBED_ORIGINS) or to "file:" (the single file opened from disk).
   */
  allowedOrigins: [[ORIGIN], { option: true }],
  guard: [
    async ({ context, allowedOrigins }, use) => {
      const guard: Guard = { requests: [], errors: [] };
      // A foreign request is recorded (and fails the test below) but never leaves the machine.
      await guardContext(context, guard, allowedOrigins);
      await use(guard);
      const foreign = guard.requests.filter((url) => isForeign(url, allowedOrigins));
      expect(foreign, `requests to origins other than ${allowedOrigins.join(", ")}`).toEqual([]);
      expect(guard.errors, "console errors / uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
  freshContext: async ({ browser, guard, baseURL, locale, viewport, allowedOrigins }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, locale, viewport, acceptDownloads: true, ...options });
      await guardContext(context, guard, allowedOrigins);
      opened.push(context);
      return context;
    });
    for (const context of opened) await context.close();
  },
});

// ---------------------------------------------------------------------------------------------
// Navigation helpers.

export const problemStep = (page: Page, problem: ProblemId): Locator =>
  page.locator(`section[data-step="problem"][data-problem-step="${problem}"]`);
export const anyProblemStep = (page: Page): Locator => page.locator('section[data-step="problem"]');
export const resultsStep = (page: Page): Locator => page.locator('section[data-step="results"]');
export const langButton = (page: Page, lang: Lang): Locator => page.locator(`button[data-lang="${lang}"]`);
export const action = (page: Page, name: string): Locator => page.locator(`button[data-action="${name}"]`);
export const radio = (page: Page, question: string, answer: Answer): Locator =>
  page.locator(`input[type="radio"][name="${question}"][value="${answer}"]`);

/** Opens the app (the sub-path root) and waits for the intro screen. */
export async function openApp(page: Page): Promise<void> {
  await page.goto("./");
  await expect(action(page, "start")).toBeVisible();
}

/** Clicks the language switch and checks the page now speaks `lang`. */
export async function switchLanguage(page: Page, lang: Lang): Promise<void> {
  await langButton(page, lang).click();
  await expectLanguage(page, lang);
}

export async function expectLanguage(page: Page, lang: Lang): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(langButton(page, lang)).toHaveAttribute("aria-pressed", "true");
  await expect(langButton(page, lang === "fr" ? "en" : "fr")).toHaveAttribute("aria-pressed", "false");
}

/** The step's heading has keyboard focus (set by the app when the step appears). */
export async function expectHeadingFocused(section: Locator): Promise<void> {
  await expect(section.locator("h2").first()).toBeFocused();
}

/** Starts the questionnaire from the intro with a click and waits for the first step. */
export async function start(page: Page): Promise<void> {
  await action(page, "start").click();
  await expect(problemStep(page, PROBLEMS[0])).toBeVisible();
  await expectHeadingFocused(problemStep(page, PROBLEMS[0]));
}

/** Answers one question by clicking the radio's <label for>. */
export async function answer(page: Page, question: string, value: Answer): Promise<void> {
  const input = radio(page, question, value);
  const id = await input.getAttribute("id");
  expect(id, `radio ${question}=${value} has an id for its <label for>`).toBeTruthy();
  await page.locator(`label[for="${id}"]`).click();
  await expect(input).toBeChecked();
}

/** Clicks "next" and waits for the given step (a problem id, or "results"). */
export async function next(page: Page, to: ProblemId | "results"): Promise<void> {
  await action(page, "next").click();
  const section = to === "results" ? resultsStep(page) : problemStep(page, to);
  await expect(section).toBeVisible();
  await expectHeadingFocused(section);
}

/**
 * Fills the whole questionnaire from the first step: `choose(question, polarity, problem)`
 * returns the answer to click, or null to leave the question unanswered. Ends on the results.
 */
export async function fillQuestionnaire(
  page: Page,
  choose: (question: string, polarity: Polarity, problem: ProblemId) => Answer | null,
): Promise<void> {
  for (const [at, problem] of PROBLEMS.entries()) {
    await expect(problemStep(page, problem)).toBeVisible();
    for (const [question, polarity] of QUESTIONS[problem]) {
      const value = choose(question, polarity, problem);
      if (value) await answer(page, question, value);
    }
    await next(page, at + 1 < PROBLEMS.length ? PROBLEMS[at + 1] : "results");
  }
}

/** Worst answers: every symptom always present, every practice never done. */
export const worst = (_q: string, polarity: Polarity): Answer => (polarity === "symptom" ? "always" : "never");
/** Best answers: no symptom ever, every practice always. */
export const best = (_q: string, polarity: Polarity): Answer => (polarity === "symptom" ? "never" : "always");

/** Checks a problem's (or the overall profile's) result attributes. */
export async function expectResult(target: Locator, score: string, band: string): Promise<void> {
  await expect(target).toHaveCount(1);
  await expect(target).toHaveAttribute("data-score", score);
  await expect(target).toHaveAttribute("data-band", band);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
export async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const max = opts.max ?? 40;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? "none");
  throw new Error(`${opts.back ? "Shift+Tab" : "Tab"} x${max} never reached ${selector}; focus is on ${focused}`);
}

// ---------------------------------------------------------------------------------------------
// Accessibility.

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page, or on one frame's document (the
 * widget inside an iframe), and expects no violation. axe.run(document) includes open shadow
 * roots (the <problemes-imaginaires> element).
 */
export async function expectNoAxeViolations(target: Page | Frame, what: string): Promise<void> {
  const frame: Frame = "mainFrame" in target ? target.mainFrame() : target;
  await frame.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await frame.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations as AxeViolation[];
  });
  const report = violations
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    at ${JSON.stringify(n.target)}: ${n.html}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
  expect(violations.length, `axe-core violations on ${what}:\n${report}`).toBe(0);
}

// ---------------------------------------------------------------------------------------------
// Keep, share and come back: storage, downloads, answer codes, fresh contexts.

/**
 * The localStorage key of the saved session; the prefix of the keys unreadable data is put
 * aside under (one per backup, named after the moment: `…:backup:2026-12-02T07:05:33.123Z`);
 * and the single backup key of earlier versions, still offered when present.
 */
export const STATE_KEY = "problemes-imaginaires:v1";
export const BACKUP_PREFIX = "problemes-imaginaires:v1:backup:";
export const BACKUP_KEY = "problemes-imaginaires:v1:unreadable";

/** The timestamped backup keys in the page's localStorage, sorted. */
export async function backupKeys(page: Page): Promise<string[]> {
  const keys = await page.evaluate(() => Object.keys(window.localStorage));
  return keys.filter((key) => key.startsWith(BACKUP_PREFIX)).sort();
}

/** The four problems' labels, as in content/bank.txt. */
export const PROBLEM_LABELS: Record<Lang, Record<ProblemId, string>> = {
  fr: {
    "validation-loop": "La boucle de validation infinie",
    "political-crisis": "La crise politique",
    "security-panic": "La panique sécuritaire",
    "more-than-perfect": "Le plus-que-parfait",
  },
  en: {
    "validation-loop": "The endless validation loop",
    "political-crisis": "The political crisis",
    "security-panic": "Security panic",
    "more-than-perfect": "The “more-than-perfect”",
  },
};

/** Every question id in bank order (A1 … D8). */
export const QUESTION_IDS: readonly string[] = PROBLEMS.flatMap((p) => QUESTIONS[p].map(([id]) => id));
/** Polarity of each question id. */
export const POLARITY: Record<string, Polarity> = Object.fromEntries(
  PROBLEMS.flatMap((p) => QUESTIONS[p].map(([id, polarity]) => [id, polarity])),
);

/** A full set of answers by question id; null (or a missing id) is unanswered. */
export type Pattern = Record<string, Answer | null>;

/** The value of an answer in stored state and answer codes: 0 unanswered … 5 don't know. */
export const ANSWER_VALUE: Record<Answer, number> = { never: 1, rarely: 2, often: 3, always: 4, unknown: 5, "not-applicable": 6 };
export const VALUE_ANSWER: Record<number, Answer | null> = { 0: null, 1: "never", 2: "rarely", 3: "often", 4: "always", 5: "unknown", 6: "not-applicable" };

/** The stored `answers` string of a pattern: one digit per question, in bank order. */
export function answerDigits(pattern: Pattern): string {
  return QUESTION_IDS.map((id) => {
    const value = pattern[id];
    return value ? String(ANSWER_VALUE[value]) : "0";
  }).join("");
}

/** Opens the app and answers the whole questionnaire with `pattern`; ends on the results. */
export async function completeWith(page: Page, pattern: Pattern): Promise<Locator> {
  await openApp(page);
  await start(page);
  await fillQuestionnaire(page, (question) => pattern[question] ?? null);
  const results = resultsStep(page);
  await expect(results).toBeVisible();
  return results;
}

export type Scores = Record<ProblemId | "overall", string>;

/** The data-score of each problem and of the overall profile shown in `scope`. */
export async function readScores(scope: Locator): Promise<Scores> {
  const scores = {} as Scores;
  for (const problem of PROBLEMS) {
    const target = scope.locator(`[data-problem="${problem}"]`);
    await expect(target).toHaveCount(1);
    scores[problem] = (await target.getAttribute("data-score")) ?? "";
  }
  const overall = scope.locator("[data-overall]");
  await expect(overall).toHaveCount(1);
  scores.overall = (await overall.getAttribute("data-score")) ?? "";
  return scores;
}

/** Reads the data-band of each problem shown in `scope`. */
export async function readBands(scope: Locator): Promise<Record<ProblemId, string>> {
  const bands = {} as Record<ProblemId, string>;
  for (const problem of PROBLEMS) {
    bands[problem] = (await scope.locator(`[data-problem="${problem}"]`).getAttribute("data-band")) ?? "";
  }
  return bands;
}

/** A score attribute ("6.3") in tenths (63); throws on anything else. */
export function tenths(score: string): number {
  const match = /^(\d{1,2})\.(\d)$/.exec(score);
  if (!match) throw new Error(`not a score with one decimal: ${JSON.stringify(score)}`);
  return Number(match[1]) * 10 + Number(match[2]);
}

/**
 * Checks a data-delta attribute: one decimal with a dot and an ASCII sign ("+1.3", "-0.4"); a
 * zero difference may be written "0.0", "+0.0" or "-0.0".
 */
export function expectDelta(attribute: string | null, expectedTenths: number, what: string): void {
  expect(attribute, `${what}: data-delta`).not.toBeNull();
  const value = attribute as string;
  if (expectedTenths === 0) {
    expect(value, `${what}: data-delta of an unchanged score`).toMatch(/^[+-]?0\.0$/);
    return;
  }
  const sign = expectedTenths > 0 ? "+" : "-";
  const magnitude = Math.abs(expectedTenths);
  expect(value, `${what}: data-delta`).toBe(`${sign}${Math.floor(magnitude / 10)}.${magnitude % 10}`);
}

/** The raw value under `key` in the page's localStorage (null when absent). Saving waits for a
 *  pause in changes (300 ms) or for the page to be left: a `pagehide` event makes the app save
 *  what is waiting at once, as when a person leaves the page. */
export async function storedRaw(page: Page, key: string = STATE_KEY): Promise<string | null> {
  return page.evaluate((k) => {
    window.dispatchEvent(new Event("pagehide"));
    return window.localStorage.getItem(k);
  }, key);
}

/** The saved session, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function storedState(page: Page): Promise<any> {
  const raw = await storedRaw(page);
  expect(raw, `localStorage["${STATE_KEY}"]`).not.toBeNull();
  return JSON.parse(raw as string);
}

/** Waits until the saved session satisfies `check` (saving happens in an effect, after render). */
export async function expectStored(
  page: Page,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  check: (state: any) => void,
): Promise<void> {
  await expect(async () => {
    const raw = await storedRaw(page);
    expect(raw, `localStorage["${STATE_KEY}"]`).not.toBeNull();
    check(JSON.parse(raw as string));
  }).toPass({ timeout: 10_000 });
}

/** A file the page offered for download. */
export interface Downloaded {
  name: string;
  bytes: Buffer;
  /** The bytes as UTF-8 (a byte order mark is kept as U+FEFF). */
  text: string;
}

/** Clicks `trigger` and returns the file the page downloads in answer. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent("download"), trigger.click()]);
  expect(await download.failure(), `download of ${download.suggestedFilename()} failed`).toBeNull();
  const path = await download.path();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readFileSync } = require("node:fs") as typeof import("node:fs");
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** Writes `content` to a temporary file named `name` for setInputFiles. */
export function tempFile(name: string, content: string | Buffer): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("node:fs") as typeof import("node:fs");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { join } = require("node:path") as typeof import("node:path");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tmpdir } = require("node:os") as typeof import("node:os");
  const dir = fs.mkdtempSync(join(tmpdir(), "pi-test-"));
  const path = join(dir, name);
  fs.writeFileSync(path, content);
  return path;
}

// Answer codes (docs/answer-code.md), rebuilt here independently of the core.

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function base64urlDecode(text: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const sextet = B64URL.indexOf(char);
    if (sextet < 0) throw new Error(`not base64url: ${JSON.stringify(char)}`);
    buffer = (buffer << 6) | sextet;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
      buffer &= (1 << bits) - 1;
    }
  }
  return bytes;
}

export function base64urlEncode(bytes: number[]): string {
  let out = "";
  for (let at = 0; at < bytes.length; at += 3) {
    const chunk = bytes.slice(at, at + 3);
    const group = ((chunk[0] ?? 0) << 16) | ((chunk[1] ?? 0) << 8) | (chunk[2] ?? 0);
    for (let i = 0; i <= chunk.length; i++) out += B64URL[(group >> (18 - 6 * i)) & 63];
  }
  return out;
}

/** FNV-1a, 32 bits. */
export function fnv1a32(bytes: number[]): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface DecodedCode {
  fingerprint: [number, number];
  bankVersion: number;
  role: number;
  nonce: number;
  answers: (Answer | null)[];
}

/** Decodes a valid `PI1.` code (checking its checksum) for assertions. */
export function decodeCode(code: string): DecodedCode {
  expect(code, "answer code").toMatch(/^PI1\.[A-Za-z0-9_-]+$/);
  const bytes = base64urlDecode(code.slice(4));
  const data = bytes.slice(0, -4);
  const checksum = bytes.slice(-4).reduce((acc, b) => acc * 256 + b, 0);
  expect(checksum, "answer code checksum").toBe(fnv1a32(data));
  const count = data[8];
  const bit = (at: number) => (data[9 + (at >> 3)] >> (7 - (at & 7))) & 1;
  const answers: (Answer | null)[] = [];
  for (let q = 0; q < count; q++) {
    const value = (bit(3 * q) << 2) | (bit(3 * q + 1) << 1) | bit(3 * q + 2);
    answers.push(VALUE_ANSWER[value] ?? null);
  }
  return {
    fingerprint: [data[0], data[1]],
    bankVersion: data[2],
    role: data[3],
    nonce: ((data[4] << 24) | (data[5] << 16) | (data[6] << 8) | data[7]) >>> 0,
    answers,
  };
}

/** A copy of a valid code whose payload bytes were changed by `mutate`, with a valid checksum. */
export function forgeCode(code: string, mutate: (data: number[]) => void): string {
  const bytes = base64urlDecode(code.slice(4));
  const data = bytes.slice(0, -4);
  mutate(data);
  const sum = fnv1a32(data);
  return `${code.slice(0, 4)}${base64urlEncode([...data, sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff])}`;
}

/** A sentence shown to people: not empty, and no sign of a crash or of a programmer's value. */
export function expectHumanSentence(text: string | null, what: string): void {
  const clean = (text ?? "").replace(/\s+/g, " ").trim();
  expect(clean.length, `${what}: a sentence (got ${JSON.stringify(clean)})`).toBeGreaterThan(20);
  expect(clean, `${what}: no crash or programmer wording`).not.toMatch(
    /panic|undefined|\bnull\b|NaN|unreachable|RuntimeError|Error\(|\[object|\bErr\b|\bSome\(|\bNone\b/,
  );
}

/** Collapses whitespace and typographic apostrophes, for comparing extracted text. */
export function normalizeText(text: string): string {
  return text.replace(/[’]/g, "'").replace(/\s+/g, " ").trim();
}

// Two assessments of the same team, six months apart: every problem scored in both.
// FIRST: validation-loop all "often" (5.0), political-crisis best (10.0), security-panic all
// "rarely" (5.0), more-than-perfect best but D3 "always" (8.8).
// SECOND changes A1, A2 (validation-loop up), B3 (political-crisis down), D1 and D3 (swapped:
// more-than-perfect changes answers but keeps its score); security-panic is unchanged.
export const FIRST: Pattern = Object.fromEntries(
  QUESTION_IDS.map((id) => {
    const polarity = POLARITY[id];
    const bestAnswer: Answer = polarity === "symptom" ? "never" : "always";
    if (id.startsWith("A")) return [id, "often"];
    if (id.startsWith("C")) return [id, "rarely"];
    if (id === "D3") return [id, "always"];
    return [id, bestAnswer];
  }),
);
export const SECOND: Pattern = { ...FIRST, A1: "never", A2: "always", B3: "always", D1: "always", D3: "never" };
export const CHANGED_QUESTIONS = ["A1", "A2", "B3", "D1", "D3"];

/**
 * The comparison table in `scope` shows, for each problem, `after − before` (read from the
 * pages' data-score values, never recomputed) in data-delta and its direction.
 */
export async function expectComparison(scope: Locator, before: Scores, after: Scores, what: string): Promise<void> {
  const comparison = scope.locator("[data-comparison]");
  await expect(comparison, `${what}: [data-comparison]`).toBeVisible();
  const ids = await comparison.locator("tr[data-compare-problem]").evaluateAll((rows) =>
    rows.map((row) => row.getAttribute("data-compare-problem")),
  );
  for (const problem of PROBLEMS) {
    expect(ids.filter((id) => id === problem), `${what}: one row for ${problem} (rows: ${ids.join(", ")})`).toHaveLength(1);
  }
  for (const id of ids) expect([...PROBLEMS, "overall"], `${what}: row id`).toContain(id);
  for (const problem of PROBLEMS) {
    const row = comparison.locator(`tr[data-compare-problem="${problem}"]`);
    const delta = tenths(after[problem]) - tenths(before[problem]);
    expectDelta(await row.getAttribute("data-delta"), delta, `${what}, ${problem} (${before[problem]} → ${after[problem]})`);
    await expect(row, `${what}, ${problem}: data-direction`).toHaveAttribute(
      "data-direction",
      delta > 0 ? "better" : delta < 0 ? "worse" : "same",
    );
  }
}

/** Writes a code for the built-in bank, version 2 (docs/answer-code.md), independently of the
 * core: format `PI1.`, or `PI2.` when an answer is "not applicable". */
export function encodeCode(answers: (Answer | null)[], nonce: number, role = 0, bankVersion = 2): string {
  const data = [0x67, 0xf9, bankVersion, role, nonce >>> 24, (nonce >>> 16) & 0xff, (nonce >>> 8) & 0xff, nonce & 0xff, answers.length];
  const packed = new Array(Math.ceil((3 * answers.length) / 8)).fill(0);
  answers.forEach((answer, q) => {
    const value = answer ? ANSWER_VALUE[answer] : 0;
    for (let bit = 0; bit < 3; bit++) {
      if (value & (4 >> bit)) packed[(3 * q + bit) >> 3] |= 0x80 >> ((3 * q + bit) & 7);
    }
  });
  data.push(...packed);
  const sum = fnv1a32(data);
  const format = answers.includes("not-applicable") ? 2 : 1;
  return `PI${format}.${base64urlEncode([...data, sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff])}`;
}

/** "Start again" from the results, confirmed: back on the intro. */
export async function restartFromResults(page: Page): Promise<void> {
  await action(page, "restart").click();
  await action(page, "confirm-restart").click();
  await expect(action(page, "start")).toBeVisible();
}

/**
 * The file import of `kind` ("result" or "history") on the current screen, made visible the way
 * a person would: by opening the disclosure (<details>) it sits in, if it is closed.
 */
export async function importField(page: Page, kind: "result" | "history"): Promise<Locator> {
  const input = page.locator(`input[type="file"][data-import="${kind}"]`);
  await expect(input, `input[type=file][data-import="${kind}"] on this screen`).toHaveCount(1);
  if (!(await input.isVisible())) {
    const summary = page.locator(`details:has(input[type="file"][data-import="${kind}"]) > summary`).first();
    if ((await summary.count()) > 0) await summary.click();
  }
  await expect(input, `the ${kind} import can be reached`).toBeVisible();
  return input;
}

// ---------------------------------------------------------------------------------------------
// Embedding (issue 4): the widget in an iframe or as the <problemes-imaginaires> element, in host
// pages of examples/ served on other origins (servers.ts).

export { WIDGET_ORIGIN, HOST_ORIGIN, THIRD_ORIGIN, CSP_WIDGET_ORIGIN, CSP_HOST_ORIGIN };

/** Every local test server's origin: for `test.use({ allowedOrigins: EMBED_ORIGINS })`. */
export const EMBED_ORIGINS = [WIDGET_ORIGIN, HOST_ORIGIN, THIRD_ORIGIN, CSP_WIDGET_ORIGIN, CSP_HOST_ORIGIN];

/** The id of the iframe in the example host pages (examples/iframe*.html, host.js). */
export const FRAME_ID = "problemes-imaginaires";

/**
 * Where the widget's DOM is: a page (page mode), a FrameLocator (iframe mode) or the Locator of
 * a <problemes-imaginaires> element (Playwright's CSS locators pierce its open shadow root).
 */
export interface Scope {
  locator(selector: string): Locator;
}

export const stepIn = (scope: Scope, problem: ProblemId): Locator =>
  scope.locator(`section[data-step="problem"][data-problem-step="${problem}"]`);
export const resultsIn = (scope: Scope): Locator => scope.locator('section[data-step="results"]');
export const actionIn = (scope: Scope, name: string): Locator => scope.locator(`button[data-action="${name}"]`);
export const langButtonIn = (scope: Scope, lang: Lang): Locator => scope.locator(`button[data-lang="${lang}"]`);
export const radioIn = (scope: Scope, question: string, value: Answer): Locator =>
  scope.locator(`input[type="radio"][name="${question}"][value="${value}"]`);

/** Answers one question in `scope` by clicking the radio's <label for> (ids are looked up in `scope`). */
export async function answerIn(scope: Scope, question: string, value: Answer): Promise<void> {
  const input = radioIn(scope, question, value);
  const id = await input.getAttribute("id");
  expect(id, `radio ${question}=${value} has an id for its <label for>`).toBeTruthy();
  await scope.locator(`label[for="${id}"]`).click();
  await expect(input).toBeChecked();
}

/** Clicks "start" on the intro shown in `scope` and waits for the first step. */
export async function startIn(scope: Scope): Promise<void> {
  await actionIn(scope, "start").click();
  await expect(stepIn(scope, PROBLEMS[0])).toBeVisible();
}

/** Answers the step of `problem` in `scope` with `pattern` (null or missing: left unanswered). */
export async function answerStepIn(scope: Scope, problem: ProblemId, pattern: Pattern): Promise<void> {
  await expect(stepIn(scope, problem)).toBeVisible();
  for (const [question] of QUESTIONS[problem]) {
    const value = pattern[question];
    if (value) await answerIn(scope, question, value);
  }
}

/**
 * From the first step shown in `scope`, answers every step with `pattern` and clicks "next"
 * (the buttons of `scope`, by clicks) until the results, which it returns.
 */
export async function fillIn(scope: Scope, pattern: Pattern): Promise<Locator> {
  for (const [at, problem] of PROBLEMS.entries()) {
    await answerStepIn(scope, problem, pattern);
    await actionIn(scope, "next").click();
    if (at + 1 < PROBLEMS.length) await expect(stepIn(scope, PROBLEMS[at + 1])).toBeVisible();
  }
  const results = resultsIn(scope);
  await expect(results).toBeVisible();
  return results;
}

/** From the intro shown in `scope`: start, answer everything with `pattern`; ends on the results. */
export async function completeIn(scope: Scope, pattern: Pattern): Promise<Locator> {
  await startIn(scope);
  return fillIn(scope, pattern);
}

/** FIRST's scores (see FIRST above): 5.0 watch, 10.0 under control, 5.0 watch, 8.8 under control. */
export const FIRST_RESULTS: Record<ProblemId, { score: string; band: string }> = {
  "validation-loop": { score: "5.0", band: "watch" },
  "political-crisis": { score: "10.0", band: "under-control" },
  "security-panic": { score: "5.0", band: "watch" },
  "more-than-perfect": { score: "8.8", band: "under-control" },
};

/** Checks that `results` shows FIRST's scores and bands. */
export async function expectFirstResults(results: Locator): Promise<void> {
  for (const problem of PROBLEMS) {
    await expectResult(results.locator(`[data-problem="${problem}"]`), FIRST_RESULTS[problem].score, FIRST_RESULTS[problem].band);
  }
}

/** A message received by the top window of a page recorded by `recordMessages`. */
export interface Received {
  origin: string;
  /** The id of the iframe whose window sent it (null when it came from elsewhere). */
  frame: string | null;
  data: unknown;
}

/**
 * Records every message the page's top window receives, from the first script on (before the
 * host page's own scripts), independently of the host page's code: window.__received.
 */
export async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const w = window as any;
    w.__received = [];
    window.addEventListener(
      "message",
      (event) => {
        const frame = Array.from(document.querySelectorAll("iframe")).find((f) => f.contentWindow === event.source);
        let data: unknown;
        try {
          data = JSON.parse(JSON.stringify(event.data));
        } catch {
          data = String(event.data);
        }
        w.__received.push({ origin: event.origin, frame: frame ? frame.id || "(no id)" : null, data });
      },
      true,
    );
  });
}

/** The messages recorded so far (see recordMessages). */
export async function received(page: Page): Promise<Received[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return page.evaluate(() => ((window as any).__received ?? []) as Received[]);
}

/** The widget's own messages recorded so far ({type: "problemes-imaginaires:…"}), optionally of one type. */
export async function widgetMessages(page: Page, type?: "ready" | "resize" | "completed"): Promise<Received[]> {
  return (await received(page)).filter((m) => {
    const data = m.data as { type?: unknown } | null;
    if (!data || typeof data !== "object" || typeof data.type !== "string") return false;
    return type ? data.type === `problemes-imaginaires:${type}` : data.type.startsWith("problemes-imaginaires:");
  });
}

/** Checks that every resize message so far is well formed and came from the iframe, from `widgetOrigin`. */
export async function expectResizeMessagesValid(page: Page, widgetOrigin: string = WIDGET_ORIGIN): Promise<void> {
  for (const message of await widgetMessages(page, "resize")) {
    expect(message.origin, "resize: sent from the widget's origin").toBe(widgetOrigin);
    expect(message.frame, "resize: sent by the iframe's window").toBe(FRAME_ID);
    const data = message.data as { v: unknown; height: unknown };
    expect(Object.keys(data).sort(), `resize: fields of ${JSON.stringify(data)}`).toEqual(["height", "type", "v"]);
    expect(data.v, "resize: v").toBe(1);
    expect(Number.isInteger(data.height) && (data.height as number) > 0, `resize: height ${data.height} is a positive integer`).toBe(true);
    expect((data.height as number) % 16, `resize: height ${data.height} is a multiple of 16`).toBe(0);
  }
}

/**
 * Waits until the iframe's size has settled (no new resize message for 400 ms) and its rendered
 * height equals the last resize message's height; returns that height.
 */
export async function settledFrameHeight(
  page: Page,
  widgetOrigin: string = WIDGET_ORIGIN,
  frameSelector = `#${FRAME_ID}`,
): Promise<number> {
  let height = 0;
  await expect(async () => {
    const before = await widgetMessages(page, "resize");
    expect(before.length, "resize messages received").toBeGreaterThan(0);
    await page.waitForTimeout(400);
    const after = await widgetMessages(page, "resize");
    expect(after.length, "no new resize message for 400 ms").toBe(before.length);
    const last = (after[after.length - 1].data as { height: number }).height;
    const rendered = await page.locator(frameSelector).evaluate((el) => el.getBoundingClientRect().height);
    expect(rendered, `the iframe's rendered height equals the last resize message's (${last})`).toBe(last);
    height = last;
  }).toPass({ timeout: 15_000 });
  await expectResizeMessagesValid(page, widgetOrigin);
  return height;
}

/** The widget's content fits the iframe: nothing scrolls inside it. */
export async function expectFrameFits(frame: Scope): Promise<void> {
  const sizes = await frame.locator("html").evaluate((html) => ({ scroll: html.scrollHeight, inner: window.innerHeight }));
  expect(sizes.scroll, `content height ${sizes.scroll} fits the iframe (${sizes.inner} px)`).toBeLessThanOrEqual(sizes.inner);
}

/** The Frame (for evaluate and axe) of the iframe matching `selector` in `page`. */
export async function frameOf(page: Page, selector = `#${FRAME_ID}`): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${selector}`);
  return frame;
}

/**
 * Opens examples/try.html on `origin` (the host origin by default): like examples/iframe.html,
 * but its iframe loads the widget's index.html with try.html's own query string, `query`, to
 * test the parameters. (A page made up by the test through page.route would not do: Chromium's
 * local network access checks block a made-up page's iframe of 127.0.0.1.)
 */
export async function openTestHost(page: Page, query: string, opts: { origin?: string } = {}): Promise<Scope> {
  await page.goto(`${opts.origin ?? HOST_ORIGIN}/try.html?${query}`);
  return page.frameLocator(`#${FRAME_ID}`);
}

/** The heading levels (1-6) inside `section`, in document order. */
export async function headingLevels(section: Locator): Promise<number[]> {
  return section
    .locator("h1, h2, h3, h4, h5, h6")
    .evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
}
