#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (scripts/fuzz.sh) from the shared data.

Seeds are small: FITS tables are cut to a few rows (headers kept as the mission wrote them, NAXIS2
rewritten), TFRecords to their first records, plus hand-written text light curves, batch manifests,
journals and model files. Deterministic; no third-party packages.

usage: scripts/fuzz_seeds.py DATA_DIR OUT_DIR
"""
import gzip
import json
import math
import os
import struct
import sys

BLOCK = 2880


def cards(header):
    return [header[i:i + 80] for i in range(0, len(header), 80)]


def value(card):
    text = card[10:].split(b"/")[0].strip()
    try:
        return int(text)
    except ValueError:
        return text


def hdus(raw):
    """(header bytes, data bytes, header cards) of every HDU."""
    offset, result = 0, []
    while offset + BLOCK <= len(raw):
        start = offset
        end_card = None
        while offset + BLOCK <= len(raw) and end_card is None:
            block = raw[offset:offset + BLOCK]
            for i, card in enumerate(cards(block)):
                if card.startswith(b"END     ") or card.rstrip() == b"END":
                    end_card = offset + i * 80
            offset += BLOCK
        if end_card is None:
            break
        header = raw[start:offset]
        keys = {card[:8].strip(): value(card) for card in cards(header) if card[8:10] == b"= "}
        naxis = keys.get(b"NAXIS", 0)
        size = 0
        if isinstance(naxis, int) and naxis > 0:
            size = 1
            for n in range(1, naxis + 1):
                size *= keys.get(b"NAXIS%d" % n, 0)
            size = (size + keys.get(b"PCOUNT", 0)) * keys.get(b"GCOUNT", 1)
        padded = (size + BLOCK - 1) // BLOCK * BLOCK
        result.append((header, raw[offset:offset + size], keys))
        offset += padded
    return result


def set_card(header, keyword, number):
    out = bytearray(header)
    for i in range(0, len(out), 80):
        if out[i:i + 8] == keyword.ljust(8):
            out[i + 10:i + 30] = str(number).rjust(20).encode()
    return bytes(out)


def reduced(raw, rows):
    """The FITS file `raw` with every binary table (without a heap) cut to its first `rows` rows."""
    out = bytearray()
    for header, data, keys in hdus(raw):
        if keys.get(b"XTENSION") == b"'BINTABLE'" and keys.get(b"PCOUNT", 0) == 0:
            keep = min(rows, keys.get(b"NAXIS2", 0))
            header = set_card(header, b"NAXIS2", keep)
            data = data[:keep * keys.get(b"NAXIS1", 0)]
        out += header + data + bytes(-len(data) % BLOCK)
    return bytes(out)


def write(folder, name, payload):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(payload)


def fits_seeds(data, out):
    for root, _, files in sorted(os.walk(os.path.join(data, "fits"))):
        for name in sorted(files):
            if not (name.endswith(".fits") or name.endswith(".fits.gz")):
                continue
            raw = open(os.path.join(root, name), "rb").read()
            if name.endswith(".gz"):
                raw = gzip.decompress(raw)
            pixel = "targ" in name or "tpf" in name
            stem = name.replace(".fits.gz", "").replace(".fits", "")
            write(os.path.join(out, "fits"), stem + ".fits", reduced(raw, 4 if pixel else 16))
            kind = "pixel" if pixel else "lightcurve"
            write(os.path.join(out, kind), stem + ".fits", reduced(raw, 30 if pixel else 400))
            write(os.path.join(out, "gzip"), stem + ".fits.gz",
                  gzip.compress(reduced(raw, 8 if pixel else 64), mtime=0))


def text_seeds(out):
    folder = os.path.join(out, "text")
    rows = [(1325.0 + i * 0.02, 1.0 + 0.001 * math.sin(i / 7.0) - (0.01 if i % 50 < 3 else 0.0), 0.0005, 0)
            for i in range(200)]
    write(folder, "csv-header.csv", ("time,flux,flux_err,quality\n" + "".join(
        f"{t:.6f},{f:.6f},{e},{q}\n" for t, f, e, q in rows)).encode())
    write(folder, "whitespace.txt", ("# BJD  flux\n" + "".join(f"{t:.6f}  {f:.6f}\n" for t, f, _, _ in rows)).encode())
    write(folder, "semicolon.csv", ("BTJD;PDCSAP_FLUX;sigma\n" + "".join(
        f"{t:.5f};{f:.6f};{e}\n" for t, f, e, _ in rows[:50])).encode())
    write(folder, "nan-tabs.tsv", ("t\tf\terr\n" + "".join(
        f"{t}\t{'nan' if i % 9 == 0 else f}\t\n" for i, (t, f, _, _) in enumerate(rows[:60]))).encode())
    write(folder, "no-header.dat", "".join(f"{t} {f} {e}\n" for t, f, e, _ in rows[:40]).encode())


def record_seeds(data, out):
    sources = [os.path.join(data, "catalogs", "astronet_toy_test_dataset.tfrecord"),
               os.path.join(data, "tess-vetting", "val-00000-of-00001.tfrecord")]
    for path in sources:
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        offset, records = 0, []
        while offset + 12 <= len(raw) and len(records) < 3:
            (length,) = struct.unpack("<Q", raw[offset:offset + 8])
            records.append(raw[offset:offset + 12 + length + 4])
            offset += 12 + length + 4
        stem = os.path.basename(path).split(".")[0]
        write(os.path.join(out, "tfrecord"), stem + ".tfrecord", b"".join(records[:2]))
        for i, record in enumerate(records):
            write(os.path.join(out, "example"), f"{stem}-{i}.pb", record[12:-4])


def model_seeds(repo, out):
    folder = os.path.join(out, "model")
    resources = os.path.join(repo, "Sources", "ExoClassifier", "Resources")
    member = open(os.path.join(resources, "default-model.member-0.safetensors"), "rb").read()
    write(folder, "member.safetensors", member)
    write(folder, "ensemble.json", open(os.path.join(resources, "default-model.json"), "rb").read())
    # The member's architecture with two small tensors: reaches the architecture decoder quickly.
    (length,) = struct.unpack("<Q", member[:8])
    header = json.loads(member[8:8 + length])
    small = {"__metadata__": header["__metadata__"],
             "head.5.bias": {"dtype": "F32", "shape": [3], "data_offsets": [0, 12]},
             "x": {"dtype": "F32", "shape": [1, 2], "data_offsets": [12, 20]}}
    text = json.dumps(small).encode()
    write(folder, "small.safetensors", struct.pack("<Q", len(text)) + text + bytes(20))


def batch_seeds(data, out):
    fits = os.path.join(data, "fits")
    write(os.path.join(out, "manifest"), "files.csv",
          f"star,file\nKepler-90,{fits}/kepler/kplr011442793-2009350155506_llc.fits\n"
          f"Kepler-90,{fits}/kepler/kplr011442793-2010009091648_llc.fits\n"
          f"K2-3,{fits}/k2/hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits\n".encode())
    write(os.path.join(out, "manifest"), "semicolons.csv",
          b"target,files\nTIC 25155310,a.fits;b.fits.gz\n\"KIC 1\",\"c d.fits\"\n")
    write(os.path.join(out, "manifest"), "fetch.csv", b"target\nKepler-10\nTIC 25155310\n")
    journal = [
        {"star": "KIC 11442793", "files": ["a.fits"], "status": "started", "rows": []},
        {"star": "KIC 11442793", "files": ["a.fits"], "status": "ok",
         "rows": [{"star": "KIC 11442793", "period": 14.45, "snr": 23.5, "planet": True, "note": None}]},
        {"star": "EPIC 1", "files": ["b.fits"], "status": "failed", "rows": [], "error": "b.fits: not a FITS file"},
    ]
    write(os.path.join(out, "journal"), "journal.jsonl", "".join(json.dumps(e) + "\n" for e in journal).encode())
    write(os.path.join(out, "journal"), "batch.json",
          json.dumps({"processor": "vet", "columns": ["star", "period", "snr"]}).encode())


def main():
    data, out = sys.argv[1], sys.argv[2]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if os.path.isdir(os.path.join(data, "fits")):
        fits_seeds(data, out)
        record_seeds(data, out)
    else:
        print(f"fuzz_seeds: no shared data at {data}: FITS and TFRecord targets start from an empty corpus")
    text_seeds(out)
    model_seeds(repo, out)
    batch_seeds(data, out)


if __name__ == "__main__":
    main()
