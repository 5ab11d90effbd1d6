#!/usr/bin/env bash
# Runs the BenchNN network (AstroNet size, batch 64) in PyTorch on the CPU, 1 and 2 threads.
# Creates its own virtual environment outside the repository (override with EXOSCOPE_TORCH_VENV).
# Not run by CI. Usage: scripts/bench_torch.sh [repeats]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${EXOSCOPE_TORCH_VENV:-$HOME/.cache/exoscope/venv-torch}"

if ! "$venv/bin/python" -c "import torch" >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    # The PyPI torch wheel is a CUDA build: `pip install --no-deps torch` (539 MB) does not import
    # (torch 2.15 preloads libcublasLt at import), so install it with its CUDA dependencies (about
    # 3 GB more); the benchmark only uses the CPU.
    "$venv/bin/pip" install --quiet torch
fi
"$venv/bin/python" "$here/bench_torch.py" "${1:-20}"
