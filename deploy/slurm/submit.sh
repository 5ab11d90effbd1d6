#!/bin/bash
# Submits a survey: a job array of SHARDS shards, then the merge, chained with --dependency=afterok.
#
#   deploy/slurm/submit.sh MANIFEST OUT SHARDS [sbatch option...]
#
# Prints the two job ids (array, merge). EXOSCOPE names the executable (default: exoscope on PATH);
# extra options go to both sbatch calls (e.g. --partition=long). Results: OUT/merged.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 MANIFEST OUT SHARDS [sbatch option...]" >&2
  exit 2
fi
manifest=$(realpath "$1") out=$(realpath -m "$2") shards=$3
shift 3
here=$(dirname "$(realpath "$0")")
mkdir -p "$out"
export MANIFEST=$manifest OUT=$out SHARDS=$shards EXOSCOPE=${EXOSCOPE:-exoscope}
array=$(sbatch --parsable --array=0-$((shards - 1)) --chdir="$out" "$@" "$here/exoscope-array.sbatch")
array=${array%%;*}   # --parsable prints "jobid[;cluster]"
merge=$(sbatch --parsable --dependency=afterok:"$array" --chdir="$out" "$@" "$here/exoscope-merge.sbatch")
echo "$array ${merge%%;*}"
