// Runs the Firefox ESR tests (tests/firefox/*.test.mjs) with Node's own test runner, against the
// release build in dist/, on the same local servers as the Chromium suite
// (tests/browser/playwright.config.ts): dist/ under /outils/autodiagnostic/ on 4173, and the
// example host pages (examples/serve.mjs) on 4174. It starts them, runs at most two test files
// at a time (each file drives its own firefox-esr), stops them, and ends with one line:
//   firefox: 8 passed, 0 failed in 2m48s
// Usage, from the repository root: node tests/firefox/run.mjs [tests/firefox/some.test.mjs …]
// The TAP log is written to target/test-logs/firefox.tap.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const started = Date.now();

const SERVERS = [
  ["serve-dist", [join(root, "tests/browser/serve-dist.mjs"), "--port", "4173", "--host", "127.0.0.1"]],
  ["examples", [join(root, "examples/serve.mjs"), "--port", "4174", "--host", "127.0.0.1"]],
];

/** Starts a server and resolves once it says it listens (its first line of output). */
function startServer(name, args) {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => resolveStart(child));
    child.once("exit", (code) => reject(new Error(`${name} exited (${code}) before listening: ${stderr.trim()}`)));
  });
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(here)
      .filter((name) => name.endsWith(".test.mjs"))
      .sort()
      .map((name) => join(here, name));

const logDir = join(root, "target", "test-logs");
mkdirSync(logDir, { recursive: true });
const tap = join(logDir, "firefox.tap");
rmSync(tap, { force: true });

const servers = [];
let code = 1;
let notRun = null;
try {
  for (const [name, args] of SERVERS) servers.push(await startServer(name, args));
} catch (error) {
  notRun = error.message;
}
try {
  if (notRun) throw new Error(notRun);
  const runner = spawn(
    process.execPath,
    [
      "--test",
      "--test-concurrency=2",
      // A test that hangs fails instead of holding the test command (the longest takes 30 s to 90 s, with the load).
      "--test-timeout=180000",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { cwd: root, stdio: "inherit" },
  );
  code = await new Promise((done) => runner.once("exit", (status) => done(status ?? 1)));
} catch (error) {
  console.error(`tests/firefox/run.mjs: ${error.message}`);
} finally {
  for (const server of servers) server.kill("SIGTERM");
}

/** The runner's own totals, from the end of the TAP log ("# pass 9", "# fail 0"). */
function total(name) {
  let log = "";
  try {
    log = readFileSync(tap, "utf8");
  } catch {
    return "?";
  }
  const match = [...log.matchAll(new RegExp(`^# ${name} (\\d+)$`, "gm"))].pop();
  return match ? match[1] : "?";
}
const seconds = Math.round((Date.now() - started) / 1000);
const duration = `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
console.log(
  notRun
    ? `firefox: not run (${notRun.split("\n")[0]})`
    : `firefox: ${total("pass")} passed, ${total("fail")} failed in ${duration}`,
);
process.exit(code);
