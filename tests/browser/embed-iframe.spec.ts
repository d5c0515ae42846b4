// The widget in an iframe across origins (issue 4): examples/iframe.html, served on
// 127.0.0.1:4174, embeds the widget served from 127.0.0.1:4173 with
// ?embed=1&lang=fr&origin=http://127.0.0.1:4174&events=completed.
//   - "ready" arrives once; the iframe's height follows the content through versioned resize
//     messages quantised to 16 px (examples/host.js sets it), also after moving to a longer step;
//   - "completed" carries the four problems' scores and bands only, and arrives only when the
//     host opted in with events=completed AND origin=<its exact origin>: the same page served on
//     a third origin (4175) receives nothing, and without events=completed (or without origin)
//     no completed event is sent;
//   - the parameters: compact layout, lang, theme, heading level, narrow columns.
// Messages are recorded in the host's top window by an init script (recordMessages), apart from
// the example's own code; the example's visible event list is checked too.
import {
  test, expect, recordMessages, widgetMessages, received, settledFrameHeight, expectFrameFits, completeIn,
  startIn, fillIn, stepIn, resultsIn, actionIn, langButtonIn, readScores, readBands, openTestHost, headingLevels,
  EMBED_ORIGINS, WIDGET_ORIGIN, HOST_ORIGIN, THIRD_ORIGIN, FRAME_ID, PROBLEMS, BASE_URL,
  type Pattern, type Scope,
} from "./helpers";
import type { Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

const FRAME = `#${FRAME_ID}`;

// The mixed pattern of scores.spec.ts: 6.7 watch, 7.9 watch, no score (none), 1.3 strong.
const MIXED: Pattern = {
  A1: "often", A2: "rarely", A3: null, A4: "often", A5: "never", A6: "unknown", A7: "rarely", A8: "always",
  B1: "never", B2: "always", B3: "rarely", B4: "often", B5: "never", B6: "always", B7: "rarely", B8: "rarely",
  C1: "unknown", C2: "unknown", C3: "unknown", C4: "unknown", C5: "unknown", C6: "unknown", C7: "unknown", C8: "unknown",
  D1: "always", D2: "never", D3: "always", D4: "rarely", D5: "often", D6: "rarely", D7: "always", D8: "never",
};
const MIXED_PROBLEMS = [
  { id: "validation-loop", score: "6.7", band: "watch" },
  { id: "political-crisis", score: "7.9", band: "watch" },
  { id: "security-panic", score: null, band: "none" },
  { id: "more-than-perfect", score: "1.3", band: "strong" },
];

/** Time left to a message that should not come before concluding it did not. */
const GRACE_MS = 1_500;

/** Opens examples/iframe.html on `origin` and waits for the widget's intro inside the iframe. */
async function openExample(page: Page, origin: string): Promise<Scope> {
  await recordMessages(page);
  await page.goto(`${origin}/iframe.html`);
  const frame = page.frameLocator(FRAME);
  await expect(actionIn(frame, "start")).toBeVisible();
  return frame;
}

test("ready arrives once, and the iframe's height follows the content (a longer step, then a shorter one)", async ({
  page,
}) => {
  const frame = await openExample(page, HOST_ORIGIN);

  await expect.poll(async () => (await widgetMessages(page, "ready")).length, { message: "one ready message" }).toBe(1);
  const [ready] = await widgetMessages(page, "ready");
  expect(ready.origin, "ready: from the widget's origin").toBe(WIDGET_ORIGIN);
  expect(ready.frame, "ready: from the iframe's window").toBe(FRAME_ID);
  expect(ready.data).toEqual({ type: "problemes-imaginaires:ready", v: 1 });
  await expect(page.locator('#pi-events li[data-event="ready"]'), "the example lists the ready event").toHaveCount(1);

  // The intro: the iframe is as tall as the last message says, and the content fits it.
  const intro = await settledFrameHeight(page);
  expect(intro, "a real height, more than the iframe's default 150 px").toBeGreaterThan(150);
  await expectFrameFits(frame);

  // Step 1 (eight questions) is longer than the intro: the iframe grows.
  await startIn(frame);
  const step1 = await settledFrameHeight(page);
  expect(step1, `step 1 (${step1} px) is taller than the intro (${intro} px)`).toBeGreaterThan(intro);
  await expectFrameFits(frame);

  // Back to the shorter intro: the iframe shrinks again (the height is the content's, not the frame's).
  await actionIn(frame, "previous").click();
  await expect(actionIn(frame, "start")).toBeVisible();
  const back = await settledFrameHeight(page);
  expect(back, `the intro again (${back} px) is shorter than step 1 (${step1} px)`).toBeLessThan(step1);
  await expectFrameFits(frame);

  // No new ready event along the way.
  expect((await widgetMessages(page, "ready")).length, "ready is sent once").toBe(1);
});

test("completed arrives at the configured host origin with the scores and bands shown in the frame, and nothing else; opening a disclosure resizes", async ({
  page,
}) => {
  const frame = await openExample(page, HOST_ORIGIN);
  await startIn(frame);
  expect(await widgetMessages(page, "completed"), "no completed event before the results").toEqual([]);
  await fillIn(frame, MIXED);

  await expect.poll(async () => (await widgetMessages(page, "completed")).length, { message: "one completed event" }).toBe(1);
  const [completed] = await widgetMessages(page, "completed");
  expect(completed.origin, "completed: from the widget's origin").toBe(WIDGET_ORIGIN);
  expect(completed.frame, "completed: from the iframe's window").toBe(FRAME_ID);
  const data = completed.data as { type: string; v: number; problems: { id: string; score: string | null; band: string }[] };
  // Scores and bands only: no answers, notes, code or anything else.
  expect(Object.keys(data).sort(), "completed: fields").toEqual(["problems", "type", "v"]);
  expect(data.v).toBe(1);
  expect(data.problems).toHaveLength(4);
  for (const item of data.problems) expect(Object.keys(item).sort(), `fields of ${JSON.stringify(item)}`).toEqual(["band", "id", "score"]);
  expect(data.problems.map((p) => p.id).sort()).toEqual([...PROBLEMS].sort());

  // Each problem as the frame shows it in [data-problem][data-score][data-band] ("" score -> null)…
  const shown = resultsIn(frame);
  const scores = await readScores(shown);
  const bands = await readBands(shown);
  for (const problem of PROBLEMS) {
    const item = data.problems.find((p) => p.id === problem);
    expect(item, problem).toEqual({ id: problem, score: scores[problem] === "" ? null : scores[problem], band: bands[problem] });
  }
  // … and as computed by hand.
  expect([...data.problems].sort((a, b) => PROBLEMS.indexOf(a.id as never) - PROBLEMS.indexOf(b.id as never))).toEqual(MIXED_PROBLEMS);

  // The example page lists it.
  await expect(page.locator('#pi-events li[data-event="completed"]')).toHaveCount(1);
  await expect(page.locator('#pi-events li[data-event="completed"]')).toContainText("validation-loop 6.7 (watch)");

  // Sent once: not again while the results stay on screen and their size changes.
  const before = await settledFrameHeight(page);
  await shown.locator("details > summary").first().click();
  await expect(shown.locator("details[open]").first()).toBeVisible();
  const opened = await settledFrameHeight(page);
  expect(opened, `opening a disclosure (${before} -> ${opened} px) grows the iframe`).toBeGreaterThan(before);
  await expectFrameFits(frame);
  await page.waitForTimeout(GRACE_MS);
  expect((await widgetMessages(page, "completed")).length, "completed is sent once").toBe(1);
});

test("a host on a third origin embedding with origin=<another host>&events=completed receives nothing", async ({
  page,
}) => {
  // examples/iframe.html names http://127.0.0.1:4174; here it is served from 4175.
  const frame = await openExample(page, THIRD_ORIGIN);
  const results = await completeIn(frame, MIXED);
  await expect(results).toBeVisible();
  await expect(results.locator('[data-problem="validation-loop"]')).toHaveAttribute("data-score", "6.7");
  await page.waitForTimeout(GRACE_MS);

  const ours = await widgetMessages(page);
  expect(ours, "messages of the widget received by a host it was not told about").toEqual([]);
  expect((await received(page)).filter((m) => m.frame === FRAME_ID), "any message from the iframe").toEqual([]);
  await expect(page.locator("#pi-events li")).toHaveCount(0);
});

test("without events=completed, the configured host gets ready and resize but no completed event", async ({ page }) => {
  await recordMessages(page);
  const frame = await openTestHost(page, `embed=1&lang=fr&origin=${HOST_ORIGIN}`);
  await expect(actionIn(frame, "start")).toBeVisible();
  await expect.poll(async () => (await widgetMessages(page, "ready")).length).toBe(1);
  await settledFrameHeight(page);
  await completeIn(frame, MIXED);
  await page.waitForTimeout(GRACE_MS);
  expect(await widgetMessages(page, "completed")).toEqual([]);
  await expect(page.locator('#pi-events li[data-event="completed"]')).toHaveCount(0);
});

test("events=completed without origin is not honoured: no completed event (never sent to *)", async ({ page }) => {
  await recordMessages(page);
  const frame = await openTestHost(page, "embed=1&lang=fr&events=completed");
  await expect(actionIn(frame, "start")).toBeVisible();
  // Without origin, ready and resize go to any parent ("*"): they arrive.
  await expect.poll(async () => (await widgetMessages(page, "ready")).length).toBe(1);
  await settledFrameHeight(page);
  await completeIn(frame, MIXED);
  await page.waitForTimeout(GRACE_MS);
  expect(await widgetMessages(page, "completed")).toEqual([]);
});

test("compact layout: no page title, language switch kept, lang/theme/heading parameters", async ({ page, freshContext }) => {
  const frame = await openTestHost(page, "embed=1&lang=en&theme=dark&heading=3");
  await expect(actionIn(frame, "start")).toBeVisible();
  await expect(frame.locator(".pi-app")).toHaveAttribute("data-embed", "frame");
  await expect(frame.locator("h1"), "no page header in the iframe").toHaveCount(0);
  await expect(langButtonIn(frame, "fr")).toBeVisible();
  await expect(langButtonIn(frame, "en")).toBeVisible();
  await expect(langButtonIn(frame, "en")).toHaveAttribute("aria-pressed", "true");
  await expect(frame.locator("html")).toHaveAttribute("lang", "en");
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");

  // The same screens in page mode (another browser, in English): the headings start one level lower
  // in the iframe (h3 instead of h2), and every sub-heading shifts by one too.
  const pageMode = await (await freshContext()).newPage();
  await pageMode.goto(BASE_URL);
  await langButtonIn(pageMode, "en").click();
  await expect(pageMode.locator("html")).toHaveAttribute("lang", "en");

  const compare = async (what: string, framed: Scope, paged: Scope, selector: string) => {
    const inFrame = await headingLevels(framed.locator(selector));
    const inPage = await headingLevels(paged.locator(selector));
    expect(inPage.length, `${what}: page mode has headings`).toBeGreaterThan(0);
    expect(inPage[0], `${what}: page mode starts at h2`).toBe(2);
    expect(inFrame, `${what}: heading levels with heading=3 (page mode: ${inPage.join(",")})`).toEqual(inPage.map((l) => l + 1));
  };
  await compare("intro", frame, pageMode, 'section[data-step="intro"]');
  await startIn(frame);
  await startIn(pageMode);
  await compare("step 1", frame, pageMode, `section[data-step="problem"][data-problem-step="${PROBLEMS[0]}"]`);
  await fillIn(frame, MIXED);
  await fillIn(pageMode, MIXED);
  await compare("results", frame, pageMode, 'section[data-step="results"]');
  await expect(frame.locator("h1, h2"), "no h1 or h2 anywhere in the frame with heading=3").toHaveCount(0);
});

test("without heading, the iframe's steps start at h2", async ({ page }) => {
  const frame = await openTestHost(page, "embed=1&lang=fr");
  await expect(actionIn(frame, "start")).toBeVisible();
  await expect(frame.locator("h1")).toHaveCount(0);
  expect((await headingLevels(frame.locator('section[data-step="intro"]')))[0]).toBe(2);
  await expect(frame.locator("html")).toHaveAttribute("lang", "fr");
  await startIn(frame);
  expect((await headingLevels(stepIn(frame, PROBLEMS[0])))[0]).toBe(2);
});

test.describe("in a narrow column", () => {
  test.use({ viewport: { width: 340, height: 640 } });

  test("the compact layout fits a narrow column without sideways scrolling", async ({ page }) => {
    const frame = await openTestHost(page, "embed=1&lang=fr");
    const width = () => frame.locator("html").evaluate((html) => ({ scroll: html.scrollWidth, client: html.clientWidth }));
    await expect(actionIn(frame, "start")).toBeVisible();
    const frameWidth = await page.locator(FRAME).evaluate((el) => el.getBoundingClientRect().width);
    expect(frameWidth, "the column is narrow").toBeLessThanOrEqual(320);
    let w = await width();
    expect(w.scroll, "intro").toBeLessThanOrEqual(w.client);
    await startIn(frame);
    w = await width();
    expect(w.scroll, "step 1").toBeLessThanOrEqual(w.client);
    await fillIn(frame, MIXED);
    w = await width();
    expect(w.scroll, "results").toBeLessThanOrEqual(w.client);
  });
});
