#!/usr/bin/env bash
# Exoscope against its peers in one run: astropy (FITS read, BLS), GERBLS (BLS), wotan (biweight)
# and PyTorch (the BenchNN network), printed as peer time / Exoscope time. Not run by CI.
#
# Sets up its own Python environment outside the repository (override with EXOSCOPE_PEERS_VENV;
# PyTorch comes from PyPI, about 4 GB with its CUDA libraries; EXOSCOPE_TORCH_WHEEL installs a local
# wheel instead), builds the release products and benchmarks, and reads the shared data from
# ../shared/data (or EXOSCOPE_DATA).
#
# Usage: scripts/bench_peers.sh [--quick | --bls-only]   (--quick: no PyTorch, no 4-year astropy run;
#        --bls-only: only the BLS against GERBLS and the cost against baseline)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${EXOSCOPE_PEERS_VENV:-$HOME/.cache/exoscope/venv-peers}"

if ! "$venv/bin/python" -c "import astropy, gerbls, wotan, numba" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet astropy "gerbls==0.8.1" wotan numba
fi
if [[ "${1:-}" != "--quick" && "${1:-}" != "--bls-only" ]] && ! "$venv/bin/python" -c "import torch" >/dev/null 2>&1; then
    "$venv/bin/pip" install --quiet "${EXOSCOPE_TORCH_WHEEL:-torch}"
fi

cd "$root"
nice swift build -c release --product exoscope
if [[ "${1:-}" != "--bls-only" ]]; then
    for bench in BenchFITS BenchSearch BenchNN; do nice swift build -c release --product "$bench"; done
fi
"$venv/bin/python" "$root/scripts/bench_peers.py" "$(swift build -c release --show-bin-path)" "$@"
