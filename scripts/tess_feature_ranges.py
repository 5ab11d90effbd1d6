#!/usr/bin/env python3
"""Ranges of the TESS vetting set's scalar features, per label: the domain of the bundled classifier.

Reads the TFRecords of ../shared/data/tess-vetting (train and val splits) with a minimal protobuf
wire-format parser (no TensorFlow needed) and prints, for each float feature named on the command line
(default: Period Duration SN depth_change), the 0.5th, 50th, 99th, 99.5th percentiles and the maximum.
The numbers behind `ClassifierDomain` (Sources/ExoVetting/OutOfDomain) and docs/vetting.md.
Usage: scripts/tess_feature_ranges.py [DATA_DIR] [FEATURE ...]
"""
import glob, os, struct, sys

def varint(buf, i):
    result = shift = 0
    while True:
        b = buf[i]; i += 1
        result |= (b & 0x7F) << shift
        if b < 0x80: return result, i
        shift += 7

def fields(buf):
    i = 0
    while i < len(buf):
        key, i = varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 2:
            n, i = varint(buf, i); yield number, buf[i:i + n]; i += n
        elif wire == 0:
            v, i = varint(buf, i); yield number, v
        elif wire == 5:
            yield number, buf[i:i + 4]; i += 4
        elif wire == 1:
            yield number, buf[i:i + 8]; i += 8
        else:
            raise ValueError(f"wire type {wire}")

def example(buf):
    out = {}
    for n, features in fields(buf):          # Example.features = 1
        for m, entry in fields(features):    # Features.feature = 1 (map entries)
            name = value = None
            for k, v in fields(entry):
                if k == 1: name = v.decode()
                elif k == 2: value = v
            floats = []
            for kind, payload in fields(value):
                if kind == 2:                # FloatList.value = 1 (packed)
                    for _, packed in fields(payload):
                        floats += [x[0] for x in struct.iter_unpack("<f", packed)] if isinstance(packed, bytes) else []
                elif kind == 1:
                    for _, b in fields(payload): out.setdefault(name + ":bytes", b)
            if floats: out[name] = floats
    return out

def records(path):
    data = open(path, "rb").read(); i = 0
    while i < len(data):
        (n,) = struct.unpack_from("<Q", data, i); i += 12
        yield data[i:i + n]; i += n + 4

def percentile(values, q):
    s = sorted(values); k = (len(s) - 1) * q / 100; f = int(k)
    return s[f] if f + 1 >= len(s) else s[f] + (s[f + 1] - s[f]) * (k - f)

args = sys.argv[1:]
folder = args.pop(0) if args and os.path.isdir(args[0]) else "../shared/data/tess-vetting"
names = args or ["Period", "Duration", "SN", "depth_change"]
values = {name: [] for name in names}
count = 0
for path in sorted(glob.glob(os.path.join(folder, "*.tfrecord"))):
    for record in records(path):
        ex = example(record); count += 1
        for name in names:
            if name in ex and len(ex[name]) == 1: values[name].append(ex[name][0])
print(f"{count} records in {folder}")
print(f"{'feature':14} {'n':>6} {'p0.5':>9} {'p50':>9} {'p99':>9} {'p99.5':>9} {'max':>9}")
for name in names:
    v = values[name]
    if not v: print(f"{name:14} none"); continue
    print(f"{name:14} {len(v):6d} " + " ".join(f"{percentile(v, q):9.4g}" for q in (0.5, 50, 99, 99.5)) + f" {max(v):9.4g}")
