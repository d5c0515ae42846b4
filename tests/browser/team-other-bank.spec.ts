// The team view names the questionnaire of pasted codes made on another bank (issue 12): on
// equipe/?bank=laboratoire, a code of the built-in bank is refused line by line with the core's
// sentence, and below, the bank it answers is named with a link to its own team view.
import { test, expect, BASE_URL } from "./helpers";
import { encodeBankCode, fixtureBank, questionIds } from "./bank-helpers";

const LABO = fixtureBank("laboratoire");

test("the team view names the bank of pasted codes made on another questionnaire", async ({ page }) => {
  const builtIn = encodeBankCode({ ...LABO, id: "problemes-imaginaires", version: 2 }, new Array(32).fill("often"), 11);
  const own = encodeBankCode(LABO, questionIds(LABO).map(() => "rarely"), 12);
  await page.goto(`${BASE_URL}equipe/?bank=laboratoire`);
  await page.locator("textarea[data-team-input]").fill([own, builtIn].join("\n"));
  await page.locator('button[data-action="add-codes"]').click();
  await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "1");
  await expect(page.locator("[data-rejected-line]")).toContainText("autre questionnaire");
  const named = page.locator("[data-code-bank]");
  await expect(named).toHaveAttribute("data-code-bank", "problemes-imaginaires");
  await expect(named).toContainText("« problemes-imaginaires »");
  await expect(named.locator("a[data-open-other-bank]")).toHaveAttribute("href", "?lang=fr&bank=problemes-imaginaires");
  await named.locator("a[data-open-other-bank]").click();
  await expect(page).toHaveURL(/equipe\/\?lang=fr&bank=problemes-imaginaires$/);
  await expect(page.locator("textarea[data-team-input]")).toBeVisible();
});
