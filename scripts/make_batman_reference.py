#!/usr/bin/env python3
"""Writes the batman reference fluxes that ExoSimTests compare the Swift transit model with.

Run outside CI with the reference environment:
    /work/.venv-ref/bin/python scripts/make_batman_reference.py
Output: Tests/ExoSimTests/Fixtures/batman_reference.json (a few tens of KB).

Two parts:
  * "occultation": batman's quadratic-limb-darkening kernel evaluated directly on separations z
    (in stellar radii) chosen to hit the special cases of Mandel & Agol (2002): z = 0, z = p,
    z = 1 - p, z = 1 + p, points 1e-9 either side of them, p = 0.5 (z = p = 1/2), p > 1.
  * "lightcurves": full light curves (circular and eccentric orbits, grazing impact parameters,
    long-cadence supersampling) with batman's TransitModel.
"""
import json
import os
import sys
import tempfile
import pathlib

import batman
import numpy as np
from batman import _quadratic_ld

out = {"batman_version": batman.__version__, "occultation": [], "lightcurves": []}

def kernel_checked(z, p, u1, u2):
    """batman's kernel at one separation, and whether its Bulirsch iteration failed to converge.

    batman prints "Convergence failure in ellpic_bulirsch" and uses 0 for the elliptic integral
    when the modulus reaches 1; any such point whose value batman does not replace by a closed form
    is left out of the fixture.
    """
    sys.stdout.flush()
    saved = os.dup(1)
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 1)
        try:
            f = _quadratic_ld._quadratic_ld(np.array([z]), p, u1, u2, 1)[0]
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        capture.seek(0)
        failed = b"Convergence failure" in capture.read()
    return float(f), failed


def batman_defect(z, p):
    """Separations where batman 2.5's kernel is known to be wrong, left out of the fixture.

    * z = p < 1/2 exactly: batman never sets the uniform-source term (lambdae) on that branch, so
      the result misses the p^2 term (a uniform source comes out unocculted, flux 1.0).
    * p >= 1 and 0 < z < 1e-6: the Hastings approximations batman uses for K and E give a negative
      flux (about -2e-5) for an almost fully hidden star.
    * z = 1 - p with 1/2 < p < 1: batman adds the 2/3 step of the z < p branch to its closed form
      for a disc touching the limb from inside, and returns a negative flux.
    The Swift model is checked at these points by continuity with their neighbours instead
    (the fixture keeps z = p +/- 1e-9 and z = 1e-4).
    """
    return ((z == p and p < 0.5) or (p >= 1.0 and 0.0 < z < 1e-6)
            or (0.5 < p < 1.0 and abs(1.0 - p - z) < 1e-14))


dropped = []

# Part 1: the occultation kernel on separations around every special case.
limb = [(0.4, 0.25), (0.1, 0.3), (0.0, 0.0), (0.6, -0.1)]
radii = [0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.99, 1.0, 1.3]
for p in radii:
    special = [0.0, p, abs(1.0 - p), 1.0 + p, 0.5]
    z = set(np.round(np.linspace(0.0, 1.0 + p + 0.05, 23), 12).tolist())
    for s in special:
        for dz in (-1e-9, 0.0, 1e-9, -1e-4, 1e-4):
            v = s + dz
            if v >= 0:
                z.add(v)
    z = np.array(sorted(z))
    for u1, u2 in limb:
        kept_z, kept_f = [], []
        for v in z:
            f, failed = kernel_checked(v, p, u1, u2)
            # At z = 1 - p the message is harmless: batman replaces that result by its closed form.
            if (failed and abs(p + v - 1.0) > 1e-14) or batman_defect(v, p):
                dropped.append((p, u1, u2, v))
            else:
                kept_z.append(v)
                kept_f.append(f)
        out["occultation"].append({"p": p, "u1": u1, "u2": u2, "z": kept_z, "flux": kept_f})

# Part 2: light curves with orbits and supersampling.
cases = [
    # t0, per, rp, a, inc, ecc, w, u1, u2, exp_time, supersample
    dict(name="hot-jupiter", t0=0.0, per=3.0, rp=0.1, a=8.0, inc=88.0, ecc=0.0, w=90.0, u=[0.4, 0.25], exp=0.0, ss=1),
    dict(name="earth-like", t0=1.0, per=10.0, rp=0.01, a=20.0, inc=89.8, ecc=0.0, w=90.0, u=[0.5, 0.2], exp=0.0, ss=1),
    dict(name="grazing", t0=0.0, per=2.0, rp=0.1, a=6.0, inc=np.degrees(np.arccos(1.02 / 6.0)), ecc=0.0, w=90.0, u=[0.4, 0.25], exp=0.0, ss=1),
    dict(name="grazing-large", t0=0.0, per=2.0, rp=0.3, a=5.0, inc=np.degrees(np.arccos(1.1 / 5.0)), ecc=0.0, w=90.0, u=[0.3, 0.3], exp=0.0, ss=1),
    dict(name="eccentric", t0=0.5, per=5.0, rp=0.08, a=12.0, inc=89.0, ecc=0.3, w=40.0, u=[0.4, 0.25], exp=0.0, ss=1),
    dict(name="eccentric-high", t0=0.0, per=7.0, rp=0.05, a=15.0, inc=89.5, ecc=0.6, w=250.0, u=[0.3, 0.2], exp=0.0, ss=1),
    dict(name="long-cadence", t0=0.0, per=3.0, rp=0.1, a=8.0, inc=88.0, ecc=0.0, w=90.0, u=[0.4, 0.25], exp=0.0204335, ss=15),
    dict(name="long-cadence-eccentric", t0=0.2, per=4.0, rp=0.12, a=9.0, inc=87.5, ecc=0.2, w=120.0, u=[0.45, 0.2], exp=0.0204335, ss=7),
    dict(name="big-planet", t0=0.0, per=1.5, rp=0.5, a=4.0, inc=85.0, ecc=0.0, w=90.0, u=[0.4, 0.25], exp=0.0, ss=1),
]
for c in cases:
    params = batman.TransitParams()
    params.t0, params.per, params.rp, params.a = c["t0"], c["per"], c["rp"], c["a"]
    params.inc, params.ecc, params.w = c["inc"], c["ecc"], c["w"]
    params.u, params.limb_dark = c["u"], "quadratic"
    # Times across one transit, plus a few far from it.
    half = 0.25 * c["per"] / np.pi * 2.0
    t = np.concatenate([np.linspace(c["t0"] - 0.15, c["t0"] + 0.15, 241),
                        c["t0"] + c["per"] * np.array([0.3, 0.5, 0.7, 3.0, -2.0])])
    if c["ss"] > 1:
        m = batman.TransitModel(params, t, supersample_factor=c["ss"], exp_time=c["exp"])
    else:
        m = batman.TransitModel(params, t)
    f = m.light_curve(params)
    out["lightcurves"].append({
        "name": c["name"], "t0": c["t0"], "period": c["per"], "rp": c["rp"], "a": c["a"],
        "inc": float(c["inc"]), "ecc": c["ecc"], "w": c["w"], "u1": c["u"][0], "u2": c["u"][1],
        "exposure": c["exp"], "supersample": c["ss"], "time": t.tolist(), "flux": f.tolist(),
    })

path = pathlib.Path(__file__).resolve().parent.parent / "Tests/ExoSimTests/Fixtures/batman_reference.json"
path.write_text(json.dumps(out, separators=(",", ":")))
out["dropped_non_converged"] = len(dropped)
print(f"left out {len(dropped)} points where batman is wrong:", sorted({(d[0], d[3]) for d in dropped}))
print(f"wrote {path} ({path.stat().st_size} bytes)")
