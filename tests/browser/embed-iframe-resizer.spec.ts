// iframe-resizer compatibility (issue 4): examples/iframe-resizer.html (on 127.0.0.1:4174) does
// what an iframe-resizer / open-iframe-resizer parent does, without their code: when the iframe
// has loaded, it posts "[iFrameSizer]autodiagnostic:8:false:true:32:…" to it. The widget, embedded
// with ?embed=1 and no other parameter, answers in that text protocol:
//   "[iFrameSizer]autodiagnostic:<height>:<width>:init", then
//   "[iFrameSizer]autodiagnostic:<height>:<width>:resize" whenever its content height changes,
// with heights quantised to 16 px; the host sets the iframe's height from them.
import {
  test, expect, recordMessages, received, startIn, actionIn, expectFrameFits, EMBED_ORIGINS, WIDGET_ORIGIN, HOST_ORIGIN,
  type Received,
} from "./helpers";
import type { Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

const ID = "autodiagnostic";
const FRAME = `#${ID}`;
const REPLY = /^\[iFrameSizer\]autodiagnostic:(\d+):(\d+):(init|resize)$/;

interface Reply {
  height: number;
  width: number;
  type: string;
}

/** The [iFrameSizer] replies the host received so far, checked for origin, sender and format. */
async function replies(page: Page): Promise<Reply[]> {
  const all: Received[] = (await received(page)).filter(
    (m) => typeof m.data === "string" && (m.data as string).startsWith("[iFrameSizer]"),
  );
  return all.map((m) => {
    expect(m.origin, `${m.data}: from the widget's origin`).toBe(WIDGET_ORIGIN);
    expect(m.frame, `${m.data}: from the iframe's window`).toBe(ID);
    const match = REPLY.exec(m.data as string);
    expect(match, `${JSON.stringify(m.data)} is "[iFrameSizer]${ID}:<height>:<width>:<init|resize>"`).not.toBeNull();
    const [, height, width, type] = match as RegExpExecArray;
    const reply = { height: Number(height), width: Number(width), type };
    expect(reply.height, `${m.data}: a height`).toBeGreaterThan(0);
    expect(reply.height % 16, `${m.data}: height quantised to 16 px`).toBe(0);
    expect(reply.width, `${m.data}: a width`).toBeGreaterThan(0);
    return reply;
  });
}

/** Waits until no reply came for 400 ms and the iframe is as tall as the last one says. */
async function settled(page: Page): Promise<number> {
  let height = 0;
  await expect(async () => {
    const before = await replies(page);
    expect(before.length, "[iFrameSizer] replies").toBeGreaterThan(0);
    await page.waitForTimeout(400);
    const after = await replies(page);
    expect(after.length, "no new reply for 400 ms").toBe(before.length);
    const last = after[after.length - 1].height;
    const rendered = await page.locator(FRAME).evaluate((el) => el.getBoundingClientRect().height);
    expect(rendered, `the iframe's height equals the last reply's (${last})`).toBe(last);
    height = last;
  }).toPass({ timeout: 15_000 });
  return height;
}

/** Opens examples/iframe-resizer.html and checks the conversation up to step 1 and back. */
async function converse(page: Page): Promise<void> {
  const frame = page.frameLocator(FRAME);
  await expect(actionIn(frame, "start")).toBeVisible();

  // The init reply comes first. (Received more than once if the host sent init more than once:
  // on the iframe's load event and on "[iFrameResizerChild]Ready", as iframe-resizer does.)
  await expect.poll(async () => (await replies(page)).length, { message: "an [iFrameSizer] reply" }).toBeGreaterThan(0);
  expect((await replies(page))[0].type, "the first reply answers the init").toBe("init");
  const intro = await settled(page);
  expect(intro, "a real height, more than the iframe's default 150 px").toBeGreaterThan(150);
  await expectFrameFits(frame);
  await expect(page.locator('#resizer-replies li[data-type="init"]').first(), "the example lists the init reply").toBeAttached();

  // A longer step: resize replies, the last with a larger height, which the host follows.
  const count = (await replies(page)).length;
  await startIn(frame);
  const step1 = await settled(page);
  const later = (await replies(page)).slice(count);
  expect(later.map((r) => r.type), "replies after moving to step 1").toContain("resize");
  expect(later[later.length - 1].type, "the last reply is a resize").toBe("resize");
  expect(step1, `step 1 (${step1} px) is taller than the intro (${intro} px)`).toBeGreaterThan(intro);
  await expectFrameFits(frame);
  await expect(page.locator('#resizer-replies li[data-type="resize"]').first()).toBeAttached();

  // And back: it shrinks.
  await actionIn(frame, "previous").click();
  await expect(actionIn(frame, "start")).toBeVisible();
  const back = await settled(page);
  expect(back, `the intro again (${back} px) is shorter than step 1 (${step1} px)`).toBeLessThan(step1);
}

test("a host that sends an [iFrameSizer] init gets init and resize replies in that format", async ({ page }) => {
  await recordMessages(page);
  await page.goto(`${HOST_ORIGIN}/iframe-resizer.html`);
  await converse(page);
});

test("on a slow network (the wasm arrives 1.5 s after the iframe's load event) the init is still answered", async ({
  page,
}) => {
  // iframe-resizer sends its init when the iframe's load event fires, which does not wait for the
  // widget's wasm. A widget that starts later must still get the init: by listening before the
  // wasm runs, or by asking for it with "[iFrameResizerChild]Ready" as late iframe-resizer children do.
  await page.route(/_bg\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await recordMessages(page);
  await page.goto(`${HOST_ORIGIN}/iframe-resizer.html`);
  await converse(page);
});
