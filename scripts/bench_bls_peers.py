#!/usr/bin/env python3
"""GERBLS and astropy BLS on light-curve FITS files, timed as `exoscope search --detrend none` is (not run in CI).

    python scripts/bench_bls_peers.py --min-period 0.5 --max-period 139 [--astropy] FILE [FILE...]

Reads the files (CSV of time, flux, flux_err; or FITS: PDCSAP flux, or SAP, quality 0 only; several files of one star are stitched, each
normalised by its median), then runs `gerbls.run_bls` (one thread, float32 fast folding, its own
period grid at the median cadence) with 10 durations 0.03-0.3 d. With --astropy it also runs
astropy's BoxLeastSquares on the Ofir grid Exoscope searches (TLS's `period_grid`, oversampling 3)
with Exoscope's phase bins. Prints one line per tool: wall and CPU seconds (read + BLS), points, periods, best period.
"""
import argparse
import os
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
from astropy.io import fits

DURATIONS = np.geomspace(0.03, 0.3, 10)


def read(paths):
    times, fluxes, errors = [], [], []
    for path in paths:
        if path.endswith(".csv"):
            t, f, e = np.loadtxt(path, delimiter=",", skiprows=1, unpack=True)
            times.append(t)
            fluxes.append(f / np.median(f))
            errors.append(e / np.median(f))
            continue
        with fits.open(path) as hdul:
            data = hdul[1].data
            names = data.columns.names
            column = "PDCSAP_FLUX" if "PDCSAP_FLUX" in names else "SAP_FLUX" if "SAP_FLUX" in names else "FLUX"
            t = np.asarray(data["TIME"], float)
            f = np.asarray(data[column], float)
            e = np.asarray(data[column + "_ERR"], float) if column + "_ERR" in names else np.full_like(f, np.nan)
            good = np.isfinite(t) & np.isfinite(f)
            if "QUALITY" in names:
                good &= np.asarray(data["QUALITY"]) == 0
            t, f, e = t[good], f[good], e[good]
            median = np.median(f)
            times.append(t)
            fluxes.append(f / median)
            errors.append(np.where(np.isfinite(e) & (e > 0), e / median, np.nan))
    t, f, e = np.concatenate(times), np.concatenate(fluxes), np.concatenate(errors)
    order = np.argsort(t)
    t, f, e = t[order], f[order], e[order]
    e = np.where(np.isfinite(e), e, np.nanmedian(e) if np.any(np.isfinite(e)) else np.std(f))
    return t, f, e


def ofir_grid(span, minimum, maximum, oversampling=3.0):
    """Ofir (2014) as TLS's period_grid and Exoscope's PeriodGrid.ofir build it (solar star)."""
    G, R, M = 6.673e-11, 695508000.0, 1.989e30
    span_s = span * 86400.0
    f_min = 2 / span_s
    f_max = 1 / (2 * np.pi) * np.sqrt(G * M / (3 * R) ** 3)
    a = (2 * np.pi) ** (2 / 3) / np.pi * R / (G * M) ** (1 / 3) / (span_s * oversampling)
    c = f_min ** (1 / 3) - a / 3
    n = int(np.ceil((f_max ** (1 / 3) - f_min ** (1 / 3) + a / 3) * 3 / a))
    periods = 1 / (a / 3 * np.arange(1, n + 1) + c) ** 3 / 86400.0
    return np.sort(periods[(periods > minimum) & (periods <= maximum)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--min-period", type=float, default=0.5)
    parser.add_argument("--max-period", type=float, default=None, help="default: half the baseline")
    parser.add_argument("--astropy", action="store_true")
    parser.add_argument("--no-gerbls", action="store_true")
    args = parser.parse_args()

    if not args.no_gerbls:
        import gerbls
        start, cpu = time.perf_counter(), time.process_time()
        t, f, e = read(args.files)
        maximum = args.max_period or (t[-1] - t[0]) / 2
        result = gerbls.run_bls(t, f, e, args.min_period, maximum, list(DURATIONS))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        best = int(np.argmax(result["dchi2"]))
        print(f"gerbls: {seconds:.3f} s, {cpu:.3f} s CPU, {len(t)} points, {len(result['P'])} periods, "
              f"best {result['P'][best]:.5f} d", flush=True)
    if args.astropy:
        from astropy.timeseries import BoxLeastSquares
        start, cpu = time.perf_counter(), time.process_time()
        t, f, e = read(args.files)
        span = t[-1] - t[0]
        maximum = args.max_period or span / 2
        cadence = np.median(np.diff(t))
        durations = np.geomspace(max(0.03, 2 * cadence), 0.3, 10)
        oversample = int(min(10, max(3, np.floor(durations[0] / (cadence / 2)))))
        periods = ofir_grid(span, max(args.min_period, 1.25 * durations[-1]), maximum)
        power = BoxLeastSquares(t, f, e).power(periods, durations, oversample=oversample)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        best = int(np.argmax(power.power))
        print(f"astropy: {seconds:.3f} s, {cpu:.3f} s CPU, {len(t)} points, {len(periods)} periods, "
              f"best {periods[best]:.5f} d", flush=True)


if __name__ == "__main__":
    main()
