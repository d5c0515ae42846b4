// Every page reads its address with the same parser (assessment_core::embed::QueryParams, the
// rules of URLSearchParams: `+` is a space, %XX escapes are decoded): the assessment page, its
// iframe mode and the team view understand `?lang=%65n` as `?lang=en`. The native test
// `embed::tests::one_reading_of_the_query_for_every_page` checks the decoded values, origin
// included.
import { test, expect, action, BASE_URL } from "./helpers";

const QUERY = "lang=%65n&theme=dark&origin=https%3A%2F%2Fa.example";

test("the iframe page reads encoded parameters", async ({ page }) => {
  await page.goto(`${BASE_URL}?embed=1&${QUERY}`);
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".pi-app")).toHaveAttribute("data-embed", "frame");
});

test("the page and the team view read the same encoded language", async ({ page }) => {
  await page.goto(`${BASE_URL}?${QUERY}`);
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto(`${BASE_URL}equipe/?${QUERY}`);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
