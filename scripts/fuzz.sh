#!/usr/bin/env bash
# Fuzzes every reader of outside input in core/ (targets in fuzz/fuzz_targets/, see docs/fuzzing.md).
#
#   scripts/fuzz.sh                 every target, 60 s each
#   scripts/fuzz.sh 300             every target, 300 s each
#   scripts/fuzz.sh --runs 10000000 every target, ten million executions each
#   scripts/fuzz.sh --runs 10000000 600   ten million executions, or 600 s if that comes first
#   scripts/fuzz.sh 60 stored_state team_paste   only these targets
#
# Targets run one after the other, each on one core, under `nice -n 15`. Prints the executions,
# executions per second and crashes of each target, and exits non-zero if any target crashed or
# failed an invariant (the input is then in fuzz/artifacts/TARGET/: see docs/fuzzing.md to turn
# it into a regression test). Not part of scripts/test.sh: the regression tests are, via cargo test.
#
# The toolchain is the pinned stable one (rust-toolchain.toml). cargo fuzz passes nightly-only
# flags to rustc (-Zsanitizer=address, -Cpasses=sancov-module…), which stable accepts only with
# RUSTC_BOOTSTRAP=1: set here for the fuzz build only, never for the app. FUZZ_SANITIZER=none
# builds without AddressSanitizer (faster; the core forbids unsafe code, so ASan mostly watches
# the dependencies).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
SANITIZER="${FUZZ_SANITIZER:-address}"

ALL_TARGETS=(answer_code stored_state result_import history_import team_paste bank_toml
  query_params storage_keys form_fields)

# The longest input each target is given, in bytes. Larger inputs only repeat what the readers
# already do linearly (the size limits themselves have native tests in core/tests/limits.rs), and
# a small cap keeps each target fast enough to reach ten million executions.
max_len() {
  case "$1" in
    answer_code | team_paste) echo 512 ;;
    query_params | storage_keys) echo 1024 ;;
    form_fields) echo 64 ;;
    *) echo 2048 ;;
  esac
}

# Limits: a number of seconds, `--runs N`, or both (whichever comes first); 60 s by default.
limit=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) limit+=("-runs=${2:?--runs needs a count}"); shift 2 ;;
    *[!0-9]* | "") break ;;
    *) limit+=("-max_total_time=$1"); shift ;;
  esac
done
[[ ${#limit[@]} -gt 0 ]] || limit=(-max_total_time=60)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${ALL_TARGETS[@]}")

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "Installing cargo-fuzz…"
  cargo install cargo-fuzz --locked
fi

echo "$(date -u +%FT%TZ) $(rustc --version) $(cargo fuzz --version) sanitizer=$SANITIZER"
nice -n 15 cargo fuzz build -O --sanitizer "$SANITIZER"

mkdir -p fuzz/logs
failed=0
summary=()
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  log="fuzz/logs/$target.log"
  echo "== $target (${limit[*]}, -max_len=$(max_len "$target"))"
  touch "$log.start"
  status=0
  nice -n 15 cargo fuzz run -O --sanitizer "$SANITIZER" "$target" \
    "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
    "${limit[@]}" -max_len="$(max_len "$target")" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  crashes=$(find "fuzz/artifacts/$target" -type f \( -name 'crash-*' -o -name 'oom-*' -o -name 'timeout-*' \) -newer "$log.start" 2>/dev/null | wc -l || true)
  if [[ $status -ne 0 ]]; then
    failed=1
    crashes=$((crashes > 0 ? crashes : 1))
    grep -E 'panicked|ERROR|Test unit written' "$log" | head -5 || true
  fi
  line="$target: ${runs:-?} executions, ${speed:-?} exec/s, $crashes crash(es), exit $status"
  echo "$line"
  summary+=("$line")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
