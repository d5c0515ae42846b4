// Shared fixture and helpers for the browser specs.
//
// Every test uses `test` from this file: its `guard` fixture (automatic) fails the test on any
// console error, any uncaught page error, and any request to an origin other than the test
// server's, in every page of the test's browser context.
import { test as base, expect, type Locator, type Page, type BrowserContext } from "@playwright/test";

export { expect };

export const ORIGIN = "http://127.0.0.1:4173";
export const BASE_PATH = "/outils/autodiagnostic/";
export const BASE_URL = `${ORIGIN}${BASE_PATH}`;

export type Lang = "fr" | "en";
export type Answer = "never" | "rarely" | "often" | "always" | "unknown";
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

/** Requests that do not go to the network (no origin) are allowed: data: and blob: URLs. */
function isForeign(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:")) return false;
  try {
    return new URL(url).origin !== ORIGIN;
  } catch {
    return true;
  }
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

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context }, use) => {
      const guard: Guard = { requests: [], errors: [] };
      watch(context, guard);
      // A foreign request is recorded (and fails the test below) but never leaves the machine.
      await context.route(
        (url) => isForeign(url.href),
        (route) => route.abort("blockedbyclient"),
      );
      await use(guard);
      const foreign = guard.requests.filter(isForeign);
      expect(foreign, `requests to origins other than ${ORIGIN}`).toEqual([]);
      expect(guard.errors, "console errors / uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
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

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and expects no violation. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
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
