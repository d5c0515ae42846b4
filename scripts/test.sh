#!/usr/bin/env bash
# THE test command (also what CI runs, via .ci/run). Stops at the first failing step.
#   1. setup (installs only what is missing)      6. cargo fetch + trunk build --release --offline
#   2. cargo fmt --check                           7. size report against the budget
#   3. cargo clippy (native, all targets)          8. the release folder and archives (scripts/release.sh
#   4. cargo clippy (wasm32, the web crates)          --reuse-dist: checksums checked with sha256sum -c)
#   5. cargo test --workspace                      9. Playwright browser tests on dist/ (sub-path), and on
#                                                     the release behind nginx and Apache (deploy.spec.ts)
#                                                 10. Firefox ESR tests on dist/ (tests/firefox/)
# Ends with one summary line: "test.sh: PASS ..." or "test.sh: FAIL at step N (...) ...".
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO_ROOT"

LOG_DIR="$REPO_ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
START=$(date +%s)
STEP_NO=0
CURRENT=""
SUMMARY_EXTRA=()

elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

banner() {
  printf '\n==================================================================\n'
  printf '== [%d/10] %s\n' "$STEP_NO" "$1"
  printf '==================================================================\n'
}

on_exit() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    printf '\ntest.sh: FAIL at step %d/10 (%s) after %s%s\n' "$STEP_NO" "$CURRENT" "$(elapsed "$START")" \
      "$(printf ', %s' "${SUMMARY_EXTRA[@]+"${SUMMARY_EXTRA[@]}"}")"
  fi
}
trap on_exit EXIT

# step "title" command... : runs one step with a banner; stops the script when it fails.
step() {
  STEP_NO=$((STEP_NO + 1))
  CURRENT="$1"
  shift
  banner "$CURRENT"
  local t0
  t0=$(date +%s)
  "$@"
  printf -- '-- ok: %s (%s)\n' "$CURRENT" "$(elapsed "$t0")"
}

step "setup" scripts/setup.sh
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy (native)" cargo clippy --workspace --all-targets -- -D warnings
step "cargo clippy (wasm32)" \
  cargo clippy --target wasm32-unknown-unknown -p problemes-imaginaires -p problemes-imaginaires-team -p problemes-imaginaires-verifier -p ui-shared --all-targets -- -D warnings

run_cargo_tests() {
  local rc=0 passed failed
  cargo test --workspace 2>&1 | tee "$LOG_DIR/cargo-test.log" || rc=$?
  passed=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^passed;?$/) s += $i } END { print s + 0 }' "$LOG_DIR/cargo-test.log")
  failed=$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($(i+1) ~ /^failed;?$/) s += $i } END { print s + 0 }' "$LOG_DIR/cargo-test.log")
  SUMMARY_EXTRA+=("cargo tests: $passed passed, $failed failed")
  return "$rc"
}
step "cargo test --workspace" run_cargo_tests

build_dist() {
  fetch_all
  build_all
  build_bank_v3
  # The widget built with the fixture bank laboratoire, for custom-bank-single-file.spec.ts.
  scripts/build-custom.sh tests/fixtures/banks/laboratoire.json --dist target/dist-custom
}
step "trunk build --release --offline" build_dist

run_size_report() {
  local rc=0 line
  scripts/size-report.sh 2>&1 | tee "$LOG_DIR/size-report.log" || rc=$?
  line=$(grep -m1 '^gzip total:' "$LOG_DIR/size-report.log" || true)
  if [[ -n "$line" ]]; then line="${line#gzip total: }"; SUMMARY_EXTRA+=("size: gzip ${line%%;*}"); fi
  return "$rc"
}
step "size report (budget)" run_size_report

# The release an administrator downloads, from the dist/ just built; deploy.spec.ts serves it.
step "release (scripts/release.sh --reuse-dist)" scripts/release.sh --reuse-dist

run_browser_tests() {
  local rc=0
  npx playwright test --config tests/browser/playwright.config.ts 2>&1 | tee "$LOG_DIR/playwright.log" || rc=$?
  local passed failed skipped
  passed=$(grep -Eo '^ *[0-9]+ passed' "$LOG_DIR/playwright.log" | tail -1 | tr -dc '0-9' || true)
  failed=$(grep -Eo '^ *[0-9]+ failed' "$LOG_DIR/playwright.log" | tail -1 | tr -dc '0-9' || true)
  skipped=$(grep -Eo '^ *[0-9]+ skipped' "$LOG_DIR/playwright.log" | tail -1 | tr -dc '0-9' || true)
  SUMMARY_EXTRA+=("browser tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped")
  return "$rc"
}
step "playwright browser tests" run_browser_tests

# Debian's Firefox ESR (the browser of most State workstations), driven by puppeteer-core over
# WebDriver BiDi: keyboard assessment, share link in a fresh profile, team view, iframe, element,
# single file, axe-core. run.mjs starts the same local servers and ends with
# "firefox: N passed, M failed in …".
run_firefox_tests() {
  local rc=0 line
  node tests/firefox/run.mjs 2>&1 | tee "$LOG_DIR/firefox.log" || rc=$?
  line=$(grep '^firefox: ' "$LOG_DIR/firefox.log" | tail -1 || true)
  line="${line#firefox: }"
  SUMMARY_EXTRA+=("firefox tests: ${line:-no summary (see target/test-logs/firefox.log)}")
  return "$rc"
}
step "firefox ESR tests" run_firefox_tests

printf '\ntest.sh: PASS, 10/10 steps in %s%s\n' "$(elapsed "$START")" "$(printf ', %s' "${SUMMARY_EXTRA[@]}")"
