// Bad data on the device never stops the app and is never silently wiped: whatever is under
// "problemes-imaginaires:v1" when the page loads, the app starts, says in an alert that the data
// could not be restored, offers it for download byte for byte, and keeps it (under the same key,
// or copied under a timestamped backup key "problemes-imaginaires:v1:backup:<instant>"). Without
// localStorage at all, the app works and says that answers will not be kept. (backups.spec.ts
// covers what is then offered for each backup.)
import {
  test, expect, action, start, answer, fillQuestionnaire, resultsStep, downloadFrom, storedRaw, expectResult,
  expectLanguage, expectStored, backupKeys, STATE_KEY, BACKUP_KEY, PROBLEMS, best,
} from "./helpers";
import type { Page } from "@playwright/test";

const CASES: { name: string; raw: string }[] = [
  { name: "not JSON", raw: "{not json" },
  {
    name: "JSON of another schema",
    raw: '{"schema":"autre-outil/état","version":3,"données":["é",1,null],"note":"« garder »"}',
  },
  {
    name: "an unknown future schema version",
    raw:
      '{"schema":"problemes-imaginaires/state","schemaVersion":99,"bank":{"id":"problemes-imaginaires","version":1},' +
      '"lang":"fr","step":"intro","answers":"33333333333333333333333333333333","hologram":{"depth":3}}',
  },
  {
    name: "our schema with a damaged field",
    raw:
      '{"schema":"problemes-imaginaires/state","schemaVersion":1,"bank":{"id":"problemes-imaginaires","version":1},' +
      '"lang":"fr","step":"problem:security-panic","answers":"3333"}',
  },
  {
    name: "answers to another bank",
    raw:
      '{"schema":"problemes-imaginaires/state","schemaVersion":1,"bank":{"id":"un-autre-questionnaire","version":1},' +
      '"lang":"fr","step":"intro","answers":"33333333333333333333333333333333"}',
  },
];

/** Puts `raw` under the state key before the app's first load (only once per tab). */
async function seedBeforeLoad(page: Page, raw: string): Promise<void> {
  await page.addInitScript(
    ({ key, value }) => {
      if (window.sessionStorage.getItem("pi-test-seeded") === null) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem("pi-test-seeded", "1");
      }
    },
    { key: STATE_KEY, value: raw },
  );
}

/** The raw value is still on the device, under the state key or a backup key. */
async function expectRawKept(page: Page, raw: string, when: string): Promise<void> {
  const kept = [await storedRaw(page, STATE_KEY), await storedRaw(page, BACKUP_KEY)];
  for (const key of await backupKeys(page)) kept.push(await storedRaw(page, key));
  expect(kept, `${when}: the unreadable data is still in localStorage (${STATE_KEY} or a backup key)`).toContain(raw);
}

for (const { name, raw } of CASES) {
  test(`stored data that is ${name}: the app starts, explains, offers the raw data and keeps it`, async ({ page }) => {
    await seedBeforeLoad(page, raw);
    await page.goto("./");
    await expect(action(page, "start")).toBeVisible();

    const notice = page.locator('[data-storage-status="unreadable"]');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute("role", "alert");
    await expect(notice).toContainText(/n['’]avons pas pu reprendre les données/);
    await expect(notice).not.toContainText(/panic|undefined|unreachable/);
    await expectRawKept(page, raw, "after start-up");

    const file = await downloadFrom(page, notice.locator('button[data-action="download-raw"]'));
    expect(file.text, "downloaded raw data").toBe(raw);
    expect(file.bytes.equals(Buffer.from(raw, "utf8")), "downloaded bytes are the stored value in UTF-8").toBe(true);

    // Using the app afterwards never overwrites the only copy.
    await start(page);
    await answer(page, "A1", "often");
    // (The data was put aside, so the new answers are saved: wait for that write.)
    await expectStored(page, (state) => expect(state.answers).toBe(`3${"0".repeat(31)}`));
    await expectRawKept(page, raw, "after answering a question");

    // A reload does not lose it either.
    await page.reload();
    await expectRawKept(page, raw, "after a reload");
  });
}

test("unreadable stored data is explained in English too", async ({ page }) => {
  await seedBeforeLoad(page, "{not json");
  await page.goto("./?lang=en");
  await expectLanguage(page, "en");
  const notice = page.locator('[data-storage-status="unreadable"]');
  await expect(notice).toHaveAttribute("role", "alert");
  await expect(notice).toContainText(/could not restore the data/i);
  const file = await downloadFrom(page, notice.locator('button[data-action="download-raw"]'));
  expect(file.text).toBe("{not json");
});

const NO_STORAGE: { name: string; script: () => void }[] = [
  {
    name: "window.localStorage throws (storage blocked)",
    script: () => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    },
  },
  {
    name: "every Storage method throws",
    script: () => {
      for (const method of ["getItem", "setItem", "removeItem", "clear", "key"] as const) {
        Object.defineProperty(Storage.prototype, method, {
          configurable: true,
          value() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      }
    },
  },
];

for (const { name, script } of NO_STORAGE) {
  test(`no storage (${name}): the app works to the results and says answers will not be kept`, async ({ page }) => {
    await page.addInitScript(script);
    await page.goto("./");
    await expect(action(page, "start")).toBeVisible();
    const notice = page.locator('[data-storage-status="unavailable"]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(/ne permet pas de garder vos réponses|seront perdues/);

    await start(page);
    await fillQuestionnaire(page, best);
    const results = resultsStep(page);
    for (const problem of PROBLEMS) {
      await expectResult(results.locator(`[data-problem="${problem}"]`), "10.0", "under-control");
    }
    await expect(notice).toBeVisible();
    await expect(page.locator('[data-storage-status="unreadable"]')).toHaveCount(0);
    // The share link still works without storage.
    await expect(results.locator("input[data-share-link]")).toHaveValue(/#r=PI1\./);
  });
}
