// The check page facing hostile banks (tests/fixtures/banks/ and tests/fixtures/verifier/):
// script and HTML in every text field, javascript: and data: links, duplicate ids, a missing
// language, 10,000 questions. Each is refused with its errors; nothing runs (no dialog, no
// element made from the file's text), nothing loads from another origin (the guard fixture fails
// the test on any request outside the test server), and no link of the file becomes a link.
import { join } from "node:path";
import { test, expect } from "./helpers";
import { ROOT, fixture, openVerifier, pickWithKeyboard } from "./verifier-helpers";

const HOSTILE = [
  join(ROOT, "tests", "fixtures", "banks", "html-in-texts.json"),
  join(ROOT, "tests", "fixtures", "banks", "javascript-link.json"),
  join(ROOT, "tests", "fixtures", "banks", "duplicate-ids.json"),
  join(ROOT, "tests", "fixtures", "banks", "missing-language.json"),
  join(ROOT, "tests", "fixtures", "banks", "ten-thousand-questions.json"),
  fixture("hostile-text.toml"),
  fixture("hostile-link.toml"),
];

for (const file of HOSTILE) {
  const name = file.split("/").pop();
  test(`${name}: refused with its errors, nothing runs, nothing loads, no link is made`, async ({ page, guard }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openVerifier(page);
    expect(await pickWithKeyboard(page, file)).toBe("errors");
    await expect(page.locator("[data-error]").first()).toBeVisible();
    const main = page.locator("main");
    // Nothing of the file became an element: no script, image, frame, SVG or bold text, and
    // the only links are the page's own.
    await expect(main.locator("script, img, svg, iframe, object, embed, b")).toHaveCount(0);
    await expect(page.locator('a[href^="javascript" i], a[href^="data:" i]')).toHaveCount(0);
    await expect(page.locator("[data-preview], a[data-action=try]")).toHaveCount(0);
    await expect(page.locator("script:not([src])")).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(guard.requests.filter((url) => !url.startsWith("http://127.0.0.1:4173/"))).toEqual([]);
  });
}

test("a javascript: link is quoted in its error as text, never made a link", async ({ page }) => {
  await openVerifier(page, "?lang=en");
  expect(await pickWithKeyboard(page, fixture("hostile-link.toml"))).toBe("errors");
  // The faulty link is quoted in its error, as characters.
  await expect(page.locator("[data-error]").filter({ hasText: "javascript:alert(document.domain)" })).toHaveCount(1);
});
