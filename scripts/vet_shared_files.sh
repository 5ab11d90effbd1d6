#!/usr/bin/env bash
# Vets every shared light curve of targets.csv with the release build and prints one line per signal:
# the table behind docs/vetting.md's must-show results. Not run by CI.
# Usage: scripts/vet_shared_files.sh [EXOSCOPE_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
exoscope="${1:-.build/release/exoscope}"
data="${EXOSCOPE_DATA:-../shared/data}"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
tail -n +2 "$data/targets.csv" | cut -d, -f1 | while read -r file; do
    case "$file" in fits/edge/*) continue ;; esac
    start=$(date +%s.%N)
    "$exoscope" vet "$data/$file" --json > "$out" 2>/dev/null || true
    end=$(date +%s.%N)
    python3 - "$file" "$start" "$end" "$out" <<'PY'
import json, sys
file, start, end, out = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
try:
    stars = json.load(open(out))
except Exception as error:
    print(f"{file}: no output ({error})"); sys.exit()
for star in stars:
    if star.get("error"):
        print(f"{file}: error {star['error']}"); continue
    if not star["signals"]:
        print(f"{file} [{star['target']}] ({end - start:.1f} s): no signal")
    for i, s in enumerate(star["signals"], 1):
        print(f"{file} [{star['target']}] ({end - start:.1f} s) #{i}: P={s['period']:.5f} d depth={s['depth']*1e6:.0f} ppm "
              f"SNR={s['snr']:.1f} p(PC)={s['planet_probability']:.2f} -> {s['verdict']} ({'; '.join(s['reasons'][:1])})")
PY
done
