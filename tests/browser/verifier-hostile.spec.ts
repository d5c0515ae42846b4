// The check page facing a hostile bank: script and HTML in every text field are shown as text,
// nothing runs (no dialog, no new element), nothing loads from another origin (the guard fixture
// fails the test on any request outside the test server), and a javascript: link is never a link.
import { test, expect } from "./helpers";
import { fixture, openVerifier, pickWithKeyboard, status } from "./verifier-helpers";

test("script and HTML in every text field are shown as text, and nothing runs", async ({ page, guard }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openVerifier(page);
  expect(await pickWithKeyboard(page, fixture("hostile-text.toml"))).toBe("publishable");
  const preview = page.locator("[data-preview]");
  for (const lang of ["fr", "en"]) {
    await page.locator("select[data-preview-lang-select]").selectOption(lang);
    await expect(preview).toHaveAttribute("data-preview", lang);
    // The payloads are on the screen as characters…
    await expect(preview.getByText('<script>alert("script")</script>', { exact: false }).first()).toBeVisible();
    // …and none became an element.
    await expect(preview.locator("script, img, svg, iframe, b")).toHaveCount(0);
    await expect(preview.locator('a:not([data-source-link])')).toHaveCount(0);
  }
  const payloadsShown = await preview.evaluate((node) => node.textContent ?? "");
  for (const payload of ['<img src=x onerror=alert("img")>', '"><svg onload=alert("svg")>', '<iframe src="https://evil.example/"></iframe>']) {
    expect(payloadsShown).toContain(payload);
  }
  await expect(page.locator("script:not([src])")).toHaveCount(0);
  expect(dialogs).toEqual([]);
  expect(guard.requests.filter((url) => url.includes("evil.example"))).toEqual([]);
});

test("a javascript: source link is refused and never clickable", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await openVerifier(page, "?lang=en");
  const verdict = await pickWithKeyboard(page, fixture("hostile-link.toml"));
  // Refused today (only https:// links are accepted); should a later rule only warn, the
  // preview must still not make it a link.
  if (verdict === "errors") {
    await expect(page.locator("[data-error]").first()).toContainText("javascript:alert(document.domain)");
  } else {
    expect(verdict).toBe("publishable");
    await expect(page.locator("[data-unclickable-link]")).toHaveText("javascript:alert(document.domain)");
  }
  await expect(page.locator('a[href^="javascript"], a[href^="JAVASCRIPT"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
  await expect(status(page)).toBeVisible();
});
