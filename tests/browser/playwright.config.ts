// Playwright browser tests of the built widget (dist/, from `trunk build --release --offline`),
// served from a sub-path by serve-dist.mjs, in Debian's Chromium. Run from the repo root:
//   npx playwright test --config tests/browser/playwright.config.ts
// Never run `npx playwright install`: the browser is /usr/bin/chromium (apt), nothing is downloaded.
import { defineConfig } from "@playwright/test";
import {
  HOST_ORIGIN, THIRD_ORIGIN, CSP_WIDGET_ORIGIN, CSP_HOST_ORIGIN, HOST_CSP,
} from "./servers";

export const ORIGIN = "http://127.0.0.1:4173";
export const BASE_PATH = "/outils/autodiagnostic/";

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.ts$/,
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 2,
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
  // Commands run from this directory. Port 4173 serves the widget for every spec; the others
  // are the embedding specs' hosts and strict-CSP servers (servers.ts), and 4180-4186 the
  // nginx, Apache and upgrade servers (deploy-paths.cjs).
  webServer: [
    {
      // The build of the fake bank version 3 (scripts/env.sh, build_bank_v3) shares this origin: see
      // migration.spec.ts.
      // The fixture banks (tests/fixtures/banks/) are served as if they were in dist/banks/.
      command: "node serve-dist.mjs --port 4173 --host 127.0.0.1 --also /outils/autodiagnostic-v3/=../../target/dist-bank-v3 --banks ../fixtures/banks",
      url: `${ORIGIN}${BASE_PATH}`,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      timeout: 15_000,
    },
    ...[HOST_ORIGIN, THIRD_ORIGIN].map((origin) => ({
      command: `node ../../examples/serve.mjs --port ${new URL(origin).port} --host 127.0.0.1`,
      url: `${origin}/iframe.html`,
      reuseExistingServer: false,
      stdout: "pipe" as const,
      stderr: "pipe" as const,
      timeout: 15_000,
    })),
    {
      command: `node serve-dist.mjs --port ${new URL(CSP_WIDGET_ORIGIN).port} --host 127.0.0.1 --csp`,
      url: `${CSP_WIDGET_ORIGIN}${BASE_PATH}`,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      timeout: 15_000,
    },
    {
      command:
        `node ../../examples/serve.mjs --port ${new URL(CSP_HOST_ORIGIN).port} --host 127.0.0.1 ` +
        `--widget ${CSP_WIDGET_ORIGIN}${BASE_PATH} --csp "${HOST_CSP}"`,
      url: `${CSP_HOST_ORIGIN}/iframe-csp.html`,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      timeout: 15_000,
    },
    {
      // Debian's nginx and Apache with the shipped configurations (deploy/), serving the release
      // folder (scripts/release.sh; run with --reuse-dist by the launcher when missing), the
      // host pages that embed them, and the upgrade server: deploy.spec.ts, upgrade.spec.ts.
      command: "node deploy-servers.mjs",
      url: "http://127.0.0.1:4180/ready",
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      timeout: 180_000,
    },
  ],
});
