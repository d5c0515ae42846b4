// Before sharing, the share panel says who can read what: whoever receives the link or the code
// reads every answer and the role, nothing is encrypted, no name is carried. The sentence sits
// before the link and its copy button, in both languages, and the panel passes axe-core.
import { test, expect, completeWith, expectNoAxeViolations, switchLanguage, FIRST } from "./helpers";

const SENTENCES = {
  fr: "Avant de partager\u202f: toute personne qui reçoit ce lien ou ce code peut l\u2019ouvrir et lire chacune de vos réponses, ainsi que le rôle indiqué. Ils ne sont pas chiffrés\u202f; ils ne portent ni votre nom ni aucun identifiant.",
  en: "Before you share: anyone who receives this link or code can open it and read every one of your answers, and the role given. They are not encrypted; they carry neither your name nor any identifier.",
};

test("the share panel says who can read the link and the code before they are copied", async ({ page }) => {
  const results = await completeWith(page, FIRST);
  const share = results.locator('[data-section="share"]');
  const warning = share.locator("[data-share-who-reads]");
  await expect(warning).toBeVisible();
  await expect(warning).toHaveText(SENTENCES.fr);
  // Read before reaching the link, the copy button and the code.
  for (const later of ["input[data-share-link]", 'button[data-action="copy-link"]', "[data-answer-code]"]) {
    const before = await warning.evaluate(
      (node, selector) => {
        const other = node.closest('[data-section="share"]')?.querySelector(selector);
        return !!other && (node.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      },
      later,
    );
    expect(before, `the sentence comes before ${later}`).toBe(true);
  }
  await expect(share).not.toContainText(/anonym/i);
  await expectNoAxeViolations(page, "the results with the share panel (fr)");

  await switchLanguage(page, "en");
  await expect(warning).toHaveText(SENTENCES.en);
  await expect(share).not.toContainText(/anonym/i);
  await expectNoAxeViolations(page, "the results with the share panel (en)");
});
