// The <problemes-imaginaires> element under hostile host CSS (issue 4): examples/element.html, on
// 127.0.0.1:4174, loads http://127.0.0.1:4173/outils/autodiagnostic/embed.js (an ES module, from
// another origin) and holds two elements, id="a" lang="fr" and id="b" lang="en". Its stylesheet
// examples/hostile.css says `* { color: red !important; font-size: 40px !important }` and
// `button { display: none !important }`.
//   - the widget's buttons stay visible and usable: a whole assessment is completed by clicking;
//   - the widget's text is neither red nor 40 px; the host's own text keeps the host's style, and
//     the host document is exactly as it is without the widget (its CSS does not leak out);
//   - the two elements are independent, each in its language, each restoring its own progress.
// The elements render into open shadow roots: Playwright's CSS locators pierce them.
import {
  test, expect, actionIn, langButtonIn, radioIn, stepIn, resultsIn, answerIn, startIn, fillIn, answerStepIn,
  expectFirstResults, EMBED_ORIGINS, HOST_ORIGIN, WIDGET_ORIGIN, BASE_PATH, FIRST, PROBLEMS, TEXT, ANSWERS,
} from "./helpers";
import type { Locator, Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

const PAGE = `${HOST_ORIGIN}/element.html`;
const RED = "rgb(255, 0, 0)";

const element = (page: Page, id: "a" | "b"): Locator => page.locator(`problemes-imaginaires#${id}`);

async function openElements(page: Page): Promise<{ a: Locator; b: Locator }> {
  await page.goto(PAGE);
  const a = element(page, "a");
  const b = element(page, "b");
  await expect(actionIn(a, "start")).toBeVisible();
  await expect(actionIn(b, "start")).toBeVisible();
  return { a, b };
}

/** Computed color and font size of the first element matching `selector` inside `scope`. */
async function styleOf(scope: Locator, selector: string): Promise<{ color: string; fontSize: string; display: string }> {
  return scope
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, fontSize: style.fontSize, display: style.display };
    });
}

async function expectNotHostile(scope: Locator, selector: string, what: string): Promise<void> {
  const style = await styleOf(scope, selector);
  expect(style.color, `${what}: text color is not the host's red`).not.toBe(RED);
  expect(style.fontSize, `${what}: font size is not the host's 40px`).not.toBe("40px");
}

test("the element is rendered in an open shadow root and its buttons stay visible under hostile CSS", async ({ page }) => {
  const { a, b } = await openElements(page);
  for (const [name, el] of [["a", a], ["b", b]] as const) {
    expect(await el.evaluate((host) => host.shadowRoot?.mode ?? null), `#${name} has an open shadow root`).toBe("open");
    await expect(actionIn(el, "start"), `#${name}: start button`).toBeVisible();
    await expect(langButtonIn(el, "fr")).toBeVisible();
    await expect(langButtonIn(el, "en")).toBeVisible();
    await expectNotHostile(el, "p", `#${name} first paragraph`);
    await expectNotHostile(el, 'button[data-action="start"]', `#${name} start button`);
  }
  await expect(actionIn(a, "start")).toHaveText(TEXT.fr.start);
  await expect(actionIn(b, "start")).toHaveText(TEXT.en.start);

  // The host's own text keeps the host's style.
  const host = page.locator("#host-text");
  await expect(host).toBeVisible();
  expect(await host.evaluate((el) => getComputedStyle(el).color)).toBe(RED);
  expect(await host.evaluate((el) => getComputedStyle(el).fontSize)).toBe("40px");
});

test("a whole assessment is completed by clicking inside element a, under hostile CSS", async ({ page }) => {
  const { a } = await openElements(page);
  await startIn(a);
  await expect(stepIn(a, PROBLEMS[0])).toBeVisible();
  await expect(actionIn(a, "next")).toBeVisible();
  await expect(actionIn(a, "next")).toHaveText(TEXT.fr.next);
  await expectNotHostile(a, "legend", "a question's legend");
  await expectNotHostile(a, 'button[data-action="next"]', "the next button");
  const results = await fillIn(a, FIRST);
  await expectFirstResults(results);
  await expect(actionIn(a, "restart")).toBeVisible();
  await expectNotHostile(results, "[data-problem]", "a result");
});

/** Computed styles and attributes of the host document that the widget must leave alone. */
async function hostSnapshot(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const props = [
      "color", "background-color", "font-family", "font-size", "font-weight", "line-height", "letter-spacing",
      "text-align", "margin-top", "margin-bottom", "margin-left", "padding-top", "padding-left", "display",
      "box-sizing", "color-scheme", "max-width",
    ];
    const snap: Record<string, unknown> = {};
    for (const selector of ["html", "body", "main", "h1", "#host-text"]) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`host page: no ${selector}`);
      const style = getComputedStyle(el);
      snap[selector] = Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    }
    const html = document.documentElement;
    snap.htmlAttributes = Object.fromEntries(Array.from(html.attributes).map((a) => [a.name, a.value]));
    snap.bodyAttributes = Object.fromEntries(Array.from(document.body.attributes).map((a) => [a.name, a.value]));
    snap.title = document.title;
    return snap;
  });
}

test("the widget's CSS and state do not leak into the host page", async ({ page }) => {
  // Without the widget: embed.js answered by an empty module (same origin, CORS as the server).
  await page.route(`${WIDGET_ORIGIN}${BASE_PATH}embed.js`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/javascript; charset=utf-8",
      headers: { "Access-Control-Allow-Origin": "*" },
      body: "export {};\n",
    }),
  );
  await page.goto(PAGE);
  await expect(page.locator("#host-text")).toBeVisible();
  await expect(page.locator('problemes-imaginaires#a button[data-action="start"]')).toHaveCount(0);
  const without = await hostSnapshot(page);
  expect((without["#host-text"] as Record<string, string>).color).toBe(RED);
  expect((without["#host-text"] as Record<string, string>)["font-size"]).toBe("40px");
  await page.unroute(`${WIDGET_ORIGIN}${BASE_PATH}embed.js`);

  // With both elements rendered, and after using them (language switch, a step).
  const { a, b } = await openElements(page);
  expect(await hostSnapshot(page), "the host page with both elements").toEqual(without);
  await langButtonIn(a, "en").click();
  await expect(langButtonIn(a, "en")).toHaveAttribute("aria-pressed", "true");
  await startIn(b);
  expect(await hostSnapshot(page), "the host page after switching a to English and starting b").toEqual(without);
  await expect(page.locator("html"), "the host document keeps its own language").toHaveAttribute("lang", "fr");
});

test("two elements are independent: own answers, own language, own progress after a reload", async ({ page }) => {
  const { a, b } = await openElements(page);
  await expect(langButtonIn(a, "fr")).toHaveAttribute("aria-pressed", "true");
  await expect(langButtonIn(b, "en")).toHaveAttribute("aria-pressed", "true");

  // Starting and answering in a leaves b on its intro.
  await startIn(a);
  await answerIn(a, "A1", "often");
  await expect(actionIn(b, "start"), "b is still on its intro").toBeVisible();
  await expect(b.locator('section[data-step="problem"]')).toHaveCount(0);

  // b's answers are its own.
  await startIn(b);
  await expect(b.locator('input[type="radio"]:checked'), "nothing answered in b").toHaveCount(0);
  await answerIn(b, "A1", "never");
  await answerIn(b, "A2", "always");
  await expect(radioIn(a, "A1", "often")).toBeChecked();
  await expect(a.locator('input[type="radio"]:checked'), "a has its one answer").toHaveCount(1);
  await expect(actionIn(a, "next")).toHaveText(TEXT.fr.next);
  await expect(actionIn(b, "next")).toHaveText(TEXT.en.next);

  // a goes to the end; b stays on step 1.
  await answerStepIn(a, PROBLEMS[0], FIRST);
  await actionIn(a, "next").click();
  await expect(stepIn(a, PROBLEMS[1])).toBeVisible();
  for (const [at, problem] of PROBLEMS.entries()) {
    if (at === 0) continue;
    await answerStepIn(a, problem, FIRST);
    await actionIn(a, "next").click();
  }
  await expectFirstResults(resultsIn(a));
  await expect(stepIn(b, PROBLEMS[0]), "b is still on step 1").toBeVisible();

  // After a reload each element restores its own progress, in its own language.
  await page.reload();
  await expect(resultsIn(a), "a comes back on its results").toBeVisible();
  await expectFirstResults(resultsIn(a));
  await expect(langButtonIn(a, "fr")).toHaveAttribute("aria-pressed", "true");
  const step = stepIn(b, PROBLEMS[0]);
  await expect(step, "b comes back on step 1").toBeVisible();
  await expect(langButtonIn(b, "en")).toHaveAttribute("aria-pressed", "true");
  await expect(actionIn(b, "next")).toHaveText(TEXT.en.next);
  for (const value of ANSWERS) {
    const expected = value === "never";
    const input = radioIn(b, "A1", value);
    if (expected) await expect(input, `b: A1=${value}`).toBeChecked();
    else await expect(input, `b: A1=${value}`).not.toBeChecked();
  }
  await expect(radioIn(b, "A2", "always")).toBeChecked();
  await expect(step.locator('input[type="radio"]:checked'), "b: exactly its two answers").toHaveCount(2);
  await expect(resultsIn(b)).toHaveCount(0);
});

test("the heading attribute sets the level of the element's headings", async ({ page }) => {
  const { a, b } = await openElements(page);
  // a has no heading attribute: its screen title is an h2, as on a full page; b asks for 3.
  await expect(a.locator("section[data-step=intro] h2").first()).toBeVisible();
  await expect(b.locator("section[data-step=intro] h3").first()).toBeVisible();
  await expect(b.locator("section[data-step=intro] h2")).toHaveCount(0);
  // The page title (h1) is the host's: neither element adds one.
  await expect(page.locator("h1")).toHaveCount(1);
});
