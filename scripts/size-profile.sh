#!/usr/bin/env bash
# Optional: which functions make the wasm big. Prints `twiggy top -n 25` (override: TOP=50)
# on a wasm built like dist/'s (release profile, wasm-bindgen, wasm-opt at the level set in
# index.html) but with function names kept: rustc and wasm-bindgen keep the "name" section and
# `wasm-opt -g` preserves it, whereas Trunk's wasm-opt drops it. So sizes match dist/ closely
# except for the name section itself, which twiggy reports as a separate item.
# twiggy is not installed by setup.sh: `cargo install twiggy`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

TOP="${TOP:-25}"
if ! command -v twiggy >/dev/null 2>&1; then
  echo "size-profile: twiggy is not installed. Install it with: cargo install twiggy"
  exit 0
fi

CRATE="problemes-imaginaires"   # the bin target: cargo keeps the dashes in its .wasm name
OUT="$REPO_ROOT/target/size-profile"
mkdir -p "$OUT"

# wasm-opt level from index.html's <link data-trunk rel="rust" data-wasm-opt="...">, as Trunk does.
level="$(grep -o 'data-wasm-opt="[^"]*"' index.html 2>/dev/null | head -1 | sed 's/.*="\(.*\)"/\1/' || true)"
case "$level" in
  "") opt_flag="-O" ;;
  0) opt_flag="" ;;
  *) opt_flag="-O$level" ;;
esac

echo "[size-profile] cargo build --release --target wasm32-unknown-unknown"
wasm_build_env cargo build --release --target wasm32-unknown-unknown -p problemes-imaginaires
echo "[size-profile] wasm-bindgen --target web (names kept)"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" \
  "target/wasm32-unknown-unknown/release/$CRATE.wasm"
if [[ -n "$opt_flag" ]]; then
  echo "[size-profile] wasm-opt $opt_flag -g (debug names kept)"
  wasm-opt "$opt_flag" -g --output="$OUT/${CRATE}_named.wasm" "$OUT/${CRATE}_bg.wasm"
else
  cp "$OUT/${CRATE}_bg.wasm" "$OUT/${CRATE}_named.wasm"
fi

echo
echo "Top $TOP size contributors ($OUT/${CRATE}_named.wasm):"
twiggy top -n "$TOP" "$OUT/${CRATE}_named.wasm"
if compgen -G "dist/*.wasm" >/dev/null; then
  echo
  echo "For comparison, dist/ (names stripped by Trunk's wasm-opt):"
  for f in dist/*.wasm; do printf '  %s: %s bytes\n' "$f" "$(wc -c <"$f")"; done
fi
