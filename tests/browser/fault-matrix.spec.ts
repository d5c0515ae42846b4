// The fault matrix (issue 10): for each fault, the app keeps working, shows a sentence (the exact
// words people read), answers a click afterwards, and loses nothing it had saved.
//   - localStorage that throws on read, on write, on quota (QuotaExceededError);
//   - storage disabled (the localStorage getter throws SecurityError, as with cookies blocked);
//   - a file read that fails halfway (Blob.text(), which the app uses, rejects after reading half);
//   - a storage event from another tab with a value this page cannot read (malformed, oversized);
//   - the page opened offline from the HTTP cache (serve-dist.mjs sends realistic cache headers);
//   - a bank file missing or corrupted (issue 12: dist/banks/, routed here to a 404, then to a
//     truncated file).
// Messages from foreign origins and malformed messages to the iframe are in
// fault-matrix-messages.spec.ts. Faults are injected with page.addInitScript, before the app's
// first script, in the one page under test; the saved data is read from another page of the same
// browser context, whose storage works.
import {
  test, expect, action, start, answer, radio, next, problemStep, resultsStep, storedRaw, downloadFrom, importField,
  tempFile, completeWith, expectStored, openApp, fillQuestionnaire, BASE_URL, ORIGIN, PROBLEMS, STATE_KEY, FIRST,
} from "./helpers";
import type { Browser, BrowserContext, Page } from "@playwright/test";

const UNAVAILABLE =
  "Ce navigateur ne permet pas de garder vos réponses sur cet appareil\u202f: elles seront perdues si vous fermez ou rechargez la page. Pour les garder, exportez-les en fichier depuis les résultats.";
const WRITE_FAILED =
  "Vos dernières réponses n’ont pas pu être enregistrées sur cet appareil (espace plein\u202f?). Exportez-les en fichier depuis les résultats pour ne pas les perdre.";
const FILE_UNREADABLE =
  "Ce fichier n’a pas pu être lu (trop volumineux ou illisible)\u202f: choisissez un fichier JSON exporté par cet outil.";
const ELSEWHERE = "Cet onglet n’enregistre plus vos changements, pour ne pas écraser ces données\u202f: rechargez la page.";

/**
 * Answers A1 and A2 in a plain page of `context` and waits for them to be saved; returns the
 * saved text. The page is closed: the page under test is opened next, alone.
 */
async function saveSomeAnswers(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await openApp(page);
  await start(page);
  await answer(page, "A1", "often");
  await answer(page, "A2", "never");
  await expectStored(page, (state) => expect(state.answers.slice(0, 2)).toBe("31"));
  const saved = (await storedRaw(page)) as string;
  await page.close();
  return saved;
}

/** The saved text, read from a page of `context` that is not the page under test. */
async function savedIn(context: BrowserContext): Promise<string | null> {
  const reader = await context.newPage();
  // embed.js: a file of the same origin that is not the app, so nothing else touches storage.
  await reader.goto("./embed.js");
  const raw = await reader.evaluate((key) => window.localStorage.getItem(key), STATE_KEY);
  await reader.close();
  return raw;
}

/** The page under test still answers a click: "next" from the first step shows the second. */
async function expectStillAnswers(page: Page): Promise<void> {
  await action(page, "next").click();
  await expect(problemStep(page, PROBLEMS[1])).toBeVisible();
}

const THROWING: { name: string; script: () => void; sentence: string; restores: boolean }[] = [
  {
    name: "localStorage.getItem throws (read)",
    script: () => {
      Storage.prototype.getItem = () => {
        throw new DOMException("Read refused by the test", "UnknownError");
      };
    },
    // Nothing can be read: the page starts afresh, says answers will not be kept, and never
    // writes over what is saved.
    sentence: UNAVAILABLE,
    restores: false,
  },
  {
    name: "localStorage.setItem throws (write)",
    script: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException("Write refused by the test", "UnknownError");
      };
    },
    sentence: WRITE_FAILED,
    restores: true,
  },
  {
    name: "localStorage.setItem throws QuotaExceededError (full quota)",
    script: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
    sentence: WRITE_FAILED,
    restores: true,
  },
  {
    name: "the localStorage getter throws SecurityError (storage disabled)",
    script: () => {
      Object.defineProperty(window, "localStorage", {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    },
    sentence: UNAVAILABLE,
    restores: false,
  },
];

for (const fault of THROWING) {
  test(`storage fault: ${fault.name}: a sentence, the app works, the saved answers are intact`, async ({ context }) => {
    const saved = await saveSomeAnswers(context);
    const page = await context.newPage();
    await page.addInitScript(fault.script);
    await page.goto("./");
    if (fault.restores) {
      // The saved answers are read back (step 1, A1 and A2 answered); the first change fails to save.
      await expect(problemStep(page, PROBLEMS[0])).toBeVisible();
      await expect(radio(page, "A1", "often")).toBeChecked();
      await answer(page, "A3", "always");
    } else {
      await start(page);
      await answer(page, "A3", "always");
    }
    const notice = page.locator("[data-storage-status]");
    await expect(notice).toHaveText(fault.sentence);
    await expectStillAnswers(page);
    await expect(notice).toHaveText(fault.sentence);
    expect(await savedIn(context), "what was saved before the fault is intact").toBe(saved);
  });
}

test("a file read that fails halfway: a sentence, nothing imported, the saved answers intact", async ({ page, context }) => {
  const results = await completeWith(page, FIRST);
  const exported = await downloadFrom(page, page.locator('[data-section="keep"] button[data-action="export-json"]'));
  const saved = await storedRaw(page);
  expect(saved).not.toBeNull();

  // From now on, reading a file's text reads its first half, then fails like a disk error.
  await page.evaluate(() => {
    Blob.prototype.text = function (this: Blob) {
      return this.slice(0, Math.floor(this.size / 2))
        .arrayBuffer()
        .then(() => {
          throw new DOMException("The requested file could not be read.", "NotReadableError");
        });
    };
  });
  const input = await importField(page, "result");
  await input.setInputFiles(tempFile(exported.name, exported.bytes));
  const error = page.locator("[data-import-error]");
  await expect(error).toHaveText(FILE_UNREADABLE);
  await expect(error).toHaveAttribute("role", "alert");
  expect(await storedRaw(page), "a failed read changes nothing saved").toBe(saved);
  // The app still answers: back to the last step and on to the results.
  await action(page, "previous").click();
  await expect(problemStep(page, PROBLEMS[3])).toBeVisible();
  await next(page, "results");
  await expect(results).toBeVisible();

  // The history file, on the history screen.
  await page.locator('[data-section="keep"] button[data-action="show-history"]').click();
  const history = await downloadFrom(page, page.locator('button[data-action="export-history"]'));
  await expectStored(page, (state) => expect(state.step).toBe("history"));
  const savedOnHistory = await storedRaw(page);
  const historyInput = await importField(page, "history");
  await historyInput.setInputFiles(tempFile(history.name, history.bytes));
  await expect(page.locator("[data-import-error]")).toHaveText(FILE_UNREADABLE);
  expect(await storedRaw(page)).toBe(savedOnHistory);
  expect(await savedIn(context)).toBe(savedOnHistory);
});

/** What the "other tab" writes under the state key. */
const FOREIGN_VALUES: { name: string; value: () => string; sentence: string }[] = [
  {
    name: "JSON of another tool",
    value: () => '{"schema":"autre-outil/état","données":[1,2,3]}',
    sentence:
      "Les données enregistrées sur cet appareil n’ont pas été écrites par cet outil\u202f: elles ne peuvent pas être reprises, recommencez l’autodiagnostic.",
  },
  {
    name: "not JSON at all",
    value: () => "\u0000<script>window.__xss=1</script>{{{",
    sentence:
      "Les données enregistrées sur cet appareil sont abîmées (JSON invalide à l’octet 0, ligne 1, colonne 1\u202f: caractère inattendu « \u0000 »)\u202f: elles ne peuvent pas être reprises, recommencez l’autodiagnostic.",
  },
  {
    name: "oversized (3 MiB)",
    value: () => `{"schema":"problemes-imaginaires/state","pad":"${"x".repeat(3 * 1024 * 1024)}"}`,
    sentence:
      "Les données enregistrées sur cet appareil sont abîmées (JSON invalide\u202f: le fichier dépasse 2 Mo)\u202f: elles ne peuvent pas être reprises, recommencez l’autodiagnostic.",
  },
];

for (const foreign of FOREIGN_VALUES) {
  test(`a storage event from another tab with a value that cannot be read (${foreign.name}): the tab keeps its answers and stops saving`, async ({
    page, context,
  }) => {
    await openApp(page);
    await start(page);
    await answer(page, "A1", "often");
    await expectStored(page, (state) => expect(state.answers[0]).toBe("3"));

    // The other tab: a page of the same origin that is not the app.
    const other = await context.newPage();
    await other.goto("./embed.js");
    const value = foreign.value();
    await other.evaluate(([key, v]) => window.localStorage.setItem(key, v), [STATE_KEY, value]);

    const notice = page.locator('[data-storage-status="unreadable-elsewhere"]');
    await expect(notice).toHaveText(`${foreign.sentence} ${ELSEWHERE}`);
    await expect(notice).toHaveAttribute("role", "status");
    // Nothing it had is lost: the answers are still on screen, and it still answers clicks.
    await expect(radio(page, "A1", "often")).toBeChecked();
    await answer(page, "A2", "always");
    await expectStillAnswers(page);
    // It does not write over the other tab's value.
    expect(await other.evaluate((key) => window.localStorage.getItem(key), STATE_KEY) === value).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(await page.evaluate(() => (window as any).__xss ?? null)).toBeNull();
  });
}

/** Completes the assessment at `url` in a page of `context`, then closes it; returns what was saved. */
async function completeAt(context: BrowserContext, url: string): Promise<string | null> {
  const page = await context.newPage();
  await page.goto(url);
  await start(page);
  await fillQuestionnaire(page, (question) => FIRST[question] ?? null);
  await expect(resultsStep(page)).toBeVisible();
  const saved = await storedRaw(page);
  await page.close();
  return saved;
}

/**
 * A context with Chromium's HTTP cache on. Playwright turns the cache off in a context with
 * routes, and the guard fixture routes every context it watches, so the offline tests open
 * their own, and check by hand what the guard checks: no request to another origin, no error.
 */
async function cachingContext(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({ baseURL, locale: "fr-FR" });
  const problems: string[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).origin !== ORIGIN) problems.push(`request to another origin: ${request.url()}`);
  });
  context.on("page", (page) => {
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error" && !/ERR_INTERNET_DISCONNECTED/.test(msg.text())) problems.push(`console error: ${msg.text()}`);
    });
  });
  return { context, problems };
}

test("offline, a page the host lets browsers keep (max-age) opens from the HTTP cache, restores the answers and works", async ({
  browser, baseURL,
}) => {
  const { context, problems } = await cachingContext(browser, baseURL);
  // The host sends the page with max-age=600 and the hashed files immutable (serve-dist.mjs).
  const url = `${BASE_URL}?html-max-age=600`;
  const saved = await completeAt(context, url);
  await context.setOffline(true);
  const offline = await context.newPage();
  const failed: string[] = [];
  // (The favicon is fetched by the browser's own icon loader, outside the page's cache: not a
  // file the page needs.)
  offline.on("requestfailed", (request) => {
    if (!/\/favicon-[0-9a-f]{16}\.svg$/.test(request.url())) failed.push(request.url());
  });
  await offline.goto(url);
  await expect(resultsStep(offline)).toBeVisible();
  await expect(offline.locator(`[data-problem="${PROBLEMS[0]}"]`)).toHaveAttribute("data-score", "5.0");
  // No sentence: nothing is wrong for the app, which makes no request of its own.
  await expect(offline.locator("[data-storage-status]")).toHaveCount(0);
  expect(await storedRaw(offline), "the saved answers, as they were").toBe(saved);
  await action(offline, "previous").click();
  await expect(problemStep(offline, PROBLEMS[3])).toBeVisible();
  expect(failed, "every file the page needs came from the cache").toEqual([]);
  await context.close();
  expect(problems).toEqual([]);
});

test("offline, a page sent with no-cache cannot open (Chromium must revalidate it); the saved answers wait intact", async ({
  browser, baseURL,
}) => {
  const { context, problems } = await cachingContext(browser, baseURL);
  // What is true in Chromium: a no-cache page is revalidated on every navigation, and offline
  // that fails before any of the app's code runs (the browser's own error page). The app has
  // no service worker; its hashed files are still in the cache, and the answers in storage.
  const saved = await completeAt(context, BASE_URL);
  await context.setOffline(true);
  const offline = await context.newPage();
  await expect(offline.goto(BASE_URL)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(false);
  await offline.goto(BASE_URL);
  await expect(resultsStep(offline)).toBeVisible();
  expect(await storedRaw(offline), "back online, nothing was lost").toBe(saved);
  await context.close();
  expect(problems).toEqual([]);
});

test("a bank file that is missing, then corrupted: a sentence each time, and the answers saved on it wait intact", async ({
  page, guard,
}) => {
  // Answers saved on the fixture bank laboratoire (served as dist/banks/laboratoire.json).
  const url = `${BASE_URL}?bank=laboratoire`;
  await page.goto(url);
  await action(page, "start").click();
  const first = page.locator('section[data-step="problem"] input[type="radio"][value="often"]').first();
  await first.check();
  const key = "problemes-imaginaires:v1~laboratoire";
  await expect.poll(() => storedRaw(page, key)).not.toBeNull();
  const saved = await storedRaw(page, key);

  let fault: "missing" | "corrupted" | null = "missing";
  await page.route("**/banks/laboratoire.json", async (route) => {
    if (fault === "missing") return route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
    const response = await route.fetch();
    const text = await response.text();
    if (fault === "corrupted") return route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
    return route.fulfill({ response, body: text });
  });
  await page.goto(url);
  const error = page.locator("[data-bank-error]");
  await expect(error.locator("strong")).toHaveText("Le questionnaire « laboratoire » n’a pas pu être chargé.");
  await expect(error).toHaveAttribute("data-bank-error", "http");
  await expect(error).toContainText("banks/laboratoire.json");
  fault = "corrupted";
  await page.reload();
  await expect(error).toHaveAttribute("data-bank-error", "faulty");
  await expect(error.locator("[data-bank-check-errors] li")).not.toHaveCount(0);
  // Nothing was written meanwhile, and the built-in bank was never shown in its place.
  expect(await storedRaw(page, key)).toBe(saved);
  expect(await storedRaw(page, STATE_KEY)).toBeNull();
  // The file is back: the answers are there.
  fault = null;
  await page.reload();
  await expect(page.locator('section[data-step="problem"]')).toBeVisible();
  await expect(page.locator('section[data-step="problem"] input[type="radio"][value="often"]').first()).toBeChecked();
  // Chromium reports the routed 404 in the console: the one expected error.
  guard.errors = guard.errors.filter((line) => !/404/.test(line));
});
