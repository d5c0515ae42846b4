// The build works from a sub-path (as on an intranet host): every asset is requested relative to
// /outils/autodiagnostic/, none from the server root.
import { test, expect, openApp, start, next, ORIGIN, BASE_PATH, BASE_URL } from "./helpers";

test("the app loads from the sub-path and all its requests stay under it", async ({ page }) => {
  const responses: { url: string; status: number; type: string }[] = [];
  page.on("response", (response) =>
    responses.push({ url: response.url(), status: response.status(), type: response.headers()["content-type"] ?? "" }),
  );

  await openApp(page);
  expect(page.url()).toBe(BASE_URL);
  await start(page);
  await next(page, "political-crisis");
  await page.waitForLoadState("networkidle");

  const urls = responses.map((r) => r.url);
  console.log(`responses (${responses.length}):\n  ${responses.map((r) => `${r.status} ${r.type} ${r.url}`).join("\n  ")}`);
  for (const url of urls) {
    expect(url.startsWith(BASE_URL), `request outside ${BASE_PATH}: ${url}`).toBe(true);
  }
  for (const r of responses) {
    expect(r.status, `status of ${r.url}`).toBeLessThan(400);
  }
  // The wasm was fetched from the sub-path with the right MIME type (streaming compilation).
  const wasm = responses.filter((r) => r.url.endsWith(".wasm"));
  expect(wasm.length, "the wasm module is loaded").toBeGreaterThan(0);
  for (const r of wasm) expect(r.type).toBe("application/wasm");
  const js = responses.filter((r) => r.url.endsWith(".js"));
  expect(js.length, "the JS glue is loaded").toBeGreaterThan(0);
  // Nothing from the root: /index.js, /favicon.ico, ...
  expect(urls.filter((url) => !url.startsWith(`${ORIGIN}${BASE_PATH}`))).toEqual([]);
});

test("the sub-path without its trailing slash redirects and works", async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE_PATH.slice(0, -1)}`);
  expect(page.url()).toBe(BASE_URL);
  await start(page);
});

test("the server root is not the app (the test server only serves the sub-path)", async ({ page }) => {
  const response = await page.request.get(`${ORIGIN}/index.html`);
  expect(response.status()).toBe(404);
});
