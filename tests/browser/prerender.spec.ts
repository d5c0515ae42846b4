// The first screen is prerendered into index.html (scripts/prerender.mjs, issue 13): it shows
// before the wasm arrives, a click or a key press on it is never lost (assets/early-input.js
// replays it once the app runs), the start button shows the prerendered first step at once and
// the answers given there are kept, and the app takes over with the same DOM, with no layout shift.
// The wasm is held back by the test (a route that answers only when the test says so), so the
// order of events is certain without any timer.
import type { Page } from "@playwright/test";
import {
  test, expect, action, problemStep, expectHeadingFocused, expectLanguage, expectStored, langButton, radio, PROBLEMS,
} from "./helpers";

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const prerendered = (page: Page) => page.locator('[data-prerendered] [data-action="start"]');
const running = (page: Page) => page.locator(".pi-app:not([data-prerendered])");

test("a click on the prerendered start button before the app runs opens the first step once it runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./");
  await expect(prerendered(page)).toBeVisible();
  await expect(running(page)).toHaveCount(0);
  await prerendered(page).click();
  // The prerendered first step shows at once, before the app is there.
  await expect(page.locator('[data-prerendered] [data-step="problem"]')).toBeVisible();
  await expect(running(page)).toHaveCount(0);
  release();
  await expect(running(page)).toHaveCount(1);
  await expect(problemStep(page, PROBLEMS[0])).toBeVisible();
  await expectHeadingFocused(problemStep(page, PROBLEMS[0]));
});

test("answers chosen on the prerendered first step before the app runs are kept", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./");
  await prerendered(page).click();
  const step = page.locator('[data-prerendered] [data-step="problem"]');
  await expect(step).toBeVisible();
  await step.locator(`label[for="${await radio(page, "A1", "often").getAttribute("id")}"]`).click();
  await step.locator(`label[for="${await radio(page, "A2", "never").getAttribute("id")}"]`).click();
  await expect(radio(page, "A1", "often")).toBeChecked();
  release();
  await expect(running(page)).toHaveCount(1);
  await expect(problemStep(page, PROBLEMS[0])).toBeVisible();
  await expect(running(page).locator('input[name="A1"][value="often"]')).toBeChecked();
  await expect(running(page).locator('input[name="A2"][value="never"]')).toBeChecked();
  await expectStored(page, (state) => expect(state.answers.slice(0, 2)).toBe("31"));
});

test("Enter on the prerendered start button, reached with Tab, is replayed too", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./");
  await expect(prerendered(page)).toBeVisible();
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press("Tab");
    if (await prerendered(page).evaluate((button) => button === document.activeElement)) break;
  }
  await expect(prerendered(page)).toBeFocused();
  await page.keyboard.press("Enter");
  release();
  await expect(problemStep(page, PROBLEMS[0])).toBeVisible();
  await expectHeadingFocused(problemStep(page, PROBLEMS[0]));
});

test("the language chosen before the app runs is the app's language once it runs", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./");
  await page.locator('[data-prerendered] button[data-lang="en"]').click();
  release();
  await expect(running(page)).toHaveCount(1);
  await expectLanguage(page, "en");
  await expect(action(page, "start")).toBeVisible();
  await expect(langButton(page, "en")).toHaveAttribute("aria-pressed", "true");
});

test("the app takes over with the prerendered DOM itself: no layout shift, nothing changes", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) {
        (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const release = await holdWasm(page);
  await page.goto("./");
  await expect(prerendered(page)).toBeVisible();
  // Links compared by where they lead: the prerendered statement link is relative, the app's
  // is written in full.
  const html = (app: Element) => {
    const copy = app.cloneNode(true) as Element;
    copy.removeAttribute("data-prerendered");
    const links = copy.querySelectorAll("a[href]");
    app.querySelectorAll("a[href]").forEach((link, at) => links[at].setAttribute("href", (link as HTMLAnchorElement).href));
    return copy.outerHTML;
  };
  const before = await page.$eval("#app .pi-app", html);
  release();
  await expect(running(page)).toHaveCount(1);
  const after = await page.$eval("#app .pi-app", html);
  expect(after).toBe(before);
  // Two frames later, every shift there was has been reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
});

test("a page that will not open on the French introduction hides the prerendered one instead of flashing it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./?lang=en");
  await expect(page.locator("[data-prerendered]")).toBeHidden();
  release();
  await expect(running(page)).toHaveCount(1);
  await expectLanguage(page, "en");
});
