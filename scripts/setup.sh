#!/usr/bin/env bash
# Installs what the build and the tests need, and only what is missing or at the wrong version:
#   - the Rust toolchain of rust-toolchain.toml (1.95.0, rust-src, clippy, rustfmt, wasm32 target)
#   - trunk 0.21.14 (cargo install, ~15 min the first time)
#   - wasm-bindgen-cli at the exact version of wasm-bindgen in Cargo.lock
#   - npm devDependencies (binaryen's wasm-opt, Playwright, axe-core, puppeteer-core) via `npm ci`
#   - Debian chromium + chromium-driver (Playwright never downloads a browser here), poppler-utils,
#     nginx and apache2 (the release's server recipes are tested with them, tests/browser/deploy.spec.ts)
#   - Debian firefox-esr, driven by puppeteer-core over WebDriver BiDi (tests/firefox/)
# Idempotent: a second run prints "ok" lines and changes nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

TRUNK_VERSION="0.21.14"

say() { printf '[setup] %s\n' "$*"; }

# --- Rust toolchain -----------------------------------------------------------------------------
# rust-toolchain.toml pins the toolchain (1.95.0) with its components (rust-src: the release
# wasm rebuilds the standard library for size, see env.sh; clippy; rustfmt) and the
# wasm32-unknown-unknown target. `rustup toolchain install` with no name installs exactly that;
# it runs only when something is missing.
rust_ready() {
  local components targets
  rustc --version >/dev/null 2>&1 || return 1
  components="$(rustup component list --installed 2>/dev/null)" || return 1
  targets="$(rustup target list --installed 2>/dev/null)" || return 1
  grep -q '^rust-src' <<<"$components" && grep -q '^clippy' <<<"$components" \
    && grep -q '^rustfmt' <<<"$components" && grep -qx 'wasm32-unknown-unknown' <<<"$targets"
}
if rust_ready; then
  say "ok: $(rustc --version | awk '{print $1, $2}') with rust-src, clippy, rustfmt, wasm32-unknown-unknown (rust-toolchain.toml)"
else
  say "installing the toolchain of rust-toolchain.toml"
  rustup toolchain install
fi

# --- trunk --------------------------------------------------------------------------------------
# If another `cargo install trunk` is already running (e.g. started by hand), wait for it rather
# than compiling trunk twice in parallel.
while pgrep -f "cargo install trunk" >/dev/null 2>&1; do
  say "waiting for a running 'cargo install trunk' to finish..."
  sleep 30
done
current_trunk="$(trunk --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$current_trunk" == "$TRUNK_VERSION" ]]; then
  say "ok: trunk $TRUNK_VERSION"
else
  say "installing trunk $TRUNK_VERSION (found: ${current_trunk:-none}); this takes ~15 min on 2 cores"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# --- wasm-bindgen-cli == Cargo.lock's wasm-bindgen ----------------------------------------------
wanted_bindgen="$(awk '
  $0 == "[[package]]" { in_pkg = 1; name = ""; next }
  in_pkg && $1 == "name" { gsub(/"/, "", $3); name = $3 }
  in_pkg && $1 == "version" && name == "wasm-bindgen" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
if [[ -z "$wanted_bindgen" ]]; then
  echo "[setup] error: no wasm-bindgen entry in Cargo.lock" >&2
  exit 1
fi
current_bindgen="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$current_bindgen" == "$wanted_bindgen" ]]; then
  say "ok: wasm-bindgen-cli $wanted_bindgen (matches Cargo.lock)"
else
  say "installing wasm-bindgen-cli $wanted_bindgen (found: ${current_bindgen:-none}); ~3 min"
  # No --locked: the crate's own lockfile pins a webpki-roots release the registry no longer offers.
  if [[ -n "$current_bindgen" ]]; then
    cargo install wasm-bindgen-cli --version "$wanted_bindgen" --force
  else
    cargo install wasm-bindgen-cli --version "$wanted_bindgen"
  fi
fi

# --- npm devDependencies ------------------------------------------------------------------------
# `npm ci` when node_modules is missing or older than package-lock.json (npm rewrites
# node_modules/.package-lock.json on every install, so its mtime marks the last install).
if [[ ! -f node_modules/.package-lock.json ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]] \
  || [[ ! -x node_modules/.bin/wasm-opt ]] || [[ ! -x node_modules/.bin/playwright ]] \
  || [[ ! -f node_modules/puppeteer-core/package.json ]]; then
  say "installing npm devDependencies (npm ci)"
  npm ci --no-audit --no-fund
else
  say "ok: node_modules up to date with package-lock.json"
fi
say "wasm-opt: $(wasm-opt --version) at $(command -v wasm-opt)"

# --- Chromium, pdftotext for the print tests, nginx and Apache for the deploy tests (Debian) -----
# nginx and Apache are only run by the tests, on localhost ports with their own configuration
# files (tests/browser/deploy-servers.mjs); the packages' own services are not started when they
# are installed here, so that they do not take port 80 on a developer's machine or a CI runner.
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver && -x /usr/bin/pdftotext && -x /usr/sbin/nginx && -x /usr/sbin/apache2 ]]; then
  say "ok: chromium, chromium-driver, poppler-utils, nginx and apache2"
else
  say "installing chromium, chromium-driver, poppler-utils, nginx and apache2 (apt)"
  if [[ "$(id -u)" -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update
  # A policy-rc.d that refuses: the packages must not start their services while installing
  # (port 80; no init system in CI). One that is already there (container images) is left alone.
  own_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    own_policy=1
  fi
  rc=0
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver poppler-utils nginx apache2 || rc=$?
  if [[ "$own_policy" == 1 ]]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
  [[ "$rc" == 0 ]] || exit "$rc"
fi

# --- Firefox ESR (Debian), for the Firefox tests ---------------------------------------------------
# Firefox ESR is the browser of most State workstations. tests/firefox/ drives Debian's build with
# puppeteer-core over WebDriver BiDi; no browser is ever downloaded from elsewhere.
if [[ -x /usr/bin/firefox-esr ]]; then
  say "ok: $(/usr/bin/firefox-esr --version 2>/dev/null || echo firefox-esr)"
else
  say "installing firefox-esr (apt)"
  if [[ "$(id -u)" -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y firefox-esr
fi

say "done"
