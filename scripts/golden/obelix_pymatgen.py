#!/usr/bin/python3
"""Golden values for the OBELiX CIFs, computed with pymatgen (2022.11.7).

For every CIF in ../shared/data/obelix/cifs, reads the structure with
pymatgen's ``Structure.from_file`` (conventional cell, as written) and records:

- ``composition``: occupancy-weighted amount per element in the cell
- ``nsites``, ``ordered``
- ``lattice``: a, b, c (Angstrom), alpha, beta, gamma (degrees)
- ``volume`` (Angstrom^3), ``density`` (g/cm^3)
- for ordered structures only: ``pairs_3`` and ``pairs_6``, the number of unique unordered
  neighbor pairs within 3 and 6 Angstrom (each periodic image pair counted once, self
  pairs at zero distance excluded), from ``get_neighbor_list(r)`` halved; and ``shortest``,
  the 10 shortest of those pair distances (Angstrom).

Usage (from the repository root):
    /usr/bin/python3 scripts/golden/obelix_pymatgen.py [CIF_DIR] [OUT_JSON]
    /usr/bin/python3 scripts/golden/obelix_pymatgen.py --time [CIF_DIR]   # parse timing only

Output: ionmat-core/src/test/resources/golden/obelix_pymatgen.json, one line per file.
"""
import json
import os
import sys
import time
import warnings

import numpy as np
import pymatgen.core
from pymatgen.core import Structure

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DIR = os.path.join(ROOT, "..", "shared", "data", "obelix", "cifs")
DEFAULT_OUT = os.path.join(ROOT, "ionmat-core", "src", "test", "resources", "golden", "obelix_pymatgen.json")


def unique_pairs(s, r):
    """Unique unordered pairs within r: (i < j) or (i == j and image offset positive)."""
    centers, points, offsets, dists = s.get_neighbor_list(r)
    keep = []
    for i, j, o, d in zip(centers, points, offsets, dists):
        if i < j or (i == j and tuple(o) > (0, 0, 0)):
            keep.append(d)
    assert len(keep) * 2 == len(dists), (len(keep), len(dists))
    return sorted(keep)


def record(path):
    s = Structure.from_file(path)
    comp = s.composition.element_composition
    lat = s.lattice
    rec = {
        "composition": {el.symbol: amt for el, amt in comp.items()},
        "nsites": len(s),
        "ordered": bool(s.is_ordered),
        "lattice": {"a": lat.a, "b": lat.b, "c": lat.c,
                    "alpha": lat.alpha, "beta": lat.beta, "gamma": lat.gamma},
        "volume": s.volume,
        "density": float(s.density),
    }
    if s.is_ordered:
        p6 = unique_pairs(s, 6.0)
        rec["pairs_3"] = sum(1 for d in p6 if d <= 3.0)
        rec["pairs_6"] = len(p6)
        p3 = unique_pairs(s, 3.0)
        assert len(p3) == rec["pairs_3"], (path, len(p3), rec["pairs_3"])
        rec["shortest"] = [float(d) for d in p6[:10]]
    return rec


def main(argv):
    timing = "--time" in argv
    args = [a for a in argv if a != "--time"]
    cif_dir = args[0] if args else DEFAULT_DIR
    files = sorted(f for f in os.listdir(cif_dir) if f.endswith(".cif"))
    warnings.filterwarnings("ignore")
    if timing:
        t0 = time.perf_counter()
        c0 = time.process_time()
        for f in files:
            Structure.from_file(os.path.join(cif_dir, f))
        dt = time.perf_counter() - t0
        dc = time.process_time() - c0
        print(f"pymatgen {pymatgen.core.__version__}: parsed {len(files)} CIFs in {dt:.2f} s wall, {dc:.2f} s cpu")
        return
    out = args[1] if len(args) > 1 else DEFAULT_OUT
    os.makedirs(os.path.dirname(out), exist_ok=True)
    lines = []
    for f in files:
        rec = record(os.path.join(cif_dir, f))
        lines.append(json.dumps(f) + ": " + json.dumps(rec, separators=(",", ":")))
    with open(out, "w") as fh:
        fh.write("{\"_source\": " + json.dumps(
            f"pymatgen {pymatgen.core.__version__} Structure.from_file; scripts/golden/obelix_pymatgen.py")
                 + ",\n" + ",\n".join(lines) + "\n}\n")
    print(f"wrote {len(files)} entries to {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
