#!/usr/bin/env python3
"""astropy BoxLeastSquares and wotan biweight on the inputs BenchSearch wrote (not run in CI).

    swift run -c release BenchSearch /tmp/exoscope-bench
    /work/.venv-ref/bin/python scripts/bench_astropy_bls.py /tmp/exoscope-bench
Runs the same points, period grid (autoperiod) and durations, prints the times, the speed-up of
the Swift search and whether the best period and its power agree.
"""
import json
import os
import sys
import time

import numba
import numpy as np
from astropy.timeseries import BoxLeastSquares
from wotan import flatten

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/exoscope-bench"
for name in ("tess-wasp126", "kepler90-stitched"):
    meta_path = os.path.join(out, name + ".json")
    if not os.path.exists(meta_path):
        continue
    meta = json.load(open(meta_path))
    d = np.genfromtxt(os.path.join(out, name + ".csv"), delimiter=",", names=True)
    t, y, dy, raw = d["time"], d["flux"], d["flux_err"], d["raw_flux"]
    durations = np.array(meta["durations"])
    bls = BoxLeastSquares(t, y, dy)
    periods = np.asarray(bls.autoperiod(durations, minimum_period=meta["min_period"],
                                        maximum_period=meta["max_period"],
                                        frequency_factor=meta["frequency_factor"]))
    assert len(periods) == meta["periods"], (len(periods), meta["periods"])
    start = time.perf_counter()
    r = bls.power(periods, durations)
    astropy_s = time.perf_counter() - start
    best = int(np.argmax(r.power))
    flatten(t[:200], raw[:200], method="biweight", window_length=meta["window"])  # numba compile
    wotan_s = {}
    for threads in (1, numba.config.NUMBA_NUM_THREADS):  # wotan 2.1 runs its windows in numba threads
        numba.set_num_threads(threads)
        fastest = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            flatten(t, raw, method="biweight", window_length=meta["window"])
            fastest = min(fastest, time.perf_counter() - start)
        wotan_s[threads] = fastest
    rel = abs(r.power[best] - meta["swift_best_power"]) / r.power[best]
    print(f"{name}: {len(t)} points, {len(periods)} periods")
    print(f"  astropy BLS {astropy_s:.3f} s; Swift 1 thread {meta['swift_one_thread_s']:.3f} s "
          f"({astropy_s / meta['swift_one_thread_s']:.1f}x), {meta['swift_threads']} threads "
          f"{meta['swift_all_threads_s']:.3f} s ({astropy_s / meta['swift_all_threads_s']:.1f}x)")
    print(f"  best period astropy {periods[best]:.6f} Swift {meta['swift_best_period']:.6f}; "
          f"power relative difference {rel:.2e}")
    swift_bw = {1: meta["swift_biweight_s"], meta["swift_threads"]: meta["swift_biweight_all_threads_s"]}
    for threads, wotan_time in wotan_s.items():
        swift_time = swift_bw.get(threads, float("nan"))
        print(f"  biweight (window {meta['window']} d), {threads} thread(s), best of 5: wotan {wotan_time:.4f} s; "
              f"Swift {swift_time:.4f} s (wotan / Swift {wotan_time / swift_time:.2f})")
