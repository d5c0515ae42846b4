// Helpers of the check page's specs (verifier*.spec.ts): opening dist/verifier/, picking a file
// with the keyboard, and the command line's verdict on the same file (bank-check), which the
// page must match.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect, tabTo } from "./helpers";

export const ROOT = resolve(__dirname, "..", "..");
export const VERIFIER_PATH = "verifier/";

/** The bank files the page is checked on: the built-in bank, this spec's fixtures, and the
 *  checker's fixture and hostile banks (tests/fixtures/banks/) when they are there. Files over
 *  the page's size limit are left to the size test. */
export function fixtureFiles(): string[] {
  const files = [join(ROOT, "content", "bank.toml")];
  for (const dir of [join(ROOT, "tests", "fixtures", "verifier"), join(ROOT, "tests", "fixtures", "banks")]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/\.(toml|json)$/i.test(name)) files.push(join(dir, name));
    }
  }
  return files;
}

export const fixture = (name: string): string => join(ROOT, "tests", "fixtures", "verifier", name);

const CARGO_ENV = { ...process.env, PATH: `${homedir()}/.cargo/bin:${process.env.PATH ?? ""}` };

/** Builds the command line once per worker (cargo skips it when it is up to date). */
export function buildCli(): string {
  execFileSync("cargo", ["build", "-q", "-p", "bank-check"], { cwd: ROOT, env: CARGO_ENV, stdio: "inherit" });
  return join(ROOT, "target", "debug", "bank-check");
}

/** What `bank-check FILE --write-json OUT` says: its exit code, its errors and warnings (the
 *  text after `FILE: error: ` and `FILE: warning: `), and the normalised JSON it wrote. */
export interface CliVerdict {
  code: number;
  errors: string[];
  warnings: string[];
  json: string | null;
}

export function runCli(cli: string, file: string): CliVerdict {
  const out = join(mkdtempSync(join(tmpdir(), "pi-verifier-")), "out.json");
  const run = spawnSync(cli, [file, "--lang", "en", "--write-json", out], { encoding: "utf8" });
  const lines = run.stdout.split("\n");
  const after = (marker: string) =>
    lines.filter((line) => line.startsWith(`${file}: ${marker}: `)).map((line) => line.slice(`${file}: ${marker}: `.length));
  return {
    code: run.status ?? -1,
    errors: after("error"),
    warnings: after("warning"),
    json: existsSync(out) ? readFileSync(out, "utf8") : null,
  };
}

/** Opens the check page (with `query`, e.g. `?lang=en`) and waits for its file input. */
export async function openVerifier(page: Page, query = ""): Promise<void> {
  await page.goto(`${VERIFIER_PATH}${query}`);
  await expect(fileInput(page)).toBeVisible();
}

export const fileInput = (page: Page): Locator => page.locator("input[data-bank-file]");
export const status = (page: Page): Locator => page.locator('[role="status"][data-verdict]');

/** Reaches the file input with Tab (unless it has the focus already), as a keyboard user does,
 *  and picks `file` there (the file chooser itself is the system's). Waits for the verdict on
 *  this file: the status names it. */
export async function pickWithKeyboard(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
  const focused = await page.evaluate(() => document.activeElement?.matches("input[data-bank-file]") ?? false);
  if (!focused) await tabTo(page, "input[data-bank-file]", { max: 300 });
  await fileInput(page).setInputFiles(file);
  const name = typeof file === "string" ? basename(file) : file.name;
  await expect(status(page)).toContainText(name);
  await expect(status(page)).not.toHaveAttribute("data-verdict", /^(|reading)$/);
  return (await status(page).getAttribute("data-verdict")) ?? "";
}

/** The texts of the listed errors and warnings. */
export async function findings(page: Page): Promise<{ errors: string[]; warnings: string[] }> {
  const texts = (selector: string) => page.locator(selector).evaluateAll((items) => items.map((item) => item.textContent ?? ""));
  return { errors: await texts("[data-error]"), warnings: await texts("[data-warning]") };
}

export const label = (file: string): string => basename(file);
