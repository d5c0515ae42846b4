// Writes a .gz and a .br copy next to every text and wasm file of a folder, for web servers that
// serve precompressed files (nginx `gzip_static`, Apache rewrite rules, Caddy `precompressed`,
// IIS static compression; recipes in deploy/). Node's built-in zlib only: gzip at level 9,
// Brotli at quality 11 (the slowest and smallest: this runs once per release, not per request).
// A copy is kept only when it is smaller than the file; each copy gets the file's modification
// time, as nginx's gzip_static expects. Files that already end in .gz or .br are left alone, so
// running it twice changes nothing.
// Usage: node scripts/precompress.mjs <folder>
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";

/** What is worth compressing: text, and the wasm (about 3 to 4 times smaller). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".svg", ".json", ".txt", ".xml", ".map", ".webmanifest"]);

const dir = process.argv[2];
if (!dir) {
  console.error("precompress: usage: node scripts/precompress.mjs <folder>");
  process.exit(1);
}

/** Every file under `folder`, recursively. */
function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

let count = 0;
let plain = 0;
let brotli = 0;
for (const path of [...files(dir)]) {
  if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
  const bytes = readFileSync(path);
  const { atime, mtime } = statSync(path);
  const copies = {
    ".gz": gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }),
    ".br": brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]:
          extname(path) === ".wasm" ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    }),
  };
  for (const [suffix, packed] of Object.entries(copies)) {
    if (packed.length >= bytes.length) continue;
    writeFileSync(path + suffix, packed);
    utimesSync(path + suffix, atime, mtime);
  }
  count += 1;
  plain += bytes.length;
  brotli += Math.min(copies[".br"].length, bytes.length);
}
console.log(`precompress: ${count} files in ${dir}, ${(plain / 1024).toFixed(1)} KB -> ${(brotli / 1024).toFixed(1)} KB with Brotli`);
