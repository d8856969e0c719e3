#!/usr/bin/python3
"""Rebuilds the held-out part of the thesis EX band-gap set.

The shared data folder's bandgap/expt-non-metals.csv holds 3,116 of the 3,895 rows of the Roost thesis'
EX set. The whole set is CompRhys/roost's data/datasets/roost/expt-non-metals.csv
(`./ionmat data fetch expt-bandgaps` downloads it, checking its SHA-256). This script writes the rows of
the whole set whose material_id is not in the shared file, after checking that every shared row occurs in
the whole set with the same composition and band gap. Training on the shared file and testing on these
rows is the thesis protocol (a random 80/20 split of the 3,895 rows), with the thesis' training-set size.

Usage: scripts/data/ex_heldout.py ALL.csv SHARED.csv OUT.csv
Exit 0 on success, 2 on bad input (one line naming the file and row); nothing is written on failure.
"""
import csv
import os
import sys
import tempfile

COLUMNS = ["material_id", "composition", "Eg"]


def read_rows(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != COLUMNS:
        raise ValueError(f"{path}:1: header must be {','.join(COLUMNS)}, got {','.join(rows[0]) if rows else 'nothing'}")
    out = {}
    for line, r in enumerate(rows[1:], start=2):
        if len(r) != 3 or not r[0].strip():
            raise ValueError(f"{path}:{line}: expected 3 fields, got {r}")
        if r[0] in out:
            raise ValueError(f"{path}:{line}: duplicate material_id {r[0]}")
        out[r[0]] = (r[1], r[2])
    return out


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    all_path, shared_path, out_path = argv[1:]
    try:
        whole = read_rows(all_path)
        shared = read_rows(shared_path)
        for key, value in shared.items():
            if key not in whole:
                raise ValueError(f"{shared_path}: material_id {key} is not in {all_path}")
            if whole[key] != value:
                raise ValueError(f"{shared_path}: material_id {key} is {value} here but {whole[key]} in {all_path}")
    except (OSError, ValueError) as e:
        print(f"ex_heldout: {e}", file=sys.stderr)
        return 2
    held = [(k, v) for k, v in whole.items() if k not in shared]
    directory = os.path.dirname(os.path.abspath(out_path))
    fd, tmp = tempfile.mkstemp(dir=directory, suffix=".part")
    with os.fdopen(fd, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for k, (comp, eg) in held:
            w.writerow([k, comp, eg])
    os.replace(tmp, out_path)
    print(f"{len(whole)} rows in {all_path}, {len(shared)} shared, {len(held)} held out -> {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
