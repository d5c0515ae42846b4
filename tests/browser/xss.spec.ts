// Script and HTML payloads everywhere text comes in (issue 10, "XSS"): every free-text field
// (notes, every pact field), every field of an imported result or history file, the share
// fragment and the URL parameters, and the team view's paste and file import. Run against the
// normal server (4173) and the strict-CSP one (4176). A test fails on:
//   - a `securitypolicyviolation` event in any frame (recorded from the first script on), or a
//     console error (the guard: Chromium logs every CSP violation as one);
//   - the window flag `__xss` set by any payload that ran;
//   - any request outside the test servers (the guard), or to a payload's own address;
//   - any dialog (alert, confirm, prompt, print);
//   - an element with an inline event handler attribute in the page.
// And the Markdown and CSV downloads of that state carry the payloads neutralised.
import {
  test, expect, start, fillQuestionnaire, resultsStep, downloadFrom, importField, tempFile,
  expectStored, encodeCode, EMBED_ORIGINS, ORIGIN, CSP_WIDGET_ORIGIN, BASE_PATH, FIRST, QUESTION_IDS, PROBLEMS,
} from "./helpers";
import type { Page } from "@playwright/test";

test.use({ allowedOrigins: EMBED_ORIGINS });

/** Every payload sets window.__xss if it runs, and names xss.invalid if it loads anything. */
const PAYLOADS = [
  `<img src=http://xss.invalid/i.png onerror="window.__xss=1">`,
  `<script>window.__xss=1</script>`,
  `javascript:window.__xss=1`,
  `"><svg onload="window.__xss=1">`,
  `'><iframe src="javascript:window.__xss=1"></iframe>`,
  `# Titre injecté`,
  `## <b>gras</b> [lien](javascript:window.__xss=1) ![i](http://xss.invalid/m.png)`,
  `=HYPERLINK("http://xss.invalid/","clic")`,
  `+1+1`, `-2`, `@SUM(1)`, `\tTab`,
  `<a href="http://xss.invalid/">clic</a>`,
  "${window.__xss=1}{{constructor.constructor('window.__xss=1')()}}",
];
const PAYLOAD = PAYLOADS.join("\n");
/** A short one for the pact's short fields (200 characters at most). */
const SHORT = `"><svg onload="window.__xss=1"><img src=http://xss.invalid/s.png onerror="window.__xss=1">`;

/** Watches `page` for everything this spec fails on; returns the check to run at the end. */
async function watchForXss(page: Page): Promise<() => Promise<void>> {
  const dialogs: string[] = [];
  const probes: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    // (The page's own address may carry a payload: only a request to the payload's host counts.)
    if (/xss/i.test(new URL(request.url()).hostname)) probes.push(request.url());
  });
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const w = window as any;
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`), true);
  });
  return async () => {
    for (const frame of page.frames()) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const found = await frame.evaluate(() => ({ xss: (window as any).__xss ?? null, violations: (window as any).__violations ?? [],
        handlers: Array.from(document.querySelectorAll("*")).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      }));
      expect(found.xss, `window.__xss in ${frame.url()}`).toBeNull();
      expect(found.violations, `securitypolicyviolation events in ${frame.url()}`).toEqual([]);
      expect(found.handlers, `inline event handlers in ${frame.url()}`).toEqual([]);
    }
    expect(dialogs, "dialogs").toEqual([]);
    expect(probes, "requests to a payload's address").toEqual([]);
  };
}

for (const server of [ORIGIN, CSP_WIDGET_ORIGIN]) {
  const base = `${server}${BASE_PATH}`;
  const tag = server === ORIGIN ? "normal server" : "strict CSP";

  test(`${tag}: payloads in every free-text field, kept and shown as text; the Markdown and CSV neutralise them`, async ({ page }) => {
    const check = await watchForXss(page);
    await page.goto(base);
    await start(page);
    await fillQuestionnaire(page, (question) => FIRST[question] ?? null);
    const results = resultsStep(page);
    for (const which of [0, 1]) await results.locator(`#pi-note-${which}`).fill(PAYLOAD);
    await expectStored(page, (state) => expect(state.notes).toEqual([PAYLOAD, PAYLOAD]));

    await page.locator('[data-section="keep"] button[data-action="show-pact"]').click();
    for (const field of ["team", "sponsor", "date"]) await page.locator(`[data-pact-field="${field}"]`).fill(SHORT);
    for (const field of ["autonomy", "transparency", "commitments"]) await page.locator(`[data-pact-field="${field}"]`).fill(PAYLOAD);
    await expectStored(page, (state) => expect(state.pact.commitments).toBe(PAYLOAD));
    // Shown again from storage.
    await page.reload();
    await expect(page.locator('[data-pact-field="team"]')).toHaveValue(SHORT);
    await expect(page.locator(".pact__print").first()).toHaveText(SHORT);
    await page.locator('button[data-action="back-to-results"]').click();
    await expect(results.locator("#pi-note-0")).toHaveValue(PAYLOAD);

    const markdown = await downloadFrom(page, page.locator('[data-section="keep"] button[data-action="export-markdown"]'));
    // Escaped means a backslash before each sign Markdown would read: "\\<img", "\\[lien\\]\\(".
    for (const raw of [/(?<!\\)<(img|script|svg|iframe|a |b>)/, /(?<!\\)\]\(javascript:/, /(?<!\\)!\[i/]) {
      expect(markdown.text, `the Markdown carries no unescaped ${raw}`).not.toMatch(raw);
    }
    expect(markdown.text, "the payloads are there, escaped").toContain("\\<script\\>window.\\_\\_xss=1\\</script\\>");
    expect(markdown.text.split("\n"), "no heading made from a note").not.toContain("# Titre injecté");
    expect(markdown.text.split("\n").filter((line) => /^#{1,6} .*(Titre injecté|gras)/.test(line))).toEqual([]);
    const csv = await downloadFrom(page, page.locator('[data-section="keep"] button[data-action="export-csv"]'));
    const cells = csv.text.replace(/^\uFEFF/, "").split(/;|\r?\n/).map((cell) => cell.replace(/^"|"$/g, ""));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)), "CSV cells that a spreadsheet would run").toEqual([]);
    await check();
  });

  test(`${tag}: payloads in every field of imported result and history files`, async ({ page }) => {
    const check = await watchForXss(page);
    await page.goto(base);
    await start(page);
    await fillQuestionnaire(page, (question) => FIRST[question] ?? null);
    const json = JSON.parse((await downloadFrom(page, page.locator('[data-section="keep"] button[data-action="export-json"]'))).text);

    // Accepted: payloads where the file may hold any text (notes, labels, texts, fields this
    // version ignores); refused with a sentence: payloads where a value is checked.
    const accepted = structuredClone(json);
    accepted.notes = { worstCase: PAYLOAD, smallestAction: SHORT };
    accepted.role = SHORT;
    accepted.answers.forEach((a: Record<string, unknown>) => { a.text = PAYLOAD; a.problem = SHORT; a.label = SHORT; });
    accepted.extra = { html: PAYLOAD };
    const refusedVariants: Record<string, unknown>[] = [
      { ...json, lang: SHORT },
      { ...json, date: SHORT },
      { ...json, format: SHORT },
      { ...json, nonce: SHORT },
      { ...json, bank: { id: SHORT, version: 1 } },
      { ...json, answers: json.answers.map((a: Record<string, unknown>, at: number) => (at === 0 ? { ...a, question: SHORT } : a)) },
      { ...json, answers: json.answers.map((a: Record<string, unknown>, at: number) => (at === 0 ? { ...a, answer: SHORT } : a)) },
      { [SHORT]: PAYLOAD },
    ];
    let input = await importField(page, "result");
    for (const variant of refusedVariants) {
      await input.setInputFiles(tempFile("resultat.json", JSON.stringify(variant)));
      await expect(page.locator("[data-import-error]")).toBeVisible();
      await expect(resultsStep(page)).toBeVisible();
      input = await importField(page, "result");
    }
    await input.setInputFiles(tempFile("resultat.json", JSON.stringify(accepted)));
    await expect(page.locator("[data-import-error]")).toHaveCount(0);
    await expect(resultsStep(page).locator("#pi-note-0")).toHaveValue(PAYLOAD);

    // The history file: every entry field.
    await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
    const history = JSON.parse((await downloadFrom(page, page.locator('button[data-action="export-history"]'))).text);
    const entry = history.entries[0];
    const historyVariants = [
      { ...history, entries: [{ ...entry, date: SHORT }] },
      { ...history, entries: [{ ...entry, code: SHORT }] },
      { ...history, entries: [{ ...entry, code: `PI1.${SHORT}` }] },
      { ...history, entries: [{ ...entry, nonce: SHORT }] },
      { ...history, entries: [{ ...entry, [SHORT]: PAYLOAD }], format: SHORT },
    ];
    for (const variant of historyVariants) {
      const historyInput = await importField(page, "history");
      await historyInput.setInputFiles(tempFile("historique.json", JSON.stringify(variant)));
      await expect(page.locator("[data-import-error]")).toBeVisible();
    }
    await check();
  });

  test(`${tag}: payloads in the share fragment and in every URL parameter`, async ({ page }) => {
    const check = await watchForXss(page);
    const encoded = encodeURIComponent(SHORT);
    const valid = encodeCode(QUESTION_IDS.map((id) => FIRST[id] ?? null), 77);
    const urls = [
      `${base}#r=${encoded}`,
      `${base}#r=PI1.${encoded}`,
      `${base}#r=${valid}${encoded}`,
      `${base}#${encoded}`,
      `${base}?lang=${encoded}&theme=${encoded}&heading=${encoded}#r=${valid}`,
      `${base}index.html?embed=1&lang=${encoded}&theme=${encoded}&heading=${encoded}&origin=${encoded}&events=completed`,
      `${base}index.html?embed=1&origin=${encodeURIComponent("javascript:window.__xss=1")}&events=completed`,
      `${base}index.html?embed=${encoded}&${encoded}=${encoded}`,
    ];
    for (const url of urls) {
      await page.goto(url);
      await expect(page.locator(".pi-app")).toBeVisible();
      await expect(page.locator("section[data-step]").first()).toBeVisible();
      const text = await page.locator("body").innerText();
      expect(text, `${url}: the page shows no markup from the address`).not.toMatch(/<svg|onerror/);
      await check();
    }
    // The shared view still works with a valid code.
    await page.goto(`${base}#r=${valid}`);
    await expect(page.locator(`[data-problem="${PROBLEMS[0]}"]`).first()).toHaveAttribute("data-score", "5.0");
    await check();
  });

  test(`${tag}: payloads pasted and dropped into the team view`, async ({ page }) => {
    const check = await watchForXss(page);
    await page.goto(`${base}equipe/`);
    const codes = [0, 1, 2].map((n) => encodeCode(QUESTION_IDS.map((id) => FIRST[id] ?? null), 500 + n));
    const paste = [PAYLOAD, ...codes, `${base}#r=${SHORT}`, `PI1.${SHORT}`, `#r=#r=${SHORT}`].join("\n");
    await page.locator("textarea[data-team-input]").fill(paste);
    await page.locator('button[data-action="add-codes"]').click();
    await expect(page.locator("[data-accepted]")).toHaveAttribute("data-accepted", "3");
    await page.locator("input[data-team-files]").setInputFiles([
      tempFile("equipe.json", JSON.stringify({ format: SHORT, notes: { worstCase: PAYLOAD }, answers: [{ question: SHORT, answer: SHORT }] })),
      tempFile("<img src=x onerror=window.__xss=1>.json", PAYLOAD),
    ]);
    await expect(page.locator("[data-team-problem]").first()).toBeVisible();
    // The refused file's format is quoted back as text, markup and all.
    await expect(page.locator("body")).toContainText(`« ${SHORT} »`);
    await expect(page.locator("body")).toContainText("Fichier « <img src=x onerror=window.__xss=1>.json »");
    await check();
  });
}

