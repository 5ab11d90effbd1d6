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
    # The PyPI torch wheel declares the CUDA libraries (several GB) as dependencies; the CPU path
    # does not load them, so install torch alone plus its pure-Python dependencies first.
    "$venv/bin/pip" install --quiet --no-deps torch
    "$venv/bin/pip" install --quiet filelock typing-extensions sympy networkx jinja2 fsspec numpy
    if ! "$venv/bin/python" -c "import torch; torch.zeros(1)" >/dev/null 2>&1; then
        echo "torch without its CUDA dependencies does not import; installing the full wheel" >&2
        "$venv/bin/pip" install --quiet torch
    fi
fi
"$venv/bin/python" "$here/bench_torch.py" "${1:-20}"
