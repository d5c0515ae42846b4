// Strict Content-Security-Policy (issue 4). serve-dist.mjs --csp serves dist/ on 127.0.0.1:4176
// with the policy as a response header:
//   default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:;
//   connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *
// An assessment is completed with zero `securitypolicyviolation` events (recorded from the first
// script of every frame) and zero console errors (the guard; Chromium also logs each violation
// as an error): in page mode, in embed mode, and embedded from a host on another origin that
// is itself under a strict policy (examples/ on 4177, served with --csp and --widget pointing at
// 4176): the iframe (examples/iframe-csp.html) and the element (examples/element.html). The
// team view (equipe/) runs under the same policy.
import {
  test, expect, completeIn, resultsIn, actionIn, langButtonIn, recordMessages, widgetMessages, settledFrameHeight,
  expectFirstResults, frameOf, EMBED_ORIGINS, CSP_WIDGET_ORIGIN, CSP_HOST_ORIGIN, BASE_PATH, FRAME_ID, FIRST,
  QUESTION_IDS, type Scope,
} from "./helpers";
import { WIDGET_CSP, HOST_CSP } from "./servers";
import { codeOf } from "./team-helpers";
import { recordViolations, expectNoViolations } from "./csp-helpers";
import type { Frame } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

const WIDGET_URL = `${CSP_WIDGET_ORIGIN}${BASE_PATH}`;
/** Three people: every answer "often", "rarely", then "always". */
const TEAM_CODES = (["often", "rarely", "always"] as const).map((answer, at) =>
  codeOf(Object.fromEntries(QUESTION_IDS.map((id) => [id, answer])), 100 + at),
);

async function openAllDisclosures(scope: Scope): Promise<void> {
  const summaries = resultsIn(scope).locator("details > summary");
  for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
  await expect(resultsIn(scope).locator("details:not([open])")).toHaveCount(0);
}

test("the hosted page under the strict policy: a whole assessment, zero violations", async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto(WIDGET_URL);
  expect(response?.headers()["content-security-policy"], "the page is served with the strict policy").toBe(WIDGET_CSP);
  await expect(actionIn(page, "start")).toBeVisible();
  await langButtonIn(page, "en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await langButtonIn(page, "fr").click();
  const results = await completeIn(page, FIRST);
  await expectFirstResults(results);
  await openAllDisclosures(page);
  await expectNoViolations(page, "page mode");
});

test("embed mode (?embed=1, dark theme, heading=3) under the strict policy: zero violations", async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto(`${WIDGET_URL}index.html?embed=1&lang=fr&theme=dark&heading=3`);
  expect(response?.headers()["content-security-policy"]).toBe(WIDGET_CSP);
  await expect(page.locator(".pi-app")).toHaveAttribute("data-embed", "frame");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const results = await completeIn(page, FIRST);
  await expectFirstResults(results);
  await openAllDisclosures(page);
  await expectNoViolations(page, "embed mode");
});

test("iframe: a strict-CSP host on another origin (examples/iframe-csp.html) embeds the strict-CSP widget", async ({ page }) => {
  await recordViolations(page);
  await recordMessages(page);
  const response = await page.goto(`${CSP_HOST_ORIGIN}/iframe-csp.html`);
  expect(response?.headers()["content-security-policy"], "the host page is under its strict policy").toBe(HOST_CSP);
  const frame = page.frameLocator(`#${FRAME_ID}`);
  await expect(actionIn(frame, "start")).toBeVisible();
  const widgetFrame: Frame = await frameOf(page);
  expect(widgetFrame.url().startsWith(WIDGET_URL), `the iframe loads the widget from ${WIDGET_URL}`).toBe(true);

  await expect.poll(async () => (await widgetMessages(page, "ready")).length).toBe(1);
  const intro = await settledFrameHeight(page, CSP_WIDGET_ORIGIN).catch((error) => {
    throw new Error(`the host snippet (host.js) under the host's CSP: ${error}`);
  });
  const results = await completeIn(frame, FIRST);
  await expectFirstResults(results);
  expect(await settledFrameHeight(page, CSP_WIDGET_ORIGIN), "the results are taller than the intro").toBeGreaterThan(intro);
  await expect.poll(async () => (await widgetMessages(page, "completed")).length).toBe(1);
  const [completed] = await widgetMessages(page, "completed");
  expect(completed.origin).toBe(CSP_WIDGET_ORIGIN);
  await expect(page.locator('#pi-events li[data-event="completed"]')).toHaveCount(1);
  await openAllDisclosures(frame);
  await expectNoViolations(page, "strict host + strict widget (iframe)");
});

test("element: examples/element.html under a strict host policy (widget module, wasm and styles from 4176)", async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto(`${CSP_HOST_ORIGIN}/element.html`);
  expect(response?.headers()["content-security-policy"]).toBe(HOST_CSP);
  const a = page.locator("problemes-imaginaires#a");
  const b = page.locator("problemes-imaginaires#b");
  await expect(actionIn(a, "start")).toBeVisible();
  await expect(actionIn(b, "start")).toBeVisible();
  const results = await completeIn(a, FIRST);
  await expectFirstResults(results);
  await openAllDisclosures(a);
  await expectNoViolations(page, "strict host (element)");
});

test("the team view under the strict policy: codes pasted, results, workshop, zero violations", async ({ page }) => {
  await recordViolations(page);
  const response = await page.goto(`${WIDGET_URL}equipe/`);
  expect(response?.headers()["content-security-policy"]).toBe(WIDGET_CSP);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
  await page.locator("textarea[data-team-input]").fill(TEAM_CODES.join("\n"));
  await page.locator('button[data-action="add-codes"]').click();
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "3");
  await expect(page.locator("[data-team-problem]").first()).toBeVisible();
  await page.locator('button[data-action="workshop"]').click();
  await page.locator('button[data-action="reveal"]').click();
  await expect(page.locator('[data-workshop="revealed"]')).toBeVisible();
  await expectNoViolations(page, "team view");
});
