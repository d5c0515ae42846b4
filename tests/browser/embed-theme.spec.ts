// The host's colour theme (issue 4): `theme=light|dark|auto` on the iframe page, the `theme`
// attribute on the element. A forced theme wins over the device's preference; `auto` follows it.
import { test, expect, actionIn, EMBED_ORIGINS, HOST_ORIGIN, BASE_URL } from "./helpers";
import type { Locator, Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

const LIGHT_BG = "rgb(255, 255, 255)";
const DARK_BG = "rgb(22, 22, 22)";

async function appBackground(scope: Page | Locator): Promise<string> {
  return scope.locator(".pi-app").first().evaluate((el) => getComputedStyle(el).backgroundColor);
}

for (const device of ["light", "dark"] as const) {
  test.describe(`on a device that prefers ${device}`, () => {
    test.use({ colorScheme: device });

    test("the iframe page follows theme=light, theme=dark and theme=auto", async ({ page }) => {
      for (const [theme, expected] of [
        ["light", LIGHT_BG],
        ["dark", DARK_BG],
        ["auto", device === "dark" ? DARK_BG : LIGHT_BG],
      ] as const) {
        await page.goto(`${BASE_URL}?embed=1&theme=${theme}`);
        await expect(page.locator("[data-action=start]")).toBeVisible();
        expect(await appBackground(page), `theme=${theme}`).toBe(expected);
      }
    });

    test("the element follows its theme attribute, also when it changes", async ({ page }) => {
      await page.goto(`${HOST_ORIGIN}/element.html`);
      const widget = page.locator("problemes-imaginaires#a");
      await expect(actionIn(widget, "start")).toBeVisible();
      expect(await appBackground(widget), "no theme attribute").toBe(device === "dark" ? DARK_BG : LIGHT_BG);
      for (const [theme, expected] of [
        ["dark", DARK_BG],
        ["light", LIGHT_BG],
      ] as const) {
        await widget.evaluate((el, value) => el.setAttribute("theme", value), theme);
        await expect.poll(() => appBackground(widget), { message: `theme="${theme}"` }).toBe(expected);
      }
    });
  });
}
