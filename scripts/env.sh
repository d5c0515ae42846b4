# shellcheck shell=bash
# Sourced by the other scripts (and usable by hand: `source scripts/env.sh`).
# Puts the project's npm tools (wasm-opt from npm binaryen, playwright) and cargo-installed
# tools (trunk, wasm-bindgen) first on PATH, so Debian's old binaryen can never be picked.
# Sets REPO_ROOT. Changes nothing else.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT
case ":$PATH:" in
  *":$REPO_ROOT/node_modules/.bin:$HOME/.cargo/bin:"*) ;;
  *) PATH="$REPO_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH" ;;
esac
export PATH
# Trunk must never reach the network: no update check (builds use --offline as well).
export TRUNK_SKIP_VERSION_CHECK=true

# The wasm is built with its standard library rebuilt from source (rust-src, installed by
# setup.sh) and panics compiled to a bare trap: about 15 KB gzip less, the biggest single saving
# (docs/size.md). These two options are unstable, so RUSTC_BOOTSTRAP=1 unlocks them on the
# stable 1.95 toolchain, for the wasm build only (never for native builds and tests).
# -Zfmt-debug=none and -Zlocation-detail=none drop `{:?}` formatting and panic locations, which
# nothing user-visible uses (no Debug output reaches the page, panics are traps): 3.2 KB gzip
# less once serde_json came in (measured 2026-12-02). PI_EXTRA_RUSTFLAGS adds flags for size
# experiments. PI_PLAIN_STD=1 builds with the prebuilt standard library instead.
wasm_build_env() {
  if [[ "${PI_PLAIN_STD:-0}" == 1 ]]; then
    "$@"
  else
    RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none ${PI_EXTRA_RUSTFLAGS:-}" \
      "$@"
  fi
}

# Downloads every crate the builds need, including the standard library's own dependencies,
# so that the builds themselves can run with --offline.
fetch_all() {
  cargo fetch
  wasm_build_env cargo fetch --target wasm32-unknown-unknown
}

# The release build: the app into dist/ (Trunk replaces the folder; its post-build hook also
# writes the element's embed.js and the single file problemes-imaginaires.html from the same
# build, and it copies complet/, the redirect of the former full version's address), then the
# team view into dist/equipe/, the administrators' check page into dist/verifier/, then the
# bank compiled in as a file, dist/banks/<id>.json
# (write_banks). `build_all DIR` builds into DIR instead of dist/ (scripts/build-custom.sh).
# PI_BANK (a bank file, TOML or JSON) replaces content/bank.toml as the compiled-in bank.
build_all() {
  local dist="${1:-$REPO_ROOT/dist}"
  wasm_build_env trunk build --release --offline --dist "$dist"
  # The banks before the prerender: the page it snapshots loads its default bank.
  write_banks "$dist"
  # The first screen prerendered into index.html, and the early-input script (issue 13).
  node "$REPO_ROOT/scripts/prerender.mjs" "$dist" || return 1
  (cd "$REPO_ROOT/team" && wasm_build_env trunk build --release --offline --dist "$dist/equipe")
  (cd "$REPO_ROOT/verifier" && wasm_build_env trunk build --release --offline --dist "$dist/verifier")
}

# dist/banks/<id>.json: the compiled-in bank ($PI_BANK, else content/bank.toml) as normalised
# JSON, checked by bank-check with the page's own rules; <id> is the bank's id, so
# `?bank=<id>` names it.
write_banks() {
  local dist="${1:-$REPO_ROOT/dist}" bank="${PI_BANK:-$REPO_ROOT/content/bank.toml}" id
  mkdir -p "$dist/banks"
  cargo run --release --quiet -p bank-check -- "$bank" --write-json "$dist/banks/.compiled-in.json" >&2
  id="$(node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).id))' "$dist/banks/.compiled-in.json")"
  if [[ ! "$id" =~ ^[a-z0-9][a-z0-9-]{0,63}$ ]]; then
    echo "write_banks: the bank id \"$id\" is not a valid bank name (a-z, 0-9 and -, 64 at most)" >&2
    rm -f "$dist/banks/.compiled-in.json"
    return 1
  fi
  mv "$dist/banks/.compiled-in.json" "$dist/banks/$id.json"
  echo "write_banks: $dist/banks/$id.json" >&2
  # A build with another bank compiled in (PI_BANK, scripts/build-custom.sh) makes it the default.
  if [[ -n "${PI_BANK:-}" ]]; then
    node -e '
      const fs = require("fs");
      const [file, id] = process.argv.slice(1);
      const config = JSON.parse(fs.readFileSync(file, "utf8"));
      config.bank = id;
      config.banks = [id];
      fs.writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
    ' "$dist/config.json" "$id"
  fi
}

# The same page built with a fake version 3 of the built-in bank (core/tests/fixtures/bank-v3.toml,
# derived from the shipped version 2: one question reworded, one removed, one added), into
# target/dist-bank-v3/, for the browser test that opens answers saved by version 2 in it. Never shipped.
build_bank_v3() {
  PI_BANK="$REPO_ROOT/core/tests/fixtures/bank-v3.toml" \
    wasm_build_env trunk build --release --offline --dist "$REPO_ROOT/target/dist-bank-v3"
}
