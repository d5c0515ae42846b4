// Trunk post-build hook (see Trunk.toml), run on the staging directory before it becomes dist/:
//  1. minifies the wasm-bindgen JS glue (Trunk 0.21's minifier fails on it), about 3 KB gzip;
//  2. moves Trunk's inline module loader into an external file, so the page needs no inline
//     script (strict Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval');
//  3. recomputes the subresource-integrity hashes of what it changed;
//  4. writes the element loader dist/embed.js (from assets/embed.js) and its stylesheet, the
//     page's stylesheet with rem turned into px (a host page may set any root font size);
//  5. writes dist/i18n/<code>.json, the interface's words of every language but the default one
//     (French, compiled into the wasm), fetched when a visitor picks that language;
//  6. writes dist/problemes-imaginaires.html: one self-contained file (stylesheet, script and
//     gzip-compressed wasm inline, and every other language as an inert data block) that works
//     when opened from disk, where nothing can be fetched.
// Steps 4 to 6 use the same build as the page: there is one app.
// Usage: node scripts/postbuild.mjs [--page-only] [<dir>]   (Trunk sets TRUNK_STAGING_DIR for hooks)
//   --page-only: steps 1 to 3 only, for a page that is not the widget (the team view,
//   team/Trunk.toml): the element loader and the single file belong to the main page.
// Anything missing that it should rewrite (the inline loader, the JS glue, the wasm, the
// stylesheet, the integrity attribute…) stops the build with a message naming it: a page
// shipped half-rewritten would fail in browsers, not here.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants as zlib } from "node:zlib";
import { createRequire } from "node:module";
import { languageJsonFiles } from "./i18n-json.mjs";

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const pageOnly = args.includes("--page-only");
const dir = args.find((arg) => !arg.startsWith("--")) || process.env.TRUNK_STAGING_DIR;

/** Stops the build: `what` is missing or not as expected. */
function fail(what) {
  console.error(`postbuild: FAILED: ${what}`);
  process.exit(1);
}
/** The content of `path`, which must exist (`what` names it in the error). */
function readOrFail(path, what, encoding) {
  if (!existsSync(path)) fail(`${what} not found: ${path}`);
  return readFileSync(path, encoding);
}

if (!dir) fail("no directory given (argument or TRUNK_STAGING_DIR)");
const htmlPath = join(dir, "index.html");
let html = readOrFail(htmlPath, "the page (index.html)", "utf8");

const integrity = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const shortHash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

// Trunk's loader: <script type=module>import init, * as bindings from './NAME.js'; … './NAME_bg.wasm' … </script>
const loader = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!loader) fail(`no inline module loader (<script type="module">…</script>) in ${htmlPath}`);
const glueName = loader[1].match(/from\s*['"]\.\/([^'"]+\.js)['"]/)?.[1];
const wasmName = loader[1].match(/['"]\.\/([^'"]+\.wasm)['"]/)?.[1];
if (!glueName) fail(`the inline loader of ${htmlPath} names no JS glue (import … from './NAME.js')`);
if (!wasmName) fail(`the inline loader of ${htmlPath} names no wasm ('./NAME.wasm')`);
const wasmPath = join(dir, wasmName);
if (!existsSync(wasmPath)) fail(`the wasm the loader names is not in the build: ${wasmPath}`);

// 1. Minify the glue and update its modulepreload integrity.
const gluePath = join(dir, glueName);
const glue = readOrFail(gluePath, "the JS glue the loader imports", "utf8");
const minified = require("esbuild").transformSync(glue, { minify: true, format: "esm", target: "es2020" }).code;
writeFileSync(gluePath, minified);
const escaped = glueName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const preload = new RegExp(`(<link[^>]*href="?\\./${escaped}"?[^>]*integrity=)"?[^\\s">]+"?`);
// The old hash would make the browser refuse the minified glue.
if (!preload.test(html)) fail(`no <link … href="./${glueName}" integrity=…> (the glue's preload) in ${htmlPath}`);
html = html.replace(preload, `$1"${integrity(minified)}"`);

// 2. The loader as an external module, named by its content like Trunk's other files. The wasm
//    module starts nothing by itself (embed.js shares it): the page asks for the page.
//    Once the app runs, a `pi:started` performance mark says so (scripts/bench-load.mjs), and
//    what the visitor did on the prerendered first screen is replayed (assets/early-input.js).
const boot =
  `import init,{start_page}from"./${glueName}";init({module_or_path:"./${wasmName}"}).then(()=>{start_page();` +
  `performance.mark("pi:started");window.__piEarly?.replay()});\n`;
const bootName = `boot-${shortHash(boot)}.js`;
writeFileSync(join(dir, bootName), boot);
html = html.replace(
  loader[0],
  `<script type="module" src="./${bootName}" integrity="${integrity(boot)}"></script>`,
);
writeFileSync(htmlPath, html);
console.log(`postbuild: ${glueName} ${glue.length} -> ${minified.length} bytes; loader moved to ${bootName}`);
if (pageOnly) process.exit(0);

// 4. The element: embed.js keeps a stable name (host pages link to it); what it loads is hashed.
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cssName = readdirSync(dir).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
if (!cssName) fail(`no stylesheet main-<hash>.css in ${dir}`);
const css = readFileSync(join(dir, cssName), "utf8");
const remToPx = (text) =>
  text.replace(/(-?(?:\d+\.?\d*|\.\d+))rem\b/g, (_, n) => `${Math.round(Number(n) * 16 * 100) / 100}px`);
const embedCss = remToPx(css);
const embedCssName = `embed-${shortHash(embedCss)}.css`;
writeFileSync(join(dir, embedCssName), embedCss);
const embedTemplate = readOrFail(join(root, "assets", "embed.js"), "the element loader's template", "utf8");
for (const placeholder of ["__GLUE__", "__WASM__", "__CSS__"]) {
  if (!embedTemplate.includes(placeholder)) fail(`assets/embed.js has no ${placeholder} to fill in`);
}
const embedJs = embedTemplate
  .replaceAll("__GLUE__", glueName)
  .replaceAll("__WASM__", wasmName)
  .replaceAll("__CSS__", embedCssName);
writeFileSync(
  join(dir, "embed.js"),
  require("esbuild").transformSync(embedJs, { minify: true, format: "esm", target: "es2020" }).code,
);
console.log(`postbuild: embed.js and ${embedCssName} written`);

// 5. The other languages' words, next to the page: i18n/<code>.json (same origin as the page and
//    the wasm; the element fetches them from the widget's folder like the wasm itself).
let languages;
try {
  languages = languageJsonFiles(join(root, "content", "i18n"));
} catch (error) {
  fail(`content/i18n: ${error.message}`);
}
mkdirSync(join(dir, "i18n"), { recursive: true });
for (const [code, json] of languages) writeFileSync(join(dir, "i18n", `${code}.json`), json);
console.log(`postbuild: i18n/${languages.map(([code]) => `${code}.json`).join(", ")} written`);

// 6. The single file. From disk, browsers fetch nothing (not even a module next to the page), so
//    everything is inline. To stay well under 250 KB, the stylesheet, the JS glue and the wasm
//    are gzip-compressed and base64-encoded in non-executed <script> blocks; a small inline
//    module inflates them with the browser's DecompressionStream, adds the stylesheet, runs the
//    glue (converted to a classic script: a file:// page may not import modules, not even from
//    blob: URLs in every browser) and starts the page.
const wasm = readFileSync(wasmPath);
const packed = (bytes) => gzipSync(bytes, { level: zlib.Z_BEST_COMPRESSION }).toString("base64");
const favicon = readdirSync(dir).find((name) => /^favicon-[0-9a-f]+\.svg$/.test(name));
const faviconData = favicon
  ? `data:image/svg+xml;base64,${readFileSync(join(dir, favicon)).toString("base64")}`
  : null;
const classicGlue = require("esbuild").transformSync(minified, {
  minify: true,
  format: "iife",
  globalName: "__problemesImaginaires",
  target: "es2020",
  logLevel: "error",
}).code;
//    Each other language is a data block <script type="application/json" id="pi-i18n-CODE"
//    data-gzip> (never executed): the loader inflates it in place before starting the page, and
//    the wasm reads it instead of fetching i18n/CODE.json.
const singleLoader = `const inflate=(id)=>new Response(new Blob([Uint8Array.from(atob(document.getElementById(id).textContent),(c)=>c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream("gzip")));
const languages=[...document.querySelectorAll("script[id^=pi-i18n-][data-gzip]")].map(async(block)=>{block.textContent=await inflate(block.id).text();block.removeAttribute("data-gzip");});
Promise.all([inflate("pi-css").text(),inflate("pi-glue").text(),inflate("pi-wasm").arrayBuffer(),...languages]).then(async([css,glue,wasm])=>{
const style=document.createElement("style");style.textContent=css;document.head.append(style);
const script=document.createElement("script");script.textContent=glue;document.head.append(script);
const bindings=window.__problemesImaginaires;
await bindings.default({module_or_path:wasm});bindings.start_page();});`;
const loaderJs = require("esbuild").transformSync(singleLoader, { minify: true, format: "esm", target: "es2020" }).code;
const blob = (id, bytes) => `<script type="application/octet-stream" id="${id}">${packed(bytes)}</script>`;
let single = html
  // Every external reference goes: preloads, the boot script, the stylesheet, the icon.
  .replace(/<link[^>]*rel="?(?:modulepreload|preload)"?[^>]*>/g, "")
  .replace(/<script[^>]*src="[^"]*"[^>]*><\/script>/g, "")
  .replace(/<link[^>]*rel="?stylesheet"?[^>]*>/g, "")
  .replace(/<link[^>]*rel="?icon"?[^>]*>/g, () => (faviconData ? `<link rel="icon" href="${faviconData}">` : ""));
if (!single.includes("</body>")) fail(`no </body> in ${htmlPath} to put the single file's content before`);
single = single.replace(
  "</body>",
  () =>
    blob("pi-css", Buffer.from(css)) +
    blob("pi-glue", Buffer.from(classicGlue)) +
    blob("pi-wasm", wasm) +
    languages
      .map(([code, json]) => `<script type="application/json" id="pi-i18n-${code}" data-gzip>${packed(Buffer.from(json))}</script>`)
      .join("") +
    `<script type="module">${loaderJs}</script></body>`,
);
writeFileSync(join(dir, "problemes-imaginaires.html"), single);
console.log(`postbuild: problemes-imaginaires.html ${single.length} bytes (wasm ${wasm.length} bytes inside)`);
