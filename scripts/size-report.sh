#!/usr/bin/env bash
# Size report of the hosted page: every file dist/index.html makes the browser load (the HTML,
# the JS glue, the wasm it loads, CSS, icons, manifest...), raw and gzip -9 sizes, and the total.
# Exits non-zero when the gzip total exceeds the budget: 310 KB (317440 bytes) unless
# SIZE_BUDGET_BYTES says otherwise. Also tells the distance to the 100 KB aim.
# Usage: scripts/size-report.sh [dist-dir]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec node "$REPO_ROOT/scripts/size-report.mjs" "${1:-$REPO_ROOT/dist}"
