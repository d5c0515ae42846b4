// The fault matrix, the iframe's row (issue 10): messages posted to the widget's frame by a host
// of a foreign origin (a page the widget was not told about), and malformed messages from the
// configured host itself. Nothing changes in the frame, nothing crashes, no answer or score
// leaks, no sentence appears (there is nothing for the person to do), and the frame keeps
// working: it answers clicks afterwards, and the configured host still gets its one
// `completed` when the person reaches the results.
// Ordering: the last message posted is an iframe-resizer init from the same window; the
// frame's reply to it shows that every earlier message has been handled (messages from one
// window are delivered in order).
import {
  test, expect, recordMessages, received, widgetMessages, openTestHost, startIn, answerIn, actionIn, stepIn, radioIn,
  fillIn, frameOf, EMBED_ORIGINS, HOST_ORIGIN, THIRD_ORIGIN, FRAME_ID, PROBLEMS, FIRST,
} from "./helpers";
import type { Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

const QUERY = `embed=1&lang=fr&events=completed&origin=${encodeURIComponent(HOST_ORIGIN)}`;

/** Posts every hostile or malformed message from the host window to the frame, then a barrier. */
async function postGarbage(page: Page): Promise<void> {
  await page.evaluate((frameId) => {
    const frame = document.getElementById(frameId) as HTMLIFrameElement;
    const target = frame.contentWindow as Window;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let deep: any = {};
    for (let i = 0; i < 2_000; i++) deep = { deep };
    const messages: unknown[] = [
      "hello", "", 42, null, undefined, true, {}, [], [1, 2, 3], deep,
      { type: "problemes-imaginaires:completed", v: 1, problems: [{ id: "validation-loop", score: 0, band: "strong" }] },
      { type: "problemes-imaginaires:ready", v: 1 },
      { type: "problemes-imaginaires:resize", v: 1, height: -5 },
      { type: "problemes-imaginaires:get-answers", v: 1 },
      { type: "problemes-imaginaires:restart", v: 1 },
      { type: "problemes-imaginaires:answer", v: 1, question: "A1", answer: "always" },
      JSON.stringify({ type: "problemes-imaginaires:completed", v: 1 }),
      "problemes-imaginaires:completed",
      "[iFrameSizer]",
      "[iFrameSizer]:::",
      "[iFrameSizer]<img src=x onerror=window.__xss=1>:8:false",
      `[iFrameSizer]${"a".repeat(500)}:8:false`,
      "[iFrameResizerChild]Ready",
      "x".repeat(5 * 1024 * 1024),
      new ArrayBuffer(64),
      new Blob(["<script>window.__xss=1</script>"]),
      new Date(0),
      /(.*)*$/,
      new Map([["type", "problemes-imaginaires:completed"]]),
    ];
    for (const message of messages) target.postMessage(message, "*");
  }, FRAME_ID);
  await barrier(page, "barrier");
}

/** Posts an iframe-resizer init named `id` to the frame and waits for the frame's reply. */
async function barrier(page: Page, id: string): Promise<void> {
  await page.evaluate(
    ([frameId, name]) => {
      const frame = document.getElementById(frameId) as HTMLIFrameElement;
      frame.contentWindow?.postMessage(`[iFrameSizer]${name}:8:false:true:32:true:true:null:bodyOffset:null:null:0:false:parent:scroll`, "*");
    },
    [FRAME_ID, id],
  );
  await expect
    .poll(async () => (await received(page)).some((m) => typeof m.data === "string" && m.data.startsWith(`[iFrameSizer]${id}:`)))
    .toBe(true);
}

for (const { name, origin } of [
  { name: "a host of a foreign origin (not the one named in origin=)", origin: THIRD_ORIGIN },
  { name: "the configured host itself", origin: HOST_ORIGIN },
]) {
  test(`malformed and hostile messages from ${name}: nothing changes, nothing leaks, the frame keeps working`, async ({ page }) => {
    await recordMessages(page);
    const frame = await openTestHost(page, QUERY, { origin });
    await startIn(frame);
    await answerIn(frame, "A1", "often");
    const widget = await frameOf(page);
    const storageOf = () => widget.evaluate(() => JSON.stringify(Object.entries(window.localStorage).sort()));
    await expect.poll(storageOf).toContain('"answers\\":\\"3');
    const storedBefore = await storageOf();

    await postGarbage(page);

    // Nothing changed: same step, same answer, same storage, no sentence, no script run.
    await expect(stepIn(frame, PROBLEMS[0])).toBeVisible();
    await expect(radioIn(frame, "A1", "often")).toBeChecked();
    await expect(radioIn(frame, "A1", "always")).not.toBeChecked();
    expect(await storageOf()).toBe(storedBefore);
    await expect(frame.locator("[data-storage-status], [data-import-error], .alert")).toHaveCount(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(await widget.evaluate(() => (window as any).__xss ?? null)).toBeNull();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(await page.evaluate(() => (window as any).__xss ?? null)).toBeNull();
    // No answer or score went out.
    expect(await widgetMessages(page, "completed")).toEqual([]);
    const everything = JSON.stringify(await received(page));
    expect(everything, "no answer code, answers or scores in any message the host received").not.toMatch(
      /PI1\.|"answers"|"problems"|"score"/,
    );

    // The frame still works: it answers clicks, and reaching the results sends `completed` to
    // the configured host only.
    await answerIn(frame, "A2", "never");
    await actionIn(frame, "next").click();
    await expect(stepIn(frame, PROBLEMS[1])).toBeVisible();
    await actionIn(frame, "previous").click();
    await fillIn(frame, FIRST);
    if (origin === HOST_ORIGIN) {
      await expect.poll(async () => (await widgetMessages(page, "completed")).length).toBe(1);
      const [completed] = await widgetMessages(page, "completed");
      expect(completed.frame).toBe(FRAME_ID);
    } else {
      // The foreign host: the frame can tell it is not the one named in origin= (its
      // ancestorOrigins), so it neither promises nor sends it the scores. The barrier's reply,
      // posted after the results are shown, comes after any `completed` would have.
      await expect(frame.locator("[data-sends-scores]")).toHaveCount(0);
      await barrier(page, "after-results");
      expect(await widgetMessages(page, "completed")).toEqual([]);
    }
  });
}
