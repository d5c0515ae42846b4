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
