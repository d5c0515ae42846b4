// What every Firefox ESR test shares: launching Debian's firefox-esr through puppeteer-core over
// WebDriver BiDi (never a downloaded browser), the guard that fails a test on console errors,
// uncaught page errors and requests to other origins, and the app's selectors and paths, which
// mirror tests/browser/helpers.ts (the Chromium suite's contract) so both suites test one thing.
//
// Waiting is always on the page's state (a selector, a condition checked at each animation
// frame or DOM change), never on a fixed delay.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);

export const FIREFOX = process.env.PI_FIREFOX ?? "/usr/bin/firefox-esr";

// The servers started by run.mjs (the same ones as tests/browser/playwright.config.ts).
export const ORIGIN = "http://127.0.0.1:4173";
export const BASE_PATH = "/outils/autodiagnostic/";
export const BASE_URL = `${ORIGIN}${BASE_PATH}`;
export const HOST_ORIGIN = "http://127.0.0.1:4174";
export const FRAME_ID = "problemes-imaginaires";

/** How long a condition may take to become true before the test fails. */
export const WAIT_MS = 15_000;

// ---------------------------------------------------------------------------------------------
// The bank (version 1), as in tests/browser/helpers.ts.

export const PROBLEMS = ["validation-loop", "political-crisis", "security-panic", "more-than-perfect"];
const POLARITIES = ["symptom", "practice"];
/** Question ids per problem: A1…A8, B1…B8, C1…C8, D1…D8; odd numbers are symptoms. */
export const QUESTIONS = Object.fromEntries(
  PROBLEMS.map((problem, p) => [
    problem,
    Array.from({ length: 8 }, (_, i) => [`${"ABCD"[p]}${i + 1}`, POLARITIES[i % 2]]),
  ]),
);
export const QUESTION_IDS = PROBLEMS.flatMap((p) => QUESTIONS[p].map(([id]) => id));
export const POLARITY = Object.fromEntries(PROBLEMS.flatMap((p) => QUESTIONS[p]));
export const ANSWERS = ["never", "rarely", "often", "always", "unknown"];

export const TEXT = {
  title: "Problèmes imaginaires",
  next: "Suivant",
  seeResults: "Voir les résultats",
  step: (n) => `Étape ${n} sur 5`,
};

/**
 * FIRST of tests/browser/helpers.ts: validation-loop all "often" (5.0 watch), political-crisis
 * best (10.0 under control), security-panic all "rarely" (5.0 watch), more-than-perfect best
 * but D3 "always" (8.8 under control).
 */
export const FIRST = Object.fromEntries(
  QUESTION_IDS.map((id) => {
    const best = POLARITY[id] === "symptom" ? "never" : "always";
    if (id.startsWith("A")) return [id, "often"];
    if (id.startsWith("C")) return [id, "rarely"];
    if (id === "D3") return [id, "always"];
    return [id, best];
  }),
);
export const FIRST_RESULTS = {
  "validation-loop": { score: "5.0", band: "watch" },
  "political-crisis": { score: "10.0", band: "under-control" },
  "security-panic": { score: "5.0", band: "watch" },
  "more-than-perfect": { score: "8.8", band: "under-control" },
};
/** SECOND of tests/browser/helpers.ts. */
export const SECOND = { ...FIRST, A1: "never", A2: "always", B3: "always", D1: "always", D3: "never" };

// ---------------------------------------------------------------------------------------------
// The browser and the guard.

/**
 * Launches firefox-esr headless with a new temporary profile (puppeteer makes one per launch and
 * deletes it on close), French first, as the Chromium suite's locale fr-FR: the app picks its
 * language from navigator.language.
 */
export async function launchFirefox() {
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    protocol: "webDriverBiDi",
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    extraPrefsFirefox: {
      "intl.accept_languages": "fr-FR, fr",
      // Nothing of Firefox's own leaves the machine (the netns and the CI have no network anyway).
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "browser.safebrowsing.update.enabled": false,
    },
  });
}

/** Whether `url` goes to an origin outside `allowed` (data: and blob: never do; file: only if allowed). */
export function isForeign(url, allowed) {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return false;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "file:") return !allowed.includes("file:");
    return !allowed.includes(parsed.origin);
  } catch {
    return true;
  }
}

/**
 * One test's guard: every page opened through `guard.newPage` records its console errors,
 * uncaught errors and requests; `guard.check()` fails the test on any error or any request to an
 * origin outside `allowed` (by default the widget's server only).
 */
export function makeGuard(allowed = [ORIGIN]) {
  const requests = [];
  const errors = [];
  const watch = (page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught page error: ${error?.stack ?? error}`));
    page.on("request", (request) => requests.push(request.url()));
    return page;
  };
  return {
    requests,
    errors,
    /** A new page of `target` (the browser's default context, or another context), watched. */
    async newPage(target) {
      return watch(await target.newPage());
    },
    check() {
      const foreign = requests.filter((url) => isForeign(url, allowed)).map((url) => url.slice(0, 120));
      assert.deepEqual(foreign, [], `requests to origins other than ${allowed.join(", ")}`);
      assert.deepEqual(errors, [], "console errors / uncaught page errors");
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Scopes: the page, an iframe's Frame, or an element's shadow root (deep selectors, `>>>`).

/**
 * Where the app is: `{ frame, prefix }`; `frame` is a Page or Frame, `prefix` is "" or a deep
 * selector prefix such as `problemes-imaginaires#a >>> ` (puppeteer pierces open shadow roots).
 */
export const scopeOf = (frame, host = null) => ({ frame, prefix: host ? `${host} >>> ` : "" });
export const sel = (scope, css) => `${scope.prefix}${css}`;

export const stepCss = (problem) => `section[data-step="problem"][data-problem-step="${problem}"]`;
export const RESULTS_CSS = 'section[data-step="results"]';
export const actionCss = (name) => `button[data-action="${name}"]`;
export const radioCss = (question, value) => `input[type="radio"][name="${question}"][value="${value}"]`;

/** Waits until `css` matches a visible element in `scope`; returns its handle. */
export async function visible(scope, css, what = css) {
  try {
    return await scope.frame.waitForSelector(sel(scope, css), { visible: true, timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`${what}: no visible ${sel(scope, css)} after ${WAIT_MS} ms (${error.message})`);
  }
}

/** Waits until nothing in `scope` matches `css`. */
export async function gone(scope, css, what = css) {
  try {
    await scope.frame.waitForSelector(sel(scope, css), { hidden: true, timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`${what}: ${sel(scope, css)} still there after ${WAIT_MS} ms (${error.message})`);
  }
}

/** How many elements of `scope` match `css` now. */
export async function count(scope, css) {
  return (await scope.frame.$$(sel(scope, css))).length;
}

/** Clicks the element matching `css` once it is visible, enabled and still (puppeteer's locator). */
export async function click(scope, css) {
  await scope.frame.locator(sel(scope, css)).setTimeout(WAIT_MS).click();
}

/** The attribute `name` of the one element matching `css` (waits for it). */
export async function attr(scope, css, name) {
  const handle = await visible(scope, css);
  return handle.evaluate((el, n) => el.getAttribute(n), name);
}

/** The text of the one element matching `css` (waits for it), trimmed. */
export async function text(scope, css) {
  const handle = await visible(scope, css);
  return (await handle.evaluate((el) => el.textContent ?? "")).trim();
}

/** Waits until `fn(...args)`, evaluated in the page at each animation frame, is truthy. */
export async function until(frame, what, fn, ...args) {
  try {
    return await frame.waitForFunction(fn, { timeout: WAIT_MS }, ...args);
  } catch (error) {
    throw new Error(`${what}: not true after ${WAIT_MS} ms (${error.message})`);
  }
}

// ---------------------------------------------------------------------------------------------
// The app, by clicks (the keyboard test drives its own keys).

/** Opens the app's page (with `hash`, if any) and waits for the intro. */
export async function openApp(page, hash = "") {
  await page.goto(`${BASE_URL}${hash}`);
  await visible(scopeOf(page), actionCss("start"), "the intro's start button");
}

/** Answers one question by clicking the radio's <label for>, and checks it is checked. */
export async function answerIn(scope, question, value) {
  const input = await visible(scope, radioCss(question, value), `radio ${question}=${value}`);
  const id = await input.evaluate((el) => el.id);
  assert.ok(id, `radio ${question}=${value} has an id for its <label for>`);
  await click(scope, `label[for="${id}"]`);
  await until(scope.frame, `${question}=${value} checked`, (el) => el.checked, input);
}

/** From the first step shown in `scope`, answers every step with `pattern` and goes to the results. */
export async function fillIn(scope, pattern) {
  for (const [at, problem] of PROBLEMS.entries()) {
    await visible(scope, stepCss(problem), `step ${problem}`);
    for (const [question] of QUESTIONS[problem]) {
      if (pattern[question]) await answerIn(scope, question, pattern[question]);
    }
    await click(scope, actionCss("next"));
    if (at + 1 < PROBLEMS.length) await visible(scope, stepCss(PROBLEMS[at + 1]), `step ${PROBLEMS[at + 1]}`);
  }
  await visible(scope, RESULTS_CSS, "the results");
}

/** From the intro in `scope`: start, then answer everything with `pattern`; ends on the results. */
export async function completeIn(scope, pattern) {
  await click(scope, actionCss("start"));
  await visible(scope, stepCss(PROBLEMS[0]), "step 1");
  await fillIn(scope, pattern);
}

/** Checks that the results in `scope` show each problem's expected score and band. */
export async function expectResults(scope, expected, what = "results") {
  for (const problem of PROBLEMS) {
    const { score, band } = expected[problem];
    const css = `${RESULTS_CSS} [data-problem="${problem}"]`;
    assert.equal(await count(scope, css), 1, `${what}: one result for ${problem}`);
    assert.equal(await attr(scope, css, "data-score"), score, `${what}: ${problem} data-score`);
    assert.equal(await attr(scope, css, "data-band"), band, `${what}: ${problem} data-band`);
  }
}

/** Each problem's and the overall profile's data-score and data-band shown under `css` in `scope`. */
export async function readResults(scope, css) {
  const out = {};
  for (const problem of PROBLEMS) {
    const item = `${css} [data-problem="${problem}"]`;
    out[problem] = [await attr(scope, item, "data-score"), await attr(scope, item, "data-band")];
  }
  out.overall = [await attr(scope, `${css} [data-overall]`, "data-score"), await attr(scope, `${css} [data-overall]`, "data-band")];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Keyboard.

/** Presses Tab (or Shift+Tab) until the focused element matches `css` (in the top document). */
export async function tabTo(page, css, { back = false, max = 40 } = {}) {
  for (let i = 0; i < max; i++) {
    if (back) await page.keyboard.down("Shift");
    await page.keyboard.press("Tab");
    if (back) await page.keyboard.up("Shift");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, css)) return;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? "none");
  throw new Error(`${back ? "Shift+Tab" : "Tab"} x${max} never reached ${css}; focus is on ${focused}`);
}

/** Waits until the focused element of the top document matches `css`. */
export async function expectFocused(page, css, what = css) {
  await until(page, `${what} has focus`, (s) => document.activeElement?.matches(s) ?? false, css);
}

// ---------------------------------------------------------------------------------------------
// axe-core.

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA, as helpers.ts) in `frame` (a Page or an iframe's Frame)
 * and fails with the violations listed. axe's source is evaluated through WebDriver BiDi, like a
 * devtools snippet, so the page's Content-Security-Policy does not need to allow it.
 */
export async function expectNoAxeViolations(frame, what) {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.html.slice(0, 160)}\n      ${n.failureSummary ?? ""}`),
    }));
  });
  const report = violations
    .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join("\n    ")}`)
    .join("\n");
  assert.equal(violations.length, 0, `axe-core violations in Firefox on ${what}:\n${report}`);
}
