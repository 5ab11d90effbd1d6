#!/usr/bin/env bash
# libFuzzer runs of the parsers of untrusted bytes (Fuzz/, docs/hostile-input.md).
#
#   scripts/fuzz.sh TARGET SECONDS   fuzz one target (or `all`: SECONDS each) for SECONDS
#   scripts/fuzz.sh smoke            every target for 5 s, libFuzzer seed 1 (CI)
#   scripts/fuzz.sh build            build the fuzzer only (Fuzz/.build/exofuzz)
#   scripts/fuzz.sh list             the targets
#
# Seeds come from the shared data (EXOSCOPE_DATA, default ../shared/data; targets without it start
# from the hand-written seeds) and are written, with the corpus the fuzzer grows, under
# EXOFUZZ_WORK (default .build/fuzz, outside git). A finding is saved there as
# findings/TARGET/crash-*, and the script exits 1; reproduce it with
#   EXOFUZZ_TARGET=TARGET Fuzz/.build/exofuzz FILE
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
targets=(fits gzip lightcurve pixel text tfrecord example model manifest journal)
work=${EXOFUZZ_WORK:-$root/.build/fuzz}
data=${EXOSCOPE_DATA:-$root/../shared/data}
binary=$root/Fuzz/.build/exofuzz
flags=(-sanitize=fuzzer,address)
# EXOFUZZ_SEED: libFuzzer's random seed (default: a new one each run).
extra=(${EXOFUZZ_SEED:+-seed=$EXOFUZZ_SEED})

build() {
  (cd Fuzz && swift build -c debug --product ExoFuzzTargets -Xswiftc "${flags[0]}" >&2)
  # libFuzzer supplies main(); the static library holds the targets and everything they call.
  # Linked beside and moved into place, so a fuzzer running meanwhile never starts a half-written binary.
  swiftc "${flags[@]}" Fuzz/.build/debug/libExoFuzzTargets.a -lz -o "$binary.new" 2> >(grep -v "Cannot export local symbol" >&2)
  mv "$binary.new" "$binary"
}

seeds() {
  if [ ! -d "$work/seeds" ]; then
    python3 scripts/fuzz_seeds.py "$data" "$work/seeds.tmp"
    mv "$work/seeds.tmp" "$work/seeds"
  fi
}

run() {
  local target=$1 seconds=$2
  local corpus=$work/corpus/$target findings=$work/findings/$target
  mkdir -p "$corpus" "$findings" "$work/seeds/$target"
  echo "fuzz $target: ${seconds}s"
  # -rss_limit_mb / -malloc_limit_mb: a parser asking for more than 2 GB is a finding (issue #17:
  # under 1 GB per file in the pipeline). -timeout: one input running 30 s is a hang (generous: the
  # fuzzer is a debug build, often run at low priority on a loaded machine; replay a timeout alone
  # before calling it one). -fork=1 with -ignore_*: a finding is saved and fuzzing goes on in a
  # fresh process until the time is up.
  local log=$work/logs/$target-$(date -u +%Y%m%dT%H%M%S).log
  mkdir -p "$work/logs"
  EXOFUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no SWIFT_DETERMINISTIC_HASHING=1 \
    LSAN_OPTIONS=suppressions=$root/Fuzz/lsan.supp:print_suppressions=0 \
    "$binary" "$corpus" "$work/seeds/$target" -max_total_time="$seconds" -timeout=30 \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len=262144 \
    -fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1 \
    -artifact_prefix="$findings/" "${extra[@]}" > "$log" 2>&1 || true
  grep -E "^#[0-9]+: cov" "$log" | tail -1 | sed "s/^/fuzz $target: /" || true
  grep -E "^(SUMMARY|Fatal error|.*: Fatal error)" "$log" | sort | uniq -c | sed "s/^/fuzz $target: /" || true
  # slow-unit-* files (an input over 10 s) are kept for a look but are not findings.
  if ls "$findings" | grep -qE '^(crash|leak|oom|timeout)-'; then
    echo "fuzz $target: findings in $findings:" >&2
    ls "$findings" >&2
    return 1
  fi
}

case ${1:-} in
  build) build ;;
  list) printf '%s\n' "${targets[@]}" ;;
  smoke) EXOFUZZ_SEED=1 exec "$0" all 5 ;;
  "") sed -n '2,13p' "$0" >&2; exit 2 ;;
  *)
    seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
    [ -x "$binary" ] || build
    seeds
    status=0
    if [ "$1" = all ]; then
      for target in "${targets[@]}"; do run "$target" "$seconds" || status=1; done
    else
      printf '%s\n' "${targets[@]}" | grep -qx "$1" || { echo "unknown target $1; one of: ${targets[*]}" >&2; exit 2; }
      run "$1" "$seconds" || status=1
    fi
    exit $status
    ;;
esac
