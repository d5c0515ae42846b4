// Embedding in Firefox ESR, on the example host pages served on another origin (127.0.0.1:4174):
//   - examples/iframe.html (as tests/browser/embed-iframe.spec.ts): "ready" once, the iframe's
//     height follows the content through resize messages (taller on step 1, shorter again on the
//     intro), and "completed" carries the scores shown in the frame; axe-core in the frame;
//   - examples/element.html (as embed-element.spec.ts): two <problemes-imaginaires> elements under
//     hostile host CSS, one completed by clicks inside its shadow root, the other untouched, each
//     restoring its own progress after a reload.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  launchFirefox, makeGuard, visible, click, count, until, completeIn, expectResults, readResults, scopeOf, sel,
  expectNoAxeViolations, stepCss, actionCss, RESULTS_CSS, PROBLEMS, ORIGIN, HOST_ORIGIN, FRAME_ID, FIRST,
  FIRST_RESULTS,
} from "./firefox.mjs";

let browser;
before(async () => {
  browser = await launchFirefox();
});
after(async () => {
  await browser?.close();
});

const ALLOWED = [ORIGIN, HOST_ORIGIN];

/**
 * Records every message the host page's top window receives, from its first script on, apart from
 * the example's own code (as recordMessages in tests/browser/helpers.ts): window.__received.
 */
function recordMessages() {
  if (window.top !== window) return;
  window.__received = [];
  window.addEventListener(
    "message",
    (event) => {
      const frame = Array.from(document.querySelectorAll("iframe")).find((f) => f.contentWindow === event.source);
      let data;
      try {
        data = JSON.parse(JSON.stringify(event.data));
      } catch {
        data = String(event.data);
      }
      window.__received.push({ origin: event.origin, frame: frame ? frame.id : null, data });
    },
    true,
  );
}

/** The widget's messages of `type` received so far by the host page. */
async function messages(page, type) {
  return page.evaluate((t) => (window.__received ?? []).filter((m) => m.data?.type === `problemes-imaginaires:${t}`), type);
}

/**
 * Waits until the iframe is as tall as the last resize message says, that height is above
 * `above` and below `below` (px), and the widget's content fits the frame (nothing scrolls inside
 * it); returns that height.
 */
async function frameHeight(page, frame, what, { above = 0, below = null } = {}) {
  await until(
    page,
    what,
    (id, min, max) => {
      const resized = (window.__received ?? []).filter((m) => m.data?.type === "problemes-imaginaires:resize");
      if (resized.length === 0) return false;
      const last = resized[resized.length - 1].data.height;
      const rendered = document.getElementById(id).getBoundingClientRect().height;
      return rendered === last && last > min && (max === null || last < max);
    },
    FRAME_ID,
    above,
    below,
  );
  const fits = await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
  assert.ok(fits, `${what}: the widget's content fits the iframe`);
  const resized = await messages(page, "resize");
  return resized[resized.length - 1].data.height;
}

test("the iframe: ready once, its height follows the content, and completed carries the scores shown", async () => {
  const guard = makeGuard(ALLOWED);
  const context = await browser.createBrowserContext();
  try {
    const page = await guard.newPage(context);
    await page.evaluateOnNewDocument(recordMessages);
    await page.goto(`${HOST_ORIGIN}/iframe.html`);
    const frameHandle = await page.waitForSelector(`#${FRAME_ID}`);
    const frame = await frameHandle.contentFrame();
    assert.ok(frame, "the iframe has a frame");
    const scope = scopeOf(frame);
    await visible(scope, actionCss("start"), "the intro inside the iframe");

    await until(page, "one ready message", () => (window.__received ?? []).some((m) => m.data?.type === "problemes-imaginaires:ready"));
    const [ready, ...more] = await messages(page, "ready");
    assert.equal(more.length, 0, "ready is sent once");
    assert.equal(ready.origin, ORIGIN, "ready: from the widget's origin");
    assert.equal(ready.frame, FRAME_ID, "ready: from the iframe's window");
    assert.deepEqual(ready.data, { type: "problemes-imaginaires:ready", v: 1 });

    const intro = await frameHeight(page, frame, "the intro's height", { above: 150 });
    await expectNoAxeViolations(frame, "the intro inside the iframe");

    // Step 1 (eight questions) is longer than the intro: the iframe grows…
    await click(scope, actionCss("start"));
    await visible(scope, stepCss(PROBLEMS[0]), "step 1 inside the iframe");
    const step1 = await frameHeight(page, frame, "step 1 taller than the intro", { above: intro });
    // … and shrinks again back on the intro.
    await click(scope, actionCss("previous"));
    await visible(scope, actionCss("start"), "the intro again");
    await frameHeight(page, frame, "the intro shorter than step 1", { below: step1 });

    // Every resize message is well formed: {type, v: 1, height}, a positive multiple of 16 px.
    for (const message of await messages(page, "resize")) {
      assert.equal(message.origin, ORIGIN);
      assert.equal(message.frame, FRAME_ID);
      assert.deepEqual(Object.keys(message.data).sort(), ["height", "type", "v"]);
      assert.equal(message.data.v, 1);
      assert.ok(Number.isInteger(message.data.height) && message.data.height > 0 && message.data.height % 16 === 0,
        `resize height ${message.data.height} is a positive multiple of 16`);
    }

    // The whole assessment inside the frame; the host gets the scores shown, once.
    await completeIn(scope, FIRST);
    await expectResults(scope, FIRST_RESULTS, "the results inside the iframe");
    await until(page, "one completed message", () => (window.__received ?? []).some((m) => m.data?.type === "problemes-imaginaires:completed"));
    const completed = await messages(page, "completed");
    assert.equal(completed.length, 1);
    assert.equal(completed[0].origin, ORIGIN);
    assert.deepEqual(Object.keys(completed[0].data).sort(), ["problems", "type", "v"]);
    const shown = await readResults(scope, RESULTS_CSS);
    assert.deepEqual(
      completed[0].data.problems,
      PROBLEMS.map((id) => ({ id, score: shown[id][0] === "" ? null : shown[id][0], band: shown[id][1] })),
    );
    await frameHeight(page, frame, "the results' height", { above: step1 });
    await visible(scopeOf(page), '#pi-events li[data-event="completed"]', "the example lists the completed event");
    guard.check();
  } finally {
    await context.close();
  }
});

const RED = "rgb(255, 0, 0)";

/** Computed colour, font size and display of the first element matching `css` in `scope`. */
async function styleOf(scope, css) {
  const handle = await scope.frame.waitForSelector(sel(scope, css));
  return handle.evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, fontSize: style.fontSize, display: style.display };
  });
}

test("the element: hostile host CSS stays out, one element is completed, the other keeps its own state", async () => {
  const guard = makeGuard(ALLOWED);
  const context = await browser.createBrowserContext();
  try {
    const page = await guard.newPage(context);
    await page.goto(`${HOST_ORIGIN}/element.html`);
    const a = scopeOf(page, "problemes-imaginaires#a");
    const b = scopeOf(page, "problemes-imaginaires#b");
    await visible(a, actionCss("start"), "element a's start button");
    await visible(b, actionCss("start"), "element b's start button");
    for (const [name, el] of [["a", a], ["b", b]]) {
      assert.equal(await page.$eval(`problemes-imaginaires#${name}`, (host) => host.shadowRoot?.mode ?? null), "open");
      for (const css of ["p", actionCss("start")]) {
        const style = await styleOf(el, css);
        assert.notEqual(style.color, RED, `#${name} ${css}: not the host's red`);
        assert.notEqual(style.fontSize, "40px", `#${name} ${css}: not the host's 40px`);
      }
      const button = await styleOf(el, actionCss("start"));
      assert.notEqual(button.display, "none", `#${name}: the start button is not hidden by the host's button rule`);
    }
    assert.equal(await page.$eval(sel(a, actionCss("start")), (el) => el.textContent.trim()), "Commencer");
    assert.equal(await page.$eval(sel(b, actionCss("start")), (el) => el.textContent.trim()), "Start");
    // The host's own text keeps the host's style.
    const host = await page.$eval("#host-text", (el) => getComputedStyle(el).color);
    assert.equal(host, RED);

    await completeIn(a, FIRST);
    await expectResults(a, FIRST_RESULTS, "element a's results");
    assert.equal(await count(b, 'section[data-step="problem"]'), 0, "b is still on its intro");
    // b: one answer, then a reload; each element comes back as it was.
    await click(b, actionCss("start"));
    await visible(b, stepCss(PROBLEMS[0]), "b's step 1");
    await click(b, `label[for="${await page.$eval(sel(b, 'input[name="A1"][value="never"]'), (el) => el.id)}"]`);
    await until(page, "b's A1 saved", () => Object.entries(localStorage).some(([, v]) => v.includes('"answers":"1000')));
    await page.reload();
    await visible(a, RESULTS_CSS, "a back on its results");
    await expectResults(a, FIRST_RESULTS, "element a's results after a reload");
    await visible(b, stepCss(PROBLEMS[0]), "b back on step 1");
    assert.equal(await page.$eval(sel(b, 'input[name="A1"][value="never"]'), (el) => el.checked), true);
    assert.equal(await count(b, 'input[type="radio"]:checked'), 1, "b: exactly its one answer");
    assert.equal(await page.$eval(sel(b, actionCss("next")), (el) => el.textContent.trim()), "Next");
    await expectNoAxeViolations(page, "the host page with both elements");
    guard.check();
  } finally {
    await context.close();
  }
});
