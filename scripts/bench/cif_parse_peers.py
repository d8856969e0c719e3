#!/usr/bin/env python3
"""Times parsing every CIF in a folder with pymatgen (Structure.from_file) and ASE (ase.io.read),
the peers of `ionmat bench cif`. Prints one JSON object: seconds per tool (best of --repeat runs),
number of files and failures. Run with Debian's /usr/bin/python3 (pymatgen 2022.11.7, ASE 3.22.1)."""
import argparse
import glob
import json
import os
import time
import warnings

warnings.filterwarnings("ignore")


def time_tool(files, read, repeat):
    """Best wall-clock and best CPU (process) time over the repetitions, and the failure count."""
    best = None
    best_cpu = None
    failures = 0
    for _ in range(repeat):
        failures = 0
        t0 = time.perf_counter()
        c0 = time.process_time()
        for f in files:
            try:
                read(f)
            except Exception:
                failures += 1
        dt = time.perf_counter() - t0
        dc = time.process_time() - c0
        best = dt if best is None else min(best, dt)
        best_cpu = dc if best_cpu is None else min(best_cpu, dc)
    return best, best_cpu, failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.folder, "*.cif")))
    from pymatgen.core import Structure
    import ase.io
    out = {"files": len(files), "repeat": args.repeat}
    t, c, fail = time_tool(files, lambda f: Structure.from_file(f), args.repeat)
    out["pymatgen_seconds"] = t
    out["pymatgen_cpu_seconds"] = c
    out["pymatgen_failures"] = fail
    t, c, fail = time_tool(files, lambda f: ase.io.read(f, format="cif"), args.repeat)
    out["ase_seconds"] = t
    out["ase_cpu_seconds"] = c
    out["ase_failures"] = fail
    import pymatgen.core
    out["pymatgen_version"] = getattr(pymatgen.core, "__version__", "?")
    out["ase_version"] = ase.__version__
    print(json.dumps(out))


if __name__ == "__main__":
    main()
