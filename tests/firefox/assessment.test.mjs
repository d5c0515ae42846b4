// The assessment page in Firefox ESR: the whole questionnaire with the keyboard alone (as
// tests/browser/keyboard.spec.ts), results kept over a reload (as resume.spec.ts), and a share
// link opened in a fresh profile (as share.spec.ts).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  launchFirefox, makeGuard, openApp, completeIn, expectResults, readResults, tabTo, expectFocused, visible, gone,
  count, text, click, until, scopeOf, stepCss, actionCss, radioCss, RESULTS_CSS, PROBLEMS, QUESTIONS,
  ANSWERS, TEXT, BASE_URL, ORIGIN, SECOND, isForeign,
} from "./firefox.mjs";

let browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

// On every step the i-th question (0-based) gets ANSWERS[PICK[i]], as in keyboard.spec.ts:
const PICK = [0, 1, 2, 3, 4, 0, 1, 2]; // never, rarely, often, always, don't know, never, rarely, often

test("the whole questionnaire can be completed with the keyboard alone", async () => {
  const guard = makeGuard();
  const context = await browser.createBrowserContext();
  try {
    const page = await guard.newPage(context);
    const scope = scopeOf(page);
    await openApp(page);
    assert.equal(await text(scope, "h1"), TEXT.title);

    // Intro: Tab to the start button, Enter.
    await tabTo(page, actionCss("start"));
    await page.keyboard.press("Enter");

    for (const [stepIndex, problem] of PROBLEMS.entries()) {
      const step = stepCss(problem);
      await visible(scope, step, `step ${problem}`);
      await expectFocused(page, `${step} h2`, `the heading of step ${problem}`);
      assert.match(await text(scope, `${step} .stepper__state`), new RegExp(TEXT.step(stepIndex + 1)));

      for (const [i, [question]] of QUESTIONS[problem].entries()) {
        await tabTo(page, `input[type="radio"][name="${question}"]`);
        // Tabbing into a group with nothing checked focuses its first radio ("never").
        await expectFocused(page, radioCss(question, "never"));
        if (PICK[i] === 0) await page.keyboard.press(" "); // Space
        // Each ArrowDown moves focus to the next radio of the group and checks it.
        else for (let k = 0; k < PICK[i]; k++) await page.keyboard.press("ArrowDown");
        await until(page, `${question}=${ANSWERS[PICK[i]]} checked`, (css) => document.querySelector(css)?.checked, radioCss(question, ANSWERS[PICK[i]]));
        assert.equal(await count(scope, `${step} input[name="${question}"]:checked`), 1, `${question}: one answer`);
      }

      if (problem === "political-crisis") {
        // Change one's mind with Shift+Tab: from the next button, back into the last group (focus
        // lands on its checked radio), ArrowUp once: B8 "often" -> "rarely". (Shift+Tab from B8
        // itself would go round the whole page and, in Firefox, through the browser's own toolbar,
        // after which the page no longer has the keyboard.)
        await tabTo(page, actionCss("next"));
        await tabTo(page, 'input[type="radio"][name="B8"]', { back: true });
        await expectFocused(page, radioCss("B8", "often"));
        await page.keyboard.press("ArrowUp");
        await until(page, "B8=rarely checked", (css) => document.querySelector(css)?.checked, radioCss("B8", "rarely"));
      }

      await tabTo(page, actionCss("next"));
      if (stepIndex === PROBLEMS.length - 1) assert.equal(await text(scope, actionCss("next")), TEXT.seeResults);
      await page.keyboard.press("Enter");
    }

    await visible(scope, RESULTS_CSS, "the results");
    await expectFocused(page, `${RESULTS_CSS} h2`, "the results' heading");
    assert.match(await text(scope, `${RESULTS_CSS} .stepper__state`), new RegExp(TEXT.step(5)));
    // 12 points / (3 x 7 scored) = 5.7 on each step; political-crisis with B8 rarely: 11 / 21 = 5.2.
    await expectResults(scope, {
      "validation-loop": { score: "5.7", band: "watch" },
      "political-crisis": { score: "5.2", band: "watch" },
      "security-panic": { score: "5.7", band: "watch" },
      "more-than-perfect": { score: "5.7", band: "watch" },
    });
    guard.check();
  } finally {
    await context.close();
  }
});

test("the results come back over a reload; their share link opens them read-only in a fresh profile, and no request carries the code", async () => {
  const guard = makeGuard();
  const sharerContext = await browser.createBrowserContext();
  // A second Firefox, with its own new profile: another person's browser.
  const otherBrowser = await launchFirefox();
  try {
    const sharer = await guard.newPage(sharerContext);
    const scope = scopeOf(sharer);
    await openApp(sharer);
    await completeIn(scope, SECOND);
    const share = `${RESULTS_CSS} [data-section="share"]`;
    await visible(scope, share, "the share section");
    const code = await text(scope, `${share} [data-answer-code]`);
    assert.match(code, /^PI1\.[A-Za-z0-9_-]{34}$/);
    const link = await (await visible(scope, `${share} input[data-share-link]`)).evaluate((input) => input.value);
    assert.equal(link, `${BASE_URL}#r=${code}`);
    const original = await readResults(scope, RESULTS_CSS);
    // The sharer's results come back over a reload (local storage in Firefox).
    await until(sharer, "the results saved", () => window.localStorage.getItem("problemes-imaginaires:v1")?.includes('"step":"results"'));
    await sharer.reload();
    await visible(scope, RESULTS_CSS, "the results after a reload");
    assert.deepEqual(await readResults(scope, RESULTS_CSS), original, "the same results after a reload");

    const visitor = await guard.newPage(otherBrowser);
    const seen = scopeOf(visitor);
    await visitor.goto(link);
    const shared = 'section[data-step="shared"]';
    await visible(seen, shared, "the shared results");
    assert.equal(await count(seen, 'section[data-step="intro"], section[data-step="results"]'), 0);
    assert.deepEqual(await readResults(seen, shared), original, "the visitor sees the sharer's scores and bands");
    // Viewing someone's results keeps nothing on the visitor's device.
    assert.equal(await visitor.evaluate(() => window.localStorage.getItem("problemes-imaginaires:v1")), null);

    // Taking it oneself: the intro, and the fragment is gone from the address.
    await click(seen, actionCss("take-it"));
    await visible(seen, actionCss("start"), "the intro");
    await gone(seen, shared);
    assert.equal(visitor.url(), BASE_URL);

    assert.ok(guard.requests.length > 0, "some requests were seen");
    // Firefox's WebDriver BiDi reports a navigation's URL with its fragment, which HTTP never
    // sends: what reaches the server is the URL up to the "#".
    const sent = guard.requests.map((url) => url.split("#")[0]);
    const leaking = sent.filter((url) => url.includes("PI1.") || url.includes("r=PI"));
    assert.deepEqual(leaking, [], "request URLs carrying the answer code");
    const elsewhere = sent.filter((url) => isForeign(url, [ORIGIN])).map((url) => url.slice(0, 80));
    assert.deepEqual(elsewhere, [], "every request went to the widget's server");
    guard.check();
  } finally {
    await otherBrowser.close();
    await sharerContext.close();
  }
});
