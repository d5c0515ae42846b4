// The same page open in two tabs stays in step: a change saved in one shows in the other, with a
// polite sentence; deleting everything in one starts the other afresh. (A change too large to be
// saved, which the length limits now leave only to data saved before them, is in
// text-limits.spec.ts; a malformed or oversized value from another tab in fault-matrix.spec.ts.)
import {
  test, expect, action, start, answer, radio, problemStep, storedRaw, expectStored, PROBLEMS,
} from "./helpers";

test("answering in one tab updates the other, which says so and does not write it back", async ({ page, context }) => {
  await page.goto("./");
  await expect(action(page, "start")).toBeVisible();
  const other = await context.newPage();
  await other.goto("./");
  await expect(action(other, "start")).toBeVisible();

  await start(page);
  await answer(page, "A1", "often");
  await expectStored(page, (state) => expect(state.answers[0]).toBe("3"));
  const saved = await storedRaw(page);

  await expect(problemStep(other, PROBLEMS[0])).toBeVisible();
  await expect(radio(other, "A1", "often")).toBeChecked();
  const status = other.locator("[data-session-notice]");
  await expect(status).toHaveAttribute("role", "status");
  await expect(status).toHaveText("Vos réponses ont été mises à jour depuis un autre onglet.");
  expect(await storedRaw(other), "the other tab leaves the saved text as it found it").toBe(saved);

  // And back: the other tab's change reaches the first one.
  await answer(other, "A2", "never");
  await expect(radio(page, "A2", "never")).toBeChecked();
  await expect(page.locator("[data-session-notice]")).toHaveText(/autre onglet/);

  // Dismissing the sentence.
  await page.locator('button[data-action="dismiss-session-notice"]').click();
  await expect(page.locator("[data-session-notice]")).toHaveText("");

  // Deleting everything in one tab starts the other afresh.
  await other.locator('button[data-action="delete-data"]').click();
  await other.locator('button[data-action="confirm-delete-data"]').click();
  await expect(action(page, "start")).toBeVisible();
  await expect(page.locator("[data-session-notice]")).toHaveText(/effacées dans un autre onglet/);
  expect(await storedRaw(page)).toBeNull();
});
