#!/usr/bin/env bash
# Development server of the team view (team/, a separate page): `trunk serve` (rebuilds on
# change) at http://127.0.0.1:8081/ . Run it next to scripts/serve.sh (port 8080): the main
# page's rebuilds replace dist/, so this one builds into target/serve-equipe/ instead of
# dist/equipe/. From the main page, the "Vue d'équipe" link (equipe/) works only in a release
# build (scripts/test.sh's build, or the two `trunk build` commands in README.md).
# Extra arguments go to trunk, e.g. `scripts/serve-team.sh --release`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

scripts/setup.sh
fetch_all
echo "[serve-team] http://127.0.0.1:8081/"
cd team
wasm_build_env trunk serve --offline --address 127.0.0.1 --port 8081 --dist "$REPO_ROOT/target/serve-equipe" "$@"
