// Playwright browser tests of the built widget (dist/, from `trunk build --release --offline`),
// served from a sub-path by serve-dist.mjs, in Debian's Chromium. Run from the repo root:
//   npx playwright test --config tests/browser/playwright.config.ts
// Never run `npx playwright install`: the browser is /usr/bin/chromium (apt), nothing is downloaded.
import { defineConfig } from "@playwright/test";

export const ORIGIN = "http://127.0.0.1:4173";
export const BASE_PATH = "/outils/autodiagnostic/";

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.ts$/,
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `${ORIGIN}${BASE_PATH}`,
    // The app picks its default language from navigator.language; French is the product default.
    locale: "fr-FR",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    headless: true,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node serve-dist.mjs --port 4173 --host 127.0.0.1",
    url: `${ORIGIN}${BASE_PATH}`,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    timeout: 15_000,
  },
});
