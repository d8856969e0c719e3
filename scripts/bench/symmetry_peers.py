#!/usr/bin/env python3
"""Times spglib's get_symmetry_dataset on every CIF of a folder (structures read with pymatgen, not
timed; disordered sites typed by their site composition, as ionmat does), the peer side of
`ionmat bench symmetry`. Prints one JSON object: wall and CPU seconds (best of --repeat passes),
structures, failures and the total number of operations. Run with Debian's /usr/bin/python3."""
import argparse
import glob
import json
import os
import time
import warnings

warnings.filterwarnings("ignore")


def cell(structure):
    keys = {}
    types = []
    for site in structure:
        key = tuple(sorted((str(sp), round(occ, 8)) for sp, occ in site.species.items()))
        types.append(keys.setdefault(key, len(keys) + 1))
    return (structure.lattice.matrix, structure.frac_coords, types)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--symprec", type=float, default=0.01)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from pymatgen.core import Structure
    import spglib
    cells = [cell(Structure.from_file(f)) for f in sorted(glob.glob(os.path.join(args.folder, "*.cif")))]
    best_wall = best_cpu = None
    for _ in range(args.repeat):
        ops = failures = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for c in cells:
            d = spglib.get_symmetry_dataset(c, symprec=args.symprec)
            if d is None:
                failures += 1
            else:
                ops += len(d["rotations"])
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    print(json.dumps({"structures": len(cells), "failures": failures, "operations": ops, "symprec": args.symprec,
                      "spglib_seconds": best_wall, "spglib_cpu_seconds": best_cpu, "spglib_version": spglib.__version__}))


if __name__ == "__main__":
    main()
