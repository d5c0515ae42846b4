// The interface's languages as the page fetches them: content/i18n/<code>.toml → i18n/<code>.json.
// The build (core/build/i18n.rs) has already checked every file against fr.toml (same tables,
// keys and placeholders) before this runs, so this only converts. It reads the small TOML subset
// the language files use (comments, [table] headers, key = "text" and key = ["text", …] lists,
// basic strings with escapes) and stops on anything else, naming the file and line: a file it
// misread would ship a language with wrong words.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The default language: compiled into the wasm, never fetched. */
export const DEFAULT_LANG = "fr";

/** Reads one basic TOML string starting at text[at] === '"'; returns [value, next index]. */
function readString(text, at, where) {
  let out = "";
  let i = at + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return [out, i + 1];
    if (c === "\n") break;
    if (c === "\\") {
      const n = text[i + 1];
      const simple = { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\" }[n];
      if (simple !== undefined) {
        out += simple;
        i += 2;
        continue;
      }
      const digits = n === "u" ? 4 : n === "U" ? 8 : 0;
      const hex = text.slice(i + 2, i + 2 + digits);
      if (!digits || !/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== digits) {
        throw new Error(`${where}: unknown escape \\${n}`);
      }
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 2 + digits;
      continue;
    }
    out += c;
    i += 1;
  }
  throw new Error(`${where}: unterminated string`);
}

/** The tables of one language file, as { table: { key: text or [texts] } }. */
export function parseLanguageFile(text, file) {
  const tables = {};
  let current = null;
  let i = 0;
  let line = 1;
  const where = () => `${file}:${line}`;
  const skipBlank = () => {
    while (i < text.length) {
      if (text[i] === "\n") line += 1;
      if (text[i] === "#") {
        while (i < text.length && text[i] !== "\n") i += 1;
        continue;
      }
      if (!/\s/.test(text[i])) return;
      i += 1;
    }
  };
  while (true) {
    skipBlank();
    if (i >= text.length) break;
    if (text[i] === "[") {
      const end = text.indexOf("]", i);
      const name = text.slice(i + 1, end);
      if (end < 0 || !/^[a-z_]+$/.test(name) || name in tables) throw new Error(`${where()}: bad table header`);
      current = tables[name] = {};
      i = end + 1;
      continue;
    }
    const match = /^([a-z0-9_]+)[ \t]*=[ \t]*/.exec(text.slice(i, i + 200));
    if (!match || !current) throw new Error(`${where()}: expected key = "text" inside a [table]`);
    const key = match[1];
    if (key in current) throw new Error(`${where()}: key ${key} given twice`);
    i += match[0].length;
    if (text[i] === '"') {
      [current[key], i] = readString(text, i, where());
    } else if (text[i] === "[") {
      i += 1;
      const list = [];
      while (true) {
        skipBlank();
        if (text[i] === "]") {
          i += 1;
          break;
        }
        if (text[i] !== '"') throw new Error(`${where()}: a list holds texts only`);
        let value;
        [value, i] = readString(text, i, where());
        list.push(value);
        skipBlank();
        if (text[i] === ",") i += 1;
      }
      current[key] = list;
    } else {
      throw new Error(`${where()}: expected a text or a list of texts`);
    }
    const rest = /^[ \t]*(#[^\n]*)?(\n|$)/.exec(text.slice(i));
    if (!rest) throw new Error(`${where()}: unexpected text after the value`);
    i += rest[0].length;
    if (rest[2] === "\n") line += 1;
  }
  return tables;
}

/**
 * The JSON form the page reads (core/src/i18n.rs, parse_json): [fingerprint, [texts…], [[list…]…]],
 * the texts and lists in the order of the generated struct fields: tables sorted, keys sorted
 * (code-unit order, the same as Rust's for these ASCII names). The fingerprint is FNV-1a (32
 * bits) over every "table.key\n" line in that order, as core/build/i18n.rs computes it: a file
 * written for other keys is refused by the page instead of showing words in the wrong places.
 */
export function jsonForm(tables) {
  let hash = 0x811c9dc5;
  const texts = [];
  const lists = [];
  for (const table of Object.keys(tables).sort()) {
    for (const key of Object.keys(tables[table]).sort()) {
      for (const byte of Buffer.from(`${table}.${key}\n`, "utf8")) {
        hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
      }
      const value = tables[table][key];
      (Array.isArray(value) ? lists : texts).push(value);
    }
  }
  return JSON.stringify([hash >>> 0, texts, lists]);
}

/** Every language but the default, as [code, JSON text], from `i18nDir` (content/i18n). */
export function languageJsonFiles(i18nDir) {
  return readdirSync(i18nDir)
    .filter((name) => /^[a-z]{2,3}\.toml$/.test(name))
    .map((name) => name.slice(0, -".toml".length))
    .filter((code) => code !== DEFAULT_LANG)
    .sort()
    .map((code) => {
      const file = join(i18nDir, `${code}.toml`);
      return [code, jsonForm(parseLanguageFile(readFileSync(file, "utf8"), file))];
    });
}
