// The release served by Debian's nginx and Apache with the configurations shipped in deploy/
// (issue 14). deploy-servers.mjs (a webServer of playwright.config.ts) starts them on 4181
// (nginx), 4182 (Apache vhost) and 4183 (Apache .htaccess), serving the release folder written
// by scripts/release.sh, and host pages of examples/ on other origins under a strict policy
// (4184 for nginx, 4185 for Apache), whose element is loaded with the release's SRI hash.
// Against each server: the headers as shipped, the precompressed copies when asked, the browser
// suite's smoke scenario (a whole assessment) with zero CSP violations, and for nginx and the
// Apache vhost the iframe and the element from another origin.
import { request as httpRequest } from "node:http";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test, expect, completeIn, expectFirstResults, actionIn, FIRST, FRAME_ID } from "./helpers";
import { WIDGET_CSP } from "./servers";
import { recordViolations, expectNoViolations } from "./csp-helpers";
import { DEPLOY_PORTS, deployWidgetUrl, releaseDir, releaseVersion } from "./deploy-paths.cjs";

const ROOT = resolve(__dirname, "..", "..");
const RELEASE = releaseDir(ROOT);
const VERSION: string = releaseVersion(ROOT);
const SRI = readFileSync(join(RELEASE, "..", "dist-embed-js.sri.txt"), "utf8").trim();
const PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
const IMMUTABLE = "public, max-age=31536000, immutable";
const ORIGINS = Object.values(DEPLOY_PORTS as Record<string, number>).map((port) => `http://127.0.0.1:${port}`);

test.use({ allowedOrigins: ORIGINS });

/** The release's file named by `pattern` (its name carries the build's hash). */
function releaseFile(pattern: RegExp): string {
  const name = readdirSync(RELEASE).find((file) => pattern.test(file));
  expect(name, `a file ${pattern} in ${RELEASE}`).toBeTruthy();
  return name as string;
}
const WASM = releaseFile(/^problemes-imaginaires-[0-9a-f]+_bg\.wasm$/);
const GLUE = releaseFile(/^problemes-imaginaires-[0-9a-f]+\.js$/);
const CSS = releaseFile(/^main-[0-9a-f]+\.css$/);

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly this Accept-Encoding, the body as sent (not decompressed). */
function rawGet(url: string, acceptEncoding: string): Promise<Raw> {
  return new Promise((done, failed) => {
    const req = httpRequest(url, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", failed);
    });
    req.on("error", failed);
    req.end();
  });
}

/** The body decoded as its Content-Encoding says. */
function decoded(raw: Raw): Buffer {
  const encoding = raw.headers["content-encoding"];
  if (encoding === "br") return brotliDecompressSync(raw.body);
  if (encoding === "gzip") return gunzipSync(raw.body);
  expect(encoding, "no other encoding").toBeUndefined();
  return raw.body;
}

const SERVERS = [
  // Debian's nginx has gzip_static; Brotli needs a module the recipe leaves commented out.
  { name: "nginx", key: "nginx", host: DEPLOY_PORTS.nginxHost, preferred: "gzip" },
  { name: "Apache (vhost)", key: "apache", host: DEPLOY_PORTS.apacheHost, preferred: "br" },
  { name: "Apache (.htaccess)", key: "apacheHtaccess", host: null, preferred: "br" },
] as const;

for (const server of SERVERS) {
  test.describe(server.name, () => {
    const base = deployWidgetUrl(server.key);

    test("sends the shipped headers: strict CSP, nosniff, no referrer, permissions, caching, CORS, wasm type", async () => {
      const files = [
        // [path, file in the release, type, cache, CORS]
        ["", "index.html", /^text\/html/, "no-cache", false],
        ["equipe/", "equipe/index.html", /^text\/html/, "no-cache", false],
        ["complet/", "complet/index.html", /^text\/html/, "no-cache", false],
        ["problemes-imaginaires.html", "problemes-imaginaires.html", /^text\/html/, "no-cache", false],
        ["embed.js", "embed.js", /^(text|application)\/javascript/, "no-cache", true],
        [GLUE, GLUE, /^(text|application)\/javascript/, IMMUTABLE, true],
        [WASM, WASM, /^application\/wasm$/, IMMUTABLE, true],
        [CSS, CSS, /^text\/css/, IMMUTABLE, true],
      ] as const;
      for (const [path, file, type, cache, cors] of files) {
        const raw = await rawGet(base + path, "identity");
        const what = `${server.name} ${base}${path}`;
        expect(raw.status, what).toBe(200);
        expect(raw.headers["content-type"], what).toMatch(type);
        expect(raw.headers["content-security-policy"], what).toBe(WIDGET_CSP);
        expect(raw.headers["x-content-type-options"], what).toBe("nosniff");
        expect(raw.headers["referrer-policy"], what).toBe("no-referrer");
        expect(raw.headers["permissions-policy"], what).toBe(PERMISSIONS);
        expect(raw.headers["cache-control"], what).toBe(cache);
        expect(raw.headers["access-control-allow-origin"], what).toBe(cors ? "*" : undefined);
        expect(raw.headers["content-encoding"], `${what}: nothing compressed when not asked`).toBeUndefined();
        expect(raw.body.equals(readFileSync(join(RELEASE, file))), `${what}: the release's file`).toBe(true);
      }
    });

    test(`sends the precompressed copies when asked (${server.preferred} first, gzip alone)`, async () => {
      for (const [path, file] of [["", "index.html"], ["embed.js", "embed.js"], [WASM, WASM], [CSS, CSS], [GLUE, GLUE]]) {
        const original = readFileSync(join(RELEASE, file));
        for (const [accept, expected] of [["gzip, deflate, br", server.preferred], ["gzip", "gzip"]]) {
          const raw = await rawGet(base + path, accept);
          const what = `${server.name} ${path || "index"} with Accept-Encoding: ${accept}`;
          expect(raw.status, what).toBe(200);
          expect(raw.headers["content-encoding"], what).toBe(expected);
          expect(String(raw.headers.vary ?? "").toLowerCase(), what).toContain("accept-encoding");
          expect(raw.body.length, `${what}: smaller`).toBeLessThan(original.length);
          expect(decoded(raw).equals(original), `${what}: decodes to the release's file`).toBe(true);
          expect(raw.headers["content-security-policy"], what).toBe(WIDGET_CSP);
          if (file === WASM) expect(raw.headers["content-type"], what).toBe("application/wasm");
        }
      }
    });

    test("a whole assessment in the page, compressed, with zero CSP violations; the footers give the version", async ({ page }) => {
      await recordViolations(page);
      const wasm = page.waitForResponse((response) => response.url().endsWith(WASM));
      const response = await page.goto(base);
      expect(response?.headers()["content-security-policy"]).toBe(WIDGET_CSP);
      expect((await wasm).headers()["content-encoding"], "the browser got the wasm's precompressed copy").toBe(server.preferred);
      await expect(actionIn(page, "start")).toBeVisible();
      await expect(page.locator(".pi-version")).toHaveText(`Problèmes imaginaires ${VERSION}`);
      const results = await completeIn(page, FIRST);
      await expectFirstResults(results);
      await expectNoViolations(page, `${server.name}: page`);
      // The team view says the same version in its footer.
      await page.goto(`${base}equipe/`);
      await expect(page.locator("textarea[data-team-input]")).toBeVisible();
      await expect(page.locator(".pi-version")).toHaveText(`Problèmes imaginaires ${VERSION}`);
      await expectNoViolations(page, `${server.name}: team view`);
    });

    if (server.host !== null) {
      const host = `http://127.0.0.1:${server.host}`;

      test("the iframe from a strict-CSP host on another origin", async ({ page }) => {
        await recordViolations(page);
        await page.goto(`${host}/iframe-csp.html`);
        const frame = page.frameLocator(`#${FRAME_ID}`);
        await expect(actionIn(frame, "start")).toBeVisible();
        expect(await page.locator(`#${FRAME_ID}`).getAttribute("src")).toContain(base);
        await expect(frame.locator(".pi-version")).toHaveAttribute("data-version", VERSION);
        const results = await completeIn(frame, FIRST);
        await expectFirstResults(results);
        await expectNoViolations(page, `${server.name}: iframe`);
      });

      test("the element loaded with its SRI hash from a strict-CSP host on another origin", async ({ page }) => {
        await recordViolations(page);
        await page.goto(`${host}/element.html`);
        const script = page.locator('script[type="module"][src$="embed.js"]');
        await expect(script).toHaveAttribute("src", `${base}embed.js`);
        await expect(script).toHaveAttribute("integrity", SRI);
        await expect(script).toHaveAttribute("crossorigin", "anonymous");
        const element = page.locator("problemes-imaginaires#a");
        await expect(actionIn(element, "start")).toBeVisible();
        await expect(element.locator(".pi-version")).toHaveAttribute("data-version", VERSION);
        const results = await completeIn(element, FIRST);
        await expectFirstResults(results);
        await expectNoViolations(page, `${server.name}: element with SRI`);
      });
    }
  });
}
