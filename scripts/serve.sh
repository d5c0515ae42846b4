#!/usr/bin/env bash
# Development server: installs what is missing, then `trunk serve` (rebuilds on change) at
# http://127.0.0.1:8080 . Never downloads tools (--offline): they come from scripts/setup.sh.
# Extra arguments go to trunk, e.g. `scripts/serve.sh --release`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

scripts/setup.sh
fetch_all
echo "[serve] http://127.0.0.1:8080/"
wasm_build_env trunk serve --offline --address 127.0.0.1 --port 8080 "$@"
