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
# team view into dist/equipe/. The page's first screen is prerendered in between
# (scripts/prerender.mjs).
build_all() {
  wasm_build_env trunk build --release --offline
  # The first screen prerendered into dist/index.html, and the early-input script (issue 13).
  node "$REPO_ROOT/scripts/prerender.mjs" "$REPO_ROOT/dist" || return 1
  (cd "$REPO_ROOT/team" && wasm_build_env trunk build --release --offline)
}

# The same page built with a fake version 3 of the built-in bank (core/tests/fixtures/bank-v3.toml,
# derived from the shipped version 2: one question reworded, one removed, one added), into
# target/dist-bank-v3/, for the browser test that opens answers saved by version 2 in it. Never shipped.
build_bank_v3() {
  PI_BANK="$REPO_ROOT/core/tests/fixtures/bank-v3.toml" \
    wasm_build_env trunk build --release --offline --dist "$REPO_ROOT/target/dist-bank-v3"
}
