// Content-Security-Policy checks shared by csp.spec.ts (the Node test servers) and
// deploy.spec.ts (nginx and Apache with the shipped configurations): every
// securitypolicyviolation event of every frame is recorded from its first script, and a page
// must end with none.
import { expect } from "./helpers";
import type { Page } from "@playwright/test";

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

/** Records every securitypolicyviolation event of every frame, from its first script on. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const w = window as any;
    w.__violations = [];
    document.addEventListener(
      "securitypolicyviolation",
      (event) =>
        w.__violations.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        }),
      true,
    );
  });
}

/** The violations recorded in each frame of the page, keyed by the frame's URL. */
async function violations(page: Page): Promise<Record<string, Violation[]>> {
  const all: Record<string, Violation[]> = {};
  for (const frame of page.frames()) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const found = await frame.evaluate(() => (window as any).__violations ?? null).catch(() => null);
    expect(found, `the violation recorder ran in ${frame.url()}`).not.toBeNull();
    all[frame.url()] = found as Violation[];
  }
  return all;
}

export async function expectNoViolations(page: Page, what: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const found = await violations(page);
  for (const [url, list] of Object.entries(found)) {
    expect(list, `${what}: securitypolicyviolation events in ${url}`).toEqual([]);
  }
}

