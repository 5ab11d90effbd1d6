#!/usr/bin/env python3
"""Exoscope against its peers in one run: astropy (FITS read, BLS), GERBLS (BLS), wotan (biweight)
and PyTorch (the BenchNN network). Run through scripts/bench_peers.sh, which sets up the Python
environment and builds the release benchmarks; not run by CI.

    python scripts/bench_peers.py BUILD_DIR [--quick] [--bls-only]

Prints each comparison as peer time / Exoscope time (above 1: Exoscope is faster), then the BLS
cost against baseline on simulated Kepler long-cadence light curves. --quick skips PyTorch and the
4-year astropy run; --bls-only runs only the BLS against GERBLS and the cost against baseline.
"""
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.environ.get("EXOSCOPE_DATA") or os.path.join(os.path.dirname(ROOT), "shared", "data")
PY = sys.executable
ONE_THREAD = dict(os.environ, EXOSCOPE_THREADS="1", OMP_NUM_THREADS="1", NUMBA_NUM_THREADS="1")
WASP126 = ["fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits"]
KEPLER90 = ["fits/kepler/kplr011442793-2009350155506_llc.fits", "fits/kepler/kplr011442793-2010009091648_llc.fits",
            "fits/kepler/kplr011442793-2010174085026_llc.fits"]
rows = []


def run(cmd, env=None):
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def best_times(cmd, repeats=3, env=ONE_THREAD):
    """Best wall and best CPU seconds (the command's process, user + system) of `repeats` runs."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        run(cmd, env)
        wall = min(wall, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = min(cpu, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return wall, cpu


def report(task, peer, peer_s, exoscope_s, note=""):
    """One comparison; `peer_s` and `exoscope_s` are seconds, or (wall, CPU) pairs."""
    peer_s, exoscope_s = (x if isinstance(x, tuple) else (x, None) for x in (peer_s, exoscope_s))
    rows.append((task, peer, peer_s, exoscope_s))
    cpu = f"; CPU {peer_s[1]:.4g} s against {exoscope_s[1]:.4g} s -> {peer_s[1] / exoscope_s[1]:.2f}x" if exoscope_s[1] else ""
    print(f"  {task}: {peer} {peer_s[0]:.4g} s, Exoscope {exoscope_s[0]:.4g} s -> {peer_s[0] / exoscope_s[0]:.2f}x{cpu} {note}",
          flush=True)


def peer_seconds(files, min_period, max_period, tool, repeats=3):
    """Best wall and CPU seconds of `repeats` of bench_bls_peers.py's own timing (read + BLS, one
    thread, Python start and imports left out) for `tool`, and its last output line."""
    args = [PY, os.path.join(HERE, "bench_bls_peers.py"), "--min-period", str(min_period)]
    if max_period:
        args += ["--max-period", str(max_period)]
    args += ["--astropy", "--no-gerbls"] if tool == "astropy" else []
    walls, cpus, line = [], [], ""
    for _ in range(repeats):
        out = run(args + files, ONE_THREAD)
        line = next(l for l in out.splitlines() if l.startswith(tool + ":"))
        found = re.search(r": ([\d.]+) s, ([\d.]+) s CPU", line)
        walls.append(float(found[1]))
        cpus.append(float(found[2]))
    return (min(walls), min(cpus)), line


def exoscope_search(exoscope, files, min_period, max_period, engine, repeats=3):
    args = [exoscope, "search", "--detrend", "none", "--max-signals", "1", "--threads", "1", "--engine", engine,
            "--min-period", str(min_period)] + (["--max-period", str(max_period)] if max_period else []) + files
    return best_times(args, repeats)


def simulated_kepler(days, path, seed=1):
    """A Kepler long-cadence star `days` long (29.4-minute cadence, a 3-day gap every 90 days, 300 ppm
    white noise) with a 400 ppm, 0.24-day transit every 13.7 d, written as CSV (time, flux, flux_err)."""
    rng = np.random.default_rng(seed)
    t = 130 + np.arange(0, days, 29.4244 / 1440)
    t = t[((t - 130) % 90) < 87]
    flux = 1 + 3e-4 * rng.standard_normal(t.size)
    flux[np.abs((t - 131.3 + 6.85) % 13.7 - 6.85) < 0.12] -= 4e-4
    np.savetxt(path, np.column_stack([t, flux, np.full(t.size, 3e-4)]), delimiter=",",
               header="time,flux,flux_err", comments="", fmt="%.8f")
    return path


def main():
    build = sys.argv[1]
    quick = "--quick" in sys.argv
    bls_only = "--bls-only" in sys.argv
    exoscope = os.path.join(build, "exoscope")
    data = lambda files: [os.path.join(DATA, f) for f in files]  # noqa: E731
    print(f"host: {os.uname().nodename}, {os.cpu_count()} CPUs; data {DATA}", flush=True)

    if not bls_only:
        print("FITS read (every shared FITS file, best of 5, summed)", flush=True)
        total = lambda text: float(next(l for l in text.splitlines() if l.startswith("total")).split()[1]) / 1e3  # noqa: E731
        swift = total(run([os.path.join(build, "BenchFITS"), "5"]))
        astropy = total(run([PY, os.path.join(HERE, "bench_astropy_read.py"), "5"]))
        report("FITS read, light curve", "astropy", astropy, swift)

        print("BLS on the autoperiod grid and biweight (BenchSearch against bench_astropy_bls.py)", flush=True)
        with tempfile.TemporaryDirectory() as out:
            run([os.path.join(build, "BenchSearch"), out])
            text = run([PY, os.path.join(HERE, "bench_astropy_bls.py"), out])
        name = None
        for line in text.splitlines():
            if not line.startswith(" "):
                name = line.split(":")[0]
            elif m := re.search(r"astropy BLS ([\d.]+) s; Swift 1 thread ([\d.]+) s", line):
                report(f"BLS {name}, 1 thread", "astropy", float(m[1]), float(m[2]))
            elif m := re.search(r"(\d+) thread\(s\), best of 5: wotan ([\d.]+) s; Swift ([\d.]+) s", line):
                report(f"biweight {name}, {m[1]} thread(s)", "wotan", float(m[2]), float(m[3]))

    print("BLS against GERBLS: exoscope search --detrend none --max-signals 1, one thread, read + BLS", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        four_years = [simulated_kepler(1461, os.path.join(tmp, "kepler-4y.csv"))]
        for label, files, low, high in [("WASP-126 TESS S1, 0.5-14 d", data(WASP126), 0.5, 14),
                                        ("Kepler-90 Q3-5, 0.5-139 d", data(KEPLER90), 0.5, 139),
                                        ("simulated Kepler 4 years, 0.5-730 d", four_years, 0.5, 730)]:
            gerbls, line = peer_seconds(files, low, high, "gerbls")
            auto = exoscope_search(exoscope, files, low, high, "auto")
            fast = exoscope_search(exoscope, files, low, high, "fast")
            exact = exoscope_search(exoscope, files, low, high, "exact")
            report(f"{label}, auto", "GERBLS", gerbls, auto, f"(exact engine {exact[0]:.3g} s, CPU {exact[1]:.3g} s; GERBLS {line.split(', ', 3)[3]})")
            report(f"{label}, fast", "GERBLS", gerbls, fast)

        print("BLS cost against baseline (simulated Kepler long cadence, 0.5 d to half the baseline, read + BLS, one thread, CPU seconds)")
        print("| baseline | points | Exoscope exact | Exoscope auto | Exoscope fast | GERBLS | astropy |")
        print("|---|---|---|---|---|---|---|")
        for days in (27, 90, 365, 1461):
            path = simulated_kepler(days, os.path.join(tmp, f"kepler-{days}.csv"))
            points = sum(1 for _ in open(path)) - 1
            times = [exoscope_search(exoscope, [path], 0.5, None, engine)[1] for engine in ("exact", "auto", "fast")]
            gerbls = peer_seconds([path], 0.5, None, "gerbls")[0][1]
            astropy = "skipped" if (quick or bls_only) and days > 365 else f"{peer_seconds([path], 0.5, None, 'astropy', 1)[0][1]:.3g} s"
            print(f"| {days} d | {points} | " + " | ".join(f"{s:.3g} s" for s in times) + f" | {gerbls:.3g} s | {astropy} |",
                  flush=True)

    if not quick and not bls_only:
        print("ExoNN against PyTorch (BenchNN against bench_torch.py, AstroNet size, batch 64, medians of 20)", flush=True)
        pattern = (r"threads (\d+): train step ([\d.]+) ms wall \(([\d.]+) ms CPU\), "
                   r"inference ([\d.]+) ms wall \(([\d.]+) ms CPU")
        shipped = r"shipped threads (\d+), batch (\d+): inference ([\d.]+) ms wall"
        ours_text = run([os.path.join(build, "BenchNN"), "20"])
        torch_text = run([PY, os.path.join(HERE, "bench_torch.py"), "20"])
        ours = {m[1]: m for m in re.finditer(pattern, ours_text)}
        torch = {m[1]: m for m in re.finditer(pattern, torch_text)}
        seconds = lambda m, i: (float(m[i]) / 1e3, float(m[i + 1]) / 1e3)  # noqa: E731 (wall, CPU)
        for threads in sorted(set(ours) & set(torch)):
            report(f"training step, {threads} thread(s)", "PyTorch", seconds(torch[threads], 2), seconds(ours[threads], 2))
            report(f"inference, {threads} thread(s)", "PyTorch", seconds(torch[threads], 4), seconds(ours[threads], 4))
        ours = {(m[1], m[2]): float(m[3]) / 1e3 for m in re.finditer(shipped, ours_text)}
        torch = {(m[1], m[2]): float(m[3]) / 1e3 for m in re.finditer(shipped, torch_text)}
        for threads, batch in sorted(set(ours) & set(torch), key=lambda key: (int(key[0]), int(key[1]))):
            report(f"shipped model inference, batch {batch}, {threads} thread(s)", "PyTorch",
                   torch[(threads, batch)], ours[(threads, batch)])

    print("\n| task | peer | peer | Exoscope | peer / Exoscope (wall) | peer / Exoscope (CPU) |")
    print("|---|---|---|---|---|---|")
    for task, peer, peer_s, ours_s in rows:
        cpu = f"{peer_s[1] / ours_s[1]:.2f}x" if ours_s[1] else "-"
        print(f"| {task} | {peer} | {peer_s[0]:.4g} s | {ours_s[0]:.4g} s | {peer_s[0] / ours_s[0]:.2f}x | {cpu} |")


if __name__ == "__main__":
    main()
