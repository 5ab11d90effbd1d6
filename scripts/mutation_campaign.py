#!/usr/bin/env python3
"""Seeded mutation campaign: damages real mission files and runs `exoscope info` and `exoscope vet --json`
on each, recording crashes (killed by a signal), runs over the time limit and peak memory.

Usage: scripts/mutation_campaign.py [--exoscope .build/release/exoscope] [--per-kind 300] [--seed 1]
                                    [--timeout 30] [--kinds tess,kepler,pixel,gzip,k2] [--keep DIR]
Reads the shared files from $EXOSCOPE_DATA or ../shared/data; writes mutated files into a temporary
folder (kept only with --keep, where failing inputs are copied). Prints one line per failure and a
table per kind. Exit status 1 when any run crashed or timed out. Not run by CI (it takes minutes);
the fuzz smoke and the regression tests in Tests/ exercise the same paths quickly.
"""
import argparse, gzip, os, random, resource, shutil, signal, struct, subprocess, sys, tempfile, time

SOURCES = {
    "tess": "fits/tess/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits",
    "kepler": "fits/kepler/kplr011442793-2009350155506_llc.fits",
    "pixel": "fits/kepler/kplr011904151-2010009091648_lpd-targ.fits",
    "gzip": "fits/kepler/kplr005562784-2011271113734_lpd-targ.fits.gz",
    "k2": "fits/variable/ktwo211779126-c05_llc.fits",
}
CARDS = [b"NAXIS   ", b"NAXIS1  ", b"NAXIS2  ", b"TFIELDS ", b"PCOUNT  ", b"GCOUNT  ", b"BITPIX  ", b"THEAP   ",
         b"TFORM1  ", b"TFORM2  ", b"TFORM4  ", b"TDIM5   ", b"TDIM4   ", b"BJDREFI ", b"TSTART  ", b"TIMEDEL "]
EXTREMES = [b"0", b"-1", b"1", b"2147483647", b"-2147483648", b"4611686018427387904", b"999999999999",
            b"65536", b"3", b"'1000000000E'", b"'9999999D'", b"'(9999,9999)'", b"'(0,0)'", b"1E308", b"NAN"]
DOUBLES = [1e300, -1e300, float("nan"), float("inf"), -float("inf"), 1e9, -1e9, 0.0, 5e-324, 1e15]


def header_end(data, start=0):
    """Offset just past the 2880-byte block holding the END card of the header at `start`."""
    for pos in range(start, len(data) - 79, 80):
        if data[pos:pos + 8] == b"END     ":
            return ((pos // 2880) + 1) * 2880
    return len(data)


def mutate(data, rng):
    """One seeded mutation of FITS bytes; returns (bytes, description)."""
    data = bytearray(data)
    kind = rng.choice(["bits", "card", "truncate", "block", "values", "values", "card"])
    if kind == "bits":
        n = rng.randint(1, 64)
        for _ in range(n):
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        return bytes(data), f"{n} bit flips"
    if kind == "card":
        hits = [i for card in CARDS for i in range(0, min(len(data), 40 * 2880), 80) if data[i:i + 8] == card]
        if not hits:
            return mutate(bytes(data), rng)
        i = rng.choice(hits)
        value = rng.choice(EXTREMES)
        data[i + 10:i + 80] = value.rjust(20).ljust(70)
        return bytes(data), f"card {data[i:i + 8].decode().strip()} = {value.decode()}"
    if kind == "truncate":
        n = rng.randrange(len(data))
        return bytes(data[:n]), f"truncated at {n}"
    if kind == "block":
        n = rng.randint(1, 4096)
        i = rng.randrange(len(data))
        data[i:i + n] = bytes(rng.randrange(256) for _ in range(min(n, len(data) - i)))
        return bytes(data), f"{n} random bytes at {i}"
    # Corrupted data values: big-endian doubles/floats written over the first table's rows.
    start = header_end(data, header_end(data))
    if start >= len(data):
        return mutate(bytes(data), rng)
    n = rng.randint(1, 200)
    for _ in range(n):
        i = rng.randrange(start, len(data) - 8)
        value = rng.choice(DOUBLES)
        data[i:i + 8] = struct.pack(">d", value) if rng.random() < 0.5 else struct.pack(">f", value if abs(value) < 3e38 or value != value else float("inf")) + bytes(4)
    return bytes(data), f"{n} extreme values in the data"


def run(cmd, timeout):
    """(exit status or -signal, seconds, peak resident MB) of one command."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            return "timeout", time.monotonic() - start, usage.ru_maxrss / 1024
        time.sleep(0.01)
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    return code, time.monotonic() - start, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--exoscope", default=".build/release/exoscope")
    parser.add_argument("--per-kind", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--kinds", default=",".join(SOURCES))
    parser.add_argument("--keep")
    args = parser.parse_args()
    data_dir = os.environ.get("EXOSCOPE_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    work = tempfile.mkdtemp(prefix="exoscope-mutations-")
    failures = 0
    print(f"{'kind':8} {'files':>5} {'crashes':>7} {'timeouts':>8} {'max s':>6} {'max MB':>7} {'exit codes':>20}")
    for kind in args.kinds.split(","):
        raw = open(os.path.join(data_dir, SOURCES[kind]), "rb").read()
        plain = gzip.decompress(raw) if kind == "gzip" else raw
        crashes = timeouts = 0
        worst_seconds = worst_mb = 0.0
        slowest = ""
        codes = {}
        for index in range(args.per_kind):
            rng = random.Random(f"{args.seed}-{kind}-{index}")
            if kind == "gzip" and rng.random() < 0.3:
                mutated, what = mutate(raw, rng)
                what = "gzip bytes: " + what
            else:
                mutated, what = mutate(plain, rng)
                if kind == "gzip":
                    mutated = gzip.compress(mutated, compresslevel=1)
            path = os.path.join(work, f"{kind}-{index}.fits" + (".gz" if kind == "gzip" else ""))
            with open(path, "wb") as f:
                f.write(mutated)
            for command in (["info", path], ["vet", path, "--json"]):
                code, seconds, mb = run([args.exoscope] + command, args.timeout)
                if seconds > worst_seconds:
                    slowest = f"{kind}-{index} {command[0]}: {seconds:.1f} s, exit {code} ({what})"
                worst_seconds, worst_mb = max(worst_seconds, seconds), max(worst_mb, mb)
                codes[code] = codes.get(code, 0) + 1
                bad = code == "timeout" or (isinstance(code, int) and code < 0) or code not in (0, 1, 2, 64, 65, "timeout")
                if code == "timeout":
                    timeouts += 1
                elif bad:
                    crashes += 1
                if bad or seconds > args.timeout or mb > 1024:
                    failures += 1
                    print(f"FAIL {kind}-{index} {command[0]}: exit {code}, {seconds:.1f} s, {mb:.0f} MB ({what})", flush=True)
                    if args.keep:
                        os.makedirs(args.keep, exist_ok=True)
                        shutil.copy(path, args.keep)
            os.remove(path)
        code_text = " ".join(f"{k}:{v}" for k, v in sorted(codes.items(), key=lambda kv: str(kv[0])))
        print(f"{kind:8} {args.per_kind:>5} {crashes:>7} {timeouts:>8} {worst_seconds:>6.1f} {worst_mb:>7.0f} {code_text:>20}", flush=True)
        print(f"  slowest: {slowest}", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
