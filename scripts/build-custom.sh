#!/usr/bin/env bash
# Builds the widget with an organisation's own question bank (issue 12):
#   scripts/build-custom.sh my-bank.toml [--dist DIR]      (or my-bank.json, the normalised JSON)
# 1. checks the bank with bank-check (the same rules as the page and the check page): errors
#    stop here, warnings are printed;
# 2. builds dist/ (or DIR) with it as the compiled-in bank (PI_BANK, read by core/build.rs): the
#    page, the iframe, the element and the single file problemes-imaginaires.html all carry it,
#    and the single file opened from disk shows it;
# 3. writes it as dist/banks/<id>.json, and sets config.json's default bank to it
#    ("bank": "<id>", "banks": ["<id>"]), keeping config.json's other settings.
# The bank's id must be a valid bank name: lower-case letters, digits and -, 64 at most.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

usage() {
  echo "usage: scripts/build-custom.sh BANK.toml|BANK.json [--dist DIR]" >&2
  exit 2
}
[[ $# -ge 1 ]] || usage
bank="$1"
shift
dist="$REPO_ROOT/dist"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --dist) [[ $# -ge 2 ]] || usage; dist="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ -f "$bank" ]] || { echo "build-custom: no such file: $bank" >&2; exit 2; }
bank="$(realpath "$bank")"
mkdir -p "$(dirname "$dist")"
dist="$(realpath -m "$dist")"

echo "build-custom: checking $bank" >&2
checked="$(mktemp --suffix=.json)"
trap 'rm -f "$checked"' EXIT
if ! cargo run --release --quiet -p bank-check -- "$bank" --write-json "$checked"; then
  echo "build-custom: the bank has errors (above): nothing was built" >&2
  exit 1
fi
id="$(node -e 'process.stdout.write(String(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).id))' "$checked")"
if [[ ! "$id" =~ ^[a-z0-9][a-z0-9-]{0,63}$ ]]; then
  echo "build-custom: the bank id \"$id\" cannot name a file of banks/: use lower-case letters, digits and - (64 at most)" >&2
  exit 1
fi

echo "build-custom: building $dist with the bank \"$id\"" >&2
PI_BANK="$bank" build_all "$dist"

node -e '
  const fs = require("fs");
  const [file, id] = process.argv.slice(1);
  const config = JSON.parse(fs.readFileSync(file, "utf8"));
  config.bank = id;
  config.banks = [id];
  fs.writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
' "$dist/config.json" "$id"
echo "build-custom: $dist has the bank \"$id\" compiled in, as banks/$id.json, and as config.json's default" >&2
