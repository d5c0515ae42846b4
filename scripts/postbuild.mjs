// Trunk post-build hook (see Trunk.toml), run on the staging directory before it becomes dist/:
//  1. minifies the wasm-bindgen JS glue (Trunk 0.21's minifier fails on it), about 3 KB gzip;
//  2. moves Trunk's inline module loader into an external file, so the page needs no inline
//     script (strict Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval');
//  3. recomputes the subresource-integrity hashes of what it changed.
// Usage: node scripts/postbuild.mjs <dir>   (Trunk sets TRUNK_STAGING_DIR for hooks)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("postbuild: no directory given (argument or TRUNK_STAGING_DIR)");
  process.exit(2);
}
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");

const integrity = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const shortHash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

// Trunk's loader: <script type=module>import init, * as bindings from './NAME.js'; … './NAME_bg.wasm' … </script>
const loader = html.match(/<script type="?module"?>([\s\S]*?)<\/script>/);
if (!loader) {
  console.log("postbuild: no inline loader found; nothing to do");
  process.exit(0);
}
const glueName = loader[1].match(/from\s*['"]\.\/([^'"]+\.js)['"]/)?.[1];
const wasmName = loader[1].match(/['"]\.\/([^'"]+\.wasm)['"]/)?.[1];
if (!glueName || !wasmName) {
  console.error("postbuild: unexpected loader, cannot find the JS glue or the wasm name");
  process.exit(1);
}

// 1. Minify the glue and update its modulepreload integrity.
const gluePath = join(dir, glueName);
const glue = readFileSync(gluePath, "utf8");
const minified = require("esbuild").transformSync(glue, { minify: true, format: "esm", target: "es2020" }).code;
writeFileSync(gluePath, minified);
const escaped = glueName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
html = html.replace(
  new RegExp(`(<link[^>]*href="?\\./${escaped}"?[^>]*integrity=)"?[^\\s">]+"?`),
  `$1"${integrity(minified)}"`,
);

// 2. The loader as an external module, named by its content like Trunk's other files.
const boot = `import init from"./${glueName}";init({module_or_path:"./${wasmName}"});\n`;
const bootName = `boot-${shortHash(boot)}.js`;
writeFileSync(join(dir, bootName), boot);
html = html.replace(
  loader[0],
  `<script type="module" src="./${bootName}" integrity="${integrity(boot)}"></script>`,
);
writeFileSync(htmlPath, html);
console.log(`postbuild: ${glueName} ${glue.length} -> ${minified.length} bytes; loader moved to ${bootName}`);
