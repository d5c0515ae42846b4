#!/usr/bin/env bash
# Builds the release and packs it for administrators:
#   target/release/problemes-imaginaires-<version>/        the release folder (served by the
#                                                           nginx and Apache browser tests)
#   target/release/problemes-imaginaires-<version>.zip     the same folder, zipped
#   target/release/problemes-imaginaires-<version>.tar.gz  and as a tarball
#   target/release/problemes-imaginaires-<version>.SHA256SUMS  the archives' checksums
# The folder holds dist/ (with a .gz and a .br copy of every text and wasm file), deploy/ (the
# server recipes), VERSION, CHANGELOG.md, LISEZMOI.txt / README.txt for administrators and
# SHA256SUMS (checked with `sha256sum -c SHA256SUMS` from inside the folder).
# The version is the workspace's ([workspace.package] version in Cargo.toml, SemVer).
# It ends by printing the Subresource Integrity hash of dist/embed.js and the element snippet.
#
# Usage: scripts/release.sh              # release build (fetch_all; build_all), then pack
#        scripts/release.sh --reuse-dist # pack the dist/ already built (scripts/test.sh does this)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

say() { printf '[release] %s\n' "$*"; }
fail() { printf '[release] FAILED: %s\n' "$*" >&2; exit 1; }

VERSION="$(awk '
  /^\[/ { in_ws = ($0 == "[workspace.package]") }
  in_ws && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
' Cargo.toml)"
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "no SemVer version under [workspace.package] in Cargo.toml (found '${VERSION}')"
NAME="problemes-imaginaires-$VERSION"
OUT="$REPO_ROOT/target/release"
FOLDER="$OUT/$NAME"

if [[ "${1:-}" == "--reuse-dist" ]]; then
  say "reusing dist/ (no build)"
else
  say "release build of $VERSION"
  fetch_all
  build_all
fi

# A dist/ from another version (or a half build) must not be shipped under this name.
[[ -f dist/index.html && -f dist/embed.js && -f dist/problemes-imaginaires.html && -f dist/equipe/index.html && -f dist/complet/index.html ]] \
  || fail "dist/ is incomplete (index.html, embed.js, problemes-imaginaires.html, equipe/, complet/); run without --reuse-dist"
wasm="$(find dist -maxdepth 1 -name '*_bg.wasm' | head -n 1)"
[[ -n "$wasm" ]] || fail "no wasm in dist/"
LC_ALL=C grep -aqF "Problèmes imaginaires $VERSION" "$wasm" \
  || fail "$wasm was not built from version $VERSION (its footer text says otherwise); run without --reuse-dist"

say "assembling $FOLDER"
rm -rf "$FOLDER" "$OUT/$NAME.zip" "$OUT/$NAME.tar.gz" "$OUT/$NAME.SHA256SUMS"
mkdir -p "$FOLDER"
cp -R dist "$FOLDER/dist"
cp -R deploy "$FOLDER/deploy"
cp CHANGELOG.md "$FOLDER/CHANGELOG.md"
printf '%s\n' "$VERSION" >"$FOLDER/VERSION"
node scripts/precompress.mjs "$FOLDER/dist"

# Subresource Integrity of the element's loader (sha384, as browsers check it).
SRI="sha384-$(openssl dgst -sha384 -binary "$FOLDER/dist/embed.js" | openssl base64 -A)"
for doc in LISEZMOI.txt README.txt; do
  sed -e "s|@VERSION@|$VERSION|g" -e "s|@SRI@|$SRI|g" "scripts/release/$doc" >"$FOLDER/$doc"
done
printf '%s\n' "$SRI" >"$FOLDER/dist-embed-js.sri.txt"

(cd "$FOLDER" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum >SHA256SUMS)
(cd "$FOLDER" && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS does not check in $FOLDER"

# Reproducible archives: sorted names, no owner, one date (the last commit's).
epoch="$(git log -1 --format=%ct 2>/dev/null || date +%s)"
(cd "$OUT" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -czf "$NAME.tar.gz" "$NAME")
(cd "$OUT" && find "$NAME" -exec touch -h -d "@$epoch" {} + && find "$NAME" -print | LC_ALL=C sort | zip -qX -@ "$NAME.zip")
(cd "$OUT" && sha256sum "$NAME.zip" "$NAME.tar.gz" >"$NAME.SHA256SUMS")

# What an administrator does: unpack, then `sha256sum -c SHA256SUMS`. Done here on both archives.
check="$(mktemp -d)"
trap 'rm -rf "$check"' EXIT
mkdir "$check/zip" "$check/tar"
unzip -q "$OUT/$NAME.zip" -d "$check/zip"
tar -xzf "$OUT/$NAME.tar.gz" -C "$check/tar"
for kind in zip tar; do
  (cd "$check/$kind/$NAME" && sha256sum -c --quiet SHA256SUMS) || fail "the $kind archive does not pass sha256sum -c"
done
say "sha256sum -c: OK in both archives ($(wc -l <"$FOLDER/SHA256SUMS") files)"

say "version $VERSION"
say "folder   $FOLDER"
while read -r sum file; do say "archive  $OUT/$file  sha256 $sum"; done <"$OUT/$NAME.SHA256SUMS"
say "embed.js integrity: $SRI"
cat <<SNIPPET
[release] the element, with Subresource Integrity (replace the address with yours):
<script type="module" src="https://outils.example.gouv.fr/autodiagnostic/embed.js"
  integrity="$SRI" crossorigin="anonymous"></script>
<problemes-imaginaires lang="fr" theme="auto" heading="2" id="diagnostic"></problemes-imaginaires>
SNIPPET
