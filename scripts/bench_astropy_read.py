#!/usr/bin/env python3
"""astropy twin of Benchmarks/BenchFITS: time per shared FITS file (best of N runs), for
  - "light curve": the reading rules of scripts/make_reference_lightcurves.py (PDCSAP, default mask);
  - "all columns": fits.open and every numeric column of every binary table as float64.

    /work/.venv-ref/bin/python scripts/bench_astropy_read.py [repeats]
"""
import os
import sys
import time

import numpy as np
from astropy.io import fits

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_reference_lightcurves import DATA, read  # noqa: E402

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def best(fn):
    fastest = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def all_columns(path):
    total = 0.0
    with fits.open(path) as h:
        for hdu in h:
            if isinstance(hdu, fits.BinTableHDU):
                for c in hdu.columns:
                    if c.format.format in ("A", "X"):
                        continue
                    v = np.asarray(hdu.data[c.name], dtype=np.float64)
                    total += float(v.flat[0]) if v.size else 0.0
    return total


def light_curve(path):
    try:
        read(path, "pdcsap", "default")
    except StopIteration:
        pass


def main():
    root = os.path.join(DATA, "fits")
    files = sorted(os.path.join(d, f) for d in os.listdir(root) for f in os.listdir(os.path.join(root, d))
                   if f.endswith(".fits") or f.endswith(".fits.gz"))
    print(f"astropy {__import__('astropy').__version__}: best of {REPEATS} runs per file, milliseconds")
    print(f"{'file':62s}  light curve   all columns")
    t1 = t2 = 0.0
    for rel in files:
        path = os.path.join(root, rel)
        a = best(lambda: light_curve(path))
        b = best(lambda: all_columns(path))
        t1 += a
        t2 += b
        print(f"{rel:62s}  {a * 1e3:11.3f}   {b * 1e3:11.3f}")
    print(f"{'total':62s}  {t1 * 1e3:11.3f}   {t2 * 1e3:11.3f}")


if __name__ == "__main__":
    main()
