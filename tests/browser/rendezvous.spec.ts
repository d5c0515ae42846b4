// The six-month rendez-vous: the date defaults to today + 6 months in the browser's local time
// (the day clamped to the month's end: 31 August → 28/29 February), a calendar file (RFC 5545)
// is offered for the chosen day, with the share link in its description only when the box saying
// what it carries is ticked, and a chosen day is kept across reloads.
import {
  test, expect, completeWith, downloadFrom, expectStored, resultsStep, FIRST,
} from "./helpers";
import type { Locator, Page } from "@playwright/test";

const rendezvous = (page: Page): Locator => page.locator('[data-section="rendezvous"]');
const reviewDate = (page: Page): Locator => rendezvous(page).locator("input[data-review-date]");
const downloadIcs = (page: Page): Locator => rendezvous(page).locator('button[data-action="download-ics"]');

/** Six months after the browser's local today, the day clamped to the target month's length. */
async function sixMonthsFromBrowserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const months = now.getFullYear() * 12 + now.getMonth() + 6;
    const year = Math.floor(months / 12);
    const month = months % 12;
    const lastDay = new Date(year, month + 1, 0).getDate();
    const day = Math.min(now.getDate(), lastDay);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${year}-${pad(month + 1)}-${pad(day)}`;
  });
}

interface Calendar {
  raw: string;
  /** Content lines after unfolding. */
  lines: string[];
  value: (name: string) => string | undefined;
}

/** Checks the RFC 5545 framing (CRLF, 75-octet lines, one VEVENT) and unfolds the lines. */
function readCalendar(text: string): Calendar {
  expect(text.endsWith("\r\n"), "the file ends with CRLF").toBe(true);
  expect(text.replace(/\r\n/g, ""), "every line ends with CRLF (no bare CR or LF)").not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(Buffer.byteLength(line, "utf8"), `line longer than 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
  const lines = text.replace(/\r\n[ \t]/g, "").slice(0, -2).split("\r\n");
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines[lines.length - 1]).toBe("END:VCALENDAR");
  expect(lines).toContain("VERSION:2.0");
  expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  expect(lines.filter((l) => l === "END:VEVENT")).toHaveLength(1);
  expect(lines.indexOf("BEGIN:VEVENT")).toBeLessThan(lines.indexOf("END:VEVENT"));
  const value = (name: string) => {
    const line = lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    return line?.slice(line.indexOf(":") + 1);
  };
  expect(value("UID"), "UID").toBeTruthy();
  expect(value("DTSTAMP"), "DTSTAMP").toMatch(/^\d{8}T\d{6}Z$/);
  return { raw: text, lines, value };
}

const compact = (date: string) => date.replace(/-/g, "");
const nextDay = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
};

test("the review date defaults to six months from today; the calendar file has the share link only when asked for", async ({
  page,
}) => {
  await completeWith(page, FIRST);
  const expected = await sixMonthsFromBrowserToday(page);
  await expect(reviewDate(page)).toHaveValue(expected);

  const withLink = rendezvous(page).locator("input[type=checkbox][data-ics-link]");
  await expect(withLink).not.toBeChecked();
  await expect(rendezvous(page).locator("label:has(input[data-ics-link])")).toHaveText(
    "Ajouter le lien de partage, qui contient toutes mes réponses, à la description de l\u2019événement",
  );
  const file = await downloadFrom(page, downloadIcs(page));
  expect(file.name).toMatch(/\.ics$/);
  const calendar = readCalendar(file.text);
  expect(calendar.lines).toContain(`DTSTART;VALUE=DATE:${compact(expected)}`);
  expect(calendar.lines).toContain(`DTEND;VALUE=DATE:${compact(nextDay(expected))}`);
  const link = await page.locator("input[data-share-link]").inputValue();
  expect(link).toContain("#r=PI1.");
  const description = calendar.value("DESCRIPTION");
  expect(description, "DESCRIPTION").toBeTruthy();
  expect(calendar.lines.join("\n"), "no share link by default").not.toContain("#r=");
  expect(calendar.value("SUMMARY"), "SUMMARY").toBeTruthy();

  await withLink.check();
  await expect(withLink).toBeChecked();
  const sharing = readCalendar((await downloadFrom(page, downloadIcs(page))).text);
  const shared = sharing.value("DESCRIPTION");
  expect(shared, "DESCRIPTION holds the description, then the share link").toBe(`${description}\\n${link}`);
});

test("a chosen review date goes into the calendar file and is kept after a reload", async ({ page }) => {
  await completeWith(page, FIRST);
  await reviewDate(page).fill("2027-01-15");
  await expectStored(page, (state) => expect(state.reviewDate).toBe("2027-01-15"));
  await expect(reviewDate(page)).toHaveValue("2027-01-15");

  const calendar = readCalendar((await downloadFrom(page, downloadIcs(page))).text);
  expect(calendar.lines).toContain("DTSTART;VALUE=DATE:20270115");
  expect(calendar.lines).toContain("DTEND;VALUE=DATE:20270116");

  await page.reload();
  await expect(resultsStep(page)).toBeVisible();
  await expect(reviewDate(page)).toHaveValue("2027-01-15");
  const again = readCalendar((await downloadFrom(page, downloadIcs(page))).text);
  expect(again.lines).toContain("DTSTART;VALUE=DATE:20270115");
});

// Fixed clocks, in Paris time: the default follows the local calendar day and clamps the day.
const CLOCKS: { now: string; local: string; expected: string }[] = [
  { now: "2026-08-31T10:00:00+02:00", local: "31 August 2026", expected: "2027-02-28" },
  { now: "2027-08-31T10:00:00+02:00", local: "31 August 2027 (leap year after)", expected: "2028-02-29" },
  { now: "2026-05-15T10:00:00+02:00", local: "15 May 2026", expected: "2026-11-15" },
  // 22:30 UTC on 31 August is already 1 September in Paris.
  { now: "2026-09-01T00:30:00+02:00", local: "1 September 2026, 00:30 (31 August in UTC)", expected: "2027-03-01" },
];

test.describe("the default review date in the browser's local time", () => {
  test.use({ timezoneId: "Europe/Paris" });

  for (const { now, local, expected } of CLOCKS) {
    test(`on ${local} it is ${expected}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(now));
      await completeWith(page, FIRST);
      await expect(reviewDate(page)).toHaveValue(expected);
      expect(await sixMonthsFromBrowserToday(page)).toBe(expected);
      const calendar = readCalendar((await downloadFrom(page, downloadIcs(page))).text);
      expect(calendar.lines).toContain(`DTSTART;VALUE=DATE:${compact(expected)}`);
    });
  }
});
