// The team view in Firefox ESR (as tests/browser/team-collect.spec.ts): three people complete the
// assessment in three separate browser contexts and copy their share links; the facilitator
// pastes the three together into equipe/, which shows per-problem medians and spreads equal to
// the values computed here by hand; axe-core finds no violation on the view.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  launchFirefox, makeGuard, openApp, completeIn, visible, attr, count, click, text, expectNoAxeViolations, scopeOf,
  RESULTS_CSS, PROBLEMS, QUESTIONS, QUESTION_IDS, POLARITY, BASE_URL,
} from "./firefox.mjs";

let browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

const best = (id) => (POLARITY[id] === "symptom" ? "never" : "always");
const worst = (id) => (POLARITY[id] === "symptom" ? "always" : "never");

// The three people of team-collect.spec.ts.
const ALICE = Object.fromEntries(QUESTION_IDS.map((id) => [id, "often"]));
const BOB = { ...Object.fromEntries(QUESTION_IDS.map((id) => [id, best(id)])), A1: "always", B3: "often", C2: "rarely" };
const CAROL = Object.fromEntries(
  QUESTION_IDS.map((id, at) => {
    if (id.startsWith("A")) return [id, worst(id)];
    if (id.startsWith("B")) return [id, "rarely"];
    if (id.startsWith("C")) return [id, at % 2 === 0 ? "unknown" : best(id)];
    return [id, id === "D8" ? null : "always"];
  }),
);

const VALUE = { never: 0, rarely: 1, often: 2, always: 3 };

/** A problem's health score in tenths as README.md defines it (null when nothing is scored). */
function scoreTenths(pattern, problem) {
  let points = 0;
  let scored = 0;
  for (const [id] of QUESTIONS[problem]) {
    const answer = pattern[id];
    if (!answer || answer === "unknown") continue;
    points += POLARITY[id] === "symptom" ? 3 - VALUE[answer] : VALUE[answer];
    scored += 1;
  }
  // round(100 p / 3n) half up = floor((200 p + 3n) / 6n)
  return scored === 0 ? null : Math.floor((200 * points + 3 * scored) / (6 * scored));
}

/** Median of sorted tenths, in half-tenths. */
const medianHalf = (s) => (s.length % 2 === 1 ? 2 * s[(s.length - 1) / 2] : s[s.length / 2 - 1] + s[s.length / 2]);
/** Half-tenths as displayed: rounded half up to one decimal. */
const show = (half) => {
  const t = Math.ceil(half / 2);
  return `${Math.floor(t / 10)}.${t % 10}`;
};

/** Count, min, Tukey's hinges (docs/team-format.md), max and the median's band, as team-helpers.ts. */
function expectedStats(patterns, problem) {
  const scores = patterns.map((p) => scoreTenths(p, problem)).filter((s) => s !== null).sort((a, b) => a - b);
  const n = scores.length;
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

test("three people's links pasted into the team view give the medians and spreads computed by hand", async () => {
  const guard = makeGuard();
  const contexts = [];
  try {
    const links = [];
    for (const pattern of [ALICE, BOB, CAROL]) {
      const context = await browser.createBrowserContext();
      contexts.push(context);
      const person = await guard.newPage(context);
      const scope = scopeOf(person);
      await openApp(person);
      await completeIn(scope, pattern);
      const share = `${RESULTS_CSS} [data-section="share"]`;
      const code = await text(scope, `${share} [data-answer-code]`);
      const link = await (await visible(scope, `${share} input[data-share-link]`)).evaluate((input) => input.value);
      assert.equal(link, `${BASE_URL}#r=${code}`);
      links.push(link);
    }

    const context = await browser.createBrowserContext();
    contexts.push(context);
    const page = await guard.newPage(context);
    const scope = scopeOf(page);
    await page.goto(`${BASE_URL}equipe/`);
    const input = await visible(scope, "textarea[data-team-input]", "the team view's paste area");
    // Typed into the paste area: the three links, one per line (Enter between them).
    await input.click();
    await page.keyboard.type(links.join("\n"));
    await click(scope, 'button[data-action="add-codes"]');
    await visible(scope, '[data-accepted="3"]', "three codes accepted");
    assert.equal(await attr(scope, "[data-duplicates]", "data-duplicates"), "0");
    assert.equal(await count(scope, "li[data-rejected-line]"), 0, "no refused line");
    for (const problem of PROBLEMS) {
      const expected = expectedStats([ALICE, BOB, CAROL], problem);
      const row = `[data-team-problem="${problem}"]`;
      assert.equal(await count(scope, row), 1, `one row for ${problem}`);
      for (const key of Object.keys(expected)) {
        assert.equal(await attr(scope, row, `data-${key}`), expected[key], `${problem}: data-${key}`);
      }
    }
    // D8 was left unanswered by Carol: two answers, below k = 3, so its distribution is hidden.
    assert.equal(await count(scope, "[data-distribution]"), 31);
    assert.equal(await count(scope, "[data-distribution='D8']"), 0);
    // No code or link is repeated on the page.
    assert.ok(!(await page.evaluate(() => document.body.textContent ?? "")).includes("PI1."), "no code on the page");

    await expectNoAxeViolations(page, "the team view with three codes");
    guard.check();
  } finally {
    for (const context of contexts) await context.close();
  }
});
