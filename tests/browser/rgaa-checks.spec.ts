// The RGAA checks of rgaa-checks.ts can fail: each one, run on a screen broken on purpose (a
// stylesheet or a passage added by the test), reports the fault it looks for. Without this, a
// check that passes everywhere could be checking nothing.
import { test, expect, startIn, PROBLEMS, stepIn } from "./helpers";
import {
  expectFocusVisible, expectForcedColours, expectForcedFocusRing, expectLanguageOfParts, expectReflow,
  expectTextSpacing, forcedColours, type Screen,
} from "./rgaa-checks";
import type { Page } from "@playwright/test";

async function breakWith(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const style = document.createElement("style");
    style.textContent = text;
    document.head.append(style);
  }, css);
}

async function onStep(page: Page): Promise<Screen> {
  await page.goto("./?lang=fr");
  await startIn(page);
  await expect(stepIn(page, PROBLEMS[0])).toBeVisible();
  return { name: "page, step 1 (broken on purpose)", page, doc: page, root: ".pi-app" };
}

test("reflow: a line that cannot wrap is caught at 320 px", async ({ page }) => {
  const screen = await onStep(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await expectReflow(screen);
  await breakWith(page, ".step__summary { white-space: nowrap; }");
  await expect(expectReflow(screen)).rejects.toThrow(/outside the viewport|document width/);
});

test("text spacing: a box of fixed height that hides its overflow is caught", async ({ page }) => {
  const screen = await onStep(page);
  await expectTextSpacing(screen);
  await breakWith(page, ".step__summary { height: 1em; overflow: hidden; }");
  await expect(expectTextSpacing(screen)).rejects.toThrow(/clipped/);
});

test("text spacing: text drawn over other text is caught", async ({ page }) => {
  const screen = await onStep(page);
  await breakWith(page, ".step__hint { margin-top: -3em; }");
  await expect(expectTextSpacing(screen)).rejects.toThrow(/overlapping/);
});

test("forced colours: a step bar drawn with backgrounds only is caught", async ({ page }) => {
  const screen = await onStep(page);
  await forcedColours(page, true);
  await expectForcedColours(screen);
  // What the stylesheet did before issue 15: segments painted by their background only.
  await breakWith(page, ".stepper__segment { forced-color-adjust: auto !important; border: 0 !important; }");
  await expect(expectForcedColours(screen)).rejects.toThrow(/step bar segment/);
});

test("visible focus: outline: none without a replacement is caught", async ({ page }) => {
  const screen = await onStep(page);
  await breakWith(page, ":focus-visible, .option input:focus-visible + label { outline: none !important; }");
  await expect(expectFocusVisible(screen)).rejects.toThrow(/pixels change when it gets focus/);
});

test("forced colours: a focus shown by a shadow only is caught", async ({ page }) => {
  const screen = await onStep(page);
  await forcedColours(page, true);
  await breakWith(page, ":focus-visible, .option input:focus-visible + label { outline: none !important; box-shadow: 0 0 0 3px blue; }");
  await expect(expectForcedFocusRing(screen)).rejects.toThrow(/no outline/);
});

test("language of parts: an English passage without lang=\"en\" in a French page is caught", async ({ page }) => {
  const screen = await onStep(page);
  await expectLanguageOfParts(screen);
  await page.evaluate(() => {
    const passage = document.createElement("p");
    passage.textContent = "This is the kind of sentence that you would read in an English page.";
    document.querySelector(".step__hint")?.after(passage);
  });
  await expect(expectLanguageOfParts(screen)).rejects.toThrow(/reads as en but is marked fr/);
});
