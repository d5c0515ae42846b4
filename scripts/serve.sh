#!/usr/bin/env bash
# Builds the release dist/ (the widget, and the team view in dist/equipe/) after installing what
# is missing, then serves it at http://127.0.0.1:8080/ (team view: /equipe/). A static server
# rather than `trunk serve`: the two pages are two Trunk builds into one folder, and a rebuild
# of one would wipe the other. Run it again after a change. Port: PORT=8090 scripts/serve.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

scripts/setup.sh
fetch_all
build_all
exec node tests/browser/serve-dist.mjs --port "${PORT:-8080}" --host 127.0.0.1 --base /
