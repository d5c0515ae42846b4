// What a site that frames the widget can learn (issue 10, the iframe part):
//   - a frame keeps its answers under a key of its host's own (the browser's record of the framing
//     page, location.ancestorOrigins, else origin=): a site never reopens what the visitor saved on
//     the widget's page, nor what they answered under another site;
//   - "completed" is sent only when the person reaches the results in this page's life, never for
//     results restored from storage at load;
//   - with events=completed on, the frame says, before it happens, that the scores will be sent
//     and to whom.
// Messages are recorded in the host's top window (recordMessages). The few waits for a message
// that must NOT come use GRACE_MS after an event that shows the frame is running, as
// embed-iframe.spec.ts does.
import {
  test, expect, recordMessages, widgetMessages, completeIn, completeWith, resultsIn, actionIn, openTestHost,
  EMBED_ORIGINS, HOST_ORIGIN, THIRD_ORIGIN, FRAME_ID, type Pattern,
} from "./helpers";

test.use({ allowedOrigins: EMBED_ORIGINS });

const GRACE_MS = 1_500;

const PATTERN: Pattern = {
  A1: "often", A2: "rarely", A4: "often", A5: "never", A7: "rarely", A8: "always",
  B1: "never", B2: "always", B3: "rarely", B4: "often",
  D1: "always", D2: "never", D3: "always", D4: "rarely",
};

const optIn = (origin: string) => `embed=1&lang=fr&events=completed&origin=${encodeURIComponent(origin)}`;

test("a site framing the widget with its own opt-in gets no score from results saved on the widget's page", async ({ page }) => {
  // The visitor's own results, saved on the widget's page.
  await completeWith(page, PATTERN);

  await recordMessages(page);
  const frame = await openTestHost(page, optIn(THIRD_ORIGIN), { origin: THIRD_ORIGIN });
  // Its own storage: the frame starts afresh instead of reopening the saved results.
  await expect(actionIn(frame, "start")).toBeVisible();
  await expect(resultsIn(frame)).toHaveCount(0);
  await expect.poll(async () => (await widgetMessages(page, "ready")).length).toBe(1);
  await page.waitForTimeout(GRACE_MS);
  expect(await widgetMessages(page, "completed")).toEqual([]);
});

test("results restored in a frame are not sent again; only reaching them in this page's life sends them", async ({ page }) => {
  await recordMessages(page);
  let frame = await openTestHost(page, optIn(HOST_ORIGIN));
  await completeIn(frame, PATTERN);
  await expect.poll(async () => (await widgetMessages(page, "completed")).length).toBe(1);

  // The host reloads: the frame reopens the results it saved, and sends nothing.
  await page.reload();
  frame = page.frameLocator(`#${FRAME_ID}`);
  await expect(resultsIn(frame)).toBeVisible();
  await expect.poll(async () => (await widgetMessages(page, "ready")).length).toBe(1);
  await page.waitForTimeout(GRACE_MS);
  expect(await widgetMessages(page, "completed"), "no completed for restored results").toEqual([]);

  // Going back one step and on to the results again is the person's doing: it is sent.
  await actionIn(frame, "previous").click();
  await actionIn(frame, "next").click();
  await expect(resultsIn(frame)).toBeVisible();
  await expect.poll(async () => (await widgetMessages(page, "completed")).length).toBe(1);
});

test("with events=completed, the frame says which page will receive the scores; without, it says nothing", async ({ page }) => {
  let frame = await openTestHost(page, optIn(HOST_ORIGIN));
  await expect(actionIn(frame, "start")).toBeVisible();
  const line = frame.locator("[data-sends-scores]");
  await expect(line).toBeVisible();
  await expect(line).toHaveAttribute("data-sends-scores", HOST_ORIGIN);
  await expect(line).toContainText(HOST_ORIGIN);
  await expect(line).toContainText("pas vos réponses");

  frame = await openTestHost(page, `embed=1&lang=fr&origin=${encodeURIComponent(HOST_ORIGIN)}`);
  await expect(actionIn(frame, "start")).toBeVisible();
  await expect(frame.locator("[data-sends-scores]")).toHaveCount(0);
});
